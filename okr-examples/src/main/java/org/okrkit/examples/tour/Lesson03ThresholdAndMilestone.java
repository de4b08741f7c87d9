package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Target;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.Scorer;

/**
 * Lesson 3: not every key result moves a number. A threshold keeps one on the right side of a
 * bound; a milestone is done or not.
 */
public final class Lesson03ThresholdAndMilestone implements Lesson {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  @Override
  public String title() {
    return "Threshold and milestone key results";
  }

  @Override
  public void run(PrintWriter out) {
    Scorer scorer = Scorer.defaults();
    KeyResult uptime =
        KeyResult.threshold("cs-4", "Keep uptime at or above 99.9%", Target.atLeast(99.9)).withUnit("%");
    out.println("A THRESHOLD key result keeps a number at or above (or at or below) a bound:");
    out.println("  \"" + uptime.title() + "\"");
    KeyResultScore ok = scorer.score(uptime.plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 19), 99.95)), AS_OF);
    out.println("  this week 99.95%: " + ok.explanation());
    KeyResultScore bad = scorer.score(uptime.plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 19), 99.85)), AS_OF);
    out.println("  this week 99.85%: " + bad.explanation());
    out.println("  It is all or nothing: " + Fmt.two(ok.score()) + " while the bound holds, " + Fmt.two(bad.score()) + " when it does not.");
    out.println("  There is no baseline: a threshold protects something you already have.");
    out.println();

    KeyResult handbook = KeyResult.milestone("cs-5", "Publish the support handbook");
    out.println("A MILESTONE key result is done or not done:");
    out.println("  \"" + handbook.title() + "\"");
    KeyResultScore notYet =
        scorer.score(handbook.withCheckIns(List.of(CheckIn.ofDone(LocalDate.of(2026, 11, 5), false))), AS_OF);
    out.println("  in November: " + notYet.explanation());
    KeyResultScore done =
        scorer.score(
            handbook.withCheckIns(
                List.of(
                    CheckIn.ofDone(LocalDate.of(2026, 11, 5), false),
                    CheckIn.ofDone(LocalDate.of(2026, 12, 3), true))),
            LocalDate.of(2026, 12, 31));
    out.println("  at the end:  " + done.explanation());
    out.println();
    out.println("Use milestones sparingly. \"Publish the handbook\" is an output: the result you");
    out.println("want is what the handbook changes (faster answers, fewer tickets). An objective");
    out.println("whose key results are mostly milestones is a project plan, and the linter says so.");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson03ThresholdAndMilestone().run(out);
    out.flush();
  }
}
