package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.json.OkrCsv;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;

/** Every document command reads a {@code .csv} sheet; {@code convert --to csv} writes one or two. */
class CsvCommandsTest {
  @TempDir Path dir;

  @Test
  void scoreReadsTheTemplateStyleSheetWithTheCurrentDate() {
    CliRun.Result r = okr("score", example("team-okrs.csv"), "--current-date", "2026-11-20", "--as-of", "2026-11-20");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Q4 2026 (2026-10-01 to 2026-12-31), as of 2026-11-20"), r.out());
    assertTrue(r.out().contains("Make onboarding delightful for every new customer"), r.out());
    assertTrue(r.out().contains("0.50  make-onboarding-delightful-for-every-new-1"), r.out());
  }

  @Test
  void validateAndLintReadSheetsToo() {
    assertEquals(0, okr("validate", example("team-okrs.csv"), "--current-date", "2026-11-20").code());
    CliRun.Result lint = okr("lint", example("team-okrs.csv"), "--current-date", "2026-11-20", "--as-of", "2026-11-20");
    assertTrue(lint.code() == 0 || lint.code() == 1, lint.toString());
    assertTrue(lint.out().contains("team-okrs.csv"), lint.toString());
  }

  @Test
  void jsonToTwoSheetsAndBackScoresTheSame() throws Exception {
    Path sheets = dir.resolve("sheets");
    CliRun.Result convert = okr("convert", example("acme-q4.json"), "--to", "csv", "-o", sheets.toString());
    assertEquals(0, convert.code(), convert.toString());
    Path keyResults = sheets.resolve("key-results.csv");
    Path checkIns = sheets.resolve("check-ins.csv");
    assertTrue(Files.readString(keyResults, StandardCharsets.UTF_8).startsWith("cycle,cycle_start,cycle_end,objective_id,"));
    CliRun.Result fromJson = okr("score", example("acme-q4.json"), "--as-of", "2026-11-20");
    CliRun.Result fromCsv = okr("score", keyResults.toString(), "--check-ins", checkIns.toString(), "--as-of", "2026-11-20");
    assertEquals(0, fromCsv.code(), fromCsv.toString());
    assertEquals(fromJson.out(), fromCsv.out());
    // what a sheet cannot carry of this document is said, not dropped silently
    OkrSet original = OkrJson.defaults().read(Path.of(example("acme-q4.json")));
    assertEquals(OkrCsv.defaults().losses(original, true).size(), convert.err().lines().count(), convert.err());
  }

  @Test
  void oneSheetOnStandardOutputWarnsAboutTheCheckInsItLeavesOut() {
    CliRun.Result r = okr("convert", example("customer-success.json"), "--to", "csv");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("cycle,cycle_start,cycle_end,"), r.out());
    assertTrue(r.err().contains("okr convert: warning: a sheet cannot carry key result 'cs-1': "), r.err());
  }

  @Test
  void aBrokenSheetIsExit2WithRowAndColumnForEveryProblem() throws Exception {
    Path sheet = dir.resolve("broken.csv");
    Files.writeString(sheet, "Quarter,Objective,Key Result,Target Value\nQ4 2026,O,K,\"4,5\"\nQ4 2026,O,L,high\n", StandardCharsets.UTF_8);
    CliRun.Result r = okr("score", sheet.toString(), "--current-date", "2026-11-20");
    assertEquals(2, r.code(), r.toString());
    assertEquals(2, r.err().lines().count(), r.err());
    assertTrue(r.err().contains(sheet + ": row 2, column D (Target Value): expected a number like 4.5, got '4,5'"), r.err());
    assertTrue(r.err().contains(sheet + ": row 3, column D (Target Value): expected a number like 4.5, got 'high'"), r.err());
  }

  @Test
  void sheetOptionsOnAJsonDocumentAreAUsageError() {
    CliRun.Result r = okr("score", example("acme-q4.json"), "--current-date", "2026-11-20");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--check-ins and --current-date are for a .csv sheet"), r.err());
  }

  @Test
  void csvIntoAFileIsAUsageError() throws Exception {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "", StandardCharsets.UTF_8);
    CliRun.Result r = okr("convert", example("acme-q4.json"), "--to", "csv", "-o", file.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("-o names a folder"), r.err());
  }
}
