package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * The close-out of an objective or key result at the end of its cycle: the date it was closed,
 * its {@link Outcome}, the {@link Decision} for the next cycle, the retrospective (what worked,
 * what did not, and why), the grade computed at the close, and the owner's adjusted grade with
 * its reason (Google's self-assessment) beside it.
 *
 * <p>Every part is optional so that a close-out can be written step by step; a close-out without
 * a {@link #date()} is not closed (a reopened objective keeps its retrospective this way). Whether
 * the parts fit together (an adjusted grade needs a reason) is the validator's call; construction
 * only guarantees that grades lie within 0.0–1.0. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CloseOut {
  CloseOut() {}

  /**
   * The day the objective or key result was closed; empty when it is open (or reopened).
   *
   * @return the day the objective or key result was closed
   */
  public abstract Optional<LocalDate> date();

  /** {@return how it ended, in its owner's judgement} */
  public abstract Optional<Outcome> outcome();

  /** {@return what happens to it in the next cycle} */
  public abstract Optional<Decision> decision();

  /** {@return the retrospective: what worked, what did not, and why} */
  public abstract Optional<String> retrospective();

  /**
   * {@return the grade computed from the key results as of the close date, as recorded at the
   * close}
   */
  public abstract Optional<BigDecimal> computedScore();

  /**
   * The owner's adjusted grade (0.0–1.0), kept beside the computed one.
   *
   * @return the owner's adjusted grade (0.0–1.0), kept beside the computed one
   */
  public abstract Optional<BigDecimal> adjustedScore();

  /** {@return why the adjusted grade differs from the computed one, or empty when there is none} */
  public abstract Optional<String> adjustmentReason();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * True when the close-out has a date: the objective or key result is closed.
   *
   * @return {@code true} when the close-out has a date: the objective or key result is closed
   */
  public boolean isClosed() {
    return date().isPresent();
  }

  /** {@return the grade that counts: the adjusted one when given, else the computed one} */
  public Optional<BigDecimal> finalScore() {
    return adjustedScore().isPresent() ? adjustedScore() : computedScore();
  }

  /**
   * Returns a copy closed on this date.
   *
   * @param date the date
   * @return a copy closed on this date
   */
  public abstract CloseOut withDate(LocalDate date);

  /**
   * Returns a copy closed on this date, or open when empty.
   *
   * @param date the date
   * @return a copy closed on this date, or open when empty
   */
  public abstract CloseOut withDate(Optional<? extends LocalDate> date);

  /**
   * Returns a copy with this outcome.
   *
   * @param outcome the outcome
   * @return a copy with this outcome
   */
  public abstract CloseOut withOutcome(Outcome outcome);

  /**
   * Returns a copy with this decision.
   *
   * @param decision the decision
   * @return a copy with this decision
   */
  public abstract CloseOut withDecision(Decision decision);

  /**
   * Returns a copy with this retrospective.
   *
   * @param retrospective the retrospective
   * @return a copy with this retrospective
   */
  public abstract CloseOut withRetrospective(String retrospective);

  /**
   * Returns a copy recording this computed grade.
   *
   * @param score the score
   * @return a copy recording this computed grade
   * @throws IllegalArgumentException if {@code score} is outside 0.0–1.0
   */
  public abstract CloseOut withComputedScore(BigDecimal score);

  /**
   * Returns a copy with this adjusted grade.
   *
   * @param score the score
   * @return a copy with this adjusted grade
   * @throws IllegalArgumentException if {@code score} is outside 0.0–1.0
   */
  public abstract CloseOut withAdjustedScore(BigDecimal score);

  /**
   * Returns a copy with this reason for the adjusted grade.
   *
   * @param reason the reason
   * @return a copy with this reason for the adjusted grade
   */
  public abstract CloseOut withAdjustmentReason(String reason);

  /**
   * A close-out on {@code date} with nothing else decided yet.
   *
   * @param date the date
   * @return a close-out on {@code date} with nothing else decided yet
   */
  public static CloseOut on(LocalDate date) {
    return builder().date(date).build();
  }

  /** {@return a builder for close-outs} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String id = date().map(LocalDate::toString).orElse("open");
    computedScore().ifPresent(s -> Checks.unitInterval("close-out", id, "computedScore", s));
    adjustedScore().ifPresent(s -> Checks.unitInterval("close-out", id, "adjustedScore", s));
    Checks.extensions("close-out", id, extensions());
  }

  /** Builds a {@link CloseOut}; every field is optional. */
  public static final class Builder extends ImmutableCloseOut.Builder {
    Builder() {}
  }
}
