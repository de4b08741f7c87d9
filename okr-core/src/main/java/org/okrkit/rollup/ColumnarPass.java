package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Scaled;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.KeyResultScoring;
import org.okrkit.scoring.ScoringCurve;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ThresholdCredit;

/**
 * The roll-up's fast path: one pass over a set's {@link ScoreColumns} in topological order,
 * scoring every key result and rolling every objective up in exact scaled {@code long}s ({@link
 * Scaled}), its results written to the columns of a {@link ColumnarNodes} and no object made per
 * key result or objective.
 *
 * <p>It implements one configuration, the common one: the weighted mean over pooled items, no
 * initiatives, the standard scoring of every kind with the linear curve, all-or-nothing
 * thresholds, a cap and floor (if any) of at most 18 digits. An objective it does not describe
 * (see {@link ScoreColumns}), over a broken tree, with a child aligned to one of its key results,
 * with no item to mean or with a number beyond the long range is rolled up by the general path
 * ({@link GeneralRollup#node}) in the same pass; its parent then reads the general node's decimals. The
 * numbers are the general path's either way ({@code ColumnarRollupProperties} compares the two
 * number by number and derivation by derivation), and the derivations of the columnar nodes are
 * made, when read, by the general path itself.
 *
 * <p>A pass is one computation's registers: mutable, used by one thread, never handed out.
 */
final class ColumnarPass {
  private final RollupPolicy policy;
  private final ScoreColumns cols;
  private final AlignmentTree tree;
  private final ColumnarNodes out;
  private final int day;
  private final boolean capped;
  private final long capU;
  private final int capS;
  private final boolean floored;
  private final long floorU;
  private final int floorS;
  /** The cap is 1 and the floor 0 (the default policy), each as the scale-0 number. */
  private final boolean unitClamp;
  private final Scaled reg = new Scaled();
  // the pacing margins (loaded: false when one is too long, every pace then made on read)
  private final boolean margins;
  private final long onTrackU;
  private final int onTrackS;
  private final long atRiskU;
  private final int atRiskS;
  // per cycle (the columns' index): its code when it does not depend on the roll-up (no pace, not
  // started, or paced on read), ON_TRACK when it does, UNKNOWN before its first objective; and its
  // expected progress
  private static final byte UNKNOWN = Byte.MIN_VALUE;
  private final byte[] cyclePace;
  private final long[] expectedU;
  private final int[] expectedS;
  // the last key-result score
  private long scoreU;
  private int scoreS;
  // the sums of one objective: Σ w, Σ w × s; exact in longs until one overflows
  private boolean exact;
  private long weightsU;
  private int weightsS;
  private long weightedU;
  private int weightedS;
  private @Nullable BigDecimal weights;
  private @Nullable BigDecimal weighted;
  // the children's value spans of one objective: a sum from 0, in longs until it overflows
  private boolean spanAny;
  private long spanU;
  private int spanS;
  private @Nullable BigDecimal spanBig;

  private ColumnarPass(
      Rollup rollup, ScoreColumns cols, AlignmentTree tree, ColumnarNodes out, int day,
      @Nullable Scaled cap, @Nullable Scaled floor) {
    this.policy = rollup.policy();
    this.cols = cols;
    this.tree = tree;
    this.out = out;
    this.day = day;
    this.capped = cap != null;
    this.capU = cap == null ? 0 : cap.unscaled;
    this.capS = cap == null ? 0 : cap.scale;
    this.floored = floor != null;
    this.floorU = floor == null ? 0 : floor.unscaled;
    this.floorS = floor == null ? 0 : floor.scale;
    this.unitClamp = capped && floored && capU == 1 && capS == 0 && floorU == 0 && floorS == 0;
    Scaled onTrack = Scaled.of(rollup.pacing().onTrackMargin());
    Scaled atRisk = Scaled.of(rollup.pacing().atRiskMargin());
    this.margins = onTrack != null && atRisk != null;
    this.onTrackU = onTrack == null ? 0 : onTrack.unscaled;
    this.onTrackS = onTrack == null ? 0 : onTrack.scale;
    this.atRiskU = atRisk == null ? 0 : atRisk.unscaled;
    this.atRiskS = atRisk == null ? 0 : atRisk.scale;
    int cycles = cols.cycleIds.length;
    this.cyclePace = new byte[cycles];
    java.util.Arrays.fill(cyclePace, UNKNOWN);
    this.expectedU = new long[cycles];
    this.expectedS = new int[cycles];
  }

