package org.okrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.lifecycle.Sets.d;
import static org.okrkit.lifecycle.Sets.q3;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

/** Every copy rule of {@link CarryForward}, including the traps users report in other tools. */
class CarryForwardTest {
  private static final KeyResult NPS = KeyResult.metric("support-q3-1", "Lift NPS from 30 to 50",
          d("30"), d("50"))
      .withCheckIns(List.of(CheckIn.of(q3(10), d("35")), CheckIn.of(q3(80), d("41")),
          CheckIn.of(q3(40), d("38"))));
  private static final KeyResult DOCS = KeyResult.milestone("support-q3-2", "Publish the handbook")
      .withCheckIns(List.of(CheckIn.ofDone(q3(50), true)));
  private static final KeyResult SLA = KeyResult.threshold("support-q3-3",
      "Keep first reply under 4 hours", Target.atMost(d("4"))).withBaseline(Baseline.of(d("6")))
      .withCheckIns(List.of(CheckIn.of(q3(60), d("3"))));

  private static Objective support(Decision decision, KeyResult... krs) {
    return Objective.builder().id("support-q3").title("Make support effortless").cycle("2026-Q3")
        .owner("Support").addKeyResults(krs).close(CloseOut.on(Sets.Q3.end()).withDecision(decision))
        .putExtensions("x-board", "\"ops\"").build();
  }

  private static OkrSet set(Objective... objectives) {
    return OkrSet.builder().addCycles(Sets.YEAR, Sets.Q3).addObjectives(objectives).build();
  }

  private static CarryResult carry(OkrSet set) {
    return CarryForward.carryForward(set, "2026-Q3", Sets.Q4);
  }

  private static Objective carried(CarryResult r, String id) {
    return r.set().objective(id).orElseThrow();
  }

  @Test
  void keptObjectiveMovesAsANewObjectiveWithACarriedFromLink() {
    CarryResult r = carry(set(support(Decision.KEEP, NPS)));
    Objective o = carried(r, "support-q4");
    assertEquals("2026-Q4", o.cycle());
    assertEquals(Optional.of("support-q3"), o.carriedFrom());
    assertEquals("Make support effortless", o.title());
    assertEquals(Optional.of("Support"), o.owner());
    assertEquals(Map.of("x-board", "\"ops\""), o.extensions());
    assertEquals(Optional.empty(), o.close());
    assertEquals(Map.of("support-q3", "support-q4", "support-q3-1", "support-q4-1"), r.newIds());
  }

  @Test
  void modifiedAndDeferredObjectivesMoveToo() {
    assertTrue(carried(carry(set(support(Decision.MODIFY, NPS))), "support-q4").carriedFrom()
        .isPresent());
    assertTrue(carried(carry(set(support(Decision.DEFER, NPS))), "support-q4").carriedFrom()
        .isPresent());
  }

  @Test
  void abandonedObjectiveStaysBehind() {
    CarryResult r = carry(set(support(Decision.ABANDON, NPS)));
    assertEquals(1, r.set().objectives().size());
    assertEquals(List.of(new CarryResult.LeftBehind("support-q3", "decided abandon")),
        r.leftBehind());
  }

  @Test
  void undecidedObjectiveStaysBehindUnlessAskedFor() {
    Objective undecided = support(Decision.KEEP, NPS).withClose(Optional.empty());
    assertEquals(List.of(new CarryResult.LeftBehind("support-q3", "no decision")),
        carry(set(undecided)).leftBehind());
    CarryResult r = CarryForward.carryForward(set(undecided), "2026-Q3", Sets.Q4,
        CarryOptions.defaults().withCarryUndecided(true));
    assertEquals(2, r.set().objectives().size());
  }

  @Test
  void metricStartsFromItsLastRecordedValueWithTheSameTarget() {
    KeyResult kr = carried(carry(set(support(Decision.KEEP, NPS))), "support-q4")
        .keyResults().get(0);
    // the latest by date (41 on day 80), not the last in the list (38)
    assertEquals(Optional.of(Baseline.of(d("41"), q3(80))), kr.baseline());
    assertEquals(Optional.of(Target.of(d("50"))), kr.target());
    assertEquals(Optional.of("support-q3-1"), kr.carriedFrom());
    assertEquals("support-q4-1", kr.id());
  }

  @Test
  void keepBaselineRuleKeepsTheOldBaseline() {
    CarryResult r = CarryForward.carryForward(set(support(Decision.KEEP, NPS)), "2026-Q3",
        Sets.Q4, CarryOptions.defaults().withBaselineRule(CarryOptions.BaselineRule.KEEP));
    assertEquals(Optional.of(Baseline.of(d("30"))),
        carried(r, "support-q4").keyResults().get(0).baseline());
  }

