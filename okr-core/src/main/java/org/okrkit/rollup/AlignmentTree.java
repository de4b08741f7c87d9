package org.okrkit.rollup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;

/**
 * The shape of a set's alignment trees, by objective position: the id index, parents, children,
 * the order objectives are rolled up in (Kahn's algorithm, leaves first, then alignment-cycle
 * members in document order), the structural problems and the tree order for display.
 *
 * <p>It depends only on ids, parents, parent key results and the value-sum links, never on
 * check-ins, values or weights: an incremental roll-up keeps it across every edit that leaves
 * those alone, which is what makes such an edit cost the depth of the tree rather than its size.
 * Immutable once built (the key-result index is built lazily, at most once per thread race, to the
 * same content).
 */
final class AlignmentTree {
  final int size;
  final Map<String, Integer> index;
  final int[] parent;
  // Children in document order: the children of i are child[start[i]..start[i+1]).
  final int[] start;
  final int[] child;
  final boolean[] onCycle;
  final int[] order;
  final int[] rank;
  final @Nullable RollupProblem[] broken;
  final List<RollupProblem> problems;
  final List<String> roots;
  final int[] treeNode;
  final int[] treeDepth;
  final ValueSums.@Nullable Plan sums;
  private volatile @Nullable Map<String, Integer> keyResultIndex;
  // An edited tree (objectives added and removed incrementally) shares every array above with
  // the tree it was computed as (root) and keeps only its edits beside them, copied per edit:
  // positions from baseSize on are the added objectives', in the order they were added (their
  // document order: an added objective comes last); removed positions stay as tombstones. The
  // edits are few (an incremental roll-up rebuilds the shape in full past OVERLAY_LIMIT), so an
  // added or removed objective costs the depth of the tree, not its size.
  /** Edits kept beside the shared arrays before the next shape change rebuilds them in full. */
  static final int OVERLAY_LIMIT = 256;
  private final AlignmentTree root;
  final int baseSize;
  private final int[] addedParent;
  private final Map<String, Integer> addedIndex;
  private final Map<Integer, int[]> addedChildren;
  private final Set<Integer> removed;
  private final int edits;

  private AlignmentTree(int size, Map<String, Integer> index, int[] parent, int[] start,
      int[] child, boolean[] onCycle, int[] order, int[] rank, @Nullable RollupProblem[] broken,
      List<RollupProblem> problems, List<String> roots, int[] treeNode, int[] treeDepth,
      ValueSums.@Nullable Plan sums) {
    this.size = size;
    this.index = index;
    this.parent = parent;
    this.start = start;
    this.child = child;
    this.onCycle = onCycle;
    this.order = order;
    this.rank = rank;
    this.broken = broken;
    this.problems = problems;
    this.roots = roots;
    this.treeNode = treeNode;
    this.treeDepth = treeDepth;
    this.sums = sums;
    this.root = this;
    this.baseSize = size;
    this.addedParent = new int[0];
    this.addedIndex = Map.of();
    this.addedChildren = Map.of();
    this.removed = Set.of();
    this.edits = 0;
  }

  /** {@code base}'s shape with these edits beside its arrays. */
  private AlignmentTree(AlignmentTree base, int[] addedParent, Map<String, Integer> addedIndex,
      Map<Integer, int[]> addedChildren, Set<Integer> removed, int edits) {
    AlignmentTree r = base.root;
    this.size = r.size + addedParent.length;
    this.index = r.index;
    this.parent = r.parent;
    this.start = r.start;
    this.child = r.child;
    this.onCycle = r.onCycle;
    this.order = r.order;
    this.rank = r.rank;
    this.broken = r.broken;
    this.problems = r.problems;
    this.roots = r.roots;
    this.treeNode = r.treeNode;
    this.treeDepth = r.treeDepth;
    this.sums = r.sums;
    this.root = r;
    this.baseSize = r.size;
    this.addedParent = addedParent;
    this.addedIndex = addedIndex;
    this.addedChildren = addedChildren;
    this.removed = removed;
    this.edits = edits;
  }

