package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --rollup} and {@code --source} on {@code okr score} and {@code okr report}, on the
 * bundled cascade (as of 2026-11-20: grow's own key results 0.45 and 0.42, EMEA 0.57, APAC 0.28,
 * and a supporting brand objective that never counts).
 */
class RollupOptionsTest {
  private static final String CASCADE = example("cascade-q4.json");

  private static JsonNode json(CliRun.Result r) throws IOException {
    assertEquals(0, r.code(), r.toString());
    return new ObjectMapper().readTree(r.out());
  }

  private static JsonNode objective(JsonNode score, String id) {
    for (JsonNode o : score.get("objectives")) {
      if (o.get("id").asText().equals(id)) {
        return o;
      }
    }
    throw new AssertionError("no objective " + id + " in " + score);
  }

  @Test
  void theDefaultIsTheWeightedMeanOfOwnKeyResultsAndAlignedObjectives() {
    CliRun.Result r = okr("score", CASCADE);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Roll-up: weighted mean of own key results and aligned objectives."), r.out());
    assertTrue(r.out().contains("score [#########...........] 0.43  roll-up 0.46"), r.out());
  }

  @Test
  void weakestTakesTheLowestCountedItemAndSaysSo() {
    CliRun.Result r = okr("score", CASCADE, "--rollup", "weakest");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Roll-up: weakest link of own key results and aligned objectives."), r.out());
    // APAC's 0.28 is the weakest item; brand's 0.14 only supports, so it is not counted.
    assertTrue(r.out().contains("score [#########...........] 0.43  roll-up 0.28"), r.out());
  }

  @Test
  void sourceOwnCountsOnlyTheObjectivesOwnKeyResults() throws IOException {
    JsonNode grow = objective(json(okr("score", CASCADE, "--source", "own", "--json")), "grow");
    assertEquals(grow.get("score").decimalValue(), grow.get("rollup").decimalValue());
  }

  @Test
  void sourceChildrenCountsOnlyTheAlignedObjectives() throws IOException {
    JsonNode score = json(okr("score", CASCADE, "--source", "children", "--json"));
    double emea = objective(score, "emea").get("rollup").doubleValue();
    double apac = objective(score, "apac").get("rollup").doubleValue();
    assertEquals((emea + apac) / 2, objective(score, "grow").get("rollup").doubleValue(), 1e-4);
  }

  @Test
  void bothOptionsCombineAndTheTextNamesTheStrategyInUse() {
    CliRun.Result r = okr("score", CASCADE, "--rollup", "weakest", "--source", "children");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Roll-up: weakest link of aligned objectives"), r.out());
    assertTrue(r.out().contains("roll-up 0.28"), r.out());
  }

  /** The cascade with {@code settings} added to its {@code "scoring"} object. */
  private static Path withScoring(Path dir, String settings) throws IOException {
    String text = Files.readString(Path.of(CASCADE));
    String scoring = "\"scoring\": {\"confidenceScale\": \"0-10\"";
    assertTrue(text.contains(scoring), "the cascade still names its confidence scale");
    return Files.writeString(dir.resolve("cascade.json"),
        text.replace(scoring, scoring + ", " + settings));
  }

