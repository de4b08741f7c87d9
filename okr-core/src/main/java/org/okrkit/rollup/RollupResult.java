package org.okrkit.rollup;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The roll-up of a whole {@link org.okrkit.model.OkrSet} as of a date: one {@link
 * ObjectiveRollup} per objective, the roots of the alignment trees, the tree order, and (for a
 * tolerant roll-up) the structural problems found.
 *
 * <p>Immutable and thread-safe.
 */
public final class RollupResult {
  private final LocalDate asOf;
  private final RollupPolicy policy;
  private final List<ObjectiveRollup> nodes;
  private final Map<String, ObjectiveRollup> byId;
  private final List<String> roots;
  private final List<RollupProblem> problems;
  private final List<Entry> treeOrder;

  /**
   * One objective in {@linkplain #treeOrder() tree order}.
   *
   * @param node the objective's roll-up
   * @param depth how far below its root it sits (0 for a root)
   */
  public record Entry(ObjectiveRollup node, int depth) {
    /**
     * An entry for this node at this depth.
     *
     * @throws IllegalArgumentException if {@code depth} is negative
     * @throws NullPointerException if {@code node} is null
     */
    public Entry {
      Objects.requireNonNull(node, "node");
      if (depth < 0) {
        throw new IllegalArgumentException(
            "tree entry '" + node.objectiveId() + "': depth must be >= 0, was " + depth);
      }
    }
  }

  RollupResult(
      LocalDate asOf,
      RollupPolicy policy,
      List<ObjectiveRollup> nodes,
      Map<String, ObjectiveRollup> byId,
      List<String> roots,
      List<RollupProblem> problems,
      List<Entry> treeOrder) {
    this.asOf = asOf;
    this.policy = policy;
    this.nodes = Collections.unmodifiableList(nodes);
    this.byId = Collections.unmodifiableMap(byId);
    this.roots = Collections.unmodifiableList(roots);
    this.problems = List.copyOf(problems);
    this.treeOrder = Collections.unmodifiableList(treeOrder);
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

  /**
   * The ids of the objectives at the tops of the trees, in document order: those aligned to
   * nothing, and (in a tolerant roll-up) those whose parent the set does not hold.
   */
  public List<String> roots() {
    return roots;
  }

  /**
   * The structural problems found, in the order found (duplicate ids, then dangling parents, then
   * cycles); always empty for a strict roll-up, which throws instead.
   */
  public List<RollupProblem> problems() {
    return problems;
  }

  /**
   * Every objective exactly once, in the order people read an OKR tree: each {@linkplain #roots()
   * root} in document order followed by everything aligned beneath it, depth first, siblings in
   * document order. Objectives on an alignment cycle (reachable from no root) follow at the end,
   * each cycle starting from its first objective in document order; the children of a duplicated
   * id are listed under the first objective with that id.
   */
  public List<Entry> treeOrder() {
    return treeOrder;
  }

  /** The number of objectives rolled up. */
  public int size() {
    return nodes.size();
  }

  @Override
  public String toString() {
    return "RollupResult{"
        + nodes.size()
        + " objectives, roots "
        + roots
        + ", "
        + problems.size()
        + " problems, as of "
        + asOf
        + "}";
  }
}
