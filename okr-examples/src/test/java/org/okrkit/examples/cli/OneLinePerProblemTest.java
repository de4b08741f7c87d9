package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strings from the document (titles, ids, parents) may hold line breaks and control characters:
 * they must not split a problem over several lines, forge lines of their own, or reach the
 * terminal as escape sequences.
 */
class OneLinePerProblemTest {
  @TempDir Path dir;

  /** A dangling parent and an empty objective, with a line break and an ESC in the strings. */
  private Path hostile() throws Exception {
    Path file = dir.resolve("hostile.json");
    Files.writeString(
        file,
        """
        {
          "okr": "1.0",
          "cycles": [{"id": "q", "name": "Q4\\nfake", "start": "2026-10-01", "end": "2026-12-31"}],
          "objectives": [
            {"id": "o1", "title": "Line one\\nokr score: FAKE \\u001b[31mred\\u001b[0m", "cycle": "q",
             "owner": "Ops\\r\\nTeam",
             "keyResults": [{"id": "k1", "title": "Run\\ncampaigns", "baseline": 1, "target": 2}]},
            {"id": "o2", "title": "Child", "cycle": "q", "owner": "X", "parent": "nope\\nokr: forged",
             "keyResults": []}
          ]
        }
        """,
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void validateShowsEachErrorOnOneLineWithLineBreaksEscaped() throws Exception {
    Path file = hostile();
    CliRun.Result r = okr("validate", file.toString());
    assertEquals(1, r.code(), r.toString());
    List<String> lines = r.err().lines().toList();
    assertEquals(2, lines.size(), r.toString());
    assertEquals(
        file + ": /objectives/1/parent: error: objective 'o2' is aligned to parent 'nope\\nokr: forged',"
            + " which the set does not define. [unknown-parent]",
        lines.get(0));
    assertEquals(file + ": 2 errors", r.out().strip());
  }

  @Test
  void scoreTextKeepsOneLinePerObjectiveAndKeyResultAndSendsNoEscapes() throws Exception {
    CliRun.Result r = okr("score", hostile().toString(), "--as-of", "2026-11-20");
    assertEquals(1, r.code(), r.toString());
    assertEquals(2, r.err().lines().count(), r.toString());
    assertFalse(r.out().contains("\u001b"), r.out());
    assertFalse(r.out().contains("\r"), r.out());
    assertTrue(r.out().startsWith("Q4\\nfake (2026-10-01 to 2026-12-31)"), r.out());
    assertTrue(
        r.out().contains("\no1  Line one\\nokr score: FAKE \\u001b[31mred\\u001b[0m  (Ops\\r\\nTeam, aspirational)\n"),
        r.out());
    assertTrue(r.out().contains("  k1  Run\\ncampaigns (now 1)  "), r.out());
    assertFalse(r.out().lines().anyMatch(l -> l.startsWith("okr")), r.out());
  }

  @Test
  void lintShowsEachFindingOnOneLine() throws Exception {
    CliRun.Result r = okr("lint", hostile().toString(), "--as-of", "2026-11-20");
    assertEquals(1, r.code(), r.toString());
    assertFalse(r.out().contains("\u001b"), r.out());
    for (String line : r.out().lines().toList()) {
      assertTrue(
          line.startsWith(dir.toString()) || line.startsWith("    hint: "),
          "every line is a finding, its hint or the summary: " + line);
    }
    assertTrue(r.out().contains("'Run\\ncampaigns'"), r.out());
  }

  @Test
  void aFileNameWithALineBreakStaysOnOneLine() {
    CliRun.Result r = okr("score", "no\nsuch\u001b.json");
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr score: no such\\u001b.json: no such file\n", r.err());
  }
}