  /** True when objectives were added or removed since the shape was last built in full. */
  boolean isEdited() {
    return edits > 0;
  }

  /** True when another objective can be added or removed without rebuilding the shape. */
  boolean canEdit() {
    return edits < OVERLAY_LIMIT && problems.isEmpty() && sums == null;
  }

  /** The number of objectives in the tree (positions less the removed ones). */
  int live() {
    return size - removed.size();
  }

  /** True when the objective at {@code pos} was removed (its position is a tombstone). */
  boolean isRemoved(int pos) {
    return !removed.isEmpty() && removed.contains(pos);
  }

  /** The index of the objective at {@code pos} among the live ones, in document order. */
  int liveIndex(int pos) {
    int before = 0;
    for (int r : removed) {
      before += r < pos ? 1 : 0;
    }
    return pos - before;
  }

  /** The parent position of {@code pos}, or -1. */
  int parentOf(int pos) {
    return pos < baseSize ? parent[pos] : addedParent[pos - baseSize];
  }

  /**
   * The order key of {@code pos}: an objective's key is below every ancestor's. Added objectives
   * are leaves when added (no objective can name an id the clean tree does not have), and later
   * ones may align to earlier ones, so they rank below the base, the later the lower.
   */
  int rankOf(int pos) {
    return pos < baseSize ? rank[pos] : -1 - (pos - baseSize);
  }

  /** The structural problem of {@code pos}, or null. */
  @Nullable RollupProblem brokenAt(int pos) {
    return pos < baseSize ? broken[pos] : null;
  }

  /** The position of the objective with this id, or null. */
  @Nullable Integer positionOf(String id) {
    Integer added = addedIndex.get(id);
    if (added != null) {
      return added;
    }
    Integer at = index.get(id);
    return at == null || isRemoved(at) ? null : at;
  }

