package org.okrkit.examples.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * The objectives of a set in alignment-tree order: each root (an objective aligned to nothing, or
 * to an objective the set does not hold) followed by everything aligned beneath it, depth first,
 * siblings in document order. This is the order people read an OKR tree in.
 *
 * <p>Iterative, so a 200,000-deep alignment chain is fine. Objectives caught in an alignment cycle
 * (which the validator reports) are still listed once each, as extra roots at the end.
 */
public final class AlignmentOrder {
  private AlignmentOrder() {}

  /** One objective and its depth in the tree (0 for a root). */
  public record Entry(Objective objective, int depth) {}

  /** Every objective of {@code set} exactly once, in tree order. */
  public static List<Entry> of(OkrSet set) {
    List<Objective> all = set.objectives();
    Set<String> ids = new HashSet<>();
    for (Objective o : all) {
      ids.add(o.id());
    }
    Map<String, List<Objective>> children = new HashMap<>();
    List<Objective> roots = new ArrayList<>();
    for (Objective o : all) {
      String parent = o.parent().orElse(null);
      if (parent == null || !ids.contains(parent) || parent.equals(o.id())) {
        roots.add(o);
      } else {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(o);
      }
    }
    List<Entry> out = new ArrayList<>(all.size());
    Set<Objective> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<String> expanded = new HashSet<>();
    walk(roots, children, out, seen, expanded);
    if (out.size() < all.size()) {
      // Only objectives in an alignment cycle are unreachable from a root.
      for (Objective o : all) {
        if (!seen.contains(o)) {
          walk(List.of(o), children, out, seen, expanded);
        }
      }
    }
    return out;
  }

  private static void walk(
      List<Objective> roots,
      Map<String, List<Objective>> children,
      List<Entry> out,
      Set<Objective> seen,
      Set<String> expanded) {
    Deque<Entry> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(new Entry(roots.get(i), 0));
    }
    while (!stack.isEmpty()) {
      Entry e = stack.pop();
      if (!seen.add(e.objective())) {
        continue;
      }
      out.add(e);
      // Duplicate ids share one child list; expand it once so nobody is listed twice.
      if (!expanded.add(e.objective().id())) {
        continue;
      }
      List<Objective> kids = children.getOrDefault(e.objective().id(), List.of());
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(new Entry(kids.get(i), e.depth() + 1));
      }
    }
  }
}
