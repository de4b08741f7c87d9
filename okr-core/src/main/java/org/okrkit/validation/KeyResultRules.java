package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Baseline;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
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

  /** Above this many key results, duplicate titles are found with a map instead of pairwise. */
  private static final int PAIRWISE_LIMIT = 16;

  /** Normalised title to first position, for the current objective when it has many. */
  private @Nullable Map<String, Integer> titles;

  /**
   * The most distinct titles whose wording is remembered: enough for the repeated titles of a
   * large organisation (cascaded key results, templates), bounded so that a million distinct
   * titles cost no more memory than the set's own strings.
   */
  private static final int MEMO_LIMIT = 1 << 16;

  /**
   * What the wording rules read in each title seen in this validation. The activity detector is
   * pure by contract and most of a lint's time goes into it, so a title repeated across teams is
   * read once.
   */
  private final Map<String, Wording> wordings = new HashMap<>();

  /** What a title says: the activity it names, if any, and whether it states a number. */
  private record Wording(Optional<ActivityMatch> activity, boolean hasNumber) {}

  /** What the wording rules see when neither runs (a structural-only validation). */
  private static final Wording NO_WORDING = new Wording(Optional.empty(), true);

  /** The key result being checked, for {@link #at()} and {@link #ids()}. */
  private int located;

  private int locatedKeyResult;

  KeyResultRules(Checking ctx) {
    super(ctx);
  }

  /** The pointer of the key result being checked (made once, for its first finding). */
  private String at() {
    return ctx.index.keyResultAt(located, locatedKeyResult);
  }

  /** The ids of the key result being checked: its own, then its objective's. */
  private List<String> ids() {
    return ctx.index.keyResultIds(located, locatedKeyResult);
  }

  private Wording wording(String title) {
    Wording w = wordings.get(title);
    if (w == null) {
      w =
          new Wording(
              ctx.isEnabled(Rule.KR_IS_ACTIVITY) ? ctx.activities.detect(title) : Optional.empty(),
              Text.hasNumber(title));
      if (wordings.size() < MEMO_LIMIT) {
        wordings.put(title, w);
      }
    }
    return w;
  }

  @Override
  void checkObjective(int i) {
    // pairwise for the usual handful of key results (no allocation), a map for long lists
    titles =
        ctx.index.objective(i).keyResults().size() > PAIRWISE_LIMIT
                && ctx.isEnabled(Rule.DUPLICATE_KEY_RESULT_TITLE)
            ? new HashMap<>()
            : null;
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
    Optional<Target> target = kr.target();
    Optional<Baseline> baseline = kr.baseline();
    if (kr.targetPending() || kr.baselinePending()) {
      pending(i, kr);
    }
    if (kind != KeyResultKind.MILESTONE
        && kind != KeyResultKind.ZONES
        && target.isEmpty()
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
    if (target.isPresent()) {
      checkTarget(kr, target.get(), baseline);
    }
    checkTitle(o, i, j, kr);
    if (kind == KeyResultKind.METRIC
        && target.isPresent()
        && baseline.isEmpty()
        && !kr.baselinePending()) {
      ctx.emit(
          Rule.MISSING_BASELINE,
          ids(),
          at(),
          "metric key result " + Text.quote(kr.id()) + " has a target of "
              + Checks.format(target.get().value()) + " but no baseline.",
          "Add the value measured when the OKR was set: progress is measured from it.");
    }
    if (kind == KeyResultKind.THRESHOLD
        && baseline.isPresent()
        && target.isPresent()
        && target.get().isBound()) {
      int cmp = baseline.get().value().compareTo(target.get().value());
      boolean met = target.get().side() == TargetSide.AT_LEAST ? cmp >= 0 : cmp <= 0;
      if (met) {
        ctx.emit(
            Rule.ALREADY_AT_TARGET,
            ids(),
            at() + "/baseline",
            "threshold key result " + Text.quote(kr.id())
                + " already meets its bound at its baseline of "
                + Checks.format(baseline.get().value()) + ".",
            "Raise the bar, or track it as a health metric (KPI) rather than a key result.");
      }
    }
    if (kind == KeyResultKind.METRIC
        && baseline.isPresent()
        && target.isPresent()
        && target.get().side() == TargetSide.REACH
        && ctx.isEnabled(Rule.TITLE_CONTRADICTS_NUMBERS)) {
      checkDirection(kr, baseline.get().value(), target.get().value());
    }
    if (kind == KeyResultKind.MILESTONE && (target.isPresent() || baseline.isPresent())) {
      ctx.emit(
          Rule.MILESTONE_HAS_TARGET,
          ids(),
          at() + (target.isPresent() ? "/target" : "/baseline"),
          "milestone key result " + Text.quote(kr.id()) + " carries a "
              + (target.isPresent() ? "target" : "baseline")
              + ", which a done-or-not-done score ignores.",
          "Remove it, or make the key result a metric if the number matters.");
    }
  }

  /** Leading verbs that say a metric's number should go up. */
  private static final java.util.Set<String> UP =
      java.util.Set.of("increase", "grow", "raise", "boost", "improve", "double", "triple",
          "expand", "lift", "maximise", "maximize", "gain", "add", "accelerate");

  /** Leading verbs that say a metric's number should go down. */
  private static final java.util.Set<String> DOWN =
      java.util.Set.of("reduce", "decrease", "cut", "lower", "lessen", "shrink", "drop", "halve",
          "minimise", "minimize", "shorten", "eliminate", "slash", "trim");

  /**
   * The title's leading verb against the numbers ("Increase … from 200 to 350" with a target of
   * 5): only the verb is read, never a number of the title, so a misread number cannot hide the
   * contradiction. (Not the sentence parser: text depends on validation for activity words.)
   */
  private void checkDirection(KeyResult kr, BigDecimal baseline, BigDecimal target) {
    int cmp = target.compareTo(baseline);
    if (cmp == 0) {
      return;
    }
    String title = kr.title().strip();
    int end = 0;
    while (end < title.length() && end < 20 && Character.isLetter(title.charAt(end))) {
      end++;
    }
    String verb = title.substring(0, end);
    String lower = verb.toLowerCase(Locale.ROOT);
    boolean up = UP.contains(lower);
    boolean down = DOWN.contains(lower);
    if ((up && cmp < 0) || (down && cmp > 0)) {
      ctx.emit(
          Rule.TITLE_CONTRADICTS_NUMBERS,
          ids(),
          at() + "/target",
          "metric key result " + Text.quote(kr.id()) + " says " + Text.quote(verb)
              + " but its target of " + Checks.format(target) + " is "
              + (cmp < 0 ? "below" : "above") + " its baseline of " + Checks.format(baseline)
              + ".",
          "Check the numbers: a number in the title may have been misread (an age range, a"
              + " '5-star'), or the baseline and target swapped.");
    }
  }

  private void checkTarget(KeyResult kr, Target t, Optional<Baseline> baseline) {
    KeyResultKind kind = kr.kind();
    if (kind == KeyResultKind.METRIC
        && t.side() == TargetSide.REACH
        && baseline.isPresent()
        && baseline.get().value().compareTo(t.value()) == 0) {
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

  private void checkTitle(Objective o, int i, int j, KeyResult kr) {
    Wording wording =
        ctx.isEnabled(Rule.KR_IS_ACTIVITY) || ctx.isEnabled(Rule.KR_WITHOUT_NUMBER)
            ? wording(kr.title())
            : NO_WORDING;
    if (ctx.isEnabled(Rule.KR_IS_ACTIVITY)) {
      wording.activity()
          .ifPresent(
              m ->
                  ctx.emit(
                      Rule.KR_IS_ACTIVITY,
                      ids(),
                      at() + "/title",
                      "key result " + Text.quote(kr.id()) + " reads as an activity, not a result: "
                          + Text.quote(m.phrase()) + " in " + Text.quote(kr.title()) + ".",
                      m.rewriteHint()));
    }
    if (ctx.isEnabled(Rule.KR_WITHOUT_NUMBER)
        && kr.kind() != KeyResultKind.ZONES // judged, not counted: no number to state
        && !wording.hasNumber()) {
      ctx.emit(
          Rule.KR_WITHOUT_NUMBER,
          ids(),
          at() + "/title",
          "key result " + Text.quote(kr.id()) + " has no number in " + Text.quote(kr.title()) + ".",
          "State the number to move, e.g. 'Increase weekly active users from 2,000 to 3,000'.");
    }
    int same = -1;
    Map<String, Integer> seen = titles;
    if (seen != null) {
      Integer previous = seen.putIfAbsent(Text.normalized(kr.title()), j);
      same = previous == null ? -1 : previous;
    } else if (j > 0 && ctx.isEnabled(Rule.DUPLICATE_KEY_RESULT_TITLE)) {
      List<KeyResult> krs = o.keyResults();
      for (int p = 0; p < j && same < 0; p++) {
        same = Text.sameTitle(krs.get(p).title(), kr.title()) ? p : -1;
      }
    }
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
