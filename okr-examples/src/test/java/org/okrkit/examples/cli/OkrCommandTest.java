package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.okr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The policy every command shares: help with examples, exit codes, one-line errors. */
class OkrCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "lint", "score", "report", "generate", "tour", "kr", "convert"})
  void everyCommandHasHelpWithExamples(String command) {
    CliRun.Result r = command.isEmpty() ? okr("--help") : okr(command, "--help");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Usage: okr"), r.toString());
    assertTrue(r.out().contains("Examples:"), r.toString());
    assertTrue(r.out().contains("  okr "), "an example command line: " + r);
    assertEquals("", r.err());
    // picocli falls back to the raw text, '%n' and all, when a '%' is left unescaped
    assertFalse(r.out().contains("%n"), "help text left unformatted: " + r);
  }

  @Test
  void versionNamesTheTool() {
    CliRun.Result r = okr("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("okr "), r.out());
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun.Result r = okr();
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().contains("missing command"), r.toString());
  }

  @Test
  void unknownCommandOrOptionIsAOneLineUsageError() {
    CliRun.Result r = okr("frobnicate");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    CliRun.Result o = okr("score", "--frobnicate", "x.json");
    assertEquals(2, o.code(), o.toString());
    assertEquals(1, o.err().lines().count(), o.toString());
    assertTrue(o.err().startsWith("okr score: "), o.toString());
    assertTrue(o.err().contains("--frobnicate"), o.toString());
    assertTrue(o.err().contains("okr score --help"), o.toString());
  }

  @Test
  void missingFileIsExit2NamingTheFile() {
    for (String command : new String[] {"validate", "lint", "score"}) {
      CliRun.Result r = okr(command, "no/such/okrs.json");
      assertEquals(2, r.code(), r.toString());
      assertEquals("okr " + command + ": no/such/okrs.json: no such file", r.err().strip());
      assertEquals("", r.out());
    }
  }

  @Test
  void directoryInsteadOfFileIsExit2() {
    CliRun.Result r = okr("validate", "src");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("src: is a directory"), r.toString());
  }

  @Test
  void badDateIsExit2WithTheExpectedForm() {
    CliRun.Result r = okr("score", CliRun.example("acme-q4.json"), "--as-of", "2026-13-45");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().contains("'2026-13-45'"), r.toString());
    assertTrue(r.err().contains("YYYY-MM-DD"), r.toString());
    assertFalse(r.err().contains("Exception"), "no stack trace or exception names: " + r);
  }

  @Test
  void aFileNameTheSystemCannotUseIsAOneLineUsageError() {
    CliRun.Result r = okr("score", "bad\0name.json");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().startsWith("okr score: Invalid value for positional parameter at index 0 (FILE): cannot use 'bad"), r.toString());
    assertFalse(r.err().contains("Exception"), "no exception class names: " + r);
    CliRun.Result html = okr("report", CliRun.example("acme-q4.json"), "--html", "x\0.html");
    assertEquals(2, html.code(), html.toString());
    assertEquals(1, html.err().lines().count(), html.toString());
    assertFalse(html.err().contains("Exception"), html.toString());
  }

  @Test
  void unexpectedFailuresAreOneLineUnlessDebugIsOn() {
    // a report to a path inside a missing directory cannot be written
    CliRun.Result r = okr("generate", "-n", "3", "-o", "no/such/dir/out.json");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    CliRun.Result d = okr("generate", "--debug", "-n", "3", "-o", "no/such/dir/out.json");
    assertEquals(2, d.code(), d.toString());
    assertTrue(d.err().lines().count() > 3, "a stack trace with --debug: " + d);
    assertTrue(d.err().contains("\tat "), d.toString());
  }
}
