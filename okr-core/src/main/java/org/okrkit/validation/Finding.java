package org.okrkit.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem the {@link Validator} found in an OKR set: which rule caught it (a built-in {@link
 * Rule} or a {@link LintRule} of your own), how serious
 * it is, where it is, a one-sentence message naming the offending value, and a hint on how to fix
 * it.
 *
 * <p>The validator writes the pointer and message of its most frequent findings (a check-in dated
 * after the as-of date) when they are first read: a lint of a large organisation that is only
 * counted or filtered by rule builds no sentence nobody reads. What is read is the same text
 * whenever it is read.
 *
 * <p>Immutable and thread-safe; equal, like a record, when every component is equal.
 */
public final class Finding {
  private final RuleDefinition rule;
  private final Severity severity;
  private final FindingText text;

  /**
   * A finding; every component is required.
   *
   * @param rule the rule that caught the problem
   * @param severity the severity, after any {@link RuleSet} override
   * @param location the ids involved and the JSON Pointer to the offending element
   * @param message one sentence naming the offending value
   * @param hint how to fix it
   * @throws NullPointerException if a component is null
   */
  public Finding(
      RuleDefinition rule, Severity severity, Location location, String message, String hint) {
    this(
        rule,
        severity,
        new FindingText.Given(
            Objects.requireNonNull(location, "location"),
            Objects.requireNonNull(message, "message"),
            Objects.requireNonNull(hint, "hint")));
  }

  /** A finding whose location, message and hint {@code text} writes when first read. */
  Finding(RuleDefinition rule, Severity severity, FindingText text) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.text = text;
  }

  /** {@return the rule that caught the problem} */
  public RuleDefinition rule() {
    return rule;
  }

  /** {@return the severity, after any {@link RuleSet} override} */
  public Severity severity() {
    return severity;
  }

  /** {@return the ids involved and the JSON Pointer to the offending element} */
  public Location location() {
    return text.location();
  }

  /** {@return one sentence naming the offending value} */
  public String message() {
    return text.message();
  }

  /** {@return how to fix it} */
  public String hint() {
    return text.hint();
  }

  /** {@return the stable id of the rule that caught the problem, such as {@code unknown-parent}} */
  public String ruleId() {
    return rule.id();
  }

  /** {@return the JSON Pointer to the offending element, such as {@code /objectives/2/parent}} */
  public String pointer() {
    return text.location().pointer();
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || (o instanceof Finding that
            && rule.equals(that.rule)
            && severity == that.severity
            && location().equals(that.location())
            && message().equals(that.message())
            && hint().equals(that.hint()));
  }

  @Override
  public int hashCode() {
    int h = rule.hashCode();
    h = 31 * h + severity.hashCode();
    h = 31 * h + location().hashCode();
    h = 31 * h + message().hashCode();
    return 31 * h + hint().hashCode();
  }

  /**
   * One line for logs and command-line output: {@code ERROR unknown-parent /objectives/2/parent:
   * <message> Fix: <hint>}.
   */
  @Override
  public String toString() {
    return severity + " " + rule.id() + " " + pointer() + ": " + message() + " Fix: " + hint();
  }
}
