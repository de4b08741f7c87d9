package org.okrkit.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Scorer;
import org.okrkit.text.ActivityDetector;

/**
 * The OKR linter: checks a whole {@link OkrSet} in one pass and returns every {@link Finding}, from
 * structural errors that stop the set from being scored (a dangling parent, an alignment cycle, a
 * metric whose baseline equals its target) to best-practice advice (a key result that reads as an
 * activity, an objective with a number in it). Think ESLint for OKRs.
 *
 * <pre>{@code
 * List<Finding> findings = Validator.defaults().validate(set, LocalDate.of(2026, 11, 15));
 * boolean scorable = findings.stream().noneMatch(Finding::isError);
 * }</pre>
 *
 * <p>Build one with the scorer your application scores with, so that the score-based rules
 * ({@code committed-missed}, {@code aspirational-fully-met}) judge the set under the same policy
 * as the scores you show:
 *
 * <pre>{@code
 * Validator validator =
 *     Validator.builder()
 *         .rules(RuleSet.defaults().withStaleCheckInWeeks(2))
 *         .scorer(Scorer.of(ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.PARTIAL)))
 *         .build();
 * }</pre>
 *
 * <p>Rules of your own ({@link LintRule}) are added with {@link Builder#add(LintRule)} and run
 * beside the built-in ones; a check of theirs that throws or returns invalid data becomes a {@link
 * Rule#CHECK_FAILED} finding naming the rule.
 *
 * <p>Validation never throws on a bad set, including sets a tool is still editing: it reports. The
 * findings come in a deterministic order that follows the document: cycles first, then each
 * objective followed by its key results and each key result by its check-ins, then the findings of
 * whole-set user checks; findings on the same element follow the order of the {@link Rule}
 * constants, then user rules in the order they were added. The pass is iterative (no recursion, so
 * alignment chains of any depth are fine) and linear in the size of the set in time and memory.
 *
 * <p>Time-dependent rules (stale or future check-ins, a cycle that is over) read the date from the
 * {@code asOf} parameter, never from a clock. Immutable and thread-safe (as long as the scorer and
 * activity detector it was built with are).
 */
public final class Validator {
  private static final Validator DEFAULTS = builder().build();

  private final RuleSet rules;
  private final Scorer scorer;
  private final ActivityDetector activities;
  private final List<UserRule> userRules;

  private Validator(Builder b) {
    this.rules = b.rules;
    this.scorer = b.scorer;
    this.activities = b.activities;
    this.userRules = List.copyOf(b.userRules);
  }

  /**
   * A validator running {@link RuleSet#defaults()} (every rule at its default severity), grading
   * with {@link Scorer#defaults()} and reading wording with {@link ActivityDetector#defaults()}.
   *
   * @return a validator running {@link RuleSet#defaults()}
   */
  public static Validator defaults() {
    return DEFAULTS;
  }

  /**
   * A validator running {@code rules}, otherwise like {@link #defaults()}.
   *
   * @param rules the rules
   * @return a validator running {@code rules}, otherwise like {@link #defaults()}
   */
  public static Validator of(RuleSet rules) {
    return builder().rules(rules).build();
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rules this validator runs} */
  public RuleSet rules() {
    return rules;
  }

  /**
   * {@return the rules of your own this validator runs besides the built-in ones, in the order
   * added}
   */
  public List<LintRule> lintRules() {
    List<LintRule> out = new ArrayList<>(userRules.size());
    for (UserRule u : userRules) {
      out.add(u.rule);
    }
    return List.copyOf(out);
  }

  /**
   * {@return the scorer the score-based rules ({@code committed-missed}…) grade objectives with}
   */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * {@return the detector the wording rules ({@code kr-is-activity}, {@code objective-is-task})
   * use}
   */
  public ActivityDetector activityDetector() {
    return activities;
  }

  /**
   * Every finding in {@code set} as of {@code asOf} (the day the OKRs are looked at, which decides
   * whether a cycle is running or over and whether a check-in is stale or in the future), in
   * document order; empty when the set is clean.
   *
   * @param set the OKR set
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return every finding in {@code set} as of {@code asOf} (the day the OKRs are looked at, which
   *     decides whether a cycle is running or over and whether a check-in is stale or in the
   *     future), in document order
   * @throws NullPointerException if an argument is null
   */
  public List<Finding> validate(OkrSet set, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    return new ValidationPass(set, asOf, rules, scorer, activities, userRules).run();
  }

