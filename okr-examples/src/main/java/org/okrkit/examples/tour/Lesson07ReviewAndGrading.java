package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PacingPolicy;
import org.okrkit.scoring.Scorer;

/**
 * Lesson 7: in the middle of the quarter a review asks "are we on pace?"; at the end, each
 * objective gets its final score and Google's colour: green from 0.7, yellow from 0.4, red below.
 */
public final class Lesson07ReviewAndGrading implements Lesson {
  static final LocalDate MID = LocalDate.of(2026, 11, 15);
  static final LocalDate END = LocalDate.of(2026, 12, 31);
  static final LocalDate MID_CHECK_IN = LocalDate.of(2026, 11, 12);
  static final LocalDate LAST_CHECK_IN = LocalDate.of(2026, 12, 30);

  @Override
  public String title() {
    return "A mid-quarter review and end-of-quarter grading";
  }

  private static KeyResult kr(String id, String title, double from, double to, double mid, double end) {
    return KeyResult.metric(id, title, from, to)
        .plusCheckIn(CheckIn.of(MID_CHECK_IN, mid))
        .plusCheckIn(CheckIn.of(LAST_CHECK_IN, end));
  }

  /** Three objectives that end the quarter green, yellow and red. */
  static List<Objective> quarter() {
    String q4 = "2026-Q4";
    return List.of(
        Objective.of(
            "cs",
            "Make happy customers the core of our growth",
            q4,
            kr("cs-1", "Increase the customer satisfaction score from 4.1 to 4.8", 4.1, 4.8, 4.4, 4.73),
            kr("cs-2", "Increase quarterly recommendations from 120 to 150", 120, 150, 131, 144)),
        Objective.of(
            "ops",
            "Build a workflow that lets everyone do their best work",
            q4,
            kr("ops-1", "Increase project completion rate from 75% to 90%", 75, 90, 79, 83),
            kr("ops-2", "Reduce average task turnaround time from five days to three", 5, 3, 4.6, 4)),
        Objective.of(
            "sales",
            "Grow revenue from the customers who love us",
            q4,
            kr("sales-1", "Increase expansion revenue from 18% to 25% of bookings", 18, 25, 18.5, 19.4),
            kr("sales-2", "Shorten the sales cycle from 45 days to 30 days", 45, 30, 44, 41)));
  }

  @Override
  public void run(PrintWriter out) {
    Cycle q4 = Cycle.quarter(2026, 4);
    Scorer scorer = Scorer.defaults();
    PacingPolicy pacing = PacingPolicy.defaults();
    BigDecimal expected = PacingPolicy.expectedProgress(q4, MID);
    out.println("MID-QUARTER REVIEW, " + MID + ": " + Fmt.two(expected) + " of the quarter is gone.");
    for (Objective o : quarter()) {
      ObjectiveScore s = scorer.score(o, MID);
      out.println(
          "  "
              + Fmt.bar(s.score())
              + " "
              + Fmt.two(s.score())
              + "  "
              + pacing.status(q4, MID, s.score().orElseThrow())
              + "  "
              + o.title());
    }
    out.println("  A review looks forward: what will it take to move the objectives that lag the calendar?");
    out.println();
    out.println("END-OF-QUARTER GRADING, " + END + ":");
    for (Objective o : quarter()) {
      ObjectiveScore s = scorer.score(o, END);
      Grade g = s.grade().orElseThrow();
      out.println("  " + g + pad(g) + Fmt.two(s.score()) + "  " + o.title());
      for (KeyResultScore k : s.keyResultScores()) {
        out.println("      " + Fmt.two(k.score()) + "  " + k.keyResult().title());
      }
      out.println("      " + s.explanation() + " -> " + meaning(g));
    }
    out.println();
    out.println("Google's scale: GREEN from 0.7 we delivered; YELLOW from 0.4 to below 0.7 we made");
    out.println("progress but fell short; RED below 0.4 we failed to make real progress. For aspirational OKRs a");
    out.println("0.6-0.7 average is healthy: scoring 1.0 everywhere means the goals were not ambitious.");
  }

  private static String pad(Grade g) {
    return " ".repeat(8 - g.name().length());
  }

  private static String meaning(Grade g) {
    return switch (g) {
      case GREEN -> "delivered";
      case YELLOW -> "progress made, fell short";
      case RED -> "no real progress: what did we learn?";
    };
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson07ReviewAndGrading().run(out);
    out.flush();
  }
}
