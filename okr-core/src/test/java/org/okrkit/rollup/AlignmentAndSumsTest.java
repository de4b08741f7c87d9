package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * Alignment to a key result, support links, value-sum cascades and weight 0: one worked example
 * each (the numbers of docs/rollup.md).
 */
class AlignmentAndSumsTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static KeyResult kr(String id, int value) {
    return KeyResult.metric(id, "Move " + id, 0, 100).plusCheckIn(CheckIn.of(NOV_1, value));
  }

  private static Objective objective(String id, KeyResult... krs) {
    return Objective.of(id, "Objective " + id, Q4.id(), krs);
  }

  private static KeyResult revenue(String id, int baseline, int target) {
    return KeyResult.metric(id, "Grow revenue " + id, baseline, target).withUnit("USD");
  }

  @Test
  void anObjectiveAlignedToAKeyResultCountsTowardThatKeyResultNotAsAChild() {
    // cs: cs-1 own 0.4, cs-2 0.8; team aligned to cs-1 with roll-up 0.6 (weight 1):
    // cs-1 counts (1 × 0.4 + 1 × 0.6) / 2 = 0.5, so cs = (0.5 + 0.8) / 2 = 0.65.
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("cs", kr("cs-1", 40), kr("cs-2", 80)),
                objective("team", kr("t-1", 60)).withParent("cs").withParentKeyResult("cs-1")));
    RollupResult r = Rollup.defaults().compute(set, NOV_15);
    assertEquals(d("0.65"), r.node("cs").orElseThrow().rollup().orElseThrow());
    assertEquals(List.of("team"), r.node("cs").orElseThrow().childIds());
    // Aligned to the objective instead, the team is one item of three: (0.4 + 0.8 + 0.6) / 3.
    OkrSet plain = set.withObjectives(List.of(set.objectives().get(0), set.objectives().get(1).withParentKeyResult(java.util.Optional.empty())));
    assertEquals(d("0.6"), Rollup.defaults().compute(plain, NOV_15).node("cs").orElseThrow().rollup().orElseThrow());
  }

  @Test
  void aSupportLinkIsShownButNeverCounted() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("cs", kr("cs-1", 40)),
                objective("helper", kr("h-1", 100)).withParent("cs").withLink(AlignmentLink.SUPPORT),
                objective("dup", kr("d-1", 10)).withParent("cs").withLink(AlignmentLink.SUPPORT),
                objective("dup")));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    ObjectiveRollup cs = r.node("cs").orElseThrow();
    assertEquals(d("0.4"), cs.rollup().orElseThrow());
    assertEquals(List.of("helper", "dup"), cs.childIds());
    assertFalse(cs.children().get(0).counts());
    // a broken supporting objective does not blank the one it supports
    assertTrue(cs.problem().isEmpty());
  }

  @Test
  void aKeyResultParentThatTheParentDoesNotHaveIsAProblemNamingAllThree() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("cs", kr("cs-1", 40)),
                objective("team", kr("t-1", 60)).withParent("cs").withParentKeyResult("cs-9")));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals("objective 'team': parentKeyResult 'cs-9' is not a key result of parent 'cs'", e.getMessage());
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    assertEquals(List.of("team", "cs", "cs-9"), r.problems().get(0).ids());
    assertFalse(r.node("team").orElseThrow().isDefined());
    assertFalse(r.node("cs").orElseThrow().isDefined());
  }

  @Test
  void aValueSumKeyResultsCurrentIsTheSumOfItsSourcesAsOfEveryDate() {
    // company revenue 100 → 200 (USD) = emea + apac; emea 40 → 120, apac 60 → 80.
    KeyResult emea =
        revenue("emea-1", 40, 120)
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 10, 15), 70))
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 10), 90));
    KeyResult apac = revenue("apac-1", 60, 80).plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 1), 70));
    KeyResult total =
        revenue("rev-1", 100, 200)
            .withSumOf(List.of("emea-1", "apac-1"))
            .plusCheckIn(CheckIn.of(NOV_1, 999)); // ignored
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("co", total),
                objective("emea", emea).withParent("co"),
                objective("apac", apac).withParent("co")));
    // 15 November: 90 + 70 = 160, (160 − 100) / 100 = 0.6.
    ObjectiveRollup co = Rollup.defaults().compute(set, NOV_15).node("co").orElseThrow();
    assertEquals(d("160"), co.score().keyResults().get(0).current().orElseThrow());
    assertEquals(d("0.6"), co.score().score().orElseThrow());
    // 20 October: 70 + 60 (apac at its baseline) = 130.
    ObjectiveRollup oct =
        Rollup.defaults().compute(set, LocalDate.of(2026, 10, 20)).node("co").orElseThrow();
    assertEquals(d("130"), oct.score().keyResults().get(0).current().orElseThrow());
    // before any source moved, the parent is at its own baseline
    ObjectiveRollup start = Rollup.defaults().compute(set, LocalDate.of(2026, 10, 2)).node("co").orElseThrow();
    assertEquals(d("100"), start.score().keyResults().get(0).current().orElseThrow());
  }

  @Test
  void valueSumsNestAndSumSumsLeavesFirst() {
    KeyResult a = revenue("a", 0, 10).plusCheckIn(CheckIn.of(NOV_1, 3));
    KeyResult b = revenue("b", 0, 10).plusCheckIn(CheckIn.of(NOV_1, 4));
    KeyResult ab = revenue("ab", 0, 20).withSumOf(List.of("a", "b"));
    KeyResult top = revenue("top", 0, 40).withSumOf(List.of("ab", "c"));
    KeyResult c = revenue("c", 0, 20).plusCheckIn(CheckIn.of(NOV_15, 13));
    OkrSet set = OkrSet.of(List.of(Q4), List.of(objective("x", top, ab), objective("y", a, b, c)));
    ObjectiveRollup x = Rollup.defaults().compute(set, NOV_15).node("x").orElseThrow();
    assertEquals(d("20"), x.score().keyResults().get(0).current().orElseThrow());
    assertEquals(d("7"), x.score().keyResults().get(1).current().orElseThrow());
  }

  @Test
  void aValueSumInAnotherUnitIsAClearErrorNamingBothIdsAndUnits() {
    KeyResult eur = KeyResult.metric("emea-1", "Grow EMEA revenue", 1, 2).withUnit("EUR");
    KeyResult total = revenue("rev-1", 1, 2).withSumOf(List.of("emea-1"));
    OkrSet set = OkrSet.of(List.of(Q4), List.of(objective("co", total), objective("emea", eur)));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals(
        "key result 'rev-1' (unit 'USD') sums key result 'emea-1' (unit 'EUR'): units must match",
        e.getMessage());
    assertEquals(RollupProblem.Kind.SUM_UNIT_MISMATCH, e.kind());
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    assertFalse(r.node("co").orElseThrow().isDefined());
    assertTrue(r.node("emea").orElseThrow().isDefined());
  }

  @Test
  void valueSumCyclesAreReportedLikeAlignmentCycles() {
    KeyResult a = revenue("a", 0, 10).withSumOf(List.of("b"));
    KeyResult b = revenue("b", 0, 10).withSumOf(List.of("a"));
    KeyResult c = revenue("c", 0, 10).withSumOf(List.of("a"));
    OkrSet set = OkrSet.of(List.of(Q4), List.of(objective("x", a, b), objective("y", c), objective("z", kr("z", 5))));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals(
        "value-sum cycle: 'a' → 'b' → 'a' (a key result cannot sum itself, even indirectly)",
        e.getMessage());
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    assertEquals(1, r.problems().size());
    assertEquals(RollupProblem.Kind.SUM_CYCLE, r.node("y").orElseThrow().problem().orElseThrow().kind());
    assertTrue(r.node("z").orElseThrow().isDefined());
  }

  @Test
  void aMissingSumSourceIsNamed() {
    OkrSet set = OkrSet.of(List.of(Q4), List.of(objective("x", revenue("t", 0, 1).withSumOf(List.of("ghost")))));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals("key result 't': sumOf names 'ghost', which no key result has", e.getMessage());
  }

  @Test
  void weightZeroIsTrackedNotCountedAndAllZeroIsUndefinedNeverNaN() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("co", kr("c-1", 50)),
                objective("tracked", kr("t-1", 100)).withParent("co").withWeight(BigDecimal.ZERO),
                objective("zero", kr("z-1", 80).withWeight(BigDecimal.ZERO))));
    RollupResult r = Rollup.defaults().compute(set, NOV_15);
    assertEquals(d("0.5"), r.node("co").orElseThrow().rollup().orElseThrow());
    assertEquals(List.of("tracked"), r.node("co").orElseThrow().childIds());
    assertEquals(d("1"), r.node("tracked").orElseThrow().rollup().orElseThrow());
    ObjectiveRollup zero = r.node("zero").orElseThrow();
    assertFalse(zero.isDefined());
    assertEquals(
        "objective 'zero': every item with a score weighs 0 (tracked, not counted)",
        zero.undefinedReason().orElseThrow());
  }

  @Test
  void aSumOfAGoodSumAndASumOnACycleInheritsTheCycleInATolerantRollup() {
    // loop sums itself; fed sums loop; good sums a plain key result; top sums good and fed.
    // top is left over by Kahn's pass with one source fine and one found broken by an earlier
    // walk: it inherits the cycle (it once failed with a NullPointerException).
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("a", KeyResult.metric("loop", "Loop", 0, 10).withSumOf(List.of("loop"))),
                objective("b", KeyResult.metric("good", "Good", 0, 10).withSumOf(List.of("plain"))),
                objective("c", kr("plain", 5)),
                objective("d", KeyResult.metric("fed", "Fed", 0, 10).withSumOf(List.of("loop"))),
                objective("e", KeyResult.metric("top", "Top", 0, 10).withSumOf(List.of("good", "fed")))));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    assertEquals(List.of("loop"), r.node("e").orElseThrow().problem().orElseThrow().ids());
    assertTrue(r.node("b").orElseThrow().isDefined());
  }
}
