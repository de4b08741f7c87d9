package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;

/**
 * The forecast's least-squares line is the one through the series a chart draws ({@code
 * Readings.series}: one point per date, the later check-in of a date winning, increments summed),
 * with exact sums, whether the check-ins come in date order (read in one pass, summed in {@code
 * long}s) or not, whatever their decimals and size (summed in {@code BigDecimal}): pinned against
 * the plain computation. The projected score is what the scorer gives the key result on the
 * cycle's last day with the one check-in of the projected value, whichever way the forecaster
 * reaches it (the built-in metric and threshold models are applied to the value directly).
 */
class ForecastProperties {
  private static final Cycle CYCLE =
      Cycle.of("q", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

  @Provide
  Arbitrary<List<CheckIn>> checkIns() {
    Arbitrary<BigDecimal> value =
        Combinators.combine(
                Arbitraries.longs().between(-1_000_000, 1_000_000),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 19))
            .as(
                (unscaled, scale, huge) ->
                    huge == 0
                        // beyond a long once multiplied by the day and summed
                        ? new BigDecimal("98765432109876543.21").multiply(BigDecimal.valueOf(unscaled))
                        : BigDecimal.valueOf(unscaled, scale % 4 == 0 ? scale : scale % 3));
    Arbitrary<CheckIn> one =
        Combinators.combine(
                Arbitraries.integers().between(-5, 95), value, Arbitraries.integers().between(0, 14))
            .as(
                (day, v, kind) -> {
                  LocalDate date = CYCLE.start().plusDays(day);
                  return kind == 0
                      ? CheckIn.ofDone(date, v.signum() > 0)
                      : kind == 1 ? CheckIn.ofDelta(date, v) : CheckIn.of(date, v);
                });
    return one.list().ofMaxSize(14);
  }

  @Property(tries = 1000)
  void theTrendIsTheExactLeastSquaresLineThroughTheSeries(
      @ForAll("checkIns") List<CheckIn> checkIns,
      @ForAll boolean sorted,
      @ForAll @IntRange(min = 0, max = 100) int asOfDay) {
    List<CheckIn> list = new java.util.ArrayList<>(checkIns);
    if (sorted) {
      list.sort(java.util.Comparator.comparing(CheckIn::date)); // stable: equal dates keep order
    }
    LocalDate asOf = CYCLE.start().plusDays(asOfDay);
    KeyResult kr =
        KeyResult.metric("m", "Grow m from 0 to 100", BigDecimal.ZERO, BigDecimal.valueOf(100))
            .withCheckIns(list);
    Forecast f = Forecaster.defaults().forecast(kr, CYCLE, asOf);
    Map<LocalDate, BigDecimal> series = Readings.series(kr, asOf, BigDecimal.ZERO);
    assertEquals(series.size(), f.usableCheckIns(), list + " as of " + asOf);
    BigDecimal[] expected = plainFit(series);
    assertEquals(expected[0], f.slopePerDay().orElse(null), list + " as of " + asOf);
    assertEquals(expected[1], f.projectedValue().orElse(null), list + " as of " + asOf);
  }

  @Property(tries = 1000)
  void theRequiredPaceIsTheExactRemainingGapOverTheDaysLeft(
      @ForAll("checkIns") List<CheckIn> checkIns,
      @ForAll boolean sorted,
      @ForAll @IntRange(min = 0, max = 100) int asOfDay) {
    List<CheckIn> list = new java.util.ArrayList<>(checkIns);
    if (sorted) {
      list.sort(java.util.Comparator.comparing(CheckIn::date)); // stable: equal dates keep order
    }
    LocalDate asOf = CYCLE.start().plusDays(asOfDay);
    BigDecimal target = BigDecimal.valueOf(100);
    KeyResult kr =
        KeyResult.metric("m", "Grow m from 0 to 100", BigDecimal.ZERO, target).withCheckIns(list);
    Forecast f = Forecaster.defaults().forecast(kr, CYCLE, asOf);
    Readings.Current now = Readings.current(kr, asOf, BigDecimal.ZERO);
    long daysLeft = ChronoUnit.DAYS.between(asOf, CYCLE.end());
    for (int days : new int[] {1, 7}) {
      BigDecimal expected =
          now == null || daysLeft <= 0
              ? null
              : now.value().compareTo(target) >= 0
                  ? BigDecimal.ZERO
                  : ScoreMath.slowDivide(
                      target.subtract(now.value()).multiply(BigDecimal.valueOf(days)),
                      BigDecimal.valueOf(daysLeft));
      Optional<BigDecimal> required = days == 1 ? f.requiredPerDay() : f.requiredPerWeek();
      assertEquals(expected, required.orElse(null), list + " as of " + asOf + " per " + days);
    }
  }

  /** Slope and projected value by the textbook formulas over exact BigDecimal sums, or nulls. */
  private static @Nullable BigDecimal[] plainFit(Map<LocalDate, BigDecimal> points) {
    int n = points.size();
    if (n < 2) {
      return new BigDecimal[2];
    }
    BigDecimal sx = BigDecimal.ZERO;
    BigDecimal sy = BigDecimal.ZERO;
    BigDecimal sxx = BigDecimal.ZERO;
    BigDecimal sxy = BigDecimal.ZERO;
    for (Map.Entry<LocalDate, BigDecimal> p : points.entrySet()) {
      BigDecimal x = BigDecimal.valueOf(ChronoUnit.DAYS.between(CYCLE.start(), p.getKey()));
      sx = sx.add(x);
      sy = sy.add(p.getValue());
      sxx = sxx.add(x.multiply(x));
      sxy = sxy.add(x.multiply(p.getValue()));
    }
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal slope =
        ScoreMath.divide(
            count.multiply(sxy).subtract(sx.multiply(sy)),
            count.multiply(sxx).subtract(sx.multiply(sx)));
    BigDecimal xEnd = BigDecimal.valueOf(ChronoUnit.DAYS.between(CYCLE.start(), CYCLE.end()));
    BigDecimal projected =
        ScoreMath.divide(sy.add(slope.multiply(count.multiply(xEnd).subtract(sx))), count);
    return new BigDecimal[] {slope, projected};
  }

