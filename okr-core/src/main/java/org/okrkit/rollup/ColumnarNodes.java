package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.KeyResultScoring;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The results of one {@linkplain ColumnarPass columnar pass} kept as columns: each key result's
 * score and each objective's roll-up and value span as scaled {@code long}s in primitive arrays,
 * and the few objectives the general path rolled up as their nodes. An {@link ObjectiveRollup}
 * (and its own score, its key-result scores and their decimals) is made only when someone reads
 * it, once per position (later reads get the same instance), so a computation allocates a few
 * arrays for the whole organisation and a dashboard pays only for what it shows.
 *
 * <p>Every number made from the columns is the exact decimal the general path computes: a scaled
 * long {@code (u, s)} is {@code BigDecimal.valueOf(u, s)}, number and scale. Immutable once the
 * pass has filled it (the cache of made nodes aside, which is thread-safe).
 */
final class ColumnarNodes {
  /** The scale of a value span that is absent. */
  static final int NO_SPAN = Integer.MIN_VALUE;

  /** Pace codes: no cycle or no expected progress (no pace), or a number too long (paced on read). */
  static final byte PACE_NONE = -1;
  static final byte PACE_ON_READ = -2;
  static final byte NOT_STARTED = 0;
  static final byte ON_TRACK = 1;
  static final byte AT_RISK = 2;
  static final byte OFF_TRACK = 3;
  static final byte DONE = 4;

  private static final BigDecimal COMMIT_SCORE = BigDecimal.valueOf(3, 1);
  private static final BigDecimal TARGET_SCORE = BigDecimal.valueOf(7, 1);

  final Rollup rollup;
  final List<Objective> objectives;
  final AlignmentTree tree;
  final ValueSums sums;
  final Rollup.Paces paces;
  final ScoreColumns cols;
  /** Per objective: the general path's node, or null for one rolled up from the columns. */
  final @Nullable ObjectiveRollup[] general;
  /** Per objective rolled up from the columns: its roll-up. */
  final long[] rollupU;
  final int[] rollupS;
  /** Per objective rolled up from the columns: its value span ({@link #NO_SPAN}: none). */
  final long[] spanU;
  final int[] spanS;
  /** Per objective rolled up from the columns: its pace ({@link #ON_TRACK} …). */
  final byte[] pace;
  /** The value spans beyond the long range, by position; null while there is none. */
  @Nullable BigDecimal @Nullable [] bigSpans;
  /** Per key result (the columns' numbering): its score. */
  final long[] scoreU;
  final int[] scoreS;
  /** Per cycle (the columns' index): its pace, set by the pass when it paces the first objective. */
  final Rollup.@Nullable Pace[] cyclePace;
  private volatile @Nullable AtomicReferenceArray<ObjectiveRollup> made;

  ColumnarNodes(
      Rollup rollup,
      List<Objective> objectives,
      AlignmentTree tree,
      ValueSums sums,
      Rollup.Paces paces,
      ScoreColumns cols) {
    int n = tree.size;
    int krs = cols.code.length;
    this.rollup = rollup;
    this.objectives = objectives;
    this.tree = tree;
    this.sums = sums;
    this.paces = paces;
    this.cols = cols;
    this.general = new ObjectiveRollup[n];
    this.rollupU = new long[n];
    this.rollupS = new int[n];
    this.spanU = new long[n];
    this.spanS = new int[n];
    this.pace = new byte[n];
    this.scoreU = new long[krs];
    this.scoreS = new int[krs];
    this.cyclePace = new Rollup.Pace[cols.cycleIds.length];
  }

  /** {@return the number of objectives} */
  int size() {
    return general.length;
  }

  /** True when the objective at {@code pos} was rolled up from the columns. */
  boolean isColumnar(int pos) {
    return general[pos] == null;
  }

  /** {@return the objective at {@code pos}} */
  Objective objective(int pos) {
    return objectives.get(pos);
  }

  /** {@return the roll-up of the objective at {@code pos}, rolled up from the columns} */
  BigDecimal rollupOf(int pos) {
    return BigDecimal.valueOf(rollupU[pos], rollupS[pos]);
  }

