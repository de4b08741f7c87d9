package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.PacingPolicy;
import org.okrkit.scoring.Scorer;

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
  // Split by responsibility: this class holds the settings and runs a computation; ColumnarPass
  // rolls the common configuration up over the set's ScoreColumns into ColumnarNodes,
  // GeneralRollup rolls one objective up under any configuration (and makes every derivation),
  // IncrementalRollup applies an Edit to a result, Paces paces each cycle once per computation.
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
  // the general path under these settings (every objective the columnar pass does not describe)
  private final GeneralRollup general;

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
    this.general =
        new GeneralRollup(
            scorer, policy, pacing, strategy, ownShare, keyResultOwnWeight, initiativeWeight);
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
        done[i] =
            general.node(
                objectives.get(i), i, GeneralRollup.children(tree, i, k -> done[k]),
                tree.broken[i], sums, paces);
      }
      nodes = Nodes.of(done);
    }
    return new RollupResult(this, tolerant, set, asOf, tree, sums, paces, nodes, false);
  }

  /** False only in tests: the general path alone ({@link #withoutColumns()}). */
  boolean isColumnar() {
    return columnar;
  }

  /** {@return the general path under these settings} */
  GeneralRollup general() {
    return general;
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
