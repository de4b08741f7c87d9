package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PacingPolicy;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.UndefinedReason;

/**
 * Rolls scores up an {@link OkrSet}'s alignment trees, as of a date.
 *
 * <p>Each objective's roll-up is the weighted mean of its items, {@code Σ(wᵢ × sᵢ) / Σ wᵢ}: under
 * {@link RollupPolicy#OWN_AND_CHILDREN} (the default) its own key results (weighted by their
 * weights) and its children's roll-ups (weighted by the children's weights). Items whose score is
 * undefined are left out; an objective with no defined item has an undefined roll-up with a
 * reason, never NaN. Grade and pace are those of the roll-up, paced against the objective's cycle
 * in the set.
 *
 * <p>The tree is walked iteratively in topological order (Kahn's algorithm: leaves first), with no
 * recursion, so a chain 200,000 objectives deep and a million key results are fine. Structural
 * errors make the whole computation fail with one exception type, {@link AlignmentException} (an
 * {@link IllegalArgumentException}), naming the ids: a parent id that no objective has, an
 * alignment cycle ({@code 'a' → 'b' → 'a'}), or an id used twice. A partial result over a broken
 * tree would silently mis-state every ancestor, so there is none.
 *
 * <p>Final, stateless and thread-safe.
 */
public final class Rollup {
  private static final Rollup DEFAULTS =
      new Rollup(Scorer.defaults(), RollupPolicy.OWN_AND_CHILDREN, PacingPolicy.defaults());

  private final Scorer scorer;
  private final RollupPolicy policy;
  private final PacingPolicy pacing;

  private Rollup(Scorer scorer, RollupPolicy policy, PacingPolicy pacing) {
    this.scorer = scorer;
    this.policy = policy;
    this.pacing = pacing;
  }

  /** Default scorer, {@link RollupPolicy#OWN_AND_CHILDREN}, default pacing. */
  public static Rollup defaults() {
    return DEFAULTS;
  }

  /**
   * A roll-up with this scorer and policy and the default pacing.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Rollup of(Scorer scorer, RollupPolicy policy) {
    return of(scorer, policy, PacingPolicy.defaults());
  }

  /**
   * A roll-up with this scorer, policy and pacing.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Rollup of(Scorer scorer, RollupPolicy policy, PacingPolicy pacing) {
    return new Rollup(
        Objects.requireNonNull(scorer, "scorer"),
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(pacing, "pacing"));
  }

  /** The scorer of key results and objectives. */
  public Scorer scorer() {
    return scorer;
  }

  /** Which items a roll-up averages over. */
  public RollupPolicy policy() {
    return policy;
  }

  /** How roll-ups are paced against their cycle. */
  public PacingPolicy pacing() {
    return pacing;
  }

