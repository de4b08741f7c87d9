package org.okrkit.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The entry point of {@code java -jar okr.jar}: runs the {@code okr} command and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs {@code okr} with these arguments and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // The process's own streams, not System.out: a PrintStream hides why a write failed.
    System.exit(
        run(
            Clock.system(ZoneId.systemDefault()),
            new FileOutputStream(FileDescriptor.out),
            new FileOutputStream(FileDescriptor.err),
            args));
  }

  /** Runs {@code okr} with these arguments on the standard streams (UTF-8) and returns the exit code. */
  public static int run(String... args) {
    return run(Clock.system(ZoneId.systemDefault()), System.out, System.err, args);
  }

  /**
   * Runs {@code okr} with its output going to {@code stdout} and errors to {@code stderr} (both
   * UTF-8). Output that cannot be written (a full disk, a closed pipe) is an error too: one line
   * on {@code stderr} and exit code 2, never a silent success with the output lost.
   */
  static int run(Clock clock, OutputStream stdout, OutputStream stderr, String... args) {
    WatchedStream watched = new WatchedStream(stdout);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    CommandLine cl = Okr.commandLine(clock, out, err);
    int code = execute(cl, args);
    boolean failed = out.checkError() || (stdout instanceof PrintStream ps && ps.checkError());
    if (failed) {
      IOException why = watched.failure();
      err.println(
          commandName(cl)
              + ": cannot write to standard output"
              + (why == null ? "" : ": " + Okr.oneLine(Documents.why(why))));
      code = ExitCode.USAGE;
    }
    err.flush();
    return code;
  }

  /**
   * Executes {@code cl}; the JVM running out of memory or stack (a huge document or {@code
   * generate -n} too large for the heap) is one line on its error stream and exit code 2, with the
   * stack trace only with {@code --debug}.
   */
  static int execute(CommandLine cl, String... args) {
    PrintWriter err = cl.getErr();
    String problem;
    Throwable error;
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      error = e;
      problem =
          "out of memory; give Java a larger heap, e.g. java -Xmx4g -jar okr.jar "
              + String.join(" ", args);
    } catch (StackOverflowError e) {
      error = e;
      problem = "the input is nested too deeply to process (stack overflow)";
    }
    err.println(
        commandName(cl)
            + ": "
            + Okr.oneLine(problem)
            + (debug(args) ? "" : " (run with --debug for the stack trace)"));
    if (debug(args)) {
      error.printStackTrace(err);
    }
    err.flush();
    return ExitCode.USAGE;
  }

  private static boolean debug(String... args) {
    return Arrays.asList(args).contains("--debug");
  }

  /** "okr score" when a subcommand was recognised, else "okr". */
  private static String commandName(CommandLine cl) {
    ParseResult result = cl.getParseResult();
    String name = cl.getCommandSpec().qualifiedName();
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      name = r.commandSpec().qualifiedName();
    }
    return name;
  }

  /** An output stream that remembers why a write failed, which a {@link PrintWriter} hides. */
  private static final class WatchedStream extends FilterOutputStream {
    private @Nullable IOException failure;

    WatchedStream(OutputStream out) {
      super(out);
    }

    @Nullable IOException failure() {
      return failure;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }
  }
}
