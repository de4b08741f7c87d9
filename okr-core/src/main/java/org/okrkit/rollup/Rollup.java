package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
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
          null,
          true);

  private final Scorer scorer;
  private final RollupPolicy policy;
  private final PacingPolicy pacing;
  private final RollupStrategy strategy;
  private final @Nullable BigDecimal ownShare;
  private final BigDecimal keyResultOwnWeight;
  private final @Nullable BigDecimal initiativeWeight;
  // false only in tests: every objective then takes the general path, the reference the
  // columnar fast path is checked against; every copy (with…) keeps it
  private final boolean columnar;

  private Rollup(
      Scorer scorer,
      RollupPolicy policy,
      PacingPolicy pacing,
      RollupStrategy strategy,
      @Nullable BigDecimal ownShare,
      BigDecimal keyResultOwnWeight,
      @Nullable BigDecimal initiativeWeight,
      boolean columnar) {
    this.columnar = columnar;
    this.scorer = scorer;
    this.policy = policy;
    this.pacing = pacing;
    this.strategy = strategy;
    this.ownShare = ownShare;
    this.keyResultOwnWeight = keyResultOwnWeight;
    this.initiativeWeight = initiativeWeight;
  }

  /** This roll-up with the columnar fast path off: the general path alone (for tests). */
  Rollup withoutColumns() {
    return new Rollup(
        scorer, policy, pacing, strategy, ownShare, keyResultOwnWeight, initiativeWeight, false);
  }

  /** {@return default scorer, {@link RollupPolicy#OWN_AND_CHILDREN}, default pacing} */
  public static Rollup defaults() {
    return DEFAULTS;
  }

  /**
   * A roll-up with this scorer and policy and the default pacing.
   *
   * @param scorer the scorer of key results
   * @param policy the scoring policy
   * @return a roll-up with this scorer and policy and the default pacing
   * @throws NullPointerException if an argument is null
   */
  public static Rollup of(Scorer scorer, RollupPolicy policy) {
    return of(scorer, policy, PacingPolicy.defaults());
  }

  /**
   * A roll-up with this scorer, policy and pacing.
   *
   * @param scorer the scorer of key results
   * @param policy the scoring policy
   * @param pacing the pacing
   * @return a roll-up with this scorer, policy and pacing
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
        null,
        true);
  }

  /**
   * Returns a copy combining each objective's items with {@code strategy}.
   *
   * @param strategy the strategy
   * @return a copy combining each objective's items with {@code strategy}
   * @throws NullPointerException if {@code strategy} is null
   */
  public Rollup withStrategy(RollupStrategy strategy) {
    return new Rollup(
        scorer, policy, pacing, Objects.requireNonNull(strategy, "strategy"), ownShare,
        keyResultOwnWeight, initiativeWeight, columnar);
  }

  /**
   * Returns a copy counting these items (the progress source).
   *
   * @param policy the scoring policy
   * @return a copy counting these items (the progress source)
   * @throws NullPointerException if {@code policy} is null
   */
  public Rollup withPolicy(RollupPolicy policy) {
    return new Rollup(
        scorer, Objects.requireNonNull(policy, "policy"), pacing, strategy, ownShare,
        keyResultOwnWeight, initiativeWeight, columnar);
  }

  /**
   * Returns a copy that, where an objective has both own key results and aligned objectives to
   * count, combines each group apart and mixes them: {@code ownShare × own + (1 − ownShare) ×
   * children} (0.5 for half and half).
   *
   * @param ownShare the own share
   * @return a copy that, where an objective has both own key results and aligned objectives to
   *     count, combines each group apart and mixes them
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
        scorer, policy, pacing, strategy, ownShare, keyResultOwnWeight, initiativeWeight, columnar);
  }

  /**
   * Returns a copy rolling up as a document's {@code "scoring"} settings say: {@code "rollup"}
   * picks the strategy ({@code mean}, {@code weakest}, {@code sum}), {@code "source"} the items
   * counted ({@code own}, {@code children}, {@code both}) and {@code "ownShare"} the mix of own key
   * results and aligned objectives. A source resets the mix to the settings' own (none: pooled),
   * so the {@code okr} options, applied as settings after the document's, override the whole
   * progress source; parts the settings leave out stay as they are. The scorer is not touched:
   * the scoring parts go through {@code ScoringPolicy.with}.
   *
   * @throws NullPointerException if {@code settings} is null
   * @param settings the scoring settings
   * @return a copy rolling up as a document's {@code "scoring"} settings say
   */
  public Rollup with(ScoringSettings settings) {
    Objects.requireNonNull(settings, "settings");
    RollupStrategy s = strategy;
    if (settings.rollup().isPresent()) {
      s =
          switch (settings.rollup().get()) {
            case "weakest" -> RollupStrategy.weakestLink();
            case "sum" -> RollupStrategy.sumOfValues();
            default -> RollupStrategy.weightedMean();
          };
    }
    RollupPolicy p = policy;
    @Nullable BigDecimal mix = ownShare;
    if (settings.source().isPresent()) {
      p =
          switch (settings.source().get()) {
            case "own" -> RollupPolicy.OWN_KEY_RESULTS_ONLY;
            case "children" -> RollupPolicy.CHILDREN_ONLY;
            default -> RollupPolicy.OWN_AND_CHILDREN;
          };
      mix = settings.ownShare().orElse(null);
    } else if (settings.ownShare().isPresent()) {
      mix = settings.ownShare().get();
    }
    return new Rollup(scorer, p, pacing, s, mix, keyResultOwnWeight, initiativeWeight, columnar);
  }

  /**
   * Returns a copy giving a key result's own score this weight beside the objectives aligned to
   * it ({@code "parentKeyResult"}), each of which weighs its objective weight: the key result's
   * score in its objective is then {@code (w × own + Σ weight × child roll-up) / (w + Σ weight)}.
   * 1 by default (the key result counts as one more contributor); 0 scores such a key result by
   * its contributors alone, as tools that derive a key result from the work aligned to it do.
   *
   * @param weight the weight; 0 means tracked but not counted
   * @return a copy giving a key result's own score this weight beside the objectives aligned to it
   *     ({@code "parentKeyResult"}), each of which weighs its objective weight
   * @throws IllegalArgumentException if {@code weight} is negative
   * @throws NullPointerException if {@code weight} is null
   */
  public Rollup withKeyResultOwnWeight(BigDecimal weight) {
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException(
          "roll-up: keyResultOwnWeight must be 0 or more, was " + ScoreMath.format(weight));
    }
    return new Rollup(
        scorer, policy, pacing, strategy, ownShare, weight, initiativeWeight, columnar);
  }

  /**
   * Returns a copy in which an objective's progress also counts the initiatives linked to its key
   * results (as Perdoo allows): each such initiative is one more item of the objective's own
   * items, weighing {@code weight}, scored by its reported progress (or 1.0 when done and 0.0
   * when planned without a progress); dropped initiatives and active ones without a progress are
   * left out, named. By default initiatives never count: they are the work, not the outcome.
   *
   * @param weight the weight; 0 means tracked but not counted
   * @return a copy in which an objective's progress also counts the initiatives linked to its key
   *     results (as Perdoo allows)
   * @throws IllegalArgumentException unless {@code weight > 0}
   * @throws NullPointerException if {@code weight} is null
   */
  public Rollup withInitiativeWeight(BigDecimal weight) {
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException(
          "roll-up: initiativeWeight must be more than 0, was " + ScoreMath.format(weight));
    }
    return new Rollup(
        scorer, policy, pacing, strategy, ownShare, keyResultOwnWeight, weight, columnar);
  }

  /**
   * The weight of a key result's own score beside the objectives aligned to it; 1 by default.
   *
   * @return the weight of a key result's own score beside the objectives aligned to it
   */
  public BigDecimal keyResultOwnWeight() {
    return keyResultOwnWeight;
  }

  /**
   * {@return the weight initiatives count with in their objective's progress; empty when they do
   * not}
   */
  public Optional<BigDecimal> initiativeWeight() {
    return Optional.ofNullable(initiativeWeight);
  }

  /** {@return how each objective's items combine: the weighted mean unless said otherwise} */
  public RollupStrategy strategy() {
    return strategy;
  }

  /**
   * {@return the own key results' part when mixing them with aligned objectives; empty when pooled}
   */
  public Optional<BigDecimal> ownShare() {
    return Optional.ofNullable(ownShare);
  }

  /** {@return the scorer of key results and objectives} */
  public Scorer scorer() {
    return scorer;
  }

  /** {@return which items a roll-up averages over} */
  public RollupPolicy policy() {
    return policy;
  }

  /** {@return how roll-ups are paced against their cycle} */
  public PacingPolicy pacing() {
    return pacing;
  }

  /**
   * Rolls up every objective of {@code set} as of {@code asOf}, in strict mode: a broken tree is
   * an error.
   *
   * @param set the OKR set
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the rollup result
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
   * @param set the OKR set
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the rollup result
   * @throws NullPointerException if an argument is null
   */
  public RollupResult computeTolerant(OkrSet set, LocalDate asOf) {
    return run(set, asOf, true);
  }

  /** The keys the alignment trees are kept under on a set ({@link OkrSet#derived}). */
  private enum TreeKey {
    STRICT,
    TOLERANT,
    /** The key results and check-ins laid out for the fast path ({@link ScoreColumns}). */
    COLUMNS
  }

  private RollupResult run(OkrSet set, LocalDate asOf, boolean tolerant) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    List<Objective> objectives = set.objectives();
    // The shape depends on the set alone: kept with the (immutable) set, built once per mode.
    AlignmentTree tree =
        set.derived(tolerant ? TreeKey.TOLERANT : TreeKey.STRICT, s -> AlignmentTree.of(s.objectives(), tolerant));
    ValueSums sums = ValueSums.compute(tree.sums, objectives::get, scorer, asOf);
    Paces paces = new Paces(set, pacing, asOf, initiativeWeight != null);
    ColumnarNodes columns = ColumnarPass.run(this, set, asOf, tree, sums, paces, TreeKey.COLUMNS);
    Nodes nodes;
    if (columns != null) {
      nodes = Nodes.over(columns);
    } else {
      ObjectiveRollup[] done = new ObjectiveRollup[tree.size];
      for (int i : tree.order) {
        done[i] = node(objectives.get(i), i, children(tree, i, k -> done[k]), tree.broken[i], sums, paces);
      }
      nodes = Nodes.of(done);
    }
    return new RollupResult(this, tolerant, set, asOf, tree, sums, paces, nodes, false);
  }

  /** False only in tests: the general path alone ({@link #withoutColumns()}). */
  boolean isColumnar() {
    return columnar;
  }

  /**
   * The roll-up after {@code edit}, recomputing only the objectives it reaches: the edited one,
   * the value sums downstream of a changed key result, and their ancestors up the alignment
   * chains; every other node is shared with {@code previous}. An edit that changes the shape of
   * the trees (ids, parents, parent key results, value-sum links or units) rebuilds the shape in
   * one linear pass over the ids and still recomputes only the nodes whose inputs changed.
   */
  RollupResult update(RollupResult previous, Edit edit) {
    AlignmentTree tree = previous.tree();
    Nodes nodes = previous.vector();
    Nodes view = nodes;
    IntFunction<Objective> current = view::objective;
    int pos;
    Objective edited;
    if (edit.isCheckIn() || edit.isKeyResult()) {
      pos = tree.keyResultPosition(edit.id(), new ObjectiveView(nodes));
      if (pos < 0) {
        throw edit.unknown();
      }
      edited = edit.edit(current.apply(pos));
    } else if (edit.isObjective()) {
      Integer at = tree.positionOf(edit.id());
      Objective added = edit.objective().orElseThrow();
      if (at == null) {
        RollupResult quick = add(previous, added);
        if (quick != null) {
          return quick;
        }
        List<Objective> objectives = new ArrayList<>(previous.live());
        objectives.add(added);
        return rebuild(previous, objectives);
      }
      pos = at;
      edited = added;
    } else {
      Integer at = tree.positionOf(edit.id());
      if (at == null) {
        throw edit.unknown();
      }
      RollupResult quick = remove(previous, at);
      if (quick != null) {
        return quick;
      }
      List<Objective> objectives = new ArrayList<>(previous.live());
      objectives.remove(tree.liveIndex(at));
      return rebuild(previous, objectives);
    }
    Objective before = current.apply(pos);
    if (!sameShape(before, edited)) {
      List<Objective> objectives = new ArrayList<>(previous.live());
      objectives.set(tree.liveIndex(pos), edited);
      return rebuild(previous, objectives);
    }
    IntFunction<Objective> objectiveAt = k -> k == pos ? edited : current.apply(k);
    TreeMap<Integer, Integer> dirty = new TreeMap<>();
    dirty.put(tree.rankOf(pos), pos);
    ValueSums sums = previous.sums();
    if (sums.any()) {
      ValueSums.Plan plan = Objects.requireNonNull(sums.plan());
      int[] flats = new int[edited.keyResults().size()];
      for (int k = 0; k < flats.length; k++) {
        flats[k] = plan.krStart[pos] + k;
      }
      sums = sums.update(flats, objectiveAt, scorer, previous.asOf(), t -> dirty.put(tree.rankOf(t), t));
    }
    nodes = upward(tree, nodes, objectiveAt, dirty, sums, previous.paces());
    return new RollupResult(this, previous.isTolerant(), previous.base(), previous.asOf(), tree,
        sums, previous.paces(), nodes, true);
  }

  /**
   * Recomputes the dirty objectives and their ancestors, leaves first (by rank), each once: the
   * path copying up the alignment chains that every incremental edit comes down to.
   */
  private Nodes upward(
      AlignmentTree tree,
      Nodes nodes,
      IntFunction<Objective> objectiveAt,
      NavigableMap<Integer, Integer> dirty,
      ValueSums sums,
      Paces paces) {
    Nodes out = nodes;
    for (Map.Entry<Integer, Integer> e; (e = dirty.pollFirstEntry()) != null; ) {
      int i = e.getValue();
      Nodes now = out;
      out = out.with(i, node(objectiveAt.apply(i), i, children(tree, i, now::get), tree.brokenAt(i), sums, paces));
      int p = tree.parentOf(i);
      if (p >= 0 && tree.lists(p, i)) {
        dirty.put(tree.rankOf(p), p);
      }
    }
    return out;
  }

  /**
   * {@code added} (an objective with a new id) appended in O(depth): its node, then its parent
   * and their ancestors recomputed, the shape's arrays shared; null when the edit needs the
   * general path (a tree with problems or value sums, a missing parent or parent key result, an
   * added key result summing others, too many edits kept beside the shape).
   */
  private @Nullable RollupResult add(RollupResult previous, Objective added) {
    AlignmentTree tree = previous.tree();
    if (!tree.canEdit()) {
      return null;
    }
    for (KeyResult kr : added.keyResults()) {
      if (!kr.sumOf().isEmpty()) {
        return null;
      }
    }
    int parent = -1;
    if (added.parent().isPresent()) {
      Integer at = tree.positionOf(added.parent().orElseThrow());
      if (at == null) {
        return null;
      }
      parent = at;
      if (added.parentKeyResult().isPresent()) {
        String kr = added.parentKeyResult().orElseThrow();
        boolean found = false;
        for (KeyResult k : previous.vector().objective(parent).keyResults()) {
          found |= k.id().equals(kr);
        }
        if (!found) {
          return null;
        }
      }
    }
    AlignmentTree after = tree.plus(added.id(), parent);
    int pos = after.size - 1;
    ValueSums sums = previous.sums();
    Nodes nodes =
        previous.vector().plus(node(added, pos, List.of(), null, sums, previous.paces()));
    Nodes grown = nodes;
    TreeMap<Integer, Integer> dirty = new TreeMap<>();
    if (parent >= 0) {
      dirty.put(after.rankOf(parent), parent);
    }
    nodes = upward(after, nodes, grown::objective, dirty, sums, previous.paces());
    return new RollupResult(this, previous.isTolerant(), previous.base(), previous.asOf(), after,
        sums, previous.paces(), nodes, true);
  }

  /**
   * The objective at {@code pos} removed in O(depth) when it is a leaf of a clean tree without
   * value sums: its position becomes a tombstone, its parent and their ancestors are recomputed;
   * null otherwise (removing a parent leaves its children dangling: the general path says so).
   */
  private @Nullable RollupResult remove(RollupResult previous, int pos) {
    AlignmentTree tree = previous.tree();
    if (!tree.canEdit() || tree.childrenOf(pos).length > 0) {
      return null;
    }
    Nodes nodes = previous.vector();
    AlignmentTree after = tree.minus(pos, nodes.objective(pos).id());
    TreeMap<Integer, Integer> dirty = new TreeMap<>();
    int parent = tree.parentOf(pos);
    if (parent >= 0) {
      dirty.put(after.rankOf(parent), parent);
    }
    Nodes kept = nodes;
    nodes = upward(after, nodes, kept::objective, dirty, previous.sums(), previous.paces());
    return new RollupResult(this, previous.isTolerant(), previous.base(), previous.asOf(), after,
        previous.sums(), previous.paces(), nodes, true);
  }

  /**
   * The roll-up of {@code objectives} (the edited set's), with a new shape: every node whose
   * objective, children, structural problem and summed key results are those of a node of
   * {@code previous} is that node, the rest are recomputed.
   */
  private RollupResult rebuild(RollupResult previous, List<Objective> objectives) {
    AlignmentTree before = previous.tree();
    AlignmentTree tree = AlignmentTree.of(objectives, previous.isTolerant());
    ValueSums sums = ValueSums.compute(tree.sums, objectives::get, scorer, previous.asOf());
    IdentityHashMap<Objective, Integer> old = new IdentityHashMap<>();
    Nodes vector = previous.vector();
    for (int i = 0; i < vector.size(); i++) {
      if (!before.isRemoved(i)) {
        old.putIfAbsent(vector.objective(i), i);
      }
    }
    ObjectiveRollup[] done = new ObjectiveRollup[tree.size];
    for (int i : tree.order) {
      Objective o = objectives.get(i);
      List<ObjectiveRollup> children = children(tree, i, k -> done[k]);
      Integer at = old.get(o);
      int was = at == null ? -1 : at;
      ObjectiveRollup kept = was < 0 ? null : vector.get(was);
      if (kept != null
          && sameNodes(kept.children(), children)
          && Objects.equals(before.brokenAt(was), tree.broken[i])
          && sameSums(previous.sums(), was, sums, i, o)) {
        done[i] = kept;
      } else {
        done[i] = node(o, i, children, tree.broken[i], sums, previous.paces());
      }
    }
    return new RollupResult(this, previous.isTolerant(), previous.base(), previous.asOf(), tree,
        sums, previous.paces(), Nodes.of(done), true);
  }

  private static boolean sameNodes(List<ObjectiveRollup> a, List<ObjectiveRollup> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (a.get(k) != b.get(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSums(ValueSums a, int was, ValueSums b, int now, Objective o) {
    for (int k = 0; k < o.keyResults().size(); k++) {
      KeyResult kr = o.keyResults().get(k);
      if (!a.effective(was, k, kr).equals(b.effective(now, k, kr))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when an edit from {@code a} to {@code b} leaves the tree's shape alone: same id, parent,
   * parent key result, and key results with the same ids, units and value-sum sources in the same
   * order.
   */
  private static boolean sameShape(Objective a, Objective b) {
    if (!a.id().equals(b.id())
        || !a.parent().equals(b.parent())
        || !a.parentKeyResult().equals(b.parentKeyResult())
        || a.keyResults().size() != b.keyResults().size()) {
      return false;
    }
    for (int k = 0; k < a.keyResults().size(); k++) {
      KeyResult x = a.keyResults().get(k);
      KeyResult y = b.keyResults().get(k);
      if (!x.id().equals(y.id()) || !x.unit().equals(y.unit()) || !x.sumOf().equals(y.sumOf())) {
        return false;
      }
    }
    return true;
  }

  /** The objectives of a roll-up's nodes, as a list view (no copy). */
  static final class ObjectiveView extends AbstractList<Objective> implements RandomAccess {
    private final List<ObjectiveRollup> nodes;

    ObjectiveView(List<ObjectiveRollup> nodes) {
      this.nodes = nodes;
    }

    @Override
    public Objective get(int index) {
      // a roll-up's own nodes give the objective without making a node made on demand
      return nodes instanceof Nodes n ? n.objective(index) : nodes.get(index).objective();
    }

    @Override
    public int size() {
      return nodes.size();
    }
  }

  /**
   * Each cycle of the set looked up, and its expected progress computed, once per roll-up; and,
   * when initiatives count, the set's initiatives by key result, indexed once.
   */
  static final class Paces {
    private final OkrSet set;
    private final PacingPolicy pacing;
    private final LocalDate asOf;
    private final ConcurrentHashMap<String, Pace> byCycle = new ConcurrentHashMap<>();
    private final Map<String, List<Initiative>> initiatives;
    private @Nullable Last last;

    Paces(OkrSet set, PacingPolicy pacing, LocalDate asOf, boolean indexInitiatives) {
      this.set = set;
      this.pacing = pacing;
      this.asOf = asOf;
      this.initiatives = indexInitiatives ? initiativesByKeyResult(set) : Map.of();
    }

    /** The initiatives linked to each key result id (empty unless initiatives count). */
    Map<String, List<Initiative>> initiatives() {
      return initiatives;
    }

    /** {@return the date the roll-up is as of} */
    LocalDate asOf() {
      return asOf;
    }

    Pace of(String cycleId) {
      // the last cycle asked for first: objectives are read (and laid out) cycle by cycle
      Last last = this.last;
      if (last != null && last.id.equals(cycleId)) {
        return last.pace;
      }
      Pace p = byCycle.get(cycleId);
      if (p == null) {
        p = byCycle.computeIfAbsent(cycleId, id -> {
          Cycle c = set.cycle(id).orElse(null);
          return new Pace(c, c == null ? null : pacing.expected(c, asOf));
        });
      }
      this.last = new Last(cycleId, p); // immutable: safe to publish without a lock
      return p;
    }

    /** The cycle id last looked up and its pace. */
    private record Last(String id, Pace pace) {}
  }

  /** A cycle (null when the set has none with the id) and the progress expected in it. */
  record Pace(@Nullable Cycle cycle, @Nullable BigDecimal expected) {}

  /** The roll-ups of {@code i}'s listed children, in document order. */
  static List<ObjectiveRollup> children(
      AlignmentTree tree, int i, IntFunction<ObjectiveRollup> nodeAt) {
    if (tree.isEdited()) {
      int[] listed = tree.childrenOf(i);
      if (listed.length == 0) {
        return List.of();
      }
      List<ObjectiveRollup> children = new ArrayList<>(listed.length);
      for (int c : listed) {
        children.add(nodeAt.apply(c));
      }
      return children;
    }
    int from = tree.start[i];
    int to = tree.start[i + 1];
    if (from == to) {
      return List.of();
    }
    List<ObjectiveRollup> children = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      int c = tree.child[k];
      if (tree.lists(i, c)) {
        children.add(nodeAt.apply(c));
      }
    }
    return children;
  }

  ObjectiveRollup node(
      Objective o,
      int pos,
      List<ObjectiveRollup> children,
      @Nullable RollupProblem problem,
      ValueSums sums,
      Paces paces) {
    LocalDate asOf = paces.asOf;
    ObjectiveScore own = scorer.score(sums.effective(pos, o), asOf);
    // Children aligned to one of this objective's key results count toward that key result;
    // the rest, when their link contributes, are items of the roll-up itself.
    List<ObjectiveRollup> direct = children;
    Map<String, List<ObjectiveRollup>> viaKeyResult = Map.of();
    for (int k = 0; k < children.size(); k++) {
      ObjectiveRollup c = children.get(k);
      String kr = c.objective().parentKeyResult().orElse(null);
      if (c.counts() && kr != null) {
        if (viaKeyResult.isEmpty()) {
          // the first child aligned to a key result: split the children (rare; most align to
          // the objective, and then every child is direct and nothing is copied)
          viaKeyResult = new HashMap<>();
          direct = new ArrayList<>(children.subList(0, k));
        }
        viaKeyResult.computeIfAbsent(kr, x -> new ArrayList<>(2)).add(c);
      } else if (direct != children) {
        direct.add(c);
      }
    }
    boolean hasCounted = false;
    for (ObjectiveRollup c : direct) {
      hasCounted |= c.counts();
    }
    boolean usesOwn = policy != RollupPolicy.CHILDREN_ONLY || !hasCounted;
    boolean usesChildren = policy != RollupPolicy.OWN_KEY_RESULTS_ONLY;
    Pace cyclePace = paces.of(o.cycle());
    Cycle cycle = cyclePace.cycle();
    BigDecimal expected = cyclePace.expected();
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
      initiativeItems(own, paces.initiatives(), initiativeWeight, ownItems, excluded);
    }
    if (usesChildren) {
      for (ObjectiveRollup c : direct) {
        // the child's own derivation is read only when it is undefined (a deferred one is not)
        if (c.objective().link() == AlignmentLink.SUPPORT) {
          excluded.add(
              new Derivation.Excluded(
                  c.objectiveId(), Derivation.Item.OBJECTIVE,
                  undefined(UndefinedReason.SUPPORT_LINK, c.objectiveId(), "supports, not counted")));
        } else if (!c.isDefined()) {
          excluded.add(
              new Derivation.Excluded(
                  c.objectiveId(), Derivation.Item.OBJECTIVE, (Derivation.Undefined) c.derivation()));
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
                  c.rollup().orElseThrow(), c.valueSpan()));
        }
      }
    }
    List<ObjectiveRollup> kept = List.copyOf(children);
    boolean itemsToMean = !ownItems.isEmpty() || !childItems.isEmpty();
    if (itemsToMean && strategy == BuiltInRollup.WEIGHTED_MEAN && ownShare == null) {
      // The default: the number now (what WeightedMean.of arrives at over the same items, in the
      // same order), the derivation with its shares by the same combine() when first read.
      BigDecimal rollup = weightedMean(ownItems, childItems);
      // expected progress is looked up once per cycle (Paces), not recomputed per objective
      var pace = cycle == null || expected == null ? null : pacing.status(cycle, asOf, rollup, expected);
      return new ObjectiveRollup(
          o, own, policy, kept, rollup,
          () -> combine(o, own, kept, usesOwn, usesChildren, ownItems, childItems, excluded, false),
          scorer.policy().grades(), expected, pace, anySpan ? span : null, ended(o, cycle, asOf));
    }
    Derivation derivation = combine(o, own, children, usesOwn, usesChildren, ownItems, childItems, excluded, zeroWeighted);
    BigDecimal rollup = derivation.result().orElse(null);
    var pace =
        cycle == null || rollup == null || expected == null
            ? null
            : pacing.status(cycle, asOf, rollup, expected);
    return new ObjectiveRollup(
        o, own, policy, kept, derivation, scorer.policy().grades(), expected,
        pace, null, anySpan ? span : null, ended(o, cycle, asOf));
  }

  /**
   * {@code Σ(wᵢ × sᵢ) / Σ wᵢ} over the own items then the children's, summed in the order and
   * rounded the way {@link Derivation.WeightedMean#of} does, so the number equals the result of
   * the derivation rendered later.
   */
  private static BigDecimal weightedMean(List<RollupItem> own, List<RollupItem> children) {
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (int k = 0, n = own.size() + children.size(); k < n; k++) {
      RollupItem i = k < own.size() ? own.get(k) : children.get(k - own.size());
      weights = weights.add(i.weight());
      weighted = weighted.add(i.weight().multiply(i.score()));
    }
    return ScoreMath.divide(weighted, weights);
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
   * @param d the d
   * @return the contributions of a roll-up's derivation (its items with weight, score and share of
   *     the result, the shares adding up to it)
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
  static boolean ended(Objective o, @Nullable Cycle cycle, LocalDate asOf) {
    return o.isClosed() || (cycle != null && !asOf.isBefore(cycle.end()));
  }

  /** The initiatives of {@code set} by the id of each key result they are linked to. */
  private static Map<String, List<Initiative>> initiativesByKeyResult(OkrSet set) {
    if (set.initiatives().isEmpty()) {
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
