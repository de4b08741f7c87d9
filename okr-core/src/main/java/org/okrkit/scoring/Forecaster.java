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
import org.okrkit.internal.Scaled;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.internal.Stored;

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
    BigDecimal now = keyResult.target().isEmpty() ? null : current(keyResult, asOf, baseline, points);
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
    long xEnd = ChronoUnit.DAYS.between(cycle.start(), cycle.end());
    BigDecimal slope;
    BigDecimal projected;
    if (points.longSums()) {
      // each step in longs where it fits, else in BigDecimal from the same exact sums
      BigDecimal fast = points.slope();
      slope = fast != null ? fast : points.bigSlope();
      BigDecimal at = points.projected(slope, xEnd);
      projected = at != null ? at : points.bigProjected(slope, xEnd);
    } else {
      BigDecimal[] sums = points.sums();
      BigDecimal sx = sums[0];
      BigDecimal sy = sums[1];
      BigDecimal sxx = sums[2];
      BigDecimal sxy = sums[3];
      BigDecimal count = BigDecimal.valueOf(n);
      // Distinct dates make the denominator positive; sums are exact, only the quotients round.
      BigDecimal denominator = count.multiply(sxx).subtract(sx.multiply(sx));
      slope = ScoreMath.divide(count.multiply(sxy).subtract(sx.multiply(sy)), denominator);
      // a + slope × xEnd with a = (Σy − slope Σx) / n, folded into a single division.
      projected =
          ScoreMath.divide(
              sy.add(slope.multiply(count.multiply(BigDecimal.valueOf(xEnd)).subtract(sx))),
              count);
    }
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

  /**
   * The current value as of {@code asOf} ({@link Readings#current}): for check-ins in date order
   * without increments, the value of the last point of the fit (the latest value check-in on or
   * before the date, the later of a date), else the baseline; read again otherwise.
   */
  private static @Nullable BigDecimal current(
      KeyResult kr, LocalDate asOf, @Nullable BigDecimal baseline, Points points) {
    if (points.inDateOrder) {
      return points.size > 0 ? points.values[points.size - 1] : baseline;
    }
    Readings.Current now = Readings.current(kr, asOf, baseline);
    return now == null ? null : now.value();
  }

  /** The pace still needed per {@code days} days: the remaining gap over the days left. */
  private static @Nullable BigDecimal required(
      KeyResult kr, Cycle cycle, LocalDate asOf, @Nullable BigDecimal current, int days) {
    if (kr.target().isEmpty()) {
      return null;
    }
    long daysLeft = ChronoUnit.DAYS.between(asOf, cycle.end());
    if (current == null || daysLeft <= 0) {
      return null;
    }
    BigDecimal target = kr.target().orElseThrow().value();
    if (reached(kr, current)) {
      return BigDecimal.ZERO;
    }
    // (target − current) × days / daysLeft in scaled longs when every step fits: the quotient of
    // the same values, so the same rounded and normalised number as the BigDecimal steps below
    Scaled r = new Scaled();
    if (r.load(target)) {
      long t = r.unscaled;
      int ts = r.scale;
      if (r.load(current)
          && r.unscaled != Long.MIN_VALUE
          && r.add(t, ts, -r.unscaled, r.scale)
          && r.multiply(r.unscaled, r.scale, days, 0)
          && r.divide(r.unscaled, r.scale, daysLeft, 0)) {
        return r.toBigDecimal();
      }
    }
    BigDecimal gap = target.subtract(current);
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

    /** 10^0 … 10^MAX_LONG_SCALE. */
    private static final long[] POW10 = {
      1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
      1_000_000_000L
    };

    final long[] days;
    final BigDecimal[] values;
    int size;
    /** True when the points were read in one pass (check-ins in date order, no increments). */
    boolean inDateOrder;
    /** After {@link #longSums()}: Σx, Σy, Σx², Σxy as unscaled longs, Σy and Σxy at {@link #scale}. */
    private long sx;
    private long sy;
    private long sxx;
    private long sxy;
    private int scale;

    private Points(int capacity) {
      days = new long[capacity];
      values = new BigDecimal[capacity];
    }

    static Points of(
        KeyResult kr, LocalDate asOf, LocalDate start, @Nullable BigDecimal baseline) {
      List<CheckIn> checkIns = kr.checkIns();
      Points p = new Points(checkIns.size());
      if (kr.checkInsInDateOrder() && !kr.hasDeltaCheckIns()) {
        p.inDateOrder = true;
        // the values as stored: no Optional per check-in
        Stored.Access stored = Stored.access();
        long startDay = start.toEpochDay();
        LocalDate previous = null;
        for (CheckIn c : checkIns) {
          LocalDate date = c.date();
          if (date.isAfter(asOf)) {
            break; // in date order: every later one is after it too
          }
          BigDecimal value = stored.value(c);
          if (value == null) {
            continue; // a done flag, a zone or a confidence alone: no value to fit
          }
          if (date.equals(previous)) {
            p.values[p.size - 1] = value; // the later check-in of a date wins
          } else {
            p.days[p.size] = date.toEpochDay() - startDay;
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
     * Works out the exact sums Σx, Σy, Σx², Σxy in {@code long}s at the values' largest scale (the
     * numbers and scales of {@link #sums()}), made of no object; false when a value has more than
     * 18 digits, a negative scale or more than {@link #MAX_LONG_SCALE} decimals, or a sum leaves
     * the {@code long} range: {@link #sums()} then works in {@code BigDecimal}.
     */
    boolean longSums() {
      Scaled r = new Scaled();
      int s = 0;
      for (int i = 0; i < size; i++) {
        int vs = values[i].scale();
        if (vs < 0 || vs > MAX_LONG_SCALE) {
          return false;
        }
        s = Math.max(s, vs);
      }
      try {
        long x1 = 0;
        long y1 = 0;
        long xx = 0;
        long xy = 0;
        for (int i = 0; i < size; i++) {
          if (!r.load(values[i])) {
            return false;
          }
          long x = days[i];
          long y = Math.multiplyExact(r.unscaled, POW10[s - r.scale]);
          x1 = Math.addExact(x1, x);
          y1 = Math.addExact(y1, y);
          xx = Math.addExact(xx, Math.multiplyExact(x, x));
          xy = Math.addExact(xy, Math.multiplyExact(x, y));
        }
        sx = x1;
        sy = y1;
        sxx = xx;
        sxy = xy;
        scale = s;
        return true;
      } catch (ArithmeticException tooLarge) {
        return false;
      }
    }

    /**
     * After {@link #longSums()}: the slope {@code (nΣxy − ΣxΣy) / (nΣx² − (Σx)²)}, the quotient
     * {@link ScoreMath#divide} gives (only the values count: the quotient is rounded and
     * normalised), or null when a product leaves the {@code long} range or the fast division
     * declines.
     */
    @Nullable BigDecimal slope() {
      long n = size;
      try {
        long numerator = Math.subtractExact(Math.multiplyExact(n, sxy), Math.multiplyExact(sx, sy));
        long denominator =
            Math.subtractExact(Math.multiplyExact(n, sxx), Math.multiplyExact(sx, sx));
        Scaled q = new Scaled();
        return q.divide(numerator, scale, denominator, 0) ? q.toBigDecimal() : null;
      } catch (ArithmeticException tooLarge) {
        return null;
      }
    }

    /** After {@link #longSums()}: the slope as {@link #slope()} defines it, in BigDecimal. */
    BigDecimal bigSlope() {
      BigDecimal count = BigDecimal.valueOf(size);
      BigDecimal x = BigDecimal.valueOf(sx);
      BigDecimal y = BigDecimal.valueOf(sy, scale);
      BigDecimal denominator = count.multiply(BigDecimal.valueOf(sxx)).subtract(x.multiply(x));
      return ScoreMath.divide(
          count.multiply(BigDecimal.valueOf(sxy, scale)).subtract(x.multiply(y)), denominator);
    }

    /** After {@link #longSums()}: the projected value of {@link #projected}, in BigDecimal. */
    BigDecimal bigProjected(BigDecimal slope, long xEnd) {
      BigDecimal count = BigDecimal.valueOf(size);
      BigDecimal x = BigDecimal.valueOf(sx);
      return ScoreMath.divide(
          BigDecimal.valueOf(sy, scale)
              .add(slope.multiply(count.multiply(BigDecimal.valueOf(xEnd)).subtract(x))),
          count);
    }

    /**
     * After {@link #longSums()}: the value on day {@code xEnd}, {@code (Σy + slope × (n·xEnd −
     * Σx)) / n}, as {@link ScoreMath#divide} gives it, or null when a step leaves the {@code long}
     * range or the fast division declines.
     */
    @Nullable BigDecimal projected(BigDecimal slope, long xEnd) {
      long n = size;
      Scaled r = new Scaled();
      try {
        long m = Math.subtractExact(Math.multiplyExact(n, xEnd), sx);
        // slope × m beyond 18 digits cannot enter the fast division: no register work for it
        if (slope.precision() + digits(Math.abs(m)) > 19) {
          return null;
        }
        if (!r.load(slope) || !r.multiply(r.unscaled, r.scale, m, 0)
            || !r.add(sy, scale, r.unscaled, r.scale)) {
          return null;
        }
        return r.divide(r.unscaled, r.scale, n, 0) ? r.toBigDecimal() : null;
      } catch (ArithmeticException tooLarge) {
        return null;
      }
    }

    /** The number of decimal digits of {@code v} ≥ 0 (1 for 0); 19 for a negative overflow. */
    private static int digits(long v) {
      if (v < 0) {
        return 19;
      }
      int d = 1;
      for (long p = 10; d < 19 && v >= p; p *= 10) {
        d++;
      }
      return d;
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
