package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

class OkrJsonWritingTest {
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private final OkrJson json = OkrJson.defaults();

  private static OkrSet setOf(KeyResult... keyResults) {
    return OkrSet.of(
        List.of(Cycle.quarter(2026, 4)), List.of(Objective.of("o", "T", "2026-Q4", keyResults)));
  }

  private String compactKeyResult(KeyResult kr) {
    String all = json.writeCompact(setOf(kr));
    int start = all.indexOf("\"keyResults\":[") + "\"keyResults\":[".length();
    return all.substring(start, all.length() - "]}]}".length());
  }

  @Test
  void writingAReadDocumentGivesItsCanonicalForm() throws IOException {
    OkrSet messy = json.read(OkrJsonReadingTest.EXAMPLES.resolve("messy.okr.json"));
    assertEquals(OkrJsonReadingTest.example("messy.canonical.okr.json"), json.write(messy));
  }

  @Test
  void canonicalFormIsAFixedPoint() throws IOException {
    for (String example : List.of("customer-success.okr.json", "company-tree.okr.json")) {
      String canonical = json.write(json.read(OkrJsonReadingTest.example(example)));
      assertEquals(canonical, json.write(json.read(canonical)), example);
    }
  }

  @Test
  void numbersAreWrittenExactly() {
    KeyResult kr =
        KeyResult.builder()
            .id("k")
            .title("t")
            .baseline(Baseline.of(new BigDecimal("0.2")))
            .target(Target.of(new BigDecimal("10000")))
            .addCheckIns(CheckIn.of(NOV_1, new BigDecimal("4.1")))
            .addCheckIns(CheckIn.of(NOV_1, new BigDecimal("4.10")))
            .addCheckIns(CheckIn.of(NOV_1, new BigDecimal("1E+3")))
            .addCheckIns(CheckIn.of(NOV_1, new BigDecimal("-0.000001")))
            .build();
    assertEquals(
        "{\"id\":\"k\",\"title\":\"t\",\"baseline\":0.2,\"target\":10000,\"checkIns\":["
            + "{\"date\":\"2026-11-01\",\"value\":4.1},{\"date\":\"2026-11-01\",\"value\":4.10},"
            + "{\"date\":\"2026-11-01\",\"value\":1E+3},"
            + "{\"date\":\"2026-11-01\",\"value\":-0.000001}]}",
        compactKeyResult(kr));
    assertEquals("{\"id\":\"k\",\"title\":\"t\",\"target\":4.1}",
        compactKeyResult(KeyResult.builder().id("k").title("t").target(Target.of(4.1)).build()));
  }

  @Test
  void defaultsAreLeftOut() {
    String out = json.writeCompact(setOf(KeyResult.builder().id("k").title("t").build()));
    assertEquals(
        "{\"okr\":\"1.0\",\"cycles\":[{\"id\":\"2026-Q4\",\"name\":\"Q4 2026\","
            + "\"start\":\"2026-10-01\",\"end\":\"2026-12-31\"}],\"objectives\":[{\"id\":\"o\","
            + "\"title\":\"T\",\"cycle\":\"2026-Q4\",\"keyResults\":[{\"id\":\"k\","
            + "\"title\":\"t\"}]}]}",
        out);
    assertEquals("{\"okr\":\"1.0\"}", json.writeCompact(OkrSet.empty()));
  }

  @Test
  void nonDefaultValuesAreWritten() {
    Objective committed =
        Objective.builder().id("o").title("T").cycle("c").type(ObjectiveType.COMMITTED)
            .weight(new BigDecimal("1.0")).build();
    String out = json.writeCompact(OkrSet.of(List.of(), List.of(committed)));
    assertTrue(out.contains("\"type\":\"committed\""), out);
    // 1.0 is not the default 1: its scale is kept
    assertTrue(out.contains("\"weight\":1.0"), out);
  }

  @Test
  void baselineAndTargetUseTheShortestFormThatLosesNothing() {
    assertEquals(
        "{\"id\":\"k\",\"title\":\"t\",\"baseline\":4.1,\"target\":4.8}",
        compactKeyResult(KeyResult.metric("k", "t", 4.1, 4.8)));
    KeyResult dated =
        KeyResult.builder().id("k").title("t")
            .baseline(Baseline.of(new BigDecimal("4.1"), LocalDate.of(2026, 10, 1)))
            .target(Target.builder().value(new BigDecimal("4.8")).putExtensions("x-a", "1").build())
            .build();
    assertEquals(
        "{\"id\":\"k\",\"title\":\"t\",\"baseline\":{\"value\":4.1,\"date\":\"2026-10-01\"},"
            + "\"target\":{\"value\":4.8,\"x-a\":1}}",
        compactKeyResult(dated));
    KeyResult bound = KeyResult.threshold("k", "t", Target.atMost(2));
    assertEquals(
        "{\"id\":\"k\",\"title\":\"t\",\"kind\":\"threshold\",\"target\":{\"atMost\":2.0}}",
        compactKeyResult(bound));
  }

