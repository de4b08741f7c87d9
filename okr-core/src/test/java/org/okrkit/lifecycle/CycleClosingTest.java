package org.okrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.lifecycle.Sets.d;
import static org.okrkit.lifecycle.Sets.q3;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Decision;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.Grade;

class CycleClosingTest {
  private static final KeyResult NPS = KeyResult.metric("k1", "Lift NPS from 30 to 50", d("30"),
      d("50")).withCheckIns(List.of(CheckIn.of(q3(40), d("40")), CheckIn.of(q3(80), d("46"))));
  private static final KeyResult LATE = KeyResult.metric("k2", "Cut churn from 4 to 2", d("4"),
      d("2")).withCheckIns(List.of(CheckIn.of(q3(20), d("3")), CheckIn.of(Sets.Q4.start(), d("2"))));

  private static OkrSet set(Objective... objectives) {
    return OkrSet.builder().addCycles(Sets.Q3, Sets.Q4).addObjectives(objectives).build();
  }

  private static Objective objective(Optional<CloseOut> close) {
    return Objective.builder().id("o").title("Delight customers").cycle("2026-Q3")
        .addKeyResults(NPS).close(close).build();
  }

  @Test
  void closingGradesAsOfTheCycleEndAndRecordsTheComputedGrade() {
    ClosingResult r = CycleClosing.close(set(objective(Optional.empty())), "2026-Q3");
    CloseOut c = r.set().objective("o").orElseThrow().close().orElseThrow();
    assertEquals(Optional.of(Sets.Q3.end()), c.date());
    assertEquals(Optional.of(d("0.8")), c.computedScore());
    ClosedGrade g = r.grades().get(0);
    assertTrue(g.isObjective());
    assertEquals(Optional.of(Grade.GREEN), g.computedGrade());
    assertEquals("k1", r.grades().get(1).id());
    assertEquals(Optional.of(d("0.8")), r.grades().get(1).computed());
  }

  @Test
  void checkInsAfterTheEndDoNotCountInTheClosingGrade() {
    Objective o = Objective.of("o", "Keep customers", "2026-Q3", LATE);
    CloseOut c = CycleClosing.close(set(o), "2026-Q3").set().objective("o").orElseThrow()
        .close().orElseThrow();
    assertEquals(Optional.of(d("0.5")), c.computedScore());
  }

  @Test
  void ownersJudgementIsKept() {
    CloseOut judged = CloseOut.builder().outcome(Outcome.MISSED).decision(Decision.KEEP)
        .retrospective("hiring slipped").adjustedScore(d("0.5"))
        .adjustmentReason("the survey wave was late").build();
    CloseOut c = CycleClosing.close(set(objective(Optional.of(judged))), "2026-Q3").set()
        .objective("o").orElseThrow().close().orElseThrow();
    assertEquals(judged.withDate(Sets.Q3.end()).withComputedScore(d("0.8")), c);
  }

  @Test
  void earlierCloseDateIsKept() {
    CloseOut early = CloseOut.on(q3(45));
    CloseOut c = CycleClosing.close(set(objective(Optional.of(early))), "2026-Q3").set()
        .objective("o").orElseThrow().close().orElseThrow();
    assertEquals(Optional.of(q3(45)), c.date());
    assertEquals(Optional.of(d("0.5")), c.computedScore());
  }

  @Test
  void whatStillNeedsAnOutcomeOrADecisionIsListed() {
    Objective decided = objective(Optional.of(CloseOut.builder().outcome(Outcome.ACHIEVED)
        .decision(Decision.ABANDON).build())).withId("done");
    Objective half = objective(Optional.of(CloseOut.builder().outcome(Outcome.ACHIEVED)
        .adjustedScore(d("1")).build())).withId("half");
    Objective bare = objective(Optional.empty()).withId("bare");
    ClosingResult r = CycleClosing.close(set(decided, half, bare), "2026-Q3");
    assertEquals(List.of(
        new CloseNeed("half", Set.of(CloseNeed.Missing.DECISION,
            CloseNeed.Missing.ADJUSTMENT_REASON)),
        new CloseNeed("bare", Set.of(CloseNeed.Missing.OUTCOME, CloseNeed.Missing.DECISION))),
        r.needs());
    assertFalse(r.isComplete());
  }

  @Test
  void closeOutErrorsAreReported() {
    Objective half = objective(Optional.of(CloseOut.builder().adjustedScore(d("1")).build()));
    ClosingResult r = CycleClosing.close(set(half), "2026-Q3");
    assertTrue(r.findings().stream().anyMatch(
        f -> f.ruleId().equals("close-adjusted-without-reason") && f.isError()), r.findings()
        .toString());
  }

  @Test
  void otherCyclesAreUntouched() {
    Objective q4 = Objective.of("q4", "Later", "2026-Q4", NPS.withId("k9"));
    OkrSet closed = CycleClosing.close(set(objective(Optional.empty()), q4), "2026-Q3").set();
    assertEquals(q4, closed.objective("q4").orElseThrow());
  }

  @Test
  void keyResultWithItsOwnCloseOutGetsItsGradeRecorded() {
    Objective o = Objective.of("o", "T", "2026-Q3",
        NPS.withClose(CloseOut.builder().decision(Decision.ABANDON).build()));
    KeyResult kr = CycleClosing.close(set(o), "2026-Q3").set().objective("o").orElseThrow()
        .keyResults().get(0);
    assertEquals(Optional.of(d("0.8")), kr.close().orElseThrow().computedScore());
    assertEquals(Optional.of(Sets.Q3.end()), kr.close().orElseThrow().date());
  }

  @Test
  void reopeningKeepsTheRetrospectiveOnly() {
    CloseOut judged = CloseOut.builder().outcome(Outcome.MISSED).decision(Decision.KEEP)
        .retrospective("hiring slipped").build();
    OkrSet closed = CycleClosing.close(set(objective(Optional.of(judged))), "2026-Q3").set();
    Objective reopened = CycleClosing.reopen(closed, "2026-Q3").objective("o").orElseThrow();
    assertEquals(Optional.of(CloseOut.builder().retrospective("hiring slipped").build()),
        reopened.close());
    assertFalse(reopened.isClosed());
  }

  @Test
  void unknownCycleIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CycleClosing.close(set(), "2026-Q9"));
    assertEquals("cycle '2026-Q9': not in the set; its cycles are 2026-Q3, 2026-Q4",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> CycleClosing.reopen(set(), "x"));
  }
}
