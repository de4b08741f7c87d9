package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.ScorerTest.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Target;

class ForecasterTest {
  // 2026-01-01 .. 2026-04-11: day 100 is the last day.
  private final Cycle cycle = Cycle.of("c", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 11));
  private final Forecaster forecaster = Forecaster.defaults();

  private LocalDate day(int n) {
    return cycle.start().plusDays(n);
  }

  @Test
  void linearCheckInsProjectExactlyAlongTheirLine() {
    KeyResult kr =
        KeyResult.metric("rec", "Recommendations from 120 to 150", 120, 150)
            .withCheckIns(
                List.of(CheckIn.of(day(10), 123), CheckIn.of(day(20), 126), CheckIn.of(day(30), 129)));
    Forecast f = forecaster.forecast(kr, cycle, day(30));
    assertTrue(f.isAvailable());
    assertEquals(3, f.usableCheckIns());
    assertEquals(d("0.3"), f.slopePerDay().orElseThrow());
    assertEquals(d("150"), f.projectedValue().orElseThrow());
    assertEquals(BigDecimal.ONE, f.projectedScore().orElseThrow());
    // From 129 to 150 in 70 days.
    assertEquals(d("0.3"), f.requiredPerDay().orElseThrow());
    assertEquals(d("2.1"), f.requiredPerWeek().orElseThrow());
    assertEquals(
        "least-squares trend 0.3 per day through 3 check-ins projects 150 on 2026-04-11, score"
            + " 1.00; needs 0.3 per day (2.1 per week) to hit the target",
        f.explanation());
  }

  @Test
  void noisyCheckInsProjectTheLeastSquaresLine() {
    // Points (0,0), (10,2), (20,2): slope = (3·60 − 30·4) / (3·500 − 900) = 0.1, mean (10, 4/3).
    KeyResult kr =
        KeyResult.metric("n", "Grow from 0 to 20", 0, 20)
            .withCheckIns(
                List.of(CheckIn.of(day(0), 0), CheckIn.of(day(10), 2), CheckIn.of(day(20), 2)));
    Forecast f = forecaster.forecast(kr, cycle, day(25));
    assertEquals(d("0.1"), f.slopePerDay().orElseThrow());
    // 4/3 + 0.1 × 90 = 10.333…
    assertEquals(0, d("10.33333333333333").compareTo(f.projectedValue().orElseThrow()));
    assertEquals(d("0.5166666666666665"), f.projectedScore().orElseThrow());
  }

  @Test
  void decreasingKeyResultNeedsANegativePace() {
    KeyResult turnaround =
        KeyResult.metric("ta", "Reduce turnaround from 5 days to 3", 5, 3)
            .withCheckIns(List.of(CheckIn.of(day(0), 5), CheckIn.of(day(50), 4.5)));
    Forecast f = forecaster.forecast(turnaround, cycle, day(50));
    assertEquals(d("4"), f.projectedValue().orElseThrow());
    assertEquals(d("0.5"), f.projectedScore().orElseThrow());
    assertEquals(d("-0.03"), f.requiredPerDay().orElseThrow());
  }

  @Test
  void fewerThanTwoCheckInsSaySoInsteadOfInventingAProjection() {
    KeyResult kr =
        KeyResult.metric("rec", "Recommendations from 120 to 150", 120, 150)
            .withCheckIns(List.of(CheckIn.of(day(20), 130), CheckIn.of(day(60), 140)));
    Forecast f = forecaster.forecast(kr, cycle, day(30));
    assertFalse(f.isAvailable());
    assertTrue(f.projectedValue().isEmpty());
    assertTrue(f.projectedScore().isEmpty());
    assertTrue(f.slopePerDay().isEmpty());
    assertEquals(1, f.usableCheckIns());
    assertEquals(
        "only 1 usable check-in on or before 2026-01-31; a projection needs at least 2 on"
            + " different dates",
        f.unavailableReason().orElseThrow());
    // The pace still needed is not a projection: 20 more in 70 days.
    assertEquals(d("0.2857142857142857"), f.requiredPerDay().orElseThrow());
  }

  @Test
  void twoCheckInsOnTheSameDayCountOnce() {
    KeyResult kr =
        KeyResult.metric("rec", "Recommendations from 120 to 150", 120, 150)
            .withCheckIns(List.of(CheckIn.of(day(20), 130), CheckIn.of(day(20), 131)));
    Forecast f = forecaster.forecast(kr, cycle, day(30));
    assertFalse(f.isAvailable());
    assertEquals(1, f.usableCheckIns());
  }

  @Test
  void reachedTargetNeedsNoMorePaceAndEndedCycleHasNone() {
    KeyResult kr =
        KeyResult.metric("rec", "Recommendations from 120 to 150", 120, 150)
            .withCheckIns(List.of(CheckIn.of(day(10), 155)));
    assertEquals(BigDecimal.ZERO, forecaster.forecast(kr, cycle, day(30)).requiredPerDay().orElseThrow());
    assertTrue(forecaster.forecast(kr, cycle, day(100)).requiredPerDay().isEmpty());
  }

  @Test
  void milestonesHaveNothingToProject() {
    Forecast f =
        forecaster.forecast(KeyResult.milestone("m", "Launch"), cycle, day(30));
    assertEquals(
        "milestone key result 'm' has no values to project", f.unavailableReason().orElseThrow());
    assertEquals(
        "no projection: milestone key result 'm' has no values to project", f.explanation());
  }

  @Test
  void thresholdProjectionIsScoredAgainstItsBound() {
    KeyResult uptime =
        KeyResult.threshold("up", "Keep uptime at or above 99.9%", Target.atLeast(d("99.9")))
            .withCheckIns(List.of(CheckIn.of(day(0), d("99.7")), CheckIn.of(day(50), d("99.8"))));
    Forecast f = forecaster.forecast(uptime, cycle, day(50));
    assertEquals(d("99.9"), f.projectedValue().orElseThrow());
    assertEquals(BigDecimal.ONE, f.projectedScore().orElseThrow());
    assertEquals(d("0.002"), f.requiredPerDay().orElseThrow());
  }
}
