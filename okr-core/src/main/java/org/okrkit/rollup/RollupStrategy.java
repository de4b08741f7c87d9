package org.okrkit.rollup;

import java.util.List;
import org.okrkit.scoring.Derivation;

/**
 * How an objective's counted items (its key results and the objectives aligned to it) combine
 * into its roll-up.
 *
 * <p>Three strategies are built in: {@link #weightedMean()} (the default), {@link #weakestLink()}
 * and {@link #sumOfValues()}. To write your own, return a {@link Derivation} whose {@link
 * Derivation#result()} is the roll-up and whose contributions' shares add up to it (a {@link
 * Derivation.WeightedMean} built with {@link Derivation.WeightedMean#of}, or a {@link
 * Derivation.Undefined} when the items give no number). {@link Rollup} checks what a strategy
 * returns: a null, an exception or a result outside the items' range of scores becomes an
 * {@link IllegalStateException} naming the strategy and the objective. For example, the plain
 * (unweighted) mean:
 *
 * <pre>{@code
 * RollupStrategy plain = (id, items, excluded) -> Derivation.WeightedMean.of(
 *     items.stream().map(i -> new Derivation.Contribution(
 *         i.id(), i.item(), BigDecimal.ONE, i.score(), BigDecimal.ZERO)).toList(), excluded);
 * }</pre>
 */
@FunctionalInterface
public interface RollupStrategy {
  /**
   * The roll-up of objective {@code objectiveId} over {@code items} (never empty: every item has
   * a weight &gt; 0 and a score), with {@code excluded} the items left out and why, to carry in
   * the derivation.
   *
   * @param objectiveId the objective's id
   * @param items the items
   * @param excluded the ids left out
   * @return the derivation of the objective's roll-up over {@code items}
   */
  Derivation combine(
      String objectiveId, List<RollupItem> items, List<Derivation.Excluded> excluded);

  /** {@return the weighted mean {@code Σ(wᵢ × sᵢ) / Σ wᵢ} (the default)} */
  static RollupStrategy weightedMean() {
    return BuiltInRollup.WEIGHTED_MEAN;
  }

  /**
   * The weakest link: the roll-up is the lowest item's score, so an objective is only as healthy
   * as its worst key result or team; that item's share is the whole result.
   *
   * @return the weakest link
   */
  static RollupStrategy weakestLink() {
    return BuiltInRollup.WEAKEST_LINK;
  }

  /**
   * Sum of values: the value travelled over the value to travel, {@code Σ(spanᵢ × sᵢ) / Σ spanᵢ},
   * where a metric key result's span is {@code |target − baseline|} and an objective's is the sum
   * of its items' spans; for items in one unit ("revenue of all regions"). Items without a span
   * (milestones, thresholds) are left out with {@link org.okrkit.scoring.UndefinedReason#NO_VALUE}.
   *
   * @return sum of values
   */
  static RollupStrategy sumOfValues() {
    return BuiltInRollup.SUM_OF_VALUES;
  }
}