  /**
   * The findings an edit introduces: those of {@code after} that {@code before} did not have, in
   * {@code after}'s document order. An application can run an edit it does not want refused
   * ({@code set.withObjectives(…)}) and show just what the change broke, whatever the set had
   * broken already. A finding counts as the same when its rule, ids and message are; a finding
   * that moved (an objective inserted before it) keeps its identity.
   *
   * @param before the set before the edit
   * @param after the set after the edit
   * @param asOf the day the OKRs are looked at
   * @return the new findings, empty when the edit broke nothing
   * @throws NullPointerException if an argument is null
   */
  public List<Finding> introducedBy(OkrSet before, OkrSet after, LocalDate asOf) {
    java.util.Map<List<Object>, Integer> old = new java.util.HashMap<>();
    for (Finding f : validate(before, asOf)) {
      old.merge(identity(f), 1, Integer::sum);
    }
    List<Finding> introduced = new java.util.ArrayList<>();
    for (Finding f : validate(after, asOf)) {
      List<Object> key = identity(f);
      Integer n = old.get(key);
      if (n == null) {
        introduced.add(f);
      } else if (n == 1) {
        old.remove(key);
      } else {
        old.put(key, n - 1);
      }
    }
    return List.copyOf(introduced);
  }

  private static List<Object> identity(Finding f) {
    return List.of(f.ruleId(), f.location().ids(), f.message());
  }

  /**
   * Configures a {@link Validator}: which rules at which severities, rules of your own, the scorer
   * its score-based rules grade with, and the activity detector its wording rules use. Not
   * thread-safe; the validators it builds are.
   */
  public static final class Builder {
    private RuleSet rules = RuleSet.defaults();
    private Scorer scorer = Scorer.defaults();
    private ActivityDetector activities = ActivityDetector.defaults();
    private final List<UserRule> userRules = new ArrayList<>();
    private final Set<String> userIds = new HashSet<>();

    private Builder() {}

    /**
     * Runs these rules (default {@link RuleSet#defaults()}).
     *
     * @param rules the rules
     * @return this builder
     */
    public Builder rules(RuleSet rules) {
      this.rules = Objects.requireNonNull(rules, "rules");
      return this;
    }

    /**
     * Grades objectives with this scorer in the score-based rules (default {@link
     * Scorer#defaults()}): pass the scorer the application scores with.
     *
     * @param scorer the scorer of key results
     * @return this builder
     */
    public Builder scorer(Scorer scorer) {
      this.scorer = Objects.requireNonNull(scorer, "scorer");
      return this;
    }

    /**
     * Reads key result and objective titles with this detector (default {@link
     * ActivityDetector#defaults()}).
     *
     * @param detector the detector
     * @return this builder
     */
    public Builder activityDetector(ActivityDetector detector) {
      this.activities = Objects.requireNonNull(detector, "detector");
      return this;
    }

    /**
     * Runs {@code rule} too, after the built-in rules; its metadata is read and checked now.
     *
     * @param rule the rule
     * @return this builder
     * @throws InvalidRuleException if the rule's id is not kebab-case, is a built-in rule's or
     *     another added rule's id, its severity is null, its summary blank, or a metadata method
     *     throws
     * @throws NullPointerException if {@code rule} is null
     */
    public Builder add(LintRule rule) {
      UserRule u = UserRule.of(Objects.requireNonNull(rule, "rule"));
      String id = u.frozen.id();
      if (!userIds.add(id)) {
        throw new InvalidRuleException(
            id, "lint rule " + Text.quote(id) + ": id is already used by another added rule");
      }
      userRules.add(u);
      return this;
    }

    /**
     * Runs each of {@code rules} too, as {@link #add(LintRule)} does.
     *
     * @param rules the rules
     * @return this builder
     * @throws InvalidRuleException as {@link #add(LintRule)}
     * @throws NullPointerException if {@code rules} or one of them is null
     */
    public Builder addAll(Iterable<? extends LintRule> rules) {
      for (LintRule r : Objects.requireNonNull(rules, "rules")) {
        add(r);
      }
      return this;
    }

    /**
     * A validator with this configuration.
     *
     * @return a validator with this configuration
     * @throws InvalidRuleException if the rule set disables or overrides the severity of a rule id
     *     that is neither a built-in rule nor one added here (a typo would silently do nothing)
     */
    public Validator build() {
      checkKnown(rules.disabled(), "disables");
      checkKnown(rules.severityOverrides().keySet(), "sets the severity of");
      return new Validator(this);
    }

    private void checkKnown(Set<String> ids, String what) {
      for (String id : ids) {
        if (Rule.ofId(id).isEmpty() && !userIds.contains(id)) {
          throw new InvalidRuleException(
              id,
              "rule set " + what + " rule " + Text.quote(id) + ", which is neither a built-in rule"
                  + " nor a rule added to this validator");
        }
      }
    }
  }
}
