package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

class OkrJsonReadingTest {
  static final Path EXAMPLES = Path.of("src/test/resources/examples");
  private final OkrJson json = OkrJson.defaults();

  static String example(String name) throws IOException {
    return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
  }

  /** A minimal document with one objective whose key results are given as JSON text. */
  static String withKeyResults(String keyResults) {
    return "{\"okr\":\"1.0\",\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"cycle\":\"c\","
        + "\"keyResults\":[" + keyResults + "]}]}";
  }

  private KeyResult onlyKeyResult(String keyResult) throws OkrJsonException {
    return json.read(withKeyResults(keyResult)).objectives().get(0).keyResults().get(0);
  }

  private OkrJsonException failure(String document) {
    return assertThrows(OkrJsonException.class, () -> json.read(document));
  }

  @Test
  void issueExampleReadsIntoTheModel() throws IOException {
    OkrSet set = json.read(EXAMPLES.resolve("customer-success.okr.json"));

    assertEquals("2026-Q4", set.cycles().get(0).id());
    assertEquals(LocalDate.of(2026, 12, 31), set.cycles().get(0).end());
    Objective cs = set.objectives().get(0);
    assertEquals(Level.TEAM, cs.level().orElseThrow());
    assertEquals(ObjectiveType.ASPIRATIONAL, cs.type());
    KeyResult cs1 = cs.keyResults().get(0);
    assertEquals(Baseline.of(new BigDecimal("4.1")), cs1.baseline().orElseThrow());
    assertEquals(Target.of(new BigDecimal("4.8")), cs1.target().orElseThrow());
    CheckIn wave2 = cs1.checkIns().get(0);
    assertEquals(new BigDecimal("4.45"), wave2.value().orElseThrow());
    assertEquals(new BigDecimal("0.7"), wave2.confidence().orElseThrow());
    assertEquals("wave 2", wave2.note().orElseThrow());
    assertEquals(Target.atLeast(new BigDecimal("99.9")), cs.keyResults().get(1).target().get());
    assertEquals(KeyResultKind.MILESTONE, cs.keyResults().get(2).kind());
    assertEquals(true, cs.keyResults().get(2).checkIns().get(0).done().orElseThrow());
  }

  @Test
  void pathStreamAndStringReadTheSameSet() throws IOException {
    Path file = EXAMPLES.resolve("company-tree.okr.json");
    OkrSet fromPath = json.read(file);
    OkrSet fromStream = json.read(new ByteArrayInputStream(Files.readAllBytes(file)));
    OkrSet fromString = json.read(example("company-tree.okr.json"));
    assertEquals(fromPath, fromStream);
    assertEquals(fromPath, fromString);
    assertEquals(3, fromPath.objectives().size());
  }

  @Test
  void numbersReadExactlyAsWritten() throws OkrJsonException {
    KeyResult kr =
        onlyKeyResult(
            "{\"id\":\"k\",\"title\":\"t\",\"baseline\":0.2,\"target\":10000,"
                + "\"checkIns\":[{\"date\":\"2026-01-01\",\"value\":4.1},"
                + "{\"date\":\"2026-01-02\",\"value\":4.10},"
                + "{\"date\":\"2026-01-03\",\"value\":1e3}]}");
    assertEquals(new BigDecimal("0.2"), kr.baseline().orElseThrow().value());
    assertEquals(new BigDecimal("10000"), kr.target().orElseThrow().value());
    assertEquals("4.1", kr.checkIns().get(0).value().orElseThrow().toString());
    // 4.10 keeps its second decimal: the precision the user wrote is data
    assertEquals("4.10", kr.checkIns().get(1).value().orElseThrow().toString());
    assertEquals(new BigDecimal("1E+3"), kr.checkIns().get(2).value().orElseThrow());
  }

  @Test
  void absentFieldsTakeTheDocumentedDefaults() throws OkrJsonException {
    OkrSet set =
        json.read(
            "{\"okr\":\"1.0\",\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"cycle\":\"c\","
                + "\"keyResults\":[{\"id\":\"k\",\"title\":\"t\"}]}]}");
    Objective o = set.objectives().get(0);
    KeyResult kr = o.keyResults().get(0);
    assertEquals(ObjectiveType.ASPIRATIONAL, o.type());
    assertEquals(BigDecimal.ONE, o.weight());
    assertTrue(o.level().isEmpty() && o.owner().isEmpty() && o.parent().isEmpty());
    assertEquals(KeyResultKind.METRIC, kr.kind());
    assertEquals(BigDecimal.ONE, kr.weight());
    assertTrue(kr.checkIns().isEmpty() && kr.unit().isEmpty());
    assertTrue(set.cycles().isEmpty());
    assertEquals(OkrSet.empty(), json.read("{\"okr\":\"1.0\"}"));
  }

