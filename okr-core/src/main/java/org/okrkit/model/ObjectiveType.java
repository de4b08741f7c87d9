package org.okrkit.model;

/**
 * Whether an OKR is a commitment (expected to be fully met: anything below 1.0 is a miss) or an
 * aspirational stretch goal (0.7 is a good result).
 */
public enum ObjectiveType {
  /** Must be achieved in full; graded as missed below 1.0. */
  COMMITTED,
  /** A stretch goal; 0.6–0.7 is the expected, healthy score. */
  ASPIRATIONAL
}
