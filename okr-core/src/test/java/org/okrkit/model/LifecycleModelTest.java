package org.okrkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleModelTest {
  private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);
  private static final LocalDate AUG_3 = LocalDate.of(2026, 8, 3);
  private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static KeyResult csat() {
    return KeyResult.metric("k", "Raise CSAT from 4.1 to 4.6", d("4.1"), d("4.6"))
        .withChanges(List.of(Change.ofTarget(AUG_3, d("4.8"), d("4.6"), "new scale")));
  }

  @Test
  void targetBeforeTheFirstChangeIsItsFromValue() {
    assertEquals(Optional.of(Target.of(d("4.8"))), csat().targetOn(JUL_1));
    assertEquals(Optional.of(Target.of(d("4.8"))), csat().targetOn(AUG_3.minusDays(1)));
  }

  @Test
  void targetFromTheChangeDayOnIsTheKeyResultsOwn() {
    assertEquals(Optional.of(Target.of(d("4.6"))), csat().targetOn(AUG_3));
    assertEquals(Optional.of(Target.of(d("4.6"))), csat().targetOn(SEP_1));
  }

  @Test
  void betweenTwoChangesTheEarlierOnesToIsInForce() {
    KeyResult kr = csat().withChanges(List.of(
        Change.ofTarget(SEP_1, d("4.7"), d("4.6"), "second"),
        Change.ofTarget(AUG_3, d("4.8"), d("4.7"), "first")));
    assertEquals(Optional.of(Target.of(d("4.8"))), kr.targetOn(JUL_1));
    assertEquals(Optional.of(Target.of(d("4.7"))), kr.targetOn(AUG_3.plusDays(3)));
    assertEquals(Optional.of(Target.of(d("4.6"))), kr.targetOn(SEP_1));
  }

  @Test
  void targetChangeKeepsTheSideOfABound() {
    KeyResult kr = KeyResult.threshold("k", "Keep uptime at or above 99.9%", Target.atLeast(d("99.9")))
        .withChanges(List.of(Change.ofTarget(AUG_3, d("99.5"), d("99.9"), "new SLA")));
    assertEquals(Optional.of(Target.atLeast(d("99.5"))), kr.targetOn(JUL_1));
  }

  @Test
  void baselineChangeKeepsTheBaselineDate() {
    KeyResult kr = KeyResult.builder().from(csat())
        .baseline(Baseline.of(d("4.0"), JUL_1))
        .changes(List.of(Change.ofBaseline(AUG_3, d("4.1"), d("4.0"), "re-measured")))
        .build();
    assertEquals(Optional.of(Baseline.of(d("4.1"), JUL_1)), kr.baselineOn(JUL_1));
    assertEquals(kr.baseline(), kr.baselineOn(AUG_3));
  }

  @Test
  void inForceOnIsItselfWithoutChangesOrAfterTheLast() {
    KeyResult plain = KeyResult.metric("k", "t", d("1"), d("2"));
    assertSame(plain, plain.inForceOn(JUL_1));
    KeyResult kr = csat();
    assertSame(kr, kr.inForceOn(SEP_1));
    assertEquals(Optional.of(Target.of(d("4.8"))), kr.inForceOn(JUL_1).target());
    assertEquals(kr.changes(), kr.inForceOn(JUL_1).changes());
  }

  @Test
  void changesOfOtherFieldsDoNotMoveTheTarget() {
    KeyResult kr = csat().withChanges(List.of(Change.ofAdded(AUG_3, "split")));
    assertEquals(kr.target(), kr.targetOn(JUL_1));
    assertSame(kr, kr.inForceOn(JUL_1));
  }

  @Test
  void addedChangeWithValuesIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Change.builder().date(AUG_3).field(ChangeField.ADDED).to(d("1")).build());
    assertTrue(String.valueOf(e.getMessage()).startsWith("change '2026-08-03': an 'added' change"));
  }

  @Test
  void targetChangeWithoutFromIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Change.builder().date(AUG_3).field(ChangeField.TARGET).to(d("1")).build());
    assertEquals("change '2026-08-03': a target change must have both from and to, was missing"
        + " from", e.getMessage());
  }

  @Test
  void closeOutIsClosedOnlyWithADate() {
    CloseOut open = CloseOut.builder().retrospective("went well").build();
    assertFalse(open.isClosed());
    assertTrue(open.withDate(SEP_1).isClosed());
    Objective o = Objective.of("o", "T", "q", csat()).withClose(CloseOut.on(SEP_1).withOutcome(
        Outcome.MISSED));
    assertTrue(o.isClosed());
    assertEquals(Optional.of(Outcome.MISSED), o.outcome());
    assertFalse(o.withClose(open).isClosed());
  }

  @Test
  void finalScoreIsTheAdjustedOneWhenGiven() {
    CloseOut c = CloseOut.on(SEP_1).withComputedScore(d("0.9"));
    assertEquals(Optional.of(d("0.9")), c.finalScore());
    assertEquals(Optional.of(d("0.7")), c.withAdjustedScore(d("0.7")).finalScore());
  }

  @Test
  void adjustedScoreOutsideTheScaleIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CloseOut.on(SEP_1).withAdjustedScore(d("1.2")));
    assertEquals("close-out '2026-09-01': adjustedScore must be within 0.0..1.0, was 1.2",
        e.getMessage());
  }

  @Test
  void spellingsRoundTrip() {
    for (Outcome o : Outcome.values()) {
      assertEquals(Optional.of(o), Outcome.ofSpelling(o.spelling()));
    }
    assertEquals("partially-achieved", Outcome.PARTIALLY_ACHIEVED.spelling());
    for (Decision x : Decision.values()) {
      assertEquals(Optional.of(x), Decision.ofSpelling(x.spelling()));
    }
    assertEquals(Optional.empty(), Decision.ofSpelling("KEEP"));
    assertFalse(Decision.ABANDON.carriesForward());
    assertTrue(Decision.DEFER.carriesForward());
  }

  @Test
  void corridorContainsBothEnds() {
    Corridor c = Corridor.of(d("1"), d("2"));
    assertTrue(c.contains(d("1")));
    assertTrue(c.contains(d("2.0")));
    assertFalse(c.contains(d("2.01")));
    assertTrue(Corridor.atLeast(d("1")).contains(d("1000")));
    assertFalse(Corridor.atMost(d("1")).contains(d("1000")));
  }

  @Test
  void corridorWithMaxBelowMinIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Corridor.of(d("2"), d("1")));
    assertEquals("corridor '2..1': max must not be below min 2, was 1", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Corridor.builder().build());
  }

  @Test
  void watchCorridorNeedsAHealthyOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Kpi.builder().id("nps").title("NPS").watch(Corridor.atLeast(d("20"))).build());
    assertEquals("kpi 'nps': a watch corridor needs a healthy corridor, was none", e.getMessage());
  }

  @Test
  void initiativeProgressOutsideTheScaleIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Initiative.of("i", "Work", "k").withProgress(d("-0.1")));
    assertEquals("initiative 'i': progress must be within 0.0..1.0, was -0.1", e.getMessage());
  }

  @Test
  void initiativesForAKeyResultAreInDocumentOrderAndOnceEach() {
    Initiative a = Initiative.of("a", "A", "k", "k");
    Initiative b = Initiative.of("b", "B", "x", "k");
    OkrSet set = OkrSet.builder().addInitiatives(a, b).build();
    assertEquals(List.of(a, b), set.initiativesFor("k"));
    assertEquals(List.of(), set.initiativesFor("nothing"));
    assertEquals(Optional.of(b), set.initiative("b"));
  }
}
