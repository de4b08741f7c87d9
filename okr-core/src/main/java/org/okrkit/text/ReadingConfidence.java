package org.okrkit.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How sure the {@link KeyResultParser} is of a reading (not the owner's confidence in a
 * check-in). {@link #HIGH} is given only when every number was explicitly anchored in the
 * sentence ("from", "to", "at least"…); anything inferred (a direction taken from the metric's
 * name, a lone number taken as the target) is at most {@link #MEDIUM}; contradictions and
 * guesses are {@link #LOW}.
 */
public enum ReadingConfidence {
  /** Stated outright; safe to use without review. */
  HIGH(new BigDecimal("0.9")),
  /** Partly inferred; the notes say what to check. */
  MEDIUM(new BigDecimal("0.6")),
  /** Ambiguous or contradictory; a person should read the sentence. */
  LOW(new BigDecimal("0.3"));

  private final BigDecimal score;

  ReadingConfidence(BigDecimal score) {
    this.score = score;
  }

  /**
   * The confidence as a number within 0.0–1.0 (0.9, 0.6, 0.3), for tools that want one.
   *
   * @return the confidence as a number within 0.0–1.0
   */
  public BigDecimal score() {
    return score;
  }

  /** {@return the lower-case name used in JSON and on the command line} */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  ReadingConfidence atMost(ReadingConfidence other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
