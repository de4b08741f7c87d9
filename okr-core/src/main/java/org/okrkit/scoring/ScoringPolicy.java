package org.okrkit.scoring;

import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;

/**
 * How key results are turned into scores: whether metric scores are clamped to [0, 1] and
 * whether thresholds give partial credit.
 *
 * <p>The defaults follow the Google grading scale: scores are clamped to [0, 1] (over-achievement
 * counts as 1.0, regression as 0.0) and thresholds are all-or-nothing. A policy that keeps
 * over-achievement (&gt; 1) and regression (&lt; 0) visible is {@code
 * ScoringPolicy.defaults().withClamp(false)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoringPolicy {
  /**
   * The precision of every division in scoring and roll-up: {@link MathContext#DECIMAL64}, 16
   * significant digits, rounding half-even. Sums and products are exact.
   */
  public static final MathContext MATH_CONTEXT = ScoreMath.CONTEXT;

  private static final ScoringPolicy DEFAULTS =
      new ScoringPolicy(true, ThresholdCredit.ALL_OR_NOTHING);

  private final boolean clamp;
  private final ThresholdCredit thresholdCredit;

  private ScoringPolicy(boolean clamp, ThresholdCredit thresholdCredit) {
    this.clamp = clamp;
    this.thresholdCredit = thresholdCredit;
  }

  /** Clamp to [0, 1], thresholds all-or-nothing. */
  public static ScoringPolicy defaults() {
    return DEFAULTS;
  }

  /** True when scores are clamped to [0, 1]; false keeps over-achievement and regression. */
  public boolean clamp() {
    return clamp;
  }

  /** How an unmet threshold key result is scored. */
  public ThresholdCredit thresholdCredit() {
    return thresholdCredit;
  }

  /** Returns a copy that clamps scores to [0, 1] ({@code true}) or keeps raw scores visible. */
  public ScoringPolicy withClamp(boolean clamp) {
    return new ScoringPolicy(clamp, thresholdCredit);
  }

  /**
   * Returns a copy scoring unmet thresholds this way.
   *
   * @throws NullPointerException if {@code thresholdCredit} is null
   */
  public ScoringPolicy withThresholdCredit(ThresholdCredit thresholdCredit) {
    return new ScoringPolicy(clamp, Objects.requireNonNull(thresholdCredit, "thresholdCredit"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScoringPolicy that
        && that.clamp == clamp
        && that.thresholdCredit == thresholdCredit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(clamp, thresholdCredit);
  }

  @Override
  public String toString() {
    return "ScoringPolicy{clamp=" + clamp + ", thresholdCredit=" + thresholdCredit + "}";
  }
}
