package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;

/** Invariants of the roll-up over generated alignment trees. */
class RollupProperties {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

  /**
   * Random forests of up to 40 objectives: objective i aligns to one of 0..i-1 or to none; each
   * has 0–3 metric key results (some with baseline = target, so undefined) and a weight 1–5.
   */
  @Provide
  Arbitrary<OkrSet> forests() {
    Arbitrary<KeyResult> kr =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(-2, 12),
                Arbitraries.integers().between(1, 5))
            .as(
                (b, t, v, w) ->
                    KeyResult.metric("k", "Key result", b, t)
                        .withWeight(BigDecimal.valueOf(w))
                        .plusCheckIn(CheckIn.of(AS_OF, v)));
    Arbitrary<Objective> node =
        Combinators.combine(
                kr.list().ofMaxSize(3),
                Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 1000))
            .as(
                (krs, w, parentSeed) ->
                    Objective.builder()
                        .id("tmp")
                        .title("Objective")
                        .cycle(Q4.id())
                        .weight(BigDecimal.valueOf(w))
                        .addAllKeyResults(krs)
                        .putExtensions("x-seed", Integer.toString(parentSeed))
                        .build());
    return node.list()
        .ofMinSize(1)
        .ofMaxSize(40)
        .map(
            nodes -> {
              List<Objective> named = new ArrayList<>();
              for (int i = 0; i < nodes.size(); i++) {
                Objective o = nodes.get(i);
                int seed = Integer.parseInt(o.extensions().get("x-seed"));
                // seed % (i + 1) - 1 is -1 (a root) or one of the objectives before i.
                int parent = seed % (i + 1) - 1;
                List<KeyResult> krs = new ArrayList<>();
                for (int k = 0; k < o.keyResults().size(); k++) {
                  krs.add(KeyResult.builder().from(o.keyResults().get(k)).id("k" + i + "-" + k).build());
                }
                Objective.Builder b =
                    Objective.builder()
                        .from(o)
                        .id("o" + i)
                        .extensions(Map.of())
                        .keyResults(krs);
                if (parent >= 0) {
                  b.parent("o" + parent);
                }
                named.add(b.build());
              }
              return OkrSet.of(List.of(Q4), named);
            });
  }

  @Provide
  Arbitrary<RollupPolicy> policies() {
    return Arbitraries.of(RollupPolicy.class);
  }

  @Property(tries = 300)
  void iterativeRollupAgreesWithANaiveRecursiveReference(
      @ForAll("forests") OkrSet set, @ForAll("policies") RollupPolicy policy) {
    RollupResult result = Rollup.of(Scorer.defaults(), policy).compute(set, AS_OF);
    Map<String, Optional<BigDecimal>> expected = new NaiveRollup(set, policy).all();
    for (ObjectiveRollup node : result.nodes()) {
      assertEquals(expected.get(node.objectiveId()), node.rollup(), node.objectiveId());
    }
    List<String> roots = new ArrayList<>();
    set.objectives().forEach(o -> { if (o.parent().isEmpty()) { roots.add(o.id()); } });
    assertEquals(roots, result.roots());
  }

  @Property(tries = 300)
  void rollupLiesBetweenTheMinAndMaxOfItsItems(
      @ForAll("forests") OkrSet set, @ForAll("policies") RollupPolicy policy) {
    for (ObjectiveRollup node : Rollup.of(Scorer.defaults(), policy).compute(set, AS_OF).nodes()) {
      List<BigDecimal> items = new ArrayList<>();
      boolean useOwn = policy != RollupPolicy.CHILDREN_ONLY || node.children().isEmpty();
      if (useOwn) {
        node.ownScore().keyResultScores().forEach(k -> k.score().ifPresent(items::add));
      }
      if (policy != RollupPolicy.OWN_KEY_RESULTS_ONLY) {
        node.children().forEach(c -> c.rollup().ifPresent(items::add));
      }
      assertEquals(items.isEmpty(), node.rollup().isEmpty(), node.objectiveId());
      node.rollup()
          .ifPresent(
              r -> {
                assertTrue(r.compareTo(Collections.min(items)) >= 0, node::toString);
                assertTrue(r.compareTo(Collections.max(items)) <= 0, node::toString);
              });
    }
  }

  @Property(tries = 200)
  void permutingChildrenAndKeyResultsChangesNoScore(
      @ForAll("forests") OkrSet set, @ForAll("policies") RollupPolicy policy) {
    Rollup rollup = Rollup.of(Scorer.defaults(), policy);
    RollupResult original = rollup.compute(set, AS_OF);
    RollupResult permuted = rollup.compute(RollupInvariants.reversed(set, true), AS_OF);
    for (ObjectiveRollup node : original.nodes()) {
      ObjectiveRollup other = permuted.node(node.objectiveId()).orElseThrow();
      assertEquals(node.rollup(), other.rollup());
      assertEquals(node.ownScore().score(), other.ownScore().score());
    }
  }

  @Property(tries = 200)
  void scalingEveryWeightByKChangesNoScore(
      @ForAll("forests") OkrSet set,
      @ForAll("policies") RollupPolicy policy,
      @ForAll @IntRange(min = 1, max = 500) int k) {
    BigDecimal factor = BigDecimal.valueOf(k).movePointLeft(1);
    List<Objective> scaled = new ArrayList<>();
    for (Objective o : set.objectives()) {
      List<KeyResult> krs = new ArrayList<>();
      o.keyResults().forEach(kr -> krs.add(kr.withWeight(kr.weight().multiply(factor))));
      scaled.add(o.withWeight(o.weight().multiply(factor)).withKeyResults(krs));
    }
    Rollup rollup = Rollup.of(Scorer.defaults(), policy);
    RollupResult original = rollup.compute(set, AS_OF);
    RollupResult other = rollup.compute(set.withObjectives(scaled), AS_OF);
    for (ObjectiveRollup node : original.nodes()) {
      ObjectiveRollup o = other.node(node.objectiveId()).orElseThrow();
      assertEquals(node.rollup(), o.rollup());
      assertEquals(node.ownScore().score(), o.ownScore().score());
    }
  }

  @Property(tries = 200)
  void tolerantAndStrictRollUpsAgreeOnCleanTrees(
      @ForAll("forests") OkrSet set, @ForAll("policies") RollupPolicy policy) {
    Rollup rollup = Rollup.of(Scorer.defaults(), policy);
    RollupResult strict = rollup.compute(set, AS_OF);
    RollupResult tolerant = rollup.computeTolerant(set, AS_OF);
    assertTrue(tolerant.problems().isEmpty());
    assertEquals(strict.roots(), tolerant.roots());
    for (int i = 0; i < strict.size(); i++) {
      ObjectiveRollup s = strict.nodes().get(i);
      ObjectiveRollup t = tolerant.nodes().get(i);
      assertEquals(s.objectiveId(), t.objectiveId());
      assertEquals(s.rollup(), t.rollup(), s.objectiveId());
      assertEquals(s.undefinedReason(), t.undefinedReason(), s.objectiveId());
      assertEquals(s.paceStatus(), t.paceStatus(), s.objectiveId());
      assertEquals(
          strict.treeOrder().get(i).node().objectiveId(),
          tolerant.treeOrder().get(i).node().objectiveId());
    }
  }

  /**
   * A broken subtree with fresh ids: a chain of objectives whose top names a parent that does not
   * exist, loops back into the chain, or repeats an id of the chain.
   */
  @Provide
  Arbitrary<List<Objective>> brokenSubtrees() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 100))
        .as(
            (size, kind, seed) -> {
              List<Objective> out = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                Objective.Builder b =
                    Objective.builder()
                        .id("broken" + i)
                        .title("Broken")
                        .cycle(Q4.id())
                        .addKeyResults(
                            KeyResult.metric("bk" + i, "Key result", 0, 10)
                                .plusCheckIn(CheckIn.of(AS_OF, (seed + i) % 11)));
                if (i > 0) {
                  b.parent("broken" + (i - 1));
                } else if (kind == 0) {
                  b.parent("ghost");
                } else if (kind == 1) {
                  b.parent("broken" + (seed % size));
                }
                out.add(b.build());
              }
              if (kind == 2) {
                out.add(Objective.of("broken" + (seed % size), "Twin", Q4.id()));
              }
              return out;
            });
  }

  @Property(tries = 200)
  void addingABrokenSubtreeChangesNoNumberOutsideIt(
      @ForAll("forests") OkrSet set,
      @ForAll("brokenSubtrees") List<Objective> broken,
      @ForAll("policies") RollupPolicy policy,
      @ForAll @IntRange(min = 0, max = 40) int at) {
    List<Objective> mixed = new ArrayList<>(set.objectives());
    mixed.addAll(Math.min(at, mixed.size()), broken);
    Rollup rollup = Rollup.of(Scorer.defaults(), policy);
    RollupResult clean = rollup.compute(set, AS_OF);
    RollupResult tolerant = rollup.computeTolerant(set.withObjectives(mixed), AS_OF);
    assertTrue(!tolerant.problems().isEmpty());
    for (ObjectiveRollup node : clean.nodes()) {
      ObjectiveRollup other = tolerant.node(node.objectiveId()).orElseThrow();
      assertEquals(node.rollup(), other.rollup(), node.objectiveId());
      assertEquals(node.paceStatus(), other.paceStatus(), node.objectiveId());
      assertTrue(other.problem().isEmpty(), node.objectiveId());
    }
    assertEquals(mixed.size(), tolerant.treeOrder().size());
  }

  @Provide
  Arbitrary<Rollup> rollups() {
    return Combinators.combine(
            Arbitraries.of(RollupPolicy.class),
            Arbitraries.of(
                RollupStrategy.weightedMean(), RollupStrategy.weakestLink(), RollupStrategy.sumOfValues()),
            Arbitraries.of(-1, 0, 3, 5, 10))
        .as(
            (p, s, mix) -> {
              Rollup r = Rollup.of(Scorer.defaults(), p).withStrategy(s);
              return mix < 0 ? r : r.withOwnShare(BigDecimal.valueOf(mix, 1));
            });
  }

  @Property(tries = 300)
  void contributionsSumToTheRollupUnderEveryStrategy(
      @ForAll("forests") OkrSet set, @ForAll("rollups") Rollup rollup) {
    RollupInvariants.assertSharesAddUpToEachRollup(rollup.compute(set, AS_OF), rollup);
  }

  @Property(tries = 300)
  void aDeferredDerivationArrivesAtTheNumberComputedBeforeIt(
      @ForAll("forests") OkrSet set, @ForAll("rollups") Rollup rollup) {
    for (ObjectiveRollup n : rollup.compute(set, AS_OF).nodes()) {
      // the number is read first (the derivation is made only now, on first read) ...
      Optional<BigDecimal> number = n.rollup();
      Derivation d = n.derivation();
      assertEquals(number, d.result(), n.objectiveId());
      assertEquals(number.isPresent(), n.isDefined(), n.objectiveId());
      assertEquals(d instanceof Derivation.Undefined, n.undefinedCode().isPresent(), n.objectiveId());
      // ... and is the same object on every read
      assertSame(d, n.derivation(), n.objectiveId());
      // the objective's own score: its deferred mean equals the one the public factory is given
      var own = n.ownScore();
      List<Derivation.Contribution> items = new ArrayList<>();
      List<Derivation.Excluded> excluded = new ArrayList<>();
      own.keyResultScores().forEach(k -> Scorer.contribute(k, items, excluded));
      if (!items.isEmpty()) {
        assertEquals(Derivation.WeightedMean.of(items, excluded), own.derivation(), n.objectiveId());
        assertEquals(own.derivation().result(), own.score(), n.objectiveId());
      }
    }
  }

  @Property(tries = 300)
  void weakestLinkEqualsTheMinimumOfTheCountedItems(@ForAll("forests") OkrSet set) {
    RollupResult r = Rollup.defaults().withStrategy(RollupStrategy.weakestLink()).compute(set, AS_OF);
    for (ObjectiveRollup n : r.nodes()) {
      List<BigDecimal> items = new ArrayList<>();
      n.ownScore().keyResultScores().forEach(k -> k.score().ifPresent(items::add));
      n.children().forEach(c -> c.rollup().ifPresent(items::add));
      assertEquals(items.isEmpty(), n.rollup().isEmpty(), n.objectiveId());
      n.rollup().ifPresent(x -> assertEquals(0, Collections.min(items).compareTo(x), n.objectiveId()));
    }
  }

  @Property(tries = 200)
  void permutingChildrenChangesNothingUnderEveryStrategy(
      @ForAll("forests") OkrSet set, @ForAll("rollups") Rollup rollup) {
    RollupInvariants.assertSameRollups(
        rollup.compute(set, AS_OF), rollup.compute(RollupInvariants.reversed(set, false), AS_OF));
  }

  /** The roll-up written the obvious way: recursion over children, for small trees only. */
  private static final class NaiveRollup {
    private final OkrSet set;
    private final RollupPolicy policy;
    private final Map<String, List<Objective>> children = new HashMap<>();

    NaiveRollup(OkrSet set, RollupPolicy policy) {
      this.set = set;
      this.policy = policy;
      for (Objective o : set.objectives()) {
        o.parent().ifPresent(p -> children.computeIfAbsent(p, x -> new ArrayList<>()).add(o));
      }
    }

    Map<String, Optional<BigDecimal>> all() {
      Map<String, Optional<BigDecimal>> out = new HashMap<>();
      set.objectives().forEach(o -> out.put(o.id(), rollup(o)));
      return out;
    }

    private Optional<BigDecimal> rollup(Objective o) {
      List<Objective> kids = children.getOrDefault(o.id(), List.of());
      BigDecimal num = BigDecimal.ZERO;
      BigDecimal den = BigDecimal.ZERO;
      if (policy != RollupPolicy.CHILDREN_ONLY || kids.isEmpty()) {
        ObjectiveScore own = Scorer.defaults().score(o, AS_OF);
        for (var k : own.keyResultScores()) {
          if (k.score().isPresent()) {
            num = num.add(k.weight().multiply(k.score().get()));
            den = den.add(k.weight());
          }
        }
      }
      if (policy != RollupPolicy.OWN_KEY_RESULTS_ONLY) {
        for (Objective c : kids) {
          Optional<BigDecimal> r = rollup(c);
          if (r.isPresent()) {
            num = num.add(c.weight().multiply(r.get()));
            den = den.add(c.weight());
          }
        }
      }
      if (den.signum() == 0) {
        return Optional.empty();
      }
      // Compare as numbers: the reference does not know the library's scale convention.
      return Optional.of(
          num.divide(den, java.math.MathContext.DECIMAL64).stripTrailingZeros())
          .map(x -> x.scale() < 0 ? x.setScale(0) : x);
    }
  }
}
