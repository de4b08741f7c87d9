package org.okrkit.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.validation.Finding;
import org.okrkit.validation.Rule;
import org.okrkit.validation.RuleSet;
import org.okrkit.validation.Validator;

/** The validator and linter as the commands use them: findings in a display-ready form. */
final class Lint {
  private Lint() {}

  /**
   * One finding.
   *
   * @param rule the rule's stable id, such as {@code unknown-parent}
   * @param severity {@code error}, {@code warning} or {@code info}
   * @param pointer the JSON Pointer of the offending element
   * @param message what is wrong
   * @param hint how to fix it, possibly empty
   */
  record LintFinding(String rule, String severity, String pointer, String message, String hint) {
    boolean isError() {
      return severity.equals("error");
    }

    static LintFinding of(Finding f) {
      return new LintFinding(
          f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT), f.pointer(), f.message(), f.hint());
    }
  }

  /** The structural errors of {@code set} as of {@code asOf}: what makes it wrong rather than weak. */
  static List<LintFinding> validate(OkrSet set, LocalDate asOf) {
    List<LintFinding> errors = new ArrayList<>();
    for (Finding f : validator(set, RuleSet.structuralOnly()).validate(set, asOf)) {
      if (f.isError()) {
        errors.add(LintFinding.of(f));
      }
    }
    return errors;
  }

  /** Every finding of the full rule set as of {@code asOf}, except the {@code disabled} rules. */
  static List<LintFinding> lint(OkrSet set, LocalDate asOf, Set<String> disabled) {
    return lint(set, asOf, disabled, ScoringSettings.builder().build());
  }

  /** {@link #lint(OkrSet, LocalDate, Set)} graded with the document's settings and overrides. */
  static List<LintFinding> lint(
      OkrSet set, LocalDate asOf, Set<String> disabled, ScoringSettings overrides) {
    List<Rule> off = new ArrayList<>();
    for (String id : disabled) {
      off.add(rule(id));
    }
    RuleSet rules = RuleSet.defaults().disable(off.toArray(new Rule[0]));
    List<LintFinding> out = new ArrayList<>();
    Validator v = Validator.builder().rules(rules).scorer(Views.scorer(set, overrides)).build();
    for (Finding f : v.validate(set, asOf)) {
      out.add(LintFinding.of(f));
    }
    return out;
  }

  /**
   * The validator the commands run on {@code set}: {@code rules}, graded with the scorer {@code
   * okr score} uses ({@link Views#scorer(OkrSet)}).
   */
  static Validator validator(OkrSet set, RuleSet rules) {
    return Validator.builder().rules(rules).scorer(Views.scorer(set)).build();
  }

  /** The rule with this id; an unknown id is a usage error naming the known ones. */
  static Rule rule(String id) {
    return Rule.ofId(id)
        .orElseThrow(
            () ->
                CliException.usage(
                    "unknown rule '" + id + "' for --disable; known rules: " + String.join(", ", ruleIds())));
  }

  /** The ids of every rule, for checking {@code --disable}. */
  static List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : Rule.values()) {
      ids.add(r.id());
    }
    return ids;
  }
}
