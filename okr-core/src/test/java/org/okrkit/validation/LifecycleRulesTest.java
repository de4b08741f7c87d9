package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Corridor;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;

/** Each rule of the cycle's life fires on what it catches and stays quiet otherwise. */
class LifecycleRulesTest {
  private static final Cycle Q3 = Cycle.quarter(2026, 3);
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate AFTER = Q4.start().plusDays(5);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static LocalDate q3(int day) {
    return Q3.start().plusDays(day);
  }

  private static KeyResult nps() {
    return KeyResult.metric("k1", "Lift NPS from 30 to 50", d("30"), d("50"))
        .withCheckIns(List.of(CheckIn.of(q3(20), d("35")), CheckIn.of(q3(80), d("40"))));
  }

  private static OkrSet set(KeyResult kr, CloseOut close) {
    Objective o = Objective.builder().id("o").title("Delight customers").cycle(Q3.id())
        .owner("CS").addKeyResults(kr).close(close).build();
    return OkrSet.builder().addCycles(Q3, Q4).addObjectives(o).build();
  }

  private static CloseOut complete() {
    return CloseOut.on(Q3.end()).withOutcome(Outcome.PARTIALLY_ACHIEVED)
        .withDecision(Decision.KEEP).withComputedScore(d("0.5"));
  }

  private static List<Finding> findings(OkrSet set, Rule rule) {
    return Validator.defaults().validate(set, AFTER).stream()
        .filter(f -> f.rule() == rule).collect(Collectors.toList());
  }

  @Test
  void completeCloseOutRaisesNoLifecycleFinding() {
    List<Finding> all = Validator.defaults().validate(set(nps(), complete()), AFTER);
    for (Finding f : all) {
      assertTrue(!f.ruleId().startsWith("close-") && !f.ruleId().startsWith("change")
          && !f.ruleId().equals("check-in-after-close"), f.toString());
    }
  }

  @Test
  void adjustedGradeWithoutAReasonIsAnError() {
    List<Finding> f = findings(set(nps(), complete().withAdjustedScore(d("0.7"))),
        Rule.CLOSE_ADJUSTED_WITHOUT_REASON);
    assertEquals(1, f.size());
    assertTrue(f.get(0).isError());
    assertEquals("/objectives/0/close/adjustedScore", f.get(0).pointer());
    assertEquals(0, findings(set(nps(), complete().withAdjustedScore(d("0.7"))
        .withAdjustmentReason("a one-off deal")), Rule.CLOSE_ADJUSTED_WITHOUT_REASON).size());
  }

  @Test
  void keepWithMissedIsFine() {
    assertEquals(List.of(), Validator.defaults().validate(
        set(nps(), complete().withOutcome(Outcome.MISSED)), AFTER).stream()
        .filter(f -> f.ruleId().startsWith("close-")).collect(Collectors.toList()));
  }

  @Test
  void closedWithoutOutcomeOrDecisionIsFlagged() {
    OkrSet s = set(nps(), CloseOut.on(Q3.end()).withComputedScore(d("0.5")));
    assertEquals(1, findings(s, Rule.CLOSE_WITHOUT_OUTCOME).size());
    assertEquals(1, findings(s, Rule.CLOSE_WITHOUT_DECISION).size());
    OkrSet open = set(nps(), CloseOut.builder().retrospective("draft").build());
    assertEquals(0, findings(open, Rule.CLOSE_WITHOUT_OUTCOME).size());
  }

  @Test
  void checkInAfterTheCloseIsAWarningUnlessTracked() {
    KeyResult late = nps().plusCheckIn(CheckIn.of(q3(85), d("41")));
    CloseOut early = complete().withDate(q3(82)).withComputedScore(d("0.5"));
    List<Finding> f = findings(set(late, early), Rule.CHECK_IN_AFTER_CLOSE);
    assertEquals(1, f.size());
    assertEquals("/objectives/0/keyResults/0/checkIns/2/date", f.get(0).pointer());
    assertEquals(0, findings(set(late.withTrackAfterClose(true), early),
        Rule.CHECK_IN_AFTER_CLOSE).size());
  }

