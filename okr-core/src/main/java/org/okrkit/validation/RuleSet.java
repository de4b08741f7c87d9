package org.okrkit.validation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which rules the {@link Validator} runs, at which severity, with which thresholds: the linter's
 * configuration.
 *
 * <p>{@link #defaults()} runs every {@link Rule} at its {@linkplain Rule#defaultSeverity()
 * default severity} with these thresholds, drawn from common OKR guidance ("two to four key
 * results", "3–5 objectives", "check in weekly or every other week"):
 *
 * <table>
 *   <caption>Default thresholds</caption>
 *   <tr><th>threshold</th><th>default</th><th>rule</th></tr>
 *   <tr><td>{@link #minKeyResultsPerObjective()}</td><td>2</td><td>too-few-key-results</td></tr>
 *   <tr><td>{@link #maxKeyResultsPerObjective()}</td><td>5</td><td>too-many-key-results</td></tr>
 *   <tr><td>{@link #maxObjectivesPerOwner()}</td><td>5 per cycle</td><td>too-many-objectives</td></tr>
 *   <tr><td>{@link #maxObjectiveTitleLength()}</td><td>120 characters</td>
 *       <td>objective-not-concise</td></tr>
 *   <tr><td>{@link #maxCycleLengthDays()}</td><td>366 days</td><td>cycle-too-long</td></tr>
 *   <tr><td>{@link #staleCheckInWeeks()}</td><td>3 weeks</td><td>stale-check-ins</td></tr>
 *   <tr><td>{@link #maxMilestoneShare()}</td><td>0.5</td><td>mostly-milestones</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe: every {@code with…}, {@link #disable(Rule...)} and {@link
 * #enable(Rule...)} returns a copy.
 */
@Value.Immutable
public abstract class RuleSet {
  RuleSet() {}

  /** The rules that do not run. */
  public abstract Set<Rule> disabled();

  /** Severities that replace a rule's default severity. */
  public abstract Map<Rule, Severity> severityOverrides();

  /** The fewest key results an objective should have; default 2. */
  @Value.Default
  public int minKeyResultsPerObjective() {
    return 2;
  }

  /** The most key results an objective should have; default 5. */
  @Value.Default
  public int maxKeyResultsPerObjective() {
    return 5;
  }

  /** The most objectives one owner should have in one cycle; default 5. */
  @Value.Default
  public int maxObjectivesPerOwner() {
    return 5;
  }

  /** The longest an objective's title should be, in characters; default 120. */
  @Value.Default
  public int maxObjectiveTitleLength() {
    return 120;
  }

  /** The longest a cycle should be, in days counting both ends; default 366 (a year). */
  @Value.Default
  public int maxCycleLengthDays() {
    return 366;
  }

  /** How many weeks without a check-in make a running key result stale; default 3. */
  @Value.Default
  public int staleCheckInWeeks() {
    return 3;
  }

  /**
   * The largest share (0.0–1.0) of an objective's key results that may be milestones; default
   * 0.5, so an objective that is mostly milestones is reported.
   */
  @Value.Default
  public BigDecimal maxMilestoneShare() {
    return new BigDecimal("0.5");
  }

  /** The default rule set: every rule at its default severity, the thresholds above. */
  public static RuleSet defaults() {
    return builder().build();
  }

  /**
   * Only the structural rules, at their default severities: for tools that want to know whether
   * a set can be scored, without best-practice advice.
   */
  public static RuleSet structuralOnly() {
    Set<Rule> advice = EnumSet.noneOf(Rule.class);
    for (Rule r : Rule.values()) {
      if (!r.isStructural()) {
        advice.add(r);
      }
    }
    return builder().disabled(advice).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when {@code rule} runs. */
  public boolean isEnabled(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return !disabled().contains(rule);
  }

  /** The severity findings of {@code rule} get: its override, else its default. */
  public Severity severityOf(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    Severity s = severityOverrides().get(rule);
    return s != null ? s : rule.defaultSeverity();
  }

  /** Returns a copy in which these rules do not run. */
  public RuleSet disable(Rule... rules) {
    Set<Rule> off = disabled().isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(disabled());
    for (Rule r : rules) {
      off.add(Objects.requireNonNull(r, "a rule to disable is null"));
    }
    return withDisabled(off);
  }

  /** Returns a copy in which these rules run again. */
  public RuleSet enable(Rule... rules) {
    Set<Rule> off = disabled().isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(disabled());
    for (Rule r : rules) {
      off.remove(Objects.requireNonNull(r, "a rule to enable is null"));
    }
    return withDisabled(off);
  }

  /** Returns a copy in which findings of {@code rule} have {@code severity}. */
  public RuleSet withSeverity(Rule rule, Severity severity) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Map<Rule, Severity> map = new EnumMap<>(Rule.class);
    map.putAll(severityOverrides());
    map.put(rule, severity);
    return withSeverityOverrides(map);
  }

  /** Returns a copy with exactly these rules disabled. */
  public abstract RuleSet withDisabled(Iterable<Rule> rules);

  /** Returns a copy with exactly these severity overrides. */
  public abstract RuleSet withSeverityOverrides(Map<Rule, ? extends Severity> overrides);

  /**
   * Returns a copy with this minimum number of key results per objective.
   *
   * @throws IllegalArgumentException if negative or above the maximum
   */
  public abstract RuleSet withMinKeyResultsPerObjective(int min);

  /**
   * Returns a copy with this maximum number of key results per objective.
   *
   * @throws IllegalArgumentException if below 1 or below the minimum
   */
  public abstract RuleSet withMaxKeyResultsPerObjective(int max);

  /**
   * Returns a copy with this maximum number of objectives per owner and cycle.
   *
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withMaxObjectivesPerOwner(int max);

  /**
   * Returns a copy with this maximum objective title length, in characters.
   *
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withMaxObjectiveTitleLength(int max);

  /**
   * Returns a copy with this maximum cycle length, in days.
   *
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withMaxCycleLengthDays(int max);

  /**
   * Returns a copy with this many weeks without a check-in before a key result is stale.
   *
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withStaleCheckInWeeks(int weeks);

  /**
   * Returns a copy with this largest milestone share.
   *
   * @throws IllegalArgumentException if outside 0.0–1.0
   */
  public abstract RuleSet withMaxMilestoneShare(BigDecimal share);

  @Value.Check
  void check() {
    atLeast("minKeyResultsPerObjective", minKeyResultsPerObjective(), 0);
    atLeast("maxKeyResultsPerObjective", maxKeyResultsPerObjective(), 1);
    if (maxKeyResultsPerObjective() < minKeyResultsPerObjective()) {
      throw new IllegalArgumentException(
          "rule set: maxKeyResultsPerObjective must be >= minKeyResultsPerObjective "
              + minKeyResultsPerObjective()
              + ", was "
              + maxKeyResultsPerObjective());
    }
    atLeast("maxObjectivesPerOwner", maxObjectivesPerOwner(), 1);
    atLeast("maxObjectiveTitleLength", maxObjectiveTitleLength(), 1);
    atLeast("maxCycleLengthDays", maxCycleLengthDays(), 1);
    atLeast("staleCheckInWeeks", staleCheckInWeeks(), 1);
    BigDecimal share = maxMilestoneShare();
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "rule set: maxMilestoneShare must be within 0.0..1.0, was " + share.toPlainString());
    }
  }

  private static void atLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(
          "rule set: " + field + " must be >= " + min + ", was " + value);
    }
  }

  /** Builds a {@link RuleSet}; every property has a default. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }
}
