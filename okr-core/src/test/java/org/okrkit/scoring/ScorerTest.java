package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;

class ScorerTest {
  static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
  static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);
  static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

  private final Scorer scorer = Scorer.defaults();

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static KeyResult metric(String baseline, String target, String... values) {
    KeyResult kr = KeyResult.metric("kr", "Move the number", d(baseline), d(target));
    LocalDate date = OCT_1;
    for (String v : values) {
      date = date.plusWeeks(1);
      kr = kr.plusCheckIn(CheckIn.of(date, d(v)));
    }
    return kr;
  }

  private BigDecimal scoreOf(KeyResult kr, LocalDate asOf) {
    return scorer.score(kr, asOf).score().orElseThrow();
  }

  @Test
  void satisfactionHalfWayFrom41To48ScoresExactlyHalf() {
    KeyResult kr =
        KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
            .plusCheckIn(CheckIn.of(NOV_15, 4.45));
    KeyResultScore s = scorer.score(kr, NOV_30);
    assertEquals(d("0.5"), s.score().orElseThrow());
    assertEquals(d("0.5"), s.raw().orElseThrow());
    assertEquals(d("4.45"), s.current().orElseThrow());
    assertEquals(NOV_15, s.checkIn().orElseThrow().date());
    assertFalse(s.isClamped());
    assertEquals(
        "(4.45 − 4.1) / (4.8 − 4.1) = 0.50, current 4.45 from the check-in of 2026-11-15"
            + " (latest on or before 2026-11-30)",
        s.explanation());
  }

  @Test
  void recommendationsHalfWayFrom120To150ScoresExactlyHalf() {
    assertEquals(d("0.5"), scoreOf(metric("120", "150", "130", "135"), NOV_30));
  }

  @Test
  void grossMarginFrom35To38PercentScoresByPercentagePoints() {
    assertEquals(d("0.5"), scoreOf(metric("35", "38", "36.5"), NOV_30));
    assertEquals(d("0.25"), scoreOf(metric("35", "38", "35.75"), NOV_30));
  }

  @Test
  void completionRateFrom75To90ScoresEightTenthsAt87() {
    assertEquals(d("0.8"), scoreOf(metric("75", "90", "87"), NOV_30));
    assertEquals(d("0.5"), scoreOf(metric("75", "90", "82.5"), NOV_30));
  }

  @Test
  void decreasingMetricScoresHalfWayAtMidpoint() {
    KeyResult turnaround = metric("5", "3", "4");
    KeyResultScore s = scorer.score(turnaround, NOV_30);
    assertEquals(d("0.5"), s.score().orElseThrow());
    assertEquals(
        "(4 − 5) / (3 − 5) = 0.50, current 4 from the check-in of 2026-10-08"
            + " (latest on or before 2026-11-30)",
        s.explanation());
  }

  @Test
  void turnaroundGettingLongerIsRegressionNotProgress() {
    KeyResultScore s = scorer.score(metric("5", "3", "6"), NOV_30);
    assertEquals(d("-0.5"), s.raw().orElseThrow());
    assertEquals(BigDecimal.ZERO, s.score().orElseThrow());
    assertTrue(s.isClamped());
    assertTrue(
        s.explanation()
            .startsWith(
                "(6 − 5) / (3 − 5) = -0.50, clamped to 0.00 (regression: moved away from the"
                    + " target)"),
        s.explanation());
  }

  @Test
  void errorRateFrom2To02PercentDecreasesExactly() {
    assertEquals(d("0.5"), scoreOf(metric("2", "0.2", "1.1"), NOV_30));
    assertEquals(BigDecimal.ONE, scoreOf(metric("2", "0.2", "0.2"), NOV_30));
    KeyResultScore beyond = scorer.score(metric("2", "0.2", "0.1"), NOV_30);
    assertEquals(d("1.055555555555556"), beyond.raw().orElseThrow());
    assertEquals(BigDecimal.ONE, beyond.score().orElseThrow());
    assertTrue(beyond.isClamped());
    assertTrue(beyond.explanation().contains("clamped to 1.00 (over-achievement)"));
  }

  @Test
  void downloadsFromZeroTo10000ScoresProportionally() {
    assertEquals(d("0.25"), scoreOf(metric("0", "10000", "2500"), NOV_30));
    assertEquals(BigDecimal.ONE, scoreOf(metric("0", "10000", "10000"), NOV_30));
  }

  @Test
  void downloadsWithoutBaselineHaveNoDefinedScore() {
    KeyResult kr =
        KeyResult.builder()
            .id("dl")
            .title("Achieve 10,000 app downloads")
            .target(Target.of(10000))
            .addCheckIns(CheckIn.of(NOV_15, 2500))
            .build();
    KeyResultScore s = scorer.score(kr, NOV_30);
    assertTrue(s.score().isEmpty());
    assertTrue(s.raw().isEmpty());
    assertEquals("metric key result 'dl' has no baseline", s.undefinedReason().orElseThrow());
    assertEquals("undefined: metric key result 'dl' has no baseline", s.explanation());
  }

  @Test
  void metricWithoutTargetHasNoDefinedScore() {
    KeyResult kr =
        KeyResult.builder().id("nt").title("Grow").baseline(Baseline.of(3)).build();
    assertEquals(
        "metric key result 'nt' has no target",
        scorer.score(kr, NOV_30).undefinedReason().orElseThrow());
  }

  @Test
  void baselineEqualToTargetIsUndefinedNeverHalfOrNaN() {
    KeyResultScore s = scorer.score(metric("5", "5.0", "5"), NOV_30);
    assertFalse(s.isDefined());
    assertEquals(
        "metric key result 'kr': baseline equals target 5.0, so there is no direction to measure"
            + " progress in",
        s.undefinedReason().orElseThrow());
  }

  @Test
  void noCheckInYetMeansCurrentIsTheBaselineAndScoreZero() {
    KeyResultScore s = scorer.score(metric("4.1", "4.8"), NOV_30);
    assertEquals(BigDecimal.ZERO, s.score().orElseThrow());
    assertEquals(d("4.1"), s.current().orElseThrow());
    assertTrue(s.checkIn().isEmpty());
    assertEquals(
        "(4.1 − 4.1) / (4.8 − 4.1) = 0.00, current 4.1 (the baseline: no check-in on or before"
            + " 2026-11-30)",
        s.explanation());
  }

  @Test
  void scoringAsOfAPastDateReproducesTheScoreThen() {
    // Weekly check-ins on Oct 8, 15, 22.
    KeyResult kr = metric("120", "150", "126", "135", "150");
    assertEquals(BigDecimal.ZERO, scoreOf(kr, LocalDate.of(2026, 10, 7)));
    assertEquals(d("0.2"), scoreOf(kr, LocalDate.of(2026, 10, 8)));
    assertEquals(d("0.2"), scoreOf(kr, LocalDate.of(2026, 10, 14)));
    assertEquals(d("0.5"), scoreOf(kr, LocalDate.of(2026, 10, 15)));
    assertEquals(BigDecimal.ONE, scoreOf(kr, LocalDate.of(2026, 10, 22)));
    assertEquals(BigDecimal.ONE, scoreOf(kr, NOV_30));
  }

  @Test
  void checkInsOutOfOrderAreChosenByDateAndOnEqualDatesTheLaterInTheListWins() {
    KeyResult kr =
        metric("0", "10")
            .withCheckIns(
                List.of(
                    CheckIn.of(NOV_15, 5),
                    CheckIn.of(OCT_1, 9),
                    CheckIn.of(NOV_15, 6),
                    CheckIn.of(LocalDate.of(2026, 12, 1), 10)));
    KeyResultScore s = scorer.score(kr, NOV_30);
    assertEquals(d("0.6"), s.score().orElseThrow());
    assertEquals(d("6.0"), s.current().orElseThrow(), "values keep the scale they were given");
  }

  @Test
  void unclampedPolicyKeepsOverAchievementAndRegressionVisible() {
    Scorer raw = Scorer.of(ScoringPolicy.defaults().withClamp(false));
    KeyResultScore over = raw.score(metric("120", "150", "165"), NOV_30);
    assertEquals(d("1.5"), over.score().orElseThrow());
    assertFalse(over.isClamped());
    assertTrue(over.explanation().contains("(over-achievement, kept unclamped)"));
    KeyResultScore back = raw.score(metric("120", "150", "105"), NOV_30);
    assertEquals(d("-0.5"), back.score().orElseThrow());
  }

  @Test
  void negativeAndFractionalValuesScoreLikeAnyOthers() {
    // Net flow from -3.5 to 1.5: at -1 it is half-way.
    KeyResultScore s = scorer.score(metric("-3.5", "1.5", "-1"), NOV_30);
    assertEquals(d("0.5"), s.score().orElseThrow());
    assertTrue(s.explanation().startsWith("((-1) − (-3.5)) / (1.5 − (-3.5)) = 0.50"));
  }

  @Test
  void thresholdScoresOneWhileMetAndZeroOtherwise() {
    KeyResult uptime =
        KeyResult.threshold("up", "Keep uptime at or above 99.9%", Target.atLeast(d("99.9")))
            .withBaseline(Baseline.of(d("99.0")))
            .withCheckIns(List.of(CheckIn.of(OCT_1, d("99.95")), CheckIn.of(NOV_15, d("99.45"))));
    KeyResultScore met = scorer.score(uptime, OCT_1);
    assertEquals(BigDecimal.ONE, met.score().orElseThrow());
    assertEquals(
        "current 99.95 against bound ≥ 99.9: met, score 1.00, from the check-in of 2026-10-01"
            + " (latest on or before 2026-10-01)",
        met.explanation());
    KeyResultScore missed = scorer.score(uptime, NOV_30);
    assertEquals(BigDecimal.ZERO, missed.score().orElseThrow());
    assertTrue(missed.explanation().startsWith("current 99.45 against bound ≥ 99.9: not met"));
    assertTrue(uptime.withTarget(Target.atLeast(d("99.45"))).checkIns().size() == 2);
    assertEquals(
        BigDecimal.ONE,
        scorer.score(uptime.withTarget(Target.atLeast(d("99.45"))), NOV_30).score().orElseThrow(),
        "the bound itself is met");
  }

  @Test
  void thresholdPartialCreditIsTheWayTravelledFromBaselineToBound() {
    Scorer partial =
        Scorer.of(ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.PARTIAL));
    KeyResult uptime =
        KeyResult.threshold("up", "Keep uptime at or above 99.9%", Target.atLeast(d("99.9")))
            .withBaseline(Baseline.of(d("99.0")))
            .withCheckIns(List.of(CheckIn.of(NOV_15, d("99.45"))));
    KeyResultScore s = partial.score(uptime, NOV_30);
    assertEquals(d("0.5"), s.score().orElseThrow());
    assertTrue(
        s.explanation().contains("not met, partial credit (99.45 − 99.0) / (99.9 − 99.0) = 0.50"),
        s.explanation());
    KeyResult noBaseline =
        KeyResult.threshold("up", "Keep uptime at or above 99.9%", Target.atLeast(d("99.9")))
            .withCheckIns(List.of(CheckIn.of(NOV_15, d("99.45"))));
    KeyResultScore none = partial.score(noBaseline, NOV_30);
    assertEquals(BigDecimal.ZERO, none.score().orElseThrow());
    assertTrue(none.explanation().contains("no partial credit: no baseline"));
  }

  @Test
  void atMostThresholdIsMetAtOrBelowTheBound() {
    KeyResult latency =
        KeyResult.threshold("lat", "Keep p99 latency at or below 300 ms", Target.atMost(300))
            .withCheckIns(List.of(CheckIn.of(OCT_1, 300), CheckIn.of(NOV_15, 301)));
    assertEquals(BigDecimal.ONE, scoreOf(latency, OCT_1));
    assertEquals(BigDecimal.ZERO, scoreOf(latency, NOV_30));
    assertEquals(BigDecimal.ZERO, scoreOf(latency, OCT_1.minusDays(1)));
  }

  @Test
  void thresholdWithoutBoundIsUndefined() {
    KeyResult kr =
        KeyResult.builder()
            .id("t")
            .title("Keep it up")
            .kind(KeyResultKind.THRESHOLD)
            .target(Target.of(5))
            .build();
    assertEquals(
        "threshold key result 't' has no at-least or at-most bound, was a value to reach 5.0",
        scorer.score(kr, NOV_30).undefinedReason().orElseThrow());
  }

  @Test
  void milestoneScoresOneOnlyOnceDone() {
    KeyResult handbook =
        KeyResult.milestone("hb", "Publish the support handbook")
            .withCheckIns(
                List.of(CheckIn.ofDone(OCT_1, false), CheckIn.ofDone(NOV_15, true)));
    assertEquals(BigDecimal.ZERO, scoreOf(handbook, OCT_1.minusDays(1)));
    assertEquals(BigDecimal.ZERO, scoreOf(handbook, OCT_1));
    KeyResultScore done = scorer.score(handbook, NOV_30);
    assertEquals(BigDecimal.ONE, done.score().orElseThrow());
    assertTrue(done.current().isEmpty());
    assertEquals(
        "milestone done, score 1.00, from the check-in of 2026-11-15 (latest on or before"
            + " 2026-11-30)",
        done.explanation());
    assertEquals(
        "milestone not done: no check-in on or before 2026-09-30, score 0.00",
        scorer.score(handbook, OCT_1.minusDays(1)).explanation());
  }

  @Test
  void equalScoresAreEqualValues() {
    KeyResult kr = metric("120", "150", "135");
    assertEquals(scorer.score(kr, NOV_30), Scorer.defaults().score(kr, NOV_30));
    assertEquals(scorer.score(kr, NOV_30).hashCode(), scorer.score(kr, NOV_30).hashCode());
    assertEquals("KeyResultScore{kr as of 2026-11-30: 0.5}", scorer.score(kr, NOV_30).toString());
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsFailFastNamingTheParameter() {
    var e = assertThrows(NullPointerException.class, () -> scorer.score((KeyResult) null, NOV_30));
    assertEquals("keyResult", e.getMessage());
    assertEquals(
        "asOf",
        assertThrows(NullPointerException.class, () -> scorer.score(metric("1", "2"), null))
            .getMessage());
    assertThrows(NullPointerException.class, () -> Scorer.of(null));
  }
}
