package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import org.okrkit.scoring.Scorer;

/** Value-sum cascades: the parent is the sum of its leaves at every date, whatever the order. */
class ValueSumProperties {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);

  /** A leaf key result 0 → 100 with up to 5 check-ins at random days and values. */
  @Provide
  Arbitrary<List<KeyResult>> leaves() {
    Arbitrary<CheckIn> checkIn =
        Combinators.combine(Arbitraries.integers().between(0, 91), Arbitraries.integers().between(-50, 200))
            .as((day, v) -> CheckIn.of(Q4.start().plusDays(day), BigDecimal.valueOf(v)));
    return checkIn.list().ofMaxSize(5).list().ofMinSize(1).ofMaxSize(5).map(lists -> {
      List<KeyResult> out = new ArrayList<>();
      for (int i = 0; i < lists.size(); i++) {
        out.add(KeyResult.metric("leaf" + i, "Grow leaf " + i, 0, 100).withUnit("USD").withCheckIns(lists.get(i)));
      }
      return out;
    });
  }

  @Property(tries = 200)
  void aValueSumParentEqualsTheSumOfItsLeavesAtEveryDate(
      @ForAll("leaves") List<KeyResult> leaves,
      @ForAll @IntRange(min = -5, max = 100) int day,
      @ForAll boolean nested) {
    LocalDate asOf = Q4.start().plusDays(day);
    List<String> ids = new ArrayList<>();
    leaves.forEach(l -> ids.add(l.id()));
    List<Objective> objectives = new ArrayList<>();
    KeyResult top;
    if (nested && ids.size() > 1) {
      // top = mid + last leaf, mid = the other leaves
      KeyResult mid = KeyResult.metric("mid", "Grow mid", 0, 100).withUnit("USD").withSumOf(ids.subList(0, ids.size() - 1));
      top = KeyResult.metric("top", "Grow top", 0, 500).withUnit("USD").withSumOf(List.of("mid", ids.get(ids.size() - 1)));
      objectives.add(Objective.of("m", "Mid", Q4.id(), mid));
    } else {
      top = KeyResult.metric("top", "Grow top", 0, 500).withUnit("USD").withSumOf(ids);
    }
    objectives.add(0, Objective.of("t", "Top", Q4.id(), top));
    objectives.add(Objective.of("l", "Leaves", Q4.id(), leaves.toArray(new KeyResult[0])));
    RollupResult r = Rollup.defaults().compute(OkrSet.of(List.of(Q4), objectives), asOf);
    BigDecimal sum = BigDecimal.ZERO;
    for (KeyResult leaf : leaves) {
      sum = sum.add(Scorer.defaults().score(leaf, asOf).current().orElseThrow());
    }
    boolean anyMoved = false;
    for (KeyResult leaf : leaves) {
      anyMoved |= leaf.checkIns().stream().anyMatch(c -> !c.date().isAfter(asOf));
    }
    BigDecimal current = r.node("t").orElseThrow().ownScore().keyResultScores().get(0).current().orElseThrow();
    // Before any leaf moved the parent sits at its own baseline (0, like the leaves' baselines).
    assertEquals(0, (anyMoved ? sum : BigDecimal.ZERO).compareTo(current), current + " vs " + sum);
    // Permuting the leaves' order changes nothing.
    List<KeyResult> reversed = new ArrayList<>(leaves);
    Collections.reverse(reversed);
    List<Objective> permuted = new ArrayList<>(objectives);
    permuted.set(permuted.size() - 1, Objective.of("l", "Leaves", Q4.id(), reversed.toArray(new KeyResult[0])));
    Collections.reverse(permuted);
    RollupResult p = Rollup.defaults().compute(OkrSet.of(List.of(Q4), permuted), asOf);
    assertEquals(0, current.compareTo(p.node("t").orElseThrow().ownScore().keyResultScores().get(0).current().orElseThrow()));
  }
}
