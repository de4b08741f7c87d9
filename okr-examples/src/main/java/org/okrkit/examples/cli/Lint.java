package org.okrkit.examples.cli;

import java.util.List;
import java.util.Set;
import org.okrkit.model.OkrSet;

/** The validator and linter as the commands use them: findings in a display-ready form. */
final class Lint {
  /** Until the library part lands on main. */
  private static final boolean PENDING = true;

  private Lint() {}

  /**
   * One finding.
   *
   * @param rule the rule's stable id, such as {@code dangling-parent}
   * @param severity {@code error}, {@code warning} or {@code info}
   * @param pointer the JSON Pointer of the offending element
   * @param message what is wrong
   * @param hint how to fix it, possibly empty
   */
  record LintFinding(String rule, String severity, String pointer, String message, String hint) {
    boolean isError() {
      return severity.equals("error");
    }
  }

  /** The structural errors of {@code set}: what makes it wrong rather than weak. */
  static List<LintFinding> validate(OkrSet set) {
    if (PENDING) {
      return List.of();
    }
    throw CliException.usage("validation is not merged yet " + set.objectives().size());
  }

  /** Every finding of the full rule set except the {@code disabled} rules. */
  static List<LintFinding> lint(OkrSet set, Set<String> disabled) {
    if (PENDING) {
      return List.of();
    }
    throw CliException.usage("linting is not merged yet " + set.objectives().size() + disabled);
  }

  /** The ids of every rule, for checking {@code --disable}. */
  static List<String> ruleIds() {
    return List.of();
  }
}
