package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;

/**
 * "confidenceScale" in "scoring": the check-ins' confidences are given on it, wherever the
 * "scoring" object stands in the document; read, written back as given, refused when off the scale.
 */
class ConfidenceScaleFormatTest {
  private static final String CHECK_INS =
      "\"objectives\": [{\"id\": \"o\", \"title\": \"Shop\", \"cycle\": \"q\", \"keyResults\": ["
          + "{\"id\": \"k\", \"title\": \"Grow\", \"baseline\": 1, \"target\": 2, \"checkIns\": ["
          + "{\"date\": \"2026-10-15\", \"value\": 1, \"confidence\": FIRST},"
          + "{\"date\": \"2026-10-22\", \"value\": 1},"
          + "{\"date\": \"2026-11-01\", \"value\": 1.5, \"confidence\": SECOND}]}]}]";

  /** The document with "scoring" after the check-ins (as the writer puts it) or before them. */
  private static String doc(String scale, String first, String second, boolean scoringFirst) {
    String scoring = scale.isEmpty() ? "" : "\"scoring\": {\"confidenceScale\": \"" + scale + "\"}";
    String objectives = CHECK_INS.replace("FIRST", first).replace("SECOND", second);
    String cycles = "\"cycles\": [{\"id\": \"q\", \"start\": \"2026-10-01\", \"end\": \"2026-12-31\"}]";
    if (scoring.isEmpty()) {
      return "{\"okr\": \"1.0\", " + cycles + ", " + objectives + "}";
    }
    return scoringFirst
        ? "{\"okr\": \"1.0\", " + scoring + ", " + cycles + ", " + objectives + "}"
        : "{\"okr\": \"1.0\", " + cycles + ", " + objectives + ", " + scoring + "}";
  }

  private static List<CheckIn> checkIns(OkrSet set) {
    return set.objectives().get(0).keyResults().get(0).checkIns();
  }

  @Test
  void confidencesOnTheDocumentsScaleAreNormalisedAndKeptAsGivenWhereverScoringStands()
      throws Exception {
    for (boolean first : new boolean[] {false, true}) {
      OkrSet set = OkrJson.defaults().read(doc("0-10", "7", "0.5", first));
      assertEquals(Optional.of(ConfidenceScale.ZERO_TO_TEN), set.scoring().orElseThrow().confidenceScale());
      CheckIn a = checkIns(set).get(0);
      assertEquals(new BigDecimal("0.7"), a.confidence().orElseThrow());
      assertEquals(Optional.of("7"), a.confidenceAsGiven());
      // 0.5 on 0-10 is 0.05, not a half: the scale applies to every check-in, read before or after
      CheckIn b = checkIns(set).get(2);
      assertEquals(0, new BigDecimal("0.05").compareTo(b.confidence().orElseThrow()), b.toString());
      assertEquals(Optional.of("0.5"), b.confidenceAsGiven());
      assertEquals(Optional.empty(), checkIns(set).get(1).confidence());
      assertEquals(set, OkrJson.defaults().read(OkrJson.defaults().write(set)));
    }
    OkrSet words = OkrJson.defaults().read(doc("red-amber-green", "\"amber\"", "\"green\"", false));
    assertEquals(new BigDecimal("0.5"), checkIns(words).get(0).confidence().orElseThrow());
    assertEquals(new BigDecimal("0.8"), checkIns(words).get(2).confidence().orElseThrow());
    assertEquals(Optional.of("green"), checkIns(words).get(2).confidenceAsGiven());
    OkrSet ones = OkrJson.defaults().read(doc("1-10", "1", "5.5", true));
    assertEquals(0, BigDecimal.ZERO.compareTo(checkIns(ones).get(0).confidence().orElseThrow()));
    assertEquals(0, new BigDecimal("0.5").compareTo(checkIns(ones).get(2).confidence().orElseThrow()));
  }

  @Test
  void theWriterWritesEachConfidenceAsGivenWithTheScaleSoTheRoundTripIsExact() throws Exception {
    OkrSet set = OkrJson.defaults().read(doc("low-medium-high", "\"low\"", "\"high\"", true));
    String written = OkrJson.defaults().write(set);
    assertTrue(written.contains("\"confidence\": \"low\""), written);
    assertTrue(written.contains("\"confidence\": \"high\""), written);
    assertTrue(written.contains("\"confidenceScale\": \"low-medium-high\""), written);
    assertEquals(set, OkrJson.defaults().read(written));
    String tens = OkrJson.defaults().write(OkrJson.defaults().read(doc("0-10", "7.50", "10", false)));
    assertTrue(tens.contains("\"confidence\": 7.50"), tens);
    assertEquals(Set.of(), OkrJsonSchemaTest.validate(written));
    assertEquals(Set.of(), OkrJsonSchemaTest.validate(tens));
  }

