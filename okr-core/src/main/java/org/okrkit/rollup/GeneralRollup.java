package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.Objective;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PacingPolicy;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.UndefinedReason;

/**
 * The roll-up's general path: one objective rolled up from its own score and the nodes of its
 * children, under every configuration a {@link Rollup} can have (any {@link RollupStrategy}, an own
 * share, initiatives, any scoring, children aligned to key results, value sums, a broken tree).
 * The number is computed at once; under the default weighted mean the derivation with its shares
 * is made on first read, by the same {@link RollupStrategy#combine}.
 *
 * <p>The columnar pass ({@link ColumnarPass}) rolls the common configuration up without it and
 * hands it every objective it does not describe; an incremental edit ({@link IncrementalRollup})
 * recomputes its nodes with it; a columnar node's derivation is made by it when read, so the
 * derivations are this path's whichever path computed the number.
 *
 * <p>Immutable (the settings of the roll-up it belongs to) and thread-safe.
 */
final class GeneralRollup {
  private final Scorer scorer;
  private final RollupPolicy policy;
  private final PacingPolicy pacing;
  private final RollupStrategy strategy;
  private final @Nullable BigDecimal ownShare;
  private final BigDecimal keyResultOwnWeight;
  private final @Nullable BigDecimal initiativeWeight;

  GeneralRollup(
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

  /**
   * The node of objective {@code o} at position {@code pos}: its own score (its value-sum key
   * results as {@code sums} has them), its roll-up over {@code children} (the nodes of its listed
   * children, in document order), grade and pace; undefined, naming the problem, over a broken
   * tree ({@code problem}, or one a counted child inherits).
   */
  ObjectiveRollup node(
      Objective o,
      int pos,
      List<ObjectiveRollup> children,
      @Nullable RollupProblem problem,
      ValueSums sums,
      Paces paces) {
    LocalDate asOf = paces.asOf();
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
    Paces.Pace cyclePace = paces.of(o.cycle());
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
    for (Derivation.Contribution x : Rollup.contributions(mine)) {
      c.add(new Derivation.Contribution(x.id(), x.item(), x.weight(), x.score(), x.share().multiply(ownShare)));
    }
    for (Derivation.Contribution x : Rollup.contributions(theirs)) {
      c.add(new Derivation.Contribution(x.id(), x.item(), x.weight(), x.score(), x.share().multiply(rest)));
    }
    BigDecimal score =
        ScoreMath.normalize(
            ownShare.multiply(mine.result().orElseThrow()).add(rest.multiply(theirs.result().orElseThrow())));
    return new Derivation.Mixed(mine, theirs, ownShare, c, score);
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
}
