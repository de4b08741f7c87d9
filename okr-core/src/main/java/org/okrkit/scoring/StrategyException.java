package org.okrkit.scoring;

/**
 * A user-supplied strategy (a {@link ScoringCurve}, {@link GradeScale}, {@link ExpectedProgress}
 * or {@link KeyResultScoring}) broke its contract: it returned null, a value outside its range,
 * or a value that goes the wrong way. Thrown when the strategy is configured (the policy probes
 * it) and, for pacing and grading, when a later call breaks the contract; the message names the
 * strategy, the input and what was expected.
 */
public final class StrategyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with this message.
   *
   * @param message the message, one line for a person to read
   */
  public StrategyException(String message) {
    super(message);
  }
}
