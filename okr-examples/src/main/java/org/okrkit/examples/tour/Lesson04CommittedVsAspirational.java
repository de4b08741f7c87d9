package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;

/**
 * Lesson 4: the same score means different things for a committed objective (which must be met
 * in full) and an aspirational one (a stretch, where 0.7 is a success).
 */
public final class Lesson04CommittedVsAspirational implements Lesson {
  static final LocalDate END = LocalDate.of(2026, 12, 31);

  @Override
  public String title() {
    return "Committed versus aspirational objectives";
  }

  private static KeyResult kr(String id, String title, double from, double to, double reached) {
    return KeyResult.metric(id, title, from, to).plusCheckIn(CheckIn.of(LocalDate.of(2026, 12, 30), reached));
  }

  @Override
  public void run(PrintWriter out) {
    Objective stretch =
        Objective.of(
                "growth",
                "Become the product our customers recommend first",
                "2026-Q4",
                kr("growth-1", "Lift net promoter score from 30 to 50", 30, 50, 44),
                kr("growth-2", "Grow weekly active teams from 1,000 to 2,000", 1000, 2000, 1700))
            .withType(ObjectiveType.ASPIRATIONAL);
    Objective promise =
        Objective.of(
                "payroll",
                "Pay everyone correctly and on time",
                "2026-Q4",
                kr("payroll-1", "Move every team to the new payroll provider, from 0 to 20 teams", 0, 20, 14),
                kr("payroll-2", "Cut payroll corrections from 30 to 0 a month", 30, 0, 9))
            .withType(ObjectiveType.COMMITTED);
    Scorer scorer = Scorer.defaults();
    ObjectiveScore a = scorer.score(stretch, END);
    ObjectiveScore c = scorer.score(promise, END);

    out.println("Both objectives end the quarter with the same score:");
    out.println("  aspirational \"" + stretch.title() + "\"");
    out.println("    " + a.explanation() + "  grade " + a.grade().map(Enum::name).orElse("n/a"));
    out.println("  committed    \"" + promise.title() + "\"");
    out.println("    " + c.explanation() + "  grade " + c.grade().map(Enum::name).orElse("n/a"));
    out.println();
    out.println("ASPIRATIONAL objectives are stretch goals, set so that 0.6-0.7 is a good result:");
    out.println("  below commitment? " + (a.isBelowCommitment() ? "yes" : "no") + ". " + Fmt.two(a.score()) + " on a stretch goal is a success; always hitting 1.0 means the goals were too easy.");
    out.println("COMMITTED objectives are promises the team must keep in full:");
    out.println("  below commitment? " + (c.isBelowCommitment() ? "yes" : "no") + ". Anything below 1.00 when the quarter ends is a miss, and the team explains why and re-plans;");
    out.println("  mid-quarter it is only below commitment: ObjectiveRollup.isMiss() waits for the cycle's end.");
    out.println();
    out.println("Set the type when writing the objective: Objective.withType(ObjectiveType.COMMITTED).");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson04CommittedVsAspirational().run(out);
    out.flush();
  }
}
