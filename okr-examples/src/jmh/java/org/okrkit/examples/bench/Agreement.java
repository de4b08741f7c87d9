package org.okrkit.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.PacingPolicy;

/** Checks that the flat baseline computes the library's numbers, so the ratio compares like work. */
final class Agreement {
  private static final double TOLERANCE = 1e-9;

  private Agreement() {}

  /**
   * Throws unless every objective's roll-up agrees within {@value #TOLERANCE} and its pace status
   * is the same (or the lag sits within the tolerance of a margin, where double and decimal may
   * round to different sides).
   */
  static void check(RollupResult library, FlatRollup flat, LocalDate asOf) {
    flat.compute(asOf);
    List<ObjectiveRollup> nodes = library.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      ObjectiveRollup node = nodes.get(i);
      double expected = node.rollup().map(BigDecimal::doubleValue).orElse(Double.NaN);
      double actual = flat.rollup[i];
      boolean same =
          Double.isNaN(expected)
              ? Double.isNaN(actual)
              : Math.abs(expected - actual) <= TOLERANCE;
      if (!same) {
        throw new IllegalStateException(
            "baseline disagrees with the library on objective '"
                + node.objectiveId()
                + "': library "
                + expected
                + ", baseline "
                + actual);
      }
      int libraryPace = node.paceStatus().map(Agreement::paceCode).orElse(-1);
      if (libraryPace != flat.pace[i] && !nearMargin(node)) {
        throw new IllegalStateException(
            "baseline pace disagrees with the library on objective '"
                + node.objectiveId()
                + "': library "
                + node.paceStatus()
                + ", baseline code "
                + flat.pace[i]);
      }
    }
  }

  private static int paceCode(PaceStatus status) {
    return switch (status) {
      case NOT_STARTED -> 0;
      case ON_TRACK -> 1;
      case AT_RISK -> 2;
      case OFF_TRACK -> 3;
      case DONE -> 4;
    };
  }

  private static boolean nearMargin(ObjectiveRollup node) {
    if (node.rollup().isEmpty() || node.expectedProgress().isEmpty()) {
      return false;
    }
    double lag =
        node.expectedProgress().orElseThrow().subtract(node.rollup().orElseThrow()).doubleValue();
    PacingPolicy pacing = PacingPolicy.defaults();
    return Math.abs(lag - pacing.onTrackMargin().doubleValue()) < TOLERANCE
        || Math.abs(lag - pacing.atRiskMargin().doubleValue()) < TOLERANCE;
  }
}
