package org.okrkit.examples.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

class AlignmentOrderTest {
  private static Objective o(String id, @Nullable String parent) {
    Objective x = Objective.of(id, "Objective " + id, "2026-Q4");
    return parent == null ? x : x.withParent(parent);
  }

  private static String render(List<AlignmentOrder.Entry> entries) {
    StringBuilder b = new StringBuilder();
    for (AlignmentOrder.Entry e : entries) {
      b.append(e.depth()).append(e.objective().id()).append(' ');
    }
    return b.toString().trim();
  }

  @Test
  void childrenFollowTheirParentDepthFirstInDocumentOrder() {
    OkrSet set =
        OkrSet.of(
            List.of(Cycle.quarter(2026, 4)),
            List.of(o("t1", "d1"), o("co", null), o("d2", "co"), o("d1", "co"), o("t2", "d1"), o("i1", "t1")));
    assertEquals("0co 1d2 1d1 2t1 3i1 2t2", render(AlignmentOrder.of(set)));
  }

  @Test
  void danglingParentsAreRootsAndCyclesAreListedOnce() {
    OkrSet set =
        OkrSet.of(
            List.of(),
            List.of(o("a", "b"), o("b", "a"), o("x", "missing"), o("self", "self"), o("y", "x")));
    assertEquals("0x 1y 0self 0a 1b", render(AlignmentOrder.of(set)));
  }

  @Test
  void aChainTwoHundredThousandDeepNeedsNoRecursion() {
    List<Objective> chain = new ArrayList<>();
    chain.add(o("o0", null));
    for (int i = 1; i < 200_000; i++) {
      chain.add(o("o" + i, "o" + (i - 1)));
    }
    List<AlignmentOrder.Entry> order = AlignmentOrder.of(OkrSet.of(List.of(), chain));
    assertEquals(200_000, order.size());
    assertEquals(199_999, order.get(199_999).depth());
  }
}
