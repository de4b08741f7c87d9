package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;

/**
 * Forecasts key results to the end of their cycle by ordinary least squares over their check-ins.
 *
 * <p>The points are {@code (days since the cycle's start, value)} of the value check-ins dated on
 * or before the as-of date, one per date (the later in the list wins, as in scoring). The fitted
 * line {@code value = a + slope × day} is evaluated on the cycle's last day; its projected score
 * is what the {@link Scorer} would give that value on that day. Quotients are rounded to {@link
 * ScoringPolicy#MATH_CONTEXT}. Final, stateless and thread-safe.
 */
public final class Forecaster {
  private static final Forecaster DEFAULTS = new Forecaster(Scorer.defaults());

  private final Scorer scorer;

  private Forecaster(Scorer scorer) {
    this.scorer = scorer;
  }

  /** {@return a forecaster scoring projections with {@link Scorer#defaults()}} */
  public static Forecaster defaults() {
    return DEFAULTS;
  }

  /**
   * A forecaster scoring projections with {@code scorer}.
   *
   * @param scorer the scorer of key results
   * @return a forecaster scoring projections with {@code scorer}
   * @throws NullPointerException if {@code scorer} is null
   */
  public static Forecaster of(Scorer scorer) {
    return new Forecaster(Objects.requireNonNull(scorer, "scorer"));
  }

  /**
   * The forecast of {@code keyResult} to the end of {@code cycle}, from what was known on {@code
   * asOf}.
   *
   * @param keyResult the key result
   * @param cycle the cycle
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the forecast of {@code keyResult} to the end of {@code cycle}, from what was known on
   *     {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public Forecast forecast(KeyResult keyResult, Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    String id = keyResult.id();
    if (keyResult.kind() == KeyResultKind.MILESTONE) {
      return new Forecast(
          id, asOf, cycle.end(), 0, null, null, null, null, null,
          "milestone key result '" + id + "' has no values to project");
    }
    BigDecimal baseline = keyResult.baseline().map(Baseline::value).orElse(null);
    Points points = Points.of(keyResult, asOf, cycle.start(), baseline);
    Readings.Current now =
        keyResult.target().isEmpty() ? null : Readings.current(keyResult, asOf, baseline);
    BigDecimal required = required(keyResult, cycle, asOf, now, 1);
    BigDecimal requiredWeekly = required(keyResult, cycle, asOf, now, 7);
    int n = points.size;
    if (n < 2) {
      return new Forecast(
          id, asOf, cycle.end(), n, null, null, null, required, requiredWeekly,
          "only "
              + n
              + " usable check-in"
              + (n == 1 ? "" : "s")
              + " on or before "
              + asOf
              + "; a projection needs at least 2 on different dates");
    }
    BigDecimal[] sums = points.sums();
    BigDecimal sx = sums[0];
    BigDecimal sy = sums[1];
    BigDecimal sxx = sums[2];
    BigDecimal sxy = sums[3];
    BigDecimal count = BigDecimal.valueOf(n);
    // Distinct dates make the denominator positive; sums are exact, only the quotients round.
    BigDecimal denominator = count.multiply(sxx).subtract(sx.multiply(sx));
    BigDecimal slope =
        ScoreMath.divide(count.multiply(sxy).subtract(sx.multiply(sy)), denominator);
    BigDecimal xEnd = BigDecimal.valueOf(ChronoUnit.DAYS.between(cycle.start(), cycle.end()));
    // a + slope × xEnd with a = (Σy − slope Σx) / n, folded into a single division.
    BigDecimal projected =
        ScoreMath.divide(sy.add(slope.multiply(count.multiply(xEnd).subtract(sx))), count);
    BigDecimal projectedScore = projectedScore(keyResult, cycle.end(), projected);
    return new Forecast(
        id, asOf, cycle.end(), n, slope, projected, projectedScore, required, requiredWeekly,
        null);
  }

  /**
   * What the scorer gives {@code keyResult} on {@code end} with the one check-in {@code (end,
   * projected)}. The built-in metric and threshold models (the usual ones) are applied to the value
   * directly, by the same steps as their derivations: rebuilding the key result with that check-in
   * ({@code withCheckIns} checks and indexes a whole key result) was about a quarter of a
   * forecast's time. Any other model, a stepped or band target, and the hit-ratio threshold credit
   * score the rebuilt key result as before. {@code ForecastProperties} pins both ways to the same
   * number.
   */
  private @Nullable BigDecimal projectedScore(
      KeyResult keyResult, LocalDate end, BigDecimal projected) {
    KeyResultScoring model = scorer.scoring(keyResult.kind());
    if (model instanceof BuiltInScoring builtIn) {
      // the check the check-in's factory makes, with the same message when it fails
      Checks.decimal("check-in", end, "value", projected);
      KeyResult kr = keyResult.inForceOn(end);
      Target t = kr.target().orElse(null);
      BuiltInScoring m = builtIn;
      if (m == BuiltInScoring.STANDARD) {
        m =
            kr.kind() == KeyResultKind.METRIC && (t == null || !t.isStepped())
                ? BuiltInScoring.METRIC
                : kr.kind() == KeyResultKind.THRESHOLD && (t == null || !t.isBand())
                    ? BuiltInScoring.THRESHOLD
                    : m;
      }
      ScoringPolicy policy = scorer.policy();
      if (m == BuiltInScoring.METRIC) {
        return metricScore(kr, projected, policy, end);
      }
      if (m == BuiltInScoring.THRESHOLD && policy.thresholdCredit() != ThresholdCredit.HIT_RATIO) {
        return thresholdScore(kr, t, projected, policy, end);
      }
    }
    KeyResult atEnd = keyResult.withCheckIns(List.of(CheckIn.of(end, projected)));
    return scorer.score(atEnd, end).score().orElse(null);
  }

