package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A rule set configures built-in rules and any other {@link RuleDefinition} alike, by id. */
class RuleSetTest {
  record Def(String id, Severity defaultSeverity, boolean isStructural, String summary)
      implements RuleDefinition {}

  static final Def ADVICE = new Def("kr-needs-owner", Severity.WARNING, false, "a key result has no owner");
  static final Def STRUCTURAL = new Def("kr-needs-unit", Severity.ERROR, true, "a metric has no unit");

  @Test
  void disablingAndSeveritiesWorkByIdForAnyDefinition() {
    RuleSet rules = RuleSet.defaults().disable(ADVICE).withSeverity(STRUCTURAL, Severity.INFO);
    assertFalse(rules.isEnabled(ADVICE));
    assertTrue(rules.isEnabled(STRUCTURAL));
    assertEquals(Severity.INFO, rules.severityOf(STRUCTURAL));
    assertEquals(Severity.WARNING, rules.severityOf(ADVICE));
    assertEquals(List.of("kr-needs-owner"), List.copyOf(rules.disabled()));
    assertEquals(Map.of("kr-needs-unit", Severity.INFO), rules.severityOverrides());
    // another definition object with the same id is the same rule
    assertFalse(rules.isEnabled(new Def("kr-needs-owner", Severity.INFO, false, "other")));
    assertTrue(rules.enable(ADVICE).isEnabled(ADVICE));
  }

  @Test
  void structuralOnlySkipsEveryAdviceRuleBuiltInOrNot() {
    RuleSet rules = RuleSet.structuralOnly();
    assertTrue(rules.isStructuralOnly());
    assertFalse(rules.isEnabled(ADVICE));
    assertFalse(rules.isEnabled(Rule.KR_IS_ACTIVITY));
    assertTrue(rules.isEnabled(STRUCTURAL));
    assertTrue(rules.isEnabled(Rule.UNKNOWN_PARENT));
    assertTrue(rules.withStructuralOnly(false).isEnabled(ADVICE));
    assertFalse(rules.disable(Rule.UNKNOWN_PARENT).isEnabled(Rule.UNKNOWN_PARENT));
  }

  @Test
  void idsThatAreNotKebabCaseAreRejectedNamingTheId() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> RuleSet.defaults().withDisabled(List.of("Bad_Id")));
    assertEquals(
        "rule set: disabled: rule id must be " + RuleIds.ID_SYNTAX + ", was 'Bad_Id'", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> RuleSet.defaults().withSeverityOverrides(Map.of("-lead", Severity.INFO)));
    for (String bad : List.of("", "a--b", "a-", "9a", "a b", "é")) {
      assertFalse(RuleIds.isValidId(bad), bad);
    }
    for (String good : List.of("a", "kr-is-activity", "rule-2", "x9-y")) {
      assertTrue(RuleIds.isValidId(good), good);
    }
  }

  @Test
  void customThresholdsAreNamedAndReadBack() {
    RuleSet rules = RuleSet.defaults().withThreshold("kr-needs-owner.max-words", BigDecimal.TEN);
    assertEquals(Optional.of(BigDecimal.TEN), rules.threshold("kr-needs-owner.max-words"));
    assertEquals(Optional.empty(), rules.threshold("other"));
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> rules.withThreshold("max words", BigDecimal.ONE));
    assertEquals(
        "rule set: threshold name must be kebab-case words joined by dots, such as"
            + " 'my-rule.max-words', was 'max words'",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> rules.threshold("a..b"));
  }
}
