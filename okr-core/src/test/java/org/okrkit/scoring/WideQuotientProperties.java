package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.okrkit.internal.ScoreMath;

/**
 * The 128-bit quotient gives exactly {@link ScoreMath#slowDivide}'s number and scale (16
 * significant digits, half-even, trailing zeros stripped, never a negative scale) or declines:
 * over dividends of up to 38 digits of either sign, every scale, and divisors up to the fast
 * path's bound; the forecast's usual projection (a 16-digit slope times a day span of a few
 * hundred, over a few points) never declines.
 */
class WideQuotientProperties {
  @Provide
  Arbitrary<Long> digits() {
    return Arbitraries.oneOf(
        Arbitraries.longs(),
        Arbitraries.longs().between(-1_000, 1_000),
        Arbitraries.longs().between(-9_999_999_999_999_999L, 9_999_999_999_999_999L),
        Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE + 1, 5_000_000_000_000_000L));
  }

  @Provide
  Arbitrary<Long> divisors() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 20),
        Arbitraries.longs().between(1, 1L << 40),
        Arbitraries.longs().between(1, 1L << 57),
        Arbitraries.of(3L, 7L, 9L, 11L, 1L << 56, (1L << 56) - 1));
  }

  @Property(tries = 3000)
  void theQuotientIsTheExactRoundedOneOrNone(
      @ForAll("digits") long hi,
      @ForAll("digits") long lo,
      @ForAll @IntRange(min = 0, max = 40) int scale,
      @ForAll("divisors") long divisor) {
    long h = hi >> 2; // within ±2^61
    BigInteger dividend = BigInteger.valueOf(h).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    WideQuotient w = new WideQuotient();
    if (w.divide(h, lo, scale, divisor)) {
      BigDecimal expected =
          ScoreMath.slowDivide(new BigDecimal(dividend, scale), BigDecimal.valueOf(divisor));
      assertEquals(expected, w.toBigDecimal(), dividend + "e-" + scale + " / " + divisor);
    }
  }

  @Property(tries = 3000)
  void theProjectionIsExactAndMadeInLongs(
      @ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long sumOfValues,
      @ForAll @IntRange(min = 0, max = 9) int valueScale,
      @ForAll @LongRange(min = -9_999_999_999_999_999L, max = 9_999_999_999_999_999L) long slope,
      @ForAll @IntRange(min = 0, max = 30) int slopeScale,
      @ForAll @LongRange(min = -5_000, max = 5_000) long span,
      @ForAll @LongRange(min = 2, max = 400) long points) {
    WideQuotient w = new WideQuotient();
    BigDecimal expected =
        ScoreMath.slowDivide(
            BigDecimal.valueOf(sumOfValues, valueScale)
                .add(BigDecimal.valueOf(slope, slopeScale).multiply(BigDecimal.valueOf(span))),
            BigDecimal.valueOf(points));
    boolean made = w.sumOverDivisor(sumOfValues, valueScale, slope, slopeScale, span, points);
    assertTrue(
        made
            || slopeScale - valueScale > 18
            || valueScale > slopeScale
            || expected.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0,
        "declined " + expected);
    if (made) {
      assertEquals(expected, w.toBigDecimal());
    }
  }
}
