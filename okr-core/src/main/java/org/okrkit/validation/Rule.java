package org.okrkit.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every check the {@link Validator} runs, each with a stable kebab-case {@linkplain #id() id}
 * (the name tools, configuration files and suppressions use), a default {@link Severity} and a
 * one-line summary. Ids never change once released; new rules may be added.
 *
 * <p>Structural rules ({@link #isStructural()}) report what stops a set from being scored or
 * rolled up correctly and are errors by default. Best-practice rules report what an OKR coach
 * would send back and are warnings or infos by default.
 *
 * <p>Three structural rules can never fire on values built through the model, because
 * construction already rejects what they catch: {@link #CYCLE_END_BEFORE_START}, {@link
 * #CONFIDENCE_OUT_OF_RANGE} and {@link #ZERO_TOTAL_WEIGHT} (a key result's weight must be &gt; 0;
 * an objective with no key results is reported once, as {@link #OBJECTIVE_WITHOUT_KEY_RESULTS}).
 * A JSON document carrying them fails to read, with a read error naming the value. They keep their
 * ids so that tools can name the problem the same way, and the validator still checks them
 * defensively.
 */
public enum Rule {
  // ---- structural: the set cannot be scored correctly (errors by default) ----

  /** Two cycles, two objectives or two key results share an id. */
  DUPLICATE_ID(
      "duplicate-id",
      Severity.ERROR,
      true,
      "two cycles, objectives or key results share an id (or two initiatives, or two KPIs)"),
  /** An objective's {@code cycle} names no cycle of the set. */
  UNKNOWN_CYCLE("unknown-cycle", Severity.ERROR, true, "an objective's cycle names no cycle of the set"),
  /** An objective's {@code parent} names no objective of the set. */
  UNKNOWN_PARENT(
      "unknown-parent", Severity.ERROR, true, "an objective's parent names no objective of the set"),
  /** Following {@code parent} links leads back to where it started; names every id on the loop. */
  ALIGNMENT_CYCLE(
      "alignment-cycle", Severity.ERROR, true, "parent links form a loop (every id on it is named)"),
  /** An objective is aligned to a parent whose cycle does not overlap its own. */
  PARENT_CYCLE_NOT_OVERLAPPING(
      "parent-cycle-not-overlapping",
      Severity.ERROR,
      true,
      "an objective is aligned to a parent in a cycle that does not overlap its own"),
  /** A cycle ends before it starts (guaranteed by the model at construction). */
  CYCLE_END_BEFORE_START(
      "cycle-end-before-start", Severity.ERROR, true, "a cycle ends before it starts"),
  /** An objective has no key results: nothing measures it. */
  OBJECTIVE_WITHOUT_KEY_RESULTS(
      "objective-without-key-results", Severity.ERROR, true, "an objective has no key results"),
  /** An objective's key result weights add up to zero (guaranteed by the model at construction). */
  ZERO_TOTAL_WEIGHT(
      "zero-total-weight", Severity.ERROR, true, "an objective's key result weights add up to 0"),
  /** A metric or threshold key result has no target. */
  MISSING_TARGET(
      "missing-target", Severity.ERROR, true, "a metric or threshold key result has no target"),
  /** A metric key result's baseline equals its target: there is no distance to score. */
  BASELINE_EQUALS_TARGET(
      "baseline-equals-target", Severity.ERROR, true, "a metric key result's baseline equals its target"),
  /** A threshold with a value to reach, or a metric with a bound: the target does not fit the kind. */
  TARGET_KIND_MISMATCH(
      "target-kind-mismatch",
      Severity.ERROR,
      true,
      "a threshold has a value to reach, or a metric has an at-least/at-most bound"),
  /** A check-in value on a milestone, or a done flag on a metric or threshold. */
  CHECK_IN_KIND_MISMATCH(
      "check-in-kind-mismatch",
      Severity.ERROR,
      true,
      "a check-in carries a value on a milestone, or a done flag on a metric or threshold"),
  /** A check-in is dated outside its objective's cycle. */
  CHECK_IN_OUTSIDE_CYCLE(
      "check-in-outside-cycle", Severity.ERROR, true, "a check-in is dated outside the cycle"),
  /** A check-in is dated before the date its baseline was measured. */
  CHECK_IN_BEFORE_BASELINE(
      "check-in-before-baseline",
      Severity.ERROR,
      true,
      "a check-in is dated before the baseline was measured"),
  /** A check-in's confidence is outside 0.0–1.0 (guaranteed by the model at construction). */
  CONFIDENCE_OUT_OF_RANGE(
      "confidence-out-of-range", Severity.ERROR, true, "a check-in's confidence is outside 0.0-1.0"),

  // ---- best practice (warnings and infos by default) ----

  /** An owner has more objectives in one cycle than the rule set allows (default 5). */
  TOO_MANY_OBJECTIVES(
      "too-many-objectives",
      Severity.WARNING,
      false,
      "an owner has more objectives in one cycle than the maximum (default 5)"),
  /** An objective has fewer key results than the minimum (default 2). */
  TOO_FEW_KEY_RESULTS(
      "too-few-key-results",
      Severity.WARNING,
      false,
      "an objective has fewer key results than the minimum (default 2)"),
  /** An objective has more key results than the maximum (default 5). */
  TOO_MANY_KEY_RESULTS(
      "too-many-key-results",
      Severity.WARNING,
      false,
      "an objective has more key results than the maximum (default 5)"),
  /** An objective has no owner. */
  MISSING_OWNER("missing-owner", Severity.WARNING, false, "an objective has no owner"),
  /** An objective's title carries a number or a metric; objectives are qualitative. */
  OBJECTIVE_HAS_NUMBER(
      "objective-has-number", Severity.WARNING, false, "an objective's title carries a number"),
  /** An objective's title is longer than the maximum, or is more than one sentence. */
  OBJECTIVE_NOT_CONCISE(
      "objective-not-concise",
      Severity.INFO,
      false,
      "an objective's title is too long or more than one sentence"),
  /** An objective's title reads as a task ("Implement a new tracking system"). */
  OBJECTIVE_IS_TASK("objective-is-task", Severity.INFO, false, "an objective reads as a task"),
  /** A committed objective is worded like a stretch goal ("world-class", "revolutionise"). */
  COMMITTED_READS_ASPIRATIONAL(
      "committed-reads-aspirational",
      Severity.INFO,
      false,
      "a committed objective is worded like a stretch goal"),
  /** A department, team or individual objective is aligned to nothing. */
  UNALIGNED_OBJECTIVE(
      "unaligned-objective",
      Severity.INFO,
      false,
      "a department, team or individual objective has no parent"),
  /** An objective is aligned to a parent at a lower level (a company objective under a team's). */
  ALIGNMENT_LEVEL_INVERTED(
      "alignment-level-inverted",
      Severity.WARNING,
      false,
      "an objective is aligned to a parent at a lower level"),
  /** Milestones make up more than the allowed share (default half) of an objective's key results. */
  MOSTLY_MILESTONES(
      "mostly-milestones",
      Severity.WARNING,
      false,
      "milestones make up most of an objective's key results (output focus)"),
  /** A key result reads as an activity or output, not a result; the message quotes the phrase. */
  KR_IS_ACTIVITY(
      "kr-is-activity", Severity.WARNING, false, "a key result reads as an activity, not a result"),
  /** A key result's title has no number in it. */
  KR_WITHOUT_NUMBER(
      "kr-without-number", Severity.WARNING, false, "a key result's title has no number"),
  /** Two key results of one objective have the same title. */
  DUPLICATE_KEY_RESULT_TITLE(
      "duplicate-key-result-title",
      Severity.WARNING,
      false,
      "two key results of one objective have the same title"),
  /** A metric key result has a target but no baseline (starting point). */
  MISSING_BASELINE(
      "missing-baseline", Severity.WARNING, false, "a metric key result has a target but no baseline"),
  /** A threshold key result's baseline already satisfies its bound: not ambitious. */
  ALREADY_AT_TARGET(
      "already-at-target",
      Severity.WARNING,
      false,
      "a threshold key result's baseline already satisfies its bound"),
  /** A milestone carries a baseline or target, which scoring ignores. */
  MILESTONE_HAS_TARGET(
      "milestone-has-target",
      Severity.INFO,
      false,
      "a milestone carries a baseline or target, which scoring ignores"),
  /** A check-in is dated after the as-of date. */
  CHECK_IN_IN_FUTURE(
      "check-in-in-future", Severity.WARNING, false, "a check-in is dated after the as-of date"),
  /** A key result's check-ins are not in date order. */
  CHECK_INS_OUT_OF_ORDER(
      "check-ins-out-of-order", Severity.INFO, false, "a key result's check-ins are not in date order"),
  /** No check-in for longer than the stale limit (default 3 weeks) while the cycle runs. */
  STALE_CHECK_INS(
      "stale-check-ins",
      Severity.WARNING,
      false,
      "no check-in for more than the stale limit (default 3 weeks) during the cycle"),
  /** The cycle is over and a key result was never checked in ("forgetting to track progress"). */
  NEVER_CHECKED_IN(
      "never-checked-in",
      Severity.WARNING,
      false,
      "the cycle is over and a key result was never checked in"),
  /** The cycle is over and a committed objective scored below 1.0. */
  COMMITTED_MISSED(
      "committed-missed",
      Severity.WARNING,
      false,
      "the cycle is over and a committed objective scored below 1.0"),
  /**
   * The cycle is over and an aspirational objective scored 1.0: the targets were probably not
   * ambitious enough (0.6–0.7 is the healthy score of a stretch goal).
   */
  ASPIRATIONAL_FULLY_MET(
      "aspirational-fully-met",
      Severity.INFO,
      false,
      "the cycle is over and an aspirational objective scored 1.0 (targets not ambitious)"),
  /** A cycle is longer than the maximum (default 366 days, a year). */
  CYCLE_TOO_LONG(
      "cycle-too-long", Severity.WARNING, false, "a cycle is longer than the maximum (default a year)"),
  /** A cycle no objective belongs to. */
  UNUSED_CYCLE("unused-cycle", Severity.INFO, false, "no objective belongs to a cycle"),

  // ---- the cycle's life: close-outs, changes, carried links, initiatives, KPIs ----

  /** A close-out has an adjusted grade without a reason. */
  CLOSE_ADJUSTED_WITHOUT_REASON(
      "close-adjusted-without-reason",
      Severity.ERROR,
      false,
      "a close-out has an adjusted grade without a reason"),
  /** A closed objective has no outcome (achieved, partially achieved, missed). */
  CLOSE_WITHOUT_OUTCOME(
      "close-without-outcome", Severity.WARNING, false, "a closed objective has no outcome"),
  /** A closed objective has no decision for the next cycle (keep, modify, abandon, defer). */
  CLOSE_WITHOUT_DECISION(
      "close-without-decision",
      Severity.WARNING,
      false,
      "a closed objective has no decision for the next cycle"),
  /** The grade recorded at the close differs from the one its key results give that day. */
  CLOSE_SCORE_STALE(
      "close-score-stale",
      Severity.INFO,
      false,
      "the computed grade recorded at a close differs from the one its key results give"),
  /** A key result of a closed objective has a check-in after the close without trackAfterClose. */
  CHECK_IN_AFTER_CLOSE(
      "check-in-after-close",
      Severity.WARNING,
      false,
      "a closed objective's key result has a check-in after the close (not trackAfterClose)"),
  /** A mid-cycle target or baseline change has no reason. */
  CHANGE_WITHOUT_REASON(
      "change-without-reason", Severity.WARNING, false, "a target or baseline change has no reason"),
  /** A key result's target or baseline changed more than once in its cycle. */
  CHANGED_MORE_THAN_ONCE(
      "changed-more-than-once",
      Severity.WARNING,
      false,
      "a key result's target or baseline changed more than once"),
  /** A change does not start where the one before it ended, or the last one not at the value. */
  CHANGE_INCONSISTENT(
      "change-inconsistent",
      Severity.WARNING,
      false,
      "changes do not chain from one to the next, or the last one is not the key result's value"),
  /** A key result was added after the first quarter of its cycle without a reason. */
  KR_ADDED_LATE_WITHOUT_REASON(
      "kr-added-late-without-reason",
      Severity.WARNING,
      false,
      "a key result was added after the cycle's first quarter without a reason"),
  /** A carriedFrom link names no objective or key result of the set. */
  CARRIED_FROM_UNKNOWN(
      "carried-from-unknown",
      Severity.INFO,
      false,
      "a carriedFrom link names nothing in the set (fine across documents)"),
  /** A key result's kpi names no KPI of the set. */
  UNKNOWN_KPI("unknown-kpi", Severity.ERROR, false, "a key result's kpi names no KPI of the set"),
  /** An initiative links to a key result id the set does not have. */
  INITIATIVE_UNKNOWN_KEY_RESULT(
      "initiative-unknown-key-result",
      Severity.ERROR,
      false,
      "an initiative links to a key result the set does not have"),
  /** An initiative links to no key result at all. */
  INITIATIVE_WITHOUT_KEY_RESULTS(
      "initiative-without-key-results",
      Severity.WARNING,
      false,
      "an initiative is linked to no key result"),
  /** A KPI was unhealthy for a whole cycle and no key result of it (or later) aims at it. */
  KPI_UNHEALTHY_WITHOUT_OKR(
      "kpi-unhealthy-without-okr",
      Severity.WARNING,
      false,
      "a KPI was unhealthy for a whole cycle and no key result aims at it (recovery OKR)");

  private static final Map<String, Rule> BY_ID = new HashMap<>();

  static {
    for (Rule r : values()) {
      BY_ID.put(r.id, r);
    }
  }

  private final String id;
  private final Severity defaultSeverity;
  private final boolean structural;
  private final String summary;

  Rule(String id, Severity defaultSeverity, boolean structural, String summary) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.structural = structural;
    this.summary = summary;
  }

  /** The stable kebab-case id of the rule, such as {@code kr-is-activity}. */
  public String id() {
    return id;
  }

  /** The severity findings of this rule have unless a {@link RuleSet} overrides it. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * True for rules that report what stops a set from being scored or rolled up correctly, false
   * for best-practice advice.
   */
  public boolean isStructural() {
    return structural;
  }

  /** What the rule catches, in one line. */
  public String summary() {
    return summary;
  }

  /** The rule with this id, if any ({@code "kr-is-activity"} gives {@link #KR_IS_ACTIVITY}). */
  public static Optional<Rule> ofId(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(BY_ID.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The rule's id. */
  @Override
  public String toString() {
    return id;
  }
}
