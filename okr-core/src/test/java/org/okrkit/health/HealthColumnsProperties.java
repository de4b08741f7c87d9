package org.okrkit.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.GeneratedSets;

/**
 * {@link HealthPolicy#assess} of a set's own roll-up, which reads the set's {@link
 * HealthColumns} and the roll-up's scores by position, gives every objective and key result the
 * assessment it gives one key result at a time from each score's key result and check-ins: the
 * same health, rule, expected progress, dates and detail, over every kind of key result, own
 * dates, plans, cadences of days and of months, close-outs, weights of 0, cycles missing, and
 * policies of other cadences, graces and pace styles; as of dates before, during and after the
 * cycle, the same set assessed again as of another date (its columns kept).
 */
class HealthColumnsProperties {
  @Property(tries = 300)
  void theSetsAssessmentIsTheOneMadeKeyResultByKeyResult(
      @ForAll("sets") OkrSet set,
      @ForAll("policies") HealthPolicy policy,
      @ForAll @IntRange(min = -20, max = 110) int day,
      @ForAll @IntRange(min = -20, max = 110) int again) {
    for (int d : new int[] {day, again}) {
      LocalDate asOf = GeneratedSets.Q4.start().plusDays(d);
      RollupResult result = Rollup.defaults().compute(set, asOf);
      HealthReport fast = policy.assess(set, result);
      HealthReport plain = policy.assessOneByOne(set, result);
      assertEquals(plain.objectives(), fast.objectives());
      assertEquals(plain.size(), fast.size());
      for (ObjectiveRollup node : plain.objectives()) {
        assertEquals(plain.objective(node), fast.objective(node), node.objectiveId() + " as of " + asOf);
        List<HealthAssessment> p = plain.keyResults(node);
        List<HealthAssessment> f = fast.keyResults(node);
        assertEquals(p, f, node.objectiveId() + " as of " + asOf);
        for (int k = 0; k < p.size(); k++) {
          assertEquals(p.get(k).toString(), f.get(k).toString());
          assertEquals(p.get(k).heard(), f.get(k).heard());
        }
      }
    }
  }

  @Property(tries = 30)
  void theColumnsAreLaidOutOnceAndKeptWithTheSet(@ForAll("sets") OkrSet set) {
    assertSame(HealthColumns.of(set), HealthColumns.of(set));
  }

  @Property(tries = 50)
  void aRollUpOfAnotherSetIsAssessedOneByOne(@ForAll("sets") OkrSet set) {
    LocalDate asOf = GeneratedSets.Q4.start().plusDays(50);
    OkrSet copy = OkrSet.builder().from(set).build();
    RollupResult other = Rollup.defaults().compute(copy, asOf);
    HealthReport report = HealthPolicy.defaults().assess(set, other);
    HealthReport plain = HealthPolicy.defaults().assessOneByOne(set, other);
    for (ObjectiveRollup node : plain.objectives()) {
      assertEquals(plain.objective(node), report.objective(node));
      assertEquals(plain.keyResults(node), report.keyResults(node));
    }
  }

  @Provide
  Arbitrary<OkrSet> sets() {
    return GeneratedSets.sets();
  }

  @Provide
  Arbitrary<HealthPolicy> policies() {
    return Combinators.combine(
            Arbitraries.of(Period.ofWeeks(1), Period.ofDays(2), Period.ofWeeks(2), Period.ofMonths(1)),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false))
        .as(
            (period, grace, ratio) -> {
              HealthPolicy p = HealthPolicy.defaults().withCadence(CheckInCadence.of(period, grace));
              return ratio ? p.withPaceStyle(PaceStyle.ratio()) : p;
            });
  }
}
