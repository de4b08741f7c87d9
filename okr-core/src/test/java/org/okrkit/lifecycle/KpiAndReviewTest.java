package org.okrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.lifecycle.Sets.d;
import static org.okrkit.lifecycle.Sets.q3;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Decision;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;

/** The quarter-end review, results since close, KPI check-ins and the activity rewrite. */
class KpiAndReviewTest {
  private static KeyResult metric(String id, String to, String... values) {
    KeyResult kr = KeyResult.metric(id, "Move " + id + " from 0 to 10", d("0"), d("10"));
    int day = 10;
    for (String v : values) {
      kr = kr.plusCheckIn(CheckIn.of(q3(day), d(v)).withConfidence(d(to)));
      day += 20;
    }
    return kr;
  }

  private static Objective objective(String id, ObjectiveType type, KeyResult... krs) {
    return Objective.builder().id(id).title("Objective " + id).cycle("2026-Q3").type(type)
        .addKeyResults(krs).build();
  }

  private static OkrSet set(Objective... objectives) {
    return OkrSet.builder().addCycles(Sets.Q3, Sets.Q4).addObjectives(objectives).build();
  }

  @Test
  void reviewCountsScoresGradesSweetSpotAndDelivery() {
    OkrSet s = set(
        objective("a", ObjectiveType.ASPIRATIONAL, metric("a1", "0.5", "3", "6.5")),
        objective("b", ObjectiveType.ASPIRATIONAL, metric("b1", "0.5", "2")),
        objective("c", ObjectiveType.COMMITTED, metric("c1", "0.5", "5", "10")),
        objective("d", ObjectiveType.COMMITTED, metric("d1", "0.5", "9")));
    Review r = QuarterReview.ofCycle(s, "2026-Q3", Sets.Q4.start(), Scorer.defaults());
    assertEquals(List.of(0, 0, 1, 0, 0, 0, 1, 0, 0, 2), r.histogram());
    assertEquals(Integer.valueOf(2), r.grades().get(Grade.GREEN));
    assertEquals(Integer.valueOf(1), r.grades().get(Grade.YELLOW));
    assertEquals(Integer.valueOf(1), r.grades().get(Grade.RED));
    assertEquals(1, r.aspirationalInSweetSpot());
    assertEquals(Optional.of(d("0.5")), r.sweetSpotShare());
    assertEquals(1, r.committedDelivered());
    assertEquals(List.of(), r.sandbagging());
    assertEquals("b1", r.leastMoved().get(0).keyResultId());
    assertEquals(Optional.of(d("0.5")), r.averageStartingConfidence());
    assertEquals("cycle 2026-Q3", r.scope());
  }

  @Test
  void reviewFlagsSandbagging() {
    OkrSet s = set(
        objective("a", ObjectiveType.ASPIRATIONAL, metric("a1", "0.95", "10")),
        objective("b", ObjectiveType.ASPIRATIONAL, metric("b1", "0.95", "12")));
    Review r = QuarterReview.ofCycle(s, "2026-Q3", Sets.Q4.start(), Scorer.defaults());
    assertEquals(3, r.sandbagging().size(), r.sandbagging().toString());
    assertTrue(r.sandbagging().get(2).startsWith("the average starting confidence is 0.95"));
  }

  @Test
  void reviewCountsStaleAndNeverCheckedIn() {
    KeyResult stale = KeyResult.metric("s", "Move s from 0 to 10", d("0"), d("10"))
        .plusCheckIn(CheckIn.of(q3(5), d("1")));
    KeyResult never = KeyResult.metric("n", "Move n from 0 to 10", d("0"), d("10"));
    Review r = QuarterReview.ofCycle(set(objective("a", ObjectiveType.ASPIRATIONAL, stale, never,
        metric("ok", "0.5", "1", "2", "3", "4", "5"))), "2026-Q3", Sets.Q4.start(),
        Scorer.defaults());
    assertEquals(1, r.stale());
    assertEquals(1, r.neverCheckedIn());
  }

