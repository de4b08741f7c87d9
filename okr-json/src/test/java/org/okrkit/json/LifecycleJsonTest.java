package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.ChangeField;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Decision;
import org.okrkit.model.Frequency;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;

/** Reading and writing the cycle's life: close-outs, carried links, changes, initiatives, KPIs. */
class LifecycleJsonTest {
  private final OkrJson json = OkrJson.defaults();

  private OkrSet example() throws IOException {
    return json.read(OkrJsonReadingTest.example("lifecycle.okr.json"));
  }

  private OkrJsonException failure(String document) {
    return assertThrows(OkrJsonException.class, () -> json.read(document));
  }

  private static String withObjectiveField(String field) {
    return "{\"okr\":\"1.0\",\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"cycle\":\"c\","
        + field + "}]}";
  }

  @Test
  void closeOutIsReadWithEveryField() throws IOException {
    CloseOut close = example().objectives().get(0).close().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), close.date());
    assertEquals(Optional.of(Outcome.PARTIALLY_ACHIEVED), close.outcome());
    assertEquals(Optional.of(Decision.KEEP), close.decision());
    assertTrue(close.retrospective().orElseThrow().startsWith("The help centre landed"));
    assertEquals(Optional.of(new BigDecimal("0.9")), close.computedScore());
    assertEquals(Optional.of(new BigDecimal("0.7")), close.adjustedScore());
    assertEquals(Optional.of("the help centre was easier than planned"), close.adjustmentReason());
    assertEquals(Map.of("x-reviewed-by", "\"coach\""), close.extensions());
  }

  @Test
  void keyResultLifecycleFieldsAreRead() throws IOException {
    OkrSet set = example();
    KeyResult csat = set.objectives().get(0).keyResults().get(0);
    assertTrue(csat.trackAfterClose());
    assertEquals(Optional.of("csat"), csat.kpi());
    assertEquals(1, csat.changes().size());
    assertEquals(ChangeField.TARGET, csat.changes().get(0).field());
    assertEquals(Optional.of(new BigDecimal("4.8")), csat.changes().get(0).from());
    assertEquals(Optional.of(Outcome.ACHIEVED), csat.close().orElseThrow().outcome());
    assertEquals(ChangeField.ADDED, set.objectives().get(0).keyResults().get(1).changes().get(0).field());
    Objective carried = set.objectives().get(1);
    assertEquals(Optional.of("support-q3"), carried.carriedFrom());
    assertEquals(Optional.of("support-q3-1"), carried.keyResults().get(0).carriedFrom());
  }

  @Test
  void initiativesAndKpisAreRead() throws IOException {
    OkrSet set = example();
    Initiative rota = set.initiative("rota").orElseThrow();
    assertEquals(InitiativeStatus.ACTIVE, rota.status());
    assertEquals(Optional.of(new BigDecimal("0.5")), rota.progress());
    assertEquals(List.of("support-q3-1", "support-q4-1"), rota.keyResults());
    assertEquals(InitiativeStatus.PLANNED, set.initiative("macros").orElseThrow().status());
    assertEquals(List.of("rota", "macros"),
        set.initiativesFor("support-q4-1").stream().map(Initiative::id).toList());
    Kpi csat = set.kpi("csat").orElseThrow();
    assertEquals(Optional.of(KpiDirection.HIGHER), csat.direction());
    assertEquals(Optional.of(new BigDecimal("4.3")), csat.healthy().orElseThrow().min());
    assertEquals(Optional.empty(), csat.healthy().orElseThrow().max());
    assertEquals(Optional.of(Frequency.MONTHLY), csat.frequency());
    assertEquals(2, csat.measurements().size());
    assertEquals(Optional.of("after the macros"), csat.measurements().get(1).note());
  }

  @Test
  void writingAndReadingBackGivesTheSameSet() throws IOException {
    OkrSet set = example();
    String canonical = json.write(set);
    assertEquals(set, json.read(canonical));
    assertEquals(canonical, json.write(json.read(canonical)));
    assertEquals(set, json.read(json.writeCompact(set)));
    assertEquals(set, json.read(json.writePretty(set)));
  }

  @Test
  void defaultsAreLeftOutWhenWriting() {
    OkrSet set = OkrSet.builder()
        .addInitiatives(Initiative.of("i", "Work", "k"))
        .build();
    String compact = json.writeCompact(set);
    assertEquals("{\"okr\":\"1.0\",\"initiatives\":[{\"id\":\"i\",\"title\":\"Work\","
        + "\"keyResults\":[\"k\"]}]}", compact);
  }

  @Test
  void exampleIsValidAgainstTheSchema() throws IOException {
    String document = OkrJsonReadingTest.example("lifecycle.okr.json");
    assertEquals(java.util.Set.of(), OkrJsonSchemaTest.validate(document));
    assertEquals(java.util.Set.of(), OkrJsonSchemaTest.validate(json.write(json.read(document))));
  }

  @Test
  void misspeltOutcomeIsReportedWithASuggestion() {
    OkrJsonException e =
        failure(withObjectiveField("\"close\":{\"outcome\":\"partially achieved\"}"));
    assertEquals("/objectives/0/close/outcome", e.pointer());
    assertEquals("expected one of \"achieved\", \"partially-achieved\", \"missed\", got"
        + " \"partially achieved\"; did you mean \"partially-achieved\"?", e.detail());
    assertFalse(OkrJsonSchemaTest.validate(
        withObjectiveField("\"close\":{\"outcome\":\"partially achieved\"}")).isEmpty());
  }

  @Test
  void unknownDecisionIsReported() {
    OkrJsonException e = failure(withObjectiveField("\"close\":{\"decision\":\"drop\"}"));
    assertEquals("/objectives/0/close/decision", e.pointer());
    assertTrue(e.detail().startsWith("expected one of \"keep\", \"modify\", \"abandon\", \"defer\""),
        e.detail());
  }

  @Test
  void adjustedScoreOutsideTheScaleIsReported() {
    OkrJsonException e = failure(withObjectiveField("\"close\":{\"adjustedScore\":1.5}"));
    assertEquals("/objectives/0/close/adjustedScore", e.pointer());
    assertEquals("expected a number from 0 to 1, got 1.5", e.detail());
  }

  @Test
  void targetChangeWithoutFromIsReported() {
    OkrJsonException e = failure(OkrJsonReadingTest.withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\",\"changes\":[{\"date\":\"2026-08-01\",\"field\":\"target\","
            + "\"to\":3}]}"));
    assertEquals("/objectives/0/keyResults/0/changes/0", e.pointer());
    assertEquals("missing required field \"from\" (the target before the change)", e.detail());
  }

  @Test
  void addedChangeWithValuesIsReported() {
    String doc = OkrJsonReadingTest.withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\",\"changes\":[{\"date\":\"2026-08-01\",\"field\":\"added\","
            + "\"to\":3}]}");
    OkrJsonException e = failure(doc);
    assertEquals("expected no \"from\" and \"to\" on an \"added\" change, got \"to\"", e.detail());
    assertFalse(OkrJsonSchemaTest.validate(doc).isEmpty());
  }

  @Test
  void watchCorridorWithoutHealthyIsReported() {
    String doc = "{\"okr\":\"1.0\",\"kpis\":[{\"id\":\"k\",\"title\":\"K\",\"watch\":{\"min\":1}}]}";
    OkrJsonException e = failure(doc);
    assertEquals("/kpis/0", e.pointer());
    assertEquals("expected a \"healthy\" corridor beside the \"watch\" corridor, got none",
        e.detail());
    assertFalse(OkrJsonSchemaTest.validate(doc).isEmpty());
  }

  @Test
  void corridorWithMaxBelowMinIsReported() {
    OkrJsonException e = failure(
        "{\"okr\":\"1.0\",\"kpis\":[{\"id\":\"k\",\"title\":\"K\",\"healthy\":{\"min\":5,\"max\":1}}]}");
    assertEquals("/kpis/0/healthy", e.pointer());
    assertEquals("expected \"max\" not below \"min\" 5, got 1", e.detail());
  }

  @Test
  void emptyCorridorIsReported() {
    String doc = "{\"okr\":\"1.0\",\"kpis\":[{\"id\":\"k\",\"title\":\"K\",\"healthy\":{}}]}";
    assertEquals("expected at least one of \"min\" and \"max\", got neither",
        failure(doc).detail());
    assertFalse(OkrJsonSchemaTest.validate(doc).isEmpty());
  }

  @Test
  void initiativeWithUnknownStatusAndBlankLinkIsReported() {
    OkrJsonException e = failure("{\"okr\":\"1.0\",\"initiatives\":[{\"id\":\"i\",\"title\":\"W\","
        + "\"status\":\"doing\",\"keyResults\":[\" \"]}]}");
    assertEquals(2, e.problems().size());
    assertEquals("/initiatives/0/status", e.problems().get(0).pointer());
    assertEquals("/initiatives/0/keyResults/0", e.problems().get(1).pointer());
  }

  @Test
  void initiativeEndingBeforeItStartsIsReportedByTheModel() {
    OkrJsonException e = failure("{\"okr\":\"1.0\",\"initiatives\":[{\"id\":\"i\",\"title\":\"W\","
        + "\"start\":\"2026-08-01\",\"end\":\"2026-07-01\"}]}");
    assertEquals("/initiatives/0", e.pointer());
    assertEquals("initiative 'i': end must not be before start 2026-08-01, was 2026-07-01",
        e.detail());
  }

  @Test
  void measurementWithoutValueIsReported() {
    OkrJsonException e = failure("{\"okr\":\"1.0\",\"kpis\":[{\"id\":\"k\",\"title\":\"K\","
        + "\"measurements\":[{\"date\":\"2026-08-01\"}]}]}");
    assertEquals("/kpis/0/measurements/0", e.pointer());
    assertEquals("missing required field \"value\"", e.detail());
  }

  @Test
  void trackAfterCloseMustBeABoolean() {
    OkrJsonException e = failure(OkrJsonReadingTest.withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\",\"trackAfterClose\":\"yes\"}"));
    assertEquals("/objectives/0/keyResults/0/trackAfterClose", e.pointer());
    assertEquals("expected true or false, got \"yes\"", e.detail());
  }

  @Test
  void misspeltLifecycleFieldGetsASuggestion() {
    OkrJsonException e = failure(withObjectiveField("\"carriedFrm\":\"x\""));
    assertTrue(e.detail().startsWith("unknown field \"carriedFrm\"; did you mean \"carriedFrom\"?"),
        e.detail());
  }
}