  /**
   * Objectives of several key results whose check-ins carry {@code confidences} in turn (a JSON
   * value each, or none for ""), after a first line holding "scoring" (when {@code scoringFirst})
   * and before a last line holding it otherwise, so every check-in has the same line and column
   * either way; on one line each ({@code pretty}) or all on the second.
   */
  private static String many(String scale, List<String> confidences, boolean scoringFirst,
      boolean pretty, String badWeight) {
    String scoring = "\"scoring\": {\"confidenceScale\": \"" + scale + "\"}";
    String nl = pretty ? "\n" : " ";
    StringBuilder b = new StringBuilder("{\"okr\": \"1.0\"")
        .append(scoringFirst ? ", " + scoring : "").append(",\n\"cycles\": [{\"id\": \"q\","
            + " \"start\": \"2026-10-01\", \"end\": \"2026-12-31\"}],").append(nl)
        .append("\"objectives\": [");
    int c = 0;
    for (int o = 0; o < 3; o++) {
      b.append(o == 0 ? "" : ",").append(nl).append("{\"id\": \"o").append(o)
          .append("\", \"title\": \"Shop\", \"cycle\": \"q\", \"keyResults\": [");
      for (int k = 0; k < 3; k++) {
        b.append(k == 0 ? "" : ",").append(nl).append("{\"id\": \"k").append(o).append(k)
            .append("\", \"title\": \"Grow\", \"baseline\": 1, \"target\": 2, \"weight\": ")
            .append(o == 1 && k == 1 ? badWeight : "1").append(", \"checkIns\": [");
        for (int i = 0; i < 4; i++) {
          String confidence = confidences.get(c++ % confidences.size());
          b.append(i == 0 ? "" : ",").append(nl).append("{\"date\": \"2026-10-1").append(i)
              .append("\", \"value\": 1").append(confidence.isEmpty() ? "" : ", \"confidence\": "
                  + confidence).append("}");
        }
        b.append("]}");
      }
      b.append("]}");
    }
    b.append("]").append(scoringFirst ? "" : ",\n" + scoring).append("\n}");
    return b.toString();
  }

  private static String readOrProblems(String json) {
    try {
      return OkrJson.defaults().write(OkrJson.defaults().read(json));
    } catch (OkrJsonException e) {
      return e.problems().toString();
    }
  }

  @Test
  void confidencesHeldUntilTheScaleEndAsIfTheScaleHadComeFirst() {
    List<List<String>> mixes =
        List.of(
            List.of("0.5", "", "7", "1"),
            List.of("\"high\"", "0.2", "", "\"low\"", "\"hgh\""),
            List.of("11", "0.5", "\"amber\"", "-1", "10"),
            List.of(""));
    for (String scale : List.of("0-10", "1-10", "low-medium-high", "red-amber-green")) {
      for (List<String> mix : mixes) {
        for (boolean pretty : new boolean[] {true, false}) {
          String first = readOrProblems(many(scale, mix, true, pretty, "1"));
          String last = readOrProblems(many(scale, mix, false, pretty, "1"));
          assertEquals(first, last, scale + " " + mix + (pretty ? " pretty" : " on one line"));
        }
      }
    }
  }

  @Test
  void inADocumentWithOtherProblemsTheConfidencesHeldAsGivenAreJudgedInDocumentOrder() {
    // only values that are no 0-1 number are judged when the document has other problems: here
    // every held confidence is one, so the problems are those of the scale read first
    List<String> mix = List.of("7", "\"high\"", "11", "\"gren\"", "");
    for (String scale : List.of("0-10", "red-amber-green")) {
      for (boolean pretty : new boolean[] {true, false}) {
        String first = readOrProblems(many(scale, mix, true, pretty, "-1"));
        String last = readOrProblems(many(scale, mix, false, pretty, "-1"));
        assertTrue(first.contains("weight"), first);
        assertEquals(first, last, scale + (pretty ? " pretty" : " on one line"));
      }
    }
  }

