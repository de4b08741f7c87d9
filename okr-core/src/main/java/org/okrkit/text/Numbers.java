package org.okrkit.text;

import java.math.BigDecimal;

/** Exact-decimal helpers for the parser. */
final class Numbers {
  private Numbers() {}

  /**
   * The value without the trailing zeros a multiplication introduced (1.2 × 1,000,000 is
   * 1200000, not 1200000.0), never with a negative scale (so it prints without an exponent).
   */
  static BigDecimal clean(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
