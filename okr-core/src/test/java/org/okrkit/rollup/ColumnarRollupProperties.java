package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.scoring.GeneratedSets;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Scorer;

/**
 * The roll-up's columnar fast path (scaled longs over the set's laid-out key results, its results
 * kept in columns and made into nodes, scores and derivations only when read) against the general
 * path over the same set, before and after incremental edits: every
 * number, every derivation, every explanation equal, over every kind of key result, check-ins
 * before, on and after the date (ties included), negative and fractional numbers of many digits,
 * weights of 0, supporting links, cycles not started or missing, objectives aligned to key
 * results, caps and floors.
 */
class ColumnarRollupProperties {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final Cycle NEXT = Cycle.quarter(2027, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

  @Property(tries = 400)
  void theFastPathEqualsTheGeneralPath(
      @ForAll("sets") OkrSet set, @ForAll("rollups") Rollup rollup) {
    RollupResult general = rollup.withoutColumns().compute(set, AS_OF);
    RollupResult fast = rollup.compute(set, AS_OF);
    // numbers first, as a dashboard reads them, then the derivations made on that first read
    for (int i = 0; i < fast.size(); i++) {
      ObjectiveRollup f = fast.nodes().get(i);
      ObjectiveRollup g = general.nodes().get(i);
      assertEquals(g.rollup(), f.rollup(), f.objectiveId());
      assertEquals(g.paceStatus(), f.paceStatus(), f.objectiveId());
      assertEquals(g.valueSpan(), f.valueSpan(), f.objectiveId());
      assertEquals(g.keyResultCount(), f.keyResultCount(), f.objectiveId());
      for (int k = 0; k < f.keyResultCount(); k++) {
        assertEquals(g.keyResultScore(k), f.keyResultScore(k), f.objectiveId() + " #" + k);
      }
      List<KeyResultScore> fs = f.ownScore().keyResultScores();
      List<KeyResultScore> gs = g.ownScore().keyResultScores();
      assertEquals(gs.size(), fs.size(), f.objectiveId());
      for (int k = 0; k < fs.size(); k++) {
        String where = f.objectiveId() + "/" + fs.get(k).keyResultId();
        assertEquals(gs.get(k).score(), fs.get(k).score(), where);
        assertEquals(gs.get(k).isDefined(), fs.get(k).isDefined(), where);
        assertEquals(gs.get(k).derivation(), fs.get(k).derivation(), where);
        assertEquals(gs.get(k).explanation(), fs.get(k).explanation(), where);
        assertEquals(gs.get(k), fs.get(k), where);
        assertEquals(fs.get(k).score(), f.keyResultScore(k), where);
      }
      assertEquals(g.explanation(), f.explanation(), f.objectiveId());
    }
    RollupComparison.assertSameRollup(general, fast, "columnar");
  }

  @Property(tries = 200)
  void aColumnarNodeIsMadeOnceAndIsTheNodeItsParentAndTheTreeOrderList(
      @ForAll("sets") OkrSet set, @ForAll("rollups") Rollup rollup) {
    RollupResult fast = rollup.compute(set, AS_OF);
    for (ObjectiveRollup n : fast.nodes()) {
      assertSame(n, fast.node(n.objectiveId()).orElseThrow(), n.objectiveId());
      for (ObjectiveRollup c : n.children()) {
        assertSame(fast.node(c.objectiveId()).orElseThrow(), c, n.objectiveId() + " > " + c.objectiveId());
      }
    }
    for (RollupResult.Entry e : fast.treeOrder()) {
      assertSame(fast.node(e.node().objectiveId()).orElseThrow(), e.node(), e.node().objectiveId());
    }
  }

  /**
   * An edit applied to the columnar result (nodes made from its columns when read, an overlay of
   * recomputed ones) gives what the same edit gives applied to the general path's result: a
   * check-in, an added objective aligned to an existing one, a removed objective; then a second
   * edit on top.
   */
  @Property(tries = 300)
  void anEditOfTheColumnarResultEqualsTheSameEditOfTheGeneralOne(
      @ForAll("sets") OkrSet set,
      @ForAll("rollups") Rollup rollup,
      @ForAll @IntRange(min = 0, max = 100_000) int first,
      @ForAll @IntRange(min = 0, max = 100_000) int second,
      @ForAll("values") BigDecimal value) {
    RollupResult general = rollup.withoutColumns().compute(set, AS_OF);
    RollupResult fast = rollup.compute(set, AS_OF);
    for (int pick : new int[] {first, second}) {
      if (general.size() == 0) {
        return; // the only objective removed
      }
      Edit edit = edit(general, pick, value);
      RollupResult g;
      try {
        g = general.apply(edit);
      } catch (IllegalArgumentException e) {
        RollupResult f = fast;
        assertThrows(e.getClass(), () -> f.apply(edit), edit.toString());
        return;
      }
      RollupResult f = fast.apply(edit);
      RollupComparison.assertSameRollup(g, f, "after " + edit);
      general = g;
      fast = f;
    }
  }

  private static Edit edit(RollupResult result, int pick, BigDecimal value) {
    List<ObjectiveRollup> nodes = result.nodes();
    Objective o = nodes.get(pick % nodes.size()).objective();
    if (pick % 3 == 0 && !o.keyResults().isEmpty()) {
      KeyResult kr = o.keyResults().get(pick % o.keyResults().size());
      LocalDate day = AS_OF.minusDays(pick % 5);
      CheckIn c =
          kr.kind() == KeyResultKind.MILESTONE
              ? CheckIn.ofDone(day, pick % 2 == 0)
              : kr.kind() == KeyResultKind.ZONES
                  ? CheckIn.ofZone(day, List.of(Zone.FAIL, Zone.COMMIT, Zone.TARGET, Zone.STRETCH).get(pick % 4))
                  : CheckIn.of(day, value);
      return Edit.checkIn(kr.id(), c);
    }
    if (pick % 3 == 1) {
      return Edit.objective(
          Objective.builder().id("added-" + pick).title("Added").cycle(Q4.id()).parent(o.id())
              .addKeyResults(KeyResult.metric("added-kr-" + pick, "Metric", BigDecimal.ZERO, BigDecimal.TEN)
                  .withCheckIns(List.of(CheckIn.of(AS_OF.minusDays(3), value))))
              .build());
    }
    return Edit.removeObjective(o.id());
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    return decimals();
  }

  @Provide
  Arbitrary<Rollup> rollups() {
    return Combinators.combine(
            Arbitraries.of(RollupPolicy.class),
            Arbitraries.of(-1, 0, 10, 12),
            Arbitraries.of(-1, 0, -3),
            Arbitraries.of(-1, 0, 2))
        .as(
            (p, cap, floor, own) -> {
              ScoringPolicy policy = ScoringPolicy.defaults();
              policy = cap < 0 ? policy.withoutCap() : cap == 0 ? policy : policy.withCap(BigDecimal.valueOf(cap, 1));
              policy = floor == -1 ? policy.withoutFloor() : floor == 0 ? policy : policy.withFloor(BigDecimal.valueOf(floor, 1));
              Rollup r = Rollup.of(Scorer.of(policy), p);
              return own < 0 ? r : r.withKeyResultOwnWeight(BigDecimal.valueOf(own));
            });
  }

  private static Arbitrary<BigDecimal> decimals() {
    return GeneratedSets.decimals();
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(-40, 10).map(AS_OF::plusDays);
  }

  private static Arbitrary<KeyResult> keyResults() {
    Arbitrary<BigDecimal> weight = Arbitraries.of(0, 1, 1, 2, 3).map(BigDecimal::valueOf);
    Arbitrary<List<CheckIn>> values =
        Combinators.combine(dates(), decimals()).as(CheckIn::of).list().ofMaxSize(4);
    Arbitrary<KeyResult> metric =
        Combinators.combine(decimals(), decimals(), values, weight)
            .as((b, t, cs, w) -> KeyResult.metric("k", "Metric", b, t).withCheckIns(cs).withWeight(w));
    Arbitrary<KeyResult> threshold =
        Combinators.combine(decimals(), Arbitraries.of(true, false), values, weight)
            .as((bound, atLeast, cs, w) ->
                KeyResult.threshold("k", "Threshold", atLeast ? Target.atLeast(bound) : Target.atMost(bound))
                    .withCheckIns(cs).withWeight(w));
    Arbitrary<KeyResult> milestone =
        Combinators.combine(
                Combinators.combine(dates(), Arbitraries.of(true, false)).as(CheckIn::ofDone).list().ofMaxSize(4),
                weight)
            .as((cs, w) -> KeyResult.milestone("k", "Milestone").withCheckIns(cs).withWeight(w));
    Arbitrary<KeyResult> zones =
        Combinators.combine(
                Combinators.combine(dates(), Arbitraries.of(Zone.class)).as(CheckIn::ofZone).list().ofMaxSize(4),
                weight)
            .as((cs, w) -> KeyResult.builder().id("k").title("Zones").kind(KeyResultKind.ZONES)
                .addAllCheckIns(cs).weight(w).build());
    // in date order most of the time (as recorded), sometimes not (the general path then)
    return Arbitraries.oneOf(metric, metric, threshold, milestone, zones)
        .flatMap(kr -> Arbitraries.of(true, true, true, false).map(sorted -> {
          if (!sorted) {
            return kr;
          }
          List<CheckIn> cs = new ArrayList<>(kr.checkIns());
          cs.sort(java.util.Comparator.comparing(CheckIn::date));
          return kr.withCheckIns(cs);
        }));
  }

  /** Up to 25 objectives, each aligned to none or an earlier one, to it or to one of its key results. */
  @Provide
  Arbitrary<OkrSet> sets() {
    Arbitrary<Objective> node =
        Combinators.combine(
                keyResults().list().ofMaxSize(4),
                Arbitraries.of(0, 1, 1, 2, 3),
                Arbitraries.integers().between(0, 1000).list().ofSize(4))
            .as((krs, w, seeds) -> Objective.builder().id("tmp").title("Objective").cycle(Q4.id())
                .weight(BigDecimal.valueOf(w)).addAllKeyResults(krs)
                .putExtensions("x-seeds", seeds.get(0) + "," + seeds.get(1) + "," + seeds.get(2) + "," + seeds.get(3))
                .build());
    return node.list().ofMinSize(1).ofMaxSize(25).map(nodes -> {
      List<Objective> named = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        Objective o = nodes.get(i);
        String[] seeds = o.extensions().getOrDefault("x-seeds", "0,0,0,0").split(",", -1);
        int parent = Integer.parseInt(seeds[0]) % (i + 1) - 1;
        List<KeyResult> krs = new ArrayList<>();
        for (int k = 0; k < o.keyResults().size(); k++) {
          krs.add(KeyResult.builder().from(o.keyResults().get(k)).id("k" + i + "-" + k).build());
        }
        Objective.Builder b = Objective.builder().from(o).id("o" + i).extensions(Map.of()).keyResults(krs);
        // mostly the quarter under way; sometimes one not started, or a cycle the set lacks
        int cycle = (Integer.parseInt(seeds[0]) / 7) % 6;
        b.cycle(cycle == 0 ? NEXT.id() : cycle == 1 ? "2030-Q2" : Q4.id());
        if (parent >= 0) {
          b.parent("o" + parent);
          Objective p = named.get(parent);
          if (Integer.parseInt(seeds[1]) % 4 == 0 && !p.keyResults().isEmpty()) {
            b.parentKeyResult(p.keyResults().get(Integer.parseInt(seeds[2]) % p.keyResults().size()).id());
          }
          if (Integer.parseInt(seeds[3]) % 5 == 0) {
            b.link(AlignmentLink.SUPPORT);
          }
        }
        named.add(b.build());
      }
      return OkrSet.of(List.of(Q4, NEXT), named);
    });
  }
}
