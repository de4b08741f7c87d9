package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Baseline;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.internal.Stored;
import org.okrkit.text.ActivityMatch;

/** Key results: a target and baseline that fit the kind, and a title that states a result. */
final class KeyResultRules extends RuleFamily {
  static final List<Rule> RULES =
      List.of(
          Rule.MISSING_TARGET,
          Rule.BASELINE_EQUALS_TARGET,
          Rule.TARGET_KIND_MISMATCH,
          Rule.KR_IS_ACTIVITY,
          Rule.KR_WITHOUT_NUMBER,
          Rule.DUPLICATE_KEY_RESULT_TITLE,
          Rule.MISSING_BASELINE,
          Rule.ALREADY_AT_TARGET,
          Rule.TITLE_CONTRADICTS_NUMBERS,
          Rule.MILESTONE_HAS_TARGET,
          Rule.TARGET_PENDING);

  /** What the titles say, kept with the set; null when no rule that reads it runs. */
  private final Titles.@Nullable KeyResultText text;

  private final Titles.@Nullable KeyResultActivities activities;

  private final Titles.@Nullable Duplicates duplicates;

  /** The key result being checked, for {@link #at()} and {@link #ids()}. */
  private int located;

  private int locatedKeyResult;

  private static final Stored.Access STORED = Stored.access();

  KeyResultRules(Checking ctx) {
    super(ctx);
    this.text =
        ctx.isEnabled(Rule.KR_WITHOUT_NUMBER) || ctx.isEnabled(Rule.TITLE_CONTRADICTS_NUMBERS)
            ? Titles.keyResultText(ctx.index)
            : null;
    this.activities =
        ctx.isEnabled(Rule.KR_IS_ACTIVITY)
            ? Titles.keyResultActivities(ctx.index, ctx.activities)
            : null;
    this.duplicates =
        ctx.isEnabled(Rule.DUPLICATE_KEY_RESULT_TITLE) ? Titles.duplicates(ctx.index) : null;
  }

  /** The pointer of the key result being checked (made once, for its first finding). */
  private String at() {
    return ctx.index.keyResultAt(located, locatedKeyResult);
  }

  /** The ids of the key result being checked: its own, then its objective's. */
  private List<String> ids() {
    return ctx.index.keyResultIds(located, locatedKeyResult);
  }

  /**
   * A target that can wait: information until a quarter of the cycle is gone (or without a cycle
   * to measure against), a warning from then on.
   */
  private void pending(int i, KeyResult kr) {
    Cycle cycle = ctx.index.cycleOfObjective(i);
    boolean late = false;
    if (cycle != null) {
      long total = ChronoUnit.DAYS.between(cycle.start(), cycle.end()) + 1;
      long gone = ChronoUnit.DAYS.between(cycle.start(), ctx.asOf);
      late = gone * 4 >= total;
    }
    String what = kr.targetPending() ? "target" : "baseline";
    ctx.emit(
        Rule.TARGET_PENDING,
        late ? Severity.WARNING : Severity.INFO,
        ids(),
        at(),
        "key result " + Text.quote(kr.id()) + " has no " + what + " yet"
            + (late ? ", and a quarter of its cycle is gone." : "."),
        kr.targetPending()
            ? "Set the target: until then the key result is left out of its objective's score."
            : "Measure the baseline: until then the key result is left out of its objective's"
                + " score.");
  }

  @Override
  void checkKeyResult(int i, int j) {
    Objective o = ctx.index.objective(i);
    KeyResult kr = o.keyResults().get(j);
    // the pointer and ids are made only for a finding (at(), ids()): a clean key result makes none
    located = i;
    locatedKeyResult = j;
    KeyResultKind kind = kr.kind();
    @Nullable Target target = STORED.target(kr);
    @Nullable Baseline baseline = STORED.baseline(kr);
    if (kr.targetPending() || kr.baselinePending()) {
      pending(i, kr);
    }
    if (kind != KeyResultKind.MILESTONE
        && kind != KeyResultKind.ZONES
        && target == null
        && !kr.targetPending()) {
      ctx.emit(
          Rule.MISSING_TARGET,
          ids(),
          at(),
          kindName(kind) + " key result " + Text.quote(kr.id()) + " has no target.",
          kind == KeyResultKind.METRIC
              ? "Add the value to reach by the end of the cycle."
              : "Add the bound to stay at least or at most at.");
    }
    if (target != null) {
      checkTarget(kr, target, baseline);
    }
    checkTitle(i, j, kr);
    if (kind == KeyResultKind.METRIC
        && target != null
        && baseline == null
        && !kr.baselinePending()) {
      ctx.emit(
          Rule.MISSING_BASELINE,
          ids(),
          at(),
          "metric key result " + Text.quote(kr.id()) + " has a target of "
              + Checks.format(target.value()) + " but no baseline.",
          "Add the value measured when the OKR was set: progress is measured from it.");
    }
    if (kind == KeyResultKind.THRESHOLD
        && baseline != null
        && target != null
        && target.isBound()) {
      int cmp = baseline.value().compareTo(target.value());
      boolean met = target.side() == TargetSide.AT_LEAST ? cmp >= 0 : cmp <= 0;
      if (met) {
        ctx.emit(
            Rule.ALREADY_AT_TARGET,
            ids(),
            at() + "/baseline",
            "threshold key result " + Text.quote(kr.id())
                + " already meets its bound at its baseline of "
                + Checks.format(baseline.value()) + ".",
            "Raise the bar, or track it as a health metric (KPI) rather than a key result.");
      }
    }
    if (kind == KeyResultKind.METRIC
        && baseline != null
        && target != null
        && target.side() == TargetSide.REACH
        && text != null
        && ctx.isEnabled(Rule.TITLE_CONTRADICTS_NUMBERS)) {
      checkDirection(
          text, ctx.index.keyResultPosition(i, j), kr, baseline.value(),
          target.value());
    }
    if (kind == KeyResultKind.MILESTONE && (target != null || baseline != null)) {
      ctx.emit(
          Rule.MILESTONE_HAS_TARGET,
          ids(),
          at() + (target != null ? "/target" : "/baseline"),
          "milestone key result " + Text.quote(kr.id()) + " carries a "
              + (target != null ? "target" : "baseline")
              + ", which a done-or-not-done score ignores.",
          "Remove it, or make the key result a metric if the number matters.");
    }
  }

