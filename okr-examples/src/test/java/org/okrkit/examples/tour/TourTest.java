package org.okrkit.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Every lesson runs and prints the explanation a student should read, with the right numbers. */
class TourTest {
  private static String run(Lesson lesson) {
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    lesson.run(out);
    out.flush();
    return w.toString();
  }

  private static void assertContains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), "missing \"" + part + "\" in:\n" + text);
    }
  }

  @Test
  void lesson1ShowsTheObjectiveAndItsMeasurableKeyResults() {
    String out = run(new Lesson01WritingAnOkr());
    assertContains(
        out,
        "Objective: Make happy customers the core of our growth",
        "KR cs-1: Increase the customer satisfaction score from 4.1 to 4.8   (baseline 4.1, target 4.8)",
        "(baseline 120, target 150)",
        "(baseline 35%, target 38%)",
        "This objective has 3 key results, inside the usual 2 to 4.");
  }

  @Test
  void lesson2ScoresIncreasingAndDecreasingMetricsWithTheFormula() {
    String out = run(new Lesson02IncreasingAndDecreasing());
    assertContains(
        out,
        "score = (current - baseline) / (target - baseline)",
        "(4.45 − 4.1) / (4.8 − 4.1) = 0.50",
        "so the score is 0.50.",
        "(4 − 5) / (3 − 5) = 0.50",
        "-0.25, clamped to 0.00 (regression",
        "A regression scores 0.00",
        "1.14, clamped to 1.00 (over-achievement)");
  }

  @Test
  void lesson3ScoresThresholdsAllOrNothingAndMilestonesDoneOrNot() {
    String out = run(new Lesson03ThresholdAndMilestone());
    assertContains(
        out,
        "current 99.95 against bound ≥ 99.9: met, score 1.00",
        "current 99.85 against bound ≥ 99.9: not met, score 0.00",
        "milestone not done, score 0.00",
        "milestone done, score 1.00",
        "the linter says so");
  }

  @Test
  void lesson4GradesTheSameScoreAsSuccessOrMissByType() {
    String out = run(new Lesson04CommittedVsAspirational());
    assertContains(
        out,
        "(1 × 0.70 + 1 × 0.70) / 2 = 0.70  grade GREEN",
        "below commitment? no. 0.70 on a stretch goal is a success",
        "below commitment? yes. Anything below 1.00 when the quarter ends is a miss",
        "mid-quarter it is only below commitment");
  }

  @Test
  void lesson5RollsUpTheTreeWithItsArithmetic() {
    String out = run(new Lesson05AlignmentAndRollup());
    assertContains(
        out,
        "  acme (company) Become the home robot our customers recommend first",
        "      fw (team) Ship firmware updates nobody notices",
        "own score 0.55   roll-up 0.63",
        "eng: (1 × 0.60 [key result 'eng-1'] + 1 × 0.50 [key result 'eng-2'] + 1 × 0.80 [objective 'fw']) / 3 = 0.63",
        "acme: (1 × 0.50 [key result 'acme-1'] + 1 × 0.6333 [objective 'eng'] + 1 × 0.50 [objective 'cs']) / 3 = 0.54");
    // the tree is indented by alignment depth
    assertTrue(out.indexOf("    eng (department)") < out.indexOf("      fw (team)"));
  }

  @Test
  void lesson6PacesAndForecastsTheWeeklyCheckIns() {
    String out = run(new Lesson06CheckInsPacingForecast());
    assertContains(
        out,
        "2026-11-19  4.45  confidence 0.8",
        "expected by now:   0.55",
        "status:            ON_TRACK",
        "projected value:   4.82 on 2026-12-31, which would score 1.00",
        "still needed:      +0.06 per week from 4.45 to reach 4.8",
        "owner's confidence: 0.8, rising");
  }

  @Test
  void lesson7ReviewsMidQuarterAndGradesInGooglesColours() {
    String out = run(new Lesson07ReviewAndGrading());
    assertContains(
        out,
        "MID-QUARTER REVIEW, 2026-11-15: 0.49 of the quarter is gone.",
        "0.398  ON_TRACK  Make happy customers the core of our growth",
        "OFF_TRACK  Grow revenue from the customers who love us",
        "GREEN   0.85  Make happy customers the core of our growth",
        "YELLOW  0.52  Build a workflow",
        "RED     0.23  Grow revenue from the customers who love us",
        "(1 × 0.90 + 1 × 0.80) / 2 = 0.85 -> delivered");
  }

  @Test
  void theTourRunsEveryLessonWithNumberedHeadings() {
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    Tour.runAll(out);
    out.flush();
    int n = Tour.lessons().size();
    for (int i = 1; i <= n; i++) {
      assertContains(w.toString(), "Lesson " + i + " of " + n + ": " + Tour.lessons().get(i - 1).title());
    }
    assertEquals(n, w.toString().lines().filter(l -> l.startsWith("Lesson ")).count());
  }

  @Test
  void lesson9ClosesReviewsCarriesAndTracksAfterTheClose() {
    String out = run(new Lesson09QuarterEnd());
    assertContains(
        out,
        "support-q3: computed 0.81 green",
        "community-q3 still needs: [decision, outcome]",
        "support-q3: partially-achieved, keep; computed 0.81, adjusted 0.70",
        "histogram of objective scores (0.0-0.1 ... 0.9-1.0): [0, 1, 0, 0, 1, 0, 0, 0, 1, 1]",
        "committed fully delivered: 1 of 1",
        "support-q3 -> support-q4",
        "left behind: community-q3 (decided abandon)",
        "left behind: support-q3-3 (milestone done)",
        "support-q4-1 now starts from 4.5 hours (was 9), target still 2",
        "support-q3-2: 0.80 at the close, 1.00 on 2026-11-20: it held",
        "WARNING [kpi-unhealthy-without-okr] KPI 'churn' was unhealthy for the whole of cycle",
        "churn on 2026-11-20: watch");
    assertTrue(!out.contains("still: "), out);
  }

  @Test
  void lesson10ShowsSumsKeyResultAlignmentSupportWeakestLinkStalenessAndConfidence() {
    String out = run(new Lesson10ProgressFlowsAndHealth());
    assertContains(
        out,
        "grow-1 current 1270 (EMEA 800 + APAC 470) -> (1270 − 1000) / (1600 − 1000) = 0.45",
        "roll-up 0.62 and grow-2's own score 0.42 mix to 0.52",
        "'brand' left out: supports, not counted",
        "The weighted mean says 0.46; the weakest link",
        "says 0.28:",
        "= 0.28, 'apac'",
        "grow: stale (key result 'grow-2' is stale: no check-in since 2026-11-02",
        "apac: off_track (score 0.28 against expected 0.55",
        "brand: stale",
        "2 of 5 rated key results",
        "NCS 40 (1 without a confidence)",
        "so a 7 counts as 0.7");
  }

  @Test
  void lesson11ScoresLevelsBandsAndZonesWithTheIssuesNumbers() {
    String out = run(new Lesson11ScoringModels());
    assertContains(
        out,
        "(130 − 120) / (130 − 120) × (0.3 − 0) = 0.30",
        "0.3 + (140 − 130) / (150 − 130) × (0.7 − 0.3) = 0.50",
        "0.7 + (165 − 150) / (180 − 150) × (1 − 0.7) = 0.85",
        "0.7 + (5 − 6) / (4 − 6) × (1 − 0.7) = 0.85",
        "at 15: current 15 against band 10 to 20: inside, score 1.00",
        "at 25: current 25 against band 10 to 20: outside by 5, score 0.00",
        "partial credit 1 − 5 / (20 − 10) = 0.50",
        "target looks like: two partners pay for the programme",
        "checked in at target: zone reached: target, score 0.70",
        "\"scoring\": {\"bandCredit\": \"partial\"}");
  }
}
