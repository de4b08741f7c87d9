package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;
import static org.okrkit.examples.cli.CliRun.okrOn;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCommandTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void drawsTheAlignmentTreeWithBarsGradesAndStatus() {
    CliRun.Result r = okr("score", example("acme-q4.json"), "--as-of", "2026-11-20");
    assertEquals(0, r.code(), r.toString());
    String out = r.out();
    assertTrue(out.startsWith("Q4 2026 (2026-10-01 to 2026-12-31), as of 2026-11-20: day 51 of 92\n"), out);
    assertTrue(out.contains("\nacme  Become the home robot our customers recommend first  (company, CEO, aspirational)\n"), out);
    assertTrue(out.contains("\n    eng  Make our robots boringly reliable  (department, Engineering, committed)\n"), out);
    assertTrue(out.contains("\n        fw  Make firmware updates invisible to customers"), out);
    assertTrue(out.contains("\n            ana  Become the go-to expert for onboarding questions"), out);
    assertTrue(
        out.contains("      - [##########..........] 0.50  cs-1  Increase the customer satisfaction score from 4.1 to 4.8 (now 4.45)"),
        out);
    assertTrue(out.contains("  score [#########...........] 0.45  roll-up 0.49  YELLOW  on track"), out);
    assertTrue(out.contains("Expected by now: 0.55"), out);
    assertEquals("", r.err());
  }

  @Test
  void jsonIsTheModulesRollupWithTheViewsFieldsAndExactScores() throws Exception {
    CliRun.Result r = okr("score", example("productivity.json"), "--json");
    assertEquals(0, r.code(), r.toString());
    JsonNode root = JSON.readTree(r.out());
    assertEquals(List.of("asOf", "rollupStrategy", "netConfidence", "objectives"), fields(root));
    assertEquals("2026-09-30", root.get("asOf").asText(), "today clamped to the finished Q3");
    JsonNode o = root.get("objectives").get(0);
    assertEquals(
        List.of(
            "id", "title", "score", "grade", "rollup", "rollupGrade", "rollupStatus",
            "expectedProgress", "committed", "belowCommitment", "ended", "miss", "parent",
            "children", "keyResults", "derivation", "rollupDerivation", "explanation",
            "rollupExplanation", "status", "health", "confidence", "madeOf"),
        fields(o));
    assertEquals("productivity", o.get("id").asText());
    assertEquals(new BigDecimal("0.6666666666666666"), o.get("score").decimalValue(),
        "(11/15 + 0.6) / 2, exact to the engine's precision, not rounded for display");
    assertEquals("yellow", o.get("grade").asText());
    JsonNode kr = o.get("keyResults").get(0);
    assertEquals(
        List.of("id", "kind", "asOf", "score", "current", "checkInDate", "clamped", "derivation",
            "explanation", "health", "confidence"),
        fields(kr));
    assertEquals(new BigDecimal("0.7333333333333333"), kr.get("score").decimalValue());
    assertEquals(new BigDecimal("86"), kr.get("current").decimalValue());
    assertTrue(kr.get("explanation").asText().startsWith("(86 − 75) / (90 − 75) = 0.73"), kr.toString());
    JsonNode why = kr.get("derivation");
    assertEquals("ratio", why.get("model").asText());
    assertEquals(new BigDecimal("86"), why.get("current").decimalValue());
    JsonNode mean = o.get("derivation");
    assertEquals("weighted-mean", mean.get("model").asText());
    JsonNode first = mean.get("contributions").get(0);
    assertEquals(List.of("id", "item", "weight", "score", "share"), fields(first));
    BigDecimal shares = BigDecimal.ZERO;
    for (JsonNode c : mean.get("contributions")) {
      shares = shares.add(c.get("share").decimalValue());
    }
    assertTrue(
        shares.subtract(mean.get("score").decimalValue()).abs().compareTo(new BigDecimal("1E-15"))
            <= 0,
        "the shares add up to the score: " + shares);
  }

  @Test
  void scoringOptionsOverrideTheDocumentsSettings() throws Exception {
    JsonNode capped =
        JSON.readTree(okr("score", example("productivity.json"), "--json", "--cap", "none").out());
    assertTrue(capped.get("objectives").get(0).get("score").isNumber());
    CliRun.Result bad = okr("score", example("productivity.json"), "--cap", "0.5");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.err().contains("cap must be at least 1, was 0.5"), bad.err());
    CliRun.Result credit = okr("score", example("productivity.json"), "--threshold-credit", "some");
    assertEquals(2, credit.code(), credit.toString());
    assertTrue(credit.err().contains("--threshold-credit: expected one of all-or-nothing, partial,"
        + " hit-ratio, got 'some'"), credit.err());
  }

  @Test
  void withoutAsOfTodayIsClampedIntoTheCycle() throws Exception {
    JsonNode before = JSON.readTree(okrOn(LocalDate.of(2026, 8, 1), "score", example("acme-q4.json"), "--json").out());
    assertEquals("2026-10-01", before.get("asOf").asText());
    JsonNode during = JSON.readTree(okrOn(LocalDate.of(2026, 11, 20), "score", example("acme-q4.json"), "--json").out());
    assertEquals("2026-11-20", during.get("asOf").asText());
    JsonNode after = JSON.readTree(okrOn(LocalDate.of(2027, 3, 1), "score", example("acme-q4.json"), "--json").out());
    assertEquals("2026-12-31", after.get("asOf").asText());
  }

  @Test
  void undefinedScoresAreJsonNullsAndABrokenLinkBlanksOnlyTheRollUpsItTouches() throws Exception {
    CliRun.Result r = okr("score", example("invalid-structure.json"), "--json");
    assertEquals(1, r.code(), "structural errors: exit 1, scores still printed: " + r);
    JsonNode root = JSON.readTree(r.out());
    JsonNode growth2 = root.get("objectives").get(0).get("keyResults").get(1);
    assertEquals("growth-2", growth2.get("id").asText());
    assertTrue(growth2.get("score").isNull(), growth2.toString());
    // Only the objective with the dangling parent loses its roll-up; the sound tree keeps its own.
    assertTrue(root.get("objectives").get(0).get("rollup").isNumber(), root.toString());
    JsonNode mobile = root.get("objectives").get(1);
    assertEquals("mobile", mobile.get("id").asText());
    assertTrue(mobile.get("rollup").isNull(), "no roll-up over a dangling parent: " + mobile);
    assertEquals(4, r.err().lines().count(), r.toString());
  }

  @Test
  void aBadDateIsExit2() {
    for (String date : new String[] {"2026-02-30", "20261120", "tomorrow", ""}) {
      CliRun.Result r = okr("score", example("acme-q4.json"), "--as-of", date);
      assertEquals(2, r.code(), date + ": " + r);
      assertEquals(1, r.err().lines().count(), r.toString());
      assertTrue(r.err().startsWith("okr score: "), r.toString());
    }
  }

  @Test
  void malformedJsonIsExit2NamingFileLineAndColumn() throws Exception {
    java.nio.file.Path bad = java.nio.file.Files.createTempFile("okr-", ".json");
    try {
      java.nio.file.Files.writeString(bad, "{\"okr\": \"1.0\",\n  \"cycles\": [}\n");
      CliRun.Result r = okr("score", bad.toString());
      assertEquals(2, r.code(), r.toString());
      assertEquals(1, r.err().lines().count(), r.toString());
      assertTrue(r.err().startsWith("okr score: " + bad + ":2:"), r.toString());
    } finally {
      java.nio.file.Files.deleteIfExists(bad);
    }
  }
}
