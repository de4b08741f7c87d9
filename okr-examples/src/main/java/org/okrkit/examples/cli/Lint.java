package org.okrkit.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.okrkit.lifecycle.KpiCheckIns;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.validation.Finding;
import org.okrkit.validation.InvalidRuleException;
import org.okrkit.validation.LintRule;
import org.okrkit.validation.LintRuleProvider;
import org.okrkit.validation.Rule;
import org.okrkit.validation.RuleDefinition;
import org.okrkit.validation.RuleSet;
import org.okrkit.validation.Validator;

/**
 * The validator and linter as the commands use them: findings in a display-ready form, graded
 * with the scorer {@code okr score} uses, with the built-in rules and every {@link LintRule} that
 * a {@link LintRuleProvider} on the class path contributes ({@code java -cp
 * okr.jar:myrules.jar org.okrkit.examples.cli.Main lint …}).
 */
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
   * @param finding the validator's finding, which {@code okr lint --json} writes through {@code
   *     OkrJsonModule}
   */
  record LintFinding(
      String rule, String severity, String pointer, String message, String hint, Finding finding) {
    boolean isError() {
      return severity.equals("error");
    }

    static LintFinding of(Finding f) {
      return new LintFinding(
          f.ruleId(), f.severity().name().toLowerCase(Locale.ROOT), f.pointer(), f.message(), f.hint(),
          f);
    }
  }

  /** The structural errors of {@code set} as of {@code asOf}: what makes it wrong rather than weak. */
  static List<LintFinding> validate(OkrSet set, LocalDate asOf) {
    List<LintFinding> errors = new ArrayList<>();
    for (Finding f : validator(set, RuleSet.structuralOnly(), userRules()).validate(KpiCheckIns.apply(set, asOf), asOf)) {
      if (f.isError()) {
        errors.add(LintFinding.of(f));
      }
    }
    return errors;
  }

  /**
   * Every finding of the full rule set and the user's rules {@code mine} as of {@code asOf},
   * except the {@code disabled} rules, graded with the document's scoring settings and the
   * command's {@code overrides}.
   */
  static List<LintFinding> lint(
      OkrSet set,
      LocalDate asOf,
      Set<String> disabled,
      List<LintRule> mine,
      ScoringSettings overrides) {
    List<RuleDefinition> off = new ArrayList<>();
    for (String id : disabled) {
      off.add(rule(id, mine));
    }
    RuleSet rules = RuleSet.defaults().disable(off.toArray(new RuleDefinition[0]));
    List<LintFinding> out = new ArrayList<>();
    for (Finding f :
        validator(set, rules, mine, overrides).validate(KpiCheckIns.apply(set, asOf), asOf)) {
      out.add(LintFinding.of(f));
    }
    return out;
  }

  /**
   * The validator the commands run on {@code set}: {@code rules} over the built-in rules and the
   * user's own from the class path, graded with the scorer {@code okr score} uses ({@link
   * Views#scorer(OkrSet)}).
   */
  static Validator validator(OkrSet set, RuleSet rules, List<LintRule> userRules) {
    return validator(set, rules, userRules, ScoringSettings.builder().build());
  }

  /**
   * {@link #validator(OkrSet, RuleSet, List)} graded with the document's scoring settings and the
   * command's {@code overrides} ({@code --cap}, {@code --grades}…) on top.
   */
  static Validator validator(
      OkrSet set, RuleSet rules, List<LintRule> userRules, ScoringSettings overrides) {
    return Validator.builder()
        .rules(rules)
        .addAll(userRules)
        .scorer(Views.scorer(set, overrides))
        .build();
  }

  /**
   * The rules every {@link LintRuleProvider} on the class path contributes, in the order found. A
   * provider that cannot be loaded, fails, or contributes an invalid rule is a usage error naming
   * it, never a stack trace or rules silently missing.
   */
  static List<LintRule> userRules() {
    List<LintRule> rules = new ArrayList<>();
    Validator.Builder check = Validator.builder();
    try {
      for (LintRuleProvider provider : ServiceLoader.load(LintRuleProvider.class)) {
        String name = provider.getClass().getName();
        @Nullable List<LintRule> provided = provided(provider, name);
        if (provided == null) {
          throw CliException.usage("lint rule provider " + name + " returned no list of rules");
        }
        for (@Nullable LintRule r : provided) {
          if (r == null) {
            throw CliException.usage("lint rule provider " + name + " returned a null rule");
          }
          try {
            check.add(r);
          } catch (InvalidRuleException e) {
            throw CliException.usage("lint rule provider " + name + ": " + e.getMessage());
          }
          rules.add(r);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw CliException.usage("cannot load the lint rules on the class path: " + Okr.oneLine(String.valueOf(e.getMessage())));
    }
    return rules;
  }

  @SuppressWarnings("NullAway") // user code may return null whatever its declared type says
  private static @Nullable List<LintRule> provided(LintRuleProvider provider, String name) {
    try {
      return provider.rules();
    } catch (RuntimeException e) {
      throw CliException.usage(
          "lint rule provider " + name + " failed: " + e.getClass().getName()
              + (e.getMessage() == null ? "" : ": " + Okr.oneLine(e.getMessage())));
    }
  }

  /** The rule with this id, built in or the user's own; an unknown id is a usage error naming the known ones. */
  static RuleDefinition rule(String id, List<LintRule> userRules) {
    Optional<Rule> builtIn = Rule.ofId(id);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    for (LintRule r : userRules) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw CliException.usage(
        "unknown rule '" + id + "' for --disable; known rules: " + String.join(", ", ruleIds(userRules)));
  }

  /** The ids of every rule, built in then the user's own, for checking {@code --disable}. */
  static List<String> ruleIds(List<LintRule> userRules) {
    List<String> ids = new ArrayList<>();
    for (Rule r : Rule.values()) {
      ids.add(r.id());
    }
    for (LintRule r : userRules) {
      ids.add(r.id());
    }
    return ids;
  }
}
