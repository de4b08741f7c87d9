package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
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
 */
final class ValueSums {
  private static final ValueSums NONE =
      new ValueSums(new IdentityHashMap<>(), new IdentityHashMap<>());

  private final IdentityHashMap<KeyResult, KeyResult> effective;
  private final IdentityHashMap<KeyResult, RollupProblem> problems;

  private ValueSums(
      IdentityHashMap<KeyResult, KeyResult> effective,
      IdentityHashMap<KeyResult, RollupProblem> problems) {
    this.effective = effective;
    this.problems = problems;
  }

  static ValueSums of(
      OkrSet set, Scorer scorer, LocalDate asOf, boolean tolerant, List<RollupProblem> found) {
    List<KeyResult> all = new ArrayList<>();
    boolean any = false;
    for (Objective o : set.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        all.add(kr);
        any |= !kr.sumOf().isEmpty();
      }
    }
    if (!any) {
      return NONE;
    }
    int n = all.size();
    Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      index.putIfAbsent(all.get(i).id(), i);
    }
    RollupProblem[] broken = new RollupProblem[n];
    int[][] sources = new int[n][];
    int[] pending = new int[n];
    List<List<Integer>> feeds = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      feeds.add(null);
    }
    for (int i = 0; i < n; i++) {
      KeyResult kr = all.get(i);
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
          KeyResult source = all.get(j);
          if (!kr.unit().equals(source.unit())) {
            p = RollupProblem.sumUnitMismatch(kr.id(), kr.unit(), source.id(), source.unit());
          }
          if (!source.sumOf().isEmpty()) {
            pending[i]++;
            List<Integer> f = feeds.get(j);
            if (f == null) {
              f = new ArrayList<>(2);
              feeds.set(j, f);
            }
            f.add(i);
          }
        }
        if (p != null) {
          if (!tolerant) {
            throw new AlignmentException(p);
          }
          found.add(p);
          if (broken[i] == null) {
            broken[i] = p;
          }
        }
      }
      sources[i] = src;
    }
    IdentityHashMap<KeyResult, KeyResult> effective = new IdentityHashMap<>();
    IdentityHashMap<KeyResult, RollupProblem> problems = new IdentityHashMap<>();
    KeyResult[] eff = all.toArray(new KeyResult[0]);
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (!all.get(i).sumOf().isEmpty() && pending[i] == 0) {
        queue[tail++] = i;
      }
    }
    boolean[] done = new boolean[n];
    while (head < tail) {
      int i = queue[head++];
      done[i] = true;
      if (broken[i] == null) {
        for (int j : sources[i]) {
          if (j >= 0 && broken[j] != null) {
            broken[i] = broken[j];
            break;
          }
        }
      }
      if (broken[i] == null) {
        eff[i] = summed(all.get(i), sources[i], eff, scorer, asOf);
        effective.put(all.get(i), eff[i]);
      } else {
        problems.put(all.get(i), broken[i]);
      }
      List<Integer> f = feeds.get(i);
      if (f != null) {
        for (int s : f) {
          if (--pending[s] == 0) {
            queue[tail++] = s;
          }
        }
      }
    }
    if (tail < countSums(all)) {
      // Left over: value-sum key results on a cycle of sumOf links, or summing one. Each walk
      // follows left-over sources until it meets a node already decided (which it inherits) or
      // itself (a new cycle): every node is walked once.
      int[] walkMark = new int[n];
      for (int u = 0; u < n; u++) {
        if (all.get(u).sumOf().isEmpty() || done[u]) {
          continue;
        }
        List<Integer> path = new ArrayList<>();
        int v = u;
        RollupProblem p = null;
        while (true) {
          if (done[v]) {
            p = Objects.requireNonNull(broken[v]);
            break;
          }
          if (walkMark[v] == u + 1) {
            List<String> ids = new ArrayList<>();
            for (int k = path.indexOf(v); k < path.size(); k++) {
              ids.add(all.get(path.get(k)).id());
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
          v = nextUndone(sources[v], done, all);
        }
        for (int w : path) {
          done[w] = true;
          broken[w] = broken[w] == null ? p : broken[w];
          problems.put(all.get(w), broken[w]);
        }
      }
    }
    return new ValueSums(effective, problems);
  }

  private static int countSums(List<KeyResult> all) {
    int c = 0;
    for (KeyResult kr : all) {
      c += kr.sumOf().isEmpty() ? 0 : 1;
    }
    return c;
  }

  /** A source still left over (one exists: that is why the node was never ready). */
  private static int nextUndone(int[] sources, boolean[] done, List<KeyResult> all) {
    for (int j : sources) {
      if (j >= 0 && !all.get(j).sumOf().isEmpty() && !done[j]) {
        return j;
      }
    }
    for (int j : sources) {
      if (j >= 0 && !all.get(j).sumOf().isEmpty()) {
        return j;
      }
    }
    throw new IllegalStateException("value-sum key result left over without a left-over source");
  }

  /**
   * {@code kr} with one check-in per day on which a source's value changed (up to {@code asOf}),
   * carrying the sum of the sources' current values that day; days on which a source has no
   * value yet are skipped.
   */
  private static KeyResult summed(
      KeyResult kr, int[] sources, KeyResult[] eff, Scorer scorer, LocalDate asOf) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (int j : sources) {
      for (CheckIn c : eff[j].checkIns()) {
        if (!c.date().isAfter(asOf)) {
          days.add(c.date());
        }
      }
    }
    List<CheckIn> series = new ArrayList<>(days.size());
    for (LocalDate day : days) {
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (int j : sources) {
        BigDecimal v = scorer.score(eff[j], day).current().orElse(null);
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
    return kr.withCheckIns(series);
  }

  /** The key result to score in place of {@code kr}: its summed copy, or itself. */
  KeyResult effective(KeyResult kr) {
    KeyResult e = effective.get(kr);
    return e == null ? kr : e;
  }

  /** {@code o} with every value-sum key result replaced by its summed copy. */
  Objective effective(Objective o) {
    if (effective.isEmpty()) {
      return o;
    }
    boolean changed = false;
    List<KeyResult> krs = new ArrayList<>(o.keyResults().size());
    for (KeyResult kr : o.keyResults()) {
      KeyResult e = effective(kr);
      changed |= e != kr;
      krs.add(e);
    }
    return changed ? o.withKeyResults(krs) : o;
  }

  /** The first problem that leaves one of {@code o}'s value-sum key results unsummed, if any. */
  @Nullable RollupProblem problem(Objective o) {
    if (problems.isEmpty()) {
      return null;
    }
    for (KeyResult kr : o.keyResults()) {
      RollupProblem p = problems.get(kr);
      if (p != null) {
        return p;
      }
    }
    return null;
  }
}
