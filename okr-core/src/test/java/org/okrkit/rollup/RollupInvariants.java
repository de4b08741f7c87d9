package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Derivation;

/** The roll-up invariants several property classes check, written once. */
final class RollupInvariants {
  private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("1e-12");

  private RollupInvariants() {}

  /**
   * Every defined roll-up is the sum of its contributions' shares: each share is one DECIMAL64
   * quotient, so their sum agrees with the result to 1e-12.
   */
  static void assertSharesAddUpToEachRollup(RollupResult result, Object under) {
    for (ObjectiveRollup n : result.nodes()) {
      if (n.rollup().isEmpty()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (Derivation.Contribution c : Rollup.contributions(n.derivation())) {
        sum = sum.add(c.share());
      }
      assertTrue(
          sum.subtract(n.rollup().orElseThrow()).abs().compareTo(SHARE_TOLERANCE) <= 0,
          n.objectiveId() + ": shares " + sum + " vs " + n.rollup().orElseThrow() + " under " + under);
    }
  }

  /** {@code set} with its objectives in reverse order, and each one's key results too if asked. */
  static OkrSet reversed(OkrSet set, boolean keyResultsToo) {
    List<Objective> shuffled = new ArrayList<>();
    for (Objective o : set.objectives()) {
      List<KeyResult> krs = new ArrayList<>(o.keyResults());
      if (keyResultsToo) {
        Collections.reverse(krs);
      }
      shuffled.add(o.withKeyResults(krs));
    }
    Collections.reverse(shuffled);
    return set.withObjectives(shuffled);
  }

  /** Every objective of {@code original} rolls up to the same number in {@code other}. */
  static void assertSameRollups(RollupResult original, RollupResult other) {
    for (ObjectiveRollup node : original.nodes()) {
      ObjectiveRollup same = other.node(node.objectiveId()).orElseThrow();
      assertEquals(
          node.rollup().map(BigDecimal::stripTrailingZeros),
          same.rollup().map(BigDecimal::stripTrailingZeros),
          node.objectiveId());
    }
  }
}