  @Test
  void aValueOffTheScaleIsRefusedWithItsPointerAndWhatTheScaleTakes() {
    for (boolean first : new boolean[] {false, true}) {
      OkrJsonException ten = assertThrows(OkrJsonException.class,
          () -> OkrJson.defaults().read(doc("0-10", "7", "11", first)));
      assertEquals(1, ten.problems().size(), ten.getMessage());
      OkrJsonException.Problem p = ten.problems().get(0);
      assertEquals("/objectives/0/keyResults/0/checkIns/2/confidence", p.pointer());
      assertEquals("expected a number from 0 to 10 (the document's confidenceScale 0-10), got 11",
          p.message());
      assertTrue(p.line() == 1 && p.column() > 1, p.toString());
      OkrJsonException word = assertThrows(OkrJsonException.class,
          () -> OkrJson.defaults().read(doc("red-amber-green", "\"amber\"", "\"gren\"", first)));
      assertEquals("expected one of \"red\", \"amber\", \"green\" (the document's confidenceScale"
          + " red-amber-green), got \"gren\"; did you mean \"green\"?", word.problems().get(0).message());
      OkrJsonException number = assertThrows(OkrJsonException.class,
          () -> OkrJson.defaults().read(doc("low-medium-high", "0.5", "\"high\"", first)));
      assertEquals("/objectives/0/keyResults/0/checkIns/0/confidence", number.problems().get(0).pointer());
      assertTrue(number.getMessage().contains("expected one of \"low\", \"medium\", \"high\""),
          number.getMessage());
      OkrJsonException below = assertThrows(OkrJsonException.class,
          () -> OkrJson.defaults().read(doc("1-10", "0.5", "7", first)));
      assertTrue(below.getMessage().contains("expected a number from 1 to 10"), below.getMessage());
    }
  }

  @Test
  void withoutAScaleConfidencesAreZeroToOneAndAnythingElseSaysHowToNameAScale() {
    OkrJsonException e = assertThrows(OkrJsonException.class,
        () -> OkrJson.defaults().read(doc("", "7", "\"high\"", false)));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("/objectives/0/keyResults/0/checkIns/0/confidence", e.problems().get(0).pointer());
    assertEquals("expected a number from 0 to 1, got 7 (a confidence on another scale needs"
        + " \"confidenceScale\" in \"scoring\": 0-10, 1-10, low-medium-high, red-amber-green)",
        e.problems().get(0).message());
    assertTrue(e.problems().get(1).message().startsWith("expected a number from 0 to 1, got \"high\""));
    OkrJsonException unit = assertThrows(OkrJsonException.class,
        () -> OkrJson.defaults().read(doc("0-1", "0.5", "7", true)));
    assertEquals("/objectives/0/keyResults/0/checkIns/2/confidence", unit.problems().get(0).pointer());
    OkrJsonException scale = assertThrows(OkrJsonException.class,
        () -> OkrJson.defaults().read(doc("stars", "0.5", "0.5", false)));
    assertTrue(scale.getMessage().contains("/scoring/confidenceScale"), scale.getMessage());
    assertTrue(scale.getMessage().contains(
        "expected one of \"0-1\", \"0-10\", \"1-10\", \"low-medium-high\", \"red-amber-green\""),
        scale.getMessage());
  }

  @Test
  void aCheckInTheDocumentsScaleCannotCarryExactlyIsRefusedByTheWriterNamingIt() throws Exception {
    OkrSet plain = OkrJson.defaults().read(doc("", "0.7", "0.5", false));
    ScoringSettings tens = ScoringSettings.builder().confidenceScale(ConfidenceScale.ZERO_TO_TEN).build();
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> OkrJson.defaults().write(withScoring(plain, tens)));
    assertEquals("check-in of 2026-10-15 of key result 'k': confidence 0.7 is not given on the"
        + " document's confidence scale 0-10; give it with CheckIn.withConfidence(ConfidenceScale,"
        + " given)", none.getMessage());
    OkrSet amber = withFirst(plain, checkIns(plain).get(0).withConfidence(ConfidenceScale.RED_AMBER_GREEN, "amber"));
    IllegalArgumentException unit = assertThrows(IllegalArgumentException.class,
        () -> OkrJson.defaults().write(amber));
    assertTrue(String.valueOf(unit.getMessage()).contains("given as 'amber', on another scale than the"
        + " document's 0-1"), unit.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> OkrJson.defaults().write(withScoring(amber, tens)));
    assertTrue(String.valueOf(other.getMessage()).contains("'amber', is not a value of the document's"
        + " confidence scale 0-10 (a number from 0 to 10)"), other.getMessage());
  }

  private static OkrSet withScoring(OkrSet set, ScoringSettings scoring) {
    return OkrSet.builder().from(set).scoring(scoring).build();
  }

  private static OkrSet withFirst(OkrSet set, CheckIn c) {
    var o = set.objectives().get(0);
    var kr = o.keyResults().get(0);
    List<CheckIn> cs = new java.util.ArrayList<>(kr.checkIns());
    cs.set(0, c);
    return set.withObjectives(List.of(o.withKeyResults(List.of(kr.withCheckIns(cs)))));
  }
}
