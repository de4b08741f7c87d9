package org.okrkit.lifecycle;

import java.util.List;
import java.util.Objects;
import org.okrkit.model.Cycle;
import org.okrkit.model.OkrSet;
import org.okrkit.validation.Finding;

/**
 * A cycle closed by {@link CycleClosing#close}: the set with the close-outs written, the computed
 * (and adjusted) grades of everything in the cycle, what still needs an outcome or a decision, and
 * the findings about the close-outs.
 *
 * @param set the whole set, with every objective of the cycle closed
 * @param cycle the cycle closed
 * @param grades the grades of every objective of the cycle, each followed by its key results
 * @param needs the objectives that still need an outcome, a decision or an adjustment reason
 * @param findings what the validator says about the close-outs of the cycle's objectives
 */
public record ClosingResult(
    OkrSet set, Cycle cycle, List<ClosedGrade> grades, List<CloseNeed> needs,
    List<Finding> findings) {

  /**
   * A result; the lists are copied.
   *
   * @param set the whole set, with every objective of the cycle closed
   * @param cycle the cycle closed
   * @param grades the grades of every objective of the cycle, each followed by its key results
   * @param needs the objectives that still need an outcome, a decision or an adjustment reason
   * @param findings what the validator says about the close-outs of the cycle's objectives
   */
  public ClosingResult {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(cycle, "cycle");
    grades = List.copyOf(grades);
    needs = List.copyOf(needs);
    findings = List.copyOf(findings);
  }

  /**
   * True when every objective of the cycle has an outcome and a decision, and no reason lacks.
   *
   * @return {@code true} when every objective of the cycle has an outcome and a decision, and no
   *     reason lacks
   */
  public boolean isComplete() {
    return needs.isEmpty();
  }
}
