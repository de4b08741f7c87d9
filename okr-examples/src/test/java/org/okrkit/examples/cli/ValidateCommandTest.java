package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void aValidDocumentExitsZeroAndSaysWhatItHolds() {
    CliRun.Result r = okr("validate", example("acme-q4.json"));
    assertEquals(0, r.code(), r.toString());
    assertEquals(example("acme-q4.json") + ": valid (7 objectives, 19 key results)", r.out().strip());
    assertEquals("", r.err());
  }

  @Test
  void structuralErrorsExitOneWithOneLinePerErrorNamingFilePlaceAndRule() {
    String file = example("invalid-structure.json");
    CliRun.Result r = okr("validate", file);
    assertEquals(1, r.code(), r.toString());
    List<String> lines = r.err().lines().toList();
    assertEquals(4, lines.size(), r.toString());
    assertEquals(
        List.of(
            file + ": /objectives/0/keyResults/1: error: metric key result 'growth-2' has no target. [missing-target]",
            file + ": /objectives/1/parent: error: objective 'mobile' is aligned to parent 'product', which the set does not define. [unknown-parent]"),
        lines.subList(0, 2));
    assertTrue(lines.get(2).contains("[duplicate-id]"), lines.get(2));
    assertEquals(file + ": 4 errors", r.out().strip());
  }

  @Test
  void malformedJsonIsExit2WithFileLineColumnAndPointer() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        """
        {
          "okr": "1.0",
          "cycles": [],
          "objectives": [ {"id": "x", "title": "t", "cycle": "c",
            "keyResults": [ {"id": "k", "title": "t", "target": "high"} ] } ]
        }
        """,
        StandardCharsets.UTF_8);
    CliRun.Result r = okr("validate", bad.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(
        r.err().startsWith("okr validate: " + bad + ":5:"),
        "file and line first: " + r);
    assertTrue(r.err().contains("/objectives/0/keyResults/0/target: expected a number"), r.toString());
    assertTrue(r.err().contains("\"high\""), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void truncatedOrEmptyFilesAreUnreadableInput() throws Exception {
    Path truncated = dir.resolve("truncated.json");
    Files.writeString(truncated, "{\"okr\": \"1.0\", \"cycles\": [", StandardCharsets.UTF_8);
    CliRun.Result r = okr("validate", truncated.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("okr validate: " + truncated + ":1:"), r.toString());
    Path empty = dir.resolve("empty.json");
    Files.writeString(empty, "", StandardCharsets.UTF_8);
    CliRun.Result e = okr("validate", empty.toString());
    assertEquals(2, e.code(), e.toString());
    assertEquals(1, e.err().lines().count(), e.toString());
  }

  @Test
  void severalProblemsAreAllReportedOnePerLine() throws Exception {
    Path bad = dir.resolve("two.json");
    Files.writeString(
        bad,
        """
        {"okr": "1.0", "cycles": [], "objectives": [
         {"id": "a", "title": "A", "cycle": "c", "weight": "heavy", "keyResults": []},
         {"id": "b", "title": "B", "cycle": "c", "wieght": 1, "keyResults": []}
        ]}
        """,
        StandardCharsets.UTF_8);
    CliRun.Result r = okr("validate", bad.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().lines().count() >= 2, r.toString());
    r.err().lines().forEach(l -> assertTrue(l.startsWith("okr validate: " + bad + ":"), l));
  }
}
