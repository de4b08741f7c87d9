package org.okrkit.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;

/** The entry point of {@code java -jar okr.jar}: runs the {@code okr} command and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs {@code okr} with these arguments and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs {@code okr} with these arguments on the standard streams (UTF-8) and returns the exit code. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    try {
      return Okr.commandLine(Clock.system(ZoneId.systemDefault()), out, err).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