  @Provide
  Arbitrary<KeyResult> keyResults() {
    Arbitrary<BigDecimal> number =
        Combinators.combine(
                Arbitraries.integers().between(-300, 300), Arbitraries.integers().between(0, 3))
            .as((unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    Arbitrary<KeyResult> shape =
        Combinators.combine(
                Arbitraries.integers().between(0, 9), number, number, number, Arbitraries.integers().between(0, 3))
            .as(
                (kind, a, b, c, change) -> {
                  KeyResult kr =
                      switch (kind) {
                        case 0, 1 -> KeyResult.metric("m", "Grow m", a, b);
                        case 2 -> KeyResult.metric("m", "Grow m", a, a); // baseline = target
                        case 3 -> KeyResult.metric("m", "Grow m", a, b.add(BigDecimal.ONE))
                            .withTarget(
                                org.okrkit.model.Target.stepped(
                                    b.add(BigDecimal.ONE), null, b.add(BigDecimal.TEN)));
                        case 4 -> KeyResult.threshold(
                            "t", "Keep t", org.okrkit.model.Target.atLeast(a));
                        case 5 -> KeyResult.threshold(
                                "t", "Keep t", org.okrkit.model.Target.atMost(a))
                            .withBaseline(org.okrkit.model.Baseline.of(b));
                        case 6 -> KeyResult.threshold(
                                "t", "Keep t", org.okrkit.model.Target.atLeast(a))
                            .withBaseline(org.okrkit.model.Baseline.of(b));
                        case 7 -> KeyResult.threshold(
                            "t", "Keep t",
                            org.okrkit.model.Target.between(a.min(b), a.max(b).add(BigDecimal.ONE)));
                        case 8 -> KeyResult.threshold("t", "Keep t", org.okrkit.model.Target.of(a));
                        default -> KeyResult.metric("m", "Grow m", a, b)
                            .withTarget(org.okrkit.model.Target.of(c));
                      };
                  if (change == 0
                      && kr.target().isPresent()
                      && kr.target().get().value().compareTo(c) != 0) {
                    // re-planned mid-cycle: the target in force at the end is the new one
                    kr = kr.withChanges(List.of(org.okrkit.model.Change.ofTarget(
                        CYCLE.start().plusDays(30), c, kr.target().get().value(), "re-planned")));
                  }
                  return kr;
                });
    Arbitrary<List<CheckIn>> checkIns =
        Combinators.combine(number, number, number, Arbitraries.integers().between(1, 20))
            .as(
                (x, y, z, step) ->
                    List.of(
                        CheckIn.of(CYCLE.start().plusDays(step), x),
                        CheckIn.of(CYCLE.start().plusDays(2L * step), y),
                        CheckIn.of(CYCLE.start().plusDays(3L * step), z)));
    return Combinators.combine(shape, checkIns).as(KeyResult::withCheckIns);
  }

  @Provide
  Arbitrary<Scorer> scorers() {
    ScoringCurve half = ScoringCurve.ofDouble("half", p -> p / 2);
    return Arbitraries.of(
        Scorer.defaults(),
        Scorer.of(ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.PARTIAL)),
        Scorer.of(ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.HIT_RATIO)),
        Scorer.of(ScoringPolicy.defaults().withoutCap().withoutFloor()),
        Scorer.of(ScoringPolicy.defaults().withCurve(half)),
        Scorer.of(
            ScoringPolicy.defaults()
                .withCurve(
                    ScoringCurve.piecewise(
                        List.of(
                            ScoringCurve.Point.of(0, 0),
                            ScoringCurve.Point.of(0.5, 0.7),
                            ScoringCurve.Point.of(1, 1))))),
        Scorer.of(
            ScoringPolicy.defaults()
                .withoutCap()
                .withThresholdCredit(ThresholdCredit.PARTIAL)),
        Scorer.defaults().withScoring(org.okrkit.model.KeyResultKind.METRIC, KeyResultScoring.metric()),
        Scorer.defaults().withScoring(org.okrkit.model.KeyResultKind.THRESHOLD, KeyResultScoring.band()),
        Scorer.defaults()
            .withScoring(
                org.okrkit.model.KeyResultKind.METRIC,
                (kr, asOf, policy) -> KeyResultScoring.standard().derive(kr, asOf, policy)));
  }

  @Property(tries = 1000)
  void theProjectedScoreIsTheScoreOfTheProjectedValueOnTheCycleEnd(
      @ForAll("keyResults") KeyResult kr, @ForAll("scorers") Scorer scorer) {
    LocalDate asOf = CYCLE.start().plusDays(70);
    Forecast f = Forecaster.of(scorer).forecast(kr, CYCLE, asOf);
    BigDecimal projected = f.projectedValue().orElse(null);
    if (projected == null) {
      assertEquals(Optional.empty(), f.projectedScore(), kr.toString());
      return;
    }
    KeyResult atEnd = kr.withCheckIns(List.of(CheckIn.of(CYCLE.end(), projected)));
    assertEquals(
        scorer.score(atEnd, CYCLE.end()).score(), f.projectedScore(), kr + " with " + scorer);
  }
}