  @Test
  void reviewListsAdjustmentsOutcomesAndDecisions() {
    Objective a = objective("a", ObjectiveType.ASPIRATIONAL, metric("a1", "0.5", "6"))
        .withClose(CloseOut.on(Sets.Q3.end()).withOutcome(Outcome.PARTIALLY_ACHIEVED)
            .withDecision(Decision.KEEP).withAdjustedScore(d("0.4"))
            .withAdjustmentReason("one-off deal"));
    Review r = QuarterReview.ofCycle(set(a, objective("b", ObjectiveType.ASPIRATIONAL,
        metric("b1", "0.5", "6"))), "2026-Q3", Sets.Q4.start(), Scorer.defaults());
    assertEquals(1, r.adjustments().size());
    assertEquals(Optional.of(d("-0.2")), r.adjustments().get(0).adjustment());
    assertEquals(Integer.valueOf(1), r.outcomes().get(Outcome.PARTIALLY_ACHIEVED));
    assertEquals(1, r.withoutOutcome());
    assertEquals(Integer.valueOf(1), r.decisions().get(Decision.KEEP));
    assertEquals(1, r.withoutDecision());
  }

  @Test
  void subtreeReviewFollowsTheAlignment() {
    Objective root = objective("root", ObjectiveType.ASPIRATIONAL, metric("r1", "0.5", "5"));
    Objective child = objective("child", ObjectiveType.ASPIRATIONAL, metric("c1", "0.5", "5"))
        .withParent("root");
    Objective other = objective("other", ObjectiveType.ASPIRATIONAL, metric("o1", "0.5", "5"));
    Review r = QuarterReview.ofSubtree(set(root, child, other), "root", Sets.Q4.start(),
        Scorer.defaults());
    assertEquals(2, r.objectives());
    assertThrows(IllegalArgumentException.class,
        () -> QuarterReview.ofSubtree(set(root), "nope", Sets.Q4.start(), Scorer.defaults()));
  }

