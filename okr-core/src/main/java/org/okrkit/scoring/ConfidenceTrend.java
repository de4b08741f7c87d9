package org.okrkit.scoring;

/** Which way a key result owner's confidence has moved between their last two estimates. */
public enum ConfidenceTrend {
  /** The latest confidence is higher than the one before. */
  RISING,
  /** The latest confidence is lower than the one before. */
  FALLING,
  /** The latest confidence equals the one before. */
  STEADY,
  /** Fewer than two check-ins carry a confidence: no trend to tell. */
  UNKNOWN
}
