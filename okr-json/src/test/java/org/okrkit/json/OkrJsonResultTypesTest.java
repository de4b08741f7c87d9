package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.health.ConfidenceRollup;
import org.okrkit.health.HealthPolicy;
import org.okrkit.health.HealthReport;
import org.okrkit.health.NetConfidenceScore;
import org.okrkit.lifecycle.QuarterReview;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.Confidence;
import org.okrkit.scoring.Forecaster;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.text.KeyResultParser;
import org.okrkit.validation.Finding;
import org.okrkit.validation.Validator;

/**
 * Results in a user's mapper serialise with their numbers and explanations (a {@code
 * KeyResultScore} used to become {@code {"clamped":false,"defined":true}}, silently dropping the
 * score), in the shapes docs/json-format.md documents: every row of its results table is checked
 * against what the serializer writes, and every example against the JSON of the same object.
 */
class OkrJsonResultTypesTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private static final ObjectMapper TREE =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final LocalDate NOV15 = LocalDate.of(2026, 11, 15);
  private static final LocalDate NOV30 = LocalDate.of(2026, 11, 30);
  private static final Path EXAMPLES = Path.of("../okr-examples/src/main/resources/examples");

  private static KeyResult csat() {
    return KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
        .plusCheckIn(CheckIn.of(NOV15, 4.45));
  }

  /** The csat key result with two confidences: 0.6 on 2026-11-01, 0.7 on 2026-11-15. */
  private static KeyResult rated() {
    return KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 1), 4.3).withConfidence(new java.math.BigDecimal("0.6")))
        .plusCheckIn(CheckIn.of(NOV15, 4.45).withConfidence(new java.math.BigDecimal("0.7")));
  }

  private static Objective delight() {
    return Objective.of("cs", "Make happy customers the core of our growth", "2026-Q4", csat(),
        KeyResult.metric("cs-2", "Reduce ticket turnaround from 5 days to 3", 5, 3).plusCheckIn(CheckIn.of(NOV15, 4)));
  }

  private static String doc() throws IOException {
    String doc = Files.readString(Path.of("../docs/json-format.md"), StandardCharsets.UTF_8);
    return doc.substring(doc.indexOf("\n## Results\n"));
  }

  /** The results table: type → its documented fields, in order, {@code ?} marking optional ones. */
  private static Map<String, List<String>> documentedShapes() throws IOException {
    Map<String, List<String>> shapes = new LinkedHashMap<>();
    Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\| `\\{ ([^}]*) \\}` \\|$").matcher(doc());
    while (row.find()) {
      List<String> fields = new ArrayList<>();
      Matcher field = Pattern.compile("\"(\\w+)\"(\\??)").matcher(row.group(2));
      while (field.find()) {
        fields.add(field.group(1) + field.group(2));
      }
      shapes.put(row.group(1), fields);
    }
    return shapes;
  }

  /** The JSON block that follows {@code lead} in the results section. */
  private static JsonNode example(String lead) throws IOException {
    String doc = doc();
    int at = doc.indexOf(lead);
    assertTrue(at >= 0, "docs/json-format.md shows " + lead);
    int start = doc.indexOf("```json\n", at) + "```json\n".length();
    return TREE.readTree(doc.substring(start, doc.indexOf("```", start)));
  }

  private JsonNode json(Object value) throws IOException {
    return TREE.readTree(mapper.writeValueAsString(value));
  }

  private void assertShape(List<String> documented, Object value) throws IOException {
    JsonNode node = json(value);
    List<String> expected = new ArrayList<>();
    for (String f : documented) {
      String name = f.replace("?", "");
      if (!f.endsWith("?") || node.has(name)) {
        expected.add(name);
      }
    }
    List<String> actual = new ArrayList<>();
    node.fieldNames().forEachRemaining(actual::add);
    assertEquals(expected, actual, value.getClass().getSimpleName() + ": " + node);
  }

  @Test
  void everyResultTypeHasTheFieldsTheTableDocuments() throws IOException {
    Map<String, List<String>> shapes = documentedShapes();
    OkrSet set = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(delight()));
    RollupResult rollup = Rollup.defaults().compute(set, NOV30);
    KeyResult noTarget = KeyResult.builder().id("k").title("Grow").build();
    OkrSet year = OkrJson.defaults().read(EXAMPLES.resolve("year-2026.json"));
    Review review = QuarterReview.ofCycle(year, "2026-Q3", LocalDate.of(2026, 10, 2), Scorer.defaults());
    Map<String, List<Object>> values = new LinkedHashMap<>();
    values.put("KeyResultScore", List.of(Scorer.defaults().score(csat(), NOV30), Scorer.defaults().score(noTarget, NOV30)));
    values.put("ObjectiveScore", List.of(Scorer.defaults().score(delight(), NOV30)));
    values.put("ObjectiveRollup", List.of(rollup.node("cs").orElseThrow()));
    values.put("RollupResult", List.of(rollup));
    values.put("Finding", List.copyOf(Validator.defaults().validate(year, LocalDate.of(2026, 10, 2))));
    values.put("KeyResultReading", List.of(KeyResultParser.parse("Increase revenue from $1M by 20%")));
    values.put("Review", List.of(review));
    values.put("Movement", List.copyOf(review.leastMoved()));
    values.put("ClosedGrade", List.copyOf(review.adjustments()));
    values.put("ResultSinceClose", List.copyOf(review.sinceClose()));
    values.put("KpiHealth", List.copyOf(review.kpis()));
    OkrSet cascade = OkrJson.defaults().read(EXAMPLES.resolve("cascade-q4.json"));
    LocalDate nov20 = LocalDate.of(2026, 11, 20);
    RollupResult cascadeRollup = Rollup.defaults().computeTolerant(cascade, nov20);
    HealthReport health = HealthPolicy.defaults().assess(cascade, cascadeRollup);
    List<Object> assessments = new ArrayList<>();
    List<Object> confidences = new ArrayList<>();
    for (ObjectiveRollup node : cascadeRollup.nodes()) {
      assessments.add(health.objective(node));
      assessments.addAll(health.keyResults(node));
      confidences.add(ConfidenceRollup.of(cascadeRollup).objective(node));
    }
    values.put("HealthAssessment", assessments);
    values.put("NetConfidenceScore", List.of(NetConfidenceScore.ofSubtree(cascadeRollup.nodes().get(0))));
    values.put("ObjectiveConfidence", confidences);
    values.put("Confidence", List.of(Confidence.of(rated(), NOV30), Confidence.of(csat(), NOV30)));
    values.put("Forecast", List.of(Forecaster.defaults().forecast(rated(), Cycle.quarter(2026, 4), NOV30),
        Forecaster.defaults().forecast(csat(), Cycle.quarter(2026, 4), NOV30)));
    values.put("HealthReport", List.of(health));
    assertEquals(values.keySet(), shapes.keySet(), "a row for every result type, and a value for every row");
    for (Map.Entry<String, List<Object>> e : values.entrySet()) {
      assertFalse(e.getValue().isEmpty(), "an example value of " + e.getKey());
      for (Object value : e.getValue()) {
        assertShape(shapes.getOrDefault(e.getKey(), List.of()), value);
      }
    }
  }

  @Test
  void aKeyResultScoreIsTheDocumentedExample() throws IOException {
    assertEquals(example("A key result scored as of 2026-11-30"), json(Scorer.defaults().score(csat(), NOV30)));
  }

  @Test
  void aFindingUsesTheStableLowerCaseRuleIdAsDocumented() throws IOException {
    OkrSet set = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(delight().withKeyResult(
        KeyResult.metric("cs-2", "Reduce ticket turnaround from 5 days to 3", 5, 3)
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 12, 20), 4)))));
    Finding future = Validator.defaults().validate(set, NOV30).stream()
        .filter(f -> f.ruleId().equals("check-in-in-future")).findFirst().orElseThrow();
    assertEquals(example("finding about a check-in"), json(future));
  }

  @Test
  void theDerivationsAreTheDocumentedExamples() throws IOException {
    OkrSet set = OkrJson.defaults().read(EXAMPLES.resolve("scoring-models.json"));
    Scorer scorer = Scorer.of(ScoringPolicy.defaults().with(set.scoring().orElseThrow()));
    ObjectiveScore score = scorer.score(set.objectives().get(0), LocalDate.of(2026, 11, 20));
    assertEquals(example("For `scoring-models.json` as of 2026-11-20"), json(score.derivation()));
    String doc = doc();
    int band = doc.indexOf("{\"model\": \"band\"");
    JsonNode bandDoc = TREE.readTree(doc.substring(band, doc.indexOf('}', band) + 1).replace("\n", " "));
    KeyResultScore shop2 = score.keyResultScores().stream()
        .filter(k -> k.keyResultId().equals("shop-2")).findFirst().orElseThrow();
    assertEquals(bandDoc, json(shop2.derivation()));
  }

  @Test
  void anUndefinedScoreIsNullWithItsReason() throws IOException {
    KeyResult noTarget = KeyResult.builder().id("k").title("Grow").build();
    JsonNode json = json(Scorer.defaults().score(noTarget, NOV30));
    assertTrue(json.get("score").isNull(), json.toString());
    assertFalse(json.get("undefinedReason").asText().isBlank(), json.toString());
    assertEquals("undefined", json.get("derivation").get("model").asText());
  }

  @Test
  void anObjectiveRollupSaysItsOwnScoreAndItsRollupApart() throws IOException {
    // a parent with a key result at 0.5 and an aligned team at 1.0: own 0.5, roll-up 0.75
    Objective parent = Objective.of("p", "Grow", "2026-Q4", csat());
    Objective child = Objective.builder().from(Objective.of("c", "Help", "2026-Q4",
        KeyResult.metric("c-1", "Grow sales from 0 to 10", 0, 10).plusCheckIn(CheckIn.of(NOV15, 10))))
        .parent("p").build();
    RollupResult rollup = Rollup.defaults().compute(OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(parent, child)), NOV30);
    JsonNode p = json(rollup.node("p").orElseThrow());
    assertEquals("0.5", p.get("score").decimalValue().toPlainString());
    assertEquals("yellow", p.get("grade").asText());
    assertEquals("0.75", p.get("rollup").decimalValue().toPlainString());
    assertEquals("green", p.get("rollupGrade").asText());
    assertEquals("c", p.get("children").get(0).asText());
    assertEquals("objective", p.get("rollupDerivation").get("contributions").get(1).get("item").asText());
    assertEquals(1, p.get("derivation").get("contributions").size(), "own score: its own key result only");
  }

  @Test
  void aConfidenceIsTheDocumentedExample() throws IOException {
    assertEquals(example("The confidence of that key result"), json(Confidence.of(rated(), NOV30)));
  }

  @Test
  void aForecastIsTheDocumentedExample() throws IOException {
    assertEquals(example("and its forecast for the cycle"),
        json(Forecaster.defaults().forecast(rated(), Cycle.quarter(2026, 4), NOV30)));
  }

  @Test
  void aForecastWithoutAProjectionIsNullWithItsReason() throws IOException {
    JsonNode json = json(Forecaster.defaults().forecast(csat(), Cycle.quarter(2026, 4), NOV30));
    assertFalse(json.get("available").asBoolean(), json.toString());
    assertTrue(json.get("projectedValue").isNull(), json.toString());
    assertFalse(json.get("unavailableReason").asText().isBlank(), json.toString());
  }

  @Test
  void aHealthReportListsEachObjectiveInTreeOrderWithItsKeyResults() throws IOException {
    OkrSet cascade = OkrJson.defaults().read(EXAMPLES.resolve("cascade-q4.json"));
    RollupResult rollup = Rollup.defaults().computeTolerant(cascade, LocalDate.of(2026, 11, 20));
    HealthReport health = HealthPolicy.defaults().assess(cascade, rollup);
    JsonNode json = json(health);
    JsonNode objectives = json.get("objectives");
    assertEquals(rollup.treeOrder().size(), objectives.size(), json.toString());
    for (int i = 0; i < objectives.size(); i++) {
      ObjectiveRollup node = rollup.treeOrder().get(i).node();
      JsonNode o = objectives.get(i);
      // its own assessment's fields, flat, then its key results' assessments
      JsonNode own = json(health.objective(node));
      List<String> fields = new ArrayList<>();
      own.fieldNames().forEachRemaining(fields::add);
      fields.add("keyResults");
      List<String> actual = new ArrayList<>();
      o.fieldNames().forEachRemaining(actual::add);
      assertEquals(fields, actual, o.toString());
      for (String f : fields.subList(0, fields.size() - 1)) {
        assertEquals(own.get(f), o.get(f), f);
      }
      assertEquals(TREE.readTree(mapper.writeValueAsString(health.keyResults(node))), o.get("keyResults"));
    }
  }
}
