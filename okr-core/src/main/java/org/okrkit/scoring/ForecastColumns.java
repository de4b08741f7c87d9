package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Scaled;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.internal.Stored;

/**
 * What forecasting a whole set reads, laid out once in primitive arrays and kept with the
 * immutable set ({@link OkrSet#derived}, as the roll-up keeps its columns): for each key result
 * the points of its fit (epoch day and value as a scaled {@code long}, one per date, the later
 * check-in of a date winning), its target and baseline as scaled {@code long}s; for each
 * objective its cycle. {@link Forecaster#forecastAll} then reads no model object in its loop:
 * the check-ins in force as of a date are found by a binary search.
 *
 * <p>Only what reads the same way every time is laid out ({@link #COLUMNS}): key results with
 * values recorded in date order without increments, no mid-cycle change, no band target, and
 * numbers whose digits fit a {@code long} at the key result's largest scale, with sums that
 * cannot leave the {@code long} range. Any other key result ({@link #PER_KEY_RESULT}) is forecast
 * by {@link Forecaster#forecast} as before: the numbers are the same either way, only the work
 * differs.
 */
final class ForecastColumns {
  /** Forecast one key result at a time, by {@link Forecaster#forecast}. */
  static final byte PER_KEY_RESULT = 0;

  /** A milestone: nothing to project. */
  static final byte MILESTONE = 1;

  /** Forecast from the columns. */
  static final byte COLUMNS = 2;

  /** The scale of a number that is absent (no target, no baseline). */
  static final int ABSENT = Integer.MIN_VALUE;

  /** How the target is reached: at least or at most a bound. */
  static final byte AT_LEAST = 1;

  static final byte AT_MOST = 2;

  /** A target to move towards from the baseline, or to reach exactly without one. */
  static final byte TOWARDS = 3;

  /** How the projected value is scored: a plain metric (baseline, target, not stepped). */
  static final byte PLAIN_METRIC = 1;

  /** A threshold with a bound (not a band). */
  static final byte BOUND_THRESHOLD = 2;

  /** The key result to score it from (any other model or target). */
  static final byte OTHER = 0;

  private static final Object KEY = new Object();

  /** The objectives, in the set's order. */
  final List<Objective> objectives;

  /** The key results of the objective at {@code i}: {@code krStart[i] … krStart[i + 1]}. */
  final int[] krStart;

  /** The cycle of each objective, or null when the set has none of its id. */
  final @Nullable Cycle[] cycle;

  /** The cycle's first and last day, as epoch days. */
  final long[] startDay;

  final long[] endDay;

  // per key result, objective by objective
  final KeyResult[] keyResult;
  final byte[] mode;
  /** How the projected value is scored: {@link #PLAIN_METRIC}, {@link #BOUND_THRESHOLD}, {@link #OTHER}. */
  final byte[] scoring;
  /** How the target is reached: {@link #AT_LEAST}, {@link #AT_MOST} or {@link #TOWARDS}. */
  final byte[] reach;
  /** The target value as a scaled long; the scale {@link #ABSENT} without a target. */
  final long[] targetU;
  final int[] targetS;
  /** The baseline value as a scaled long; the scale {@link #ABSENT} without a baseline. */
  final long[] baselineU;
  final int[] baselineS;
  /** A plain metric's span {@code target − baseline} as a scaled long; else {@link #ABSENT}. */
  final long[] spanU;
  final int[] spanS;
  /** The scale of every value of the key result's points. */
  final int[] valueScale;
  /** The points of key result {@code k}: {@code pointStart[k] … pointStart[k + 1]}. */
  final int[] pointStart;
  /** Epoch days, strictly increasing within a key result. */
  final int[] pointDay;
  /** Values at the key result's {@link #valueScale}. */
  final long[] pointValue;

