package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
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
 * the plain computation.
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
}