  /**
   * Rolls up every objective of {@code set} (whose shape is {@code tree}) in one pass; null when
   * this roll-up's configuration is not the one the fast path implements (the general path then
   * rolls every objective up).
   */
  static @Nullable ColumnarNodes run(
      Rollup rollup, OkrSet set, LocalDate asOf, AlignmentTree tree, ValueSums sums,
      Paces paces, Object columnsKey) {
    ScoringPolicy sp = rollup.scorer().policy();
    if (!rollup.isColumnar()
        || rollup.strategy() != BuiltInRollup.WEIGHTED_MEAN
        || rollup.ownShare().isPresent()
        || rollup.initiativeWeight().isPresent()
        || sp.curve() != ScoringCurve.linear()
        || sp.thresholdCredit() != ThresholdCredit.ALL_OR_NOTHING) {
      return null;
    }
    for (KeyResultKind k : KeyResultKind.values()) {
      if (rollup.scorer().scoring(k) != KeyResultScoring.standard()) {
        return null;
      }
    }
    BigDecimal cap = sp.cap().orElse(null);
    BigDecimal floor = sp.floor().orElse(null);
    Scaled capAt = Scaled.of(cap);
    Scaled floorAt = Scaled.of(floor);
    long day = asOf.toEpochDay();
    if ((cap != null && capAt == null) || (floor != null && floorAt == null) || day != (int) day) {
      return null;
    }
    ScoreColumns cols = set.derived(columnsKey, ScoreColumns::of);
    List<Objective> objectives = set.objectives();
    ColumnarNodes out = new ColumnarNodes(rollup, objectives, tree, sums, paces, cols);
    ColumnarPass pass = new ColumnarPass(rollup, cols, tree, out, (int) day, capAt, floorAt);
    for (int i : tree.order) {
      // the objective itself is not read on the fast path: its numbers are in the columns
      if (cols.fast[i] && tree.broken[i] == null && pass.roll(i)) {
        pass.pace(i, paces);
      } else {
        out.general[i] =
            rollup.general().node(
                objectives.get(i), i, GeneralRollup.children(tree, i, out::node), tree.broken[i], sums,
                paces);
      }
    }
    return out;
  }

