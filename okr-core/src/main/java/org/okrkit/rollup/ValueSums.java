package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.scoring.Scorer;

/**
 * Value-sum cascades ({@link KeyResult#sumOf()}): each value-sum key result replaced, for scoring,
 * by a copy whose check-ins are the sum of its sources' current values on every day one of them
 * changed, up to the as-of date. Its own check-ins are ignored; scoring the copy as of any date
 * then gives the sum as of that date, so time travel, charts and forecasts see the summed series.
 *
 * <p>The sums are computed leaves first (Kahn's algorithm over the {@code sumOf} links, no
 * recursion), so a value-sum key result may sum other value-sum key results. A source that does
 * not exist, a source in another unit and a cycle of {@code sumOf} links are problems: strict mode
 * throws, tolerant mode leaves the key result (and every value-sum key result summing it)
 * unsummed and names the problem.
 *
 * <p>The {@link Plan} (which key result sums which, in what order, which are broken) depends only
 * on ids, units and {@code sumOf} lists, so an incremental roll-up keeps it while check-ins and
 * values change, and recomputes only the sums downstream of a changed key result.
 */
final class ValueSums {
  private static final ValueSums NONE = new ValueSums(null, PersistentVector.of(new Object[0]));

  private final @Nullable Plan plan;
  // Slot -> the summed copy to score, or null when the slot is broken.
  private final PersistentVector<KeyResult> effective;

  private ValueSums(@Nullable Plan plan, PersistentVector<KeyResult> effective) {
    this.plan = plan;
    this.effective = effective;
  }

  /**
   * Which key results sum which: key results are numbered in document order ("flat" index),
   * value-sum key results also by slot.
   */
  static final class Plan {
    final int[] krStart; // objective position -> its first flat index (length n + 1)
    final int[] krPos; // flat -> objective position
    final int[] slotOf; // flat -> slot, or -1
    final int[] slotFlat; // slot -> flat
    final int[][] sources; // slot -> flat indices of its sources (-1: missing)
    final int[] @Nullable [] feeds; // flat -> the slots summing it
    final int[] order; // slots to sum, sources first
    final int[] rank; // slot -> place in order (MAX_VALUE when broken)
    final @Nullable RollupProblem[] broken; // slot -> its problem
    final @Nullable RollupProblem[] objectiveProblem; // position -> first problem of its key results

    private Plan(int[] krStart, int[] krPos, int[] slotOf, int[] slotFlat, int[][] sources,
        int[] @Nullable [] feeds, int[] order, int[] rank, @Nullable RollupProblem[] broken,
        @Nullable RollupProblem[] objectiveProblem) {
      this.krStart = krStart;
      this.krPos = krPos;
      this.slotOf = slotOf;
      this.slotFlat = slotFlat;
      this.sources = sources;
      this.feeds = feeds;
      this.order = order;
      this.rank = rank;
      this.broken = broken;
      this.objectiveProblem = objectiveProblem;
    }

    KeyResult keyResult(IntFunction<Objective> objectiveAt, int flat) {
      int pos = krPos[flat];
      return objectiveAt.apply(pos).keyResults().get(flat - krStart[pos]);
    }
  }

