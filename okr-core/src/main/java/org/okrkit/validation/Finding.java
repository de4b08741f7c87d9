package org.okrkit.validation;

import java.util.Objects;

/**
 * One problem the {@link Validator} found in an OKR set: which rule caught it (a built-in {@link
 * Rule} or a {@link LintRule} of your own), how serious
 * it is, where it is, a one-sentence message naming the offending value, and a hint on how to fix
 * it.
 *
 * <p>Immutable and thread-safe; equal when every component is equal.
 *
 * @param rule the rule that caught the problem
 * @param severity the severity, after any {@link RuleSet} override
 * @param location the ids involved and the JSON Pointer to the offending element
 * @param message one sentence naming the offending value
 * @param hint how to fix it
 */
public record Finding(
    RuleDefinition rule, Severity severity, Location location, String message, String hint) {

  /**
   * A finding; every component is required.
   *
   * @param rule the rule that caught the problem
   * @param severity the severity, after any {@link RuleSet} override
   * @param location the ids involved and the JSON Pointer to the offending element
   * @param message one sentence naming the offending value
   * @param hint how to fix it
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  /** {@return the stable id of the rule that caught the problem, such as {@code unknown-parent}} */
  public String ruleId() {
    return rule.id();
  }

  /** {@return the JSON Pointer to the offending element, such as {@code /objectives/2/parent}} */
  public String pointer() {
    return location.pointer();
  }

  /**
   * True when the finding is an {@link Severity#ERROR}: the set cannot be scored correctly.
   *
   * @return {@code true} when the finding is an {@link Severity#ERROR}: the set cannot be scored
   *     correctly
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * One line for logs and command-line output: {@code ERROR unknown-parent /objectives/2/parent:
   * <message> Fix: <hint>}.
   */
  @Override
  public String toString() {
    return severity + " " + rule.id() + " " + location.pointer() + ": " + message + " Fix: " + hint;
  }
}
