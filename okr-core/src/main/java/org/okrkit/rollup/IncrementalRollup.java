package org.okrkit.rollup;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;

/**
 * A roll-up after an {@link Edit} ({@link RollupResult#apply}): the objectives the edit reaches
 * recomputed by the general path ({@link GeneralRollup}), leaves first, and every other node shared
 * with the previous result. A check-in or an edit that keeps the tree's shape copies the path up
 * the alignment chain; an added objective or a removed leaf is appended to, or marked removed in,
 * the shape kept from before; any other change of shape rebuilds the shape and recomputes only the
 * nodes whose inputs changed. The result equals a recompute of the edited set ({@code
 * IncrementalRollupProperties}).
 *
 * <p>Stateless beyond the roll-up whose settings it applies; thread-safe.
 */
final class IncrementalRollup {
  private final Rollup rollup;
  private final GeneralRollup general;

  IncrementalRollup(Rollup rollup) {
    this.rollup = rollup;
    this.general = rollup.general();
  }

  /**
   * The roll-up after {@code edit}, recomputing only the objectives it reaches: the edited one,
   * the value sums downstream of a changed key result, and their ancestors up the alignment
   * chains; every other node is shared with {@code previous}. An edit that changes the shape of
   * the trees (ids, parents, parent key results, value-sum links or units) rebuilds the shape in
   * one linear pass over the ids and still recomputes only the nodes whose inputs changed.
   */
  RollupResult update(RollupResult previous, Edit edit) {
    AlignmentTree tree = previous.tree();
    Nodes nodes = previous.vector();
    Nodes view = nodes;
    IntFunction<Objective> current = view::objective;
    int pos;
    Objective edited;
    if (edit.isCheckIn() || edit.isKeyResult()) {
      pos = tree.keyResultPosition(edit.id(), new ObjectiveView(nodes));
      if (pos < 0) {
        throw edit.unknown();
      }
      edited = edit.edit(current.apply(pos));
    } else if (edit.isObjective()) {
      Integer at = tree.positionOf(edit.id());
      Objective added = edit.objective().orElseThrow();
      if (at == null) {
        RollupResult quick = add(previous, added);
        if (quick != null) {
          return quick;
        }
        List<Objective> objectives = new ArrayList<>(previous.live());
        objectives.add(added);
        return rebuild(previous, objectives);
      }
      pos = at;
      edited = added;
    } else {
      Integer at = tree.positionOf(edit.id());
      if (at == null) {
        throw edit.unknown();
      }
      RollupResult quick = remove(previous, at);
      if (quick != null) {
        return quick;
      }
      List<Objective> objectives = new ArrayList<>(previous.live());
      objectives.remove(tree.liveIndex(at));
      return rebuild(previous, objectives);
    }
    Objective before = current.apply(pos);
    if (!sameShape(before, edited)) {
      List<Objective> objectives = new ArrayList<>(previous.live());
      objectives.set(tree.liveIndex(pos), edited);
      return rebuild(previous, objectives);
    }
    IntFunction<Objective> objectiveAt = k -> k == pos ? edited : current.apply(k);
    TreeMap<Integer, Integer> dirty = new TreeMap<>();
    dirty.put(tree.rankOf(pos), pos);
    ValueSums sums = previous.sums();
    if (sums.any()) {
      ValueSums.Plan plan = Objects.requireNonNull(sums.plan());
      int[] flats = new int[edited.keyResults().size()];
      for (int k = 0; k < flats.length; k++) {
        flats[k] = plan.krStart[pos] + k;
      }
      sums =
          sums.update(
              flats, objectiveAt, rollup.scorer(), previous.asOf(),
              t -> dirty.put(tree.rankOf(t), t));
    }
    nodes = upward(tree, nodes, objectiveAt, dirty, sums, previous.paces());
    return new RollupResult(rollup, previous.isTolerant(), previous.base(), previous.asOf(), tree,
        sums, previous.paces(), nodes, true);
  }

  /**
   * Recomputes the dirty objectives and their ancestors, leaves first (by rank), each once: the
   * path copying up the alignment chains that every incremental edit comes down to.
   */
  private Nodes upward(
      AlignmentTree tree,
      Nodes nodes,
      IntFunction<Objective> objectiveAt,
      NavigableMap<Integer, Integer> dirty,
      ValueSums sums,
      Paces paces) {
    Nodes out = nodes;
    for (Map.Entry<Integer, Integer> e; (e = dirty.pollFirstEntry()) != null; ) {
      int i = e.getValue();
      Nodes now = out;
      ObjectiveRollup node =
          general.node(
              objectiveAt.apply(i), i, GeneralRollup.children(tree, i, now::get), tree.brokenAt(i),
              sums, paces);
      out = out.with(i, node);
      int p = tree.parentOf(i);
      if (p >= 0 && tree.lists(p, i)) {
        dirty.put(tree.rankOf(p), p);
      }
    }
    return out;
  }

