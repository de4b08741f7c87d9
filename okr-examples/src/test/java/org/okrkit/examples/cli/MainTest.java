package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The process entry point: what happens around the commands (output that cannot be written, the JVM's limits). */
class MainTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

  /** Standard output on a full disk (as with {@code > /dev/full}) or a closed pipe. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void outputThatCannotBeWrittenIsExit2NotASilentSuccess() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(CLOCK, new FullDisk(), err, "generate", "-n", "3");
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, e);
    assertEquals("okr generate: cannot write to standard output: No space left on device\n", e);
  }

  @Test
  void scoreToAFullDiskIsExit2Too() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(CLOCK, new FullDisk(), err, "score", CliRun.example("acme-q4.json"), "--json");
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, e);
    assertEquals(1, e.lines().count(), e);
    assertTrue(e.startsWith("okr score: cannot write to standard output"), e);
  }

  @Test
  void outputThatIsWrittenKeepsTheCommandsExitCode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(1, Main.run(CLOCK, out, err, "validate", CliRun.example("invalid-structure.json")));
    assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("4 errors\n"));
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("standard output"));
  }

  /** A command that needs more memory than the JVM has. */
  @Command(name = "greedy")
  static final class Greedy implements Callable<Integer> {
    @CommandLine.Option(names = "--debug")
    boolean debug;

    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  private static CommandLine greedy(StringWriter err) {
    CommandLine cl = new CommandLine(new Greedy());
    cl.setErr(new PrintWriter(err, true));
    return cl;
  }

  @Test
  void runningOutOfMemoryIsOneLineAndExit2NotAStackTrace() {
    StringWriter err = new StringWriter();
    int code = Main.execute(greedy(err));
    assertEquals(2, code, err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("greedy: out of memory; give Java a larger heap, e.g. java -Xmx4g"), err.toString());
    assertFalse(err.toString().contains("\tat "), err.toString());

    StringWriter debug = new StringWriter();
    assertEquals(2, Main.execute(greedy(debug), "--debug"));
    assertTrue(debug.toString().contains("\tat "), "--debug shows the stack trace: " + debug);
  }
}
