package org.okrkit.validation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * What every rule family needs to know about one set: where each id first occurs, each
 * objective's cycle and parent as positions, the alignment loops, which cycles are used, and the
 * JSON Pointer of every element.
 *
 * <p>The set's shape (the id maps, positions, loops and duplicates) depends on the set alone and
 * is built once per set in a few linear passes and kept with the immutable set ({@link
 * OkrSet#derived}, as the roll-up keeps its alignment tree): validating the same set again (every
 * command checks a set before it scores it, an editor lints after each edit of a copy) does not
 * re-index a million ids. What this index adds per validation is the location of the element
 * being checked.
 *
 * <p>Positions are list indexes in document order; a missing reference is -1. Pointers are made on
 * demand (only findings need them), so the index holds no string per element. Not thread-safe;
 * used by one validation.
 */
final class SetIndex {
  /** Names the set's shape among what engines derive from the set. */
  private enum Key {
    SHAPE,
    OWNERS
  }

  private final OkrSet set;
  private final List<Cycle> cycles;
  private final List<Objective> objectives;
  private final Shape shape;
  /*
   * The location of the element being checked, made once for all the families that ask (each
   * family used to build the same pointer string and id list for every key result: a fifth of
   * a lint's time on a clean set). One entry each: the pass visits elements in order.
   */
  private int pointerObjective = -1;
  private @Nullable String objectivePointer;
  private int idsObjective = -1;
  private @Nullable List<String> objectiveIds;
  private int locatedObjective = -1;
  private int locatedKeyResult = -1;
  private @Nullable String keyResultPointer;
  private @Nullable List<String> keyResultIds;

  SetIndex(OkrSet set) {
    this.set = set;
    this.cycles = set.cycles();
    this.objectives = set.objectives();
    this.shape = set.derived(Key.SHAPE, Shape::new);
  }

  /**
   * The part of the index that depends on the set alone: immutable once built, and kept with the
   * set.
   */
  private static final class Shape {
    private final Map<String, Integer> cycleIndex = new HashMap<>();
    private final Map<String, Integer> objectiveIndex = new HashMap<>();
    /** First occurrence of each key result id, as objective index (high) and key result index. */
    private final Map<String, Long> keyResultIndex;
    /** Index of each objective's cycle, or -1 when it names none. */
    private final int[] cycleOf;
    /** Index of each objective's parent, or -1 when it has none or names none. */
    private final int[] parentOf;
    /** The position of each objective's first key result among all the set's key results. */
    private final int[] firstKeyResultOf;
    /** By position among all key results: true when an earlier key result has the same id. */
    private final boolean[] repeatsKeyResultId;
    /** By position: true when an earlier objective has the same id. */
    private final boolean[] repeatsObjectiveId;
    /** By position: true when the objective's key results weigh 0 or less in total. */
    private final boolean[] zeroTotalWeight;
    /** By position: the number of the objective's key results that are milestones. */
    private final int[] milestones;
    /** For the first objective (in document order) on each alignment loop: the loop in order. */
    private final Map<Integer, int[]> loops = new HashMap<>();
    private final boolean[] cycleUsed;

    Shape(OkrSet set) {
      List<Cycle> cycles = set.cycles();
      List<Objective> objectives = set.objectives();
      this.cycleOf = new int[objectives.size()];
      this.parentOf = new int[objectives.size()];
      this.firstKeyResultOf = new int[objectives.size() + 1];
      this.repeatsObjectiveId = new boolean[objectives.size()];
      this.zeroTotalWeight = new boolean[objectives.size()];
      this.milestones = new int[objectives.size()];
      this.cycleUsed = new boolean[cycles.size()];
      long krs = set.keyResultCount();
      this.keyResultIndex = new HashMap<>((int) Math.min(1 << 30, krs + krs / 3 + 1));
      this.repeatsKeyResultId = new boolean[(int) Math.min(Integer.MAX_VALUE - 8, krs)];
      indexIds(cycles, objectives);
      findLoops(objectives.size());
    }

    private void indexIds(List<Cycle> cycles, List<Objective> objectives) {
      for (int i = 0; i < cycles.size(); i++) {
        cycleIndex.putIfAbsent(cycles.get(i).id(), i);
      }
      for (int i = 0; i < objectives.size(); i++) {
        repeatsObjectiveId[i] = objectiveIndex.putIfAbsent(objectives.get(i).id(), i) != null;
      }
      int at = 0;
      for (int i = 0; i < objectives.size(); i++) {
        Objective o = objectives.get(i);
        cycleOf[i] = cycleIndex.getOrDefault(o.cycle(), -1);
        if (cycleOf[i] >= 0) {
          cycleUsed[cycleOf[i]] = true;
        }
        parentOf[i] = o.parent().map(p -> objectiveIndex.getOrDefault(p, -1)).orElse(-1);
        firstKeyResultOf[i] = at;
        List<KeyResult> krs = o.keyResults();
        zeroTotalWeight[i] = totalWeight(krs).signum() <= 0;
        for (int j = 0; j < krs.size(); j++, at++) {
          milestones[i] += krs.get(j).kind() == KeyResultKind.MILESTONE ? 1 : 0;
          repeatsKeyResultId[at] =
              keyResultIndex.putIfAbsent(krs.get(j).id(), ((long) i << 32) | j) != null;
        }
      }
      firstKeyResultOf[objectives.size()] = at;
    }

    /**
     * Every parent chain is walked once, marking each objective with the walk that reached it; a
     * walk that meets its own mark has closed a loop. Linear and without recursion, whatever the
     * depth of the alignment tree.
     */
    private void findLoops(int n) {
      int[] walk = new int[n];
      Arrays.fill(walk, -1);
      int[] path = new int[Math.max(1, n)];
      for (int start = 0; start < n; start++) {
        if (walk[start] >= 0) {
          continue;
        }
        int len = 0;
        int j = start;
        while (j >= 0 && walk[j] < 0) {
          walk[j] = start;
          path[len++] = j;
          j = parentOf[j];
        }
        if (j >= 0 && walk[j] == start) {
          int from = 0;
          while (path[from] != j) {
            from++;
          }
          int first = j;
          for (int k = from; k < len; k++) {
            first = Math.min(first, path[k]);
          }
          int[] loop = new int[len - from];
          int at = first;
          for (int k = 0; k < loop.length; k++) {
            loop[k] = at;
            at = parentOf[at];
          }
          loops.put(first, loop);
        }
      }
    }
  }

  /**
   * The objectives of each owner in each cycle (the owner trimmed, a blank owner none): depends
   * on the set alone, so it is worked out once per set and kept with it.
   */
  OwnerGroups ownerGroups() {
    return set.derived(Key.OWNERS, OwnerGroups::new);
  }

  /** The objectives grouped by owner and cycle; immutable once built. */
  static final class OwnerGroups {
    /** Each objective's group, numbered in order of first appearance; -1 without an owner. */
    private final int[] groupOf;
    /** The number of objectives in each group. */
    private final int[] size;
    /** The size of the largest group; 0 when no objective has an owner. */
    final int largest;

    OwnerGroups(OkrSet set) {
      List<Objective> objectives = set.objectives();
      groupOf = new int[objectives.size()];
      Map<String, Integer> groups = new HashMap<>();
      int[] sizes = new int[16];
      int most = 0;
      for (int i = 0; i < objectives.size(); i++) {
        Objective o = objectives.get(i);
        String owner = o.owner().orElse(null);
        if (owner == null || owner.isBlank()) {
          groupOf[i] = -1;
          continue;
        }
        Integer g = groups.putIfAbsent(owner.trim() + "\u0000" + o.cycle(), groups.size());
        int group = g == null ? groups.size() - 1 : g;
        if (group == sizes.length) {
          sizes = Arrays.copyOf(sizes, sizes.length * 2);
        }
        groupOf[i] = group;
        most = Math.max(most, ++sizes[group]);
      }
      size = Arrays.copyOf(sizes, groups.size());
      largest = most;
    }

    /** The group of objective {@code i}, or -1 when it has no owner. */
    int groupOf(int i) {
      return groupOf[i];
    }

    /** The number of objectives in group {@code g}. */
    int size(int g) {
      return size[g];
    }

    /** The number of groups. */
    int groups() {
      return size.length;
    }
  }

  /** The set being checked. */
  OkrSet set() {
    return set;
  }

  List<Cycle> cycles() {
    return cycles;
  }

  List<Objective> objectives() {
    return objectives;
  }

  Cycle cycle(int c) {
    return cycles.get(c);
  }

  Objective objective(int i) {
    return objectives.get(i);
  }

  KeyResult keyResult(int i, int j) {
    return objectives.get(i).keyResults().get(j);
  }

  /** The position of the first cycle with this id, or {@code fallback}. */
  int firstCycle(String id, int fallback) {
    return shape.cycleIndex.getOrDefault(id, fallback);
  }

  /** The position of the first objective with this id, or {@code fallback}. */
  int firstObjective(String id, int fallback) {
    return shape.objectiveIndex.getOrDefault(id, fallback);
  }

  /**
   * The first position of a key result with this id as {@code objective << 32 | keyResult}, or
   * -1.
   */
  long firstKeyResult(String id) {
    Long at = shape.keyResultIndex.get(id);
    return at == null ? -1 : at;
  }

  /** The position of objective {@code i}'s cycle, or -1 when it names none of the set. */
  int cycleOf(int i) {
    return shape.cycleOf[i];
  }

  /** Objective {@code i}'s cycle, or null when it names none of the set. */
  @Nullable Cycle cycleOfObjective(int i) {
    int c = shape.cycleOf[i];
    return c >= 0 ? cycles.get(c) : null;
  }

  /** The position of objective {@code i}'s parent, or -1 when it has none or names none. */
  int parentOf(int i) {
    return shape.parentOf[i];
  }

  /** The alignment loop reported at objective {@code i} (its first member), or null. */
  int @Nullable [] loopAt(int i) {
    // no boxed look-up per objective in the usual set without loops
    return shape.loops.isEmpty() ? null : shape.loops.get(i);
  }

  /**
   * True when the id of objective {@code i} is already used by an objective before it: {@link
   * #firstObjective} of its id is then elsewhere.
   */
  boolean repeatsObjectiveId(int i) {
    return shape.repeatsObjectiveId[i];
  }

  /** The number of objective {@code i}'s key results that are milestones. */
  int milestones(int i) {
    return shape.milestones[i];
  }

  /** True when the key results of objective {@code i} weigh 0 or less in total. */
  boolean hasZeroTotalWeight(int i) {
    return shape.zeroTotalWeight[i];
  }

  /** The sum of the key results' weights. */
  static BigDecimal totalWeight(List<KeyResult> krs) {
    BigDecimal total = BigDecimal.ZERO;
    for (KeyResult kr : krs) {
      total = total.add(kr.weight());
    }
    return total;
  }

  /** The position of key result {@code j} of objective {@code i} among all the set's key results. */
  int keyResultPosition(int i, int j) {
    return shape.firstKeyResultOf[i] + j;
  }

  /** The number of key results of the set. */
  int keyResultCount() {
    return shape.firstKeyResultOf[objectives.size()];
  }

  /** True when some objective belongs to cycle {@code c}. */
  boolean isUsed(int c) {
    return shape.cycleUsed[c];
  }

  /**
   * True when the id of key result {@code j} of objective {@code i} is already used by a key
   * result before it in document order: {@link #firstKeyResult} of its id is then elsewhere.
   */
  boolean repeatsKeyResultId(int i, int j) {
    return shape.repeatsKeyResultId[shape.firstKeyResultOf[i] + j];
  }

  static String cyclePointer(int c) {
    return "/cycles/" + c;
  }

  static String objectivePointer(int i) {
    return "/objectives/" + i;
  }

  static String keyResultPointer(int i, int j) {
    return "/objectives/" + i + "/keyResults/" + j;
  }

  static String checkInPointer(int i, int j, int k) {
    return keyResultPointer(i, j) + "/checkIns/" + k;
  }

  /** The ids of a key result's location: the key result, then its objective. */
  List<String> keyResultIds(int i, int j) {
    locate(i, j);
    List<String> ids = keyResultIds;
    if (ids == null) {
      ids = List.of(keyResult(i, j).id(), objective(i).id());
      keyResultIds = ids;
    }
    return ids;
  }

  /** {@link #keyResultPointer(int, int)}, made once for the key result being checked. */
  String keyResultAt(int i, int j) {
    locate(i, j);
    String at = keyResultPointer;
    if (at == null) {
      at = keyResultPointer(i, j);
      keyResultPointer = at;
    }
    return at;
  }

  /** The ids of an objective's location: its own; made once for the objective being checked. */
  List<String> objectiveIds(int i) {
    List<String> ids = objectiveIds;
    if (idsObjective != i || ids == null) {
      ids = List.of(objective(i).id());
      idsObjective = i;
      objectiveIds = ids;
    }
    return ids;
  }

  /** {@link #objectivePointer(int)}, made once for the objective being checked. */
  String objectiveAt(int i) {
    if (pointerObjective != i || objectivePointer == null) {
      pointerObjective = i;
      objectivePointer = objectivePointer(i);
    }
    return objectivePointer;
  }

  private void locate(int i, int j) {
    if (i != locatedObjective || j != locatedKeyResult) {
      locatedObjective = i;
      locatedKeyResult = j;
      keyResultPointer = null;
      keyResultIds = null;
    }
  }
}
