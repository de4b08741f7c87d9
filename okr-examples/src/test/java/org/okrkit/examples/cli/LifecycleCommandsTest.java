package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.json.OkrJson;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/** {@code okr close}, {@code okr carry} and {@code okr review}: output, exit codes, errors. */
class LifecycleCommandsTest {
  private static final String YEAR = example("year-2026.json");
  @TempDir Path dir;

  private static OkrSet read(String json) throws Exception {
    return OkrJson.defaults().read(json);
  }

  @Test
  void closeWritesTheComputedGradesAndListsWhatIsNeeded() throws Exception {
    Path doc = dir.resolve("q4.json");
    Files.copy(Path.of(example("acme-q4.json")), doc);
    CliRun.Result r = okr("close", doc.toString(), "--cycle", "2026-Q4");
    assertEquals(0, r.code(), r.toString());
    OkrSet closed = read(r.out());
    Objective acme = closed.objective("acme").orElseThrow();
    CloseOut c = acme.close().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), c.date());
    assertTrue(c.computedScore().isPresent());
    assertTrue(r.err().startsWith("Closed cycle 2026-Q4 as of 2026-12-31:\n  acme  computed "),
        r.err());
    assertTrue(r.err().contains("Still needed:\n  acme: an outcome (achieved,"
        + " partially-achieved, missed), a decision (keep, modify, abandon, defer)\n"), r.err());
  }

  @Test
  void closeWithOutputPrintsTheSummaryOnStandardOutput() throws Exception {
    Path out = dir.resolve("closed.json");
    CliRun.Result r = okr("close", YEAR, "--cycle", "2026-Q3", "-o", out.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("support-q3  computed 0.81 green  adjusted 0.70 (the help centre"),
        r.out());
    assertTrue(r.out().contains("Every objective has an outcome and a decision."), r.out());
    assertEquals("", r.err());
    assertEquals(OkrJson.defaults().read(Path.of(YEAR)), OkrJson.defaults().read(out));
  }

  @Test
  void closeOfAnUnknownCycleIsAUsageError() {
    CliRun.Result r = okr("close", YEAR, "--cycle", "2026-Q1");
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr close: " + YEAR + ": cycle '2026-Q1': not in the set; its cycles are 2026,"
        + " 2026-Q3, 2026-Q4\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void closeWithAnAdjustedGradeWithoutReasonIsExit1() throws Exception {
    Path doc = dir.resolve("adjusted.json");
    Files.writeString(doc, "{\"okr\":\"1.0\",\"cycles\":[{\"id\":\"q\",\"start\":\"2026-07-01\","
        + "\"end\":\"2026-09-30\"}],\"objectives\":[{\"id\":\"o\",\"title\":\"Delight customers\","
        + "\"cycle\":\"q\",\"keyResults\":[{\"id\":\"k\",\"title\":\"NPS from 1 to 2\","
        + "\"baseline\":1,\"target\":2}],\"close\":{\"adjustedScore\":0.5}}]}",
        StandardCharsets.UTF_8);
    CliRun.Result r = okr("close", doc.toString(), "--cycle", "q", "-o",
        dir.resolve("out.json").toString());
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains("/objectives/0/close/adjustedScore: error: objective 'o' has an"
        + " adjusted grade of 0.5 without a reason."), r.out());
  }

  @Test
  void closeWritesAnOutlineWhenTheOutputIsMarkdown() throws Exception {
    Path md = dir.resolve("x.md");
    Path json = dir.resolve("x.json");
    CliRun.Result r = okr("close", YEAR, "--cycle", "2026-Q3", "-o", md.toString());
    assertTrue(r.code() <= 1, r.toString());
    okr("close", YEAR, "--cycle", "2026-Q3", "-o", json.toString());
    String outline = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(outline.contains("closed: 2026-09-30"), outline);
    assertEquals(OkrJson.defaults().read(json), org.okrkit.text.OkrOutline.read(outline));
  }

  @Test
  void carryCreatesTheQuarterAndKeepsTheOldCycle() throws Exception {
    Path q3 = dir.resolve("q3.json");
    OkrSet year = OkrJson.defaults().read(Path.of(YEAR));
    OkrSet onlyQ3 = year.withObjectives(year.objectives().stream()
        .filter(o -> !o.cycle().equals("2026-Q4")).toList())
        .withCycles(year.cycles().stream().filter(c -> !c.id().equals("2026-Q4")).toList());
    Files.writeString(q3, OkrJson.defaults().write(onlyQ3), StandardCharsets.UTF_8);
    CliRun.Result r = okr("carry", q3.toString(), "--from", "2026-Q3", "--to", "Q4");
    assertEquals(0, r.code(), r.toString());
    OkrSet carried = read(r.out());
    assertEquals(onlyQ3.objectives(), carried.objectives().subList(0, onlyQ3.objectives().size()));
    assertEquals("Q4", carried.cycles().get(carried.cycles().size() - 1).id());
    assertEquals(LocalDate.of(2026, 10, 1), carried.cycles().get(carried.cycles().size() - 1).start());
    assertTrue(r.err().startsWith("Carried into Q4 (created: 2026-10-01 to 2026-12-31):\n"), r.err());
    assertTrue(r.err().contains("  community-q3: decided abandon\n"), r.err());
    assertTrue(r.err().contains("  support-q3-3: milestone done\n"), r.err());
  }

  @Test
  void carryIntoAnUnknownNonQuarterCycleIsAUsageError() {
    CliRun.Result r = okr("carry", YEAR, "--from", "2026-Q3", "--to", "next");
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr carry: " + YEAR + ": cycle 'next' is not in the document, and is not a"
        + " quarter id (2026-Q4 or Q4) that would give its dates\n", r.err());
  }

  @Test
  void carryFromAnUnknownCycleIsAUsageError() {
    CliRun.Result r = okr("carry", YEAR, "--from", "2026-Q2", "--to", "2026-Q3");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("cycle '2026-Q2' is not in the document; its cycles are 2026,"
        + " 2026-Q3, 2026-Q4"), r.err());
  }

  @Test
  void carryAgainAddsNothing() throws Exception {
    CliRun.Result r = okr("carry", YEAR, "--from", "2026-Q3", "--to", "2026-Q4");
    assertEquals(0, r.code(), r.toString());
    assertEquals(OkrJson.defaults().read(Path.of(YEAR)).objectives(), read(r.out()).objectives());
    assertTrue(r.err().contains("  support-q3: already carried into 2026-Q4\n"), r.err());
  }

  @Test
  void carryOfAMissingFileIsAUsageError() {
    CliRun.Result r = okr("carry", dir.resolve("nope.json").toString(), "--from", "a", "--to", "b");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().endsWith("nope.json: no such file\n"), r.err());
  }

  @Test
  void reviewPicksTheQuarterThatJustEnded() {
    CliRun.Result r = okr("review", YEAR, "--as-of", "2026-10-02");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Quarter-end review of cycle 2026-Q3, as of 2026-10-02"), r.out());
    assertTrue(r.out().contains("4 objectives, 9 key results"), r.out());
    assertTrue(r.out().contains("Grades: 2 green, 1 yellow, 1 red, 0 unscored\n"), r.out());
    assertTrue(r.out().contains("Committed fully delivered (1.0): 1 of 1 (1.00)\n"), r.out());
    assertTrue(r.out().contains("  - support-q3: computed 0.81, adjusted 0.70 (-0.11): "), r.out());
    assertTrue(r.out().contains("Decisions: 2 keep, 1 modify, 1 abandon, 0 defer, 0 without\n"),
        r.out());
    assertTrue(r.out().contains("  - churn: unhealthy (3.2 is outside the healthy corridor ..2.5)"),
        r.out());
  }

  @Test
  void reviewJsonHasTheNumbers() throws Exception {
    CliRun.Result r = okr("review", YEAR, "--as-of", "2026-11-20", "--cycle", "2026-Q3", "--json");
    assertEquals(0, r.code(), r.toString());
    com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(r.out());
    assertEquals("cycle 2026-Q3", n.get("scope").asText());
    assertEquals(10, n.get("histogram").size());
    assertEquals(2, n.get("grades").get("green").asInt());
    assertEquals(1, n.get("outcomes").get("missed").asInt());
    assertEquals("support-q3-2", n.get("sinceClose").get(0).get("id").asText());
    assertTrue(n.get("sinceClose").get(0).get("held").asBoolean());
    assertEquals("watch", n.get("kpis").get(1).get("status").asText());
  }

  @Test
  void reviewOfAnUnknownCycleOrABadDateIsAUsageError() {
    assertEquals(2, okr("review", YEAR, "--cycle", "2025-Q1").code());
    assertEquals(2, okr("review", YEAR, "--as-of", "yesterday").code());
  }

  @Test
  void scoreShowsInitiativesUnderTheirKeyResultsAndTheCloseOut() {
    CliRun.Result r = okr("score", YEAR, "--as-of", "2026-11-20");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("      > initiative follow-the-sun  Run a follow-the-sun support"
        + " rota across EMEA and the US (active, 60%)"), r.out());
    assertTrue(r.out().contains("closed 2026-09-30: partially-achieved, keep; computed 0.81,"
        + " adjusted 0.70 (the help centre"), r.out());
  }

  @Test
  void reportHasTheReviewSectionWithInlineSvg() throws Exception {
    Path html = dir.resolve("r.html");
    CliRun.Result r = okr("report", YEAR, "--html", html.toString(), "--as-of", "2026-10-02");
    assertEquals(0, r.code(), r.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<section class=\"review\" id=\"review\">"), "review section");
    assertTrue(page.contains("<svg class=\"histogram\""), "histogram");
    assertTrue(page.contains("data-bin=\"9\" data-count=\"1\""), "a count per bin");
    assertTrue(page.contains("<rect class=\"grade-bar\" data-grade=\"green\" data-count=\"2\""),
        "grade counts");
    assertTrue(page.contains("<li class=\"initiative\" data-status=\"active\">initiative Run a"
        + " follow-the-sun support rota"), "initiatives under key results");
    assertTrue(page.contains("<p class=\"close-out\">closed 2026-09-30: partially-achieved, keep;"
        + " computed 0.81, adjusted 0.70"), "computed beside adjusted");
    assertFalse(page.contains("<script"), "no script");
  }

  @Test
  void aLifecycleDocumentConvertsToAnOutlineAndBackUnchanged() throws Exception {
    Path md = dir.resolve("year.md");
    CliRun.Result r = okr("convert", YEAR, "--to", "md", "-o", md.toString());
    assertEquals(0, r.code(), r.toString());
    String outline = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(outline.contains("\n# Initiatives\n"), outline);
    assertTrue(outline.contains("\n# KPIs\n"), outline);
    Path back = dir.resolve("back.json");
    assertEquals(0, okr("convert", md.toString(), "--to", "json", "-o", back.toString()).code());
    assertEquals(OkrJson.defaults().read(Path.of(YEAR)), OkrJson.defaults().read(back));
  }
}
