package org.okrkit.examples.view;

import java.math.BigDecimal;
import org.okrkit.scoring.GradeScale;
import org.okrkit.scoring.ScoreRounding;

/**
 * The legend of a grade scale in words, without gaps between the grades (every score has
 * exactly one): {@code GREEN from 0.70, YELLOW from 0.40 to below 0.70, RED below 0.40}.
 */
public final class GradeLegend {
  private GradeLegend() {}

  /** The legend of {@code grades}; a scale without edges is "graded by a custom scale". */
  public static String of(GradeScale grades) {
    if (grades.greenFrom().isEmpty() || grades.yellowFrom().isEmpty()) {
      return "graded by a custom scale";
    }
    String green = edge(grades.greenFrom().get());
    String yellow = edge(grades.yellowFrom().get());
    return "GREEN from " + green + ", YELLOW from " + yellow + " to below " + green
        + ", RED below " + yellow;
  }

  private static String edge(BigDecimal edge) {
    return edge.setScale(Math.max(1, edge.scale()), ScoreRounding.MODE).toPlainString();
  }
}