  @Test
  void theDocumentsRollupSettingIsUsedAndTheOptionOverridesIt(@TempDir Path dir) throws IOException {
    Path doc = withScoring(dir, "\"rollup\": \"weakest\"");
    CliRun.Result r = okr("score", doc.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Roll-up: weakest link of own key results and aligned objectives."), r.out());
    assertTrue(r.out().contains("score [#########...........] 0.43  roll-up 0.28"), r.out());
    CliRun.Result mean = okr("score", doc.toString(), "--rollup", "mean");
    assertTrue(mean.out().contains("Roll-up: weighted mean of own key results and aligned objectives."), mean.out());
    assertTrue(mean.out().contains("score [#########...........] 0.43  roll-up 0.46"), mean.out());
    Path html = dir.resolve("q4.html");
    assertEquals(0, okr("report", doc.toString(), "--html", html.toString()).code());
    assertTrue(Files.readString(html).contains(
        "Roll-up: weakest link of own key results and aligned objectives</p>"), "the report follows the document");
  }

  @Test
  void theDocumentsSourceIsUsedAndTheOptionOverridesIt(@TempDir Path dir) throws IOException {
    Path doc = withScoring(dir, "\"source\": \"own\"");
    JsonNode own = objective(json(okr("score", doc.toString(), "--json")), "grow");
    assertEquals(own.get("score").decimalValue(), own.get("rollup").decimalValue());
    JsonNode score = json(okr("score", doc.toString(), "--source", "children", "--json"));
    double emea = objective(score, "emea").get("rollup").doubleValue();
    double apac = objective(score, "apac").get("rollup").doubleValue();
    assertEquals((emea + apac) / 2, objective(score, "grow").get("rollup").doubleValue(), 1e-4);
  }

  @Test
  void theDocumentsOwnShareMixesAndSourceBothPoolsAgain(@TempDir Path dir) throws IOException {
    Path doc = withScoring(dir, "\"source\": \"both\", \"ownShare\": 0.25");
    CliRun.Result text = okr("score", doc.toString());
    assertTrue(text.out().contains(
        "Roll-up: weighted mean of own key results and aligned objectives, mixed 0.25 own."), text.out());
    JsonNode mixed = objective(json(okr("score", doc.toString(), "--json")), "grow");
    JsonNode pooled = objective(json(okr("score", CASCADE, "--json")), "grow");
    JsonNode how = mixed.get("rollupDerivation");
    assertEquals("mixed", how.get("model").asText(), how.toString());
    assertEquals(0, new java.math.BigDecimal("0.25").compareTo(how.get("ownShare").decimalValue()));
    // a quarter the own key results' mean, three quarters the aligned objectives'
    double expected = 0.25 * how.get("own").get("score").doubleValue()
        + 0.75 * how.get("children").get("score").doubleValue();
    assertEquals(expected, mixed.get("rollup").doubleValue(), 1e-4);
    assertTrue(!mixed.get("rollup").equals(pooled.get("rollup")), mixed + " " + pooled);
    JsonNode both = objective(json(okr("score", doc.toString(), "--source", "both", "--json")), "grow");
    assertEquals(pooled.get("rollup").decimalValue(), both.get("rollup").decimalValue());
  }

  @Test
  void anUnknownValueIsAUsageErrorNamingTheOptionAndTheChoices() {
    CliRun.Result rollup = okr("score", CASCADE, "--rollup", "median");
    assertEquals(2, rollup.code(), rollup.toString());
    assertEquals("okr score: --rollup: expected mean, weakest or sum, was 'median'", rollup.err().strip());
    assertEquals("", rollup.out());
    CliRun.Result source = okr("report", CASCADE, "--html", "never.html", "--source", "parents");
    assertEquals(2, source.code(), source.toString());
    assertEquals("okr report: --source: expected own, children or both, was 'parents'", source.err().strip());
  }

  @Test
  void theHtmlReportRollsUpAsTheOptionsSay(@TempDir Path dir) throws IOException {
    Path mean = dir.resolve("mean.html");
    Path weakest = dir.resolve("weakest.html");
    assertEquals(0, okr("report", CASCADE, "--html", mean.toString()).code());
    assertEquals(0, okr("report", CASCADE, "--html", weakest.toString(), "--rollup", "weakest").code());
    String meanPage = Files.readString(mean);
    String weakestPage = Files.readString(weakest);
    assertTrue(meanPage.contains("0.46"), "weighted mean roll-up of grow");
    assertTrue(meanPage.contains(
        "Roll-up: weighted mean of own key results and aligned objectives</p>"), "the strategy in use");
    assertTrue(weakestPage.contains(
        "Roll-up: weakest link of own key results and aligned objectives</p>"), "the strategy in use");
    assertTrue(!weakestPage.equals(meanPage));
  }
}