  /** The listed children of {@code pos}, in document order: the base's, then those added. */
  int[] childrenOf(int pos) {
    int[] more = addedChildren.getOrDefault(pos, NONE);
    int from = pos < baseSize ? start[pos] : 0;
    int to = pos < baseSize ? start[pos + 1] : 0;
    int[] out = new int[to - from + more.length];
    int n = 0;
    for (int k = from; k < to; k++) {
      int c = child[k];
      if (lists(pos, c) && !isRemoved(c)) {
        out[n++] = c;
      }
    }
    for (int c : more) {
      if (!isRemoved(c)) {
        out[n++] = c;
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private static final int[] NONE = {};

  /**
   * This shape with {@code added} appended (its position {@link #size}) under {@code parentPos}
   * (-1 for a root): O(edits), the base shared.
   */
  AlignmentTree plus(String id, int parentPos) {
    int[] parents = Arrays.copyOf(addedParent, addedParent.length + 1);
    parents[addedParent.length] = parentPos;
    int pos = size;
    Map<String, Integer> ids = new HashMap<>(addedIndex);
    ids.put(id, pos);
    Map<Integer, int[]> children = addedChildren;
    if (parentPos >= 0) {
      children = new HashMap<>(addedChildren);
      int[] had = children.getOrDefault(parentPos, NONE);
      int[] now = Arrays.copyOf(had, had.length + 1);
      now[had.length] = pos;
      children.put(parentPos, now);
    }
    return new AlignmentTree(this, parents, ids, children, removed, edits + 1);
  }

  /** This shape without the objective at {@code pos} (a leaf), its position a tombstone. */
  AlignmentTree minus(int pos, String id) {
    Set<Integer> gone = new HashSet<>(removed);
    gone.add(pos);
    Map<String, Integer> ids = addedIndex;
    if (addedIndex.containsKey(id)) {
      ids = new HashMap<>(addedIndex);
      ids.remove(id);
    }
    return new AlignmentTree(this, addedParent, ids, addedChildren, gone, edits + 1);
  }

  /**
   * The tree of these objectives.
   *
   * @throws AlignmentException in strict mode, on the first structural problem (duplicate ids,
   *     then dangling parents and parent key results, then value sums, then cycles)
   */
  static AlignmentTree of(List<Objective> objectives, boolean tolerant) {
    int n = objectives.size();
    List<RollupProblem> problems = new ArrayList<>();
    RollupProblem[] broken = new RollupProblem[n];
    Map<String, Integer> index = new HashMap<>(Math.max(16, n * 2));
    Map<String, RollupProblem> duplicates = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String id = objectives.get(i).id();
      Integer first = index.putIfAbsent(id, i);
      if (first != null) {
        RollupProblem p = duplicates.get(id);
        if (p == null) {
          p = RollupProblem.duplicateId(id);
          if (!tolerant) {
            throw new AlignmentException(p);
          }
          duplicates.put(id, p);
          problems.add(p);
          broken[first] = p;
        }
        broken[i] = p;
      }
    }
    int[] parent = new int[n];
    int[] pending = new int[n];
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      parent[i] = -1;
      if (o.parent().isPresent()) {
        String parentId = o.parent().orElseThrow();
        Integer p = index.get(parentId);
        if (p == null) {
          RollupProblem problem = RollupProblem.missingParent(o.id(), parentId);
          if (!tolerant) {
            throw new AlignmentException(problem);
          }
          problems.add(problem);
          if (broken[i] == null) {
            broken[i] = problem;
          }
        } else {
          parent[i] = p;
          pending[p]++;
        }
      }
    }
    // A key result parent link must name a key result of the parent objective.
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      if (parent[i] >= 0 && o.parentKeyResult().isPresent()) {
        String kr = o.parentKeyResult().orElseThrow();
        boolean found = false;
        for (KeyResult k : objectives.get(parent[i]).keyResults()) {
          found |= k.id().equals(kr);
        }
        if (!found) {
          RollupProblem problem =
              RollupProblem.missingParentKeyResult(o.id(), objectives.get(parent[i]).id(), kr);
          if (!tolerant) {
            throw new AlignmentException(problem);
          }
          problems.add(problem);
          if (broken[i] == null) {
            broken[i] = problem;
          }
        }
      }
    }
    ValueSums.Plan sums = ValueSums.plan(objectives, tolerant, problems);
    if (sums != null) {
      for (int i = 0; i < n; i++) {
        if (broken[i] == null) {
          broken[i] = sums.objectiveProblem[i];
        }
      }
    }
    // A duplicated id's children hang under its first objective, as OkrSet lookups resolve it.
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + pending[i];
    }
    int[] child = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int i = 0; i < n; i++) {
      if (parent[i] >= 0) {
        child[fill[parent[i]]++] = i;
      }
    }
    // Kahn's algorithm: a node is ready once all its children are rolled up.
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    while (head < tail) {
      int p = parent[order[head++]];
      if (p >= 0 && --pending[p] == 0) {
        order[tail++] = p;
      }
    }
    boolean[] onCycle = new boolean[n];
    if (tail < n) {
      // The objectives left are exactly those on cycles: every other node's children finish
      // first, and a cycle member's parent is on its cycle, so none has an ancestor outside it.
      boolean[] ordered = new boolean[n];
      for (int k = 0; k < tail; k++) {
        ordered[order[k]] = true;
      }
      for (int i = 0; i < n; i++) {
        if (!ordered[i] && !onCycle[i]) {
          List<String> ids = cycleFrom(i, objectives, parent);
          RollupProblem problem = RollupProblem.cycle(ids);
          if (!tolerant) {
            throw new AlignmentException(problem);
          }
          problems.add(problem);
          int k = i;
          do {
            onCycle[k] = true;
            if (broken[k] == null) {
              broken[k] = problem;
            }
            k = parent[k];
          } while (k != i);
        }
      }
      // Cycle members roll up after everything else, in document order.
      for (int i = 0; i < n; i++) {
        if (onCycle[i]) {
          order[tail++] = i;
        }
      }
    }
    int[] rank = new int[n];
    for (int k = 0; k < n; k++) {
      rank[order[k]] = k;
    }
    List<String> roots = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (parent[i] < 0) {
        roots.add(objectives.get(i).id());
      }
    }
    int[] treeNode = new int[n];
    int[] treeDepth = new int[n];
    treeOrder(parent, start, child, treeNode, treeDepth);
    return new AlignmentTree(n, Collections.unmodifiableMap(index), parent, start, child, onCycle,
        order, rank, broken, List.copyOf(problems), Collections.unmodifiableList(roots), treeNode,
        treeDepth, sums);
  }

  /**
   * True when the roll-up of {@code p} lists its child {@code c}: always, except that an
   * objective on a cycle lists only the cycle members before it in document order (they are
   * rolled up before it; the later ones are not yet), beside its children off the cycle.
   */
  boolean lists(int p, int c) {
    return p >= baseSize || c >= baseSize || !onCycle[p] || !onCycle[c] || c < p;
  }

  /** The position of the first objective holding a key result with this id, or -1. */
  int keyResultPosition(String id, List<Objective> objectivesIfBuilding) {
    if (root != this) {
      // the base's index holds the base positions (an edit that keeps the shape keeps the key
      // result ids); an added objective comes after them in document order
      int at = root.keyResultPosition(id, objectivesIfBuilding);
      if (at >= 0 && !isRemoved(at)) {
        return at;
      }
      for (int i = at >= 0 ? 0 : baseSize; i < size; i++) {
        if (!isRemoved(i)) {
          for (KeyResult kr : objectivesIfBuilding.get(i).keyResults()) {
            if (kr.id().equals(id)) {
              return i;
            }
          }
        }
      }
      return -1;
    }
    Map<String, Integer> m = keyResultIndex;
    if (m == null) {
      m = new HashMap<>();
      // this tree's own positions only: an edited tree's view also holds objectives added later
      for (int i = 0; i < Math.min(size, objectivesIfBuilding.size()); i++) {
        for (KeyResult kr : objectivesIfBuilding.get(i).keyResults()) {
          m.putIfAbsent(kr.id(), i);
        }
      }
      keyResultIndex = m;
    }
    Integer p = m.get(id);
    return p == null ? -1 : p;
  }

  /** The ids on the cycle through {@code first}, following parents. */
  private static List<String> cycleFrom(int first, List<Objective> objectives, int[] parent) {
    List<String> cycle = new ArrayList<>();
    int i = first;
    do {
      cycle.add(objectives.get(i).id());
      i = parent[i];
    } while (i != first);
    return cycle;
  }

  /**
   * Depth-first tree order, iteratively: each root (in document order) followed by everything
   * aligned beneath it, siblings in document order; objectives on a cycle, unreachable from any
   * root, follow as extra roots.
   */
  private static void treeOrder(
      int[] parent, int[] start, int[] child, int[] outNode, int[] outDepth) {
    int n = parent.length;
    int out = 0;
    boolean[] seen = new boolean[n];
    // Each objective is pushed at most twice: by its parent and as an extra root.
    int[] stackNode = new int[2 * n + 1];
    int[] stackDepth = new int[2 * n + 1];
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < n; r++) {
        boolean isRoot = pass == 0 ? parent[r] < 0 : !seen[r];
        if (!isRoot || seen[r]) {
          continue;
        }
        int top = 0;
        stackNode[top] = r;
        stackDepth[top++] = 0;
        while (top > 0) {
          top--;
          int i = stackNode[top];
          int depth = stackDepth[top];
          if (seen[i]) {
            continue;
          }
          seen[i] = true;
          outNode[out] = i;
          outDepth[out++] = depth;
          for (int k = start[i + 1] - 1; k >= start[i]; k--) {
            if (!seen[child[k]]) {
              stackNode[top] = child[k];
              stackDepth[top++] = depth + 1;
            }
          }
        }
      }
    }
  }
}
