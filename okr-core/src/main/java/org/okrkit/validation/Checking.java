package org.okrkit.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.okrkit.scoring.Scorer;
import org.okrkit.text.ActivityDetector;

/**
 * What the rule families of one validation share: the {@link SetIndex}, the configuration (rule
 * set, as-of date, scorer, activity detector) and the place findings go: the findings of the
 * element being checked, moved to the output in rule order when the element is done ({@link
 * #flush()}). Not thread-safe; used by one validation.
 */
final class Checking {
  /** Built-in rules in the order of their constants, before rules of the user's own. */
  private static final Comparator<Finding> BY_RULE = (a, b) -> compare(a.rule(), b.rule());

  final SetIndex index;
  final RuleSet rules;
  final LocalDate asOf;
  final Scorer scorer;
  final ActivityDetector activities;
  /** The findings of the element being checked. */
  private final List<Finding> buffer = new ArrayList<>();
  /** Every finding so far, in document order. */
  private final List<Finding> out = new ArrayList<>();
  /**
   * Whether each built-in rule runs, and at what severity, by ordinal: asked for every element
   * (several times per check-in), so looked up once per validation.
   */
  private final EnumSet<Rule> enabled = EnumSet.noneOf(Rule.class);

  private final EnumMap<Rule, Severity> severities = new EnumMap<>(Rule.class);

  Checking(
      SetIndex index, RuleSet rules, LocalDate asOf, Scorer scorer, ActivityDetector activities) {
    this.index = index;
    this.rules = rules;
    this.asOf = asOf;
    this.scorer = scorer;
    this.activities = activities;
    for (Rule r : Rule.values()) {
      if (rules.isEnabled(r)) {
        enabled.add(r);
      }
      severities.put(r, rules.severityOf(r));
    }
  }

  /** True when {@code rule} runs; checks whose message is costly ask before building it. */
  boolean isEnabled(RuleDefinition rule) {
    return rule instanceof Rule r ? enabled.contains(r) : rules.isEnabled(rule);
  }

  private Severity severityOf(RuleDefinition rule) {
    return rule instanceof Rule r
        ? Objects.requireNonNull(severities.get(r))
        : rules.severityOf(rule);
  }

  /** Reports a finding of {@code rule} if it runs, at its configured severity. */
  void emit(RuleDefinition rule, List<String> ids, String pointer, String message, String hint) {
    if (isEnabled(rule)) {
      buffer.add(new Finding(rule, severityOf(rule), new Location(ids, pointer), message, hint));
    }
  }

  /**
   * Reports a finding of {@code rule} whose text is written when first read, if the rule runs, at
   * its configured severity.
   */
  void emit(Rule rule, FindingText text) {
    if (enabled.contains(rule)) {
      buffer.add(new Finding(rule, severityOf(rule), text));
    }
  }

  /**
   * Reports a finding of {@code rule}, already judged enabled, at {@code severity} (its {@link
   * #severity}), as the only finding of its element: straight to the output, after what an
   * earlier element left to {@link #flush()}.
   */
  void emitAlone(Rule rule, Severity severity, FindingText text) {
    if (!buffer.isEmpty()) {
      flush();
    }
    out.add(new Finding(rule, severity, text));
  }

  /** The configured severity of built-in {@code rule}. */
  Severity severity(Rule rule) {
    return Objects.requireNonNull(severities.get(rule));
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
    if (isEnabled(rule)) {
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
    if (isEnabled(rule)) {
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

  /** Moves the current element's findings to the output in rule order. */
  void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    if (buffer.size() == 1) {
      // the usual case (one finding of a check-in): no sort, no array copied by addAll
      out.add(buffer.get(0));
    } else {
      buffer.sort(BY_RULE);
      out.addAll(buffer);
    }
    buffer.clear();
  }

  /** Every finding reported, in document order (after the last {@link #flush()}). */
  List<Finding> findings() {
    return out;
  }

  private static int compare(RuleDefinition a, RuleDefinition b) {
    if (a instanceof Rule ra) {
      return b instanceof Rule rb ? ra.compareTo(rb) : -1;
    }
    return b instanceof Rule ? 1 : 0;
  }
}
