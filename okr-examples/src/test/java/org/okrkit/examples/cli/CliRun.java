package org.okrkit.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Runs {@code okr} in-process with captured output and a fixed "today". */
final class CliRun {
  /** The "today" of every test run: mid-way through Q4 2026. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

  /** Where the bundled example documents are, relative to the module directory tests run in. */
  static final Path EXAMPLES = Path.of("src/main/resources/examples");

  /** What one run produced. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  private CliRun() {}

  static Result okr(String... args) {
    return okrOn(TODAY, args);
  }

  static Result okrOn(LocalDate today, String... args) {
    return run(today, new byte[0], args);
  }

  /** Runs with {@code stdin} as standard input (for a document named {@code -}). */
  static Result okrWithInput(String stdin, String... args) {
    return run(TODAY, stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  private static Result run(LocalDate today, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Clock clock = Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC);
    int code =
        Okr.commandLine(clock, new ByteArrayInputStream(stdin), new PrintWriter(out, true),
                new PrintWriter(err, true))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  static String example(String name) {
    return EXAMPLES.resolve(name).toString();
  }
}
