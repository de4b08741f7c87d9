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
  /** The own span as a scaled long; the scale {@link ColumnarNodes#NO_SPAN} when none or too long. */
  final long[] ownSpanU;
  final int[] ownSpanS;

  // per key result, objective by objective
  final byte[] code;
  final long[] baseU;
  final int[] baseS;
  /** A metric's target, a threshold's bound. */
  final long[] targetU;
  final int[] targetS;
  /** A metric's {@code target − baseline}. */
  final long[] spanU;
  final int[] spanS;
  final long[] weightU;
  final int[] weightS;
  /** The check-ins of key result {@code k} that can score it: {@code ckStart[k] … ckStart[k + 1]}. */
  final int[] ckStart;
  /** Epoch days, in date order within a key result. */
  final int[] ckDay;
  /** The value (a metric's, a threshold's), 1 or 0 (done or not), or the zone: 0 fail to 3 stretch. */
  final long[] ckU;
  final int[] ckS;

  private ScoreColumns(List<Objective> objectives) {
    int n = objectives.size();
    int krs = 0;
    int cks = 0;
    for (Objective o : objectives) {
      krs += o.keyResults().size();
      for (KeyResult kr : o.keyResults()) {
        cks += kr.checkIns().size();
      }
    }
    krStart = new int[n + 1];
    fast = new boolean[n];
    objWeightU = new long[n];
    objWeightS = new int[n];
    ownSpan = new BigDecimal[n];
    ownSpanU = new long[n];
    ownSpanS = new int[n];
    counts = new boolean[n];
    alignedToKeyResult = new boolean[n];
    code = new byte[krs];
    baseU = new long[krs];
    baseS = new int[krs];
    targetU = new long[krs];
    targetS = new int[krs];
    spanU = new long[krs];
    spanS = new int[krs];
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
        if (kind == METRIC) {
          BigDecimal b = Objects.requireNonNull(baseline).value();
          BigDecimal t = Objects.requireNonNull(target).value();
          BigDecimal d = t.subtract(b);
          if (r.load(b)) {
            baseU[k] = r.unscaled;
            baseS[k] = r.scale;
          } else {
            kind = FALLBACK;
          }
          if (r.load(t)) {
            targetU[k] = r.unscaled;
            targetS[k] = r.scale;
          } else {
            kind = FALLBACK;
          }
          if (r.load(d)) {
            spanU[k] = r.unscaled;
            spanS[k] = r.scale;
          } else {
            kind = FALLBACK;
          }
          if (kr.weight().signum() != 0) {
            // from 0, as the general path sums it (0 + x keeps x's scale unless it is negative)
            span = (span == null ? BigDecimal.ZERO : span).add(d.abs());
          }
        } else if (kind == AT_LEAST || kind == AT_MOST) {
          if (r.load(Objects.requireNonNull(target).value())) {
            targetU[k] = r.unscaled;
            targetS[k] = r.scale;
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
              value =
                  switch (zone) {
                    case FAIL -> 0;
                    case COMMIT -> 1;
                    case TARGET -> 2;
                    case STRETCH -> 3;
                  };
            } else {
              BigDecimal v = at.value(ci);
              if (v == null) {
                continue;
              }
              if (!r.load(v)) {
                kind = FALLBACK;
                break;
              }
              value = r.unscaled;
              scale = r.scale;
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
    // trimmed only when some check-ins were left out (a key result not laid out, no value)
    ckDay = c == cks ? day : java.util.Arrays.copyOf(day, c);
    ckU = c == cks ? u : java.util.Arrays.copyOf(u, c);
    ckS = c == cks ? s : java.util.Arrays.copyOf(s, c);
  }

  /** The columns of {@code set}'s objectives, in the set's order. */
  static ScoreColumns of(OkrSet set) {
    return new ScoreColumns(set.objectives());
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
