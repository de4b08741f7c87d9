package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.scoring.ScorerTest.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Cycle;

class PacingPolicyTest {
  // 2026-01-01 .. 2026-01-11: ten days from start to end, so each day is 0.1.
  private final Cycle cycle = Cycle.of("c", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 11));
  private final PacingPolicy pacing = PacingPolicy.defaults();

  @Test
  void expectedProgressIsTheShareOfDaysElapsedClampedToZeroOne() {
    assertEquals(BigDecimal.ZERO, PacingPolicy.expectedProgress(cycle, LocalDate.of(2025, 12, 1)));
    assertEquals(BigDecimal.ZERO, PacingPolicy.expectedProgress(cycle, LocalDate.of(2026, 1, 1)));
    assertEquals(d("0.4"), PacingPolicy.expectedProgress(cycle, LocalDate.of(2026, 1, 5)));
    assertEquals(BigDecimal.ONE, PacingPolicy.expectedProgress(cycle, LocalDate.of(2026, 1, 11)));
    assertEquals(BigDecimal.ONE, PacingPolicy.expectedProgress(cycle, LocalDate.of(2026, 3, 1)));
    Cycle q4 = Cycle.quarter(2026, 4);
    // Nov 15 is day 45 of 91 days from start to end.
    assertEquals(
        new BigDecimal("45").divide(new BigDecimal("91"), ScoringPolicy.MATH_CONTEXT),
        PacingPolicy.expectedProgress(q4, LocalDate.of(2026, 11, 15)));
  }

  @Test
  void oneDayCycleExpectsEverythingOnItsOnlyDay() {
    Cycle day = Cycle.of("d", LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5));
    assertEquals(BigDecimal.ONE, PacingPolicy.expectedProgress(day, LocalDate.of(2026, 5, 5)));
    assertEquals(PaceStatus.NOT_STARTED, pacing.status(day, LocalDate.of(2026, 5, 4), d("1")));
  }

  @Test
  void statusComparesScoreWithExpectedProgressUsingDefaultMargins() {
    LocalDate halfWay = LocalDate.of(2026, 1, 6); // expected 0.5
    assertEquals(PaceStatus.NOT_STARTED, pacing.status(cycle, LocalDate.of(2025, 12, 31), d("0")));
    assertEquals(PaceStatus.DONE, pacing.status(cycle, halfWay, d("1")));
    assertEquals(PaceStatus.ON_TRACK, pacing.status(cycle, halfWay, d("0.6")));
    assertEquals(PaceStatus.ON_TRACK, pacing.status(cycle, halfWay, d("0.4")));
    assertEquals(PaceStatus.AT_RISK, pacing.status(cycle, halfWay, d("0.39")));
    assertEquals(PaceStatus.AT_RISK, pacing.status(cycle, halfWay, d("0.25")));
    assertEquals(PaceStatus.OFF_TRACK, pacing.status(cycle, halfWay, d("0.24")));
    assertEquals(PaceStatus.ON_TRACK, pacing.status(cycle, LocalDate.of(2026, 1, 1), d("0")));
  }

  @Test
  void marginsAreConfigurable() {
    PacingPolicy strict = PacingPolicy.of(d("0"), d("0.05"));
    LocalDate halfWay = LocalDate.of(2026, 1, 6);
    assertEquals(PaceStatus.ON_TRACK, strict.status(cycle, halfWay, d("0.5")));
    assertEquals(PaceStatus.AT_RISK, strict.status(cycle, halfWay, d("0.45")));
    assertEquals(PaceStatus.OFF_TRACK, strict.status(cycle, halfWay, d("0.44")));
    assertEquals(d("0.05"), strict.atRiskMargin());
    assertEquals(PacingPolicy.of(d("0.10"), d("0.250")), PacingPolicy.defaults());
  }

  @Test
  void marginsOutOfOrderAreRejectedNamingTheValue() {
    var e =
        assertThrows(IllegalArgumentException.class, () -> PacingPolicy.of(d("0.3"), d("0.2")));
    assertEquals(
        "pacing policy: at-risk margin must be within 0.3..1.0 (at least the on-track margin),"
            + " was 0.2",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PacingPolicy.of(d("-0.1"), d("0.2")));
  }
}