  /**
   * The title's leading verb against the numbers ("Increase … from 200 to 350" with a target of
   * 5): only the verb is read, never a number of the title, so a misread number cannot hide the
   * contradiction. (Not the sentence parser: text depends on validation for activity words.)
   */
  private void checkDirection(
      Titles.KeyResultText read, int position, KeyResult kr, BigDecimal baseline, BigDecimal target) {
    byte direction = read.direction(position);
    if (direction == Titles.KeyResultText.NEITHER) {
      return;
    }
    int cmp = target.compareTo(baseline);
    if (cmp == 0) {
      return;
    }
    boolean up = direction == Titles.KeyResultText.UP;
    boolean down = direction == Titles.KeyResultText.DOWN;
    if ((up && cmp < 0) || (down && cmp > 0)) {
      ctx.emit(
          Rule.TITLE_CONTRADICTS_NUMBERS,
          ids(),
          at() + "/target",
          "metric key result " + Text.quote(kr.id()) + " says "
              + Text.quote(Objects.requireNonNull(read.verb(position)))
              + " but its target of " + Checks.format(target) + " is "
              + (cmp < 0 ? "below" : "above") + " its baseline of " + Checks.format(baseline)
              + ".",
          "Check the numbers: a number in the title may have been misread (an age range, a"
              + " '5-star'), or the baseline and target swapped.");
    }
  }

  private void checkTarget(KeyResult kr, Target t, @Nullable Baseline baseline) {
    KeyResultKind kind = kr.kind();
    if (kind == KeyResultKind.METRIC
        && t.side() == TargetSide.REACH
        && baseline != null
        && baseline.value().compareTo(t.value()) == 0) {
      ctx.emit(
          Rule.BASELINE_EQUALS_TARGET,
          ids(),
          at() + "/target",
          "metric key result " + Text.quote(kr.id()) + " starts and ends at "
              + Checks.format(t.value()) + ", so there is no distance to score.",
          "Set a target that moves the number, or make it a threshold to keep it where it is.");
    }
    if (kind == KeyResultKind.THRESHOLD && t.side() == TargetSide.REACH) {
      ctx.emit(
          Rule.TARGET_KIND_MISMATCH,
          ids(),
          at() + "/target",
          "threshold key result " + Text.quote(kr.id()) + " has a value to reach ("
              + Checks.format(t.value()) + ") instead of an at-least or at-most bound.",
          "Make the target an at-least or at-most bound, or make the key result a metric.");
    } else if (kind == KeyResultKind.METRIC && t.isBound()) {
      ctx.emit(
          Rule.TARGET_KIND_MISMATCH,
          ids(),
          at() + "/target",
          "metric key result " + Text.quote(kr.id()) + " has a bound ("
              + t.side().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
              + Checks.format(t.value()) + ") instead of a value to reach.",
          "Make the target a value to reach, or make the key result a threshold.");
    }
  }

  private void checkTitle(int i, int j, KeyResult kr) {
    int position = ctx.index.keyResultPosition(i, j);
    Titles.@Nullable KeyResultActivities read = activities;
    @Nullable ActivityMatch m = read == null ? null : read.activity(position);
    if (m != null) {
      // the wording findings' pointers and sentences are written when read
      ctx.emit(
          Rule.KR_IS_ACTIVITY,
          new FindingText.OfTitle(
              FindingText.OfTitle.ACTIVITY, ids(), i, j, kr.id(), kr.title(), m.phrase(),
              m.rewriteHint()));
    }
    Titles.@Nullable KeyResultText numbers = text;
    if (numbers != null
        && ctx.isEnabled(Rule.KR_WITHOUT_NUMBER)
        && kr.kind() != KeyResultKind.ZONES // judged, not counted: no number to state
        && !numbers.hasNumber(position)) {
      ctx.emit(
          Rule.KR_WITHOUT_NUMBER,
          new FindingText.OfTitle(
              FindingText.OfTitle.NO_NUMBER, ids(), i, j, kr.id(), kr.title(), "",
              FindingText.OfTitle.NO_NUMBER_HINT));
    }
    Titles.@Nullable Duplicates titles = duplicates;
    int same = titles == null ? -1 : titles.same(position);
    if (same >= 0) {
      ctx.emit(
          Rule.DUPLICATE_KEY_RESULT_TITLE,
          ids(),
          at() + "/title",
          "key result " + Text.quote(kr.id()) + " repeats the title " + Text.quote(kr.title())
              + " of the key result at " + SetIndex.keyResultPointer(i, same) + ".",
          "Merge the two key results, or say what distinguishes them.");
    }
  }

  static String kindName(KeyResultKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
