package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.Scorer;

/**
 * Lesson 2: a metric key result scores how far it has moved from its baseline towards its target,
 * and the same formula works whether the number should go up or down.
 */
public final class Lesson02IncreasingAndDecreasing implements Lesson {
  static final LocalDate CHECK_IN = LocalDate.of(2026, 11, 15);
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  @Override
  public String title() {
    return "Increasing and decreasing metrics";
  }

  @Override
  public void run(PrintWriter out) {
    Scorer scorer = Scorer.defaults();
    out.println("A metric key result moves a number from a BASELINE to a TARGET. Its score is the");
    out.println("share of the way travelled:");
    out.println();
    out.println("    score = (current - baseline) / (target - baseline), kept within 0.0 .. 1.0");
    out.println();

    KeyResult csat =
        KeyResult.metric("cs-1", "Increase the customer satisfaction score from 4.1 to 4.8", 4.1, 4.8)
            .plusCheckIn(CheckIn.of(CHECK_IN, 4.45));
    KeyResultScore up = scorer.score(csat, AS_OF);
    out.println("Increasing: \"" + csat.title() + "\", now 4.45");
    out.println("  " + up.explanation());
    out.println("  Half-way from 4.1 to 4.8, so the score is " + Fmt.two(up.score()) + ".");
    out.println();

    KeyResult turnaround =
        KeyResult.metric("ops-1", "Reduce average task turnaround time from five days to three", 5, 3)
            .withUnit("days")
            .plusCheckIn(CheckIn.of(CHECK_IN, 4));
    KeyResultScore down = scorer.score(turnaround, AS_OF);
    out.println("Decreasing: \"" + turnaround.title() + "\", now 4 days");
    out.println("  " + down.explanation());
    out.println("  Top and bottom are both negative, so the signs cancel: one of two days saved");
    out.println("  scores " + Fmt.two(down.score()) + ". The direction follows from baseline vs target; nothing else to set.");
    out.println();

    KeyResultScore worse = scorer.score(turnaround.withCheckIns(java.util.List.of(CheckIn.of(CHECK_IN, 5.5))), AS_OF);
    out.println("Going the wrong way (turnaround grew to 5.5 days):");
    out.println("  " + worse.explanation());
    out.println("  A regression scores " + Fmt.two(worse.score()) + ", never negative progress.");
    out.println();

    KeyResultScore beyond = scorer.score(csat.withCheckIns(java.util.List.of(CheckIn.of(CHECK_IN, 4.9))), AS_OF);
    out.println("Overshooting (satisfaction reached 4.9):");
    out.println("  " + beyond.explanation());
    out.println("  Over-achievement is capped at " + Fmt.two(beyond.score()) + ": a key result is done, not more than done.");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson02IncreasingAndDecreasing().run(out);
    out.flush();
  }
}
