package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/** Worked examples of {@link RollupResult#apply(Edit)}: what is recomputed, what is shared. */
class IncrementalRollupTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 15);

  private static KeyResult kr(String id, int value) {
    return KeyResult.metric(id, "Move " + id, 0, 100).plusCheckIn(CheckIn.of(NOV_1, value));
  }

  private static Objective objective(String id, KeyResult... krs) {
    return Objective.of(id, "Objective " + id, Q4.id(), krs);
  }

  /** company ← sales ← (east, west); company ← support. */
  private static OkrSet organisation() {
    return OkrSet.of(
        List.of(Q4),
        List.of(
            objective("company", kr("c-1", 50)),
            objective("sales", kr("s-1", 40)).withParent("company"),
            objective("east", kr("e-1", 20), kr("e-2", 60)).withParent("sales"),
            objective("west", kr("w-1", 80)).withParent("sales"),
            objective("support", kr("p-1", 70)).withParent("company")));
  }

  @Test
  void anAddedAndARemovedObjectiveRecomputeOnlyTheChainAboveThemAndShareTheShape() {
    RollupResult dashboard = Rollup.defaults().compute(organisation(), TODAY);
    Objective north = objective("north", kr("n-1", 100)).withParent("sales");
    RollupResult added = dashboard.apply(Edit.objective(north));
    // O(depth): the shape's arrays are the ones computed before, the new objective beside them
    assertSame(dashboard.tree().parent, added.tree().parent);
    assertSame(dashboard.tree().child, added.tree().child);
    for (String id : List.of("sales", "company")) {
      assertNotSame(dashboard.node(id).orElseThrow(), added.node(id).orElseThrow(), id);
    }
    for (String id : List.of("east", "west", "support")) {
      assertSame(dashboard.node(id).orElseThrow(), added.node(id).orElseThrow(), id);
    }
    OkrSet withNorth = Edit.objective(north).applyTo(organisation());
    RollupComparison.assertSameRollup(Rollup.defaults().compute(withNorth, TODAY), added, "added");
    assertEquals(withNorth, added.set());

    RollupResult removed = added.apply(Edit.removeObjective("west"));
    assertSame(dashboard.tree().parent, removed.tree().parent);
    assertSame(added.node("east").orElseThrow(), removed.node("east").orElseThrow());
    assertEquals(java.util.Optional.empty(), removed.node("west"));
    OkrSet withoutWest = Edit.removeObjective("west").applyTo(withNorth);
    RollupComparison.assertSameRollup(Rollup.defaults().compute(withoutWest, TODAY), removed, "removed");
    assertEquals(withoutWest, removed.set());
    // removing an objective others align to leaves them dangling: refused as a recompute would
    assertThrows(AlignmentException.class, () -> removed.apply(Edit.removeObjective("sales")));
  }

  @Test
  void aCheckInArrivesAndOnlyTheChainAboveItIsRecomputed() {
    RollupResult dashboard = Rollup.defaults().compute(organisation(), TODAY);
    RollupResult next = dashboard.apply(Edit.checkIn("e-1", CheckIn.of(TODAY, new BigDecimal("100"))));
    // east: (1 + 0.6) / 2 = 0.8; sales: (0.4 + 0.8 + 0.8) / 3; company: (0.5 + sales + 0.7) / 3
    assertEquals(new BigDecimal("0.8"), next.node("east").orElseThrow().rollup().orElseThrow());
    for (String id : List.of("east", "sales", "company")) {
      assertNotSame(dashboard.node(id).orElseThrow(), next.node(id).orElseThrow(), id);
    }
    assertSame(dashboard.node("west").orElseThrow(), next.node("west").orElseThrow());
    assertSame(dashboard.node("support").orElseThrow(), next.node("support").orElseThrow());
    OkrSet edited = organisation().withCheckIn("e-1", CheckIn.of(TODAY, new BigDecimal("100")));
    RollupComparison.assertSameRollup(Rollup.defaults().compute(edited, TODAY), next, "check-in");
    assertEquals(edited, next.set());
    // The roll-up it came from is untouched.
    assertEquals(new BigDecimal("0.4"), dashboard.node("east").orElseThrow().rollup().orElseThrow());
  }

  @Test
  void aCheckInOnASumSourceRecomputesTheValueSumOutsideTheChain() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("total", KeyResult.metric("all", "Grow revenue", 0, 300).withSumOf(List.of("a", "b"))),
                objective("team-a", kr("a", 50)),
                objective("team-b", kr("b", 70)),
                objective("other", kr("x", 10))));
    RollupResult before = Rollup.defaults().compute(set, TODAY);
    RollupResult after = before.apply(Edit.checkIn("a", CheckIn.of(TODAY, new BigDecimal("80"))));
    // total's value is the sum 80 + 70 = 150 of 300
    assertEquals(new BigDecimal("0.5"), after.node("total").orElseThrow().rollup().orElseThrow());
    assertSame(before.node("team-b").orElseThrow(), after.node("team-b").orElseThrow());
    assertSame(before.node("other").orElseThrow(), after.node("other").orElseThrow());
    RollupComparison.assertSameRollup(
        Rollup.defaults().compute(Edit.checkIn("a", CheckIn.of(TODAY, new BigDecimal("80"))).applyTo(set), TODAY),
        after, "sum source");
  }

  @Test
  void anAddedObjectiveIsRolledUpIntoItsParentAndTheRestIsShared() {
    RollupResult before = Rollup.defaults().compute(organisation(), TODAY);
    RollupResult after = before.apply(Edit.objective(objective("north", kr("n-1", 10)).withParent("sales")));
    assertEquals(List.of("east", "west", "north"), after.node("sales").orElseThrow().childIds());
    assertSame(before.node("support").orElseThrow(), after.node("support").orElseThrow());
    assertSame(before.node("east").orElseThrow(), after.node("east").orElseThrow());
    assertEquals(6, after.size());
  }

  @Test
  void anEditForAnUnknownKeyResultIsRefusedNamingIt() {
    RollupResult r = Rollup.defaults().compute(organisation(), TODAY);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> r.apply(Edit.checkIn("nope", CheckIn.of(TODAY, 1))));
    assertEquals("cannot edit key result 'nope': the set has no key result with this id", e.getMessage());
  }

  @Test
  void aStrictRollupRefusesAnEditThatLeavesObjectivesWithoutTheirParent() {
    RollupResult r = Rollup.defaults().compute(organisation(), TODAY);
    AlignmentException e = assertThrows(AlignmentException.class, () -> r.apply(Edit.removeObjective("sales")));
    assertEquals(List.of("east", "sales"), e.ids());
    RollupResult tolerant = Rollup.defaults().computeTolerant(organisation(), TODAY).apply(Edit.removeObjective("sales"));
    assertEquals(List.of("company", "east", "west"), tolerant.roots());
  }
}