  /** {@code BuiltInScoring.METRIC}'s score for the current value {@code c}, by its own steps. */
  private static @Nullable BigDecimal metricScore(
      KeyResult kr, BigDecimal c, ScoringPolicy policy, LocalDate end) {
    if (BuiltInScoring.missing(kr) != null) {
      return null;
    }
    BigDecimal b = kr.baseline().orElseThrow().value();
    BigDecimal t = kr.target().orElseThrow().value();
    if (b.compareTo(t) == 0) {
      return null;
    }
    return BuiltInScoring.metricAt(kr, b, t, c, policy, projection(end)).result().orElse(null);
  }

  /** {@code BuiltInScoring.THRESHOLD}'s score for the value {@code current}, by its own steps. */
  private static @Nullable BigDecimal thresholdScore(
      KeyResult kr, @Nullable Target bound, BigDecimal current, ScoringPolicy policy,
      LocalDate end) {
    if (bound == null || !bound.isBound()) {
      return null;
    }
    BigDecimal baseline = kr.baseline().map(Baseline::value).orElse(null);
    return BuiltInScoring.thresholdAt(bound, baseline, current, policy.thresholdCredit(), policy,
        projection(end)).result().orElse(null);
  }

  /** The source of a projected value: no check-in, read on the cycle's last day. */
  private static Derivation.Source projection(LocalDate end) {
    return Derivation.Source.of(Optional.empty(), end);
  }

  /** The pace still needed per {@code days} days: the remaining gap over the days left. */
  private static @Nullable BigDecimal required(
      KeyResult kr, Cycle cycle, LocalDate asOf, Readings.@Nullable Current now, int days) {
    if (kr.target().isEmpty()) {
      return null;
    }
    BigDecimal current = now == null ? null : now.value();
    long daysLeft = ChronoUnit.DAYS.between(asOf, cycle.end());
    if (current == null || daysLeft <= 0) {
      return null;
    }
    BigDecimal target = kr.target().orElseThrow().value();
    BigDecimal gap = target.subtract(current);
    if (reached(kr, current)) {
      return BigDecimal.ZERO;
    }
    return ScoreMath.divide(gap.multiply(BigDecimal.valueOf(days)), BigDecimal.valueOf(daysLeft));
  }

  private static boolean reached(KeyResult kr, BigDecimal current) {
    var target = kr.target().orElseThrow();
    if (target.isBound()) {
      return BuiltInScoring.meets(target, current);
    }
    BigDecimal b = kr.baseline().map(Baseline::value).orElse(current);
    int direction = target.value().compareTo(b);
    int c = current.compareTo(target.value());
    return direction >= 0 ? c >= 0 : c <= 0;
  }