  /**
   * The plan of {@code objectives}' value sums (null when no key result sums others), adding the
   * problems found to {@code found}.
   *
   * @throws AlignmentException in strict mode, on the first problem
   */
  static @Nullable Plan plan(List<Objective> objectives, boolean tolerant, List<RollupProblem> found) {
    boolean any = false;
    int total = 0;
    for (Objective o : objectives) {
      for (KeyResult kr : o.keyResults()) {
        any |= !kr.sumOf().isEmpty();
      }
      total += o.keyResults().size();
    }
    if (!any) {
      return null;
    }
    int positions = objectives.size();
    int[] krStart = new int[positions + 1];
    int[] krPos = new int[total];
    KeyResult[] all = new KeyResult[total];
    int f = 0;
    for (int p = 0; p < positions; p++) {
      krStart[p] = f;
      for (KeyResult kr : objectives.get(p).keyResults()) {
        krPos[f] = p;
        all[f++] = kr;
      }
    }
    krStart[positions] = f;
    int n = total;
    Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
    int[] slotOf = new int[n];
    int slots = 0;
    for (int i = 0; i < n; i++) {
      index.putIfAbsent(all[i].id(), i);
      slotOf[i] = all[i].sumOf().isEmpty() ? -1 : slots++;
    }
    int[] slotFlat = new int[slots];
    for (int i = 0; i < n; i++) {
      if (slotOf[i] >= 0) {
        slotFlat[slotOf[i]] = i;
      }
    }
    RollupProblem[] broken = new RollupProblem[slots];
    int[][] sources = new int[slots][];
    int[] pending = new int[slots];
    int[][] feeds = new int[n][];
    for (int s = 0; s < slots; s++) {
      KeyResult kr = all[slotFlat[s]];
      List<String> ids = kr.sumOf();
      int[] src = new int[ids.size()];
      for (int k = 0; k < ids.size(); k++) {
        Integer j = index.get(ids.get(k));
        RollupProblem p = null;
        if (j == null) {
          p = RollupProblem.missingSumSource(kr.id(), ids.get(k));
          src[k] = -1;
        } else {
          src[k] = j;
          KeyResult source = all[j];
          if (!kr.unit().equals(source.unit())) {
            p = RollupProblem.sumUnitMismatch(kr.id(), kr.unit(), source.id(), source.unit());
          }
          if (slotOf[j] >= 0) {
            pending[s]++;
          }
          int[] fd = feeds[j];
          feeds[j] = fd == null ? new int[] {s} : append(fd, s);
        }
        if (p != null) {
          if (!tolerant) {
            throw new AlignmentException(p);
          }
          found.add(p);
          if (broken[s] == null) {
            broken[s] = p;
          }
        }
      }
      sources[s] = src;
    }
    int[] queue = new int[slots];
    int head = 0;
    int tail = 0;
    for (int s = 0; s < slots; s++) {
      if (pending[s] == 0) {
        queue[tail++] = s;
      }
    }
    boolean[] done = new boolean[slots];
    while (head < tail) {
      int s = queue[head++];
      done[s] = true;
      if (broken[s] == null) {
        for (int j : sources[s]) {
          if (j >= 0 && slotOf[j] >= 0 && broken[slotOf[j]] != null) {
            broken[s] = broken[slotOf[j]];
            break;
          }
        }
      }
      int[] fd = feeds[slotFlat[s]];
      if (fd != null) {
        for (int t : fd) {
          if (--pending[t] == 0) {
            queue[tail++] = t;
          }
        }
      }
    }
    if (tail < slots) {
      // Left over: value-sum key results on a cycle of sumOf links, or summing one. Each walk
      // follows left-over sources until it meets a slot already decided (which it inherits) or
      // itself (a new cycle): every slot is walked once.
      int[] walkMark = new int[slots];
      for (int u = 0; u < slots; u++) {
        if (done[u]) {
          continue;
        }
        List<Integer> path = new ArrayList<>();
        int v = u;
        RollupProblem p;
        while (true) {
          if (done[v]) {
            p = Objects.requireNonNull(broken[v]);
            break;
          }
          if (walkMark[v] == u + 1) {
            List<String> ids = new ArrayList<>();
            for (int k = path.indexOf(v); k < path.size(); k++) {
              ids.add(all[slotFlat[path.get(k)]].id());
            }
            p = RollupProblem.sumCycle(ids);
            if (!tolerant) {
              throw new AlignmentException(p);
            }
            found.add(p);
            break;
          }
          walkMark[v] = u + 1;
          path.add(v);
          v = nextUndone(sources[v], done, slotOf, broken);
        }
        for (int w : path) {
          done[w] = true;
          broken[w] = broken[w] == null ? p : broken[w];
        }
      }
    }
    int[] rank = new int[slots];
    Arrays.fill(rank, Integer.MAX_VALUE);
    int[] order = new int[slots];
    int ordered = 0;
    for (int k = 0; k < tail; k++) {
      int s = queue[k];
      if (broken[s] == null) {
        rank[s] = ordered;
        order[ordered++] = s;
      }
    }
    RollupProblem[] objectiveProblem = new RollupProblem[positions];
    for (int i = 0; i < n; i++) {
      int s = slotOf[i];
      if (s >= 0 && broken[s] != null && objectiveProblem[krPos[i]] == null) {
        objectiveProblem[krPos[i]] = broken[s];
      }
    }
    return new Plan(krStart, krPos, slotOf, slotFlat, sources, feeds,
        Arrays.copyOf(order, ordered), rank, broken, objectiveProblem);
  }

