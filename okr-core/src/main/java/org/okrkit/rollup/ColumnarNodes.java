package org.okrkit.rollup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.KeyResultScoring;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PaceStatus;

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
  final Paces paces;
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
  final Paces.@Nullable Pace[] cyclePace;
  private volatile @Nullable AtomicReferenceArray<ObjectiveRollup> made;

  ColumnarNodes(
      Rollup rollup,
      List<Objective> objectives,
      AlignmentTree tree,
      ValueSums sums,
      Paces paces,
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
    this.cyclePace = new Paces.Pace[cols.cycleIds.length];
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
    BigDecimal value = rollupOf(pos);
    PaceStatus status =
        switch (pace[pos]) {
          case NOT_STARTED -> PaceStatus.NOT_STARTED;
          case ON_TRACK -> PaceStatus.ON_TRACK;
          case AT_RISK -> PaceStatus.AT_RISK;
          case OFF_TRACK -> PaceStatus.OFF_TRACK;
          case DONE -> PaceStatus.DONE;
          case PACE_ON_READ -> {
            Paces.Pace p = paceOf(pos);
            yield rollup.pacing().status(
                Objects.requireNonNull(p.cycle()), paces.asOf(), value,
                Objects.requireNonNull(p.expected()));
          }
          default -> null;
        };
    // the objective's reference only: a node is made without reading the objective
    return new ObjectiveRollup(objectives.get(pos), this, pos, value, status);
  }

  /** The pace of the cycle of the objective at {@code pos}, from the pass (which paced it). */
  private Paces.Pace paceOf(int pos) {
    return Objects.requireNonNull(cyclePace[cols.cycle[pos]]);
  }

  /** {@return the progress expected in the cycle of the objective at {@code pos}, or null} */
  @Nullable BigDecimal expectedOf(int pos) {
    return paceOf(pos).expected();
  }

  /**
   * True when the cycle of the objective at {@code pos} has ended by the as-of date (an objective
   * rolled up from the columns is never closed: a closed one takes the general path).
   */
  boolean endedOf(int pos) {
    Cycle cycle = paceOf(pos).cycle();
    return cycle != null && !paces.asOf().isBefore(cycle.end());
  }

  /**
   * The own score of the objective at {@code pos}, rolled up from the columns: each key result's
   * score from the columns, its derivation made by the standard scoring when read.
   */
  ObjectiveScore ownScore(int pos) {
    Objective o = objectives.get(pos); // its reference: the objective itself is not read
    int first = cols.krStart[pos];
    int n = cols.krStart[pos + 1] - first;
    // List.of with its elements as arguments keeps the array it is given: no copy
    List<KeyResultScore> scores =
        switch (n) {
          case 0 -> List.of();
          case 1 -> List.of(keyResultScore(o, 0, first));
          case 2 -> List.of(keyResultScore(o, 0, first), keyResultScore(o, 1, first));
          case 3 ->
              List.of(
                  keyResultScore(o, 0, first), keyResultScore(o, 1, first),
                  keyResultScore(o, 2, first));
          case 4 ->
              List.of(
                  keyResultScore(o, 0, first), keyResultScore(o, 1, first),
                  keyResultScore(o, 2, first), keyResultScore(o, 3, first));
          case 5 ->
              List.of(
                  keyResultScore(o, 0, first), keyResultScore(o, 1, first),
                  keyResultScore(o, 2, first), keyResultScore(o, 3, first),
                  keyResultScore(o, 4, first));
          default -> {
            KeyResultScore[] all = new KeyResultScore[n];
            for (int k = 0; k < n; k++) {
              all[k] = keyResultScore(o, k, first);
            }
            yield List.of(all);
          }
        };
    return ObjectiveScore.of(o, paces.asOf(), scores, rollup.scorer().policy());
  }

  /**
   * The score of key result {@code k} of {@code o} (the columns' {@code first + k}), from the
   * columns: its key result looked up and its derivation made by the standard scoring when read.
   */
  private KeyResultScore keyResultScore(Objective o, int k, int first) {
    int g = first + k;
    return KeyResultScore.deferred(
        o, k, paces.asOf(), rollup.scorer().policy(), KeyResultScoring.standard(),
        decimal(scoreU[g], scoreS[g]));
  }

  /** {@return the number of key results of the objective at {@code pos}, from the columns} */
  int keyResultCountOf(int pos) {
    return cols.krStart[pos + 1] - cols.krStart[pos];
  }

  /**
   * The own score of key result {@code k} of the objective at {@code pos}, rolled up from the
   * columns: the decimal its {@link KeyResultScore} would hold, made without the score object.
   *
   * @throws IndexOutOfBoundsException naming the objective, unless {@code 0 ≤ k <} its number of
   *     key results
   */
  BigDecimal keyResultScoreOf(int pos, int k) {
    int first = cols.krStart[pos];
    int n = cols.krStart[pos + 1] - first;
    if (k < 0 || k >= n) {
      throw ObjectiveRollup.noKeyResultAt(objectives.get(pos), k, n);
    }
    return decimal(scoreU[first + k], scoreS[first + k]);
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
    return rollup.general()
        .node(objectives.get(pos), pos, node.children(), null, sums, paces)
        .derivation();
  }
}