  /**
   * Rolls up every objective of {@code set} as of {@code asOf}.
   *
   * @throws AlignmentException if a parent id does not exist, parents form a cycle, or two
   *     objectives share an id
   * @throws NullPointerException if an argument is null
   */
  public RollupResult compute(OkrSet set, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      if (index.putIfAbsent(objectives.get(i).id(), i) != null) {
        throw AlignmentException.duplicateId(objectives.get(i).id());
      }
    }
    int[] parent = new int[n];
    int[] pending = new int[n];
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      parent[i] = -1;
      if (o.parent().isPresent()) {
        Integer p = index.get(o.parent().orElseThrow());
        if (p == null) {
          throw AlignmentException.missingParent(o.id(), o.parent().orElseThrow());
        }
        parent[i] = p;
        pending[p]++;
      }
    }
    // Children in document order, stored compactly: children of i are child[start[i]..start[i+1]).
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + pending[i];
    }
    int[] child = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        child[fill[parent[i]]++] = i;
      }
    }
    // Kahn's algorithm: a node is ready once all its children are rolled up.
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) {
        queue[tail++] = i;
      }
    }
    ObjectiveRollup[] done = new ObjectiveRollup[n];
    while (head < tail) {
      int i = queue[head++];
      List<ObjectiveRollup> children = new ArrayList<>(start[i + 1] - start[i]);
      for (int k = start[i]; k < start[i + 1]; k++) {
        children.add(Objects.requireNonNull(done[child[k]]));
      }
      done[i] = node(set, objectives.get(i), children, asOf);
      int p = parent[i];
      if (p >= 0 && --pending[p] == 0) {
        queue[tail++] = p;
      }
    }
    if (tail < n) {
      throw AlignmentException.cycle(findCycle(objectives, parent, done));
    }
    List<ObjectiveRollup> nodes = new ArrayList<>(n);
    Map<String, ObjectiveRollup> byId = new LinkedHashMap<>(Math.max(16, n * 2));
    List<String> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ObjectiveRollup r = Objects.requireNonNull(done[i]);
      nodes.add(r);
      byId.put(r.objectiveId(), r);
      if (parent[i] < 0) {
        roots.add(r.objectiveId());
      }
    }
    return new RollupResult(asOf, policy, nodes, byId, roots);
  }

  /**
   * The objectives left unprocessed by Kahn's algorithm are exactly those on cycles (every other
   * node's children finish first), so following parents from the first of them goes round one.
   */
  private static List<String> findCycle(
      List<Objective> objectives, int[] parent, @Nullable ObjectiveRollup[] done) {
    int first = 0;
    while (done[first] != null) {
      first++;
    }
    List<String> cycle = new ArrayList<>();
    int i = first;
    do {
      cycle.add(objectives.get(i).id());
      i = parent[i];
    } while (i != first);
    return cycle;
  }

  private ObjectiveRollup node(
      OkrSet set, Objective o, List<ObjectiveRollup> children, LocalDate asOf) {
    ObjectiveScore own = scorer.score(o, asOf);
    boolean usesOwn = policy != RollupPolicy.CHILDREN_ONLY || children.isEmpty();
    boolean usesChildren = policy != RollupPolicy.OWN_KEY_RESULTS_ONLY;
    Derivation derivation;
    if (policy == RollupPolicy.OWN_KEY_RESULTS_ONLY) {
      derivation = own.derivation();
    } else {
      List<Derivation.Contribution> items = new ArrayList<>();
      List<Derivation.Excluded> excluded = new ArrayList<>();
      if (usesOwn) {
        for (KeyResultScore k : own.keyResults()) {
          Scorer.contribute(k, items, excluded);
        }
      }
      if (usesChildren) {
        for (ObjectiveRollup c : children) {
          Derivation cd = c.derivation();
          if (cd instanceof Derivation.Undefined u) {
            excluded.add(new Derivation.Excluded(c.objectiveId(), Derivation.Item.OBJECTIVE, u));
          } else {
            items.add(new Derivation.Contribution(
                c.objectiveId(), Derivation.Item.OBJECTIVE, c.objective().weight(),
                cd.result().orElseThrow(), BigDecimal.ZERO));
          }
        }
      }
      derivation = items.isEmpty()
          ? new Derivation.Undefined(
              own.keyResults().isEmpty() && children.isEmpty()
                  ? UndefinedReason.NO_KEY_RESULTS
                  : UndefinedReason.NO_DEFINED_ITEM,
              o.id(), Optional.empty(), Optional.empty(),
              noItems(o, own, children, usesOwn, usesChildren))
          : Derivation.WeightedMean.of(items, excluded);
    }
    BigDecimal rollup = derivation.result().orElse(null);
    Cycle cycle = set.cycle(o.cycle()).orElse(null);
    BigDecimal expected = cycle == null ? null : pacing.expected(cycle, asOf);
    var pace = cycle == null || rollup == null ? null : pacing.status(cycle, asOf, rollup);
    return new ObjectiveRollup(
        o, own, policy, List.copyOf(children), derivation, scorer.policy().grades(), expected,
        pace);
  }

  private static String noItems(
      Objective o,
      ObjectiveScore own,
      List<ObjectiveRollup> children,
      boolean usesOwn,
      boolean usesChildren) {
    StringBuilder s = new StringBuilder("objective '").append(o.id()).append("' has ");
    if (usesOwn) {
      s.append(own.keyResults().isEmpty() ? "no key results" : "no key result with a defined score");
    }
    if (usesOwn && usesChildren) {
      s.append(" and ");
    }
    if (usesChildren) {
      s.append(children.isEmpty() ? "no children" : "no child with a defined roll-up");
    }
    return s.toString();
  }
}
