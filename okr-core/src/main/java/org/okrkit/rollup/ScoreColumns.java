package org.okrkit.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Scaled;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.Zone;
import org.okrkit.model.internal.Stored;

/**
 * A set's key results and the check-ins that score them, laid out once in primitive arrays (kept
 * with the immutable set, like the alignment tree): the input of the roll-up's fast path, which
 * scores in scaled {@code long}s ({@link Scaled}) and reads no model object in its loop.
 *
 * <p>Only what the default scoring reads the same way every time is laid out: metrics with a
 * baseline and a target to reach (not stepped), at-least and at-most thresholds, milestones and
 * zones, whose check-ins are recorded in date order without increments, with no mid-cycle change,
 * close-out or value sum, and numbers of at most 18 digits. An objective with anything else (or
 * closed itself) is not {@linkplain #fast fast} and rolls up by the general path: the numbers are
 * the same either way, only the work differs.
 */
final class ScoreColumns {
  static final byte FALLBACK = 0;
  static final byte METRIC = 1;
  static final byte AT_LEAST = 2;
  static final byte AT_MOST = 3;
  static final byte MILESTONE = 4;
  static final byte ZONES = 5;

  /** The key results of the objective at position {@code i}: {@code krStart[i] … krStart[i + 1]}. */
  final int[] krStart;
  /** True when every key result of the objective at that position is laid out. */
  final boolean[] fast;
  /** Each objective's weight as a scaled long; the scale {@link Integer#MIN_VALUE} when it does not fit. */
  final long[] objWeightU;
  final int[] objWeightS;
  /** True when the objective counts in its parent's roll-up: it contributes and weighs more than 0. */
  final boolean[] counts;
  /** True when the objective is aligned to a key result of its parent. */
  final boolean[] alignedToKeyResult;
  /** Σ |target − baseline| of the objective's metric key results weighing more than 0; or null. */
  final @Nullable BigDecimal[] ownSpan;
  /**
   * The cycle of each objective, as an index into {@link #cycleIds}: the pass paces by it without
   * reading the objective.
   */
  final int[] cycle;
  /** The distinct cycle ids of the objectives, in order of first use. */
  final String[] cycleIds;
  /** The own span as a scaled long; the scale {@link ColumnarNodes#NO_SPAN} when none or too long. */
  final long[] ownSpanU;
  final int[] ownSpanS;

  // per key result, objective by objective
  final byte[] code;
  final long[] weightU;
  final int[] weightS;
  /** The check-ins of key result {@code k} that can score it: {@code ckStart[k] … ckStart[k + 1]}. */
  final int[] ckStart;
  /** Epoch days, in date order within a key result. */
  final int[] ckDay;
  /**
   * The score the check-in gives its key result when it is the one in force, which depends on the
   * check-in alone: a metric's {@code (value − baseline) / (target − baseline)} before the policy's
   * cap and floor (exactly {@code ScoreMath.divide}'s number and scale), 1 or 0 for a threshold met
   * or not and a milestone done or not, 0, 0.3, 0.7 or 1 for the zone reached. Computed once, when
   * the set is laid out, so a roll-up divides only once per objective, never per key result.
   */
  final long[] ckU;
  final int[] ckS;

  /** The zones' scores, fail to stretch: 0, 0.3, 0.7 and 1 as scaled longs. */
  private static final long[] ZONE_U = {0, 3, 7, 1};
  private static final int[] ZONE_S = {0, 1, 1, 0};

