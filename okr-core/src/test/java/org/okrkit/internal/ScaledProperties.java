package org.okrkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine's scaled-long arithmetic ({@link Scaled}) against {@code BigDecimal}: whenever the
 * fast path answers, its number and scale are exactly those of the {@code BigDecimal} operation
 * (for a quotient: {@link ScoreMath#slowDivide}, rounded to DECIMAL64 half-even and normalised),
 * over random digits and scales and the edges: ties, negatives, zero, 16- to 18-digit operands,
 * large and small scales.
 */
class ScaledProperties {

  @Property(tries = 3000)
  void aFastQuotientIsExactlyTheBigDecimalQuotient(
      @ForAll("operands") BigDecimal a, @ForAll("operands") BigDecimal b) {
    if (b.signum() == 0) {
      return;
    }
    Scaled s = new Scaled();
    BigDecimal expected = ScoreMath.slowDivide(a, b);
    if (fits(a) && fits(b) && s.divide(unscaled(a), a.scale(), unscaled(b), b.scale())) {
      assertEquals(expected, s.toBigDecimal(), a + " / " + b);
    }
    assertEquals(expected, ScoreMath.divide(a, b), a + " / " + b);
  }

  @Property(tries = 3000)
  void aLoadedNumberHasExactlyTheDecimalsDigitsAndScale(@ForAll("operands") BigDecimal a) {
    Scaled s = new Scaled();
    if (s.load(a)) {
      assertEquals(a.unscaledValue(), BigInteger.valueOf(s.unscaled), a.toString());
      assertEquals(a.scale(), s.scale, a.toString());
    } else {
      assertTrue(a.precision() > 18, a.toString());
    }
    // the digits read back from a double, at every length and scale it is tried for
    BigDecimal near = new BigDecimal(a.unscaledValue().mod(BigInteger.TEN.pow(15)), Math.floorMod(a.scale(), 23));
    assertTrue(s.load(near), near.toString());
    assertEquals(near, s.toBigDecimal(), near.toString());
    assertTrue(s.load(near.negate()), near.negate().toString());
    assertEquals(near.negate(), s.toBigDecimal(), near.negate().toString());
  }

  @Property(tries = 2000)
  void aFastSumAndProductAreExactlyTheBigDecimalOnes(
      @ForAll("operands") BigDecimal a, @ForAll("operands") BigDecimal b) {
    Scaled s = new Scaled();
    if (fits(a) && fits(b) && s.add(unscaled(a), a.scale(), unscaled(b), b.scale())) {
      BigDecimal sum = a.add(b);
      assertEquals(sum, s.toBigDecimal(), a + " + " + b);
    }
    if (fits(a) && fits(b) && s.multiply(unscaled(a), a.scale(), unscaled(b), b.scale())) {
      assertEquals(a.multiply(b), s.toBigDecimal(), a + " × " + b);
    }
    if (fits(a) && fits(b)) {
      assertEquals(
          Integer.signum(a.compareTo(b)),
          Integer.signum(Scaled.compare(unscaled(a), a.scale(), unscaled(b), b.scale())),
          a + " <=> " + b);
    }
  }

  @Property(tries = 1000)
  void smallScoresAlwaysTakeTheFastPath(
      @ForAll("smallOperands") BigDecimal a, @ForAll("smallOperands") BigDecimal b) {
    if (b.signum() == 0) {
      return;
    }
    Scaled s = new Scaled();
    assertTrue(s.divide(unscaled(a), a.scale(), unscaled(b), b.scale()), a + " / " + b);
    assertEquals(ScoreMath.slowDivide(a, b), s.toBigDecimal(), a + " / " + b);
  }

  @Property(tries = 3000)
  void aQuotientOfOperandsInTheFastRangeIsExactlyTheBigDecimalQuotient(
      @ForAll("fastDividends") BigDecimal a, @ForAll("fastDivisors") BigDecimal b) {
    if (b.signum() == 0) {
      return;
    }
    Scaled s = new Scaled();
    BigDecimal expected = ScoreMath.slowDivide(a, b);
    if (s.divide(unscaled(a), a.scale(), unscaled(b), b.scale())) {
      assertEquals(expected, s.toBigDecimal(), a + " / " + b);
    } else {
      // operands in range: declined only when the quotient's own digits (at a scale of at least
      // 0) leave the long range
      assertTrue(
          expected.setScale(Math.max(0, expected.scale())).unscaledValue().bitLength() > 62,
          a + " / " + b);
    }
  }

  @Provide
  Arbitrary<BigDecimal> fastDividends() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
                Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE),
                Arbitraries.longs().between(-100_000, 100_000)),
            Arbitraries.integers().between(0, 20))
        .as(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<BigDecimal> fastDivisors() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.longs().between(-99_999_999_999_999_999L, 99_999_999_999_999_999L),
                Arbitraries.longs().between(-1000, 1000),
                Arbitraries.of(3L, 7L, 9L, 11L, 13L, 99_999_999_999_999_997L)),
            Arbitraries.integers().between(0, 20))
        .as(BigDecimal::valueOf);
  }

  @Property(tries = 1000)
  void exceedingOneIsComparingWithOne(
      @ForAll("fastDividends") BigDecimal a) {
    assertEquals(
        a.compareTo(BigDecimal.ONE) > 0,
        Scaled.exceedsOne(unscaled(a), a.scale()),
        a.toString());
  }

  @Example
  void exceedingOneIsAskedOfScalesOfAtLeastZeroOnly() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Scaled.exceedsOne(1, -1));
    assertTrue(Scaled.exceedsOne(11, 1));
    assertTrue(!Scaled.exceedsOne(10, 1));
    assertTrue(!Scaled.exceedsOne(Long.MAX_VALUE, 19));
  }

  @Example
  void tiesRoundToEvenAtTheSixteenthDigit() {
    // 1 / 3 × 10^16 … exact ties: x.5 at the 17th significant digit, once odd, once even
    assertQuotient("12345678901234565", "10"); // 1234567890123456.5 → …456 (even)
    assertQuotient("12345678901234575", "10"); // 1234567890123457.5 → …458
    assertQuotient("-12345678901234565", "10");
    assertQuotient("1", "3");
    assertQuotient("2", "3");
    assertQuotient("-2", "3");
    assertQuotient("99999999999999995", "10"); // rounds up to 10^16
    assertQuotient("0.000", "7.5");
    assertQuotient("100", "0.01"); // 1E+4: the scale stays 0
    assertQuotient("1E-30", "3");
    assertQuotient("7E+20", "3");
    // digits' quotients of 17 and 18 integer digits, and long digits with trailing zeros
    assertQuotient("129090909090909091E-17", "3");
    assertQuotient("999999999999999999", "7");
    assertQuotient("999999999999999999", "9");
    assertQuotient("1290909090909090910E-18", "3");
    assertQuotient("5", "300000000000000000000E-20");
    assertQuotient("1003830533544836555E-17", "25"); // 19 digits
    assertQuotient("9223372036854775807", "3");
    assertQuotient("-9223372036854775807", "99999999999999999");
  }

  private static void assertQuotient(String a, String b) {
    BigDecimal x = new BigDecimal(a);
    BigDecimal y = new BigDecimal(b);
    assertEquals(ScoreMath.slowDivide(x, y), ScoreMath.divide(x, y), a + " / " + b);
  }

  @Provide
  Arbitrary<BigDecimal> operands() {
    Arbitrary<BigInteger> digits =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf),
            Arbitraries.longs().map(BigInteger::valueOf),
            Arbitraries.of(
                    0L, 1L, -1L, 5L, 15L, 25L, 9_999_999_999_999_999L, 10_000_000_000_000_000L,
                    99_999_999_999_999_999L, 999_999_999_999_999_999L, Long.MAX_VALUE,
                    Long.MIN_VALUE, 1_234_567_890_123_456_5L, 3_333_333_333_333_333L)
                .map(BigInteger::valueOf),
            Arbitraries.bigIntegers().between(
                BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20)));
    Arbitrary<Integer> scales =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(-5, 25),
            Arbitraries.of(-40, 40, 300, -300));
    return Combinators.combine(digits, scales).as(BigDecimal::new);
  }

  @Provide
  Arbitrary<BigDecimal> smallOperands() {
    return Combinators.combine(
            Arbitraries.longs().between(-10_000_000L, 10_000_000L),
            Arbitraries.integers().between(0, 6))
        .as(BigDecimal::valueOf);
  }

  private static boolean fits(BigDecimal v) {
    return v.unscaledValue().bitLength() < 64;
  }

  private static long unscaled(BigDecimal v) {
    return v.unscaledValue().longValueExact();
  }
}
