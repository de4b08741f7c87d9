package org.okrkit.scoring;

/** How a threshold key result that is not met is scored. */
public enum ThresholdCredit {
  /** 1.0 while the bound is met, else 0.0 (the default). */
  ALL_OR_NOTHING,
  /**
   * 1.0 while met; otherwise linear credit for the way travelled from the baseline towards the
   * bound: {@code (current − baseline) / (bound − baseline)}, clamped to [0, 1] unless the policy
   * keeps regression visible. Without a baseline, or with a baseline that already met the bound,
   * there is no way to measure and the score is 0.0, as with {@link #ALL_OR_NOTHING}.
   */
  PARTIAL,
  /**
   * The share of the cycle's check-ins, up to the as-of date, that met the bound (Profit.co's
   * control key results): a bound held in 9 of 12 weekly check-ins scores 0.75. With no check-in
   * yet the score is 0.
   */
  HIT_RATIO
}
