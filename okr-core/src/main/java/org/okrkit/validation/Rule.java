package org.okrkit.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in checks of the {@link Validator}, each a {@link RuleDefinition} with a stable
 * kebab-case {@linkplain #id() id} (the name tools, configuration files and suppressions use), a
 * default {@link Severity} and a one-line summary. Ids never change once released; new rules may
 * be added. Rules of your own are {@link LintRule}s; they are configured and reported exactly like
 * these.
 *
 * <p>Structural rules ({@link #isStructural()}) report what stops a set from being scored or
 * rolled up correctly and are errors by default. Best-practice rules report what an OKR coach
 * would send back and are warnings or infos by default.
 *
 * <p>Two structural rules can never fire on values built through the model, because
 * construction already rejects what they catch: {@link #CYCLE_END_BEFORE_START} and {@link
 * #CONFIDENCE_OUT_OF_RANGE}. {@link #ZERO_TOTAL_WEIGHT} fires when every key result of an
 * objective weighs 0 (weight 0 means tracked, not counted); an objective with no key results is
 * reported once, as {@link #OBJECTIVE_WITHOUT_KEY_RESULTS}.
 * A JSON document carrying them fails to read, with a read error naming the value. They keep their
 * ids so that tools can name the problem the same way, and the validator still checks them
 * defensively.
 */
public enum Rule implements RuleDefinition {
  // ---- structural: the set cannot be scored correctly (errors by default) ----

  /** Two cycles, two objectives or two key results share an id. */
  DUPLICATE_ID(
      "duplicate-id",
      Severity.ERROR,
      true,
      "two cycles, objectives or key results share an id (or two initiatives, or two KPIs)",
      "objectives `sales` and `sales`",
      "`sales`, `sales-emea`"),
  /** An objective's {@code cycle} names no cycle of the set. */
  UNKNOWN_CYCLE("unknown-cycle", Severity.ERROR, true, "an objective's cycle names no cycle of the set",
      "`cycle: \"2026-Q5\"` with only `2026-Q4` defined",
      "`cycle: \"2026-Q4\"`"),
  /** An objective's {@code parent} names no objective of the set. */
  UNKNOWN_PARENT(
      "unknown-parent", Severity.ERROR, true, "an objective's parent names no objective of the set",
      "`parent: \"growth\"` with no objective `growth`",
      "`parent: \"co\"` where `co` exists"),
  /** Following {@code parent} links leads back to where it started; names every id on the loop. */
  ALIGNMENT_CYCLE(
      "alignment-cycle", Severity.ERROR, true, "parent links form a loop (every id on it is named)",
      "`a → b → c → a`",
      "`c → b → a`, `a` has no parent"),
  /** An objective is aligned to a parent whose cycle does not overlap its own. */
  PARENT_CYCLE_NOT_OVERLAPPING(
      "parent-cycle-not-overlapping",
      Severity.ERROR,
      true,
      "an objective is aligned to a parent in a cycle that does not overlap its own",
      "Q1 2027 team objective under a Q4 2026 company objective",
      "Q4 2026 under the 2026 yearly objective"),
  /** A cycle ends before it starts (guaranteed by the model at construction). */
  CYCLE_END_BEFORE_START(
      "cycle-end-before-start", Severity.ERROR, true, "a cycle ends before it starts",
      "2026-03-01 to 2026-02-01",
      "2026-01-01 to 2026-03-31"),
  /** An objective has no key results: nothing measures it. */
  OBJECTIVE_WITHOUT_KEY_RESULTS(
      "objective-without-key-results", Severity.ERROR, true, "an objective has no key results",
      "`keyResults: []`",
      "two key results"),
  /** An objective's key result weights add up to zero: every one is tracked, not counted. */
  ZERO_TOTAL_WEIGHT(
      "zero-total-weight", Severity.ERROR, true, "an objective's key result weights add up to 0",
      "weights 0 and 0",
      "weights 1 and 2"),
  /** A metric or threshold key result has no target. */
  MISSING_TARGET(
      "missing-target", Severity.ERROR, true, "a metric or threshold key result has no target",
      "metric \"Increase NPS from 30\" with no target",
      "target 45"),
  /** A metric key result's baseline equals its target: there is no distance to score. */
  BASELINE_EQUALS_TARGET(
      "baseline-equals-target", Severity.ERROR, true, "a metric key result's baseline equals its target",
      "from 4.8 to 4.8",
      "from 4.1 to 4.8"),
  /** A threshold with a value to reach, or a metric with a bound: the target does not fit the kind. */
  TARGET_KIND_MISMATCH(
      "target-kind-mismatch",
      Severity.ERROR,
      true,
      "a threshold has a value to reach, or a metric has an at-least/at-most bound",
      "threshold \"Keep uptime ≥ 99.9%\" with target `reach 99.9`",
      "threshold with `atLeast 99.9`"),
  /** A check-in value on a milestone, or a done flag on a metric or threshold. */
  CHECK_IN_KIND_MISMATCH(
      "check-in-kind-mismatch",
      Severity.ERROR,
      true,
      "a check-in carries a value on a milestone, or a done flag on a metric or threshold",
      "milestone check-in `value: 1`",
      "milestone check-in `done: true`"),
  /** A check-in is dated outside its objective's cycle. */
  CHECK_IN_OUTSIDE_CYCLE(
      "check-in-outside-cycle", Severity.ERROR, true, "a check-in is dated outside the cycle",
      "2027-01-01 in Q4 2026",
      "2026-12-31 in Q4 2026"),
  /** A check-in is dated before the date its baseline was measured. */
  CHECK_IN_BEFORE_BASELINE(
      "check-in-before-baseline",
      Severity.ERROR,
      true,
      "a check-in is dated before the baseline was measured",
      "check-in 2026-10-15, baseline measured 2026-10-20",
      "check-in on or after 2026-10-20"),
  /** A check-in's confidence is outside 0.0–1.0 (guaranteed by the model at construction). */
  CONFIDENCE_OUT_OF_RANGE(
      "confidence-out-of-range", Severity.ERROR, true, "a check-in's confidence is outside 0.0-1.0",
      "1.2",
      "0.7"),

  // ---- best practice (warnings and infos by default) ----

  /** An owner has more objectives in one cycle than the rule set allows (default 5). */
  TOO_MANY_OBJECTIVES(
      "too-many-objectives",
      Severity.WARNING,
      false,
      "an owner has more objectives in one cycle than the maximum (default 5)",
      "six objectives owned by `Sales` in Q4",
      "five"),
  /** An objective has fewer key results than the minimum (default 2). */
  TOO_FEW_KEY_RESULTS(
      "too-few-key-results",
      Severity.WARNING,
      false,
      "an objective has fewer key results than the minimum (default 2)",
      "one key result",
      "two"),
  /** An objective has more key results than the maximum (default 5). */
  TOO_MANY_KEY_RESULTS(
      "too-many-key-results",
      Severity.WARNING,
      false,
      "an objective has more key results than the maximum (default 5)",
      "six key results",
      "five"),
  /** An objective has no owner. */
  MISSING_OWNER("missing-owner", Severity.WARNING, false, "an objective has no owner",
      "no `owner`",
      "`owner: \"Support\"`"),
  /** An objective's title carries a number or a metric; objectives are qualitative. */
  OBJECTIVE_HAS_NUMBER(
      "objective-has-number", Severity.WARNING, false, "an objective's title carries a number",
      "\"Answer 90% of customers within an hour\"",
      "\"Make Q4 2026 our friendliest quarter\""),
  /** An objective's title is longer than the maximum, or is more than one sentence. */
  OBJECTIVE_NOT_CONCISE(
      "objective-not-concise",
      Severity.INFO,
      false,
      "an objective's title is too long or more than one sentence",
      "\"Delight our customers. Grow our revenue\"",
      "\"Make happy customers the core of our growth\""),
  /** An objective's title reads as a task ("Implement a new tracking system"). */
  OBJECTIVE_IS_TASK("objective-is-task", Severity.INFO, false, "an objective reads as a task",
      "\"Implement a new tracking system\"",
      "\"Build a streamlined workflow that empowers employees to work more efficiently\""),
  /** A committed objective is worded like a stretch goal ("world-class", "revolutionise"). */
  COMMITTED_READS_ASPIRATIONAL(
      "committed-reads-aspirational",
      Severity.INFO,
      false,
      "a committed objective is worded like a stretch goal",
      "committed \"Deliver world-class support\"",
      "the same title as aspirational"),
  /** A department, team or individual objective is aligned to nothing. */
  UNALIGNED_OBJECTIVE(
      "unaligned-objective",
      Severity.INFO,
      false,
      "a department, team or individual objective has no parent",
      "team objective, no `parent`",
      "team objective with `parent: \"co\"`"),
  /** An objective is aligned to a parent at a lower level (a company objective under a team's). */
  ALIGNMENT_LEVEL_INVERTED(
      "alignment-level-inverted",
      Severity.WARNING,
      false,
      "an objective is aligned to a parent at a lower level",
      "company objective under a team objective",
      "team under company"),
  /** Milestones make up more than the allowed share (default half) of an objective's key results. */
  MOSTLY_MILESTONES(
      "mostly-milestones",
      Severity.WARNING,
      false,
      "milestones make up most of an objective's key results (output focus)",
      "2 milestones of 3",
      "1 of 2"),
  /** A key result reads as an activity or output, not a result; the message quotes the phrase. */
  KR_IS_ACTIVITY(
      "kr-is-activity", Severity.WARNING, false, "a key result reads as an activity, not a result",
      "\"Launch a new mobile app\", \"Run four campaigns\", \"Implement a new tracking system\", \"Fix 50 bugs\"",
      "\"Reduce onboarding time from 10 to 5 days\", \"Launch the app and reach 10,000 downloads\""),
  /** A key result's title has no number in it. */
  KR_WITHOUT_NUMBER(
      "kr-without-number", Severity.WARNING, false, "a key result's title has no number",
      "\"Improve customer happiness\"",
      "\"Double the number of recommendations\""),
  /** Two key results of one objective have the same title. */
  DUPLICATE_KEY_RESULT_TITLE(
      "duplicate-key-result-title",
      Severity.WARNING,
      false,
      "two key results of one objective have the same title",
      "\"Increase NPS from 30 to 45\" twice",
      "the same title in two different objectives"),
  /** A metric key result has a target but no baseline (starting point). */
  MISSING_BASELINE(
      "missing-baseline", Severity.WARNING, false, "a metric key result has a target but no baseline",
      "target 150, no baseline",
      "from 120 to 150"),
  /** A threshold key result's baseline already satisfies its bound: not ambitious. */
  ALREADY_AT_TARGET(
      "already-at-target",
      Severity.WARNING,
      false,
      "a threshold key result's baseline already satisfies its bound",
      "at least 90, baseline 92",
      "at least 90, baseline 85"),
  /**
   * A metric's title says its number should go up (or down), while its target lies the other way
   * from its baseline: one of them was misread or mistyped ("5-star reviews from 200 to 350" read
   * as target 5).
   */
  TITLE_CONTRADICTS_NUMBERS(
      "title-contradicts-numbers",
      Severity.WARNING,
      false,
      "a metric's title says increase or decrease, and its target lies the other way from its"
          + " baseline",
      "\"Increase 5-star reviews from 200 to 350\", baseline 200, target 5",
      "the same title, baseline 200, target 350"),
  /** A milestone carries a baseline or target, which scoring ignores. */
  MILESTONE_HAS_TARGET(
      "milestone-has-target",
      Severity.INFO,
      false,
      "a milestone carries a baseline or target, which scoring ignores",
      "milestone with target 3",
      "milestone without"),
  /** A check-in is dated after the as-of date. */
  CHECK_IN_IN_FUTURE(
      "check-in-in-future", Severity.WARNING, false, "a check-in is dated after the as-of date",
      "2026-11-20 as of 2026-11-10",
      "2026-11-10 as of 2026-11-10"),
  /** A key result's check-ins are not in date order. */
  CHECK_INS_OUT_OF_ORDER(
      "check-ins-out-of-order", Severity.INFO, false, "a key result's check-ins are not in date order",
      "11-01, 10-15",
      "10-15, 11-01"),
  /** No check-in for longer than the stale limit (default 3 weeks) while the cycle runs. */
  STALE_CHECK_INS(
      "stale-check-ins",
      Severity.WARNING,
      false,
      "no check-in for more than the stale limit (default 3 weeks) during the cycle",
      "last check-in 26 days before `asOf`",
      "9 days before"),
  /** The cycle is over and a key result was never checked in ("forgetting to track progress"). */
  NEVER_CHECKED_IN(
      "never-checked-in",
      Severity.WARNING,
      false,
      "the cycle is over and a key result was never checked in",
      "no check-ins, `asOf` after the cycle",
      "one check-in"),
  /** A value-sum key result has check-ins of its own: they are ignored, its value is the sum. */
  SUM_CHECK_INS_IGNORED(
      "sum-check-ins-ignored",
      Severity.WARNING,
      false,
      "a value-sum key result has check-ins of its own, which are ignored",
      "`sumOf` and 2 check-ins",
      "`sumOf` and no check-ins"),
  /** The cycle is over and a committed objective scored below 1.0. */
  COMMITTED_MISSED(
      "committed-missed",
      Severity.WARNING,
      false,
      "the cycle is over and a committed objective scored below 1.0",
      "committed, scored 0.83",
      "committed, every key result at target"),
  /**
   * The cycle is over and an aspirational objective scored 1.0: the targets were probably not
   * ambitious enough (0.6–0.7 is the healthy score of a stretch goal).
   */
  ASPIRATIONAL_FULLY_MET(
      "aspirational-fully-met",
      Severity.INFO,
      false,
      "the cycle is over and an aspirational objective scored 1.0 (targets not ambitious)",
      "aspirational, every key result at target",
      "aspirational, scored 0.83"),
  /** A cycle is longer than the maximum (default 366 days, a year). */
  CYCLE_TOO_LONG(
      "cycle-too-long", Severity.WARNING, false, "a cycle is longer than the maximum (default a year)",
      "2026-01-01 to 2027-12-31 (730 days)",
      "the year 2028 (366 days)"),
  /** A cycle no objective belongs to. */
  UNUSED_CYCLE("unused-cycle", Severity.INFO, false, "no objective belongs to a cycle",
      "`2027-Q1` with no objectives",
      "every cycle used"),

  // ---- the cycle's life: close-outs, changes, carried links, initiatives, KPIs ----

  /** A close-out has an adjusted grade without a reason. */
  CLOSE_ADJUSTED_WITHOUT_REASON(
      "close-adjusted-without-reason",
      Severity.ERROR,
      false,
      "a close-out has an adjusted grade without a reason",
      "`\"adjustedScore\": 0.7` alone",
      "with `\"adjustmentReason\": \"one-off deal\"`"),
  /** A closed objective has no outcome (achieved, partially achieved, missed). */
  CLOSE_WITHOUT_OUTCOME(
      "close-without-outcome",
      Severity.WARNING,
      false,
      "a closed objective has no outcome",
      "`\"close\": {\"date\": \"2026-09-30\"}`",
      "`\"outcome\": \"missed\"`"),
  /** A closed objective has no decision for the next cycle (keep, modify, abandon, defer). */
  CLOSE_WITHOUT_DECISION(
      "close-without-decision",
      Severity.WARNING,
      false,
      "a closed objective has no decision for the next cycle",
      "`\"outcome\": \"missed\"` alone",
      "`\"decision\": \"keep\"` (keep with missed is fine)"),
  /** The grade recorded at the close differs from the one its key results give that day. */
  CLOSE_SCORE_STALE(
      "close-score-stale",
      Severity.INFO,
      false,
      "the computed grade recorded at a close differs from the one its key results give",
      "`\"computedScore\": 0.9` where the key results give 0.5",
      "`okr close` run again"),
  /** A key result of a closed objective has a check-in after the close without trackAfterClose. */
  CHECK_IN_AFTER_CLOSE(
      "check-in-after-close",
      Severity.WARNING,
      false,
      "a closed objective's key result has a check-in after the close (not trackAfterClose)",
      "a check-in on 2026-09-20 after a close on 2026-09-15",
      "`\"trackAfterClose\": true`"),
  /** A mid-cycle target or baseline change has no reason. */
  CHANGE_WITHOUT_REASON(
      "change-without-reason",
      Severity.WARNING,
      false,
      "a target or baseline change has no reason",
      "`{\"date\": \"2026-08-03\", \"field\": \"target\", \"from\": 4.8, \"to\": 4.6}`",
      "with `\"reason\": \"new survey scale\"`"),
  /** A key result's target or baseline changed more than once in its cycle. */
  CHANGED_MORE_THAN_ONCE(
      "changed-more-than-once",
      Severity.WARNING,
      false,
      "a key result's target or baseline changed more than once",
      "two target changes",
      "one change a cycle"),
  /** A change does not start where the one before it ended, or the last one not at the key result's value. */
  CHANGE_INCONSISTENT(
      "change-inconsistent",
      Severity.WARNING,
      false,
      "changes do not chain from one to the next, or the last one is not the key result's value",
      "last change `to: 4.6`, `target: 4.5`",
      "`to` equal to `target`"),
  /** A key result was added after the first quarter of its cycle without a reason. */
  KR_ADDED_LATE_WITHOUT_REASON(
      "kr-added-late-without-reason",
      Severity.WARNING,
      false,
      "a key result was added after the cycle's first quarter without a reason",
      "`{\"field\": \"added\", \"date\": \"2026-08-20\"}`",
      "with a `reason`"),
  /** A carriedFrom link names no objective or key result of the set. */
  CARRIED_FROM_UNKNOWN(
      "carried-from-unknown",
      Severity.INFO,
      false,
      "a carriedFrom link names nothing in the set (fine across documents)",
      "`\"carriedFrom\": \"gone-q3\"`",
      "the Q3 objective in the same document"),
  /** A key result's kpi names no KPI of the set. */
  UNKNOWN_KPI(
      "unknown-kpi",
      Severity.ERROR,
      false,
      "a key result's kpi names no KPI of the set",
      "`\"kpi\": \"nps\"` with no KPI `nps`",
      "`\"kpis\": [{\"id\": \"nps\", …}]`"),
  /** An initiative links to a key result id the set does not have. */
  INITIATIVE_UNKNOWN_KEY_RESULT(
      "initiative-unknown-key-result",
      Severity.ERROR,
      false,
      "an initiative links to a key result the set does not have",
      "`\"keyResults\": [\"cs-9\"]`",
      "`\"keyResults\": [\"cs-1\"]`"),
  /** An initiative links to no key result at all. */
  INITIATIVE_WITHOUT_KEY_RESULTS(
      "initiative-without-key-results",
      Severity.WARNING,
      false,
      "an initiative is linked to no key result",
      "no `keyResults`",
      "one or more key result ids"),
  /** A KPI was unhealthy for a whole cycle and no key result of it (or later) aims at it. */
  KPI_UNHEALTHY_WITHOUT_OKR(
      "kpi-unhealthy-without-okr",
      Severity.WARNING,
      false,
      "a KPI was unhealthy for a whole cycle and no key result aims at it (recovery OKR)",
      "churn above its corridor all Q3, no key result with `\"kpi\": \"churn\"`",
      "a recovery key result with `\"kpi\": \"churn\"`"),
  /**
   * A rule's check could not complete: a {@link LintRule}'s check threw, returned null or a
   * problem the validator cannot report, or the scorer threw while a score-based rule graded an
   * objective. The message names the rule, the element it was checking and what went wrong.
   * Structural (and an error by default) because the set was not fully checked.
   */
  CHECK_FAILED(
      "check-failed",
      Severity.ERROR,
      true,
      "a rule's check failed on an element (a user rule threw or returned null or an invalid"
          + " problem, or the scorer threw)",
      "a check that throws `IllegalStateException` on a key result",
      "a check that returns its problems, or none"),
  /**
   * A key result's target (or baseline) is declared pending, still to be set: information until a
   * quarter of its cycle is gone, a warning from then on (unless its severity is configured).
   */
  TARGET_PENDING(
      "target-pending",
      Severity.INFO,
      false,
      "a key result's target or baseline is still to be set (a warning once a quarter of the cycle is gone)",
      "\"targetPending\": true, a month into the quarter",
      "set the target (or measure the baseline) in the first weeks of the cycle");

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
  private final String fails;
  private final String passes;

  Rule(
      String id,
      Severity defaultSeverity,
      boolean structural,
      String summary,
      String fails,
      String passes) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.structural = structural;
    this.summary = summary;
    this.fails = fails;
    this.passes = passes;
  }

  /** The stable kebab-case id of the rule, such as {@code kr-is-activity}. */
  @Override
  public String id() {
    return id;
  }

  /** The severity findings of this rule have unless a {@link RuleSet} overrides it. */
  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * True for rules that report what stops a set from being scored or rolled up correctly, false
   * for best-practice advice.
   */
  @Override
  public boolean isStructural() {
    return structural;
  }

  /** What the rule catches, in one line. */
  @Override
  public String summary() {
    return summary;
  }

  /** An example the rule reports, in Markdown, for the rules table of the docs. */
  String failsExample() {
    return fails;
  }

  /** An example the rule accepts, in Markdown, for the rules table of the docs. */
  String passesExample() {
    return passes;
  }

  /**
   * The rule with this id, if any ({@code "kr-is-activity"} gives {@link #KR_IS_ACTIVITY}).
   *
   * @param id the id
   * @return the rule with this id, if any ({@code "kr-is-activity"} gives {@link #KR_IS_ACTIVITY})
   */
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