  @Test
  void resultSinceCloseComparesTheScoreAtTheCloseWithTheScoreNow() {
    KeyResult tracked = metric("t", "0.5", "8").withTrackAfterClose(true)
        .plusCheckIn(CheckIn.of(Sets.Q4.start().plusDays(20), d("9")));
    KeyResult slipping = metric("s", "0.5", "8").withTrackAfterClose(true)
        .plusCheckIn(CheckIn.of(Sets.Q4.start().plusDays(20), d("6")));
    KeyResult untracked = metric("u", "0.5", "8");
    Objective o = objective("a", ObjectiveType.ASPIRATIONAL, tracked, slipping, untracked)
        .withClose(CloseOut.on(Sets.Q3.end()));
    List<ResultSinceClose> r = ResultSinceClose.of(set(o), Sets.Q4.start().plusDays(30),
        Scorer.defaults());
    assertEquals(2, r.size());
    assertEquals(Optional.of(d("0.8")), r.get(0).atClose());
    assertEquals(Optional.of(d("0.9")), r.get(0).now());
    assertTrue(r.get(0).held());
    assertFalse(r.get(1).held());
    assertEquals(Optional.of(Sets.Q4.start().plusDays(20)), r.get(1).lastCheckIn());
    // the cycle's own grade stays the grade at the close
    Review review = QuarterReview.ofCycle(set(o), "2026-Q3", Sets.Q4.start().plusDays(30),
        Scorer.defaults());
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 0), review.histogram());
    assertEquals(2, review.sinceClose().size());
  }

  @Test
  void aClosedObjectiveIsScoredAsOfItsCloseDateWhateverComesAfter() {
    KeyResult tracked = metric("t", "0.5", "8").withTrackAfterClose(true)
        .plusCheckIn(CheckIn.of(Sets.Q4.start().plusDays(20), d("10")));
    Objective closed = objective("a", ObjectiveType.ASPIRATIONAL, tracked)
        .withClose(CloseOut.on(Sets.Q3.end()));
    LocalDate later = Sets.Q4.start().plusDays(30);
    ObjectiveScore score = Scorer.defaults().score(closed, later);
    // 0.8 at the close; the tracked 10 after it is the result since close, not the cycle's grade
    assertEquals(Optional.of(d("0.8")), score.score());
    assertEquals(Sets.Q3.end(), score.keyResults().get(0).asOf());
    assertEquals(Optional.of(d("1")), Scorer.defaults().score(tracked, later).score());
    // reopened (no close date), the later check-in counts again
    ObjectiveScore reopened =
        Scorer.defaults().score(closed.withClose(CloseOut.builder().build()), later);
    assertEquals(Optional.of(d("1")), reopened.score());
  }

  @Test
  void aClosedKeyResultKeepsItsScoreAtItsOwnCloseDate() {
    KeyResult kr = metric("k", "0.5", "4", "8").withClose(CloseOut.on(q3(20)));
    Objective o = objective("a", ObjectiveType.ASPIRATIONAL, kr);
    assertEquals(Optional.of(d("0.4")), Scorer.defaults().score(o, Sets.Q3.end()).score());
  }

  @Test
  void kpiMeasurementsBecomeCheckInsOfKeyResultsWithoutTheirOwn() {
    Kpi nps = Kpi.builder().id("nps").title("NPS").addMeasurements(
        Measurement.of(q3(-5), d("30")), Measurement.of(q3(30), d("35")),
        Measurement.of(q3(60), d("38"))).build();
    KeyResult aims = KeyResult.metric("k", "Lift NPS from 30 to 40", d("30"), d("40")).withKpi("nps");
    KeyResult own = metric("own", "0.5", "1").withKpi("nps");
    OkrSet s = set(objective("a", ObjectiveType.ASPIRATIONAL, aims, own)).withKpis(List.of(nps));
    OkrSet applied = KpiCheckIns.apply(s);
    KeyResult k = applied.objective("a").orElseThrow().keyResults().get(0);
    assertEquals(List.of(CheckIn.of(q3(30), d("35")), CheckIn.of(q3(60), d("38"))), k.checkIns());
    assertEquals(own, applied.objective("a").orElseThrow().keyResults().get(1));
    assertEquals(Optional.of(d("0.8")),
        Scorer.defaults().score(k, Sets.Q3.end()).score());
  }

  @Test
  void activityKeyResultBecomesAnInitiativeAndAPlaceholder() {
    KeyResult launch = KeyResult.milestone("a2", "Launch the new onboarding flow")
        .plusCheckIn(CheckIn.ofDone(q3(30), true));
    Objective o = objective("a", ObjectiveType.ASPIRATIONAL, metric("a1", "0.5", "3"), launch)
        .withOwner("Growth");
    Rewrite r = Rewrites.activityToInitiative(set(o), "a2");
    assertEquals("a2-work", r.initiative().id());
    assertEquals("Launch the new onboarding flow", r.initiative().title());
    assertEquals(InitiativeStatus.DONE, r.initiative().status());
    assertEquals(Optional.of("Growth"), r.initiative().owner());
    assertEquals(List.of("a2"), r.initiative().keyResults());
    assertEquals("TODO outcome: Launch the new onboarding flow", r.placeholder().title());
    assertEquals(List.of(), r.placeholder().checkIns());
    assertEquals(r.placeholder(), r.set().objective("a").orElseThrow().keyResults().get(1));
    assertEquals(List.of(r.initiative()), r.set().initiativesFor("a2"));
    Rewrite again = Rewrites.activityToInitiative(r.set(), "a2");
    assertEquals("a2-work-2", again.initiative().id());
    assertThrows(IllegalArgumentException.class, () -> Rewrites.activityToInitiative(set(o), "x"));
    assertEquals(List.of(Initiative.of("a2-work", "Launch the new onboarding flow", "a2")
        .withStatus(InitiativeStatus.DONE).withProgress(d("1"))).get(0).id(), r.initiative().id());
  }
}
