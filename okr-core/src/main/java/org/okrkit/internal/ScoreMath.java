package org.okrkit.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic shared by scoring and roll-up, so that both round the same way: quotients
 * are rounded to {@link MathContext#DECIMAL64} (16 significant digits, half-even), and every
 * score is normalised to the smallest non-negative scale that represents it exactly, so equal
 * scores are also {@code equals} (0.5, never 0.50 beside 0.5).
 */
public final class ScoreMath {
  /** The precision and rounding of every division in scoring and roll-up. */
  public static final MathContext CONTEXT = MathContext.DECIMAL64;

  private ScoreMath() {}

  /** {@code dividend / divisor} rounded to {@link #CONTEXT} and {@linkplain #normalize normalised}. */
  public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    // The fast path: both operands' digits fit a long, the quotient is rounded and stripped in
    // long arithmetic (Scaled gives exactly this method's number and scale, or declines).
    if (dividend.precision() <= 18 && divisor.precision() <= 16) {
      Scaled q = new Scaled();
      if (q.divide(
          dividend.unscaledValue().longValue(), dividend.scale(),
          divisor.unscaledValue().longValue(), divisor.scale())) {
        return q.toBigDecimal();
      }
    }
    return slowDivide(dividend, divisor);
  }

  /**
   * {@code dividend / divisor} in {@code BigDecimal} arithmetic alone: the definition {@link
   * #divide}'s fast path is pinned against.
   *
   * @param dividend the dividend
   * @param divisor the divisor
   * @return the quotient rounded to {@link #CONTEXT} and normalised
   */
  public static BigDecimal slowDivide(BigDecimal dividend, BigDecimal divisor) {
    return normalize(dividend.divide(divisor, CONTEXT));
  }

  /** The value with trailing zeros stripped but never a negative scale (100, not 1E+2). */
  public static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }

  /** Clamps {@code value} into [0, 1]. */
  public static BigDecimal clampUnit(BigDecimal value) {
    if (value.signum() < 0) {
      return BigDecimal.ZERO;
    }
    return value.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : value;
  }

  /** A user's number as written; negative numbers in parentheses so formulas stay readable. */
  public static String formatOperand(BigDecimal value) {
    String plain = Checks.format(value);
    return value.signum() < 0 ? "(" + plain + ")" : plain;
  }

  /** A plain number for messages, independent of the default locale; see {@link Checks#format}. */
  public static String format(BigDecimal value) {
    return Checks.format(value);
  }
}
