package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.Scorer;

/**
 * The roll-up invariants on trees with every kind of link: objectives aligned to a key
 * result of their parent, support links, weight 0 on key results and objectives, under every
 * strategy, progress source and mix.
 */
class LinkedTreeRollupProperties {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

  /**
   * Up to 30 objectives: objective i aligns to none or one of 0..i-1, to the objective or to one
   * of its key results, contributing or supporting; key results and objectives weigh 0 to 3.
   */
  @Provide
  Arbitrary<OkrSet> trees() {
    Arbitrary<KeyResult> kr =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(5, 9),
                Arbitraries.integers().between(-2, 12),
                Arbitraries.integers().between(0, 3))
            .as((b, t, v, w) -> KeyResult.metric("k", "Key result", b, t)
                .withWeight(BigDecimal.valueOf(w))
                .plusCheckIn(CheckIn.of(AS_OF, v)));
    Arbitrary<List<Integer>> shape =
        Arbitraries.integers().between(0, 1000).list().ofSize(4);
    // the shape travels on the objective as an extension until the ids are known
    Arbitrary<Objective> node =
        Combinators.combine(kr.list().ofMaxSize(3), Arbitraries.integers().between(0, 3), shape)
            .as((krs, w, seeds) -> Objective.builder().id("tmp").title("Objective").cycle(Q4.id())
                .weight(BigDecimal.valueOf(w)).addAllKeyResults(krs)
                .putExtensions("x-a", seeds.get(0).toString()).putExtensions("x-b", seeds.get(1).toString())
                .putExtensions("x-c", seeds.get(2).toString()).putExtensions("x-d", seeds.get(3).toString())
                .build());
    return node.list().ofMinSize(1).ofMaxSize(30).map(nodes -> {
      List<Objective> named = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        Objective o = nodes.get(i);
        String[] seeds = new String[4];
        for (int s = 0; s < 4; s++) {
          seeds[s] = o.extensions().getOrDefault("x-" + (char) ('a' + s), "0");
        }
        int parent = Integer.parseInt(seeds[0]) % (i + 1) - 1;
        List<KeyResult> krs = new ArrayList<>();
        for (int k = 0; k < o.keyResults().size(); k++) {
          krs.add(KeyResult.builder().from(o.keyResults().get(k)).id("k" + i + "-" + k).build());
        }
        Objective.Builder b = Objective.builder().from(o).id("o" + i).extensions(Map.of())
            .keyResults(krs);
        if (parent >= 0) {
          b.parent("o" + parent);
          Objective p = named.get(parent);
          int toKr = Integer.parseInt(seeds[1]) % 3;
          if (toKr == 0 && !p.keyResults().isEmpty()) {
            b.parentKeyResult(p.keyResults().get(Integer.parseInt(seeds[2]) % p.keyResults().size()).id());
          }
          if (Integer.parseInt(seeds[3]) % 4 == 0) {
            b.link(AlignmentLink.SUPPORT);
          }
        }
        named.add(b.build());
      }
      return OkrSet.of(List.of(Q4), named);
    });
  }

  @Provide
  Arbitrary<Rollup> rollups() {
    return Combinators.combine(
            Arbitraries.of(RollupPolicy.class),
            Arbitraries.of(
                RollupStrategy.weightedMean(), RollupStrategy.weakestLink(), RollupStrategy.sumOfValues()),
            Arbitraries.of(-1, 0, 3, 5, 10),
            Arbitraries.of(-1, 0, 2))
        .as((p, s, mix, own) -> {
          Rollup r = Rollup.of(Scorer.defaults(), p).withStrategy(s);
          r = mix < 0 ? r : r.withOwnShare(BigDecimal.valueOf(mix, 1));
          return own < 0 ? r : r.withKeyResultOwnWeight(BigDecimal.valueOf(own));
        });
  }

  @Property(tries = 300)
  void contributionsSumToTheRollupUnderEveryStrategyWithEveryKindOfLink(
      @ForAll("trees") OkrSet set, @ForAll("rollups") Rollup rollup) {
    RollupResult result = rollup.compute(set, AS_OF);
    RollupInvariants.assertSharesAddUpToEachRollup(result, rollup);
    for (ObjectiveRollup n : result.nodes()) {
      for (Derivation.Contribution c : Rollup.contributions(n.derivation())) {
        assertTrue(c.weight().signum() > 0, n.objectiveId() + ": " + c + " weighs 0 yet counts");
      }
    }
  }

  @Property(tries = 200)
  void weakestLinkEqualsTheMinimumOfTheCountedContributions(@ForAll("trees") OkrSet set) {
    RollupResult r = Rollup.defaults().withStrategy(RollupStrategy.weakestLink()).compute(set, AS_OF);
    for (ObjectiveRollup n : r.nodes()) {
      List<Derivation.Contribution> items = Rollup.contributions(n.derivation());
      assertEquals(items.isEmpty(), n.rollup().isEmpty(), n.objectiveId());
      n.rollup().ifPresent(x -> assertEquals(0,
          items.stream().map(Derivation.Contribution::score).min(BigDecimal::compareTo).orElseThrow()
              .compareTo(x), n.objectiveId()));
    }
  }

  @Property(tries = 200)
  void permutingObjectivesAndKeyResultsChangesNoNumberWithEveryKindOfLink(
      @ForAll("trees") OkrSet set, @ForAll("rollups") Rollup rollup) {
    RollupInvariants.assertSameRollups(
        rollup.compute(set, AS_OF), rollup.compute(RollupInvariants.reversed(set, true), AS_OF));
  }

  @Property(tries = 200)
  void tolerantAndStrictAgreeOnCleanTreesWithEveryKindOfLink(
      @ForAll("trees") OkrSet set, @ForAll("rollups") Rollup rollup) {
    RollupResult strict = rollup.compute(set, AS_OF);
    RollupResult tolerant = rollup.computeTolerant(set, AS_OF);
    assertTrue(tolerant.problems().isEmpty(), tolerant.problems().toString());
    for (ObjectiveRollup s : strict.nodes()) {
      ObjectiveRollup t = tolerant.node(s.objectiveId()).orElseThrow();
      assertEquals(s.rollup(), t.rollup(), s.objectiveId());
      assertEquals(s.undefinedReason(), t.undefinedReason(), s.objectiveId());
    }
  }
}
