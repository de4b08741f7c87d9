package org.okrkit.validation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which rules the {@link Validator} runs, at which severity, with which thresholds: the linter's
 * configuration.
 *
 * <p>Rules are named by their {@link RuleDefinition} (a built-in {@link Rule} or a {@link LintRule}
 * of your own), and stored by id, so one rule set can configure built-in and user rules alike; the
 * {@link Validator} refuses, when it is built, a rule set naming an id it does not run.
 *
 * <p>{@link #defaults()} runs every rule at its {@linkplain RuleDefinition#defaultSeverity()
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
 * <p>Immutable and thread-safe: every {@code with…}, {@link #disable(RuleDefinition...)} and {@link
 * #enable(RuleDefinition...)} returns a copy.
 */
@Value.Immutable
public abstract class RuleSet {
  private static final RuleSet DEFAULTS = builder().build();
  private static final RuleSet STRUCTURAL_ONLY = builder().structuralOnly(true).build();

  RuleSet() {}

  /**
   * The ids of the rules that do not run (built-in or your own); every id
   * must name a rule of the validator this set configures.
   *
   * @return the ids of the rules that do not run (built-in or your own)
   */
  public abstract Set<String> disabled();

  /** {@return severities that replace a rule's default severity, by rule id} */
  public abstract Map<String, Severity> severityOverrides();

  /**
   * True when only {@linkplain RuleDefinition#isStructural() structural} rules run, built-in and
   * your own alike: what {@link #structuralOnly()} sets. Default false.
   *
   * @return {@code true} when only {@linkplain RuleDefinition#isStructural() structural} rules run,
   *     built-in and your own alike
   */
  @Value.Default
  public boolean isStructuralOnly() {
    return false;
  }

  /**
   * Thresholds for rules of your own, by name (such as {@code
   * max-title-words}): a check reads them with {@link #threshold(String)}, so that they are
   * configured beside the built-in thresholds. Names are kebab-case words, optionally joined by
   * dots ({@code my-rule.max-words}).
   *
   * @return thresholds for rules of your own, by name (such as {@code max-title-words})
   */
  public abstract Map<String, BigDecimal> customThresholds();

  /** {@return the fewest key results an objective should have; default 2} */
  @Value.Default
  public int minKeyResultsPerObjective() {
    return 2;
  }

  /** {@return the most key results an objective should have; default 5} */
  @Value.Default
  public int maxKeyResultsPerObjective() {
    return 5;
  }

  /** {@return the most objectives one owner should have in one cycle; default 5} */
  @Value.Default
  public int maxObjectivesPerOwner() {
    return 5;
  }

  /** {@return the longest an objective's title should be, in characters; default 120} */
  @Value.Default
  public int maxObjectiveTitleLength() {
    return 120;
  }

  /**
   * The longest a cycle should be, in days counting both ends; default 366 (a year).
   *
   * @return the longest a cycle should be, in days counting both ends
   */
  @Value.Default
  public int maxCycleLengthDays() {
    return 366;
  }

  /** {@return how many weeks without a check-in make a running key result stale; default 3} */
  @Value.Default
  public int staleCheckInWeeks() {
    return 3;
  }

  /**
   * The largest share (0.0–1.0) of an objective's key results that may be milestones; default
   * 0.5, so an objective that is mostly milestones is reported.
   *
   * @return the largest share (0.0–1.0) of an objective's key results that may be milestones
   */
  @Value.Default
  public BigDecimal maxMilestoneShare() {
    return new BigDecimal("0.5");
  }

  /** {@return the default rule set: every rule at its default severity, the thresholds above} */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /**
   * Only the structural rules, at their default severities: for tools that want to know whether
   * a set can be scored, without best-practice advice.
   *
   * @return only the structural rules, at their default severities
   */
  public static RuleSet structuralOnly() {
    return STRUCTURAL_ONLY;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * True when {@code rule} runs: it is not disabled, and it is structural or this set is not
   * {@linkplain #isStructuralOnly() structural only}.
   *
   * @param rule the rule
   * @return {@code true} when {@code rule} runs
   */
  public boolean isEnabled(RuleDefinition rule) {
    Objects.requireNonNull(rule, "rule");
    return !disabled().contains(rule.id()) && (rule.isStructural() || !isStructuralOnly());
  }

  /**
   * The severity findings of {@code rule} get: its override, else its default.
   *
   * @param rule the rule
   * @return the severity findings of {@code rule} get: its override, else its default
   */
  public Severity severityOf(RuleDefinition rule) {
    Objects.requireNonNull(rule, "rule");
    Severity s = severityOverrides().get(rule.id());
    return s != null ? s : rule.defaultSeverity();
  }

  /**
   * A threshold of your own set with {@link #withThreshold(String, BigDecimal)}, if any.
   *
   * @param name the name
   * @return a threshold of your own set with {@link #withThreshold(String, BigDecimal)}, if any
   * @throws IllegalArgumentException if {@code name} is not a valid threshold name
   */
  public Optional<BigDecimal> threshold(String name) {
    RuleIds.checkThresholdName(Objects.requireNonNull(name, "name"));
    return Optional.ofNullable(customThresholds().get(name));
  }

  /**
   * Returns a copy in which these rules do not run.
   *
   * @param rules the rules
   * @return a copy in which these rules do not run
   */
  public RuleSet disable(RuleDefinition... rules) {
    Set<String> off = new LinkedHashSet<>(disabled());
    for (RuleDefinition r : rules) {
      off.add(Objects.requireNonNull(r, "a rule to disable is null").id());
    }
    return withDisabled(off);
  }

  /**
   * Returns a copy in which these rules run again (if they are structural or this set is not
   * {@linkplain #isStructuralOnly() structural only}).
   *
   * @param rules the rules
   * @return a copy in which these rules run again
   */
  public RuleSet enable(RuleDefinition... rules) {
    Set<String> off = new LinkedHashSet<>(disabled());
    for (RuleDefinition r : rules) {
      off.remove(Objects.requireNonNull(r, "a rule to enable is null").id());
    }
    return withDisabled(off);
  }

  /**
   * Returns a copy in which findings of {@code rule} have {@code severity}.
   *
   * @param rule the rule
   * @param severity the severity
   * @return a copy in which findings of {@code rule} have {@code severity}
   */
  public RuleSet withSeverity(RuleDefinition rule, Severity severity) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Map<String, Severity> map = new LinkedHashMap<>(severityOverrides());
    map.put(rule.id(), severity);
    return withSeverityOverrides(map);
  }

  /**
   * Returns a copy in which the threshold {@code name} of a rule of your own is {@code value}.
   *
   * @param name the name
   * @param value the value
   * @return a copy in which the threshold {@code name} of a rule of your own is {@code value}
   * @throws IllegalArgumentException if {@code name} is not kebab-case words joined by dots
   */
  public RuleSet withThreshold(String name, BigDecimal value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, BigDecimal> map = new LinkedHashMap<>(customThresholds());
    map.put(name, value);
    return withCustomThresholds(map);
  }

  /**
   * Returns a copy with exactly these rules (by id) disabled.
   *
   * @param ruleIds the rule ids
   * @return a copy with exactly these rules (by id) disabled
   * @throws IllegalArgumentException if an id is not a valid rule id
   */
  public abstract RuleSet withDisabled(Iterable<String> ruleIds);

  /**
   * Returns a copy with exactly these severity overrides, by rule id.
   *
   * @param overrides the overrides
   * @return a copy with exactly these severity overrides, by rule id
   * @throws IllegalArgumentException if an id is not a valid rule id
   */
  public abstract RuleSet withSeverityOverrides(Map<String, ? extends Severity> overrides);

  /**
   * Returns a copy that runs only structural rules ({@code true}) or every enabled rule.
   *
   * @param structuralOnly {@code true} to run only the structural rules
   * @return a copy that runs only structural rules ({@code true}) or every enabled rule
   */
  public abstract RuleSet withStructuralOnly(boolean structuralOnly);

  /**
   * Returns a copy with exactly these thresholds of your own.
   *
   * @param thresholds the thresholds
   * @return a copy with exactly these thresholds of your own
   * @throws IllegalArgumentException if a name is not a valid threshold name
   */
  public abstract RuleSet withCustomThresholds(Map<String, ? extends BigDecimal> thresholds);

  /**
   * Returns a copy with this minimum number of key results per objective.
   *
   * @param min the smallest allowed
   * @return a copy with this minimum number of key results per objective
   * @throws IllegalArgumentException if negative or above the maximum
   */
  public abstract RuleSet withMinKeyResultsPerObjective(int min);

  /**
   * Returns a copy with this maximum number of key results per objective.
   *
   * @param max the largest allowed
   * @return a copy with this maximum number of key results per objective
   * @throws IllegalArgumentException if below 1 or below the minimum
   */
  public abstract RuleSet withMaxKeyResultsPerObjective(int max);

  /**
   * Returns a copy with this maximum number of objectives per owner and cycle.
   *
   * @param max the largest allowed
   * @return a copy with this maximum number of objectives per owner and cycle
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withMaxObjectivesPerOwner(int max);

  /**
   * Returns a copy with this maximum objective title length, in characters.
   *
   * @param max the largest allowed
   * @return a copy with this maximum objective title length, in characters
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withMaxObjectiveTitleLength(int max);

  /**
   * Returns a copy with this maximum cycle length, in days.
   *
   * @param max the largest allowed
   * @return a copy with this maximum cycle length, in days
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withMaxCycleLengthDays(int max);

  /**
   * Returns a copy with this many weeks without a check-in before a key result is stale.
   *
   * @param weeks the weeks
   * @return a copy with this many weeks without a check-in before a key result is stale
   * @throws IllegalArgumentException if below 1
   */
  public abstract RuleSet withStaleCheckInWeeks(int weeks);

  /**
   * Returns a copy with this largest milestone share.
   *
   * @param share the share
   * @return a copy with this largest milestone share
   * @throws IllegalArgumentException if outside 0.0–1.0
   */
  public abstract RuleSet withMaxMilestoneShare(BigDecimal share);

  @Value.Check
  void check() {
    for (String id : disabled()) {
      RuleIds.checkId("rule set: disabled", id);
    }
    for (String id : severityOverrides().keySet()) {
      RuleIds.checkId("rule set: severityOverrides", id);
    }
    for (String name : customThresholds().keySet()) {
      RuleIds.checkThresholdName(name);
    }
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
