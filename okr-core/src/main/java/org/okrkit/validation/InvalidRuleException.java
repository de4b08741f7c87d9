package org.okrkit.validation;

/**
 * A {@link LintRule} of your own, or a {@link RuleSet}, that a {@link Validator} cannot run: a
 * rule id that is not kebab-case, that two added rules share or that a built-in {@link Rule}
 * already has; a null severity or a blank summary; a metadata method that throws; or a rule set
 * naming a rule the validator does not have. Thrown when the validator is configured, never while
 * it validates. The message names the rule id and what was expected.
 */
public final class InvalidRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rule id involved, as given (possibly {@code "null"} when the rule returned none). */
  private final String ruleId;

  InvalidRuleException(String ruleId, String message) {
    super(message);
    this.ruleId = ruleId;
  }

  InvalidRuleException(String ruleId, String message, Throwable cause) {
    super(message, cause);
    this.ruleId = ruleId;
  }

  /** {@return the id of the rule that cannot run, as given, such as {@code Bad_Id}} */
  public String ruleId() {
    return ruleId;
  }
}
