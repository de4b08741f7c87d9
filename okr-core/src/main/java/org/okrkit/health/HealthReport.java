package org.okrkit.health;

import java.util.List;
import java.util.IdentityHashMap;
import java.util.Objects;
import org.okrkit.rollup.ObjectiveRollup;

/**
 * The health of every objective and key result of one {@link org.okrkit.rollup.RollupResult}, as
 * {@link HealthPolicy#assess} derived it. Immutable and thread-safe.
 */
public final class HealthReport {
  private final IdentityHashMap<ObjectiveRollup, HealthAssessment> objectives;
  private final IdentityHashMap<ObjectiveRollup, List<HealthAssessment>> keyResults;

  HealthReport(
      IdentityHashMap<ObjectiveRollup, HealthAssessment> objectives,
      IdentityHashMap<ObjectiveRollup, List<HealthAssessment>> keyResults) {
    // Keyed by identity: two objectives sharing an id are still two entries.
    this.objectives = objectives;
    this.keyResults = keyResults;
  }

  /**
   * The health of this objective of the roll-up.
   *
   * @param node the node
   * @return the health of this objective of the roll-up
   * @throws IllegalArgumentException if {@code node} is not from the assessed roll-up
   * @throws NullPointerException if {@code node} is null
   */
  public HealthAssessment objective(ObjectiveRollup node) {
    HealthAssessment a = objectives.get(Objects.requireNonNull(node, "node"));
    if (a == null) {
      throw new IllegalArgumentException(
          "objective '" + node.objectiveId() + "': not part of the assessed roll-up");
    }
    return a;
  }

  /**
   * The health of each of this objective's own key results, in the objective's order.
   *
   * @param node the node
   * @return the health of each of this objective's own key results, in the objective's order
   * @throws IllegalArgumentException if {@code node} is not from the assessed roll-up
   * @throws NullPointerException if {@code node} is null
   */
  public List<HealthAssessment> keyResults(ObjectiveRollup node) {
    List<HealthAssessment> a = keyResults.get(Objects.requireNonNull(node, "node"));
    if (a == null) {
      throw new IllegalArgumentException(
          "objective '" + node.objectiveId() + "': not part of the assessed roll-up");
    }
    return a;
  }

  /** {@return the number of objectives assessed} */
  public int size() {
    return objectives.size();
  }
}