  @Test
  void metricWithoutCheckInsKeepsItsBaseline() {
    KeyResult fresh = NPS.withCheckIns(List.of());
    assertEquals(Optional.of(Baseline.of(d("30"))),
        carried(carry(set(support(Decision.KEEP, fresh))), "support-q4").keyResults().get(0)
            .baseline());
  }

  @Test
  void targetInForceAtTheEndIsCarriedNotTheOriginal() {
    KeyResult changed = NPS.withTarget(Target.of(d("45")))
        .withChanges(List.of(Change.ofTarget(q3(30), d("50"), d("45"), "survey changed")));
    KeyResult kr = carried(carry(set(support(Decision.KEEP, changed))), "support-q4")
        .keyResults().get(0);
    assertEquals(Optional.of(Target.of(d("45"))), kr.target());
    assertEquals(List.of(), kr.changes());
  }

  @Test
  void doneMilestoneStaysBehind() {
    CarryResult r = carry(set(support(Decision.KEEP, NPS, DOCS)));
    assertEquals(List.of("support-q4-1"),
        carried(r, "support-q4").keyResults().stream().map(KeyResult::id).toList());
    assertEquals(List.of(new CarryResult.LeftBehind("support-q3-2", "milestone done")),
        r.leftBehind());
  }

  @Test
  void milestoneNotDoneMovesWithoutItsHistory() {
    KeyResult open = DOCS.withCheckIns(List.of(CheckIn.ofDone(q3(50), false)));
    KeyResult kr = carried(carry(set(support(Decision.KEEP, open))), "support-q4")
        .keyResults().get(0);
    assertEquals(List.of(), kr.checkIns());
  }

  @Test
  void metricAlreadyAtItsTargetStaysBehind() {
    KeyResult reached = NPS.plusCheckIn(CheckIn.of(q3(85), d("52")));
    CarryResult r = carry(set(support(Decision.KEEP, reached, SLA)));
    assertEquals(List.of(new CarryResult.LeftBehind("support-q3-1", "target reached")),
        r.leftBehind());
  }

  @Test
  void metThresholdMovesWithItsBaseline() {
    KeyResult kr = carried(carry(set(support(Decision.KEEP, SLA))), "support-q4")
        .keyResults().get(0);
    assertEquals(Optional.of(Baseline.of(d("6"))), kr.baseline());
    assertEquals(Optional.of(Target.atMost(d("4"))), kr.target());
  }

  @Test
  void keyResultDecidedAbandonStaysBehind() {
    KeyResult dropped = SLA.withClose(CloseOut.builder().decision(Decision.ABANDON).build());
    CarryResult r = carry(set(support(Decision.KEEP, NPS, dropped)));
    assertEquals(1, carried(r, "support-q4").keyResults().size());
    assertEquals(List.of(new CarryResult.LeftBehind("support-q3-3", "decided abandon")),
        r.leftBehind());
  }

  @Test
  void objectiveWithNothingLeftToCarryStaysBehindAndIsReported() {
    CarryResult r = carry(set(support(Decision.KEEP, DOCS)));
    assertEquals(1, r.set().objectives().size());
    assertEquals(new CarryResult.LeftBehind("support-q3", "no key result left to carry"),
        r.leftBehind().get(1));
    assertEquals(Map.of(), r.newIds());
  }

  @Test
  void checkInHistoryCloseOutsAndTrackingStayWithTheOldCycle() {
    KeyResult tracked = NPS.withTrackAfterClose(true).withClose(CloseOut.on(Sets.Q3.end()))
        .withKpi("nps");
    KeyResult kr = carried(carry(set(support(Decision.KEEP, tracked))), "support-q4")
        .keyResults().get(0);
    assertEquals(List.of(), kr.checkIns());
    assertEquals(Optional.empty(), kr.close());
    assertEquals(false, kr.trackAfterClose());
    assertEquals(Optional.of("nps"), kr.kpi());
  }

  @Test
  void parentCarriedTooIsRemapped() {
    Objective parent = support(Decision.KEEP, NPS);
    Objective child = Objective.builder().id("tier2-q3").title("Make tier 2 calm")
        .cycle("2026-Q3").parent("support-q3").addKeyResults(SLA.withId("tier2-q3-1"))
        .close(CloseOut.on(Sets.Q3.end()).withDecision(Decision.KEEP)).build();
    CarryResult r = carry(set(child, parent));
    assertEquals(Optional.of("support-q4"), carried(r, "tier2-q4").parent());
    assertEquals(List.of(), r.notes());
  }

  @Test
  void parentInAnOverlappingCycleIsKept() {
    Objective company = Objective.of("company", "Be loved", "2026",
        KeyResult.metric("c1", "NPS from 30 to 50", d("30"), d("50")));
    Objective team = support(Decision.KEEP, NPS).withParent("company");
    assertEquals(Optional.of("company"), carried(carry(set(company, team)), "support-q4").parent());
  }

