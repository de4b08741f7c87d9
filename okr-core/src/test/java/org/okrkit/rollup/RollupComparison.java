package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares two roll-ups number by number, derivation by derivation, in every public view. */
final class RollupComparison {
  private RollupComparison() {}

  static void assertSameRollup(RollupResult expected, RollupResult actual, String context) {
    assertEquals(expected.size(), actual.size(), context);
    assertEquals(expected.asOf(), actual.asOf(), context);
    assertEquals(expected.policy(), actual.policy(), context);
    assertEquals(expected.roots(), actual.roots(), context);
    assertEquals(expected.problems(), actual.problems(), context);
    for (int i = 0; i < expected.size(); i++) {
      ObjectiveRollup e = expected.nodes().get(i);
      ObjectiveRollup a = actual.nodes().get(i);
      String where = context + ", objective " + i + " '" + e.objectiveId() + "'";
      assertSameNode(e, a, where);
      assertEquals(e.childIds(), a.childIds(), where);
      for (int c = 0; c < e.children().size(); c++) {
        assertSameNode(e.children().get(c), a.children().get(c), where + ", child " + c);
      }
      assertEquals(
          expected.node(e.objectiveId()).orElseThrow().objective(),
          actual.node(e.objectiveId()).orElseThrow().objective(),
          where);
    }
    for (int i = 0; i < expected.size(); i++) {
      RollupResult.Entry e = expected.treeOrder().get(i);
      RollupResult.Entry a = actual.treeOrder().get(i);
      assertEquals(e.depth(), a.depth(), context + ", tree entry " + i);
      assertEquals(e.node().objective(), a.node().objective(), context + ", tree entry " + i);
    }
  }

  static void assertSameNode(ObjectiveRollup e, ObjectiveRollup a, String where) {
    assertEquals(e.objective(), a.objective(), where);
    // each key result's score read by position first (before the own score is made), then
    // against the own score's key-result scores: the same decimal, number and scale
    int n = e.objective().keyResults().size();
    assertEquals(n, e.keyResultCount(), where);
    assertEquals(n, a.keyResultCount(), where);
    for (int k = 0; k < n; k++) {
      assertEquals(e.keyResultScore(k), a.keyResultScore(k), where + ", key result " + k);
    }
    assertEquals(e.ownScore(), a.ownScore(), where);
    for (int k = 0; k < n; k++) {
      assertEquals(
          a.ownScore().keyResultScores().get(k).score(), a.keyResultScore(k),
          where + ", key result " + k + " by position and in the own score");
    }
    assertEquals(e.derivation(), a.derivation(), where);
    assertEquals(e.rollup(), a.rollup(), where);
    assertEquals(e.grade(), a.grade(), where);
    assertEquals(e.paceStatus(), a.paceStatus(), where);
    assertEquals(e.expectedProgress(), a.expectedProgress(), where);
    assertEquals(e.problem(), a.problem(), where);
    assertEquals(e.valueSpan(), a.valueSpan(), where);
    assertEquals(e.isMiss(), a.isMiss(), where);
    assertEquals(e.explanation(), a.explanation(), where);
  }
}
