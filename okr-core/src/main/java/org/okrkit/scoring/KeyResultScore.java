package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;

/**
 * The score of one key result as of a date, with the numbers it came from and an {@linkplain
 * #explanation() explanation}.
 *
 * <p>The score is <em>undefined</em> (empty) when the key result cannot be scored: a metric
 * without a baseline or target, or whose baseline equals its target; a threshold without a bound.
 * {@link #undefinedReason()} then says why. It is never NaN and never a silent 0.5.
 *
 * <p>Scores carry the smallest non-negative scale that represents them exactly (0.5, 1, 0), so
 * equal scores are {@code equals}. Immutable and thread-safe.
 */
public final class KeyResultScore {
  private final KeyResult keyResult;
  private final ScoringPolicy policy;
  private final LocalDate asOf;
  private final @Nullable BigDecimal score;
  private final @Nullable BigDecimal raw;
  private final @Nullable BigDecimal current;
  private final @Nullable CheckIn checkIn;
  private final boolean clamped;
  private final @Nullable String undefinedReason;

  KeyResultScore(
      KeyResult keyResult,
      ScoringPolicy policy,
      LocalDate asOf,
      @Nullable BigDecimal score,
      @Nullable BigDecimal raw,
      @Nullable BigDecimal current,
      @Nullable CheckIn checkIn,
      boolean clamped,
      @Nullable String undefinedReason) {
    this.keyResult = keyResult;
    this.policy = policy;
    this.asOf = asOf;
    this.score = score;
    this.raw = raw;
    this.current = current;
    this.checkIn = checkIn;
    this.clamped = clamped;
    this.undefinedReason = undefinedReason;
  }

  /** The id of the key result scored. */
  public String keyResultId() {
    return keyResult.id();
  }

  /** The key result scored. */
  public KeyResult keyResult() {
    return keyResult;
  }

  /** How the key result is measured. */
  public KeyResultKind kind() {
    return keyResult.kind();
  }

  /** The key result's weight in its objective's score. */
  public BigDecimal weight() {
    return keyResult.weight();
  }

  /** The date the score is as of: check-ins after it are ignored. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The policy the score was computed with. */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * The score on the 0.0–1.0 scale (beyond it only with an unclamped policy), or empty when the
   * key result has no defined score (see {@link #undefinedReason()}).
   */
  public Optional<BigDecimal> score() {
    return Optional.ofNullable(score);
  }

  /** True when the score is defined. */
  public boolean isDefined() {
    return score != null;
  }

  /**
   * The score before clamping: below 0 for regression, above 1 for over-achievement; empty when
   * undefined.
   */
  public Optional<BigDecimal> raw() {
    return Optional.ofNullable(raw);
  }

  /**
   * The value measured as of the date: the latest check-in's value, or the baseline when there is
   * none yet; empty for milestones and when neither exists.
   */
  public Optional<BigDecimal> current() {
    return Optional.ofNullable(current);
  }

  /** The check-in the score is based on: the latest one dated on or before {@link #asOf()}. */
  public Optional<CheckIn> checkIn() {
    return Optional.ofNullable(checkIn);
  }

  /** True when the raw score was outside [0, 1] and clamped into it. */
  public boolean isClamped() {
    return clamped;
  }

  /** Why the score is undefined ("baseline equals target 5"); empty when it is defined. */
  public Optional<String> undefinedReason() {
    return Optional.ofNullable(undefinedReason);
  }

  /**
   * How the score came about, for people: the formula with the numbers, the check-in used and any
   * clamping, e.g. {@code (4.45 − 4.1) / (4.8 − 4.1) = 0.50, current 4.45 from the check-in of
   * 2026-11-15 (latest on or before 2026-11-30)}.
   */
  public String explanation() {
    return Explanations.of(this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof KeyResultScore that)) {
      return false;
    }
    return keyResult.equals(that.keyResult)
        && policy.equals(that.policy)
        && asOf.equals(that.asOf)
        && Objects.equals(score, that.score)
        && Objects.equals(raw, that.raw)
        && Objects.equals(current, that.current)
        && Objects.equals(checkIn, that.checkIn)
        && clamped == that.clamped
        && Objects.equals(undefinedReason, that.undefinedReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyResult.id(), asOf, score, raw, current);
  }

  @Override
  public String toString() {
    return "KeyResultScore{"
        + keyResult.id()
        + " as of "
        + asOf
        + ": "
        + (score == null ? "undefined (" + undefinedReason + ")" : score.toPlainString())
        + "}";
  }
}
