package org.okrkit.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.ScoringSettings;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.Scorer;

/** The health rules, one worked example each (the same numbers as docs/rollup.md). */
class HealthPolicyTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final HealthPolicy DEFAULTS = HealthPolicy.defaults();

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static KeyResult sales(LocalDate on, int value) {
    return KeyResult.metric("sales-1", "Grow weekly sales from 100 to 200", 100, 200)
        .plusCheckIn(CheckIn.of(on, value));
  }

  private static HealthAssessment assess(KeyResult kr, Objective o, LocalDate asOf) {
    return DEFAULTS.keyResult(Scorer.defaults().score(kr, asOf), o, Q4);
  }

  private static HealthAssessment assess(KeyResult kr, LocalDate asOf) {
    return assess(kr, Objective.of("o", "Sell", Q4.id(), kr), asOf);
  }

  @Test
  void staleWinsOverEveryScoreOnceTheCadenceAndGraceHavePassed() {
    // Checked in on 1 November at 200 (done): weekly + 3 days is fine through 11 November.
    KeyResult kr = sales(LocalDate.of(2026, 11, 1), 200);
    HealthAssessment fresh = assess(kr, LocalDate.of(2026, 11, 11));
    assertEquals(Health.DONE, fresh.health());
    assertEquals(HealthRule.DONE, fresh.rule());
    HealthAssessment stale = assess(kr, LocalDate.of(2026, 11, 12));
    assertEquals(Health.STALE, stale.health());
    assertEquals(HealthRule.STALE, stale.rule());
    assertEquals(LocalDate.of(2026, 11, 12), stale.staleSince().orElseThrow());
    assertEquals(
        "no check-in since 2026-11-01 (weekly + 3 days grace: stale since 2026-11-12)",
        stale.detail());
  }

  @Test
  void aKeyResultNeverCheckedInIsStaleCountingFromTheStart() {
    KeyResult kr = KeyResult.metric("k", "Grow from 0 to 10", 0, 10);
    assertEquals(Health.NOT_STARTED, assess(kr, LocalDate.of(2026, 10, 5)).health());
    HealthAssessment a = assess(kr, LocalDate.of(2026, 10, 12));
    assertEquals(Health.STALE, a.health());
    assertEquals("no check-in since the start 2026-10-01 (weekly + 3 days grace: stale since 2026-10-12)", a.detail());
  }

  @Test
  void aKeyResultsOwnCadenceOverridesTheDocuments() {
    KeyResult kr = sales(LocalDate.of(2026, 11, 1), 120).withCadence(Period.ofMonths(1)).withGraceDays(0);
    assertEquals(HealthRule.PACE, assess(kr, LocalDate.of(2026, 11, 20)).rule());
    assertEquals(Health.STALE, assess(kr, LocalDate.of(2026, 12, 2)).health());
    HealthPolicy daily = DEFAULTS.withCadence(CheckInCadence.of(Period.ofDays(1), 0));
    KeyResult plain = sales(LocalDate.of(2026, 11, 1), 120);
    assertEquals(
        Health.STALE,
        daily.keyResult(Scorer.defaults().score(plain, LocalDate.of(2026, 11, 3)), Objective.of("o", "Sell", Q4.id()), Q4).health());
  }

  @Test
  void theDocumentsScoringSettingsSetTheCadenceAndAKeyResultsOwnStillWins() {
    HealthPolicy biweekly =
        DEFAULTS.with(ScoringSettings.builder().cadence(Period.ofWeeks(2)).build());
    assertEquals(CheckInCadence.of(Period.ofWeeks(2), 3), biweekly.cadence());
    HealthPolicy graceOnly = DEFAULTS.with(ScoringSettings.builder().graceDays(0).build());
    assertEquals(CheckInCadence.of(Period.ofWeeks(1), 0), graceOnly.cadence());
    assertEquals(DEFAULTS, DEFAULTS.with(ScoringSettings.builder().build()));
    KeyResult daily = KeyResult.metric("k", "Grow it", 0, 10).withCadence(Period.ofDays(1));
    assertEquals(Period.ofDays(1), biweekly.cadenceOf(daily).period());
    assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.builder().cadence(Period.ZERO).build());
    assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.builder().graceDays(-1).build());
  }

  @Test
  void stalenessIsJudgedAtTheEndOnceThePeriodIsOver() {
    KeyResult kr = sales(LocalDate.of(2026, 12, 29), 150);
    assertEquals(HealthRule.PACE, assess(kr, LocalDate.of(2027, 3, 1)).rule());
  }

  @Test
  void differencePaceStyleMarksAtRiskBelowMinusPointOneAndOffTrackBelowMinusPointTwoFive() {
    // 15 November: 45 of 91 days, expected ≈ 0.4945.
    LocalDate nov15 = LocalDate.of(2026, 11, 15);
    assertEquals(Health.ON_TRACK, assess(sales(nov15, 140), nov15).health()); // 0.40: −0.09
    assertEquals(Health.AT_RISK, assess(sales(nov15, 130), nov15).health()); // 0.30: −0.19
    assertEquals(Health.OFF_TRACK, assess(sales(nov15, 120), nov15).health()); // 0.20: −0.29
  }

  @Test
  void ratioPaceStyleIsOnTrackFromNinetyFivePercentAndAtRiskFromSeventyFive() {
    PaceStyle ratio = PaceStyle.ratio();
    assertEquals(Health.ON_TRACK, ratio.pace(d("0.475"), d("0.5"), ObjectiveType.ASPIRATIONAL));
    assertEquals(Health.AT_RISK, ratio.pace(d("0.474"), d("0.5"), ObjectiveType.ASPIRATIONAL));
    assertEquals(Health.AT_RISK, ratio.pace(d("0.375"), d("0.5"), ObjectiveType.ASPIRATIONAL));
    assertEquals(Health.OFF_TRACK, ratio.pace(d("0.374"), d("0.5"), ObjectiveType.ASPIRATIONAL));
    assertEquals(Health.ON_TRACK, ratio.pace(BigDecimal.ZERO, BigDecimal.ZERO, ObjectiveType.COMMITTED));
  }

  @Test
  void committedAspirationalExpectsAnAspirationalOkrToEndAtPointSeven() {
    PaceStyle style = PaceStyle.committedAspirational();
    // Halfway: an aspirational OKR is expected at 0.35, a committed one at 0.5.
    assertEquals(Health.ON_TRACK, style.pace(d("0.3"), d("0.5"), ObjectiveType.ASPIRATIONAL));
    assertEquals(Health.AT_RISK, style.pace(d("0.3"), d("0.5"), ObjectiveType.COMMITTED));
    assertEquals(Health.AT_RISK, PaceStyle.difference().pace(d("0.3"), d("0.5"), ObjectiveType.ASPIRATIONAL));
  }

  @Test
  void aPaceStyleReturningSomethingElseIsRefusedNamingIt() {
    HealthPolicy broken = DEFAULTS.withPaceStyle((s, e, t) -> Health.DONE);
    LocalDate nov15 = LocalDate.of(2026, 11, 15);
    KeyResult kr = sales(nov15, 140);
    var e =
        assertThrows(
            IllegalStateException.class,
            () -> broken.keyResult(Scorer.defaults().score(kr, nov15), Objective.of("o", "Sell", Q4.id()), Q4));
    assertTrue(String.valueOf(e.getMessage()).contains("returned DONE for 'sales-1'"), e.getMessage());
  }

  @Test
  void expectedProgressFollowsTheKeyResultsOwnDueDate() {
    KeyResult kr = KeyResult.metric("k", "Launch from 0 to 10 stores", 0, 10).withDue(LocalDate.of(2026, 10, 31));
    // Due 31 October: 15 October is 14 of 30 days in.
    assertEquals(
        new BigDecimal("14").divide(new BigDecimal("30"), java.math.MathContext.DECIMAL64).stripTrailingZeros(),
        HealthPolicy.expectedProgress(kr, Q4, LocalDate.of(2026, 10, 15)).orElseThrow());
    assertEquals(BigDecimal.ONE, HealthPolicy.expectedProgress(kr, Q4, LocalDate.of(2026, 11, 15)).orElseThrow());
  }

  @Test
  void aPlanMakesExpectedProgressPiecewiseLinearThroughItsPoints() {
    // 100 → 200 over Q4, with 140 planned for 15 November (45 days in): by then 0.4, not 0.49;
    // halfway from there to the end (61 more days: 15 December, 30 days later) 140 + 60 × 30/46.
    KeyResult kr =
        KeyResult.metric("k", "Grow from 100 to 200", 100, 200)
            .withPlan(List.of(PlanPoint.of(LocalDate.of(2026, 11, 15), d("140"))));
    assertEquals(d("0.4"), HealthPolicy.expectedProgress(kr, Q4, LocalDate.of(2026, 11, 15)).orElseThrow());
    // 15 October: 14 of 45 days of the first segment, 100 + 40 × 14/45 ≈ 112.44: 0.1244.
    BigDecimal oct15 = HealthPolicy.expectedProgress(kr, Q4, LocalDate.of(2026, 10, 15)).orElseThrow();
    assertEquals(0, oct15.setScale(4, java.math.RoundingMode.HALF_EVEN).compareTo(d("0.1244")), oct15.toPlainString());
    assertEquals(BigDecimal.ONE, HealthPolicy.expectedProgress(kr, Q4, LocalDate.of(2026, 12, 31)).orElseThrow());
  }

  @Test
  void notStartedBeforeTheStartAndWithoutACheckIn() {
    KeyResult kr = KeyResult.metric("k", "Grow from 0 to 10", 0, 10).withStart(LocalDate.of(2026, 11, 1));
    HealthAssessment before = assess(kr, LocalDate.of(2026, 10, 20));
    assertEquals(Health.NOT_STARTED, before.health());
    assertEquals("starts 2026-11-01", before.detail());
    HealthAssessment none = assess(kr, LocalDate.of(2026, 11, 3));
    assertEquals(Health.NOT_STARTED, none.health());
    assertEquals("no check-in yet", none.detail());
  }

  @Test
  void anObjectiveIsStaleWhenOneOfItsCountedKeyResultsIs() {
    LocalDate nov20 = LocalDate.of(2026, 11, 20);
    KeyResult fresh = sales(LocalDate.of(2026, 11, 18), 150);
    KeyResult silent = KeyResult.metric("nps-1", "Raise NPS from 20 to 40", 20, 40).plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 2), 30));
    KeyResult tracked = silent.withWeight(BigDecimal.ZERO);
    OkrSet stale = OkrSet.of(List.of(Q4), List.of(Objective.of("o", "Sell", Q4.id(), fresh, silent)));
    OkrSet notCounted = OkrSet.of(List.of(Q4), List.of(Objective.of("o", "Sell", Q4.id(), fresh, tracked)));
    RollupResult r1 = Rollup.defaults().computeTolerant(stale, nov20);
    ObjectiveRollup n1 = r1.nodes().get(0);
    HealthReport h1 = DEFAULTS.assess(stale, r1);
    assertEquals(Health.STALE, h1.objective(n1).health());
    assertTrue(h1.objective(n1).detail().startsWith("key result 'nps-1' is stale"), h1.objective(n1).detail());
    assertEquals(List.of(Health.ON_TRACK, Health.STALE), h1.keyResults(n1).stream().map(HealthAssessment::health).toList());
    RollupResult r2 = Rollup.defaults().computeTolerant(notCounted, nov20);
    assertEquals(HealthRule.PACE, DEFAULTS.assess(notCounted, r2).objective(r2.nodes().get(0)).rule());
  }

  @Test
  void anObjectiveWhoseRollUpReachesOneIsDone() {
    LocalDate nov20 = LocalDate.of(2026, 11, 20);
    OkrSet set = OkrSet.of(List.of(Q4), List.of(Objective.of("o", "Sell", Q4.id(), sales(LocalDate.of(2026, 11, 18), 210))));
    RollupResult r = Rollup.defaults().computeTolerant(set, nov20);
    assertEquals(Health.DONE, DEFAULTS.assess(set, r).objective(r.nodes().get(0)).health());
  }

  @Test
  void aCloseOutDecidesBeforeEveryOtherRuleFromItsDateOn() {
    KeyResult kr =
        sales(LocalDate.of(2026, 10, 2), 110)
            .withClose(org.okrkit.model.CloseOut.on(LocalDate.of(2026, 12, 20)).withOutcome(org.okrkit.model.Outcome.PARTIALLY_ACHIEVED));
    assertEquals(Health.STALE, assess(kr, LocalDate.of(2026, 12, 19)).health());
    HealthAssessment closed = assess(kr, LocalDate.of(2026, 12, 20));
    assertEquals(Health.PARTIALLY_ACHIEVED, closed.health());
    assertEquals(HealthRule.CLOSED, closed.rule());
    assertEquals("closed on 2026-12-20 as partially achieved", closed.detail());
  }

  @Test
  void healthCodesAreTheJsonValues() {
    assertEquals(
        List.of(
            "not_started", "on_track", "at_risk", "off_track", "done", "stale", "achieved",
            "partially_achieved", "missed", "closed"),
        java.util.Arrays.stream(Health.values()).map(Health::code).toList());
  }
}
