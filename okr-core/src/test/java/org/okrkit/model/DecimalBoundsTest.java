package org.okrkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A {@link BigDecimal} such as {@code 1E+999999999} is a few bytes, but its plain form, or its sum
 * with 1, is a billion digits: every such value must be refused at construction with a message,
 * quickly, instead of exhausting the heap later in scoring or in an error message.
 */
class DecimalBoundsTest {
  private static final BigDecimal HUGE = new BigDecimal("1E+999999999");
  private static final BigDecimal TINY = new BigDecimal("1E-999999999");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  private static IllegalArgumentException rejectedQuickly(Executable build) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> assertThrows(IllegalArgumentException.class, build));
  }

  @Test
  void hugeWeightIsRejectedNamingTheKeyResultWithoutExpandingTheNumber() {
    var e =
        rejectedQuickly(
            () -> KeyResult.builder().id("cs-1").title("t").weight(HUGE.negate()).build());
    assertEquals(
        "key result 'cs-1': weight must have at most 10000 digits before and 10000 after the"
            + " decimal point, was -1E+999999999",
        e.getMessage());
  }

  @Test
  void objectiveWeightWithABillionDecimalsIsRejected() {
    var e =
        rejectedQuickly(
            () -> Objective.builder().id("o").title("t").cycle("c").weight(TINY).build());
    assertEquals(
        "objective 'o': weight must have at most 10000 digits before and 10000 after the"
            + " decimal point, was 1E-999999999",
        e.getMessage());
  }

  @Test
  void hugeBaselineTargetAndCheckInValuesAreRejected() {
    rejectedQuickly(() -> Baseline.of(HUGE));
    rejectedQuickly(() -> Target.of(TINY));
    rejectedQuickly(() -> Target.atLeast(HUGE));
    var e = rejectedQuickly(() -> CheckIn.of(DAY, HUGE));
    assertEquals(
        "check-in '2026-11-01': value must have at most 10000 digits before and 10000 after the"
            + " decimal point, was 1E+999999999",
        e.getMessage());
  }

  @Test
  void confidenceWithAHugeExponentIsRejectedWithoutExpandingIt() {
    var e =
        rejectedQuickly(
            () -> CheckIn.builder().date(DAY).value(BigDecimal.ONE).confidence(HUGE).build());
    assertEquals(
        "check-in '2026-11-01': confidence must have at most 10000 digits before and 10000 after"
            + " the decimal point, was 1E+999999999",
        e.getMessage());
  }

  @Test
  void tenThousandDigitsEitherSideOfThePointAreAccepted() {
    BigDecimal big = BigDecimal.ONE.scaleByPowerOfTen(9_999);
    BigDecimal small = BigDecimal.ONE.scaleByPowerOfTen(-10_000);
    KeyResult kr = KeyResult.metric("k", "t", small, big).plusCheckIn(CheckIn.of(DAY, small));
    assertEquals(big, kr.target().orElseThrow().value());
  }

  @Test
  void doubleFactoriesTakeTheShortestDecimalSoWholeNumbersHaveNoTrailingPointZero() {
    KeyResult downloads = KeyResult.metric("dl", "Reach 10,000 downloads", 0, 10_000);
    assertEquals(new BigDecimal("0"), downloads.baseline().orElseThrow().value());
    assertEquals(new BigDecimal("10000"), downloads.target().orElseThrow().value());
    assertEquals(new BigDecimal("4.1"), Target.of(4.1).value());
    assertEquals(new BigDecimal("1000000000000000000000"), Baseline.of(1e21).value());
    assertEquals(new BigDecimal("0.0001"), CheckIn.of(DAY, 1e-4).value().orElseThrow());
    assertEquals(new BigDecimal("0"), CheckIn.of(DAY, -0.0).value().orElseThrow());
  }

  @Test
  void valueWithManySignificantDigitsIsShortInTheMessage() {
    // was: all 10,001 digits, twice (as the id and as the value): 20,000 characters
    var e = rejectedQuickly(() -> Baseline.of(new BigDecimal("9".repeat(10_001))));
    assertEquals(
        "baseline '9.9999999999999999999…E+10000': value must have at most 10000 digits before and"
            + " 10000 after the decimal point, was 9.9999999999999999999…E+10000",
        e.getMessage());
  }
}
