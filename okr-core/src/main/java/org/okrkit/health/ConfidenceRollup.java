package org.okrkit.health;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.KeyResult;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.RollupPolicy;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.Confidence;
import org.okrkit.scoring.ConfidenceTrend;

/**
 * Every objective's confidence, rolled up like its score: the weighted mean of the latest
 * confidences of the same items its roll-up counts (its own key results by their weights, the
 * objectives aligned to it by theirs, as the roll-up's policy says), leaving out items without a
 * confidence and items that weigh 0. The trend compares that mean with the same mean over each
 * item's previous estimate (its latest when it has only one): rising, falling or steady, unknown
 * when no item has two estimates.
 *
 * <p>Example: key results weighing 2 and 1 with latest confidences 0.8 and 0.5 (previously 0.6
 * and 0.5) give (2 × 0.8 + 1 × 0.5) / 3 = 0.7, previously (2 × 0.6 + 1 × 0.5) / 3 ≈ 0.5667:
 * rising. Immutable and thread-safe.
 */
public final class ConfidenceRollup {
  /**
   * One objective's rolled-up confidence.
   *
   * @param objectiveId the objective's id
   * @param confidence the weighted mean of its items' latest confidences; empty with none
   * @param previous the same mean over the items' previous estimates; empty with none
   * @param trend rising, falling or steady, or unknown when no item has two estimates
   */
  public record ObjectiveConfidence(
      String objectiveId,
      Optional<BigDecimal> confidence,
      Optional<BigDecimal> previous,
      ConfidenceTrend trend) {
    /**
     * A rolled-up confidence with these parts.
     *
     * @param objectiveId the objective's id
     * @param confidence the weighted mean of its items' latest confidences; empty with none
     * @param previous the same mean over the items' previous estimates; empty with none
     * @param trend rising, falling or steady, or unknown when no item has two estimates
     * @throws NullPointerException if a part is null
     */
    public ObjectiveConfidence {
      Objects.requireNonNull(objectiveId, "objectiveId");
      Objects.requireNonNull(confidence, "confidence");
      Objects.requireNonNull(previous, "previous");
      Objects.requireNonNull(trend, "trend");
    }
  }

  private final Map<ObjectiveRollup, ObjectiveConfidence> byNode;

  private ConfidenceRollup(Map<ObjectiveRollup, ObjectiveConfidence> byNode) {
    this.byNode = byNode;
  }

  /**
   * The confidence roll-up of every objective of {@code result}, as of its date.
   *
   * @param result the result
   * @return the confidence roll-up of every objective of {@code result}, as of its date
   * @throws NullPointerException if {@code result} is null
   */
  public static ConfidenceRollup of(RollupResult result) {
    Objects.requireNonNull(result, "result");
    IdentityHashMap<ObjectiveRollup, ObjectiveConfidence> byNode = new IdentityHashMap<>();
    List<RollupResult.Entry> order = result.treeOrder();
    RollupPolicy policy = result.policy();
    // Reverse tree order sees every child before its parent: one pass, no recursion.
    for (int i = order.size() - 1; i >= 0; i--) {
      ObjectiveRollup node = order.get(i).node();
      Mean latest = new Mean();
      Mean previous = new Mean();
      boolean anyTwo = false;
      boolean hasChildren = !node.children().isEmpty();
      boolean usesOwn = policy != RollupPolicy.CHILDREN_ONLY || !hasChildren;
      boolean usesChildren = policy != RollupPolicy.OWN_KEY_RESULTS_ONLY;
      if (usesOwn) {
        for (KeyResult kr : node.objective().keyResults()) {
          Confidence c = Confidence.of(kr, result.asOf());
          BigDecimal now = c.latest().orElse(null);
          if (now != null && kr.weight().signum() > 0) {
            latest.add(kr.weight(), now);
            previous.add(kr.weight(), c.previous().orElse(now));
            anyTwo |= c.previous().isPresent();
          }
        }
      }
      if (usesChildren) {
        for (ObjectiveRollup child : node.children()) {
          ObjectiveConfidence c = byNode.get(child);
          BigDecimal w = child.objective().weight();
          if (c != null && c.confidence().isPresent() && w.signum() > 0 && child.counts()) {
            latest.add(w, c.confidence().orElseThrow());
            previous.add(w, c.previous().orElse(c.confidence().orElseThrow()));
            anyTwo |= c.trend() != ConfidenceTrend.UNKNOWN;
          }
        }
      }
      BigDecimal now = latest.value();
      BigDecimal before = previous.value();
      ConfidenceTrend trend = ConfidenceTrend.UNKNOWN;
      if (anyTwo && now != null && before != null) {
        int cmp = now.compareTo(before);
        trend = cmp == 0 ? ConfidenceTrend.STEADY : cmp > 0 ? ConfidenceTrend.RISING : ConfidenceTrend.FALLING;
      }
      byNode.put(
          node,
          new ObjectiveConfidence(
              node.objectiveId(), Optional.ofNullable(now), Optional.ofNullable(before), trend));
    }
    return new ConfidenceRollup(byNode);
  }

  /**
   * The rolled-up confidence of this objective of the roll-up.
   *
   * @param node the node
   * @return the rolled-up confidence of this objective of the roll-up
   * @throws IllegalArgumentException if {@code node} is not from the rolled-up result
   * @throws NullPointerException if {@code node} is null
   */
  public ObjectiveConfidence objective(ObjectiveRollup node) {
    ObjectiveConfidence c = byNode.get(Objects.requireNonNull(node, "node"));
    if (c == null) {
      throw new IllegalArgumentException(
          "objective '" + node.objectiveId() + "': not part of the rolled-up result");
    }
    return c;
  }

  /** Σ wᵢ × cᵢ / Σ wᵢ, exact until the one division. */
  private static final class Mean {
    private BigDecimal weights = BigDecimal.ZERO;
    private BigDecimal weighted = BigDecimal.ZERO;

    void add(BigDecimal w, BigDecimal c) {
      weights = weights.add(w);
      weighted = weighted.add(w.multiply(c));
    }

    @Nullable BigDecimal value() {
      return weights.signum() == 0 ? null : ScoreMath.divide(weighted, weights);
    }
  }
}
