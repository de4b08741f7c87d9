package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.TargetSide;
import org.okrkit.model.Zone;

/**
 * How a score came about, as data: the branch the scorer took and every number it used, built by
 * the same code that computes the score (so the two cannot disagree) and rendered into words only
 * when someone asks ({@link ExplanationFormat}).
 *
 * <p>Every {@link KeyResultScore}, {@link ObjectiveScore} and roll-up carries one. A defined
 * derivation's {@link #result()} is the score; an {@link Undefined} one says why there is none
 * with a {@link UndefinedReason}. The records are plain values: immutable and thread-safe,
 * building one does no string work.
 *
 * <p>A custom {@link KeyResultScoring} returns one of these records; the scorer checks the
 * result against the policy before using it.
 */
public sealed interface Derivation
    permits Derivation.Ratio,
        Derivation.ThresholdCheck,
        Derivation.HitRatio,
        Derivation.Band,
        Derivation.Stepped,
        Derivation.Zones,
        Derivation.Milestone,
        Derivation.WeightedMean,
        Derivation.WeakestLink,
        Derivation.Mixed,
        Derivation.Undefined {

  /** {@return the score this derivation arrives at; empty for {@link Undefined}} */
  Optional<BigDecimal> result();

  /**
   * True when the derivation arrives at a score.
   *
   * @return {@code true} when the derivation arrives at a score
   */
  default boolean isDefined() {
    return result().isPresent();
  }

  /** What an item of a mean is: a key result, or an objective (a child's roll-up). */
  enum Item {
    /** A key result's score. */
    KEY_RESULT,
    /** An objective's score or roll-up. */
    OBJECTIVE,
    /** An initiative's reported progress, where a roll-up policy counts initiatives. */
    INITIATIVE;

    /** {@return the item's kind in words, as explanations and views name it: {@code key result}} */
    public String noun() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** Which end of the policy's range a score was held at. */
  enum LimitKind {
    /** The over-achievement cap (1.0 by default). */
    CAP,
    /** The floor below which regression does not count (0 by default). */
    FLOOR
  }

  /** Why a threshold under partial credit got none: there is no way travelled to measure. */
  enum NoPartialCredit {
    /** The key result has no baseline. */
    NO_BASELINE,
    /** The baseline already met the bound. */
    BASELINE_MET_BOUND
  }

  /** A named level of a stepped key result and the score it anchors. */
  enum Level {
    /** Where the key result started: score 0. */
    BASELINE,
    /** The level committed to: score 0.3. */
    COMMIT,
    /** The target: 0.7, or 1.0 when there is no stretch. */
    TARGET,
    /** The stretch level: score 1.0. */
    STRETCH
  }

  /**
   * Where the current value came from: the check-in used (the latest dated on or before the as-of
   * date), or none, when the key result is at its baseline. {@code deltas} counts the increments
   * (check-ins carrying an increment) added up to reach the current value.
   *
   * @param checkIn the check-in used, if any
   * @param asOf the date scored as of
   * @param deltas the number of delta check-ins summed into the current value
   */
  record Source(Optional<CheckIn> checkIn, LocalDate asOf, int deltas) {
    /**
     * Checks the parts.
     *
     * @param checkIn the check-in used, if any
     * @param asOf the date scored as of
     * @param deltas the number of delta check-ins summed into the current value
     */
    public Source {
      Objects.requireNonNull(checkIn, "checkIn");
      Objects.requireNonNull(asOf, "asOf");
      if (deltas < 0) {
        throw new IllegalArgumentException("derivation source: deltas must be >= 0, was " + deltas);
      }
    }

    /**
     * A source with this check-in (or none) and no deltas.
     *
     * @param checkIn the check-in
     * @param asOf the date to evaluate as of; check-ins dated after it are ignored
     * @return a source with this check-in (or none) and no deltas
     */
    public static Source of(Optional<CheckIn> checkIn, LocalDate asOf) {
      return new Source(checkIn, asOf, 0);
    }
  }

  /**
   * The policy's cap or floor held the score: {@code value} is where it was held.
   *
   * @param kind cap or floor
   * @param value the cap or floor value, which is the score
   */
  record Limit(LimitKind kind, BigDecimal value) {
    /**
     * Checks the parts.
     *
     * @param kind cap or floor
     * @param value the cap or floor value, which is the score
     */
    public Limit {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A metric key result: {@code raw = (current − baseline) / (target − baseline)}, the share of
   * the way travelled; {@code curved} is the policy's {@link ScoringCurve} at raw (raw itself for
   * the linear curve); the score is curved held within the policy's floor and cap.
   *
   * @param current the value measured as of the date (the baseline without a check-in)
   * @param baseline where the key result started
   * @param target the value to reach
   * @param raw the share of the way travelled, before any curve, cap or floor
   * @param curve the curve applied to raw
   * @param curved the curve's value at raw
   * @param limit the cap or floor that held the score, if any
   * @param score the score
   * @param source where current came from
   */
  record Ratio(
      BigDecimal current,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal raw,
      ScoringCurve curve,
      BigDecimal curved,
      Optional<Limit> limit,
      BigDecimal score,
      Source source)
      implements Derivation {
    /**
     * Checks the parts.
     *
     * @param current the value measured as of the date (the baseline without a check-in)
     * @param baseline where the key result started
     * @param target the value to reach
     * @param raw the share of the way travelled, before any curve, cap or floor
     * @param curve the curve applied to raw
     * @param curved the curve's value at raw
     * @param limit the cap or floor that held the score, if any
     * @param score the score
     * @param source where current came from
     */
    public Ratio {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(curve, "curve");
      Objects.requireNonNull(curved, "curved");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * A threshold key result: is the current value on the right side of the bound (the bound
   * itself included)? Met scores 1; unmet scores 0, or under {@link ThresholdCredit#PARTIAL} the
   * way travelled from the baseline towards the bound ({@code partialCredit}).
   *
   * @param current the value measured as of the date; empty without a check-in
   * @param side at least or at most
   * @param bound the bound
   * @param met whether the current value meets the bound
   * @param credit the policy's credit for an unmet bound
   * @param partialCredit the partial credit computed, if it applied
   * @param noPartialCredit why partial credit could not apply, if it was asked for and did not
   * @param score the score
   * @param source where current came from
   */
  record ThresholdCheck(
      Optional<BigDecimal> current,
      TargetSide side,
      BigDecimal bound,
      boolean met,
      ThresholdCredit credit,
      Optional<Ratio> partialCredit,
      Optional<NoPartialCredit> noPartialCredit,
      BigDecimal score,
      Source source)
      implements Derivation {
    /**
     * Checks the parts.
     *
     * @param current the value measured as of the date; empty without a check-in
     * @param side at least or at most
     * @param bound the bound
     * @param met whether the current value meets the bound
     * @param credit the policy's credit for an unmet bound
     * @param partialCredit the partial credit computed, if it applied
     * @param noPartialCredit why partial credit could not apply, if it was asked for and did not
     * @param score the score
     * @param source where current came from
     */
    public ThresholdCheck {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(bound, "bound");
      Objects.requireNonNull(credit, "credit");
      Objects.requireNonNull(partialCredit, "partialCredit");
      Objects.requireNonNull(noPartialCredit, "noPartialCredit");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * A threshold key result under {@link ThresholdCredit#HIT_RATIO}: the share of the cycle's
   * check-ins, up to the as-of date, that met the bound ({@code met / counted}; 0 with no
   * check-in yet).
   *
   * @param side at least or at most (or between, for a band)
   * @param bound the bound (the lower one for a band)
   * @param upper the upper bound of a band
   * @param met the check-ins that met the bound
   * @param counted the check-ins counted
   * @param score the score
   * @param source the latest check-in counted
   */
  record HitRatio(
      TargetSide side,
      BigDecimal bound,
      Optional<BigDecimal> upper,
      int met,
      int counted,
      BigDecimal score,
      Source source)
      implements Derivation {
    /**
     * Checks the parts.
     *
     * @param side at least or at most (or between, for a band)
     * @param bound the bound (the lower one for a band)
     * @param upper the upper bound of a band
     * @param met the check-ins that met the bound
     * @param counted the check-ins counted
     * @param score the score
     * @param source the latest check-in counted
     */
    public HitRatio {
      Objects.requireNonNull(side, "side");
      Objects.requireNonNull(bound, "bound");
      Objects.requireNonNull(upper, "upper");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(source, "source");
      if (met < 0 || met > counted) {
        throw new IllegalArgumentException(
            "hit ratio: met must be within 0.." + counted + ", was " + met);
      }
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * A band key result ("keep inventory cover between 10 and 20 days"): 1 inside the band
   * (bounds included); outside 0, or under {@link BandCredit#PARTIAL} {@code 1 − distance /
   * (atMost − atLeast)} floored at 0.
   *
   * @param current the value measured as of the date; empty without a check-in
   * @param atLeast the lower bound
   * @param atMost the upper bound
   * @param credit the policy's credit outside the band
   * @param distance how far the current value is outside the band (0 inside)
   * @param score the score
   * @param source where current came from
   */
  record Band(
      Optional<BigDecimal> current,
      BigDecimal atLeast,
      BigDecimal atMost,
      BandCredit credit,
      BigDecimal distance,
      BigDecimal score,
      Source source)
      implements Derivation {
    /**
     * Checks the parts.
     *
     * @param current the value measured as of the date; empty without a check-in
     * @param atLeast the lower bound
     * @param atMost the upper bound
     * @param credit the policy's credit outside the band
     * @param distance how far the current value is outside the band (0 inside)
     * @param score the score
     * @param source where current came from
     */
    public Band {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(atLeast, "atLeast");
      Objects.requireNonNull(atMost, "atMost");
      Objects.requireNonNull(credit, "credit");
      Objects.requireNonNull(distance, "distance");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(source, "source");
    }

    /** {@return the width of the band, {@code atMost − atLeast}} */
    public BigDecimal width() {
      return atMost.subtract(atLeast);
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * An anchor of a stepped key result: a level, its value and the score it stands for.
   *
   * @param level baseline, commit, target or stretch
   * @param value the level's value
   * @param score the score at that value
   */
  record Anchor(Level level, BigDecimal value, BigDecimal score) {
    /**
     * Checks the parts.
     *
     * @param level baseline, commit, target or stretch
     * @param value the level's value
     * @param score the score at that value
     */
    public Anchor {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(score, "score");
    }
  }

  /**
   * A stepped (commit / target / stretch) key result: linear between the two anchors around the
   * current value, {@code from.score + (current − from.value) / (to.value − from.value) ×
   * (to.score − from.score)} (beyond the outer anchors the nearest segment is extended), held
   * within the policy's floor and cap.
   *
   * @param current the value measured as of the date
   * @param anchors the anchors in the order of the way travelled, starting at the baseline
   * @param from the anchor the current value's segment starts at
   * @param to the anchor the segment ends at
   * @param interpolated the segment's value at current, before any cap or floor
   * @param limit the cap or floor that held the score, if any
   * @param score the score
   * @param source where current came from
   */
  record Stepped(
      BigDecimal current,
      List<Anchor> anchors,
      Anchor from,
      Anchor to,
      BigDecimal interpolated,
      Optional<Limit> limit,
      BigDecimal score,
      Source source)
      implements Derivation {
    /**
     * Checks the parts and copies the anchors.
     *
     * @param current the value measured as of the date
     * @param anchors the anchors in the order of the way travelled, starting at the baseline
     * @param from the anchor the current value's segment starts at
     * @param to the anchor the segment ends at
     * @param interpolated the segment's value at current, before any cap or floor
     * @param limit the cap or floor that held the score, if any
     * @param score the score
     * @param source where current came from
     */
    public Stepped {
      Objects.requireNonNull(current, "current");
      anchors = List.copyOf(anchors);
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(interpolated, "interpolated");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * A zones (ordinal) key result: the zone reached by the latest check-in scores 0 (fail), 0.3
   * (commit), 0.7 (target) or 1.0 (stretch); no check-in yet is the fail zone.
   *
   * @param zone the zone reached; empty without a check-in
   * @param score the score
   * @param source the check-in used
   */
  record Zones(Optional<Zone> zone, BigDecimal score, Source source) implements Derivation {
    /**
     * Checks the parts.
     *
     * @param zone the zone reached; empty without a check-in
     * @param score the score
     * @param source the check-in used
     */
    public Zones {
      Objects.requireNonNull(zone, "zone");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(source, "source");
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * A milestone key result: 1 when the latest done-flag check-in says done, else 0.
   *
   * @param done whether the milestone is done
   * @param source the check-in used
   */
  record Milestone(boolean done, Source source) implements Derivation {
    /**
     * Checks the parts.
     *
     * @param done whether the milestone is done
     * @param source the check-in used
     */
    public Milestone {
      Objects.requireNonNull(source, "source");
    }

    /** {@return 1 when done, else 0} */
    public BigDecimal score() {
      return done ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score());
    }
  }

  /**
   * One item of a weighted mean: its weight, its score and its share of the result ({@code
   * weight × score / Σ weights}); the shares add up to the mean.
   *
   * @param id the key result's or objective's id
   * @param item what the item is
   * @param weight its weight
   * @param score its score
   * @param share its part of the mean
   */
  record Contribution(String id, Item item, BigDecimal weight, BigDecimal score, BigDecimal share) {
    /**
     * Checks the parts.
     *
     * @param id the key result's or objective's id
     * @param item what the item is
     * @param weight its weight
     * @param score its score
     * @param share its part of the mean
     */
    public Contribution {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(weight, "weight");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(share, "share");
    }
  }

  /**
   * An item left out of a weighted mean because it has no score, with why.
   *
   * @param id the key result's or objective's id
   * @param item what the item is
   * @param why why it has no score
   */
  record Excluded(String id, Item item, Undefined why) {
    /**
     * Checks the parts.
     *
     * @param id the key result's or objective's id
     * @param item what the item is
     * @param why why it has no score
     */
    public Excluded {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * A weighted mean {@code Σ(weightᵢ × scoreᵢ) / Σ weightᵢ}: an objective's score over its key
   * results, or a roll-up over key results and child objectives.
   *
   * @param contributions the items averaged, in order
   * @param excluded the items left out, with why
   * @param weightSum the sum of the contributions' weights
   * @param score the mean
   */
  record WeightedMean(
      List<Contribution> contributions,
      List<Excluded> excluded,
      BigDecimal weightSum,
      BigDecimal score)
      implements Derivation {
    /**
     * Checks the parts and copies the lists.
     *
     * @param contributions the items averaged, in order
     * @param excluded the items left out, with why
     * @param weightSum the sum of the contributions' weights
     * @param score the mean
     */
    public WeightedMean {
      contributions = List.copyOf(contributions);
      excluded = List.copyOf(excluded);
      Objects.requireNonNull(weightSum, "weightSum");
      Objects.requireNonNull(score, "score");
      if (contributions.isEmpty()) {
        throw new IllegalArgumentException("weighted mean: needs at least one contribution");
      }
    }

    /**
     * The mean of these items ({@code weight}, {@code score} pairs in {@code contributions} with
     * any share) and the shares recomputed: the one place a weighted mean and its shares are
     * computed, so every mean in okr-core adds up the same way.
     *
     * @param items the items
     * @param excluded the ids left out
     * @return the mean of these items ({@code weight}, {@code score} pairs in {@code contributions}
     *     with any share) and the shares recomputed
     * @throws IllegalArgumentException if there is no item or the weights add up to 0
     */
    public static WeightedMean of(List<Contribution> items, List<Excluded> excluded) {
      BigDecimal weights = BigDecimal.ZERO;
      BigDecimal weighted = BigDecimal.ZERO;
      for (Contribution c : items) {
        weights = weights.add(c.weight());
        weighted = weighted.add(c.weight().multiply(c.score()));
      }
      if (weights.signum() <= 0) {
        throw new IllegalArgumentException(
            "weighted mean: the weights must add up to more than 0, was "
                + ScoreMath.format(weights));
      }
      Contribution[] shared = new Contribution[items.size()];
      for (int i = 0; i < shared.length; i++) {
        Contribution c = items.get(i);
        shared[i] =
            new Contribution(
                c.id(),
                c.item(),
                c.weight(),
                c.score(),
                ScoreMath.divide(c.weight().multiply(c.score()), weights));
      }
      return new WeightedMean(
          List.of(shared), excluded, weights, ScoreMath.divide(weighted, weights));
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * The weakest link: the roll-up is the lowest score among the items ({@code
   * RollupStrategy.weakestLink()}); that item's share is the whole result, every other's 0.
   *
   * @param contributions the items compared, in order, with their shares
   * @param excluded the items left out, with why
   * @param weakestId the id of the lowest item (the first one on a tie)
   * @param score the lowest score
   */
  record WeakestLink(
      List<Contribution> contributions, List<Excluded> excluded, String weakestId, BigDecimal score)
      implements Derivation {
    /**
     * Checks the parts and copies the lists.
     *
     * @param contributions the items compared, in order, with their shares
     * @param excluded the items left out, with why
     * @param weakestId the id of the lowest item (the first one on a tie)
     * @param score the lowest score
     */
    public WeakestLink {
      contributions = List.copyOf(contributions);
      excluded = List.copyOf(excluded);
      Objects.requireNonNull(weakestId, "weakestId");
      Objects.requireNonNull(score, "score");
      if (contributions.isEmpty()) {
        throw new IllegalArgumentException("weakest link: needs at least one contribution");
      }
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * An objective's own key results and its aligned objectives combined separately and mixed:
   * {@code ownShare × own + (1 − ownShare) × children}. The contributions are both groups'
   * items, each share scaled by its group's part, so they still add up to the result.
   *
   * @param own how the own key results combined
   * @param children how the aligned objectives combined
   * @param ownShare the own key results' part, 0 to 1
   * @param contributions every item of both groups with its scaled share
   * @param score the mixed result
   */
  record Mixed(
      Derivation own,
      Derivation children,
      BigDecimal ownShare,
      List<Contribution> contributions,
      BigDecimal score)
      implements Derivation {
    /**
     * Checks the parts and copies the list.
     *
     * @param own how the own key results combined
     * @param children how the aligned objectives combined
     * @param ownShare the own key results' part, 0 to 1
     * @param contributions every item of both groups with its scaled share
     * @param score the mixed result
     */
    public Mixed {
      Objects.requireNonNull(own, "own");
      Objects.requireNonNull(children, "children");
      Objects.requireNonNull(ownShare, "ownShare");
      contributions = List.copyOf(contributions);
      Objects.requireNonNull(score, "score");
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.of(score);
    }
  }

  /**
   * No score, with a reason code and what it concerns.
   *
   * @param reason why there is no score
   * @param id the id of the key result or objective
   * @param kind the key result's kind; empty for an objective
   * @param value a number the reason refers to (the value both baseline and target have, a
   *     threshold's value to reach), if any
   * @param detail more words for {@link UndefinedReason#STRATEGY_FAILED} and roll-ups, else empty
   */
  record Undefined(
      UndefinedReason reason,
      String id,
      Optional<KeyResultKind> kind,
      Optional<BigDecimal> value,
      String detail)
      implements Derivation {
    /**
     * Checks the parts.
     *
     * @param reason why there is no score
     * @param id the id of the key result or objective
     * @param kind the key result's kind; empty for an objective
     * @param value a number the reason refers to (the value both baseline and target have, a
     *     threshold's value to reach), if any
     * @param detail more words for {@link UndefinedReason#STRATEGY_FAILED} and roll-ups, else empty
     */
    public Undefined {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(detail, "detail");
    }

    /**
     * A key result's undefined score.
     *
     * @param reason the reason
     * @param id the id
     * @param kind the kind
     * @return a key result's undefined score
     */
    public static Undefined of(UndefinedReason reason, String id, KeyResultKind kind) {
      return new Undefined(reason, id, Optional.of(kind), Optional.empty(), "");
    }

    @Override
    public Optional<BigDecimal> result() {
      return Optional.empty();
    }
  }
}
