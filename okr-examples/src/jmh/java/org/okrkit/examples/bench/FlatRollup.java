package org.okrkit.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.TargetSide;
import org.okrkit.model.Zone;
import org.okrkit.scoring.PacingPolicy;

/**
 * The physical baseline for scoring and roll-up: the same numbers as {@code Rollup.defaults()}
 * (metric ratio clamped to [0, 1], thresholds all-or-nothing, milestones done or not, zones 0 /
 * 0.3 / 0.7 / 1 by the zone reached, weighted
 * means over own key results and children, linear pace status) computed in {@code double} over
 * primitive arrays laid out once. No objects are created in {@link #compute}: it is the cost of the
 * arithmetic and the memory traffic alone, which is what the library's engine is measured against.
 *
 * <p>Only the layout ({@link #of}) reads the model; it is not part of the measured work.
 */
final class FlatRollup {
  private static final int METRIC = 0;
  private static final int AT_LEAST = 1;
  private static final int AT_MOST = 2;
  private static final int MILESTONE = 3;
  private static final int UNDEFINED = 4;
  private static final int ZONES = 5;
  /** The score of each zone, fail to stretch, as the zones scoring gives it. */
  private static final double[] ZONE_SCORES = {0, 0.3, 0.7, 1};

  // key results, objective by objective
  private final int[] krKind;
  private final double[] krBaseline;
  private final double[] krTarget;
  private final double[] krWeight;
  private final int[] ckStart; // check-ins of key result k: ckStart[k] .. ckStart[k + 1]
  private final int[] ckDay; // epoch day, ascending within a key result
  private final double[] ckValue; // NaN when the check-in has no value
  private final byte[] ckDone; // -1 no flag, 0 not done, 1 done
  private final byte[] ckZone; // -1 no zone, 0 fail, 1 commit, 2 target, 3 stretch
  // objectives in topological order (children before parents)
  private final int[] order;
  private final int[] krStart; // key results of objective i: krStart[i] .. krStart[i + 1]
  private final int[] parent;
  private final double[] objWeight;
  private final int[] cycleStart;
  private final int[] cycleEnd;
  private final double onTrack;
  private final double atRisk;
  // results and scratch, reused by every call
  final double[] rollup;
  final byte[] pace; // 0 not started, 1 on track, 2 at risk, 3 off track, 4 done, -1 undefined
  private final double[] childWeights;
  private final double[] childWeighted;

  private FlatRollup(
      int[] krKind, double[] krBaseline, double[] krTarget, double[] krWeight, int[] ckStart,
      int[] ckDay, double[] ckValue, byte[] ckDone, byte[] ckZone, int[] order, int[] krStart, int[] parent,
      double[] objWeight, int[] cycleStart, int[] cycleEnd, PacingPolicy pacing) {
    this.krKind = krKind;
    this.krBaseline = krBaseline;
    this.krTarget = krTarget;
    this.krWeight = krWeight;
    this.ckStart = ckStart;
    this.ckDay = ckDay;
    this.ckValue = ckValue;
    this.ckDone = ckDone;
    this.ckZone = ckZone;
    this.order = order;
    this.krStart = krStart;
    this.parent = parent;
    this.objWeight = objWeight;
    this.cycleStart = cycleStart;
    this.cycleEnd = cycleEnd;
    this.onTrack = pacing.onTrackMargin().doubleValue();
    this.atRisk = pacing.atRiskMargin().doubleValue();
    int n = order.length;
    this.rollup = new double[n];
    this.pace = new byte[n];
    this.childWeights = new double[n];
    this.childWeighted = new double[n];
  }

