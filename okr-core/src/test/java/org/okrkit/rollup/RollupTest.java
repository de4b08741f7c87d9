package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Scorer;

class RollupTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);
  private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** A metric key result from 0 to 100 checked in at {@code value} on Nov 1. */
  private static KeyResult kr(String id, int value) {
    return KeyResult.metric(id, "Move " + id, 0, 100)
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 1), value));
  }

  private static Objective objective(String id, KeyResult... krs) {
    return Objective.of(id, "Objective " + id, Q4.id(), krs);
  }

  /** company (own: 0.5) ← sales (0.8, weight 2), support (0.2). */
  private static OkrSet tree() {
    return OkrSet.of(
        List.of(Q4),
        List.of(
            objective("company", kr("c1", 50)),
            objective("sales", kr("s1", 80)).withParent("company").withWeight(d("2")),
            objective("support", kr("p1", 10), kr("p2", 30)).withParent("company")));
  }

  @Test
  void rollupAveragesOwnKeyResultsAndChildrenEachChildOneItemWithItsWeight() {
    RollupResult r = Rollup.defaults().compute(tree(), NOV_15);
    ObjectiveRollup company = r.node("company").orElseThrow();
    // (1 × 0.5 + 2 × 0.8 + 1 × 0.2) / 4 = 0.575
    assertEquals(d("0.575"), company.rollup().orElseThrow());
    assertEquals(d("0.5"), company.ownScore().score().orElseThrow());
    assertEquals(Grade.YELLOW, company.grade().orElseThrow());
    assertEquals(List.of("sales", "support"), company.childIds());
    assertEquals(List.of("company"), r.roots());
    assertEquals(3, r.size());
    assertEquals(
        "(1 × 0.50 [key result 'c1'] + 2 × 0.80 [objective 'sales'] + 1 × 0.20 [objective"
            + " 'support']) / 4 = 0.58",
        company.explanation());
    ObjectiveRollup support = r.node("support").orElseThrow();
    assertEquals(d("0.2"), support.rollup().orElseThrow());
    assertEquals("company", support.parentId().orElseThrow());
    assertTrue(support.childIds().isEmpty());
    assertEquals(Grade.RED, support.grade().orElseThrow());
    assertTrue(r.node("nobody").isEmpty());
  }

  @Test
  void keyResultScoreReadsEachKeyResultsOwnScoreByPositionUpToKeyResultCountAndNamesTheObjectiveBeyond() {
    for (Rollup rollup : List.of(Rollup.defaults(), Rollup.defaults().withoutColumns())) {
      ObjectiveRollup support = rollup.compute(tree(), NOV_15).node("support").orElseThrow();
      assertEquals(2, support.keyResultCount());
      assertEquals(d("0.1"), support.keyResultScore(0).orElseThrow());
      assertEquals(d("0.3"), support.keyResultScore(1).orElseThrow());
      assertEquals(
          support.ownScore().keyResultScores().get(1).score(), support.keyResultScore(1));
      IndexOutOfBoundsException beyond =
          assertThrows(IndexOutOfBoundsException.class, () -> support.keyResultScore(2));
      assertEquals("objective 'support': no key result at position 2 of 2", beyond.getMessage());
      assertThrows(IndexOutOfBoundsException.class, () -> support.keyResultScore(-1));
    }
    // a key result without a defined score (baseline equals target) reads empty
    OkrSet flat =
        OkrSet.of(
            List.of(Q4),
            List.of(objective("o", KeyResult.metric("same", "Hold 5", 5, 5), kr("a", 40))));
    ObjectiveRollup o = Rollup.defaults().compute(flat, NOV_15).node("o").orElseThrow();
    assertTrue(o.keyResultScore(0).isEmpty());
    assertEquals(d("0.4"), o.keyResultScore(1).orElseThrow());
  }

  @Test
  void paceStatusComparesTheRollupWithTheObjectivesCycle() {
    RollupResult r = Rollup.defaults().compute(tree(), NOV_15);
    // Nov 15 is 45/91 ≈ 0.495 of Q4.
    assertEquals(PaceStatus.ON_TRACK, r.node("company").orElseThrow().paceStatus().orElseThrow());
    assertEquals(PaceStatus.ON_TRACK, r.node("sales").orElseThrow().paceStatus().orElseThrow());
    assertEquals(PaceStatus.OFF_TRACK, r.node("support").orElseThrow().paceStatus().orElseThrow());
    RollupResult before = Rollup.defaults().compute(tree(), LocalDate.of(2026, 9, 1));
    assertEquals(
        PaceStatus.NOT_STARTED, before.node("company").orElseThrow().paceStatus().orElseThrow());
    assertEquals(BigDecimal.ZERO, before.node("company").orElseThrow().rollup().orElseThrow());
  }

  @Test
  void objectiveInAnUnknownCycleHasNoPaceButStillRollsUp() {
    OkrSet set = OkrSet.of(List.of(), List.of(objective("o", kr("a", 40))));
    ObjectiveRollup o = Rollup.defaults().compute(set, NOV_15).node("o").orElseThrow();
    assertEquals(d("0.4"), o.rollup().orElseThrow());
    assertTrue(o.paceStatus().isEmpty());
    assertTrue(o.expectedProgress().isEmpty());
  }

  @Test
  void ownKeyResultsOnlyIgnoresChildren() {
    RollupResult r =
        Rollup.of(Scorer.defaults(), RollupPolicy.OWN_KEY_RESULTS_ONLY).compute(tree(), NOV_15);
    ObjectiveRollup company = r.node("company").orElseThrow();
    assertEquals(d("0.5"), company.rollup().orElseThrow());
    assertEquals("own key results only: (1 × 0.50) / 1 = 0.50", company.explanation());
  }

  @Test
  void childrenOnlyIgnoresOwnKeyResultsButLeavesUseTheirs() {
    RollupResult r =
        Rollup.of(Scorer.defaults(), RollupPolicy.CHILDREN_ONLY).compute(tree(), NOV_15);
    // (2 × 0.8 + 1 × 0.2) / 3 = 0.6
    assertEquals(d("0.6"), r.node("company").orElseThrow().rollup().orElseThrow());
    assertEquals(d("0.8"), r.node("sales").orElseThrow().rollup().orElseThrow());
    assertEquals(RollupPolicy.CHILDREN_ONLY, r.policy());
  }

  @Test
  void objectiveWithNothingToAverageIsUndefinedAndLeftOutOfItsParent() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("company", kr("c1", 50)),
                objective("empty").withParent("company")));
    RollupResult r = Rollup.defaults().compute(set, NOV_15);
    ObjectiveRollup empty = r.node("empty").orElseThrow();
    assertFalse(empty.isDefined());
    assertTrue(empty.grade().isEmpty());
    assertTrue(empty.paceStatus().isEmpty());
    assertEquals(
        "objective 'empty' has no key results and no children", empty.undefinedReason().orElseThrow());
    assertEquals("undefined: objective 'empty' has no key results and no children", empty.explanation());
    assertEquals(d("0.5"), r.node("company").orElseThrow().rollup().orElseThrow());
  }

  @Test
  void missingParentIsReportedNamingBothIds() {
    OkrSet set = OkrSet.of(List.of(Q4), List.of(objective("team", kr("t", 1)).withParent("ghost")));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals("objective 'team': parent 'ghost' does not exist", e.getMessage());
    assertEquals(List.of("team", "ghost"), e.ids());
  }

  @Test
  void alignmentCycleIsReportedNamingTheIdsOnIt() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("root", kr("r", 1)),
                objective("a", kr("x", 1)).withParent("b"),
                objective("b", kr("y", 1)).withParent("a"),
                objective("leaf", kr("z", 1)).withParent("a")));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals(
        "alignment cycle: 'a' → 'b' → 'a' (an objective cannot align to itself, even indirectly)",
        e.getMessage());
    assertEquals(List.of("a", "b"), e.ids());
  }

  @Test
  void objectiveAlignedToItselfIsACycleOfOne() {
    OkrSet set = OkrSet.of(List.of(Q4), List.of(objective("self", kr("s", 1)).withParent("self")));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals(List.of("self"), e.ids());
  }

  @Test
  void duplicateObjectiveIdIsReported() {
    OkrSet set = OkrSet.of(List.of(Q4), List.of(objective("o", kr("a", 1)), objective("o")));
    AlignmentException e =
        assertThrows(AlignmentException.class, () -> Rollup.defaults().compute(set, NOV_15));
    assertEquals("objective 'o': id is used by more than one objective", e.getMessage());
  }

  @Test
  void alignmentChain200000DeepRollsUpWithoutRecursion() {
    int depth = 200_000;
    List<Objective> chain = new ArrayList<>(depth);
    KeyResult half = kr("k", 50);
    for (int i = 0; i < depth; i++) {
      Objective.Builder o = Objective.builder().id("o" + i).title("Level").cycle(Q4.id());
      if (i > 0) {
        o.parent("o" + (i - 1));
      }
      chain.add(o.addKeyResults(half).build());
    }
    RollupResult r = Rollup.defaults().compute(OkrSet.of(List.of(Q4), chain), DEC_31);
    assertEquals(depth, r.size());
    assertEquals(List.of("o0"), r.roots());
    assertEquals(d("0.5"), r.node("o0").orElseThrow().rollup().orElseThrow());
    assertEquals(List.of("o1"), r.node("o0").orElseThrow().childIds());
  }

  @Test
  void alignmentCycle200000LongIsReportedWithoutRecursion() {
    int n = 200_000;
    List<Objective> ring = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ring.add(
          Objective.builder()
              .id("o" + i)
              .title("Level")
              .cycle(Q4.id())
              .parent("o" + ((i + 1) % n))
              .build());
    }
    AlignmentException e =
        assertThrows(
            AlignmentException.class,
            () -> Rollup.defaults().compute(OkrSet.of(List.of(Q4), ring), DEC_31));
    assertEquals(n, e.ids().size());
    String message = String.valueOf(e.getMessage());
    assertTrue(message.startsWith("alignment cycle: 'o0' → 'o1' → "), message);
    assertTrue(message.contains("… (199980 more) → 'o0'"), message);
  }

  @Test
  void treeOfOneMillionKeyResultsRollsUp() {
    // company ← 1,000 departments ← 250 teams each ← 4 key results each: 1,000,000 key results.
    List<Objective> all = new ArrayList<>();
    all.add(Objective.of("company", "Company", Q4.id()));
    KeyResult[] krs = {kr("a", 0), kr("b", 25), kr("c", 75), kr("d", 100)};
    for (int dept = 0; dept < 1_000; dept++) {
      String deptId = "d" + dept;
      all.add(Objective.of(deptId, "Department " + dept, Q4.id()).withParent("company"));
      for (int team = 0; team < 250; team++) {
        all.add(
            Objective.builder()
                .id(deptId + "-t" + team)
                .title("Team")
                .cycle(Q4.id())
                .parent(deptId)
                .addKeyResults(krs)
                .build());
      }
    }
    OkrSet set = OkrSet.of(List.of(Q4), all);
    assertEquals(1_000_000, set.keyResultCount());
    RollupResult r = Rollup.defaults().compute(set, DEC_31);
    assertEquals(d("0.5"), r.node("company").orElseThrow().rollup().orElseThrow());
    assertEquals(1_000, r.node("company").orElseThrow().childIds().size());
  }

  @Test
  void committedObjectiveWhoseRollupIsBelowOneIsAMissEvenWhenItsOwnKeyResultsAreDone() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("company", kr("c1", 100)).withType(ObjectiveType.COMMITTED),
                objective("sales", kr("s1", 80)).withParent("company"),
                objective("ops", kr("o1", 100)).withType(ObjectiveType.COMMITTED),
                objective("growth", kr("g1", 10))));
    RollupResult r = Rollup.defaults().compute(set, DEC_31);
    assertFalse(r.node("company").orElseThrow().ownScore().isBelowCommitment());
    assertTrue(r.node("company").orElseThrow().isMiss());
    assertFalse(r.node("ops").orElseThrow().isMiss());
    assertFalse(r.node("growth").orElseThrow().isMiss());
    assertFalse(r.node("sales").orElseThrow().isMiss());
  }

  @Test
  void midCycleACommittedObjectiveBelowOneIsBelowCommitmentNotYetAMiss() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(objective("company", kr("c1", 80)).withType(ObjectiveType.COMMITTED)));
    ObjectiveRollup before = Rollup.defaults().compute(set, DEC_31.minusDays(1)).node("company").orElseThrow();
    assertTrue(before.isBelowCommitment());
    assertFalse(before.hasEnded());
    assertFalse(before.isMiss());
    ObjectiveRollup last = Rollup.defaults().compute(set, DEC_31).node("company").orElseThrow();
    assertTrue(last.hasEnded());
    assertTrue(last.isMiss());
    // a closed objective is judged whatever the date it is looked at
    OkrSet closed =
        set.withObjectives(List.of(set.objectives().get(0).withClose(CloseOut.on(DEC_31.minusDays(5)))));
    assertTrue(Rollup.defaults().compute(closed, DEC_31.minusDays(1)).node("company").orElseThrow().isMiss());
  }

  @Test
  void treeOrderListsChildrenAfterTheirParentDepthFirstInDocumentOrder() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("t1").withParent("d1"),
                objective("co"),
                objective("d2").withParent("co"),
                objective("d1").withParent("co"),
                objective("t2").withParent("d1"),
                objective("i1").withParent("t1")));
    StringBuilder order = new StringBuilder();
    for (RollupResult.Entry e : Rollup.defaults().compute(set, NOV_15).treeOrder()) {
      order.append(e.depth()).append(e.node().objectiveId()).append(' ');
    }
    assertEquals("0co 1d2 1d1 2t1 3i1 2t2", order.toString().trim());
  }
}