  /** {@return the value span of the objective at {@code pos}, rolled up from the columns} */
  @Nullable BigDecimal spanOf(int pos) {
    @Nullable BigDecimal[] big = bigSpans;
    if (big != null && big[pos] != null) {
      return big[pos];
    }
    return spanS[pos] == NO_SPAN ? null : BigDecimal.valueOf(spanU[pos], spanS[pos]);
  }

  /** The node at {@code pos}: the general path's, or made from the columns on first read. */
  ObjectiveRollup node(int pos) {
    ObjectiveRollup g = general[pos];
    if (g != null) {
      return g;
    }
    AtomicReferenceArray<ObjectiveRollup> cache = made;
    if (cache == null) {
      synchronized (this) {
        cache = made;
        if (cache == null) {
          cache = new AtomicReferenceArray<>(general.length);
          made = cache;
        }
      }
    }
    ObjectiveRollup r = cache.get(pos);
    if (r == null) {
      r = make(pos);
      if (!cache.compareAndSet(pos, null, r)) {
        r = cache.get(pos); // another thread made it first: one instance per position
      }
    }
    return r;
  }

  private ObjectiveRollup make(int pos) {
    Objective o = objectives.get(pos);
    LocalDate asOf = paces.asOf();
    BigDecimal value = rollupOf(pos);
    Rollup.Pace known = this.cyclePace[cols.cycle[pos]];
    Rollup.Pace cyclePace = known != null ? known : paces.of(o.cycle());
    Cycle cycle = cyclePace.cycle();
    BigDecimal expected = cyclePace.expected();
    PaceStatus status =
        switch (pace[pos]) {
          case NOT_STARTED -> PaceStatus.NOT_STARTED;
          case ON_TRACK -> PaceStatus.ON_TRACK;
          case AT_RISK -> PaceStatus.AT_RISK;
          case OFF_TRACK -> PaceStatus.OFF_TRACK;
          case DONE -> PaceStatus.DONE;
          case PACE_ON_READ ->
              rollup.pacing().status(
                  Objects.requireNonNull(cycle), asOf, value, Objects.requireNonNull(expected));
          default -> null;
        };
    return new ObjectiveRollup(
        o, this, pos, rollup.policy(), value, rollup.scorer().policy().grades(), expected, status,
        Rollup.ended(o, cycle, asOf));
  }

  /**
   * The own score of the objective at {@code pos}, rolled up from the columns: each key result's
   * score from the columns, its derivation made by the standard scoring when read.
   */
  ObjectiveScore ownScore(int pos) {
    Objective o = objectives.get(pos);
    LocalDate asOf = paces.asOf();
    ScoringPolicy sp = rollup.scorer().policy();
    KeyResultScoring standard = KeyResultScoring.standard();
    List<KeyResult> krs = o.keyResults();
    KeyResultScore[] scores = new KeyResultScore[krs.size()];
    int first = cols.krStart[pos];
    for (int k = 0; k < scores.length; k++) {
      int g = first + k;
      scores[k] =
          KeyResultScore.deferred(krs.get(k), asOf, sp, standard, decimal(scoreU[g], scoreS[g]));
    }
    return ObjectiveScore.of(o, asOf, List.of(scores), sp);
  }

  /** {@code u × 10^−s}, the zones' scores shared (0, 1 and 10 are shared by {@code BigDecimal}). */
  private static BigDecimal decimal(long u, int s) {
    if (s == 1 && u == 3) {
      return COMMIT_SCORE;
    }
    return s == 1 && u == 7 ? TARGET_SCORE : BigDecimal.valueOf(u, s);
  }

  /** The listed children of the objective at {@code pos}, in document order. */
  List<ObjectiveRollup> children(int pos) {
    int from = tree.start[pos];
    int to = tree.start[pos + 1];
    if (from == to) {
      return List.of();
    }
    ObjectiveRollup[] kept = new ObjectiveRollup[to - from];
    int n = 0;
    for (int k = from; k < to; k++) {
      int c = tree.child[k];
      if (tree.lists(pos, c)) {
        kept[n++] = node(c);
      }
    }
    return n == kept.length ? List.of(kept) : List.of(java.util.Arrays.copyOf(kept, n));
  }

  /** The derivation of {@code node} (at {@code pos}), made by the general path itself. */
  Derivation derivation(ObjectiveRollup node, int pos) {
    return rollup.node(objectives.get(pos), pos, node.children(), null, sums, paces).derivation();
  }
}
