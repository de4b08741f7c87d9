package org.okrkit.examples.tour;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The guided tour: the lessons in the order a student should read them. Each lesson is also a
 * program of its own ({@code java -cp okr.jar org.okrkit.examples.tour.Lesson01WritingAnOkr}).
 */
public final class Tour {
  private static final List<Lesson> LESSONS =
      List.of(
          new Lesson01WritingAnOkr(),
          new Lesson02IncreasingAndDecreasing(),
          new Lesson03ThresholdAndMilestone(),
          new Lesson04CommittedVsAspirational(),
          new Lesson05AlignmentAndRollup(),
          new Lesson06CheckInsPacingForecast(),
          new Lesson07ReviewAndGrading(),
          new Lesson08LinterActivityTrap(),
          new Lesson09QuarterEnd(),
          new Lesson10ProgressFlowsAndHealth(),
          new Lesson11ScoringModels());

  private Tour() {}

  /** Every lesson, in order. */
  public static List<Lesson> lessons() {
    return LESSONS;
  }

  /** Runs lesson {@code number} (1-based) with its heading. */
  public static void run(int number, PrintWriter out) {
    Lesson lesson = LESSONS.get(number - 1);
    String heading = "Lesson " + number + " of " + LESSONS.size() + ": " + lesson.title();
    out.println(heading);
    out.println("=".repeat(heading.length()));
    out.println();
    lesson.run(out);
    out.println();
  }

  /** Runs every lesson in order. */
  public static void runAll(PrintWriter out) {
    for (int i = 1; i <= LESSONS.size(); i++) {
      run(i, out);
    }
  }

  /** Runs the whole tour on standard output. */
  public static void main(String[] args) {
    PrintWriter out = stdout();
    runAll(out);
    out.flush();
  }

  /** Standard output as UTF-8, for the lessons' own {@code main} methods. */
  static PrintWriter stdout() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }
}