  private ForecastColumns(OkrSet set) {
    objectives = set.objectives();
    int n = objectives.size();
    int krs = Math.toIntExact(set.keyResultCount());
    int cks = Math.toIntExact(set.checkInCount());
    krStart = new int[n + 1];
    cycle = new Cycle[n];
    startDay = new long[n];
    endDay = new long[n];
    keyResult = new KeyResult[krs];
    mode = new byte[krs];
    scoring = new byte[krs];
    reach = new byte[krs];
    targetU = new long[krs];
    targetS = new int[krs];
    baselineU = new long[krs];
    baselineS = new int[krs];
    spanU = new long[krs];
    spanS = new int[krs];
    valueScale = new int[krs];
    pointStart = new int[krs + 1];
    int[] day = new int[cks];
    long[] value = new long[cks];
    Scaled r = new Scaled();
    Stored.Access at = Stored.access();
    int k = 0;
    int p = 0;
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      krStart[i] = k;
      Cycle c = set.cycle(o.cycle()).orElse(null);
      cycle[i] = c;
      startDay[i] = c == null ? 0 : c.start().toEpochDay();
      endDay[i] = c == null ? 0 : c.end().toEpochDay();
      for (KeyResult kr : o.keyResults()) {
        keyResult[k] = kr;
        pointStart[k] = p;
        byte m = c == null ? PER_KEY_RESULT : layOut(kr, k, r, at);
        if (m == COLUMNS) {
          int end = points(kr, at, startDay[i], p, day, value, r, k);
          if (end < 0) {
            m = PER_KEY_RESULT;
          } else {
            p = end;
          }
        }
        mode[k] = m;
        k++;
      }
    }
    krStart[n] = k;
    pointStart[k] = p;
    pointDay = p == cks ? day : java.util.Arrays.copyOf(day, p);
    pointValue = p == cks ? value : java.util.Arrays.copyOf(value, p);
  }

  /** The columns of {@code set}, made on the first call and kept with it. */
  static ForecastColumns of(OkrSet set) {
    return set.derived(KEY, ForecastColumns::new);
  }

  /** Lays out key result {@code k}'s target, baseline and scoring; its mode so far. */
  private byte layOut(KeyResult kr, int k, Scaled r, Stored.Access at) {
    if (kr.kind() == KeyResultKind.MILESTONE) {
      return MILESTONE;
    }
    if (!kr.changes().isEmpty() || !kr.checkInsInDateOrder() || kr.hasDeltaCheckIns()) {
      return PER_KEY_RESULT;
    }
    Target t = at.target(kr);
    Baseline b = at.baseline(kr);
    targetS[k] = ABSENT;
    baselineS[k] = ABSENT;
    spanS[k] = ABSENT;
    if (t != null) {
      if (t.isBand() || !r.load(t.value())) {
        return PER_KEY_RESULT;
      }
      targetU[k] = r.unscaled;
      targetS[k] = r.scale;
      reach[k] = !t.isBound() ? TOWARDS : t.side() == TargetSide.AT_MOST ? AT_MOST : AT_LEAST;
    }
    if (b != null) {
      if (!r.load(b.value())) {
        return PER_KEY_RESULT;
      }
      baselineU[k] = r.unscaled;
      baselineS[k] = r.scale;
    }
    scoring[k] = OTHER;
    if (kr.kind() == KeyResultKind.METRIC
        && t != null
        && b != null
        && !t.isStepped()
        && t.value().compareTo(b.value()) != 0) {
      BigDecimal span = t.value().subtract(b.value());
      if (r.load(span)) {
        spanU[k] = r.unscaled;
        spanS[k] = r.scale;
        scoring[k] = PLAIN_METRIC;
      }
    } else if (kr.kind() == KeyResultKind.THRESHOLD && t != null && t.isBound()) {
      scoring[k] = BOUND_THRESHOLD;
    }
    return COLUMNS;
  }

  /**
   * Lays out the points of key result {@code k} from position {@code from}: one per date (the
   * later check-in of a date wins), values at the largest scale of them; the position after
   * them, or −1 when a value, a day or a sum would not fit.
   */
  private int points(
      KeyResult kr, Stored.Access at, long start, int from, int[] day, long[] value, Scaled r,
      int k) {
    List<CheckIn> checkIns = kr.checkIns();
    int scale = 0;
    for (CheckIn c : checkIns) {
      BigDecimal v = at.value(c);
      if (v != null) {
        if (v.scale() < 0 || v.scale() > 18 || v.precision() > 18) {
          return -1;
        }
        scale = Math.max(scale, v.scale());
      }
    }
    valueScale[k] = scale;
    int p = from;
    int previous = Integer.MIN_VALUE;
    // bounds of every partial sum of the fit: if these fit, every sum of a prefix does
    long sx = 0;
    long sy = 0;
    long sxx = 0;
    long sxy = 0;
    try {
      for (CheckIn c : checkIns) {
        BigDecimal v = at.value(c);
        if (v == null) {
          continue; // a done flag, a zone or a confidence alone: no value to fit
        }
        long epochDay = c.date().toEpochDay();
        if (epochDay != (int) epochDay || !r.load(v)) {
          return -1;
        }
        long y = Math.multiplyExact(r.unscaled, pow10(scale - r.scale));
        if ((int) epochDay == previous) {
          value[p - 1] = y; // the later check-in of a date wins
        } else {
          day[p] = (int) epochDay;
          value[p] = y;
          p++;
          previous = (int) epochDay;
        }
        long x = Math.abs(epochDay - start);
        long ay = Math.abs(y);
        sx = Math.addExact(sx, x);
        sy = Math.addExact(sy, ay);
        sxx = Math.addExact(sxx, Math.multiplyExact(x, x));
        sxy = Math.addExact(sxy, Math.multiplyExact(x, ay));
      }
    } catch (ArithmeticException tooLarge) {
      return -1;
    }
    return p;
  }

  private static long pow10(int e) {
    long p = 1;
    for (int i = 0; i < e; i++) {
      p = Math.multiplyExact(p, 10L);
    }
    return p;
  }

  /** How many points of key result {@code k} are dated on or before {@code day}. */
  int usable(int k, long day) {
    int lo = pointStart[k];
    int hi = pointStart[k + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pointDay[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - pointStart[k];
  }

  /** {@return the cycle's last day of the objective at {@code i}} */
  LocalDate end(int i) {
    return java.util.Objects.requireNonNull(cycle[i]).end();
  }
}
