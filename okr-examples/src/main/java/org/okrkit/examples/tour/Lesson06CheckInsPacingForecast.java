package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.scoring.Confidence;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Forecaster;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.PacingPolicy;
import org.okrkit.scoring.Scorer;

/**
 * Lesson 6: weekly check-ins record where a key result stands and how confident its owner is;
 * pacing compares the score with the time gone, and a forecast projects the trend to the end.
 */
public final class Lesson06CheckInsPacingForecast implements Lesson {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final double[] WEEKLY = {4.1, 4.15, 4.2, 4.3, 4.35, 4.4, 4.45};
  static final double[] CONFIDENCE = {0.6, 0.6, 0.6, 0.7, 0.7, 0.7, 0.8};

  @Override
  public String title() {
    return "Weekly check-ins, pacing and a forecast";
  }

  /** The key result with seven Thursday check-ins, 8 October to 19 November. */
  static KeyResult tracked() {
    KeyResult kr =
        KeyResult.metric("cs-1", "Increase the customer satisfaction score from 4.1 to 4.8", 4.1, 4.8);
    for (int week = 0; week < WEEKLY.length; week++) {
      kr =
          kr.plusCheckIn(
              CheckIn.of(LocalDate.of(2026, 10, 8).plusWeeks(week), WEEKLY[week])
                  .withConfidence(CONFIDENCE[week]));
    }
    return kr;
  }

  @Override
  public void run(PrintWriter out) {
    Cycle q4 = Cycle.quarter(2026, 4);
    KeyResult kr = tracked();
    out.println("Every Thursday the owner checks in: the value measured, and a confidence (0.0-1.0)");
    out.println("of reaching the target by the end of the quarter.");
    out.println("  \"" + kr.title() + "\"");
    for (CheckIn c : kr.checkIns()) {
      out.println(
          "    "
              + c.date()
              + "  "
              + Fmt.plain(c.value().orElseThrow())
              + "  confidence "
              + Fmt.plain(c.confidence().orElseThrow()));
    }
    out.println();

    KeyResultScore score = Scorer.defaults().score(kr, AS_OF);
    BigDecimal expected = PacingPolicy.expectedProgress(q4, AS_OF);
    PacingPolicy pacing = PacingPolicy.defaults();
    PaceStatus status = pacing.status(q4, AS_OF, score.score().orElseThrow());
    out.println("PACING on " + AS_OF + ":");
    out.println("  score now:         " + score.explanation());
    out.println(
        "  expected by now:   "
            + Fmt.two(expected)
            + " (the share of the quarter gone, if progress were a straight line)");
    out.println(
        "  status:            "
            + status
            + " (on track while at most "
            + Fmt.two(pacing.onTrackMargin())
            + " behind, at risk up to "
            + Fmt.two(pacing.atRiskMargin())
            + " behind)");
    out.println();

    Forecast f = Forecaster.defaults().forecast(kr, q4, AS_OF);
    out.println("FORECAST: fit a straight line through the check-ins and follow it to " + q4.end() + ":");
    out.println(
        "  trend:             +"
            + Fmt.two(f.slopePerDay().orElseThrow().multiply(BigDecimal.valueOf(7)))
            + " per week");
    out.println(
        "  projected value:   "
            + Fmt.two(f.projectedValue().orElseThrow())
            + " on "
            + q4.end()
            + ", which would score "
            + Fmt.two(f.projectedScore())
            + (f.projectedScore().orElseThrow().compareTo(BigDecimal.ONE) >= 0 ? " (on course for the target)" : ""));
    out.println(
        "  still needed:      +"
            + Fmt.two(f.requiredPerWeek().orElseThrow())
            + " per week from "
            + Fmt.plain(score.current().orElseThrow())
            + " to reach 4.8");
    Confidence confidence = Confidence.of(kr, AS_OF);
    out.println(
        "  owner's confidence: "
            + Fmt.plain(confidence.latest().orElseThrow())
            + ", "
            + confidence.trend().name().toLowerCase(java.util.Locale.ROOT));
    out.println();
    out.println("Read them together: the score (0.50) lags the calendar slightly, but the trend");
    out.println("says the target is within reach and the owner grows more confident. A check-in");
    out.println("meeting would ask: what keeps the trend going for six more weeks?");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson06CheckInsPacingForecast().run(out);
    out.flush();
  }
}