  /** Lays {@code set} out in arrays (a clean alignment tree is assumed, as in the benchmarks). */
  static FlatRollup of(OkrSet set) {
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(objectives.get(i).id(), i);
    }
    int krCount = 0;
    int ckCount = 0;
    for (Objective o : objectives) {
      for (KeyResult kr : o.keyResults()) {
        krCount++;
        ckCount += kr.checkIns().size();
      }
    }
    int[] krKind = new int[krCount];
    double[] krBaseline = new double[krCount];
    double[] krTarget = new double[krCount];
    double[] krWeight = new double[krCount];
    int[] ckStart = new int[krCount + 1];
    int[] ckDay = new int[ckCount];
    double[] ckValue = new double[ckCount];
    byte[] ckDone = new byte[ckCount];
    byte[] ckZone = new byte[ckCount];
    int[] krStart = new int[n + 1];
    int[] parent = new int[n];
    double[] objWeight = new double[n];
    int[] cycleStart = new int[n];
    int[] cycleEnd = new int[n];
    int k = 0;
    int c = 0;
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      krStart[i] = k;
      parent[i] = o.parent().map(index::get).orElse(-1);
      objWeight[i] = o.weight().doubleValue();
      Cycle cycle = set.cycle(o.cycle()).orElseThrow();
      cycleStart[i] = (int) cycle.start().toEpochDay();
      cycleEnd[i] = (int) cycle.end().toEpochDay();
      for (KeyResult kr : o.keyResults()) {
        krKind[k] = kind(kr);
        krBaseline[k] = kr.baseline().map(b -> b.value().doubleValue()).orElse(Double.NaN);
        krTarget[k] = kr.target().map(t -> t.value().doubleValue()).orElse(Double.NaN);
        krWeight[k] = kr.weight().doubleValue();
        ckStart[k] = c;
        List<CheckIn> sorted = new ArrayList<>(kr.checkIns());
        sorted.sort((x, y) -> x.date().compareTo(y.date())); // stable: later in the list wins ties
        for (CheckIn ci : sorted) {
          ckDay[c] = (int) ci.date().toEpochDay();
          ckValue[c] = ci.value().map(BigDecimal::doubleValue).orElse(Double.NaN);
          ckDone[c] = ci.done().map(d -> d ? (byte) 1 : (byte) 0).orElse((byte) -1);
          ckZone[c] = ci.zone().map(FlatRollup::zoneIndex).orElse((byte) -1);
          c++;
        }
        k++;
      }
    }
    krStart[n] = k;
    ckStart[krCount] = c;
    return new FlatRollup(
        krKind, krBaseline, krTarget, krWeight, ckStart, ckDay, ckValue, ckDone, ckZone,
        topologicalOrder(parent), krStart, parent, objWeight, cycleStart, cycleEnd,
        PacingPolicy.defaults());
  }

  private static byte zoneIndex(Zone zone) {
    return switch (zone) {
      case FAIL -> 0;
      case COMMIT -> 1;
      case TARGET -> 2;
      case STRETCH -> 3;
    };
  }

  private static int kind(KeyResult kr) {
    if (kr.kind() == KeyResultKind.MILESTONE) {
      return MILESTONE;
    }
    if (kr.kind() == KeyResultKind.ZONES) {
      return ZONES;
    }
    if (kr.kind() == KeyResultKind.THRESHOLD) {
      if (kr.target().isEmpty() || !kr.target().orElseThrow().isBound()) {
        return UNDEFINED;
      }
      return kr.target().orElseThrow().side() == TargetSide.AT_MOST ? AT_MOST : AT_LEAST;
    }
    if (kr.baseline().isEmpty()
        || kr.target().isEmpty()
        || kr.baseline().orElseThrow().value().compareTo(kr.target().orElseThrow().value()) == 0) {
      return UNDEFINED;
    }
    return METRIC;
  }

  private static int[] topologicalOrder(int[] parent) {
    int n = parent.length;
    int[] pending = new int[n];
    for (int p : parent) {
      if (p >= 0) {
        pending[p]++;
      }
    }
    int[] queue = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) {
        queue[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int p = parent[queue[head]];
      if (p >= 0 && --pending[p] == 0) {
        queue[tail++] = p;
      }
    }
    return Arrays.copyOf(queue, tail);
  }

  /** Scores every key result and rolls every objective up as of {@code asOf}; returns a checksum. */
  double compute(LocalDate asOf) {
    int day = (int) asOf.toEpochDay();
    Arrays.fill(childWeights, 0);
    Arrays.fill(childWeighted, 0);
    double checksum = 0;
    for (int i : order) {
      double weights = childWeights[i];
      double weighted = childWeighted[i];
      for (int k = krStart[i]; k < krStart[i + 1]; k++) {
        double s = score(k, day);
        if (!Double.isNaN(s)) {
          weights += krWeight[k];
          weighted += krWeight[k] * s;
        }
      }
      double r = weights > 0 ? weighted / weights : Double.NaN;
      rollup[i] = r;
      pace[i] = pace(i, day, r);
      int p = parent[i];
      if (p >= 0 && !Double.isNaN(r)) {
        childWeights[p] += objWeight[i];
        childWeighted[p] += objWeight[i] * r;
      }
      checksum += Double.isNaN(r) ? 0 : r;
    }
    return checksum;
  }

  private double score(int k, int day) {
    int kind = krKind[k];
    if (kind == UNDEFINED) {
      return Double.NaN;
    }
    int c = latest(k, day, kind);
    if (kind == MILESTONE) {
      return c >= 0 && ckDone[c] == 1 ? 1 : 0;
    }
    if (kind == ZONES) {
      return c < 0 ? 0 : ZONE_SCORES[ckZone[c]];
    }
    if (kind == METRIC) {
      double current = c < 0 ? krBaseline[k] : ckValue[c];
      double raw = (current - krBaseline[k]) / (krTarget[k] - krBaseline[k]);
      return raw < 0 ? 0 : raw > 1 ? 1 : raw;
    }
    if (c < 0) {
      return 0;
    }
    double v = ckValue[c];
    return (kind == AT_LEAST ? v >= krTarget[k] : v <= krTarget[k]) ? 1 : 0;
  }

  /** The last check-in dated on or before {@code day} that carries what {@code kind} reads, or -1. */
  private int latest(int k, int day, int kind) {
    int lo = ckStart[k];
    int hi = ckStart[k + 1];
    while (lo < hi) { // first check-in dated after day
      int mid = (lo + hi) >>> 1;
      if (ckDay[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int c = lo - 1; c >= ckStart[k]; c--) {
      boolean reads =
          kind == MILESTONE ? ckDone[c] >= 0 : kind == ZONES ? ckZone[c] >= 0 : !Double.isNaN(ckValue[c]);
      if (reads) {
        return c;
      }
    }
    return -1;
  }

  private byte pace(int i, int day, double score) {
    if (Double.isNaN(score)) {
      return -1;
    }
    if (day < cycleStart[i]) {
      return 0;
    }
    if (score >= 1) {
      return 4;
    }
    double total = cycleEnd[i] - cycleStart[i];
    double elapsed = day - cycleStart[i];
    double expected = elapsed >= total ? 1 : elapsed / total;
    double lag = expected - score;
    return lag <= onTrack ? (byte) 1 : lag <= atRisk ? (byte) 2 : (byte) 3;
  }
}