  private ScoreColumns(OkrSet set) {
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    int krs = Math.toIntExact(set.keyResultCount());
    int cks = Math.toIntExact(set.checkInCount());
    krStart = new int[n + 1];
    fast = new boolean[n];
    objWeightU = new long[n];
    objWeightS = new int[n];
    ownSpan = new BigDecimal[n];
    ownSpanU = new long[n];
    ownSpanS = new int[n];
    counts = new boolean[n];
    alignedToKeyResult = new boolean[n];
    cycle = new int[n];
    java.util.Map<String, Integer> cycles = new java.util.HashMap<>();
    code = new byte[krs];
    weightU = new long[krs];
    weightS = new int[krs];
    ckStart = new int[krs + 1];
    int[] day = new int[cks];
    long[] u = new long[cks];
    int[] s = new int[cks];
    Scaled r = new Scaled();
    // the parts as stored (null where the accessor gives an empty Optional): no Optional made
    Stored.Access at = Stored.access();
    int k = 0;
    int c = 0;
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      krStart[i] = k;
      Integer known = cycles.get(o.cycle());
      if (known == null) {
        known = cycles.size();
        cycles.put(o.cycle(), known);
      }
      cycle[i] = known;
      counts[i] = o.link() == AlignmentLink.CONTRIBUTE && o.weight().signum() > 0;
      alignedToKeyResult[i] = o.parentKeyResult().isPresent();
      boolean weighs = r.load(o.weight());
      boolean ok = o.close().isEmpty() && weighs;
      objWeightU[i] = r.unscaled;
      objWeightS[i] = weighs ? r.scale : Integer.MIN_VALUE; // too many digits: read the decimal
      BigDecimal span = null;
      for (KeyResult kr : o.keyResults()) {
        ckStart[k] = c;
        Target target = at.target(kr);
        Baseline baseline = at.baseline(kr);
        byte kind = kind(kr, target, baseline);
        if (kind != FALLBACK && r.load(kr.weight())) {
          weightU[k] = r.unscaled;
          weightS[k] = r.scale;
        } else {
          kind = FALLBACK;
        }
        // a metric's baseline and span, a threshold's bound: what each check-in is scored against
        long bu = 0;
        int bs = 0;
        long du = 0;
        int ds = 0;
        if (kind == METRIC) {
          BigDecimal b = Objects.requireNonNull(baseline).value();
          BigDecimal t = Objects.requireNonNull(target).value();
          BigDecimal d = t.subtract(b);
          if (r.load(b)) {
            bu = r.unscaled;
            bs = r.scale;
          } else {
            kind = FALLBACK;
          }
          if (r.load(d)) {
            du = r.unscaled;
            ds = r.scale;
          } else {
            kind = FALLBACK;
          }
          if (kr.weight().signum() != 0) {
            // from 0, as the general path sums it (0 + x keeps x's scale unless it is negative)
            span = (span == null ? BigDecimal.ZERO : span).add(d.abs());
          }
        } else if (kind == AT_LEAST || kind == AT_MOST) {
          if (r.load(Objects.requireNonNull(target).value())) {
            bu = r.unscaled;
            bs = r.scale;
          } else {
            kind = FALLBACK;
          }
        }
        if (kind != FALLBACK) {
          for (CheckIn ci : kr.checkIns()) {
            long value;
            int scale = 0;
            if (kind == MILESTONE) {
              Boolean done = at.done(ci);
              if (done == null) {
                continue;
              }
              value = done ? 1 : 0;
            } else if (kind == ZONES) {
              Zone zone = at.zone(ci);
              if (zone == null) {
                continue;
              }
              int z =
                  switch (zone) {
                    case FAIL -> 0;
                    case COMMIT -> 1;
                    case TARGET -> 2;
                    case STRETCH -> 3;
                  };
              value = ZONE_U[z];
              scale = ZONE_S[z];
            } else {
              BigDecimal v = at.value(ci);
              if (v == null) {
                continue;
              }
              if (!r.load(v)) {
                kind = FALLBACK;
                break;
              }
              if (kind == METRIC) {
                // (value − baseline) / span, as the standard scoring divides it
                if (!r.add(r.unscaled, r.scale, -bu, bs)
                    || !r.divide(r.unscaled, r.scale, du, ds)) {
                  kind = FALLBACK;
                  break;
                }
                value = r.unscaled;
                scale = r.scale;
              } else {
                int cmp = Scaled.compare(r.unscaled, r.scale, bu, bs);
                value = (kind == AT_MOST ? cmp <= 0 : cmp >= 0) ? 1 : 0;
              }
            }
            long epochDay = ci.date().toEpochDay();
            if (epochDay != (int) epochDay) {
              kind = FALLBACK;
              break;
            }
            day[c] = (int) epochDay;
            u[c] = value;
            s[c] = scale;
            c++;
          }
        }
        if (kind == FALLBACK) {
          c = ckStart[k]; // nothing laid out for it
        }
        code[k] = kind;
        ok &= kind != FALLBACK;
        k++;
      }
      fast[i] = ok;
      ownSpan[i] = span;
      boolean fits = span != null && r.load(span) && r.scale != ColumnarNodes.NO_SPAN;
      ownSpanU[i] = fits ? r.unscaled : 0;
      ownSpanS[i] = fits ? r.scale : ColumnarNodes.NO_SPAN;
    }
    krStart[n] = k;
    ckStart[k] = c;
    String[] ids = new String[cycles.size()];
    cycles.forEach((id, index) -> ids[index] = id);
    cycleIds = ids;
    // trimmed only when some check-ins were left out (a key result not laid out, no value)
    ckDay = c == cks ? day : java.util.Arrays.copyOf(day, c);
    ckU = c == cks ? u : java.util.Arrays.copyOf(u, c);
    ckS = c == cks ? s : java.util.Arrays.copyOf(s, c);
  }

  /** The columns of {@code set}'s objectives, in the set's order. */
  static ScoreColumns of(OkrSet set) {
    return new ScoreColumns(set);
  }

  /**
   * How the default scoring reads {@code kr} (whose target and baseline, or null, are given), or
   * {@link #FALLBACK} when it is not laid out.
   */
  private static byte kind(KeyResult kr, @Nullable Target t, @Nullable Baseline baseline) {
    if (!kr.changes().isEmpty()
        || kr.close().isPresent()
        || !kr.sumOf().isEmpty()
        || !kr.checkInsInDateOrder()
        || kr.hasDeltaCheckIns()) {
      return FALLBACK;
    }
    KeyResultKind kind = kr.kind();
    if (kind == KeyResultKind.METRIC) {
      return t == null
              || t.isStepped()
              || baseline == null
              || baseline.value().compareTo(t.value()) == 0
          ? FALLBACK
          : METRIC;
    }
    if (kind == KeyResultKind.THRESHOLD) {
      if (t == null || !t.isBound() || t.isBand()) {
        return FALLBACK;
      }
      return t.side() == TargetSide.AT_MOST ? AT_MOST : AT_LEAST;
    }
    if (kind == KeyResultKind.MILESTONE) {
      return MILESTONE;
    }
    return kind == KeyResultKind.ZONES ? ZONES : FALLBACK;
  }

  /**
   * The last laid-out check-in of key result {@code k} dated on or before {@code day} (ties: the
   * later recorded), or −1: a binary search, the check-ins being in date order.
   */
  int inForce(int k, int day) {
    int lo = ckStart[k];
    int hi = ckStart[k + 1] - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ckDay[mid] <= day) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
