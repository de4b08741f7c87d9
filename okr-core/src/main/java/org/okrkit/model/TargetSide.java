package org.okrkit.model;

/** What a {@link Target} asks of the measured value. */
public enum TargetSide {
  /** Reach the value, moving from the baseline towards it (metric key results). */
  REACH,
  /** Stay at or above the value (threshold key results). */
  AT_LEAST,
  /** Stay at or below the value (threshold key results). */
  AT_MOST
}