  @Test
  void extensionFieldsAreWrittenBackUnchanged() throws OkrJsonException {
    String document =
        "{\"okr\":\"1.0\",\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"cycle\":\"c\","
            + "\"x-deep\":{\"a\":[1,2.50,{\"b\":null}],\"e\":\"\\u00e9\"}}],\"x-n\":1e3}";
    OkrSet set = json.read(document);
    String written = json.writeCompact(set);
    assertTrue(written.contains("\"x-deep\":{\"a\":[1,2.50,{\"b\":null}],\"e\":\"é\"}"), written);
    assertTrue(written.endsWith(",\"x-n\":1e3}"), written);
    assertEquals(set, json.read(written));
    assertEquals(set, json.read(json.write(set)));
    assertEquals(set, json.read(json.writePretty(set)));
  }

  @Test
  void canonicalLayoutIsOneFieldPerLineWithTwoSpaces() {
    String out = json.write(setOf(KeyResult.milestone("k", "t")
        .withCheckIns(List.of(CheckIn.ofDone(NOV_1, true)))));
    assertTrue(out.startsWith("{\n  \"okr\": \"1.0\",\n  \"cycles\": [\n    {\n      \"id\""),
        out);
    assertTrue(out.contains("\n              \"done\": true\n"), out);
    assertTrue(out.endsWith("}\n"));
    assertFalse(out.contains("\r"));
  }

  @Test
  void prettyLayoutKeepsCheckInsOnOneLine() {
    String out = json.writePretty(setOf(KeyResult.milestone("k", "t")
        .withCheckIns(List.of(CheckIn.ofDone(NOV_1, false).withNote("late")))));
    assertTrue(
        out.contains("\n            { \"date\": \"2026-11-01\", \"done\": false, \"note\": \"late\" }\n"),
        out);
    assertTrue(out.contains(
        "{ \"id\": \"2026-Q4\", \"name\": \"Q4 2026\", \"start\": \"2026-10-01\","
            + " \"end\": \"2026-12-31\" }"), out);
  }

  @Test
  void compactLayoutHasNoWhitespace() {
    String out = json.writeCompact(setOf(KeyResult.metric("k", "a title", 1, 2)));
    String outsideStrings = out.replaceAll("\"[^\"]*\"", "\"\"");
    assertFalse(outsideStrings.matches("(?s).*\\s.*"), out);
  }

  @Test
  void streamsAndFilesGetUtf8InTheConfiguredStyle(@TempDir Path dir) throws IOException {
    OkrSet set = setOf(KeyResult.metric("k", "Zufriedenheit erhöhen ✓", 1, 2));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.withStyle(OkrJson.Style.COMPACT).write(set, out);
    assertEquals(json.writeCompact(set), out.toString(StandardCharsets.UTF_8));
    Path file = dir.resolve("okrs.json");
    json.write(set, file);
    assertEquals(json.write(set), Files.readString(file, StandardCharsets.UTF_8));
    assertEquals(set, json.read(file));
    assertEquals(OkrJson.Style.CANONICAL, json.style());
  }

  @Test
  void datesOutsideFourDigitYearsAreRejectedOnWrite() {
    OkrSet set = OkrSet.of(
        List.of(Cycle.of("far", LocalDate.of(10000, 1, 1), LocalDate.of(10000, 2, 1))), List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> json.write(set));
    assertTrue(String.valueOf(e.getMessage()).startsWith("cycle 'far': start must be within years"), e.getMessage());
  }

  @Test
  void extensionThatIsNotJsonIsRejectedOnWrite() {
    OkrSet set = OkrSet.builder().putExtensions("x-bad", "{not json").build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> json.writeCompact(set));
    assertTrue(String.valueOf(e.getMessage()).startsWith("set '': extension x-bad must hold one JSON value"),
        e.getMessage());
    OkrSet two = OkrSet.builder().putExtensions("x-two", "1 2").build();
    assertThrows(IllegalArgumentException.class, () -> json.writeCompact(two));
  }

  @Test
  void kindsAndLevelsAreWrittenInLowerCase() {
    KeyResult kr = KeyResult.builder().id("k").title("t").kind(KeyResultKind.THRESHOLD).build();
    assertTrue(compactKeyResult(kr).contains("\"kind\":\"threshold\""));
  }
}
