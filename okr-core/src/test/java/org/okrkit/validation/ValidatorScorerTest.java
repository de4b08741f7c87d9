package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.validation.Fixtures.Q4;
import static org.okrkit.validation.Fixtures.d;
import static org.okrkit.validation.Fixtures.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ThresholdCredit;
import org.okrkit.text.ActivityDetector;

/** The score-based rules judge a set with the scorer the validator was built with. */
class ValidatorScorerTest {
  static final LocalDate AFTER_THE_CYCLE = LocalDate.of(2027, 1, 10);

  static final Scorer PARTIAL =
      Scorer.of(ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.PARTIAL));
  static final Scorer UNCLAMPED = Scorer.of(ScoringPolicy.defaults().withClamp(false));

  /** A committed objective: CSAT reached 96 of an at-least-100 bound from 80; NPS at target. */
  static OkrSet committedWithThresholdShort() {
    KeyResult csat =
        KeyResult.threshold("csat", "Keep CSAT at or above 100 points", Target.atLeast(100))
            .withBaseline(Baseline.of(BigDecimal.valueOf(80), d(10, 1)))
            .plusCheckIn(CheckIn.of(d(12, 1), 96));
    KeyResult nps = metric("nps", "Increase NPS from 30 to 45", 30, 45, 40, 45);
    return set(ObjectiveType.COMMITTED, csat, nps);
  }

  /** Signups at 150% of their target, activation at 50%: a mean of exactly 1.0 unclamped. */
  static OkrSet overAndUnderAchieved(ObjectiveType type) {
    return set(
        type,
        metric("signups", "Increase weekly signups from 0 to 100", 0, 100, 150),
        metric("activation", "Increase activation from 0% to 50%", 0, 50, 25));
  }

  static OkrSet set(ObjectiveType type, KeyResult... krs) {
    Objective o =
        Objective.builder()
            .id("grow")
            .title("Grow a loyal customer base")
            .cycle("2026-Q4")
            .owner("Growth")
            .type(type)
            .addKeyResults(krs)
            .build();
    return OkrSet.of(List.of(Q4), List.of(o));
  }

  static List<Finding> grades(Validator v, OkrSet set) {
    return v.validate(set, AFTER_THE_CYCLE).stream()
        .filter(f -> GradeRules.RULES.contains(f.rule()))
        .collect(Collectors.toList());
  }

  @Test
  void committedMissedReportsTheScoreOfTheValidatorsScorer() {
    OkrSet set = committedWithThresholdShort();
    // the old validator graded with Scorer.defaults() whatever the application scored with:
    // 0.5 (the unmet threshold counted 0), while the application showed 0.9
    Finding old = grades(Validator.defaults(), set).get(0);
    assertTrue(old.message().contains("scored 0.5 at the end"), old::toString);
    Finding partial = grades(Validator.builder().scorer(PARTIAL).build(), set).get(0);
    assertEquals(Rule.COMMITTED_MISSED, partial.rule());
    assertTrue(partial.message().contains("scored 0.9 at the end"), partial::toString);
    assertEquals(List.of("grow", "csat"), partial.location().ids());
  }

  @Test
  void committedObjectiveMetUnderTheApplicationsPolicyIsNotReportedAsMissed() {
    OkrSet set = overAndUnderAchieved(ObjectiveType.COMMITTED);
    // Scorer.defaults() clamps signups to 1.0: (1.0 + 0.5) / 2 = 0.75, a miss
    assertEquals(
        List.of(Rule.COMMITTED_MISSED),
        grades(Validator.defaults(), set).stream().map(Finding::rule).collect(Collectors.toList()));
    // the application keeps over-achievement: (1.5 + 0.5) / 2 = 1.0, the commitment was met
    assertEquals(List.of(), grades(Validator.builder().scorer(UNCLAMPED).build(), set));
  }

  @Test
  void aspirationalFullyMetFollowsTheValidatorsScorer() {
    OkrSet set = overAndUnderAchieved(ObjectiveType.ASPIRATIONAL);
    assertEquals(List.of(), grades(Validator.defaults(), set));
    List<Finding> unclamped = grades(Validator.builder().scorer(UNCLAMPED).build(), set);
    assertEquals(1, unclamped.size());
    assertEquals(Rule.ASPIRATIONAL_FULLY_MET, unclamped.get(0).rule());
  }

  @Test
  void builderDefaultsAreTheDefaultValidator() {
    Validator v = Validator.builder().build();
    assertSame(Scorer.defaults(), v.scorer());
    assertSame(ActivityDetector.defaults(), v.activityDetector());
    assertEquals(RuleSet.defaults(), v.rules());
    assertSame(Scorer.defaults(), Validator.of(RuleSet.structuralOnly()).scorer());
  }

  @Test
  void builderRefusesNulls() {
    Validator.Builder b = Validator.builder();
    assertEquals("scorer", assertThrows(NullPointerException.class, () -> b.scorer(nullValue())).getMessage());
    assertEquals("rules", assertThrows(NullPointerException.class, () -> b.rules(nullValue())).getMessage());
    assertEquals(
        "detector",
        assertThrows(NullPointerException.class, () -> b.activityDetector(nullValue())).getMessage());
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nullValue() {
    return null;
  }
}