  /**
   * The points of the fit: {@code (days since the cycle's start, value)}, one per date, in date
   * order. Check-ins recorded in date order without increments (the usual case) are read in one
   * pass; any others through {@link Readings#series}, which sorts them and sums the increments.
   */
  private static final class Points {
    /** The most decimal places summed in {@code long}s; more go through {@code BigDecimal}. */
    private static final int MAX_LONG_SCALE = 9;

    final long[] days;
    final BigDecimal[] values;
    int size;

    private Points(int capacity) {
      days = new long[capacity];
      values = new BigDecimal[capacity];
    }

    static Points of(
        KeyResult kr, LocalDate asOf, LocalDate start, @Nullable BigDecimal baseline) {
      List<CheckIn> checkIns = kr.checkIns();
      Points p = new Points(checkIns.size());
      if (kr.checkInsInDateOrder() && !kr.hasDeltaCheckIns()) {
        LocalDate previous = null;
        for (CheckIn c : checkIns) {
          LocalDate date = c.date();
          if (date.isAfter(asOf)) {
            break; // in date order: every later one is after it too
          }
          BigDecimal value = c.value().orElse(null);
          if (value == null) {
            continue; // a done flag, a zone or a confidence alone: no value to fit
          }
          if (date.equals(previous)) {
            p.values[p.size - 1] = value; // the later check-in of a date wins
          } else {
            p.days[p.size] = ChronoUnit.DAYS.between(start, date);
            p.values[p.size] = value;
            p.size++;
            previous = date;
          }
        }
        return p;
      }
      // One point per date (the later check-in of a date wins), deltas accumulated.
      for (Map.Entry<LocalDate, BigDecimal> e : Readings.series(kr, asOf, baseline).entrySet()) {
        p.days[p.size] = ChronoUnit.DAYS.between(start, e.getKey());
        p.values[p.size] = e.getValue();
        p.size++;
      }
      return p;
    }

    /**
     * The exact sums Σx, Σy, Σx², Σxy: in {@code long}s at the values' largest scale when they
     * fit (the same numbers, and scales, as the {@code BigDecimal} sums, without a {@code
     * BigDecimal} per step), else in {@code BigDecimal}.
     */
    BigDecimal[] sums() {
      int scale = 0;
      for (int i = 0; i < size; i++) {
        scale = Math.max(scale, values[i].scale());
        if (values[i].scale() < 0) {
          scale = Integer.MAX_VALUE;
        }
      }
      if (scale <= MAX_LONG_SCALE) {
        try {
          long sx = 0;
          long sy = 0;
          long sxx = 0;
          long sxy = 0;
          for (int i = 0; i < size; i++) {
            long x = days[i];
            long y = values[i].movePointRight(scale).longValueExact();
            sx = Math.addExact(sx, x);
            sy = Math.addExact(sy, y);
            sxx = Math.addExact(sxx, Math.multiplyExact(x, x));
            sxy = Math.addExact(sxy, Math.multiplyExact(x, y));
          }
          return new BigDecimal[] {
            BigDecimal.valueOf(sx),
            BigDecimal.valueOf(sy, scale),
            BigDecimal.valueOf(sxx),
            BigDecimal.valueOf(sxy, scale)
          };
        } catch (ArithmeticException tooLarge) {
          // a sum beyond a long: the exact BigDecimal sums below
        }
      }
      BigDecimal sx = BigDecimal.ZERO;
      BigDecimal sy = BigDecimal.ZERO;
      BigDecimal sxx = BigDecimal.ZERO;
      BigDecimal sxy = BigDecimal.ZERO;
      for (int i = 0; i < size; i++) {
        BigDecimal x = BigDecimal.valueOf(days[i]);
        BigDecimal y = values[i];
        sx = sx.add(x);
        sy = sy.add(y);
        sxx = sxx.add(x.multiply(x));
        sxy = sxy.add(x.multiply(y));
      }
      return new BigDecimal[] {sx, sy, sxx, sxy};
    }
  }
}
