package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;

/** Scoring the most extreme decimals the model accepts stays exact enough and fast. */
class ExtremeDecimalsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  @Test
  void tenThousandDigitRangeScoresAndExplainsWithinASecond() {
    BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-10_000);
    BigDecimal huge = BigDecimal.ONE.scaleByPowerOfTen(9_999);
    KeyResult kr =
        KeyResult.metric("k", "t", tiny, huge)
            .plusCheckIn(CheckIn.of(DAY, huge.divide(BigDecimal.valueOf(2))));
    KeyResultScore s =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Scorer.defaults().score(kr, DAY));
    assertEquals(new BigDecimal("0.5"), s.score().orElseThrow());
    String why = assertTimeoutPreemptively(Duration.ofSeconds(10), s::explanation);
    assertTrue(why.endsWith("= 0.50, current 5E+9998 from the check-in of 2026-11-01"
        + " (latest on or before 2026-11-01)"), why);
  }

  @Test
  void unclampedRawOfTwentyThousandDigitsStaysCheap() {
    BigDecimal tiny = BigDecimal.ONE.scaleByPowerOfTen(-10_000);
    KeyResult kr =
        KeyResult.metric("k", "t", BigDecimal.ZERO, tiny)
            .plusCheckIn(CheckIn.of(DAY, BigDecimal.ONE.scaleByPowerOfTen(9_999)));
    Scorer unclamped = Scorer.of(ScoringPolicy.defaults().withClamp(false));
    KeyResultScore s =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> unclamped.score(kr, DAY));
    assertEquals(0, s.score().orElseThrow().compareTo(BigDecimal.ONE.scaleByPowerOfTen(19_999)));
    assertTimeoutPreemptively(Duration.ofSeconds(10), s::explanation);
  }
}
