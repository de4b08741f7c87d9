package org.okrkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void quarterFactoryCoversTheCalendarQuarterInclusive() {
    Cycle q4 = Cycle.quarter(2026, 4);
    assertEquals("2026-Q4", q4.id());
    assertEquals("Q4 2026", q4.name().orElseThrow());
    assertEquals(LocalDate.of(2026, 10, 1), q4.start());
    assertEquals(LocalDate.of(2026, 12, 31), q4.end());
    assertEquals(92, q4.lengthInDays());
    assertTrue(q4.contains(LocalDate.of(2026, 12, 31)));
    assertFalse(q4.contains(LocalDate.of(2027, 1, 1)));
  }

  @Test
  void yearFactoryCoversTheWholeYear() {
    Cycle y = Cycle.year(2024);
    assertEquals(366, y.lengthInDays());
    assertEquals("2024", y.id());
  }

  @Test
  void quarterOutsideOneToFourIsRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> Cycle.quarter(2026, 5));
    assertEquals("quarter must be within 1..4, was 5", e.getMessage());
  }

  @Test
  void cycleEndingBeforeItStartsIsRejectedNamingTheId() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Cycle.of("q", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)));
    assertEquals(
        "cycle 'q': end must not be before start 2026-03-01, was 2026-02-01", e.getMessage());
  }

  @Test
  void negativeWeightIsRejectedNamingIdFieldAndValue() {
    KeyResult kr = KeyResult.metric("cs-1", "Increase CSAT from 4.1 to 4.8", 4.1, 4.8);
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> kr.withWeight(BigDecimal.valueOf(-2)));
    assertEquals("key result 'cs-1': weight must be >= 0, was -2", e.getMessage());
  }

  @Test
  void zeroWeightMeansTrackedNotCountedAndIsAllowed() {
    Objective o = Objective.of("o", "Delight customers", "2026-Q4").withWeight(BigDecimal.ZERO);
    assertEquals(BigDecimal.ZERO, o.weight());
    var e = assertThrows(IllegalArgumentException.class, () -> o.withWeight(new BigDecimal("-0.5")));
    assertEquals("objective 'o': weight must be >= 0, was -0.5", e.getMessage());
  }

  @Test
  void parentKeyResultWithoutParentIsRejectedNamingBoth() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Objective.of("team", "Help", "2026-Q4").withParentKeyResult("cs-1"));
    assertEquals(
        "objective 'team': parentKeyResult 'cs-1' needs a parent: the objective that key result"
            + " belongs to",
        e.getMessage());
  }

  @Test
  void keyResultDueBeforeItStartsIsRejected() {
    KeyResult kr = KeyResult.metric("k", "Grow from 1 to 2", 1, 2).withStart(LocalDate.of(2026, 11, 1));
    var e = assertThrows(IllegalArgumentException.class, () -> kr.withDue(LocalDate.of(2026, 10, 1)));
    assertEquals(
        "key result 'k': due 2026-10-01 must not be before start 2026-11-01", e.getMessage());
  }

  @Test
  void decimalsStayExactThroughDoubleFactories() {
    KeyResult kr = KeyResult.metric("cs-1", "Increase CSAT from 4.1 to 4.8", 4.1, 4.8);
    assertEquals(new BigDecimal("4.1"), kr.baseline().orElseThrow().value());
    assertEquals(new BigDecimal("4.8"), kr.target().orElseThrow().value());
  }

  @Test
  void nonFiniteNumbersAreRejected() {
    var e = assertThrows(IllegalArgumentException.class, () -> Baseline.of(Double.NaN));
    assertEquals("baseline value must be a finite number, was NaN", e.getMessage());
  }

  @Test
  void negativeAndFractionalValuesAreOrdinary() {
    KeyResult kr = KeyResult.metric("net", "Move net flow from -2.5 to 1.25", -2.5, 1.25);
    assertEquals(new BigDecimal("-2.5"), kr.baseline().orElseThrow().value());
  }

  @Test
  void confidenceOutsideUnitIntervalIsRejected() {
    CheckIn c = CheckIn.of(LocalDate.of(2026, 11, 1), 4.45);
    var e = assertThrows(IllegalArgumentException.class, () -> c.withConfidence(1.5));
    assertEquals("check-in '2026-11-01': confidence must be within 0.0..1.0, was 1.5", e.getMessage());
  }

  @Test
  void checkInNeedsExactlyOneOfValueAndDone() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CheckIn.builder().date(LocalDate.of(2026, 11, 1)).build());
    assertEquals(
        "check-in '2026-11-01': exactly one of value, delta, done and zone must be given, was neither",
        e.getMessage());
  }

  @Test
  @SuppressWarnings("NullAway") // passing null is the point
  void nullArgumentsFailFastNamingTheField() {
    var e = assertThrows(NullPointerException.class, () -> Objective.builder().title(null));
    assertEquals("title", e.getMessage());
  }

  @Test
  void defaultsAreAspirationalMetricAndWeightOne() {
    KeyResult kr = KeyResult.builder().id("k").title("Grow revenue from 1 to 2").build();
    Objective o = Objective.of("o", "Grow", "c", kr);
    assertEquals(KeyResultKind.METRIC, kr.kind());
    assertEquals(BigDecimal.ONE, kr.weight());
    assertEquals(ObjectiveType.ASPIRATIONAL, o.type());
    assertEquals(BigDecimal.ONE, o.weight());
  }

  @Test
  void extensionNamesMustStartWithX() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Cycle.builder().from(Cycle.year(2026)).putExtensions("color", "\"red\"").build());
    assertEquals(
        "cycle '2026': extension field names must start with 'x-', was 'color'", e.getMessage());
  }

  @Test
  void setLooksUpByIdFirstMatchWins() {
    Objective a = Objective.of("a", "First", "c");
    Objective a2 = Objective.of("a", "Second", "c");
    OkrSet set = OkrSet.builder().addObjectives(a, a2).addCycles(Cycle.year(2026)).build();
    assertEquals("First", set.objective("a").orElseThrow().title());
    assertTrue(set.cycle("2026").isPresent());
    assertTrue(set.objective("zzz").isEmpty());
  }

  @Test
  void plusCheckInAppendsWithoutTouchingTheOriginal() {
    KeyResult kr = KeyResult.milestone("m", "Publish the handbook");
    KeyResult done = kr.plusCheckIn(CheckIn.ofDone(LocalDate.of(2026, 11, 20), true));
    assertEquals(0, kr.checkIns().size());
    assertEquals(1, done.checkIns().size());
  }
}
