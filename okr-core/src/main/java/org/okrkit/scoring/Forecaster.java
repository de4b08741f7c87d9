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
import org.okrkit.model.OkrSet;
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
          id, asOf, cycle.end(), 0, null, null, null, null, null, Forecast.MILESTONE);
    }
    BigDecimal baseline = keyResult.baseline().map(Baseline::value).orElse(null);
    Points points = Points.of(keyResult, asOf, cycle.start(), baseline);
    BigDecimal now = keyResult.target().isEmpty() ? null : current(keyResult, asOf, baseline, points);
    BigDecimal required = required(keyResult, cycle, asOf, now, 1);
    BigDecimal requiredWeekly = required(keyResult, cycle, asOf, now, 7);
    int n = points.size;
    if (n < 2) {
      return new Forecast(
          id, asOf, cycle.end(), n, null, null, null, required, requiredWeekly, Forecast.TOO_FEW);
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
        Forecast.PROJECTED);
  }

  /**
   * The forecast of every key result of {@code set} to the end of its objective's cycle, from
   * what was known on {@code asOf}: for each, the forecast {@link #forecast} gives it with the
   * objective's cycle (the same numbers, scales and reasons), worked out for the whole set at
   * once. What the forecasts read of the set (each key result's points, target and baseline as
   * scaled {@code long}s) is laid out on the first call and kept with the immutable set, so
   * forecasting the same set as of another date reads no check-in again; the check-ins in force
   * are found by a binary search, the sums, slope, projection, projected score and paces are
   * worked out in {@code long}s where they fit (exact decimals otherwise), and each {@link
   * Forecast} is made when read ({@link Forecasts#forecast(int, int)}).
   *
   * <p>Key results of an objective whose cycle the set does not define are not forecast ({@link
   * Forecasts#isForecast(int)}).
   *
   * <pre>{@code
   * Forecasts all = Forecaster.defaults().forecastAll(set, asOf);
   * Forecast first = all.forecast(0, 0); // key result 0 of objective 0
   * }</pre>
   *
   * @param set the OKR set
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the forecast of every key result of {@code set}
   * @throws NullPointerException if an argument is null
   */
  public Forecasts forecastAll(OkrSet set, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    ForecastColumns cols = ForecastColumns.of(set);
    Forecasts.Builder out = new Forecasts.Builder(cols, asOf);
    SetPass pass = new SetPass(this, cols, out, asOf);
    for (int i = 0; i < cols.cycle.length; i++) {
      Cycle cycle = cols.cycle[i];
      if (cycle == null) {
        continue;
      }
      pass.objective(i, cycle);
    }
    return out.build();
  }

  /** True when key results of {@code kind} are scored by the built-in {@code model}. */
  private boolean scoredBy(KeyResultKind kind, BuiltInScoring model) {
    KeyResultScoring m = scorer.scoring(kind);
    return m == BuiltInScoring.STANDARD || m == model;
  }

  /**
   * One {@link #forecastAll}: the registers it reuses and how the projected values are scored.
   * The steps are {@link #forecast}'s on the laid-out numbers; a key result for which a step
   * does not fit a {@code long} is forecast by {@link #forecast} itself.
   */
  private static final class SetPass {
    private final Forecaster forecaster;
    private final ForecastColumns cols;
    private final Forecasts.Builder out;
    private final LocalDate asOf;
    private final long day;
    private final Scaled r = new Scaled();
    private final WideQuotient w = new WideQuotient();
    private final Fit fit = new Fit();
    /** A plain metric's projection scored here: linear curve, cap and floor as scaled longs. */
    private final boolean metricHere;
    /** A bound threshold's projection scored here: all-or-nothing credit. */
    private final boolean thresholdHere;
    private final long capU;
    private final int capS;
    private final long floorU;
    private final int floorS;

    SetPass(Forecaster forecaster, ForecastColumns cols, Forecasts.Builder out, LocalDate asOf) {
      this.forecaster = forecaster;
      this.cols = cols;
      this.out = out;
      this.asOf = asOf;
      this.day = asOf.toEpochDay();
      ScoringPolicy policy = forecaster.scorer.policy();
      BigDecimal cap = policy.cap().orElse(null);
      BigDecimal floor = policy.floor().orElse(null);
      Scaled limit = new Scaled();
      boolean limits = true;
      if (cap != null && limit.load(cap)) {
        capU = limit.unscaled;
        capS = limit.scale;
      } else {
        limits &= cap == null;
        capU = 0;
        capS = ForecastColumns.ABSENT;
      }
      if (floor != null && limit.load(floor)) {
        floorU = limit.unscaled;
        floorS = limit.scale;
      } else {
        limits &= floor == null;
        floorU = 0;
        floorS = ForecastColumns.ABSENT;
      }
      metricHere =
          limits
              && forecaster.scoredBy(KeyResultKind.METRIC, BuiltInScoring.METRIC)
              && policy.curve() == ScoringCurve.linear();
      thresholdHere =
          forecaster.scoredBy(KeyResultKind.THRESHOLD, BuiltInScoring.THRESHOLD)
              && policy.thresholdCredit() == ThresholdCredit.ALL_OR_NOTHING;
    }

    void objective(int i, Cycle cycle) {
      long start = cols.startDay[i];
      long xEnd = cols.endDay[i] - start;
      long daysLeft = cols.endDay[i] - day;
      for (int k = cols.krStart[i]; k < cols.krStart[i + 1]; k++) {
        out.size++;
        byte mode = cols.mode[k];
        if (mode == ForecastColumns.MILESTONE) {
          continue; // its forecast is made from the mode alone
        }
        if (mode != ForecastColumns.COLUMNS || !keyResult(k, cycle, start, xEnd, daysLeft)) {
          out.made(k, forecaster.forecast(cols.keyResult[k], cycle, asOf));
        }
      }
    }

    /** Forecasts key result {@code k} from the columns; false when a step does not fit. */
    private boolean keyResult(int k, Cycle cycle, long start, long xEnd, long daysLeft) {
      int n = cols.usable(k, day);
      out.usable[k] = n;
      int first = cols.pointStart[k];
      int vs = cols.valueScale[k];
      if (!paces(k, n, first, vs, daysLeft)) {
        return false;
      }
      if (n < 2) {
        out.absent(k, Forecasts.SLOPE);
        out.absent(k, Forecasts.PROJECTED);
        out.absent(k, Forecasts.SCORE);
        return true;
      }
      // the exact sums, bounded when the columns were laid out: no overflow
      long sx = 0;
      long sy = 0;
      long sxx = 0;
      long sxy = 0;
      int[] days = cols.pointDay;
      long[] values = cols.pointValue;
      for (int p = first; p < first + n; p++) {
        long x = days[p] - start;
        long y = values[p];
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
      }
      fit.size = n;
      fit.sx = sx;
      fit.sy = sy;
      fit.sxx = sxx;
      fit.sxy = sxy;
      fit.scale = vs;
      if (!fit.slope(r)) {
        return false;
      }
      long su = r.unscaled;
      int ss = r.scale;
      if (!fit.projected(w, su, ss, xEnd)) {
        return false;
      }
      out.scaled(k, Forecasts.SLOPE, su, ss);
      out.scaled(k, Forecasts.PROJECTED, w.unscaled, w.scale);
      score(k, cycle);
      return true;
    }

    /** The paces still needed per day and per week; false when a step does not fit. */
    private boolean paces(int k, int n, int first, int vs, long daysLeft) {
      int ts = cols.targetS[k];
      long cu;
      int cs;
      if (n > 0) {
        cu = cols.pointValue[first + n - 1];
        cs = vs;
      } else {
        cu = cols.baselineU[k];
        cs = cols.baselineS[k];
      }
      if (ts == ForecastColumns.ABSENT || cs == ForecastColumns.ABSENT || daysLeft <= 0) {
        out.absent(k, Forecasts.PER_DAY);
        out.absent(k, Forecasts.PER_WEEK);
        return true;
      }
      long tu = cols.targetU[k];
      if (reached(k, tu, ts, cu, cs)) {
        out.scaled(k, Forecasts.PER_DAY, 0, 0);
        out.scaled(k, Forecasts.PER_WEEK, 0, 0);
        return true;
      }
      if (!pace(r, tu, ts, cu, cs, 1, daysLeft)) {
        return false;
      }
      out.scaled(k, Forecasts.PER_DAY, r.unscaled, r.scale);
      if (!pace(r, tu, ts, cu, cs, 7, daysLeft)) {
        return false;
      }
      out.scaled(k, Forecasts.PER_WEEK, r.unscaled, r.scale);
      return true;
    }

    /** {@link Forecaster#reached} on the laid-out numbers. */
    private boolean reached(int k, long tu, int ts, long cu, int cs) {
      int c = Scaled.compare(cu, cs, tu, ts);
      byte reach = cols.reach[k];
      if (reach == ForecastColumns.AT_MOST) {
        return c <= 0;
      }
      if (reach == ForecastColumns.AT_LEAST) {
        return c >= 0;
      }
      int bs = cols.baselineS[k];
      if (bs == ForecastColumns.ABSENT) {
        return c == 0; // measured from the current value itself: reached only there
      }
      int direction = Scaled.compare(tu, ts, cols.baselineU[k], bs);
      return direction >= 0 ? c >= 0 : c <= 0;
    }

    /** The projected score: here for the usual models, else as {@link #forecast} scores it. */
    private void score(int k, Cycle cycle) {
      byte how = cols.scoring[k];
      long pu = w.unscaled;
      int ps = w.scale;
      if (how == ForecastColumns.PLAIN_METRIC && metricHere) {
        // (projected − baseline) / (target − baseline), then the cap and the floor
        if (r.add(pu, ps, -cols.baselineU[k], cols.baselineS[k])
            && r.divide(r.unscaled, r.scale, cols.spanU[k], cols.spanS[k])) {
          long u = r.unscaled;
          int s = r.scale;
          if (capS != ForecastColumns.ABSENT && Scaled.compare(u, s, capU, capS) > 0) {
            u = capU;
            s = capS;
          } else if (floorS != ForecastColumns.ABSENT && Scaled.compare(u, s, floorU, floorS) < 0) {
            u = floorU;
            s = floorS;
          }
          out.scaled(k, Forecasts.SCORE, u, s);
          return;
        }
      } else if (how == ForecastColumns.BOUND_THRESHOLD && thresholdHere) {
        int c = Scaled.compare(pu, ps, cols.targetU[k], cols.targetS[k]);
        boolean met = cols.reach[k] == ForecastColumns.AT_MOST ? c <= 0 : c >= 0;
        out.scaled(k, Forecasts.SCORE, met ? 1 : 0, 0);
        return;
      }
      out.exact(
          k,
          Forecasts.SCORE,
          forecaster.projectedScore(cols.keyResult[k], cycle.end(), w.toBigDecimal()));
    }
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
    Scaled r = new Scaled();
    if (r.load(target)) {
      long t = r.unscaled;
      int ts = r.scale;
      if (r.load(current) && pace(r, t, ts, r.unscaled, r.scale, days, daysLeft)) {
        return r.toBigDecimal();
      }
    }
    return bigPace(target, current, days, daysLeft);
  }

  /**
   * {@code (target − current) × days / daysLeft} in scaled longs, into {@code r}: the quotient of
   * the same values, so the same rounded and normalised number as {@link #bigPace}; false when a
   * step does not fit.
   */
  static boolean pace(Scaled r, long t, int ts, long c, int cs, int days, long daysLeft) {
    return c != Long.MIN_VALUE
        && r.add(t, ts, -c, cs)
        && r.multiply(r.unscaled, r.scale, days, 0)
        && r.divide(r.unscaled, r.scale, daysLeft, 0);
  }

  /** {@code (target − current) × days / daysLeft} in {@code BigDecimal}. */
  static BigDecimal bigPace(BigDecimal target, BigDecimal current, int days, long daysLeft) {
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
   * The exact sums of a fit, Σx, Σy, Σx², Σxy as unscaled longs (Σy and Σxy at {@link #scale})
   * over {@link #size} points, and the quotients made of them: the slope and the projected value.
   */
  static class Fit {
    int size;
    long sx;
    long sy;
    long sxx;
    long sxy;
    int scale;

    /**
     * The slope {@code (nΣxy − ΣxΣy) / (nΣx² − (Σx)²)}, the quotient
     * {@link ScoreMath#divide} gives (only the values count: the quotient is rounded and
     * normalised), or null when a product leaves the {@code long} range or the fast division
     * declines.
     */
    @Nullable BigDecimal slope() {
      Scaled q = new Scaled();
      return slope(q) ? q.toBigDecimal() : null;
    }

    /** The slope of {@link #slope()} into {@code q}; false when a step does not fit. */
    boolean slope(Scaled q) {
      long n = size;
      try {
        long numerator = Math.subtractExact(Math.multiplyExact(n, sxy), Math.multiplyExact(sx, sy));
        long denominator =
            Math.subtractExact(Math.multiplyExact(n, sxx), Math.multiplyExact(sx, sx));
        return q.divide(numerator, scale, denominator, 0);
      } catch (ArithmeticException tooLarge) {
        return false;
      }
    }

    /** The slope as {@link #slope()} defines it, in BigDecimal. */
    BigDecimal bigSlope() {
      BigDecimal count = BigDecimal.valueOf(size);
      BigDecimal x = BigDecimal.valueOf(sx);
      BigDecimal y = BigDecimal.valueOf(sy, scale);
      BigDecimal denominator = count.multiply(BigDecimal.valueOf(sxx)).subtract(x.multiply(x));
      return ScoreMath.divide(
          count.multiply(BigDecimal.valueOf(sxy, scale)).subtract(x.multiply(y)), denominator);
    }

    /** The projected value of {@link #projected}, in BigDecimal. */
    BigDecimal bigProjected(BigDecimal slope, long xEnd) {
      BigDecimal count = BigDecimal.valueOf(size);
      BigDecimal x = BigDecimal.valueOf(sx);
      return ScoreMath.divide(
          BigDecimal.valueOf(sy, scale)
              .add(slope.multiply(count.multiply(BigDecimal.valueOf(xEnd)).subtract(x))),
          count);
    }

    /**
     * The value on day {@code xEnd}, {@code (Σy + slope × (n·xEnd − Σx)) / n}, as {@link
     * ScoreMath#divide} gives it, or null when a step leaves the range of the fast division.
     */
    @Nullable BigDecimal projected(BigDecimal slope, long xEnd) {
      Scaled r = new Scaled();
      WideQuotient w = new WideQuotient();
      return r.load(slope) && projected(w, r.unscaled, r.scale, xEnd) ? w.toBigDecimal() : null;
    }

    /**
     * The value on day {@code xEnd} for the slope {@code su × 10^−ss}, into {@code w}: the
     * dividend in 128 bits (a 16-digit slope times the day span leaves a {@code long}), the
     * quotient exactly {@link ScoreMath#divide}'s; false when a step does not fit.
     */
    boolean projected(WideQuotient w, long su, int ss, long xEnd) {
      long m;
      try {
        m = Math.subtractExact(Math.multiplyExact((long) size, xEnd), sx);
      } catch (ArithmeticException tooLarge) {
        return false;
      }
      return w.sumOverDivisor(sy, scale, su, ss, m, size);
    }
  }

  /**
   * The points of the fit: {@code (days since the cycle's start, value)}, one per date, in date
   * order. Check-ins recorded in date order without increments (the usual case) are read in one
   * pass; any others through {@link Readings#series}, which sorts them and sums the increments.
   */
  private static final class Points extends Fit {
    /** The most decimal places summed in {@code long}s; more go through {@code BigDecimal}. */
    private static final int MAX_LONG_SCALE = 9;

    /** 10^0 … 10^MAX_LONG_SCALE. */
    private static final long[] POW10 = {
      1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L,
      1_000_000_000L
    };

    final long[] days;
    final BigDecimal[] values;
    /** True when the points were read in one pass (check-ins in date order, no increments). */
    boolean inDateOrder;

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