  @Test
  void parentLeftBehindIsDroppedAndReported() {
    Objective parent = support(Decision.ABANDON, NPS);
    Objective child = Objective.builder().id("tier2-q3").title("Make tier 2 calm")
        .cycle("2026-Q3").parent("support-q3").addKeyResults(SLA.withId("tier2-q3-1"))
        .close(CloseOut.on(Sets.Q3.end()).withDecision(Decision.KEEP)).build();
    CarryResult r = carry(set(parent, child));
    assertEquals(Optional.empty(), carried(r, "tier2-q4").parent());
    assertEquals(1, r.notes().size());
    assertTrue(r.notes().get(0).startsWith("objective 'tier2-q4': its old parent 'support-q3'"),
        r.notes().get(0));
  }

  @Test
  void activeInitiativesGainALinkToTheCarriedKeyResult() {
    OkrSet s = set(support(Decision.KEEP, NPS)).withInitiatives(List.of(
        Initiative.of("rota", "New rota", "support-q3-1").withStatus(InitiativeStatus.ACTIVE),
        Initiative.of("old", "Old work", "support-q3-1").withStatus(InitiativeStatus.DONE)));
    CarryResult r = carry(s);
    assertEquals(List.of("support-q3-1", "support-q4-1"),
        r.set().initiative("rota").orElseThrow().keyResults());
    assertEquals(List.of("support-q3-1"), r.set().initiative("old").orElseThrow().keyResults());
  }

  @Test
  void carryingAgainNeverDuplicates() {
    OkrSet once = carry(set(support(Decision.KEEP, NPS))).set();
    CarryResult twice = carry(once);
    assertEquals(once.objectives(), twice.set().objectives());
    assertEquals(List.of(new CarryResult.LeftBehind("support-q3", "already carried into 2026-Q4")),
        twice.leftBehind());
  }

  @Test
  void newCycleIsAddedOnceAndExistingOneReused() {
    OkrSet once = carry(set(support(Decision.KEEP, NPS))).set();
    assertEquals(List.of(Sets.YEAR, Sets.Q3, Sets.Q4), once.cycles());
    assertEquals(once.cycles(), carry(once).set().cycles());
  }

  @Test
  void idClashGetsASuffix() {
    Objective taken = Objective.of("support-q4", "Something else", "2026-Q3",
        KeyResult.metric("x-1", "From 1 to 2", d("1"), d("2")));
    CarryResult r = carry(set(support(Decision.KEEP, NPS), taken));
    assertEquals("support-q4-2", r.newIds().get("support-q3"));
  }

  @Test
  void idWithTheCycleIdHasItReplacedAndOtherIdsGetItAppended() {
    Objective a = support(Decision.KEEP, NPS.withId("2026-Q3-nps")).withId("growth-2026-Q3");
    Objective b = support(Decision.KEEP, SLA.withId("sla")).withId("growth");
    CarryResult r = carry(set(a, b));
    assertEquals("growth-2026-Q4", r.newIds().get("growth-2026-Q3"));
    assertEquals("2026-Q4-nps", r.newIds().get("2026-Q3-nps"));
    assertEquals("growth-2026-Q4", r.newIds().get("growth-2026-Q3"));
    assertEquals("growth-2026-Q4-2", r.newIds().get("growth"));
  }

  @Test
  void quarterIdsGiveTheirDates() {
    assertEquals(Optional.of(Sets.Q4), CarryForward.quarter("2026-Q4", Sets.Q3));
    Cycle q4 = CarryForward.quarter("Q4", Sets.Q3).orElseThrow();
    assertEquals("Q4", q4.id());
    assertEquals(Sets.Q4.start(), q4.start());
    assertEquals(Sets.Q4.end(), q4.end());
    assertEquals(Cycle.quarter(2027, 1).start(),
        CarryForward.quarter("Q1", Sets.Q4).orElseThrow().start());
    assertEquals(Optional.empty(), CarryForward.quarter("next", Sets.Q3));
  }

  @Test
  void unknownFromCycleIsRejectedNamingTheCycles() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CarryForward.carryForward(set(), "2026-Q2", Sets.Q4));
    assertEquals("cycle '2026-Q2': not in the set; its cycles are 2026, 2026-Q3", e.getMessage());
  }

  @Test
  void carryingIntoItselfOrAClashingCycleIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> CarryForward.carryForward(set(), "2026-Q3", Sets.Q3));
    Cycle other = Cycle.of("2026-Q3", Sets.Q4.start(), Sets.Q4.end());
    assertThrows(IllegalArgumentException.class,
        () -> CarryForward.carryForward(set(), "2026", other));
  }
}
