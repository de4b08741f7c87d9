package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
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
 * errors — a parent id that no objective has, an alignment cycle ({@code 'a' → 'b' → 'a'}), or
 * an id used twice — are handled in one of two modes. {@link #compute} is strict: the whole
 * computation fails with one exception type, {@link AlignmentException} (an {@link
 * IllegalArgumentException}), naming the ids. {@link #computeTolerant} never throws: the
 * objectives the problem touches (and every ancestor counting them) get an undefined roll-up
 * naming the problem, everything else rolls up as in a clean tree, and the problems are listed on
 * the result. Neither mode ever shows a number over a broken tree, which would silently mis-state
 * every ancestor.
 *
 * <p>Final, stateless and thread-safe.
 */
public final class Rollup {
  private static final Rollup DEFAULTS =
      new Rollup(
          Scorer.defaults(),
          RollupPolicy.OWN_AND_CHILDREN,
          PacingPolicy.defaults(),
          RollupStrategy.weightedMean(),
          null,
          BigDecimal.ONE,
          null);

  private final Scorer scorer;
  private final RollupPolicy policy;
  private final PacingPolicy pacing;
  private final RollupStrategy strategy;
  private final @Nullable BigDecimal ownShare;
  private final BigDecimal keyResultOwnWeight;
  private final @Nullable BigDecimal initiativeWeight;

  private Rollup(
      Scorer scorer,
      RollupPolicy policy,
      PacingPolicy pacing,
      RollupStrategy strategy,
      @Nullable BigDecimal ownShare,
      BigDecimal keyResultOwnWeight,
      @Nullable BigDecimal initiativeWeight) {
    this.scorer = scorer;
    this.policy = policy;
    this.pacing = pacing;
    this.strategy = strategy;
    this.ownShare = ownShare;
    this.keyResultOwnWeight = keyResultOwnWeight;
    this.initiativeWeight = initiativeWeight;
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
        Objects.requireNonNull(pacing, "pacing"),
        RollupStrategy.weightedMean(),
        null,
        BigDecimal.ONE,
        null);
  }

  /**
   * Returns a copy combining each objective's items with {@code strategy}.
   *
   * @throws NullPointerException if {@code strategy} is null
   */
  public Rollup withStrategy(RollupStrategy strategy) {
    return new Rollup(
        scorer, policy, pacing, Objects.requireNonNull(strategy, "strategy"), ownShare,
        keyResultOwnWeight, initiativeWeight);
  }

  /**
   * Returns a copy counting these items (the progress source).
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public Rollup withPolicy(RollupPolicy policy) {
    return new Rollup(
        scorer, Objects.requireNonNull(policy, "policy"), pacing, strategy, ownShare,
        keyResultOwnWeight, initiativeWeight);
  }

  /**
   * Returns a copy that, where an objective has both own key results and aligned objectives to
   * count, combines each group apart and mixes them: {@code ownShare × own + (1 − ownShare) ×
   * children} (0.5 for half and half).
   *
   * @throws IllegalArgumentException unless {@code 0 ≤ ownShare ≤ 1}
   * @throws NullPointerException if {@code ownShare} is null
   */
  public Rollup withOwnShare(BigDecimal ownShare) {
    Objects.requireNonNull(ownShare, "ownShare");
    if (ownShare.signum() < 0 || ownShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "roll-up: ownShare must be within 0.0..1.0, was " + ScoreMath.format(ownShare));
    }
    return new Rollup(
        scorer, policy, pacing, strategy, ownShare, keyResultOwnWeight, initiativeWeight);
  }

  /**
   * Returns a copy giving a key result's own score this weight beside the objectives aligned to
   * it ({@code "parentKeyResult"}), each of which weighs its objective weight: the key result's
   * score in its objective is then {@code (w × own + Σ weight × child roll-up) / (w + Σ weight)}.
   * 1 by default (the key result counts as one more contributor); 0 scores such a key result by
   * its contributors alone, as tools that derive a key result from the work aligned to it do.
   *
   * @throws IllegalArgumentException if {@code weight} is negative
   * @throws NullPointerException if {@code weight} is null
   */
  public Rollup withKeyResultOwnWeight(BigDecimal weight) {
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException(
          "roll-up: keyResultOwnWeight must be 0 or more, was " + ScoreMath.format(weight));
    }
    return new Rollup(scorer, policy, pacing, strategy, ownShare, weight, initiativeWeight);
  }

  /**
   * Returns a copy in which an objective's progress also counts the initiatives linked to its key
   * results (as Perdoo allows): each such initiative is one more item of the objective's own
   * items, weighing {@code weight}, scored by its reported progress (or 1.0 when done and 0.0
   * when planned without a progress); dropped initiatives and active ones without a progress are
   * left out, named. By default initiatives never count: they are the work, not the outcome.
   *
   * @throws IllegalArgumentException unless {@code weight > 0}
   * @throws NullPointerException if {@code weight} is null
   */
  public Rollup withInitiativeWeight(BigDecimal weight) {
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException(
          "roll-up: initiativeWeight must be more than 0, was " + ScoreMath.format(weight));
    }
    return new Rollup(scorer, policy, pacing, strategy, ownShare, keyResultOwnWeight, weight);
  }

  /** The weight of a key result's own score beside the objectives aligned to it; 1 by default. */
  public BigDecimal keyResultOwnWeight() {
    return keyResultOwnWeight;
  }

  /** The weight initiatives count with in their objective's progress; empty when they do not. */
  public Optional<BigDecimal> initiativeWeight() {
    return Optional.ofNullable(initiativeWeight);
  }

  /** How each objective's items combine: the weighted mean unless said otherwise. */
  public RollupStrategy strategy() {
    return strategy;
  }

  /** The own key results' part when mixing them with aligned objectives; empty when pooled. */
  public Optional<BigDecimal> ownShare() {
    return Optional.ofNullable(ownShare);
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
   * Rolls up every objective of {@code set} as of {@code asOf}, in strict mode: a broken tree is
   * an error.
   *
   * @throws AlignmentException if a parent id does not exist, parents form a cycle, or two
   *     objectives share an id
   * @throws NullPointerException if an argument is null
   */
  public RollupResult compute(OkrSet set, LocalDate asOf) {
    return run(set, asOf, false);
  }

  /**
   * Rolls up every objective of {@code set} as of {@code asOf}, in tolerant mode: never throws on
   * a broken tree. Every objective not affected by a dangling parent, an alignment cycle or a
   * duplicate id rolls up exactly as {@link #compute} would roll it up in a clean tree. The
   * affected objectives have an undefined roll-up whose {@linkplain ObjectiveRollup#problem()
   * problem} names what is wrong and the ids: the objective with the dangling parent, the
   * objectives on a cycle, every objective sharing a duplicated id, and every objective whose
   * roll-up counts one of those (its ancestors). The problems are listed on {@link
   * RollupResult#problems()}. On a clean tree the result equals that of {@link #compute}.
   *
   * @throws NullPointerException if an argument is null
   */
  public RollupResult computeTolerant(OkrSet set, LocalDate asOf) {
    return run(set, asOf, true);
  }

  private RollupResult run(OkrSet set, LocalDate asOf, boolean tolerant) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    List<RollupProblem> problems = new ArrayList<>();
    // The problem that makes each objective's own roll-up undefined, if any.
    RollupProblem[] broken = new RollupProblem[n];
    Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
    Map<String, RollupProblem> duplicates = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = objectives.get(i).id();
      Integer first = index.putIfAbsent(id, i);
      if (first != null) {
        RollupProblem p = duplicates.get(id);
        if (p == null) {
          p = RollupProblem.duplicateId(id);
          if (!tolerant) {
            throw new AlignmentException(p);
          }
          duplicates.put(id, p);
          problems.add(p);
          broken[first] = p;
        }
        broken[i] = p;
      }
    }
    int[] parent = new int[n];
    int[] pending = new int[n];
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      parent[i] = -1;
      if (o.parent().isPresent()) {
        String parentId = o.parent().orElseThrow();
        Integer p = index.get(parentId);
        if (p == null) {
          RollupProblem problem = RollupProblem.missingParent(o.id(), parentId);
          if (!tolerant) {
            throw new AlignmentException(problem);
          }
          problems.add(problem);
          if (broken[i] == null) {
            broken[i] = problem;
          }
        } else {
          parent[i] = p;
          pending[p]++;
        }
      }
    }
    // A key result parent link must name a key result of the parent objective.
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      if (parent[i] >= 0 && o.parentKeyResult().isPresent()) {
        String kr = o.parentKeyResult().orElseThrow();
        boolean found = false;
        for (var k : objectives.get(parent[i]).keyResults()) {
          found |= k.id().equals(kr);
        }
        if (!found) {
          RollupProblem problem =
              RollupProblem.missingParentKeyResult(o.id(), objectives.get(parent[i]).id(), kr);
          if (!tolerant) {
            throw new AlignmentException(problem);
          }
          problems.add(problem);
          if (broken[i] == null) {
            broken[i] = problem;
          }
        }
      }
    }
    ValueSums sums = ValueSums.of(set, scorer, asOf, tolerant, problems);
    Map<String, List<Initiative>> initiatives = initiativesByKeyResult(set);
    for (int i = 0; i < n; i++) {
      if (broken[i] == null) {
        broken[i] = sums.problem(objectives.get(i));
      }
    }
    // Children in document order, stored compactly: children of i are child[start[i]..start[i+1]).
    // A duplicated id's children hang under its first objective, as OkrSet lookups resolve it.
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
      done[i] = node(
              set, objectives.get(i), children(done, child, start, i), asOf, broken[i], sums,
              initiatives);
      int p = parent[i];
      if (p >= 0 && --pending[p] == 0) {
        queue[tail++] = p;
      }
    }
    boolean[] onCycle = new boolean[n];
    if (tail < n) {
      // The objectives left unprocessed are exactly those on cycles: every other node's children
      // finish first, and a cycle member's parent is on its cycle, so none has an ancestor
      // outside it.
      if (!tolerant) {
        throw new AlignmentException(
            RollupProblem.cycle(cycleFrom(firstUndone(done), objectives, parent)));
      }
      for (int i = 0; i < n; i++) {
        if (done[i] == null && !onCycle[i]) {
          List<String> ids = cycleFrom(i, objectives, parent);
          RollupProblem problem = RollupProblem.cycle(ids);
          problems.add(problem);
          int k = i;
          do {
            onCycle[k] = true;
            if (broken[k] == null) {
              broken[k] = problem;
            }
            k = parent[k];
          } while (k != i);
        }
      }
      for (int i = 0; i < n; i++) {
        if (onCycle[i]) {
          done[i] = node(
              set, objectives.get(i), children(done, child, start, i), asOf, broken[i], sums,
              initiatives);
        }
      }
    }
    List<ObjectiveRollup> nodes = new ArrayList<>(n);
    Map<String, ObjectiveRollup> byId = new LinkedHashMap<>(Math.max(16, n * 2));
    List<String> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ObjectiveRollup r = Objects.requireNonNull(done[i]);
      nodes.add(r);
      byId.putIfAbsent(r.objectiveId(), r);
      if (parent[i] < 0 && !onCycle[i]) {
        roots.add(r.objectiveId());
      }
    }
    return new RollupResult(
        asOf, policy, nodes, byId, roots, problems, treeOrder(done, parent, start, child));
  }

  /** The finished roll-ups of {@code i}'s children, in document order (unfinished ones left out). */
  private static List<ObjectiveRollup> children(
      @Nullable ObjectiveRollup[] done, int[] child, int[] start, int i) {
    List<ObjectiveRollup> children = new ArrayList<>(start[i + 1] - start[i]);
    for (int k = start[i]; k < start[i + 1]; k++) {
      ObjectiveRollup c = done[child[k]];
      if (c != null) {
        children.add(c);
      }
    }
    return children;
  }

  private static int firstUndone(@Nullable ObjectiveRollup[] done) {
    int first = 0;
    while (done[first] != null) {
      first++;
    }
    return first;
  }

  /** The ids on the cycle through {@code first}, following parents. */
  private static List<String> cycleFrom(int first, List<Objective> objectives, int[] parent) {
    List<String> cycle = new ArrayList<>();
    int i = first;
    do {
      cycle.add(objectives.get(i).id());
      i = parent[i];
    } while (i != first);
    return cycle;
  }

  /**
   * Depth-first tree order, iteratively: each root (in document order) followed by everything
   * aligned beneath it, siblings in document order; objectives on a cycle, unreachable from any
   * root, follow as extra roots.
   */
  private static List<RollupResult.Entry> treeOrder(
      ObjectiveRollup[] done, int[] parent, int[] start, int[] child) {
    int n = done.length;
    List<RollupResult.Entry> out = new ArrayList<>(n);
    boolean[] seen = new boolean[n];
    // Each objective is pushed at most twice: by its parent and as an extra root.
    int[] stackNode = new int[2 * n + 1];
    int[] stackDepth = new int[2 * n + 1];
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < n; r++) {
        boolean isRoot = pass == 0 ? parent[r] < 0 : !seen[r];
        if (!isRoot || seen[r]) {
          continue;
        }
        int top = 0;
        stackNode[top] = r;
        stackDepth[top++] = 0;
        while (top > 0) {
          top--;
          int i = stackNode[top];
          int depth = stackDepth[top];
          if (seen[i]) {
            continue;
          }
          seen[i] = true;
          out.add(new RollupResult.Entry(done[i], depth));
          for (int k = start[i + 1] - 1; k >= start[i]; k--) {
            if (!seen[child[k]]) {
              stackNode[top] = child[k];
              stackDepth[top++] = depth + 1;
            }
          }
        }
      }
    }
    return out;
  }

  private ObjectiveRollup node(
      OkrSet set,
      Objective o,
      List<ObjectiveRollup> children,
      LocalDate asOf,
      @Nullable RollupProblem problem,
      ValueSums sums,
      Map<String, List<Initiative>> initiatives) {
    ObjectiveScore own = scorer.score(sums.effective(o), asOf);
    // Children aligned to one of this objective's key results count toward that key result;
    // the rest, when their link contributes, are items of the roll-up itself.
    List<ObjectiveRollup> direct = new ArrayList<>(children.size());
    Map<String, List<ObjectiveRollup>> viaKeyResult = new HashMap<>();
    for (ObjectiveRollup c : children) {
      String kr = c.objective().parentKeyResult().orElse(null);
      if (c.counts() && kr != null) {
        viaKeyResult.computeIfAbsent(kr, k -> new ArrayList<>(2)).add(c);
      } else {
        direct.add(c);
      }
    }
    boolean hasCounted = false;
    for (ObjectiveRollup c : direct) {
      hasCounted |= c.counts();
    }
    boolean usesOwn = policy != RollupPolicy.CHILDREN_ONLY || !hasCounted;
    boolean usesChildren = policy != RollupPolicy.OWN_KEY_RESULTS_ONLY;
    Cycle cycle = set.cycle(o.cycle()).orElse(null);
    BigDecimal expected = cycle == null ? null : pacing.expected(cycle, asOf);
    RollupProblem inherited = null;
    if (problem == null && usesChildren) {
      for (ObjectiveRollup c : children) {
        if (c.counts() && c.problem().isPresent()) {
          inherited = c.problem().orElseThrow();
          break;
        }
      }
    }
    if (problem != null || inherited != null) {
      // A number over a broken tree would silently mis-state it: the roll-up is undefined.
      RollupProblem p = problem != null ? problem : Objects.requireNonNull(inherited);
      String reason =
          problem != null
              ? problem.message()
              : "objective '" + o.id() + "': the tree beneath it cannot be rolled up: "
                  + p.message();
      Derivation broken =
          new Derivation.Undefined(
              UndefinedReason.BROKEN_ALIGNMENT, o.id(), Optional.empty(), Optional.empty(),
              reason);
      return new ObjectiveRollup(
          o, own, policy, List.copyOf(children), broken, scorer.policy().grades(), expected,
          null, p, null, ended(o, cycle, asOf));
    }
    List<RollupItem> ownItems = new ArrayList<>();
    List<RollupItem> childItems = new ArrayList<>();
    List<Derivation.Excluded> excluded = new ArrayList<>();
    boolean zeroWeighted = false;
    BigDecimal span = BigDecimal.ZERO;
    boolean anySpan = false;
    if (usesOwn) {
      for (KeyResultScore k : own.keyResultScores()) {
        List<ObjectiveRollup> contributors =
            usesChildren ? viaKeyResult.get(k.keyResultId()) : null;
        BigDecimal s = keyResultScore(k, contributors);
        if (s == null) {
          Derivation d = k.derivation();
          excluded.add(
              new Derivation.Excluded(
                  k.keyResultId(),
                  Derivation.Item.KEY_RESULT,
                  d instanceof Derivation.Undefined u ? u : undefined(UndefinedReason.NO_DEFINED_SCORE, k.keyResultId(), "no score")));
        } else if (k.weight().signum() == 0) {
          zeroWeighted = true;
          excluded.add(
              new Derivation.Excluded(
                  k.keyResultId(), Derivation.Item.KEY_RESULT,
                  undefined(UndefinedReason.WEIGHT_ZERO, k.keyResultId(), "weight 0: tracked, not counted")));
        } else {
          Optional<BigDecimal> kspan = span(k.keyResult());
          if (kspan.isPresent()) {
            span = span.add(kspan.orElseThrow());
            anySpan = true;
          }
          ownItems.add(new RollupItem(k.keyResultId(), Derivation.Item.KEY_RESULT, k.weight(), s, kspan));
        }
      }
    }
    if (usesOwn && initiativeWeight != null) {
      initiativeItems(own, initiatives, initiativeWeight, ownItems, excluded);
    }
    if (usesChildren) {
      for (ObjectiveRollup c : direct) {
        Derivation cd = c.derivation();
        if (c.objective().link() == AlignmentLink.SUPPORT) {
          excluded.add(
              new Derivation.Excluded(
                  c.objectiveId(), Derivation.Item.OBJECTIVE,
                  undefined(UndefinedReason.SUPPORT_LINK, c.objectiveId(), "supports, not counted")));
        } else if (cd instanceof Derivation.Undefined u) {
          excluded.add(new Derivation.Excluded(c.objectiveId(), Derivation.Item.OBJECTIVE, u));
        } else if (c.objective().weight().signum() == 0) {
          zeroWeighted = true;
          excluded.add(
              new Derivation.Excluded(
                  c.objectiveId(), Derivation.Item.OBJECTIVE,
                  undefined(UndefinedReason.WEIGHT_ZERO, c.objectiveId(), "weight 0: tracked, not counted")));
        } else {
          if (c.valueSpan().isPresent()) {
            span = span.add(c.valueSpan().orElseThrow());
            anySpan = true;
          }
          childItems.add(
              new RollupItem(
                  c.objectiveId(), Derivation.Item.OBJECTIVE, c.objective().weight(),
                  cd.result().orElseThrow(), c.valueSpan()));
        }
      }
    }
    Derivation derivation = combine(o, own, children, usesOwn, usesChildren, ownItems, childItems, excluded, zeroWeighted);
    BigDecimal rollup = derivation.result().orElse(null);
    var pace = cycle == null || rollup == null ? null : pacing.status(cycle, asOf, rollup);
    return new ObjectiveRollup(
        o, own, policy, List.copyOf(children), derivation, scorer.policy().grades(), expected,
        pace, null, anySpan ? span : null, ended(o, cycle, asOf));
  }

  private static Derivation.Undefined undefined(UndefinedReason reason, String id, String detail) {
    return new Derivation.Undefined(reason, id, Optional.empty(), Optional.empty(), detail);
  }

  /** {@code |target − baseline|} of a metric key result with both; empty otherwise. */
  private static Optional<BigDecimal> span(org.okrkit.model.KeyResult kr) {
    if (kr.kind() != org.okrkit.model.KeyResultKind.METRIC
        || kr.baseline().isEmpty()
        || kr.target().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(kr.target().orElseThrow().value().subtract(kr.baseline().orElseThrow().value()).abs());
  }

  /** The items through the strategy: pooled, or each group apart and mixed by {@code ownShare}. */
  private Derivation combine(
      Objective o,
      ObjectiveScore own,
      List<ObjectiveRollup> children,
      boolean usesOwn,
      boolean usesChildren,
      List<RollupItem> ownItems,
      List<RollupItem> childItems,
      List<Derivation.Excluded> excluded,
      boolean zeroWeighted) {
    if (ownItems.isEmpty() && childItems.isEmpty()) {
      return zeroWeighted
          ? undefined(
              UndefinedReason.WEIGHT_ZERO, o.id(),
              "objective '" + o.id() + "': every item with a score weighs 0 (tracked, not counted)")
          : new Derivation.Undefined(
              own.keyResultScores().isEmpty() && children.isEmpty()
                  ? UndefinedReason.NO_KEY_RESULTS
                  : UndefinedReason.NO_DEFINED_ITEM,
              o.id(), Optional.empty(), Optional.empty(),
              noItems(o, own, children, usesOwn, usesChildren));
    }
    if (ownShare == null || ownItems.isEmpty() || childItems.isEmpty()) {
      List<RollupItem> all = new ArrayList<>(ownItems.size() + childItems.size());
      all.addAll(ownItems);
      all.addAll(childItems);
      return checked(o.id(), all, strategy.combine(o.id(), List.copyOf(all), List.copyOf(excluded)));
    }
    Derivation mine = checked(o.id(), ownItems, strategy.combine(o.id(), List.copyOf(ownItems), List.of()));
    Derivation theirs = checked(o.id(), childItems, strategy.combine(o.id(), List.copyOf(childItems), List.of()));
    if (mine.result().isEmpty() || theirs.result().isEmpty()) {
      // One group gives no number (a value sum without spans): the other stands alone.
      return mine.result().isPresent() ? mine : theirs;
    }
    BigDecimal rest = BigDecimal.ONE.subtract(ownShare);
    List<Derivation.Contribution> c = new ArrayList<>();
    for (Derivation.Contribution x : contributions(mine)) {
      c.add(new Derivation.Contribution(x.id(), x.item(), x.weight(), x.score(), x.share().multiply(ownShare)));
    }
    for (Derivation.Contribution x : contributions(theirs)) {
      c.add(new Derivation.Contribution(x.id(), x.item(), x.weight(), x.score(), x.share().multiply(rest)));
    }
    BigDecimal score =
        ScoreMath.normalize(
            ownShare.multiply(mine.result().orElseThrow()).add(rest.multiply(theirs.result().orElseThrow())));
    return new Derivation.Mixed(mine, theirs, ownShare, c, score);
  }

  /**
   * The contributions of a roll-up's derivation (its items with weight, score and share of the
   * result, the shares adding up to it); empty for an undefined one.
   *
   * @throws NullPointerException if {@code d} is null
   */
  public static List<Derivation.Contribution> contributions(Derivation d) {
    Objects.requireNonNull(d, "d");
    if (d instanceof Derivation.WeightedMean w) {
      return w.contributions();
    }
    if (d instanceof Derivation.WeakestLink w) {
      return w.contributions();
    }
    if (d instanceof Derivation.Mixed m) {
      return m.contributions();
    }
    return List.of();
  }

  /**
   * What a strategy returned, checked: not null, and a result within the items' lowest and
   * highest score (every roll-up strategy summarises its items).
   */
  private Derivation checked(String id, List<RollupItem> items, @Nullable Derivation d) {
    if (d == null) {
      throw new IllegalStateException(
          "roll-up strategy " + strategy + " returned null for objective '" + id + "'");
    }
    if (d.result().isPresent()) {
      BigDecimal r = d.result().orElseThrow();
      BigDecimal min = null;
      BigDecimal max = null;
      for (RollupItem i : items) {
        min = min == null || i.score().compareTo(min) < 0 ? i.score() : min;
        max = max == null || i.score().compareTo(max) > 0 ? i.score() : max;
      }
      // A result may be exact or rounded to DECIMAL64 while the items carry more digits: allow
      // either form of each bound (0.20000000000000001 rounds to 0.2).
      if (min != null
          && max != null
          && (r.compareTo(min.min(min.round(ScoreMath.CONTEXT))) < 0
              || r.compareTo(max.max(max.round(ScoreMath.CONTEXT))) > 0)) {
        throw new IllegalStateException(
            "roll-up strategy " + strategy + " returned " + r.toPlainString() + " for objective '"
                + id + "', outside its items' scores " + min.toPlainString() + ".." + max.toPlainString());
      }
    }
    return d;
  }

  /**
   * A key result's score in its objective's roll-up: its own, or with objectives aligned to it
   * that contribute, the weighted mean of its own score (weight 1) and their roll-ups (by their
   * weights); null when none of these is defined.
   */
  private @Nullable BigDecimal keyResultScore(
      KeyResultScore k, @Nullable List<ObjectiveRollup> contributors) {
    BigDecimal own = k.score().orElse(null);
    if (contributors == null) {
      return own;
    }
    BigDecimal weights = own == null ? BigDecimal.ZERO : keyResultOwnWeight;
    BigDecimal weighted = own == null ? BigDecimal.ZERO : keyResultOwnWeight.multiply(own);
    for (ObjectiveRollup c : contributors) {
      if (c.isDefined()) {
        weights = weights.add(c.objective().weight());
        weighted = weighted.add(c.objective().weight().multiply(c.rollup().orElseThrow()));
      }
    }
    // nothing with a weight to mix (no contributor defined, the own score weighing 0): the key
    // result keeps its own score, or none
    return weights.signum() == 0 ? own : ScoreMath.divide(weighted, weights);
  }

  /** True when the objective is closed or its cycle's last day is on or before {@code asOf}. */
  private static boolean ended(Objective o, @Nullable Cycle cycle, LocalDate asOf) {
    return o.isClosed() || (cycle != null && !asOf.isBefore(cycle.end()));
  }

  /** The initiatives of {@code set} by the id of each key result they are linked to. */
  private Map<String, List<Initiative>> initiativesByKeyResult(OkrSet set) {
    if (initiativeWeight == null || set.initiatives().isEmpty()) {
      return Map.of();
    }
    Map<String, List<Initiative>> by = new HashMap<>();
    for (Initiative i : set.initiatives()) {
      for (String kr : i.keyResults()) {
        by.computeIfAbsent(kr, k -> new ArrayList<>(1)).add(i);
      }
    }
    return by;
  }

  /**
   * Adds each initiative linked to one of the objective's key results (once, however many of
   * them it serves) as an item of the objective's own items, or to the items left out with why.
   */
  private static void initiativeItems(
      ObjectiveScore own,
      Map<String, List<Initiative>> initiatives,
      BigDecimal weight,
      List<RollupItem> items,
      List<Derivation.Excluded> excluded) {
    if (initiatives.isEmpty()) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (KeyResultScore k : own.keyResultScores()) {
      for (Initiative i : initiatives.getOrDefault(k.keyResultId(), List.of())) {
        if (!seen.add(i.id())) {
          continue;
        }
        Optional<BigDecimal> progress = i.progress();
        BigDecimal score =
            progress.isPresent() ? progress.get()
                : i.status() == InitiativeStatus.DONE ? BigDecimal.ONE
                : i.status() == InitiativeStatus.PLANNED ? BigDecimal.ZERO
                : null;
        if (i.status() == InitiativeStatus.DROPPED) {
          excluded.add(new Derivation.Excluded(i.id(), Derivation.Item.INITIATIVE,
              undefined(UndefinedReason.INITIATIVE_DROPPED, i.id(), "dropped: no longer counted")));
        } else if (score == null) {
          excluded.add(new Derivation.Excluded(i.id(), Derivation.Item.INITIATIVE,
              undefined(UndefinedReason.NO_PROGRESS, i.id(), "active without a reported progress")));
        } else {
          items.add(new RollupItem(
              i.id(), Derivation.Item.INITIATIVE, weight, ScoreMath.normalize(score), Optional.empty()));
        }
      }
    }
  }

  private static String noItems(
      Objective o,
      ObjectiveScore own,
      List<ObjectiveRollup> children,
      boolean usesOwn,
      boolean usesChildren) {
    StringBuilder s = new StringBuilder("objective '").append(o.id()).append("' has ");
    if (usesOwn) {
      s.append(own.keyResultScores().isEmpty() ? "no key results" : "no key result with a defined score");
    }
    if (usesOwn && usesChildren) {
      s.append(" and ");
    }
    if (usesChildren) {
      s.append(children.isEmpty() ? "no children" : "no child with a defined roll-up");
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return "Rollup{"
        + strategy
        + ", "
        + policy
        + (ownShare == null ? "" : ", own share " + ScoreMath.format(ownShare))
        + "}";
  }
}
