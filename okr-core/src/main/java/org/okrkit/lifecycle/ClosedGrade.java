package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.scoring.Grade;

/**
 * The grades of one objective or key result at the close of its cycle: the grade computed from
 * the key results as of the close date, and the owner's adjusted grade with its reason beside it.
 *
 * @param id the id of the objective or key result
 * @param objectiveId the id of the objective (itself for an objective)
 * @param isObjective true for an objective, false for a key result
 * @param computed the score computed as of the close date, if it can be scored
 * @param computedGrade the colour of the computed score, if scored
 * @param adjusted the owner's adjusted score, if any
 * @param adjustmentReason why the adjusted score differs, if given
 */
public record ClosedGrade(
    String id,
    String objectiveId,
    boolean isObjective,
    Optional<BigDecimal> computed,
    Optional<Grade> computedGrade,
    Optional<BigDecimal> adjusted,
    Optional<String> adjustmentReason) {

  /**
   * A closed grade; every component must be present.
   *
   * @param id the id of the objective or key result
   * @param objectiveId the id of the objective (itself for an objective)
   * @param isObjective true for an objective, false for a key result
   * @param computed the score computed as of the close date, if it can be scored
   * @param computedGrade the colour of the computed score, if scored
   * @param adjusted the owner's adjusted score, if any
   * @param adjustmentReason why the adjusted score differs, if given
   */
  public ClosedGrade {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(objectiveId, "objectiveId");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(computedGrade, "computedGrade");
    Objects.requireNonNull(adjusted, "adjusted");
    Objects.requireNonNull(adjustmentReason, "adjustmentReason");
  }

  /** {@return the adjusted minus the computed score, when both exist} */
  public Optional<BigDecimal> adjustment() {
    return adjusted.isPresent() && computed.isPresent()
        ? Optional.of(adjusted.get().subtract(computed.get()))
        : Optional.empty();
  }
}