  /**
   * Rolls up the objective at {@code pos} from the columns into {@link #out}; false when it needs
   * the general path (a child aligned to a key result or over a broken tree, no item to mean, a
   * number beyond the long range).
   */
  private boolean roll(int pos) {
    ScoreColumns c = cols;
    ColumnarNodes o = out;
    int from = tree.start[pos];
    int to = tree.start[pos + 1];
    boolean usesChildren = policy != RollupPolicy.OWN_KEY_RESULTS_ONLY;
    boolean hasCounted = false;
    int items = 0;
    startSums();
    for (int k = from; k < to; k++) {
      int ch = tree.child[k];
      if (!tree.lists(pos, ch)) {
        continue;
      }
      if (o.isColumnar(ch)) {
        // a child rolled up from the columns: defined, not broken, its numbers in the arrays
        if (!c.counts[ch]) {
          continue; // supporting or weighing 0: tracked, not counted
        }
        if (c.alignedToKeyResult[ch]) {
          return false;
        }
        hasCounted = true;
        if (!usesChildren) {
          continue;
        }
        @Nullable BigDecimal[] big = o.bigSpans;
        if (big != null && big[ch] != null) {
          addSpan(Objects.requireNonNull(big[ch]));
        } else if (o.spanS[ch] != ColumnarNodes.NO_SPAN) {
          addSpan(o.spanU[ch], o.spanS[ch]);
        }
        if (c.objWeightS[ch] != Integer.MIN_VALUE) {
          add(c.objWeightU[ch], c.objWeightS[ch], o.rollupU[ch], o.rollupS[ch]);
        } else {
          addDecimals(o.objective(ch).weight(), o.rollupOf(ch));
        }
      } else {
        ObjectiveRollup child = Objects.requireNonNull(o.general[ch]);
        Objective co = child.objective();
        if (child.counts()) {
          if (co.parentKeyResult().isPresent() || child.problem().isPresent()) {
            return false;
          }
          hasCounted = true;
        }
        if (!usesChildren
            || co.link() == AlignmentLink.SUPPORT
            || !child.isDefined()
            || co.weight().signum() == 0) {
          continue;
        }
        if (child.valueSpan().isPresent()) {
          addSpan(child.valueSpan().orElseThrow());
        }
        addDecimals(co.weight(), child.rollup().orElseThrow());
      }
      items++;
    }
    boolean usesOwn = policy != RollupPolicy.CHILDREN_ONLY || !hasCounted;
    for (int g = c.krStart[pos], end = c.krStart[pos + 1]; g < end; g++) {
      score(g);
      o.scoreU[g] = scoreU;
      o.scoreS[g] = scoreS;
      if (usesOwn && c.weightU[g] != 0) {
        items++;
        add(c.weightU[g], c.weightS[g], scoreU, scoreS);
      }
    }
    if (items == 0) {
      return false;
    }
    // own spans beside the children's: sums from 0 whose number and scale do not depend on order
    if (usesOwn && c.ownSpan[pos] != null) {
      if (c.ownSpanS[pos] != ColumnarNodes.NO_SPAN) {
        addSpan(c.ownSpanU[pos], c.ownSpanS[pos]);
      } else {
        addSpan(Objects.requireNonNull(c.ownSpan[pos]));
      }
    }
    Scaled r = reg;
    if (!(exact && r.divide(weightedU, weightedS, weightsU, weightsS))) {
      BigDecimal rollup =
          exact
              ? ScoreMath.divide(BigDecimal.valueOf(weightedU, weightedS),
                  BigDecimal.valueOf(weightsU, weightsS))
              : ScoreMath.divide(Objects.requireNonNull(weighted), Objects.requireNonNull(weights));
      if (!r.load(rollup)) {
        return false;
      }
    }
    o.rollupU[pos] = r.unscaled;
    o.rollupS[pos] = r.scale;
    storeSpan(pos);
    return true;
  }

  /**
   * The pace of the objective at {@code pos} (just rolled up) in cycle {@code id}, as {@link
   * org.okrkit.scoring.PacingPolicy#status} gives it: not started before the cycle's first day,
   * done at 1 or more, then by the lag {@code expected − roll-up} against the margins. The
   * expected progress of each cycle is computed here, once per run of objectives in one cycle, so
   * a user curve that fails fails the computation, not a later read.
   */
  private void pace(int pos, Paces paces) {
    int cy = cols.cycle[pos];
    byte code = cyclePace[cy];
    if (code == UNKNOWN) {
      Paces.Pace p = paces.of(cols.cycleIds[cy]);
      out.cyclePace[cy] = p;
      Cycle cycle = p.cycle();
      BigDecimal expected = p.expected();
      Scaled e = Scaled.of(expected);
      if (cycle == null || expected == null) {
        code = ColumnarNodes.PACE_NONE;
      } else if (cycle.start().toEpochDay() > day) {
        code = ColumnarNodes.NOT_STARTED;
      } else if (e == null || !margins) {
        code = ColumnarNodes.PACE_ON_READ;
      } else {
        code = ColumnarNodes.ON_TRACK; // by the roll-up: see below
        expectedU[cy] = e.unscaled;
        expectedS[cy] = e.scale;
      }
      cyclePace[cy] = code;
    }
    ColumnarNodes o = out;
    if (code == ColumnarNodes.ON_TRACK) {
      long u = o.rollupU[pos];
      int s = o.rollupS[pos];
      Scaled r = reg;
      if (Scaled.compare(u, s, 1, 0) >= 0) {
        code = ColumnarNodes.DONE;
      } else if (u == Long.MIN_VALUE || !r.add(expectedU[cy], expectedS[cy], -u, s)) {
        code = ColumnarNodes.PACE_ON_READ;
      } else if (Scaled.compare(r.unscaled, r.scale, onTrackU, onTrackS) <= 0) {
        code = ColumnarNodes.ON_TRACK;
      } else {
        code =
            Scaled.compare(r.unscaled, r.scale, atRiskU, atRiskS) <= 0
                ? ColumnarNodes.AT_RISK
                : ColumnarNodes.OFF_TRACK;
      }
    }
    o.pace[pos] = code;
  }

