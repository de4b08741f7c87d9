package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.ScorerTest.NOV_30;
import static org.okrkit.scoring.ScorerTest.d;
import static org.okrkit.scoring.ScorerTest.metric;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;

class ObjectiveScoreTest {
  private final Scorer scorer = Scorer.defaults();

  @Test
  void objectiveScoreIsTheWeightedMeanOfItsKeyResults() {
    KeyResult half = metric("120", "150", "135");
    KeyResult full = metric("5", "3", "3").withWeight(d("2"));
    Objective o = Objective.of("o", "Delight customers", "2026-Q4", half, full);
    ObjectiveScore s = scorer.score(o, NOV_30);
    // (1 × 0.5 + 2 × 1) / 3 = 0.8333…
    assertEquals(d("0.8333333333333333"), s.score().orElseThrow());
    assertEquals(Grade.GREEN, s.grade().orElseThrow());
    assertEquals(2, s.keyResultScores().size());
    assertEquals("(1 × 0.50 + 2 × 1.00) / 3 = 0.83", s.explanation());
  }

  @Test
  void explanationItemsKeepFourDecimalsWhenTwoWouldNotAddUpToTheResult() {
    // 0.2 and 0.2666…: printed as 0.20 and 0.27 a reader would get (0.20 + 0.27) / 2 = 0.235
    KeyResult fifth = metric("0", "10", "2");
    KeyResult fourFifteenths = metric("0", "15", "4");
    ObjectiveScore s =
        scorer.score(Objective.of("o", "Grow", "2026-Q4", fifth, fourFifteenths), NOV_30);
    assertEquals("(1 × 0.20 + 1 × 0.2667) / 2 = 0.23", s.explanation());
  }

  @Test
  void undefinedKeyResultsAreLeftOutOfTheMeanAndNamed() {
    KeyResult half = metric("120", "150", "135");
    KeyResult flat = KeyResult.metric("flat", "Keep NPS", 30, 30);
    ObjectiveScore s =
        scorer.score(Objective.of("o", "Delight customers", "2026-Q4", half, flat), NOV_30);
    assertEquals(d("0.5"), s.score().orElseThrow());
    assertEquals(
        "(1 × 0.50) / 1 = 0.50; 'flat' left out: metric key result 'flat': baseline equals target"
            + " 30, so there is no direction to measure progress in",
        s.explanation());
  }

  @Test
  void objectiveWithoutKeyResultsHasAnUndefinedScoreWithAReason() {
    ObjectiveScore s = scorer.score(Objective.of("empty", "Be great", "2026-Q4"), NOV_30);
    assertTrue(s.score().isEmpty());
    assertTrue(s.grade().isEmpty());
    assertFalse(s.isBelowCommitment());
    assertEquals("objective 'empty' has no key results", s.undefinedReason().orElseThrow());
    assertEquals("undefined: objective 'empty' has no key results", s.explanation());
  }

  @Test
  void objectiveWhoseKeyResultsAreAllUndefinedIsUndefined() {
    ObjectiveScore s =
        scorer.score(
            Objective.of("o", "Be great", "2026-Q4", KeyResult.metric("f", "Flat", 1, 1)), NOV_30);
    assertEquals(
        "no key result of objective 'o' has a defined score", s.undefinedReason().orElseThrow());
  }

  @Test
  void committedObjectiveBelowOneIsBelowCommitmentAspirationalIsNot() {
    Objective o = Objective.of("o", "Ship it", "2026-Q4", metric("0", "10", "9"));
    ObjectiveScore aspirational = scorer.score(o, NOV_30);
    assertEquals(Grade.GREEN, aspirational.grade().orElseThrow());
    assertFalse(aspirational.isBelowCommitment());
    ObjectiveScore committed = scorer.score(o.withType(ObjectiveType.COMMITTED), NOV_30);
    assertTrue(committed.isCommitted());
    assertTrue(committed.isBelowCommitment());
    Objective hit = Objective.of("o", "Ship it", "2026-Q4", metric("0", "10", "10"));
    assertFalse(scorer.score(hit.withType(ObjectiveType.COMMITTED), NOV_30).isBelowCommitment());
  }

  @Test
  void gradeBandsFollowGoogle() {
    assertEquals(Grade.GREEN, Grade.of(d("0.7")));
    assertEquals(Grade.GREEN, Grade.of(d("1.3")));
    assertEquals(Grade.YELLOW, Grade.of(d("0.69999")));
    assertEquals(Grade.YELLOW, Grade.of(d("0.4")));
    assertEquals(Grade.RED, Grade.of(d("0.39")));
    assertEquals(Grade.RED, Grade.of(d("-0.2")));
  }

  @Test
  void scoresCarryTheSmallestScaleSoEqualScoresAreEqual() {
    Objective o =
        Objective.of("o", "x", "q", metric("0", "4", "2.0"), metric("0.0", "8.00", "4.000"));
    assertEquals(new BigDecimal("0.5"), scorer.score(o, NOV_30).score().orElseThrow());
    assertEquals(
        BigDecimal.ONE, scorer.score(Objective.of("o", "x", "q", metric("0", "4", "4.00")), NOV_30)
            .score().orElseThrow());
    assertEquals(
        "ObjectiveScore{o as of 2026-11-30: 0.5}", scorer.score(o, NOV_30).toString());
  }
}
