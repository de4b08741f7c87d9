package org.okrkit.rollup;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * The roll-up of a whole {@link org.okrkit.model.OkrSet} as of a date: one {@link
 * ObjectiveRollup} per objective, the roots of the alignment trees, the tree order, and (for a
 * tolerant roll-up) the structural problems found.
 *
 * <p>Immutable and thread-safe.
 */
public final class RollupResult {
  private final Rollup rollup;
  private final boolean tolerant;
  private final OkrSet base;
  private final LocalDate asOf;
  private final AlignmentTree tree;
  private final ValueSums sums;
  private final Paces paces;
  private final Nodes nodes;
  private final @Nullable List<Entry> treeOrder;
  private volatile @Nullable OkrSet set;
  // After objectives were added or removed incrementally, the views in document and tree order
  // are made when first read (the edit itself costs the depth of the tree, reading them all n).
  private volatile @Nullable List<ObjectiveRollup> liveNodes;
  private volatile @Nullable AlignmentTree liveTree;
  private volatile @Nullable List<Entry> liveOrder;

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
     * @param node the objective's roll-up
     * @param depth how far below its root it sits (0 for a root)
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
      Rollup rollup,
      boolean tolerant,
      OkrSet base,
      LocalDate asOf,
      AlignmentTree tree,
      ValueSums sums,
      Paces paces,
      Nodes nodes,
      boolean edited) {
    this.rollup = rollup;
    this.tolerant = tolerant;
    this.base = base;
    this.asOf = asOf;
    this.tree = tree;
    this.sums = sums;
    this.paces = paces;
    this.nodes = nodes;
    this.treeOrder = tree.isEdited() ? null : new TreeOrder(tree, nodes);
    // Computed from base itself: its set is base; after an edit it is made when asked for.
    this.set = edited ? null : base;
  }

  /**
   * The roll-up of the set after {@code edit}, as of the same date and with the same roll-up
   * settings and mode: exactly what {@link Rollup#compute} (or {@link Rollup#computeTolerant})
   * returns for {@code edit.applyTo(set())}, made by recomputing only the objectives the edit
   * reaches — the edited objective, the value sums fed by a changed key result, and their
   * ancestors up the alignment chain — and sharing every other {@link ObjectiveRollup} with this
   * result. Neither this result nor its set is changed, and the edited set is not copied until
   * {@link #set()} is asked for.
   *
   * <p>A check-in, an edited key result or an edited objective that keeps the tree's shape (ids,
   * parents, parent key results, value-sum sources and units) costs the depth of the tree times
   * the fan-in of the objectives on the way up, whatever the size of the set. An edit that changes
   * the shape — an added or removed objective, a re-alignment — rebuilds the shape in one pass
   * over the ids and recomputes only the nodes whose inputs changed.
   *
   * <p>A check-in arrives; re-render the dashboard:
   * <pre>{@code
   * RollupResult dashboard = Rollup.defaults().compute(set, today);
   * // ... a check-in arrives on key result "kr-nps"
   * dashboard = dashboard.apply(Edit.checkIn("kr-nps", CheckIn.of(today, new BigDecimal("42"))));
   * render(dashboard.treeOrder()); // only the objectives above "kr-nps" are new nodes
   * }</pre>
   *
   * @param edit the edit
   * @return the roll-up of the set after {@code edit}, as of the same date and with the same
   *     roll-up settings and mode
   * @throws AlignmentException if this is a strict roll-up and the edit breaks the tree (a
   *     dangling parent, a cycle, a duplicate id, a broken value sum), as {@link Rollup#compute}
   *     would
   * @throws IllegalArgumentException if the set has no key result (for a check-in or key-result
   *     edit) or no objective (for a removal) with the edit's id
   * @throws NullPointerException if {@code edit} is null
   */
  public RollupResult apply(Edit edit) {
    return new IncrementalRollup(rollup).update(this, Objects.requireNonNull(edit, "edit"));
  }

  /**
   * The set this roll-up is of: the one given to {@link Rollup#compute}, or after {@link
   * #apply(Edit)} the edited set (built on first call, then kept).
   *
   * @return the set this roll-up is of
   */
  public OkrSet set() {
    OkrSet s = set;
    if (s == null) {
      s = base.withObjectives(live());
      set = s;
    }
    return s;
  }

  /** {@return the roll-up settings this result was computed with} */
  public Rollup rollup() {
    return rollup;
  }

  /**
   * True when this roll-up was computed in tolerant mode ({@link Rollup#computeTolerant}).
   *
   * @return {@code true} when this roll-up was computed in tolerant mode ({@link
   *     Rollup#computeTolerant})
   */
  public boolean isTolerant() {
    return tolerant;
  }

  OkrSet base() {
    return base;
  }

  AlignmentTree tree() {
    return tree;
  }

  ValueSums sums() {
    return sums;
  }

  Paces paces() {
    return paces;
  }

  Nodes vector() {
    return nodes;
  }

  /** The objectives of the roll-up in document order (a view, no copy). */
  List<Objective> live() {
    return new IncrementalRollup.ObjectiveView(nodes());
  }

  /** The live objectives' shape built in full: for the views of an incrementally edited tree. */
  private AlignmentTree liveTree() {
    AlignmentTree t = liveTree;
    if (t == null) {
      t = tree.isEdited() ? AlignmentTree.of(live(), tolerant) : tree;
      liveTree = t;
    }
    return t;
  }

  /** Tree order as a view over the shared shape and this result's nodes. */
  private static final class TreeOrder extends AbstractList<Entry> implements RandomAccess {
    private final AlignmentTree tree;
    private final List<ObjectiveRollup> nodes;

    TreeOrder(AlignmentTree tree, List<ObjectiveRollup> nodes) {
      this.tree = tree;
      this.nodes = nodes;
    }

    @Override
    public Entry get(int index) {
      Objects.checkIndex(index, tree.size);
      return new Entry(nodes.get(tree.treeNode[index]), tree.treeDepth[index]);
    }

    @Override
    public int size() {
      return tree.size;
    }
  }

  /** {@return the date the roll-up is as of} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the policy the roll-up was computed with} */
  public RollupPolicy policy() {
    return rollup.policy();
  }

  /** {@return every objective's roll-up, in the set's document order} */
  public List<ObjectiveRollup> nodes() {
    if (!tree.isEdited()) {
      return nodes;
    }
    List<ObjectiveRollup> l = liveNodes;
    if (l == null) {
      List<ObjectiveRollup> out = new ArrayList<>(tree.live());
      for (int i = 0; i < nodes.size(); i++) {
        if (!tree.isRemoved(i)) {
          out.add(nodes.get(i));
        }
      }
      l = Collections.unmodifiableList(out);
      liveNodes = l;
    }
    return l;
  }

  /**
   * The roll-up of the objective with this id, if the set has one.
   *
   * @param objectiveId the objective's id
   * @return the roll-up of the objective with this id, if the set has one
   * @throws NullPointerException if {@code objectiveId} is null
   */
  public Optional<ObjectiveRollup> node(String objectiveId) {
    Integer at = tree.positionOf(Objects.requireNonNull(objectiveId, "objectiveId"));
    return at == null ? Optional.empty() : Optional.of(nodes.get(at));
  }

  /**
   * The ids of the objectives at the tops of the trees, in document order: those aligned to
   * nothing, and (in a tolerant roll-up) those whose parent the set does not hold.
   *
   * @return the ids of the objectives at the tops of the trees, in document order
   */
  public List<String> roots() {
    return liveTree().roots;
  }

  /**
   * The structural problems found, in the order found (duplicate ids, then dangling parents, then
   * cycles); always empty for a strict roll-up, which throws instead.
   *
   * @return the structural problems found, in the order found (duplicate ids, then dangling
   *     parents, then cycles)
   */
  public List<RollupProblem> problems() {
    return liveTree().problems;
  }

  /**
   * Every objective exactly once, in the order people read an OKR tree: each {@linkplain #roots()
   * root} in document order followed by everything aligned beneath it, depth first, siblings in
   * document order. Objectives on an alignment cycle (reachable from no root) follow at the end,
   * each cycle starting from its first objective in document order; the children of a duplicated
   * id are listed under the first objective with that id.
   *
   * @return every objective exactly once, in the order people read an OKR tree
   */
  public List<Entry> treeOrder() {
    List<Entry> t = treeOrder != null ? treeOrder : liveOrder;
    if (t == null) {
      t = new TreeOrder(liveTree(), PersistentVector.of(nodes().toArray()));
      liveOrder = t;
    }
    return t;
  }

  /** {@return the number of objectives rolled up} */
  public int size() {
    return tree.live();
  }

  @Override
  public String toString() {
    return "RollupResult{"
        + size()
        + " objectives, roots "
        + roots()
        + ", "
        + problems().size()
        + " problems, as of "
        + asOf
        + "}";
  }
}
