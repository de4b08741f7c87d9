package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.validation.Finding;
import org.okrkit.validation.Validator;

/**
 * Lesson 8: the most common OKR mistake is a key result that is an activity ("Run four
 * campaigns") rather than a result. The linter catches it, says why, and the fix is to measure
 * what the activity should change.
 */
public final class Lesson08LinterActivityTrap implements Lesson {
  /** Planning day, just before the quarter: the time to lint OKRs is while writing them. */
  static final LocalDate PLANNING = LocalDate.of(2026, 9, 28);

  @Override
  public String title() {
    return "The linter catches an activity posing as a key result";
  }

  static Objective draft() {
    return Objective.of(
            "brand",
            "Make our brand the first one buyers think of",
            "2026-Q4",
            KeyResult.milestone("brand-1", "Run four campaigns"),
            KeyResult.metric("brand-2", "Increase qualified leads from 120 to 180 a month", 120, 180))
        .withOwner("Marketing");
  }

  static Objective fixed() {
    return draft()
        .withKeyResults(
            List.of(
                KeyResult.metric(
                    "brand-1", "Grow branded search volume from 2,400 to 3,600 a month", 2400, 3600),
                KeyResult.metric("brand-2", "Increase qualified leads from 120 to 180 a month", 120, 180)));
  }

  private static List<Finding> lint(Objective o) {
    OkrSet set = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(o));
    return Validator.defaults().validate(set, PLANNING);
  }

  @Override
  public void run(PrintWriter out) {
    Objective draft = draft();
    out.println("A first draft, written at planning time (" + PLANNING + "):");
    out.println("  Objective: " + draft.title());
    draft.keyResults().forEach(kr -> out.println("    KR " + kr.id() + ": " + kr.title()));
    out.println();
    out.println("What the linter says (Validator.defaults().validate(set, asOf)):");
    List<Finding> findings = lint(draft);
    for (Finding f : findings) {
      out.println("  " + f.severity() + " [" + f.ruleId() + "] at " + f.pointer());
      out.println("      " + f.message());
      out.println("      fix: " + f.hint());
    }
    out.println();
    out.println("Why: \"Run four campaigns\" is work the team controls, so it can be done in full");
    out.println("while nothing improves. A key result measures the CHANGE the work should cause.");
    out.println("Ask \"why do we run the campaigns?\" - to be remembered - and measure that.");
    out.println();
    Objective fixed = fixed();
    out.println("The fix: keep the campaigns as the plan (an initiative), and measure the outcome:");
    fixed.keyResults().forEach(kr -> out.println("    KR " + kr.id() + ": " + kr.title()));
    List<Finding> after = lint(fixed);
    if (after.isEmpty()) {
      out.println("The linter now has no findings.");
    } else {
      out.println("The linter now says:");
      after.forEach(f -> out.println("  " + f));
    }
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson08LinterActivityTrap().run(out);
    out.flush();
  }
}
