package org.okrkit.lifecycle;

import java.util.Objects;
import java.util.Set;

/**
 * What a closed objective still needs from its owner before the cycle is really done: an outcome,
 * a decision for the next cycle, or a reason for its adjusted grade.
 *
 * @param objectiveId the id of the objective
 * @param missing what is still missing, never empty
 */
public record CloseNeed(String objectiveId, Set<Missing> missing) {

  /**
   * A need; the set of missing parts is copied.
   *
   * @param objectiveId the id of the objective
   * @param missing what is still missing, never empty
   */
  public CloseNeed {
    Objects.requireNonNull(objectiveId, "objectiveId");
    missing = Set.copyOf(missing);
    if (missing.isEmpty()) {
      throw new IllegalArgumentException(
          "close need '" + objectiveId + "': missing must not be empty, was []");
    }
  }

  /** One part of a close-out its owner still has to write. */
  public enum Missing {
    /** How it ended: achieved, partially achieved or missed. */
    OUTCOME,
    /** What happens next cycle: keep, modify, abandon or defer. */
    DECISION,
    /** Why the adjusted grade differs from the computed one. */
    ADJUSTMENT_REASON
  }
}
