package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far a key result moved over the reviewed period: its score at the start of its cycle and at
 * the review date.
 *
 * @param keyResultId the id of the key result
 * @param objectiveId the id of its objective
 * @param from the score as of the cycle's first day
 * @param to the score as of the review date (or the close)
 */
public record Movement(String keyResultId, String objectiveId, BigDecimal from, BigDecimal to) {

  /**
   * A movement; every component must be present.
   *
   * @param keyResultId the id of the key result
   * @param objectiveId the id of its objective
   * @param from the score as of the cycle's first day
   * @param to the score as of the review date (or the close)
   */
  public Movement {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(objectiveId, "objectiveId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** {@return the score gained (negative when it fell)} */
  public BigDecimal moved() {
    return to.subtract(from);
  }
}
