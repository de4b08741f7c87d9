package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ThresholdCredit;
import org.okrkit.text.ActivityDetector;
import org.okrkit.text.ActivityMatch;

/** The examples of {@code docs/validation.md}, kept compiling and true. */
class ValidationDocExamplesTest {

  @Test
  void readmeQuickExample() {
    OkrSet set =
        Fixtures.keyResult(Fixtures.clean(), 0, 1, kr -> kr.withTitle("Launch a new mobile app"));
    List<Finding> findings = Validator.defaults().validate(set, LocalDate.of(2026, 11, 10));
    boolean scorable = findings.stream().noneMatch(Finding::isError);
    assertTrue(scorable);
    assertEquals(
        "WARNING kr-is-activity /objectives/0/keyResults/1/title: key result 'cs-2' reads as an"
            + " activity, not a result: 'Launch' in 'Launch a new mobile app'. Fix: Measure the"
            + " outcome it should deliver, e.g. 'Achieve 10,000 app downloads', and track the work"
            + " as an initiative.",
        findings.get(0).toString());
  }

  @Test
  void ruleSetExample() {
    LocalDate asOf = Fixtures.AS_OF;
    OkrSet set = Fixtures.objective(Fixtures.clean(), 1, o -> o.withOwner(""));
    RuleSet rules =
        RuleSet.defaults()
            .disable(Rule.UNALIGNED_OBJECTIVE, Rule.UNUSED_CYCLE)
            .withSeverity(Rule.MISSING_OWNER, Severity.ERROR)
            .withMaxKeyResultsPerObjective(4)
            .withStaleCheckInWeeks(2);
    List<Finding> findings = Validator.of(rules).validate(set, asOf);
    assertEquals(Severity.ERROR, findings.get(0).severity());
    assertEquals(List.of(), Validator.of(RuleSet.structuralOnly()).validate(set, asOf));
  }

  @Test
  void activityDetectorExample() {
    Optional<ActivityMatch> m = ActivityDetector.defaults().detect("Run four campaigns");
    assertEquals("Run", m.orElseThrow().phrase());
    assertEquals(
        "Measure the outcome it should deliver, e.g. 'Increase qualified leads from 120 to 300',"
            + " and track the work as an initiative.",
        m.orElseThrow().rewriteHint());
    assertFalse(ActivityDetector.defaults().isActivity("Reduce onboarding time from 10 to 5 days"));
  }

  @Test
  void builderExample() {
    Scorer scorer = Scorer.of(ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.PARTIAL));
    Validator validator =
        Validator.builder()
            .rules(RuleSet.defaults().withStaleCheckInWeeks(2))
            .scorer(scorer)
            .activityDetector(ActivityDetector.defaults())
            .build();
    assertEquals(scorer, validator.scorer());
    assertEquals(2, validator.rules().staleCheckInWeeks());
  }

  @Test
  void lintRuleExample() {
    LintRule longTitle =
        LintRule.onKeyResults(
            "kr-title-too-long",
            Severity.INFO,
            "a key result's title is longer than the threshold (default 80 characters)",
            kr -> {
              int max =
                  kr.rules().threshold("kr-title-too-long.max").orElse(BigDecimal.valueOf(80)).intValue();
              String title = kr.keyResult().title();
              return title.length() <= max
                  ? List.of()
                  : List.of(
                      kr.problemAt(
                          "/title",
                          "key result '" + kr.keyResult().id() + "' has a title of " + title.length()
                              + " characters.",
                          "Say it in at most " + max + " characters."));
            });
    Validator validator =
        Validator.builder()
            .rules(RuleSet.defaults().withThreshold("kr-title-too-long.max", BigDecimal.valueOf(40)))
            .add(longTitle)
            .build();
    List<Finding> findings = validator.validate(Fixtures.clean(), Fixtures.AS_OF);
    assertEquals(
        "INFO kr-title-too-long /objectives/0/keyResults/0/title: key result 'cs-1' has a title of 56"
            + " characters. Fix: Say it in at most 40 characters.",
        findings.get(0).toString());
    assertEquals(List.of(), Validator.builder().add(longTitle).build().validate(Fixtures.clean(), Fixtures.AS_OF));
  }
}