  @Test
  void trackedCheckInsAfterTheCycleAreNotOutsideIt() {
    KeyResult tracked = nps().plusCheckIn(CheckIn.of(Q4.start().plusDays(3), d("41")));
    assertEquals(1, findings(set(tracked, complete()), Rule.CHECK_IN_OUTSIDE_CYCLE).size());
    assertEquals(0, findings(set(tracked.withTrackAfterClose(true), complete()),
        Rule.CHECK_IN_OUTSIDE_CYCLE).size());
    KeyResult before = nps().withTrackAfterClose(true).plusCheckIn(CheckIn.of(q3(-3), d("30")));
    assertEquals(1, findings(set(before, complete()), Rule.CHECK_IN_OUTSIDE_CYCLE).size());
  }

  @Test
  void recordedGradeThatNoLongerMatchesIsInfo() {
    List<Finding> f = findings(set(nps(), complete().withComputedScore(d("0.9"))),
        Rule.CLOSE_SCORE_STALE);
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("recorded a computed grade of 0.9"), f.get(0).message());
  }

  @Test
  void changeWithoutAReasonIsFlagged() {
    KeyResult kr = nps().withChanges(List.of(Change.builder().date(q3(30))
        .field(org.okrkit.model.ChangeField.TARGET).from(d("60")).to(d("50")).build()));
    List<Finding> f = findings(set(kr, complete()), Rule.CHANGE_WITHOUT_REASON);
    assertEquals(1, f.size());
    assertEquals("/objectives/0/keyResults/0/changes/0", f.get(0).pointer());
    KeyResult reasoned = nps().withChanges(List.of(Change.ofTarget(q3(30), d("60"), d("50"),
        "the market shrank")));
    assertEquals(0, findings(set(reasoned, complete()), Rule.CHANGE_WITHOUT_REASON).size());
    assertEquals(0, findings(set(reasoned, complete()), Rule.CHANGED_MORE_THAN_ONCE).size());
    assertEquals(0, findings(set(reasoned, complete()), Rule.CHANGE_INCONSISTENT).size());
  }

  @Test
  void secondChangeIsFlagged() {
    KeyResult kr = nps().withChanges(List.of(
        Change.ofTarget(q3(30), d("60"), d("55"), "first"),
        Change.ofTarget(q3(50), d("55"), d("50"), "second")));
    assertEquals(1, findings(set(kr, complete()), Rule.CHANGED_MORE_THAN_ONCE).size());
    assertEquals(0, findings(set(kr, complete()), Rule.CHANGE_INCONSISTENT).size());
  }

  @Test
  void changesThatDoNotChainAreFlagged() {
    KeyResult gap = nps().withChanges(List.of(
        Change.ofTarget(q3(30), d("60"), d("55"), "first"),
        Change.ofTarget(q3(50), d("54"), d("50"), "second")));
    List<Finding> f = findings(set(gap, complete()), Rule.CHANGE_INCONSISTENT);
    assertEquals(1, f.size());
    assertEquals("/objectives/0/keyResults/0/changes/1/from", f.get(0).pointer());
    KeyResult end = nps().withChanges(List.of(Change.ofTarget(q3(30), d("60"), d("45"), "x")));
    List<Finding> g = findings(set(end, complete()), Rule.CHANGE_INCONSISTENT);
    assertEquals(1, g.size());
    assertEquals("/objectives/0/keyResults/0/changes/0/to", g.get(0).pointer());
  }

  @Test
  void keyResultAddedLateWithoutAReasonIsFlagged() {
    KeyResult late = nps().withChanges(List.of(Change.builder().date(q3(40))
        .field(org.okrkit.model.ChangeField.ADDED).build()));
    assertEquals(1, findings(set(late, complete()), Rule.KR_ADDED_LATE_WITHOUT_REASON).size());
    KeyResult reasoned = nps().withChanges(List.of(Change.ofAdded(q3(40), "new product line")));
    assertEquals(0, findings(set(reasoned, complete()), Rule.KR_ADDED_LATE_WITHOUT_REASON).size());
    KeyResult early = nps().withChanges(List.of(Change.builder().date(q3(10))
        .field(org.okrkit.model.ChangeField.ADDED).build()));
    assertEquals(0, findings(set(early, complete()), Rule.KR_ADDED_LATE_WITHOUT_REASON).size());
    KeyResult measuredLate = nps().withBaseline(Baseline.of(d("30"), q3(40)))
        .withCheckIns(List.of(CheckIn.of(q3(80), d("40"))));
    // a baseline measured late is no sign that the key result was added late
    assertEquals(0, findings(set(measuredLate, complete()), Rule.KR_ADDED_LATE_WITHOUT_REASON)
        .size());
  }

  @Test
  void unknownKpiAndCarriedFromAreFlagged() {
    OkrSet s = set(nps().withKpi("nps").withCarriedFrom("k0"), complete());
    assertEquals(1, findings(s, Rule.UNKNOWN_KPI).size());
    assertEquals(1, findings(s, Rule.CARRIED_FROM_UNKNOWN).size());
    OkrSet known = s.withKpis(List.of(Kpi.builder().id("nps").title("NPS").build()));
    assertEquals(0, findings(known, Rule.UNKNOWN_KPI).size());
  }

  @Test
  void initiativeLinksAreChecked() {
    OkrSet s = set(nps(), complete()).withInitiatives(List.of(
        Initiative.of("a", "Survey", "k1"), Initiative.of("b", "Loose"),
        Initiative.of("c", "Wrong", "k9"), Initiative.of("a", "Twin", "k1")));
    assertEquals(1, findings(s, Rule.INITIATIVE_WITHOUT_KEY_RESULTS).size());
    List<Finding> unknown = findings(s, Rule.INITIATIVE_UNKNOWN_KEY_RESULT);
    assertEquals(1, unknown.size());
    assertEquals("/initiatives/2/keyResults/0", unknown.get(0).pointer());
    List<Finding> dup = findings(s, Rule.DUPLICATE_ID);
    assertEquals(1, dup.size());
    assertEquals("/initiatives/3/id", dup.get(0).pointer());
  }

  @Test
  void kpiUnhealthyForAWholeCycleWithoutAnOkrIsFlagged() {
    Kpi churn = Kpi.builder().id("churn").title("Churn").healthy(Corridor.atMost(d("2")))
        .addMeasurements(Measurement.of(q3(10), d("3")), Measurement.of(q3(50), d("3.2")))
        .build();
    OkrSet s = set(nps(), complete()).withKpis(List.of(churn));
    List<Finding> f = findings(s, Rule.KPI_UNHEALTHY_WITHOUT_OKR);
    assertEquals(1, f.size());
    assertTrue(f.get(0).hint().contains("recovery OKR"), f.get(0).hint());
    assertEquals(0, findings(set(nps().withKpi("churn"), complete()).withKpis(List.of(churn)),
        Rule.KPI_UNHEALTHY_WITHOUT_OKR).size());
    Kpi recovered = churn.withMeasurements(List.of(Measurement.of(q3(10), d("3")),
        Measurement.of(q3(50), d("1.5"))));
    assertEquals(0, findings(set(nps(), complete()).withKpis(List.of(recovered)),
        Rule.KPI_UNHEALTHY_WITHOUT_OKR).size());
  }

  @Test
  void activityFindingPointsAtInitiatives() {
    KeyResult activity = KeyResult.milestone("k2", "Launch the new onboarding flow");
    Objective o = Objective.of("o", "Delight customers", Q3.id(), nps(), activity);
    List<Finding> f = findings(OkrSet.of(List.of(Q3), List.of(o)), Rule.KR_IS_ACTIVITY);
    assertEquals(1, f.size());
    assertTrue(f.get(0).hint().contains("initiative"), f.get(0).hint());
  }
}