  /**
   * {@code added} (an objective with a new id) appended in O(depth): its node, then its parent
   * and their ancestors recomputed, the shape's arrays shared; null when the edit needs the
   * general path (a tree with problems or value sums, a missing parent or parent key result, an
   * added key result summing others, too many edits kept beside the shape).
   */
  private @Nullable RollupResult add(RollupResult previous, Objective added) {
    AlignmentTree tree = previous.tree();
    if (!tree.canEdit()) {
      return null;
    }
    for (KeyResult kr : added.keyResults()) {
      if (!kr.sumOf().isEmpty()) {
        return null;
      }
    }
    int parent = -1;
    if (added.parent().isPresent()) {
      Integer at = tree.positionOf(added.parent().orElseThrow());
      if (at == null) {
        return null;
      }
      parent = at;
      if (added.parentKeyResult().isPresent()) {
        String kr = added.parentKeyResult().orElseThrow();
        boolean found = false;
        for (KeyResult k : previous.vector().objective(parent).keyResults()) {
          found |= k.id().equals(kr);
        }
        if (!found) {
          return null;
        }
      }
    }
    AlignmentTree after = tree.plus(added.id(), parent);
    int pos = after.size - 1;
    ValueSums sums = previous.sums();
    Nodes nodes =
        previous.vector().plus(general.node(added, pos, List.of(), null, sums, previous.paces()));
    Nodes grown = nodes;
    TreeMap<Integer, Integer> dirty = new TreeMap<>();
    if (parent >= 0) {
      dirty.put(after.rankOf(parent), parent);
    }
    nodes = upward(after, nodes, grown::objective, dirty, sums, previous.paces());
    return new RollupResult(rollup, previous.isTolerant(), previous.base(), previous.asOf(), after,
        sums, previous.paces(), nodes, true);
  }

  /**
   * The objective at {@code pos} removed in O(depth) when it is a leaf of a clean tree without
   * value sums: its position becomes a tombstone, its parent and their ancestors are recomputed;
   * null otherwise (removing a parent leaves its children dangling: the general path says so).
   */
  private @Nullable RollupResult remove(RollupResult previous, int pos) {
    AlignmentTree tree = previous.tree();
    if (!tree.canEdit() || tree.childrenOf(pos).length > 0) {
      return null;
    }
    Nodes nodes = previous.vector();
    AlignmentTree after = tree.minus(pos, nodes.objective(pos).id());
    TreeMap<Integer, Integer> dirty = new TreeMap<>();
    int parent = tree.parentOf(pos);
    if (parent >= 0) {
      dirty.put(after.rankOf(parent), parent);
    }
    Nodes kept = nodes;
    nodes = upward(after, nodes, kept::objective, dirty, previous.sums(), previous.paces());
    return new RollupResult(rollup, previous.isTolerant(), previous.base(), previous.asOf(), after,
        previous.sums(), previous.paces(), nodes, true);
  }

  /**
   * The roll-up of {@code objectives} (the edited set's), with a new shape: every node whose
   * objective, children, structural problem and summed key results are those of a node of
   * {@code previous} is that node, the rest are recomputed.
   */
  private RollupResult rebuild(RollupResult previous, List<Objective> objectives) {
    AlignmentTree before = previous.tree();
    AlignmentTree tree = AlignmentTree.of(objectives, previous.isTolerant());
    ValueSums sums = ValueSums.compute(tree.sums, objectives::get, rollup.scorer(), previous.asOf());
    IdentityHashMap<Objective, Integer> old = new IdentityHashMap<>();
    Nodes vector = previous.vector();
    for (int i = 0; i < vector.size(); i++) {
      if (!before.isRemoved(i)) {
        old.putIfAbsent(vector.objective(i), i);
      }
    }
    ObjectiveRollup[] done = new ObjectiveRollup[tree.size];
    for (int i : tree.order) {
      Objective o = objectives.get(i);
      List<ObjectiveRollup> children = GeneralRollup.children(tree, i, k -> done[k]);
      Integer at = old.get(o);
      int was = at == null ? -1 : at;
      ObjectiveRollup kept = was < 0 ? null : vector.get(was);
      if (kept != null
          && sameNodes(kept.children(), children)
          && Objects.equals(before.brokenAt(was), tree.broken[i])
          && sameSums(previous.sums(), was, sums, i, o)) {
        done[i] = kept;
      } else {
        done[i] = general.node(o, i, children, tree.broken[i], sums, previous.paces());
      }
    }
    return new RollupResult(rollup, previous.isTolerant(), previous.base(), previous.asOf(), tree,
        sums, previous.paces(), Nodes.of(done), true);
  }

  private static boolean sameNodes(List<ObjectiveRollup> a, List<ObjectiveRollup> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (a.get(k) != b.get(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSums(ValueSums a, int was, ValueSums b, int now, Objective o) {
    for (int k = 0; k < o.keyResults().size(); k++) {
      KeyResult kr = o.keyResults().get(k);
      if (!a.effective(was, k, kr).equals(b.effective(now, k, kr))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when an edit from {@code a} to {@code b} leaves the tree's shape alone: same id, parent,
   * parent key result, and key results with the same ids, units and value-sum sources in the same
   * order.
   */
  private static boolean sameShape(Objective a, Objective b) {
    if (!a.id().equals(b.id())
        || !a.parent().equals(b.parent())
        || !a.parentKeyResult().equals(b.parentKeyResult())
        || a.keyResults().size() != b.keyResults().size()) {
      return false;
    }
    for (int k = 0; k < a.keyResults().size(); k++) {
      KeyResult x = a.keyResults().get(k);
      KeyResult y = b.keyResults().get(k);
      if (!x.id().equals(y.id()) || !x.unit().equals(y.unit()) || !x.sumOf().equals(y.sumOf())) {
        return false;
      }
    }
    return true;
  }

  /** The objectives of a roll-up's nodes, as a list view (no copy). */
  static final class ObjectiveView extends AbstractList<Objective> implements RandomAccess {
    private final List<ObjectiveRollup> nodes;

    ObjectiveView(List<ObjectiveRollup> nodes) {
      this.nodes = nodes;
    }

    @Override
    public Objective get(int index) {
      // a roll-up's own nodes give the objective without making a node made on demand
      return nodes instanceof Nodes n ? n.objective(index) : nodes.get(index).objective();
    }

    @Override
    public int size() {
      return nodes.size();
    }
  }
}