  private static int[] append(int[] a, int v) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = v;
    return b;
  }

  /**
   * A source slot still left over, or else one an earlier walk found broken (one of the two
   * exists: that is why the slot was never ready). A source summed fine in Kahn's pass is never
   * the answer: it has no problem to inherit.
   */
  private static int nextUndone(
      int[] sources, boolean[] done, int[] slotOf, @Nullable RollupProblem[] broken) {
    for (int j : sources) {
      if (j >= 0 && slotOf[j] >= 0 && !done[slotOf[j]]) {
        return slotOf[j];
      }
    }
    for (int j : sources) {
      if (j >= 0 && slotOf[j] >= 0 && broken[slotOf[j]] != null) {
        return slotOf[j];
      }
    }
    throw new IllegalStateException("value-sum key result left over without a left-over source");
  }

  /** The summed key results of the set as of {@code asOf}, under {@code plan}. */
  static ValueSums compute(
      @Nullable Plan plan, IntFunction<Objective> objectiveAt, Scorer scorer, LocalDate asOf) {
    if (plan == null) {
      return NONE;
    }
    KeyResult[] eff = new KeyResult[plan.slotFlat.length];
    for (int s : plan.order) {
      eff[s] = summed(plan, s, objectiveAt, t -> eff[t], scorer, asOf);
    }
    return new ValueSums(plan, PersistentVector.of(eff));
  }

  /**
   * The sums after the key results at {@code changedFlat} changed (the objectives are read through
   * {@code objectiveAt}, already edited): only the sums downstream of them are recomputed; the
   * position of every objective holding one goes to {@code touched}.
   */
  ValueSums update(int[] changedFlat, IntFunction<Objective> objectiveAt, Scorer scorer,
      LocalDate asOf, IntConsumer touched) {
    Plan p = plan;
    if (p == null) {
      return this;
    }
    TreeMap<Integer, Integer> dirty = new TreeMap<>();
    for (int flat : changedFlat) {
      mark(p, flat, dirty);
    }
    if (dirty.isEmpty()) {
      return this;
    }
    List<PersistentVector<KeyResult>> eff = new ArrayList<>(List.of(effective));
    for (Map.Entry<Integer, Integer> e; (e = dirty.pollFirstEntry()) != null; ) {
      int s = e.getValue();
      KeyResult summed = summed(p, s, objectiveAt, t -> eff.get(0).get(t), scorer, asOf);
      eff.set(0, eff.get(0).with(s, summed));
      touched.accept(p.krPos[p.slotFlat[s]]);
      int[] fd = p.feeds[p.slotFlat[s]];
      if (fd != null) {
        for (int t : fd) {
          if (p.rank[t] != Integer.MAX_VALUE) {
            dirty.put(p.rank[t], t);
          }
        }
      }
    }
    return new ValueSums(p, eff.get(0));
  }

  private static void mark(Plan p, int flat, Map<Integer, Integer> dirty) {
    int own = p.slotOf[flat];
    if (own >= 0 && p.rank[own] != Integer.MAX_VALUE) {
      dirty.put(p.rank[own], own);
    }
    int[] fd = p.feeds[flat];
    if (fd != null) {
      for (int t : fd) {
        if (p.rank[t] != Integer.MAX_VALUE) {
          dirty.put(p.rank[t], t);
        }
      }
    }
  }

  /**
   * The slot's key result with one check-in per day on which a source's value changed (up to
   * {@code asOf}), carrying the sum of the sources' current values that day; days on which a
   * source has no value yet are skipped.
   */
  private static KeyResult summed(Plan plan, int slot, IntFunction<Objective> objectiveAt,
      IntFunction<KeyResult> effectiveAt, Scorer scorer, LocalDate asOf) {
    int[] sources = plan.sources[slot];
    KeyResult[] source = new KeyResult[sources.length];
    for (int k = 0; k < sources.length; k++) {
      int j = sources[k];
      int s = plan.slotOf[j];
      source[k] =
          s < 0
              ? plan.keyResult(objectiveAt, j)
              : Objects.requireNonNull(effectiveAt.apply(s));
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (KeyResult kr : source) {
      for (CheckIn c : kr.checkIns()) {
        if (!c.date().isAfter(asOf)) {
          days.add(c.date());
        }
      }
    }
    List<CheckIn> series = new ArrayList<>(days.size());
    for (LocalDate day : days) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (KeyResult kr : source) {
        BigDecimal v = scorer.score(kr, day).current().orElse(null);
        if (v == null) {
          complete = false;
          break;
        }
        sum = sum.add(v);
      }
      if (complete) {
        series.add(CheckIn.of(day, sum));
      }
    }
    return plan.keyResult(objectiveAt, plan.slotFlat[slot]).withCheckIns(series);
  }

  /** True when some key result of the set sums others. */
  boolean any() {
    return plan != null;
  }

  /** The plan, or null when nothing is summed. */
  @Nullable Plan plan() {
    return plan;
  }

  /** The key result to score in place of key result {@code k} of the objective at {@code pos}. */
  KeyResult effective(int pos, int k, KeyResult kr) {
    Plan p = plan;
    if (p == null) {
      return kr;
    }
    int s = p.slotOf[p.krStart[pos] + k];
    KeyResult e = s < 0 ? null : effective.get(s);
    return e == null ? kr : e;
  }

  /** {@code o}, at position {@code pos}, with every value-sum key result replaced by its sum. */
  Objective effective(int pos, Objective o) {
    Plan p = plan;
    if (p == null) {
      return o;
    }
    boolean changed = false;
    List<KeyResult> krs = new ArrayList<>(o.keyResults().size());
    for (int k = 0; k < o.keyResults().size(); k++) {
      KeyResult kr = o.keyResults().get(k);
      KeyResult e = effective(pos, k, kr);
      changed |= e != kr;
      krs.add(e);
    }
    return changed ? o.withKeyResults(krs) : o;
  }

  /** The first problem that leaves one of the objective's value-sum key results unsummed. */
  @Nullable RollupProblem problem(int pos) {
    Plan p = plan;
    return p == null ? null : p.objectiveProblem[pos];
  }
}
