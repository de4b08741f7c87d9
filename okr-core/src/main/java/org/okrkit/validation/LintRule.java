package org.okrkit.validation;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A lint rule of your own: a {@link RuleDefinition} (id, default severity, structural or not,
 * summary) plus a check over each key result, each objective or the whole set, returning the
 * {@link Problem}s it finds. Add it to a validator with {@link Validator.Builder#add(LintRule)}; it
 * then takes part in everything the built-in rules do: {@link RuleSet} severities, {@linkplain
 * RuleSet#disable disabling}, {@linkplain RuleSet#threshold thresholds}, {@link
 * RuleSet#structuralOnly()}, and the {@code okr lint} command (through a {@link
 * LintRuleProvider}).
 *
 * <p>The quickest way to write one is a factory with a lambda:
 *
 * <pre>{@code
 * LintRule noConfidence =
 *     LintRule.onKeyResults(
 *         "kr-needs-confidence", Severity.INFO, "a key result's latest check-in has no confidence",
 *         kr -> kr.keyResult().checkIns().stream().reduce((a, b) -> b)
 *                 .filter(c -> c.confidence().isEmpty())
 *                 .map(c -> List.of(kr.problemAt("/checkIns", "no confidence recorded.",
 *                     "Record how confident the owner is, 0.0-1.0.")))
 *                 .orElse(List.of()));
 * Validator v = Validator.builder().add(noConfidence).build();
 * }</pre>
 *
 * <p>Or implement the interface: return the metadata (constants; the validator reads it once, when
 * it is built) and override one or more of the {@code check…} methods, whose defaults find
 * nothing. Findings of a rule come with the element it checks, after the built-in rules'
 * findings on that element; findings of {@link #checkSet(SetContext) whole-set checks} come last.
 *
 * <p>The validator guards every call into a rule, as its promise that validation never throws
 * requires: a check that throws, returns null, returns a null problem or a problem whose pointer
 * names no element of the set is reported as a {@link Rule#CHECK_FAILED} finding naming the rule
 * and the element, and validation goes on. Invalid metadata (an id that is not kebab-case, clashes
 * with a built-in rule or with another added rule, a null severity, a blank summary) is refused
 * when the validator is built, with an {@link InvalidRuleException} naming the id. Checks must be
 * thread-safe if the validator is shared between threads.
 */
public interface LintRule extends RuleDefinition {

  /** False: a rule of your own is best-practice advice unless it says otherwise. */
  @Override
  default boolean isStructural() {
    return false;
  }

  /**
   * The problems of one key result; none by default.
   *
   * @param keyResult the key result
   * @return the problems of one key result; none by default
   */
  default List<Problem> checkKeyResult(KeyResultContext keyResult) {
    return List.of();
  }

  /**
   * The problems of one objective (not of its key results); none by default.
   *
   * @param objective the objective
   * @return the problems of one objective (not of its key results); none by default
   */
  default List<Problem> checkObjective(ObjectiveContext objective) {
    return List.of();
  }

  /**
   * The problems of the set as a whole; none by default.
   *
   * @param set the OKR set
   * @return the problems of the set as a whole; none by default
   */
  default List<Problem> checkSet(SetContext set) {
    return List.of();
  }

  /**
   * A best-practice rule checking every key result with {@code check}.
   *
   * @param id the id
   * @param defaultSeverity the severity when a rule set does not override it
   * @param summary the one-line summary
   * @param check the check
   * @return a best-practice rule checking every key result with {@code check}
   * @throws InvalidRuleException if {@code id} is not kebab-case, {@code defaultSeverity} is null
   *     or {@code summary} is blank
   * @throws NullPointerException if {@code check} is null
   */
  static LintRule onKeyResults(
      String id,
      Severity defaultSeverity,
      String summary,
      Function<KeyResultContext, List<Problem>> check) {
    Objects.requireNonNull(check, "check");
    return new FunctionRule(id, defaultSeverity, summary, check, null, null);
  }

  /**
   * A best-practice rule checking every objective with {@code check}.
   *
   * @param id the id
   * @param defaultSeverity the severity when a rule set does not override it
   * @param summary the one-line summary
   * @param check the check
   * @return a best-practice rule checking every objective with {@code check}
   * @throws InvalidRuleException if {@code id} is not kebab-case, {@code defaultSeverity} is null
   *     or {@code summary} is blank
   * @throws NullPointerException if {@code check} is null
   */
  static LintRule onObjectives(
      String id,
      Severity defaultSeverity,
      String summary,
      Function<ObjectiveContext, List<Problem>> check) {
    Objects.requireNonNull(check, "check");
    return new FunctionRule(id, defaultSeverity, summary, null, check, null);
  }

  /**
   * A best-practice rule checking the whole set with {@code check}.
   *
   * @param id the id
   * @param defaultSeverity the severity when a rule set does not override it
   * @param summary the one-line summary
   * @param check the check
   * @return a best-practice rule checking the whole set with {@code check}
   * @throws InvalidRuleException if {@code id} is not kebab-case, {@code defaultSeverity} is null
   *     or {@code summary} is blank
   * @throws NullPointerException if {@code check} is null
   */
  static LintRule onSet(
      String id, Severity defaultSeverity, String summary, Function<SetContext, List<Problem>> check) {
    Objects.requireNonNull(check, "check");
    return new FunctionRule(id, defaultSeverity, summary, null, null, check);
  }
}
