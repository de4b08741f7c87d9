package org.okrkit.validation;

/**
 * What a lint rule is, apart from what it checks: its stable id, the severity its findings have
 * by default, whether it is structural, and a one-line summary (the metadata Error Prone keeps in
 * a {@code @BugPattern}, kept on the rule itself so that tools, configuration and the rules table
 * in the docs all read it from one place).
 *
 * <p>The built-in rules are the constants of {@link Rule}; rules of your own are {@link
 * LintRule}s, which add a check to this metadata. A {@link Finding} names the definition of the
 * rule that produced it, and a {@link RuleSet} disables rules and overrides severities by
 * definition (that is, by {@linkplain #id() id}), the same way for both.
 *
 * <p>Implementations must return the same values on every call; the {@link Validator} reads them
 * once, when it is built.
 */
public interface RuleDefinition {

  /**
   * The stable kebab-case id of the rule, such as {@code kr-is-activity}: lower-case ASCII letters
   * and digits in words joined by single hyphens, starting with a letter. Tools, configuration
   * files and {@code okr lint --disable} name the rule by it.
   *
   * @return the stable kebab-case id of the rule, such as {@code kr-is-activity}
   */
  String id();

  /** {@return the severity findings of this rule have unless a {@link RuleSet} overrides it} */
  Severity defaultSeverity();

  /**
   * True for rules that report what stops a set from being scored or rolled up correctly (they
   * run under {@link RuleSet#structuralOnly()}), false for best-practice advice.
   *
   * @return {@code true} if for rules that report what stops a set from being scored or rolled up
   *     correctly
   */
  boolean isStructural();

  /** {@return what the rule catches, in one line} */
  String summary();
}