  @Test
  void baselineAndTargetAcceptEveryObjectForm() throws OkrJsonException {
    KeyResult kr =
        onlyKeyResult(
            "{\"id\":\"k\",\"title\":\"t\",\"baseline\":{\"value\":4.1,\"date\":\"2026-10-01\"},"
                + "\"target\":{\"value\":4.8}}");
    assertEquals(
        Baseline.of(new BigDecimal("4.1"), LocalDate.of(2026, 10, 1)),
        kr.baseline().orElseThrow());
    assertEquals(Target.of(new BigDecimal("4.8")), kr.target().orElseThrow());
    Target atMost = onlyKeyResult("{\"id\":\"k\",\"title\":\"t\",\"target\":{\"atMost\":2}}")
        .target().orElseThrow();
    assertEquals(TargetSide.AT_MOST, atMost.side());
  }

  @Test
  void extensionFieldsArePreservedAsCompactJsonAtEveryLevel() throws IOException {
    OkrSet set = json.read(EXAMPLES.resolve("company-tree.okr.json"));
    assertEquals(Map.of("x-generator", "\"okr-board 3.2\""), set.extensions());
    assertEquals(
        "{\"kickoff\":\"2026-09-24\"}", set.cycles().get(1).extensions().get("x-planning"));
    assertEquals(
        "{\"board\":\"LEAD\",\"labels\":[\"okr\",\"2026\"],\"score\":0.70}",
        set.objectives().get(0).extensions().get("x-tracker"));
    CheckIn fromCrm = set.objectives().get(1).keyResults().get(0).checkIns().get(0);
    assertEquals(Map.of("x-source", "\"crm\""), fromCrm.extensions());
    Target withReason = onlyKeyResult(
        "{\"id\":\"k\",\"title\":\"t\",\"target\":{\"atLeast\":1,\"x-why\":[{\"a\":null}]}}")
        .target().orElseThrow();
    assertEquals(Map.of("x-why", "[{\"a\":null}]"), withReason.extensions());
  }

  @Test
  void structuralProblemsAreKeptForTheValidator() throws OkrJsonException {
    OkrSet set =
        json.read(
            "{\"okr\":\"1.0\",\"objectives\":["
                + "{\"id\":\"a\",\"title\":\"A\",\"cycle\":\"nowhere\",\"parent\":\"missing\"},"
                + "{\"id\":\"a\",\"title\":\"A again\",\"cycle\":\"nowhere\"}]}");
    assertEquals(2, set.objectives().size());
    assertEquals("missing", set.objectives().get(0).parent().orElseThrow());
    assertEquals("A again", set.objectives().get(1).title());
  }

  @Test
  void wrongTypeNamesPointerLineColumnExpectedAndGot() {
    String document =
        withKeyResults("{\"id\":\"k\",\"title\":\"t\"},\n  {\"id\":\"k2\",\"title\":\"t\",\n"
            + "   \"target\": \"high\"}");
    OkrJsonException e = failure(document);
    assertEquals("/objectives/0/keyResults/1/target", e.pointer());
    assertEquals(3, e.line());
    assertEquals(14, e.column());
    assertEquals("expected a number or an object with value/atLeast/atMost, got \"high\"",
        e.detail());
    assertEquals(
        "/objectives/0/keyResults/1/target: expected a number or an object with"
            + " value/atLeast/atMost, got \"high\" (line 3, column 14)",
        e.getMessage());
  }

