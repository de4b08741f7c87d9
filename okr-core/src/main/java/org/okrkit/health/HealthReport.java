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
  private final List<ObjectiveRollup> order;

  HealthReport(
      IdentityHashMap<ObjectiveRollup, HealthAssessment> objectives,
      IdentityHashMap<ObjectiveRollup, List<HealthAssessment>> keyResults,
      List<ObjectiveRollup> order) {
    // Keyed by identity: two objectives sharing an id are still two entries.
    this.objectives = objectives;
    this.keyResults = keyResults;
    // The maps have no order; the roll-up's tree order makes a listing (a JSON report) stable.
    this.order = List.copyOf(order);
  }

  /** {@return the assessed objectives of the roll-up, in its tree order (each parent before its children)} */
  public List<ObjectiveRollup> objectives() {
    return order;
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
