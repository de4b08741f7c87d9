package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Cycle;

/**
 * Judges whether an OKR is on pace: its score compared with the progress expected by the as-of
 * date, by the policy's {@link ExpectedProgress} curve (linear over the cycle by default).
 *
 * <p>Linear expected progress = {@code days(start → asOf) / days(start → end)}, clamped to [0, 1]
 * (0 on the first day, 1 on the last). With {@code lag = expected − score}, the status is:
 *
 * <table>
 *   <caption>Pace status</caption>
 *   <tr><th>condition (first that applies)</th><th>status</th></tr>
 *   <tr><td>as-of before the cycle's start</td><td>{@link PaceStatus#NOT_STARTED}</td></tr>
 *   <tr><td>score ≥ 1</td><td>{@link PaceStatus#DONE}</td></tr>
 *   <tr><td>lag ≤ on-track margin (default 0.10)</td><td>{@link PaceStatus#ON_TRACK}</td></tr>
 *   <tr><td>lag ≤ at-risk margin (default 0.25)</td><td>{@link PaceStatus#AT_RISK}</td></tr>
 *   <tr><td>otherwise</td><td>{@link PaceStatus#OFF_TRACK}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class PacingPolicy {
  private static final PacingPolicy DEFAULTS =
      new PacingPolicy(new BigDecimal("0.1"), new BigDecimal("0.25"), ExpectedProgress.linear());

  private final BigDecimal onTrackMargin;
  private final BigDecimal atRiskMargin;
  private final ExpectedProgress expectedProgress;

  private PacingPolicy(
      BigDecimal onTrackMargin, BigDecimal atRiskMargin, ExpectedProgress expectedProgress) {
    this.onTrackMargin = onTrackMargin;
    this.atRiskMargin = atRiskMargin;
    this.expectedProgress = expectedProgress;
  }

  /**
   * On track while lagging at most 0.10 behind expected progress, at risk up to 0.25.
   *
   * @return on track while lagging at most 0.10 behind expected progress, at risk up to 0.25
   */
  public static PacingPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy with these margins (score points behind expected progress).
   *
   * @param onTrackMargin the on track margin
   * @param atRiskMargin the at risk margin
   * @return a policy with these margins (score points behind expected progress)
   * @throws IllegalArgumentException unless {@code 0 ≤ onTrackMargin ≤ atRiskMargin ≤ 1}
   * @throws NullPointerException if an argument is null
   */
  public static PacingPolicy of(BigDecimal onTrackMargin, BigDecimal atRiskMargin) {
    Objects.requireNonNull(onTrackMargin, "onTrackMargin");
    Objects.requireNonNull(atRiskMargin, "atRiskMargin");
    if (onTrackMargin.signum() < 0 || onTrackMargin.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "pacing policy: on-track margin must be within 0.0..1.0, was "
              + ScoreMath.format(onTrackMargin));
    }
    if (atRiskMargin.compareTo(onTrackMargin) < 0 || atRiskMargin.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "pacing policy: at-risk margin must be within "
              + ScoreMath.format(onTrackMargin)
              + "..1.0 (at least the on-track margin), was "
              + ScoreMath.format(atRiskMargin));
    }
    return new PacingPolicy(onTrackMargin, atRiskMargin, ExpectedProgress.linear());
  }

  /** {@return how far a score may lag expected progress and still be on track} */
  public BigDecimal onTrackMargin() {
    return onTrackMargin;
  }

  /** {@return how far a score may lag expected progress and be at risk rather than off track} */
  public BigDecimal atRiskMargin() {
    return atRiskMargin;
  }

  /** {@return the curve of the progress expected by a date of the cycle} */
  public ExpectedProgress expectedProgress() {
    return expectedProgress;
  }

  /**
   * Returns a copy pacing against {@code expectedProgress}, after probing it against the {@link
   * ExpectedProgress} contract on a sample quarter.
   *
   * @param expectedProgress the expected progress
   * @return a copy pacing against {@code expectedProgress}, after probing it against the {@link
   *     ExpectedProgress} contract on a sample quarter
   * @throws StrategyException if the curve returns null or a value outside [0, 1], does not
   *     expect 0 on the first day and 1 on the last, expects less on a later day, or throws
   * @throws NullPointerException if {@code expectedProgress} is null
   */
  public PacingPolicy withExpectedProgress(ExpectedProgress expectedProgress) {
    Contracts.checkExpected(Objects.requireNonNull(expectedProgress, "expectedProgress"));
    return new PacingPolicy(onTrackMargin, atRiskMargin, expectedProgress);
  }

  /**
   * The progress this policy's curve expects in {@code cycle} by {@code asOf}.
   *
   * @param cycle the cycle
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the progress this policy's curve expects in {@code cycle} by {@code asOf}
   * @throws StrategyException if a user-supplied curve returns null or a value outside [0, 1],
   *     or throws
   * @throws NullPointerException if an argument is null
   */
  public BigDecimal expected(Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    return expectedProgress == ExpectedProgress.linear()
        ? expectedProgress.at(cycle, asOf)
        : Contracts.expected(expectedProgress, cycle, asOf);
  }

  /**
   * The share of {@code cycle} elapsed at {@code asOf}, {@code days(start → asOf) / days(start →
   * end)} clamped to [0, 1]: the score a linear path to 1.0 would have by then. A one-day cycle
   * expects 1 from its only day.
   *
   * @param cycle the cycle
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the share of {@code cycle} elapsed at {@code asOf}, {@code days(start → asOf) /
   *     days(start → end)} clamped to [0, 1]
   * @throws NullPointerException if an argument is null
   */
  public static BigDecimal expectedProgress(Cycle cycle, LocalDate asOf) {
    return ExpectedProgress.linear().at(cycle, asOf);
  }

  /**
   * The pace status of an OKR scoring {@code score} in {@code cycle} as of {@code asOf}, against
   * the progress this policy's curve expects.
   *
   * @param cycle the cycle
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param score the score
   * @return the pace status of an OKR scoring {@code score} in {@code cycle} as of {@code asOf},
   *     against the progress this policy's curve expects
   * @throws StrategyException if a user-supplied curve breaks its contract
   * @throws NullPointerException if an argument is null
   */
  public PaceStatus status(Cycle cycle, LocalDate asOf, BigDecimal score) {
    Objects.requireNonNull(score, "score");
    return status(cycle, asOf, score, expected(cycle, asOf));
  }

  /**
   * The pace status of {@code score} against {@code expected}, the progress {@link
   * #expected(Cycle, LocalDate)} gives for {@code cycle} as of {@code asOf}: for pacing many OKRs
   * of one cycle (a roll-up paces every objective) with the expected progress computed once.
   *
   * @param cycle the cycle the OKR is paced in
   * @param asOf the date of the score
   * @param score the score to pace
   * @param expected the progress expected in {@code cycle} by {@code asOf}
   * @return the pace status of {@code score}
   * @throws NullPointerException if an argument is null
   */
  public PaceStatus status(Cycle cycle, LocalDate asOf, BigDecimal score, BigDecimal expected) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(expected, "expected");
    if (asOf.isBefore(cycle.start())) {
      return PaceStatus.NOT_STARTED;
    }
    if (score.compareTo(BigDecimal.ONE) >= 0) {
      return PaceStatus.DONE;
    }
    BigDecimal lag = expected.subtract(score);
    if (lag.compareTo(onTrackMargin) <= 0) {
      return PaceStatus.ON_TRACK;
    }
    return lag.compareTo(atRiskMargin) <= 0 ? PaceStatus.AT_RISK : PaceStatus.OFF_TRACK;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PacingPolicy that
        && that.onTrackMargin.compareTo(onTrackMargin) == 0
        && that.atRiskMargin.compareTo(atRiskMargin) == 0
        && that.expectedProgress.equals(expectedProgress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        ScoreMath.normalize(onTrackMargin), ScoreMath.normalize(atRiskMargin), expectedProgress);
  }

  @Override
  public String toString() {
    return "PacingPolicy{onTrackMargin="
        + ScoreMath.format(onTrackMargin)
        + ", atRiskMargin="
        + ScoreMath.format(atRiskMargin)
        + "}";
  }
}