  @Test
  void unknownFieldIsAnErrorNamingTheLikelyTypo() {
    OkrJsonException e = failure(withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"tagret\":4}"));
    assertEquals("/objectives/0/keyResults/0/tagret", e.pointer());
    assertTrue(e.detail().startsWith("unknown field \"tagret\"; did you mean \"target\"?"),
        e.detail());
  }

  @Test
  void unknownFieldWithoutCloseMatchListsTheKnownFields() {
    OkrJsonException e = failure("{\"okr\":\"1.0\",\"colour\":\"blue\"}");
    assertEquals("/colour", e.pointer());
    assertTrue(e.detail().contains("known fields are: okr, cycles, objectives"), e.detail());
  }

  @Test
  void lenientModeIgnoresUnknownFieldsButNotBadValues() throws OkrJsonException {
    OkrJson lenient = json.withLenientUnknownFields(true);
    OkrSet set = lenient.read(withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"tagret\":{\"a\":[1]}}"));
    assertEquals("k", set.objectives().get(0).keyResults().get(0).id());
    assertTrue(lenient.isLenient());
    assertThrows(
        OkrJsonException.class,
        () -> lenient.read(withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"weight\":\"2\"}")));
  }

  @Test
  void everyIndependentProblemIsReportedInDocumentOrder() {
    String document =
        "{\"okr\":\"2.0\",\n"
            + "\"cycles\":[{\"id\":\"c\",\"start\":\"2026-10-01\",\"end\":\"2026-09-30\"}],\n"
            + "\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"level\":\"teams\",\n"
            + "\"keyResults\":[{\"id\":\"k\",\"title\":\" \",\"weight\":-2,\n"
            + "\"checkIns\":[{\"date\":\"2026-11-01\",\"value\":1,\"done\":true,"
            + "\"confidence\":1.5}]}]}]}";
    OkrJsonException e = failure(document);
    List<String> messages =
        e.problems().stream().map(p -> p.pointer() + " " + p.message()).toList();
    assertEquals(
        List.of(
            "/okr expected format version \"1.0\", got \"2.0\"",
            "/cycles/0/end expected an end on or after the start 2026-10-01, got \"2026-09-30\"",
            "/objectives/0 missing required field \"cycle\" (the id of its cycle)",
            "/objectives/0/level expected one of \"company\", \"department\", \"team\","
                + " \"individual\", got \"teams\"; did you mean \"team\"?",
            "/objectives/0/keyResults/0/title expected a non-blank string, got \" \"",
            "/objectives/0/keyResults/0/weight expected a number >= 0, got -2",
            "/objectives/0/keyResults/0/checkIns/0 expected exactly one of \"value\" and"
                + " \"done\", got both",
            "/objectives/0/keyResults/0/checkIns/0/confidence expected a number from 0 to 1,"
                + " got 1.5 (a confidence on another scale needs \"confidenceScale\" in"
                + " \"scoring\": 0-10, 1-10, low-medium-high, red-amber-green)"),
        messages);
    assertFalse(e.isTruncated());
    assertTrue(e.getMessage().startsWith("8 problems in the OKR document:\n  /okr: "));
  }

  @Test
  void problemsBeyondTheCapStopReading() {
    StringBuilder krs = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      krs.append(i == 0 ? "" : ",").append("{\"id\":\"k").append(i).append("\",\"title\":1}");
    }
    OkrJson capped = json.withLimits(OkrJsonLimits.defaults().withMaxProblems(5));
    OkrJsonException e =
        assertThrows(OkrJsonException.class, () -> capped.read(withKeyResults(krs.toString())));
    assertEquals(5, e.problems().size());
    assertTrue(e.isTruncated());
    assertTrue(e.getMessage().contains("reading stopped after 5 problems"), e.getMessage());
  }

  @Test
  void missingRequiredFieldsAreNamedAtTheirObject() {
    OkrJsonException noVersion = failure("{\"objectives\":[]}");
    assertEquals("", noVersion.pointer());
    assertEquals("missing required field \"okr\" (the format version, \"1.0\")",
        noVersion.detail());
    OkrJsonException noDate = failure(withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\",\"checkIns\":[{\"value\":1}]}"));
    assertEquals("/objectives/0/keyResults/0/checkIns/0", noDate.pointer());
    assertEquals("missing required field \"date\"", noDate.detail());
    OkrJsonException neither = failure(withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\",\"checkIns\":[{\"date\":\"2026-01-01\"}]}"));
    assertTrue(neither.detail().startsWith("missing required field \"value\""));
    OkrJsonException emptyTarget =
        failure(withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"target\":{}}"));
    assertEquals("/objectives/0/keyResults/0/target", emptyTarget.pointer());
  }

  @Test
  void datesMustBeIsoCalendarDates() {
    for (String date : List.of("2026-02-30", "2026-1-01", "01.10.2026", "+12026-01-01", "")) {
      OkrJsonException e = failure(withKeyResults(
          "{\"id\":\"k\",\"title\":\"t\",\"checkIns\":[{\"date\":\"" + date + "\",\"value\":1}]}"));
      assertEquals("/objectives/0/keyResults/0/checkIns/0/date", e.pointer(), date);
    }
  }

  @Test
  void enumValuesAreLowerCase() {
    OkrJsonException e = failure(withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"kind\":\"METRIC\"}"));
    assertTrue(e.detail().endsWith("did you mean \"metric\"?"), e.detail());
  }

  @Test
  void exceptionMessagesNeverEchoHugeValues() {
    String big = "x".repeat(10_000);
    OkrJsonException e = failure(withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"weight\":\"" + big + "\"}"));
    assertTrue(e.getMessage().length() < 300, e.getMessage());
    assertTrue(e.detail().contains("(10000 chars)"), e.detail());
  }
}
