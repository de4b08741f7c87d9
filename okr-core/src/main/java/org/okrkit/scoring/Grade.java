package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The end-of-cycle colour of a score, in Google's bands: green from 0.7, yellow from 0.4, red
 * below. For aspirational OKRs 0.6–0.7 is the healthy result; committed OKRs are also judged by
 * {@link ObjectiveScore#isMiss()}.
 */
public enum Grade {
  /** Score ≥ 0.7: delivered. */
  GREEN,
  /** 0.4 ≤ score &lt; 0.7: progress made, fell short. */
  YELLOW,
  /** Score &lt; 0.4: failed to make real progress. */
  RED;

  private static final BigDecimal GREEN_FROM = new BigDecimal("0.7");
  private static final BigDecimal YELLOW_FROM = new BigDecimal("0.4");

  /**
   * The grade of {@code score}; unclamped scores above 1 are green and below 0 are red.
   *
   * @throws NullPointerException if {@code score} is null
   */
  public static Grade of(BigDecimal score) {
    Objects.requireNonNull(score, "score");
    if (score.compareTo(GREEN_FROM) >= 0) {
      return GREEN;
    }
    return score.compareTo(YELLOW_FROM) >= 0 ? YELLOW : RED;
  }
}
