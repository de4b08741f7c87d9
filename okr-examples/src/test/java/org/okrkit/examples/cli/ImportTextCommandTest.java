package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;

class ImportTextCommandTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aPastedDocumentBecomesAnOkrJsonDocument() throws Exception {
    Path txt = write("okrs.txt", """
        Q4 2026 OKRs
        Objective 1: Delight our customers
          - KR1: Increase NPS from 30 to 45
          - CEO KR: Reduce churn from 5% to 3%
        Objective 2: Grow the business
          - Reach $2M in ARR
        """);
    CliRun.Result r = okr("import-text", txt.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err());
    OkrSet set = OkrJson.defaults().read(r.out());
    assertEquals(2, set.objectives().size());
    assertEquals("2026-Q4", set.cycles().get(0).id());
    assertEquals("Reduce churn from 5% to 3%", set.objectives().get(0).keyResults().get(1).title());
  }

  @Test
  void unreadLinesGoToStandardErrorWithTheirLineNumbersAndExit1() throws Exception {
    Path txt = write("okrs.txt", """
        Objective: Delight customers
        - Increase NPS from 30 to 45
        - Improve customer happiness
        """);
    CliRun.Result r = okr("import-text", txt.toString());
    assertEquals(1, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().startsWith(txt + ":3: not read: "), r.toString());
    assertEquals(1, OkrJson.defaults().read(r.out()).objectives().get(0).keyResults().size());
  }

  @Test
  void dashOWritesTheDocumentToAFile() throws Exception {
    Path txt = write("okrs.txt", "Grow revenue\n- Reach $5M ARR\n");
    Path json = dir.resolve("okrs.json");
    CliRun.Result r = okr("import-text", txt.toString(), "-o", json.toString(), "--cycle", "2027-Q1");
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.out());
    OkrSet set = OkrJson.defaults().read(json);
    assertEquals("2027-Q1", set.cycles().get(0).id());
  }

  @Test
  void aMissingFileOrABadCycleIsExit2() throws Exception {
    CliRun.Result missing = okr("import-text", dir.resolve("nope.txt").toString());
    assertEquals(2, missing.code(), missing.toString());
    assertTrue(missing.err().contains("no such file"), missing.toString());
    Path txt = write("okrs.txt", "Grow revenue\n- Reach $5M ARR\n");
    CliRun.Result cycle = okr("import-text", txt.toString(), "--cycle", "soon");
    assertEquals(2, cycle.code(), cycle.toString());
    assertTrue(cycle.err().contains("YYYY-QN"), cycle.toString());
  }
}
