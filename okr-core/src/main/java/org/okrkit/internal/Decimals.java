package org.okrkit.internal;

import java.math.BigDecimal;

/** Conversions into exact decimals for the convenience factories that take a {@code double}. */
public final class Decimals {
  private Decimals() {}

  /**
   * The shortest decimal that reads back as {@code value} ({@code 4.1} becomes exactly 4.1, not
   * 4.0999999999999996447…; {@code 10000.0} becomes 10000), rejecting NaN and infinities.
   */
  public static BigDecimal of(String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
    // valueOf gives Double.toString's digits, which keep a ".0" on whole numbers (10000.0).
    return ScoreMath.normalize(BigDecimal.valueOf(value));
  }
}
