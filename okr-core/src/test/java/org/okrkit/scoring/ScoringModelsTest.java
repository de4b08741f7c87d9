package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;

/** One worked example per scoring model, with the numbers of docs/scoring.md. */
class ScoringModelsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 15);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static KeyResult stepped(
      String b, @Nullable String commit, String t, @Nullable String stretch) {
    return KeyResult.builder()
        .id("rec")
        .title("Increase recommendations from 120 to 150 (commit 130, stretch 180)")
        .baseline(Baseline.of(d(b)))
        .target(Target.stepped(d(t), commit == null ? null : d(commit), stretch == null ? null : d(stretch)))
        .build();
  }

  private static KeyResultScore at(KeyResult kr, String value) {
    return Scorer.defaults().score(kr.plusCheckIn(CheckIn.of(DAY, d(value))), DAY);
  }

  @Test
  void steppedIncreasingScoresOnItsAnchors() {
    KeyResult kr = stepped("120", "130", "150", "180");
    assertEquals(d("0.5"), at(kr, "140").score().orElseThrow());
    assertEquals(d("0.85"), at(kr, "165").score().orElseThrow());
    assertEquals(d("0.3"), at(kr, "130").score().orElseThrow());
    assertEquals(d("0.7"), at(kr, "150").score().orElseThrow());
    assertEquals(BigDecimal.ONE, at(kr, "180").score().orElseThrow());
    assertEquals(BigDecimal.ZERO, at(kr, "120").score().orElseThrow());
    KeyResultScore s = at(kr, "140");
    assertEquals(
        "current 140 between commit 130 (0.3) and target 150 (0.7): 0.3 + (140 − 130) / (150 − 130)"
            + " × (0.7 − 0.3) = 0.50, from the check-in of 2026-11-15 (latest on or before"
            + " 2026-11-15)",
        s.explanation());
    assertTrue(s.derivation() instanceof Derivation.Stepped);
  }

  @Test
  void steppedDecreasingMirrorsIncreasing() {
    KeyResult kr = stepped("10", "8.8", "6", "4");
    assertEquals(d("0.85"), at(kr, "5").score().orElseThrow());
    assertEquals(d("0.3"), at(kr, "8.8").score().orElseThrow());
  }

  @Test
  void steppedBeyondStretchIsCappedAndBelowBaselineFloored() {
    KeyResult kr = stepped("120", "130", "150", "180");
    KeyResultScore beyond = at(kr, "210");
    assertEquals(BigDecimal.ONE, beyond.score().orElseThrow());
    assertEquals(d("1.3"), beyond.raw().orElseThrow());
    assertTrue(beyond.explanation().startsWith("current 210 beyond stretch 180 (1): 0.7 + "),
        beyond.explanation());
    KeyResultScore below = at(kr, "110");
    assertEquals(BigDecimal.ZERO, below.score().orElseThrow());
    assertTrue(below.explanation().startsWith("current 110 below baseline 120 (0): "),
        below.explanation());
  }

  @Test
  void steppedWithoutStretchPutsTheTargetAtOne() {
    KeyResult kr = stepped("0", "40", "100", null);
    assertEquals(d("0.3"), at(kr, "40").score().orElseThrow());
    assertEquals(BigDecimal.ONE, at(kr, "100").score().orElseThrow());
    assertEquals(d("0.65"), at(kr, "70").score().orElseThrow());
  }

  @Test
  void steppedLevelsOutOfOrderAreUndefinedWithAReason() {
    KeyResultScore s = at(stepped("120", "160", "150", "180"), "140");
    assertEquals(Optional.of(UndefinedReason.LEVELS_OUT_OF_ORDER), s.undefinedCode());
    assertEquals(
        "metric key result 'rec': the levels are out of order (target 150 must be above commit 160)",
        s.undefinedReason().orElseThrow());
  }

  private static KeyResult band() {
    return KeyResult.threshold("cover", "Keep inventory cover between 10 and 20 days",
        Target.between(10, 20));
  }

  @Test
  void bandScoresOneInsideBoundsIncludedAndZeroOutside() {
    assertEquals(BigDecimal.ONE, at(band(), "15").score().orElseThrow());
    assertEquals(BigDecimal.ONE, at(band(), "10").score().orElseThrow());
    assertEquals(BigDecimal.ONE, at(band(), "20").score().orElseThrow());
    KeyResultScore out = at(band(), "25");
    assertEquals(BigDecimal.ZERO, out.score().orElseThrow());
    assertEquals(
        "current 25 against band 10 to 20: outside by 5, score 0.00, from the check-in of"
            + " 2026-11-15 (latest on or before 2026-11-15)",
        out.explanation());
  }

  @Test
  void bandWithPartialCreditFallsLinearlyWithTheDistance() {
    Scorer partial = Scorer.of(ScoringPolicy.defaults().withBandCredit(BandCredit.PARTIAL));
    KeyResult kr = band();
    assertEquals(d("0.5"), partial.score(kr.plusCheckIn(CheckIn.of(DAY, 25)), DAY).score().orElseThrow());
    assertEquals(d("0.8"), partial.score(kr.plusCheckIn(CheckIn.of(DAY, 8)), DAY).score().orElseThrow());
    KeyResultScore far = partial.score(kr.plusCheckIn(CheckIn.of(DAY, 45)), DAY);
    assertEquals(BigDecimal.ZERO, far.score().orElseThrow());
    assertTrue(far.explanation().contains("partial credit 1 − 25 / (20 − 10) = -1.50, floored at"
        + " 0.00"), far.explanation());
  }

  @Test
  void aBandsBoundsMustBeInOrder() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Target.between(20, 10));
    assertTrue(String.valueOf(e.getMessage()).contains("at-most bound must be above its at-least bound 20, was 10"),
        e.getMessage());
  }

  @Test
  void zonesScoreTheZoneReached() {
    KeyResult kr =
        KeyResult.builder()
            .id("partners")
            .title("Win design partners")
            .kind(KeyResultKind.ZONES)
            .zones(ZoneDescriptions.of("none signed", "one pilot", "two paying", "a reference"))
            .build();
    Scorer s = Scorer.defaults();
    assertEquals(BigDecimal.ZERO, s.score(kr, DAY).score().orElseThrow());
    assertEquals(d("0.7"), s.score(kr.plusCheckIn(CheckIn.ofZone(DAY, Zone.TARGET)), DAY).score().orElseThrow());
    KeyResultScore commit =
        s.score(
            kr.plusCheckIn(CheckIn.ofZone(DAY.minusDays(7), Zone.STRETCH))
                .plusCheckIn(CheckIn.ofZone(DAY, Zone.COMMIT)),
            DAY);
    assertEquals(d("0.3"), commit.score().orElseThrow());
    assertEquals("zone reached: commit, score 0.30, from the check-in of 2026-11-15 (latest on or"
        + " before 2026-11-15)", commit.explanation());
  }

  @Test
  void hitRatioIsTheShareOfCheckInsThatMetTheBound() {
    KeyResult kr =
        KeyResult.threshold("up", "Keep uptime at or above 99.9%", Target.atLeast(99.9))
            .withCheckIns(
                List.of(
                    CheckIn.of(DAY.minusDays(21), 99.95),
                    CheckIn.of(DAY.minusDays(14), 99.8),
                    CheckIn.of(DAY.minusDays(7), 99.9),
                    CheckIn.of(DAY, 99.99),
                    CheckIn.of(DAY.plusDays(7), 10)));
    Scorer hits = Scorer.of(ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.HIT_RATIO));
    KeyResultScore s = hits.score(kr, DAY);
    assertEquals(d("0.75"), s.score().orElseThrow());
    assertEquals("bound ≥ 99.9 held in 3 of 4 check-ins on or before 2026-11-15: 3 / 4 = 0.75",
        s.explanation());
  }

  @Test
  void capAndFloorHoldTheScoreAndKeepTheRawAttainment() {
    KeyResult kr = KeyResult.metric("k", "Grow from 0 to 100", 0, 100);
    Scorer capped = Scorer.of(ScoringPolicy.defaults().withCap(d("1.2")));
    KeyResultScore over = capped.score(kr.plusCheckIn(CheckIn.of(DAY, 150)), DAY);
    assertEquals(d("1.2"), over.score().orElseThrow());
    assertEquals(d("1.5"), over.raw().orElseThrow());
    assertEquals(Grade.GREEN, over.grade().orElseThrow());
    assertTrue(over.explanation().startsWith("(150 − 0) / (100 − 0) = 1.50, clamped to 1.20"
        + " (over-achievement)"), over.explanation());
    Scorer floored = Scorer.of(ScoringPolicy.defaults().withFloor(d("-0.5")));
    assertEquals(d("-0.5"), floored.score(kr.plusCheckIn(CheckIn.of(DAY, -80)), DAY).score().orElseThrow());
    assertEquals(d("-0.3"), floored.score(kr.plusCheckIn(CheckIn.of(DAY, -30)), DAY).score().orElseThrow());
  }

  @Test
  void aTargetThatCanWaitIsLeftOutOfTheMeanAndNamed() {
    KeyResult pending =
        KeyResult.builder().id("nps").title("Lift NPS").baseline(Baseline.of(31)).targetPending(true).build();
    KeyResult scored = KeyResult.metric("k", "Grow from 0 to 10", 0, 10).plusCheckIn(CheckIn.of(DAY, 5));
    Objective o = Objective.builder().id("o").title("Delight").cycle("q").addKeyResults(pending, scored).build();
    ObjectiveScore s = Scorer.defaults().score(o, DAY);
    assertEquals(d("0.5"), s.score().orElseThrow());
    Derivation.WeightedMean mean = (Derivation.WeightedMean) s.derivation();
    assertEquals("nps", mean.excluded().get(0).id());
    assertEquals(UndefinedReason.NO_TARGET_YET, mean.excluded().get(0).why().reason());
    assertEquals(
        "(1 × 0.50) / 1 = 0.50; 'nps' left out: metric key result 'nps' has no target yet (it is"
            + " still to be set)",
        s.explanation());
    KeyResult noBaseline =
        KeyResult.builder().id("b").title("Cut churn").target(Target.of(2)).baselinePending(true).build();
    assertEquals(
        Optional.of(UndefinedReason.NO_BASELINE_YET),
        Scorer.defaults().score(noBaseline, DAY).undefinedCode());
  }

  @Test
  void deltaCheckInsAccumulateFromTheBaseline() {
    KeyResult kr =
        KeyResult.metric("sold", "Sell 100 more licences", 0, 100)
            .withCheckIns(
                List.of(
                    CheckIn.ofDelta(DAY.minusDays(14), d("20")),
                    CheckIn.ofDelta(DAY.minusDays(7), d("15")),
                    CheckIn.ofDelta(DAY, d("5"))));
    KeyResultScore s = Scorer.defaults().score(kr, DAY);
    assertEquals(d("0.4"), s.score().orElseThrow());
    assertEquals(d("40"), s.current().orElseThrow());
    assertTrue(s.explanation().endsWith("current 40 from the check-ins up to 2026-11-15 (latest on"
        + " or before 2026-11-15; the baseline plus 3 increments)"), s.explanation());
    // time travel uses the series as it stood
    assertEquals(d("0.35"), Scorer.defaults().score(kr, DAY.minusDays(1)).score().orElseThrow());
    // a value check-in resets the level; later deltas add to it
    KeyResult reset = kr.plusCheckIn(CheckIn.of(DAY.plusDays(7), 60)).plusCheckIn(CheckIn.ofDelta(DAY.plusDays(14), d("10")));
    assertEquals(d("0.7"), Scorer.defaults().score(reset, DAY.plusDays(14)).score().orElseThrow());
    Forecast f = Forecaster.defaults().forecast(kr, Cycle.of("q", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)), DAY);
    assertEquals(3, f.usableCheckIns());
  }

  @Test
  void documentSettingsBecomeAPolicy() {
    ScoringSettings settings =
        ScoringSettings.builder()
            .cap(d("1.2"))
            .noFloor(true)
            .thresholdCredit("hit-ratio")
            .bandCredit("partial")
            .greenFrom(d("0.8"))
            .yellowFrom(d("0.5"))
            .build();
    ScoringPolicy p = ScoringPolicy.from(settings);
    assertEquals(Optional.of(d("1.2")), p.cap());
    assertEquals(Optional.empty(), p.floor());
    assertEquals(ThresholdCredit.HIT_RATIO, p.thresholdCredit());
    assertEquals(BandCredit.PARTIAL, p.bandCredit());
    assertEquals(Grade.YELLOW, p.grades().grade(d("0.75")));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> ScoringSettings.builder().thresholdCredit("some").build());
    assertTrue(String.valueOf(e.getMessage()).contains("thresholdCredit must be one of all-or-nothing, partial,"
        + " hit-ratio, was 'some'"), e.getMessage());
  }
}
