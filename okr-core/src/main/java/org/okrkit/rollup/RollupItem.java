package org.okrkit.rollup;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.scoring.Derivation;

/**
 * One item a {@link RollupStrategy} combines: a key result of the objective or an objective
 * aligned to it, with its weight (&gt; 0), its score and, where it has one, its value span (the
 * distance from baseline to target, summed over an objective's items) for value-based strategies.
 *
 * @param id the key result's or objective's id
 * @param item what the item is
 * @param weight its weight, &gt; 0
 * @param score its score (a key result's, with aligned objectives counted in) or roll-up
 * @param span {@code |target − baseline|} of a metric key result, or the sum of an objective's
 *     items' spans; empty when there is none
 */
public record RollupItem(
    String id, Derivation.Item item, BigDecimal weight, BigDecimal score, Optional<BigDecimal> span) {
  /**
   * An item with these parts.
   *
   * @param id the key result's or objective's id
   * @param item what the item is
   * @param weight its weight, &gt; 0
   * @param score its score (a key result's, with aligned objectives counted in) or roll-up
   * @param span {@code |target − baseline|} of a metric key result, or the sum of an objective's
   *     items' spans; empty when there is none
   * @throws IllegalArgumentException if the weight is not &gt; 0 or the span is negative
   * @throws NullPointerException if a part is null
   */
  public RollupItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(span, "span");
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException(
          "roll-up item '" + id + "': weight must be > 0 (weight 0 items are left out), was "
              + weight.toPlainString());
    }
    if (span.isPresent() && span.orElseThrow().signum() < 0) {
      throw new IllegalArgumentException(
          "roll-up item '" + id + "': span must be >= 0, was " + span.orElseThrow().toPlainString());
    }
  }
}