  /**
   * Scores key result {@code k} as the standard scoring does ({@link #scoreU}, {@link #scoreS}):
   * the score of the check-in in force, laid out with it ({@link ScoreColumns#ckU}), 0 when there
   * is none (a metric then stands at its baseline), a metric's held by the policy's cap and floor.
   */
  private void score(int k) {
    ScoreColumns c = cols;
    int at = c.inForce(k, day);
    long u = at < 0 ? 0 : c.ckU[at];
    int s = at < 0 ? 0 : c.ckS[at];
    if (c.code[k] == ScoreColumns.METRIC) {
      if (unitClamp && s >= 0) {
        // the default cap 1 and floor 0, compared without aligning scales
        if (Scaled.exceedsOne(u, s)) {
          u = 1;
          s = 0;
        } else if (u < 0) {
          u = 0;
          s = 0;
        }
      } else if (capped && Scaled.compare(u, s, capU, capS) > 0) {
        u = capU;
        s = capS;
      } else if (floored && Scaled.compare(u, s, floorU, floorS) < 0) {
        u = floorU;
        s = floorS;
      }
    }
    scoreU = u;
    scoreS = s;
  }

  private void startSums() {
    exact = true;
    weightsU = 0;
    weightsS = 0;
    weightedU = 0;
    weightedS = 0;
    weights = null;
    weighted = null;
    spanAny = false;
    spanU = 0;
    spanS = 0;
    spanBig = null;
  }

  /** Σ w += w; Σ w × s += w × s, in longs while they fit. */
  private void add(long wu, int ws, long su, int ss) {
    if (exact && ws != Integer.MIN_VALUE) {
      long pu = Scaled.times(wu, su);
      long ps = (long) ws + ss;
      if (pu != Long.MIN_VALUE && ps == (int) ps) {
        int xs = Math.max(weightedS, (int) ps);
        long xu = Scaled.plus(weightedU, weightedS, pu, (int) ps);
        int ys = Math.max(weightsS, ws);
        long yu = Scaled.plus(weightsU, weightsS, wu, ws);
        if (xu != Long.MIN_VALUE && yu != Long.MIN_VALUE) {
          weightedU = xu;
          weightedS = xs;
          weightsU = yu;
          weightsS = ys;
          return;
        }
      }
    }
    if (exact) {
      toDecimals();
    }
    addDecimals(BigDecimal.valueOf(wu, ws), BigDecimal.valueOf(su, ss));
  }

  private void addDecimals(BigDecimal w, BigDecimal s) {
    if (exact) {
      toDecimals();
    }
    weights = Objects.requireNonNull(weights).add(w);
    weighted = Objects.requireNonNull(weighted).add(w.multiply(s));
  }

  private void toDecimals() {
    exact = false;
    weights = BigDecimal.valueOf(weightsU, weightsS);
    weighted = BigDecimal.valueOf(weightedU, weightedS);
  }

  /** Σ span += {@code u × 10^−s}, in longs while it fits. */
  private void addSpan(long u, int s) {
    spanAny = true;
    BigDecimal big = spanBig;
    if (big != null) {
      spanBig = big.add(BigDecimal.valueOf(u, s));
    } else if (reg.add(spanU, spanS, u, s)) {
      spanU = reg.unscaled;
      spanS = reg.scale;
    } else {
      spanBig = BigDecimal.valueOf(spanU, spanS).add(BigDecimal.valueOf(u, s));
    }
  }

  private void addSpan(BigDecimal span) {
    spanAny = true;
    BigDecimal big = spanBig;
    spanBig = (big != null ? big : BigDecimal.valueOf(spanU, spanS)).add(span);
  }

  private void storeSpan(int pos) {
    ColumnarNodes o = out;
    BigDecimal big = spanBig;
    if (!spanAny) {
      o.spanS[pos] = ColumnarNodes.NO_SPAN;
    } else if (big != null || spanS == ColumnarNodes.NO_SPAN) {
      @Nullable BigDecimal[] spans = o.bigSpans;
      if (spans == null) {
        spans = new BigDecimal[o.size()];
        o.bigSpans = spans;
      }
      spans[pos] = big != null ? big : BigDecimal.valueOf(spanU, spanS);
    } else {
      o.spanU[pos] = spanU;
      o.spanS[pos] = spanS;
    }
  }
}
