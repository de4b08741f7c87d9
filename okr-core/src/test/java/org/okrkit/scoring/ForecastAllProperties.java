package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * {@link Forecaster#forecastAll} gives every key result of a set the forecast {@link
 * Forecaster#forecast} gives it with its objective's cycle: every number with its scale, the
 * reason, the explanation, over every kind of key result, check-ins before, on and after the date
 * (ties of a date included), out of order, increments, values of many digits and decimals,
 * targets and baselines missing, stepped targets and bands, mid-cycle changes, cycles missing,
 * and scorers with caps, floors, threshold credits and curves of every kind; as of dates before,
 * during and after the cycle, the same set forecast again as of another date (its columns kept).
 */
class ForecastAllProperties {
  private static final Cycle Q4 = GeneratedSets.Q4;

  @Property(tries = 400)
  void everyForecastOfTheSetIsTheOneOfItsKeyResult(
      @ForAll("sets") OkrSet set,
      @ForAll("forecasters") Forecaster forecaster,
      @ForAll @IntRange(min = -20, max = 110) int day,
      @ForAll @IntRange(min = -20, max = 110) int again) {
    for (int d : new int[] {day, again}) {
      LocalDate asOf = Q4.start().plusDays(d);
      Forecasts all = forecaster.forecastAll(set, asOf);
      assertEquals(asOf, all.asOf());
      int forecast = 0;
      for (int i = 0; i < set.objectives().size(); i++) {
        Objective o = set.objectives().get(i);
        Cycle cycle = set.cycle(o.cycle()).orElse(null);
        assertEquals(cycle != null, all.isForecast(i), o.id());
        if (cycle == null) {
          int at = i;
          if (!o.keyResults().isEmpty()) {
            assertThrows(IllegalArgumentException.class, () -> all.forecast(at, 0));
          }
          continue;
        }
        List<Forecast> ofObjective = all.ofObjective(i);
        assertEquals(o.keyResults().size(), ofObjective.size());
        for (int j = 0; j < o.keyResults().size(); j++) {
          KeyResult kr = o.keyResults().get(j);
          Forecast expected = forecaster.forecast(kr, cycle, asOf);
          Forecast actual = all.forecast(i, j);
          String where = kr + " as of " + asOf;
          assertEquals(expected, actual, where);
          assertEquals(expected.slopePerDay(), actual.slopePerDay(), where);
          assertEquals(expected.projectedValue(), actual.projectedValue(), where);
          assertEquals(expected.projectedScore(), actual.projectedScore(), where);
          assertEquals(expected.requiredPerDay(), actual.requiredPerDay(), where);
          assertEquals(expected.requiredPerWeek(), actual.requiredPerWeek(), where);
          assertEquals(expected.unavailableReason(), actual.unavailableReason(), where);
          assertEquals(expected.explanation(), actual.explanation(), where);
          assertEquals(expected, ofObjective.get(j), where);
          forecast++;
        }
      }
      assertEquals(forecast, all.size());
    }
  }

  @Property(tries = 50)
  void theColumnsAreLaidOutOnceAndKeptWithTheSet(@ForAll("sets") OkrSet set) {
    assertSame(ForecastColumns.of(set), ForecastColumns.of(set));
  }

  @Property(tries = 50)
  void positionsOutsideTheSetAreRefused(@ForAll("sets") OkrSet set) {
    Forecasts all = Forecaster.defaults().forecastAll(set, Q4.start().plusDays(40));
    int n = set.objectives().size();
    assertThrows(IndexOutOfBoundsException.class, () -> all.forecast(n, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> all.isForecast(-1));
    assertThrows(IndexOutOfBoundsException.class, () -> all.ofObjective(n));
    int keyResults = set.objectives().get(0).keyResults().size();
    assertThrows(IndexOutOfBoundsException.class, () -> all.forecast(0, keyResults));
    assertTrue(all.toString().contains(all.size() + " key results"));
    assertFalse(all.toString().isEmpty());
  }

  @Provide
  Arbitrary<Forecaster> forecasters() {
    Arbitrary<ScoringPolicy> policies =
        Combinators.combine(
                Arbitraries.of(-1, 0, 12),
                Arbitraries.of(-1, 0, -3),
                Arbitraries.of(ThresholdCredit.class),
                Arbitraries.of(0, 0, 1))
            .as(
                (cap, floor, credit, curve) -> {
                  ScoringPolicy p = ScoringPolicy.defaults().withThresholdCredit(credit);
                  p = cap < 0 ? p.withoutCap() : cap == 0 ? p : p.withCap(BigDecimal.valueOf(cap, 1));
                  p = floor < 0 && floor != -3 ? p.withoutFloor() : floor == 0 ? p : p.withFloor(BigDecimal.valueOf(floor, 1));
                  if (curve == 1) {
                    p = p.withCurve(ScoringCurve.piecewise(List.of(
                        ScoringCurve.Point.of(0, 0), ScoringCurve.Point.of(0.5, 0.7), ScoringCurve.Point.of(1, 1))));
                  }
                  return p;
                });
    return Combinators.combine(policies, Arbitraries.of(0, 0, 1, 2))
        .as(
            (policy, models) -> {
              Scorer s = Scorer.of(policy);
              if (models == 1) {
                s = s.withScoring(KeyResultKind.METRIC, BuiltInScoring.METRIC)
                    .withScoring(KeyResultKind.THRESHOLD, BuiltInScoring.THRESHOLD);
              } else if (models == 2) {
                // a model of the user's: the key result rebuilt and scored
                s = s.withScoring(KeyResultKind.METRIC, (kr, asOf, p) -> Scorer.defaults().score(kr, asOf).derivation());
              }
              return Forecaster.of(s);
            });
  }

  @Provide
  Arbitrary<OkrSet> sets() {
    return GeneratedSets.sets();
  }
}
