package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.text.KeyResultParser;
import org.okrkit.validation.Finding;
import org.okrkit.validation.Validator;

/**
 * Results in a user's mapper: scores, roll-ups, findings and readings serialise with their
 * numbers and explanations (a {@code KeyResultScore} used to become {@code
 * {"clamped":false,"defined":true}}, silently dropping the score), in the documented shapes.
 */
class OkrJsonResultTypesTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private static final LocalDate NOV15 = LocalDate.of(2026, 11, 15);
  private static final LocalDate NOV30 = LocalDate.of(2026, 11, 30);

  private static KeyResult csat() {
    return KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
        .plusCheckIn(CheckIn.of(NOV15, 4.45));
  }

  private static Objective delight() {
    return Objective.of("cs", "Make happy customers the core of our growth", "2026-Q4", csat(),
        KeyResult.metric("cs-2", "Reduce ticket turnaround from 5 days to 3", 5, 3).plusCheckIn(CheckIn.of(NOV15, 4)));
  }

  @Test
  void aKeyResultScoreCarriesItsScoreCurrentValueAndExplanation() throws IOException {
    KeyResultScore score = Scorer.defaults().score(csat(), NOV30);
    String json = mapper.writeValueAsString(score);
    assertTrue(json.startsWith(
        "{\"id\":\"cs-1\",\"kind\":\"metric\",\"asOf\":\"2026-11-30\",\"score\":0.5,\"current\":4.45,"
            + "\"checkInDate\":\"2026-11-15\",\"clamped\":false,\"derivation\":{\"type\":\"ratio\","), json);
    assertTrue(json.endsWith("},\"explanation\":\"" + score.explanation() + "\"}"), json);
    // the derivation's numbers are the score's own, exact
    assertTrue(json.contains("\"current\":4.45") && json.contains("\"baseline\":4.1") && json.contains("\"target\":4.8"), json);
  }

  @Test
  void anUndefinedScoreIsNullWithItsReason() throws IOException {
    KeyResult noTarget = KeyResult.builder().id("k").title("Grow").build();
    String json = mapper.writeValueAsString(Scorer.defaults().score(noTarget, NOV30));
    assertTrue(json.contains("\"score\":null,\"undefinedReason\":\""), json);
  }

  @Test
  void anObjectiveScoreHoldsItsKeyResultScores() throws IOException {
    ObjectiveScore score = Scorer.defaults().score(delight(), NOV30);
    String json = mapper.writeValueAsString(score);
    assertTrue(json.startsWith("{\"id\":\"cs\",\"asOf\":\"2026-11-30\",\"score\":0.5,\"grade\":\"yellow\","
        + "\"committed\":false,\"belowCommitment\":false,\"keyResults\":[{\"id\":\"cs-1\","), json);
    assertTrue(json.endsWith(",\"explanation\":\"" + score.explanation() + "\"}"), json);
    // issue 10/12 field names: contributions with id, weight, score and share
    assertTrue(json.contains("\"derivation\":{\"type\":\"weighted-mean\",\"contributions\":[{\"id\":\"cs-1\","
        + "\"item\":\"key_result\",\"weight\":1,\"score\":0.5,\"share\":"), json);
  }

  @Test
  void aRollupListsEveryObjectiveWithItsRollupGradeAndPace() throws IOException {
    OkrSet set = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(delight()));
    RollupResult result = Rollup.defaults().compute(set, NOV30);
    String json = mapper.writeValueAsString(result);
    assertTrue(json.startsWith("{\"asOf\":\"2026-11-30\",\"roots\":[\"cs\"],\"objectives\":[{\"id\":\"cs\","
        + "\"title\":\"Make happy customers the core of our growth\",\"score\":0.5,\"rollup\":0.5,"
        + "\"grade\":\"yellow\",\"status\":\"at_risk\","), json);
    assertTrue(json.contains("\"children\":[],\"objectiveScore\":{\"id\":\"cs\""), json);
  }

  @Test
  void aFindingUsesTheStableLowerCaseRuleId() throws IOException {
    OkrSet set = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(delight().withKeyResult(
        KeyResult.metric("cs-2", "Reduce ticket turnaround from 5 days to 3", 5, 3)
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 12, 20), 4)))));
    Finding future = Validator.defaults().validate(set, NOV30).stream()
        .filter(f -> f.ruleId().equals("check-in-in-future")).findFirst().orElseThrow();
    String json = mapper.writeValueAsString(Map.of("finding", future));
    assertTrue(json.startsWith("{\"finding\":{\"rule\":\"check-in-in-future\",\"severity\":\"warning\","
        + "\"ids\":[\"cs-2\""), json);
    assertTrue(json.contains("\"pointer\":\"/objectives/0/keyResults/1/checkIns/0/date\""), json);
  }

  @Test
  void aReadingHasTheShapeOfOkrKrJson() throws IOException {
    assertEquals(
        "{\"kind\":\"metric\",\"direction\":\"increase\",\"baseline\":1000000,\"target\":1200000,"
            + "\"unit\":\"$\",\"relative\":\"+20%\",\"confidence\":0.9,"
            + "\"notes\":[\"target derived from the baseline and +20%\"]}",
        mapper.writeValueAsString(KeyResultParser.parse("Increase revenue from $1M by 20%")));
  }
}
