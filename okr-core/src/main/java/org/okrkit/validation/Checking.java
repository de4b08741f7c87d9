package org.okrkit.validation;

import java.time.LocalDate;
import java.util.List;
import org.okrkit.scoring.Scorer;
import org.okrkit.text.ActivityDetector;

/**
 * What the rule families of one validation share: the {@link SetIndex}, the configuration (rule
 * set, as-of date, scorer, activity detector) and the place findings go. Not thread-safe; used
 * by one validation.
 */
final class Checking {
  final SetIndex index;
  final RuleSet rules;
  final LocalDate asOf;
  final Scorer scorer;
  final ActivityDetector activities;
  private final List<Finding> buffer;

  Checking(
      SetIndex index,
      RuleSet rules,
      LocalDate asOf,
      Scorer scorer,
      ActivityDetector activities,
      List<Finding> buffer) {
    this.index = index;
    this.rules = rules;
    this.asOf = asOf;
    this.scorer = scorer;
    this.activities = activities;
    this.buffer = buffer;
  }

  /** True when {@code rule} runs; checks whose message is costly ask before building it. */
  boolean isEnabled(RuleDefinition rule) {
    return rules.isEnabled(rule);
  }

  /** Reports a finding of {@code rule} if it runs, at its configured severity. */
  void emit(RuleDefinition rule, List<String> ids, String pointer, String message, String hint) {
    if (rules.isEnabled(rule)) {
      buffer.add(
          new Finding(rule, rules.severityOf(rule), new Location(ids, pointer), message, hint));
    }
  }

  /** Reports a finding of a user rule, already judged enabled and given its severity. */
  void add(Finding finding) {
    buffer.add(finding);
  }

  /**
   * Reports a finding of {@code rule} if it runs, at {@code severity} unless the rule set
   * configures one: for rules whose default severity grows with the calendar.
   */
  void emit(
      RuleDefinition rule,
      Severity severity,
      List<String> ids,
      String pointer,
      String message,
      String hint) {
    if (rules.isEnabled(rule)) {
      Severity s = rules.severityOverrides().getOrDefault(rule.id(), severity);
      buffer.add(new Finding(rule, s, new Location(ids, pointer), message, hint));
    }
  }

  /**
   * Reports that the check of {@code rule} on the element at {@code pointer} could not complete,
   * as a {@link Rule#CHECK_FAILED} finding naming the rule: the library's promise that validation
   * never throws holds even when user code (a rule, a scorer's curve) does.
   */
  void failed(RuleDefinition rule, List<String> ids, String pointer, String what) {
    if (rules.isEnabled(rule)) {
      emit(
          Rule.CHECK_FAILED,
          ids,
          pointer,
          "the check of rule " + Text.quote(rule.id()) + " failed on "
              + (pointer.isEmpty() ? "the set" : pointer) + ": " + what
              + ".",
          "Fix the rule (or the scorer it uses), or disable " + Text.quote(rule.id())
              + " until it is fixed; the element was not fully checked.");
    }
  }

  /** A one-line description of an exception for a {@link Rule#CHECK_FAILED} message. */
  static String describe(Throwable e) {
    String message = e.getMessage();
    String type = e.getClass().getName();
    return message == null || message.isBlank()
        ? "it threw " + type
        : "it threw " + type + ": " + Text.oneLine(message);
  }
}
