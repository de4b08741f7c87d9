package org.okrkit.scoring;

import java.math.BigDecimal;

/**
 * The end-of-cycle colour of a score. Under the default {@linkplain GradeScale#google() Google
 * scale}: green from 0.7, yellow from 0.4, red below. For aspirational OKRs 0.6–0.7 is the
 * healthy result; committed OKRs are also judged by {@link ObjectiveScore#isBelowCommitment()} and, once the cycle has ended, {@link
 * org.okrkit.rollup.ObjectiveRollup#isMiss()}.
 */
public enum Grade {
  /** Delivered (Google: score ≥ 0.7). */
  GREEN,
  /** Progress made, fell short (Google: 0.4 ≤ score &lt; 0.7). */
  YELLOW,
  /** Failed to make real progress (Google: score &lt; 0.4). */
  RED;

  /**
   * The grade of {@code score} on {@linkplain GradeScale#google() Google's scale}; unclamped
   * scores above 1 are green and below 0 are red.
   *
   * @param score the score
   * @return the grade of {@code score} on {@linkplain GradeScale#google() Google's scale}
   * @throws NullPointerException if {@code score} is null
   */
  public static Grade of(BigDecimal score) {
    return GradeScale.google().grade(score);
  }
}
