package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.validation.Fixtures.AS_OF;
import static org.okrkit.validation.Fixtures.clean;
import static org.okrkit.validation.Fixtures.keyResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringPolicy;

/** Rules of your own take part in everything the built-in rules do. */
class LintRuleTest {
  /** Reports key results whose title is longer than the threshold (default 60 characters). */
  static final LintRule LONG_TITLE =
      LintRule.onKeyResults(
          "kr-title-too-long",
          Severity.INFO,
          "a key result's title is longer than the threshold (default 60 characters)",
          kr -> {
            int max = kr.rules().threshold("kr-title-too-long.max").orElse(BigDecimal.valueOf(60)).intValue();
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

  static final LintRule NO_PARENT =
      LintRule.onObjectives(
          "objective-needs-parent",
          Severity.WARNING,
          "an objective other than the company's has no parent in the set",
          o ->
              o.parent().isPresent() || o.objective().id().equals("co")
                  ? List.of()
                  : List.of(o.problem("objective '" + o.objective().id() + "' has no parent in the set.", "Align it.")));

  static final LintRule TOO_FEW_OBJECTIVES =
      LintRule.onSet(
          "set-too-small",
          Severity.INFO,
          "a set has fewer than three objectives",
          s ->
              s.set().objectives().size() >= 3
                  ? List.of()
                  : List.of(s.problem("/objectives", List.of(), "only " + s.set().objectives().size() + " objectives.", "")));

  static List<String> lines(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.pointer()).collect(Collectors.toList());
  }

  static OkrSet longTitle() {
    return keyResult(clean(), 1, 0, kr -> kr.withTitle("Reduce first response time from 8 hours to 2 hours for every customer"));
  }

  @Test
  void userFindingsComeWithTheirElementAfterTheBuiltInOnesAndSetFindingsLast() {
    OkrSet set = keyResult(longTitle(), 1, 0, kr -> kr.withTitle("Launch the help center for every customer in every region we serve"));
    Validator v = Validator.builder().add(LONG_TITLE).add(TOO_FEW_OBJECTIVES).build();
    assertEquals(
        List.of(
            "kr-is-activity WARNING /objectives/1/keyResults/0/title",
            "kr-without-number WARNING /objectives/1/keyResults/0/title",
            "kr-title-too-long INFO /objectives/1/keyResults/0/title",
            "set-too-small INFO /objectives"),
        lines(v.validate(set, AS_OF)));
  }

  @Test
  void findingsNameTheUserRuleItself() {
    Finding f = Validator.builder().add(LONG_TITLE).build().validate(longTitle(), AS_OF).get(0);
    assertSame(LONG_TITLE, f.rule());
    assertEquals(List.of("sp-1", "support"), f.location().ids());
    assertEquals("key result 'sp-1' has a title of 69 characters.", f.message());
    assertEquals(
        "INFO kr-title-too-long /objectives/1/keyResults/0/title: key result 'sp-1' has a title of"
            + " 69 characters. Fix: Say it in at most 60 characters.",
        f.toString());
  }

  @Test
  void severityOverridesDisablingAndThresholdsApplyToUserRules() {
    RuleSet raised = RuleSet.defaults().withSeverity(LONG_TITLE, Severity.ERROR);
    assertEquals(
        List.of("kr-title-too-long ERROR /objectives/1/keyResults/0/title"),
        lines(Validator.builder().rules(raised).add(LONG_TITLE).build().validate(longTitle(), AS_OF)));
    RuleSet off = RuleSet.defaults().disable(LONG_TITLE);
    assertEquals(List.of(), Validator.builder().rules(off).add(LONG_TITLE).build().validate(longTitle(), AS_OF));
    RuleSet lenient = RuleSet.defaults().withThreshold("kr-title-too-long.max", BigDecimal.valueOf(80));
    assertEquals(List.of(), Validator.builder().rules(lenient).add(LONG_TITLE).build().validate(longTitle(), AS_OF));
  }

  @Test
  void structuralOnlySkipsUserAdviceButRunsUserStructuralRules() {
    LintRule structural =
        new LintRule() {
          @Override
          public String id() {
            return "kr-needs-unit";
          }

          @Override
          public Severity defaultSeverity() {
            return Severity.ERROR;
          }

          @Override
          public boolean isStructural() {
            return true;
          }

          @Override
          public String summary() {
            return "a metric key result has no unit";
          }

          @Override
          public List<Problem> checkKeyResult(KeyResultContext kr) {
            return kr.keyResult().id().equals("cs-1") ? List.of(kr.problem("no unit.", "Add one.")) : List.of();
          }
        };
    Validator v = Validator.builder().rules(RuleSet.structuralOnly()).add(LONG_TITLE).add(structural).build();
    assertEquals(List.of("kr-needs-unit ERROR /objectives/0/keyResults/0"), lines(v.validate(longTitle(), AS_OF)));
  }

  @Test
  void objectiveChecksSeeTheObjectiveAndItsPlace() {
    OkrSet set = Fixtures.objective(clean(), 1, o -> o.withParent("nope"));
    Validator v = Validator.builder().add(NO_PARENT).build();
    List<String> got = lines(v.validate(set, AS_OF));
    assertEquals(
        List.of("unknown-parent ERROR /objectives/1/parent", "objective-needs-parent WARNING /objectives/1"),
        got);
  }

  @Test
  void contextsScoreWithTheValidatorsScorer() {
    List<String> seen = new ArrayList<>();
    LintRule probe =
        LintRule.onKeyResults(
            "score-probe",
            Severity.INFO,
            "records scores",
            kr -> {
              seen.add(kr.keyResult().id() + "=" + kr.score().score().map(BigDecimal::toPlainString).orElse("-"));
              return List.of();
            });
    OkrSet set = keyResult(clean(), 0, 0, kr -> kr.withCheckIns(List.of(org.okrkit.model.CheckIn.of(Fixtures.d(11, 1), 5.5))));
    Validator.builder().add(probe).build().validate(set, AS_OF);
    Validator.builder().add(probe).scorer(Scorer.of(ScoringPolicy.defaults().withClamp(false))).build().validate(set, AS_OF);
    assertEquals("cs-1=1", seen.get(0));
    assertEquals("cs-1=2", seen.get(4));
  }

  @Test
  void setChecksFindElementsById() {
    LintRule pointers =
        LintRule.onSet(
            "pointer-probe",
            Severity.INFO,
            "reports where sp-2 and support are",
            s ->
                List.of(
                    s.problem(s.keyResultPointer("sp-2").orElseThrow(), List.of("sp-2"), "here.", ""),
                    s.problem(s.objectivePointer("support").orElseThrow(), List.of("support"), "there.", "")));
    assertEquals(
        List.of("pointer-probe INFO /objectives/1/keyResults/1", "pointer-probe INFO /objectives/1"),
        lines(Validator.builder().add(pointers).build().validate(clean(), AS_OF)));
  }

  @Test
  void validatorListsItsUserRulesInOrder() {
    Validator v = Validator.builder().addAll(List.of(LONG_TITLE, NO_PARENT)).build();
    assertEquals(List.of(LONG_TITLE, NO_PARENT), v.lintRules());
    assertEquals(List.of(), Validator.defaults().lintRules());
  }

  @Test
  void problemsRefuseInvalidPointersAndBlankMessages() {
    var e = assertThrows(IllegalArgumentException.class, () -> Problem.of("objectives/0", List.of(), "m.", ""));
    assertEquals("problem: pointer must be a JSON Pointer (it must be empty or start with '/'), was 'objectives/0'", e.getMessage());
    var t = assertThrows(IllegalArgumentException.class, () -> Problem.of("/a~2", List.of(), "m.", ""));
    assertEquals("problem: pointer must be a JSON Pointer ('~' must be followed by 0 or 1), was '/a~2'", t.getMessage());
    var m = assertThrows(IllegalArgumentException.class, () -> Problem.of("/objectives/0", List.of(), " ", ""));
    assertEquals("problem at /objectives/0: message must not be blank, was ' '", m.getMessage());
    assertEquals("/a~0b~1c", Problem.of("/a~0b~1c", List.of("x"), "m.", "").pointer());
  }
}
