package org.okrkit.rollup;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The roll-up of a whole {@link org.okrkit.model.OkrSet} as of a date: one {@link
 * ObjectiveRollup} per objective, and the roots of the alignment trees.
 *
 * <p>Immutable and thread-safe.
 */
public final class RollupResult {
  private final LocalDate asOf;
  private final RollupPolicy policy;
  private final List<ObjectiveRollup> nodes;
  private final Map<String, ObjectiveRollup> byId;
  private final List<String> roots;

  RollupResult(
      LocalDate asOf,
      RollupPolicy policy,
      List<ObjectiveRollup> nodes,
      Map<String, ObjectiveRollup> byId,
      List<String> roots) {
    this.asOf = asOf;
    this.policy = policy;
    this.nodes = Collections.unmodifiableList(nodes);
    this.byId = Collections.unmodifiableMap(byId);
    this.roots = Collections.unmodifiableList(roots);
  }

  /** The date the roll-up is as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The policy the roll-up was computed with. */
  public RollupPolicy policy() {
    return policy;
  }

  /** Every objective's roll-up, in the set's document order. */
  public List<ObjectiveRollup> nodes() {
    return nodes;
  }

  /**
   * The roll-up of the objective with this id, if the set has one.
   *
   * @throws NullPointerException if {@code objectiveId} is null
   */
  public Optional<ObjectiveRollup> node(String objectiveId) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(objectiveId, "objectiveId")));
  }

  /** The ids of the objectives aligned to nothing (the tops of the trees), in document order. */
  public List<String> roots() {
    return roots;
  }

  /** The number of objectives rolled up. */
  public int size() {
    return nodes.size();
  }

  @Override
  public String toString() {
    return "RollupResult{" + nodes.size() + " objectives, roots " + roots + ", as of " + asOf + "}";
  }
}
