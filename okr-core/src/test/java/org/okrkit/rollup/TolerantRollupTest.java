package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/** {@link Rollup#computeTolerant}: broken trees never throw, and only the broken part is blank. */
class TolerantRollupTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

  private static KeyResult kr(String id, int value) {
    return KeyResult.metric(id, "Move " + id, 0, 100)
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 1), value));
  }

  private static Objective objective(String id, KeyResult... krs) {
    return Objective.of(id, "Objective " + id, Q4.id(), krs);
  }

  private static String order(RollupResult r) {
    StringBuilder s = new StringBuilder();
    for (RollupResult.Entry e : r.treeOrder()) {
      s.append(s.length() == 0 ? "" : " ").append(e.depth()).append(e.node().objectiveId());
    }
    return s.toString();
  }

  @Test
  void danglingParentBlanksOnlyThatObjectiveWhileItsTreeAndTheOthersRollUp() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("company", kr("c1", 50)),
                objective("sales", kr("s1", 80)).withParent("company"),
                objective("team", kr("t1", 40)).withParent("ghost"),
                objective("squad", kr("q1", 60)).withParent("team")));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    assertEquals(new BigDecimal("0.65"), r.node("company").orElseThrow().rollup().orElseThrow());
    ObjectiveRollup team = r.node("team").orElseThrow();
    assertFalse(team.isDefined());
    assertEquals(RollupProblem.Kind.MISSING_PARENT, team.problem().orElseThrow().kind());
    assertEquals(List.of("team", "ghost"), team.problem().orElseThrow().ids());
    assertEquals(
        "objective 'team': parent 'ghost' does not exist", team.undefinedReason().orElseThrow());
    assertEquals(new BigDecimal("0.4"), team.ownScore().score().orElseThrow());
    assertEquals(new BigDecimal("0.6"), r.node("squad").orElseThrow().rollup().orElseThrow());
    assertEquals(List.of("company", "team"), r.roots());
    assertEquals(1, r.problems().size());
    assertEquals("0company 1sales 0team 1squad", order(r));
  }

  @Test
  void cycleBlanksTheObjectivesOnItButNotTheTreesHangingOffIt() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("root", kr("r", 10)),
                objective("a", kr("x", 20)).withParent("b"),
                objective("b", kr("y", 30)).withParent("a"),
                objective("leaf", kr("z", 40)).withParent("a")));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    RollupProblem cycle = r.problems().get(0);
    assertEquals(RollupProblem.Kind.ALIGNMENT_CYCLE, cycle.kind());
    assertEquals(List.of("a", "b"), cycle.ids());
    assertEquals(
        "alignment cycle: 'a' → 'b' → 'a' (an objective cannot align to itself, even indirectly)",
        cycle.message());
    assertEquals(cycle, r.node("a").orElseThrow().problem().orElseThrow());
    assertEquals(cycle, r.node("b").orElseThrow().problem().orElseThrow());
    assertEquals(new BigDecimal("0.4"), r.node("leaf").orElseThrow().rollup().orElseThrow());
    assertEquals(new BigDecimal("0.1"), r.node("root").orElseThrow().rollup().orElseThrow());
    assertEquals(List.of("root"), r.roots());
    assertEquals("0root 0a 1b 1leaf", order(r));
  }

  @Test
  void duplicateIdBlanksBothObjectivesAndEveryAncestorCountingThem() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("company", kr("c1", 50)),
                objective("dept", kr("d1", 50)).withParent("company"),
                objective("dup", kr("u1", 20)).withParent("dept"),
                objective("dup", kr("u2", 90)),
                objective("team", kr("t1", 70)).withParent("dup"),
                objective("other", kr("o1", 30))));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    RollupProblem dup = r.problems().get(0);
    assertEquals(RollupProblem.Kind.DUPLICATE_ID, dup.kind());
    assertEquals(List.of("dup"), dup.ids());
    for (ObjectiveRollup n : r.nodes()) {
      if (n.objectiveId().equals("dup")) {
        assertEquals(dup, n.problem().orElseThrow());
      }
    }
    ObjectiveRollup company = r.node("company").orElseThrow();
    assertFalse(company.isDefined());
    assertEquals(dup, company.problem().orElseThrow());
    assertEquals(
        "objective 'company': the tree beneath it cannot be rolled up: objective 'dup': id is used"
            + " by more than one objective",
        company.undefinedReason().orElseThrow());
    assertEquals(new BigDecimal("0.7"), r.node("team").orElseThrow().rollup().orElseThrow());
    assertEquals(new BigDecimal("0.3"), r.node("other").orElseThrow().rollup().orElseThrow());
    assertEquals("0company 1dept 2dup 3team 0dup 0other", order(r));
  }

  @Test
  void ownKeyResultsOnlyIsNotBlankedByABrokenTreeBeneathIt() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("company", kr("c1", 50)),
                objective("dup", kr("u1", 20)).withParent("company"),
                objective("dup")));
    RollupResult r =
        Rollup.of(org.okrkit.scoring.Scorer.defaults(), RollupPolicy.OWN_KEY_RESULTS_ONLY)
            .computeTolerant(set, NOV_15);
    assertEquals(new BigDecimal("0.5"), r.node("company").orElseThrow().rollup().orElseThrow());
  }

  @Test
  void everyProblemIsListedOnceInTheOrderFound() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                objective("x").withParent("y"),
                objective("y").withParent("x"),
                objective("o").withParent("nowhere"),
                objective("d"),
                objective("d"),
                objective("d"),
                objective("s").withParent("s")));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_15);
    List<String> kinds = new ArrayList<>();
    r.problems().forEach(p -> kinds.add(p.kind() + " " + p.ids()));
    assertEquals(
        List.of(
            "DUPLICATE_ID [d]",
            "MISSING_PARENT [o, nowhere]",
            "ALIGNMENT_CYCLE [x, y]",
            "ALIGNMENT_CYCLE [s]"),
        kinds);
    assertEquals(7, r.treeOrder().size());
  }

  @Test
  void alignmentCycle200000LongIsToleratedWithoutRecursion() {
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
    RollupResult r = Rollup.defaults().computeTolerant(OkrSet.of(List.of(Q4), ring), NOV_15);
    assertEquals(1, r.problems().size());
    assertEquals(n, r.problems().get(0).ids().size());
    assertEquals(n, r.treeOrder().size());
    assertTrue(r.nodes().stream().noneMatch(ObjectiveRollup::isDefined));
  }

  @Test
  void treeOrderOfA200000DeepChainGoesDownItWithoutRecursion() {
    int depth = 200_000;
    List<Objective> chain = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      Objective.Builder o = Objective.builder().id("o" + i).title("Level").cycle(Q4.id());
      if (i > 0) {
        o.parent("o" + (i - 1));
      }
      chain.add(o.build());
    }
    RollupResult r = Rollup.defaults().computeTolerant(OkrSet.of(List.of(Q4), chain), NOV_15);
    assertEquals(depth - 1, r.treeOrder().get(depth - 1).depth());
    assertEquals("o" + (depth - 1), r.treeOrder().get(depth - 1).node().objectiveId());
  }
}
