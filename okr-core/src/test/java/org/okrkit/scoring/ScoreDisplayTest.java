package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;

/**
 * A score for people ({@code displayScore()}, {@code displayRollup()}) is rounded by the one rule
 * the explanations print with: the same digits, two decimals unless fewer would cross a grade
 * edge of the policy's own scale.
 */
class ScoreDisplayTest {
  private static final LocalDate NOV30 = LocalDate.of(2026, 11, 30);

  private static KeyResult at(String id, String value) {
    return KeyResult.metric(id, "Grow sales from 0 to 1000", 0, 1000)
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 15), new BigDecimal(value)));
  }

  @Test
  void aHalfwayScoreReadsAsTheExplanationPrintsIt() {
    KeyResultScore s = Scorer.defaults().score(at("k", "500"), NOV30);
    assertEquals(Optional.of("0.50"), s.displayScore());
    assertTrue(s.explanation().contains("= 0.50,"), s.explanation());
  }

  @Test
  void aScoreJustBelowAGradeEdgeKeepsTheDigitsThatShowItsGrade() {
    KeyResultScore s = Scorer.defaults().score(at("k", "696"), NOV30);
    assertEquals(Optional.of("0.696"), s.displayScore(), "0.70 would read green beside a yellow grade");
    assertEquals(Optional.of(Grade.YELLOW), s.grade());
    assertTrue(s.explanation().contains("= 0.696"), s.explanation());
    assertEquals(Optional.of("0.12"), Scorer.defaults().score(at("k", "125"), NOV30).displayScore(),
        "half-even: 0.125 prints 0.12");
  }

  @Test
  void theEdgesAreThePolicysOwnGradeScale() {
    Scorer strict = Scorer.of(ScoringPolicy.defaults()
        .withGrades(GradeScale.of(new BigDecimal("0.65"), new BigDecimal("0.4"))));
    KeyResult kr = at("k", "649.6");
    assertEquals(Optional.of("0.65"), Scorer.defaults().score(kr, NOV30).displayScore(), "yellow either way on Google's scale");
    assertEquals(Optional.of("0.6496"), strict.score(kr, NOV30).displayScore(), "0.65 would be green on this scale");
  }

  @Test
  void anUndefinedScoreHasNothingToDisplay() {
    KeyResult noTarget = KeyResult.builder().id("k").title("Grow").build();
    assertEquals(Optional.empty(), Scorer.defaults().score(noTarget, NOV30).displayScore());
  }

  @Test
  void anObjectiveAndItsRollupDisplayAsTheirExplanationsPrintThem() {
    Objective o = Objective.of("o", "Grow", "2026-Q4", at("a", "1000"), at("b", "0"), at("c", "1000"));
    ObjectiveScore score = Scorer.defaults().score(o, NOV30);
    assertEquals(Optional.of("0.67"), score.displayScore());
    assertTrue(score.explanation().endsWith("= 0.67"), score.explanation());
    ObjectiveRollup node = Rollup.defaults()
        .compute(OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(o)), NOV30).node("o").orElseThrow();
    assertEquals(Optional.of("0.67"), node.displayRollup());
    assertTrue(node.explanation().endsWith("= 0.67"), node.explanation());
  }
}
