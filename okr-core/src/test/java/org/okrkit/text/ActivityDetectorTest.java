package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityDetectorTest {
  private final ActivityDetector detector = ActivityDetector.defaults();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Launch a new mobile app",
        "Run four campaigns",
        "Implement a new tracking system",
        "fix Y bugs"
      })
  void issueExamplesOfActivitiesAreFlagged(String kr) {
    assertTrue(detector.isActivity(kr), kr);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reduce onboarding time from 10 to 5 days",
        "Lift customer satisfaction from 4.1 to 4.8",
        "Achieve 10,000 app downloads",
        "Reduce error rate from 2% to 0.2%"
      })
  void resultsStartingWithAVerbAreNotFlagged(String kr) {
    assertFalse(detector.isActivity(kr), kr);
  }

  @Test
  void matchQuotesThePhraseAsWrittenWithItsPosition() {
    ActivityMatch m = detector.detect("KR2: Roll out the new CRM").orElseThrow();
    assertEquals("Roll out", m.phrase());
    assertEquals(5, m.start());
    assertEquals(13, m.end());
  }

  @Test
  void launchHintSuggestsMeasuringDownloads() {
    ActivityMatch m = detector.detect("Launch a new mobile app").orElseThrow();
    assertEquals("Launch", m.phrase());
    assertTrue(m.rewriteHint().contains("'Achieve 10,000 app downloads'"), m.rewriteHint());
  }

  @Test
  void gerundFormIsAnActivityToo() {
    assertEquals("Launching", detector.detect("Launching the partner program").orElseThrow().phrase());
  }

  @Test
  void workReportedAsDoneIsAnActivity() {
    assertEquals("launched", detector.detect("New website launched by end of Q2").orElseThrow().phrase());
  }

  @Test
  void activityWithAMeasuredOutcomeIsAResult() {
    assertFalse(detector.isActivity("Launch the mobile app and reach 10,000 downloads"));
  }

  @Test
  void blankAndPunctuationOnlyTextsAreNotActivities() {
    assertFalse(detector.isActivity(""));
    assertFalse(detector.isActivity(" - : "));
  }

  @Test
  void precisionAndRecallOnTheTuningSetMeetTheBar() throws IOException {
    Score s = score(rows("key-results-labelled.tsv"));
    assertTrue(s.n >= 150, s.report());
    assertTrue(s.precision() >= 0.97, s.report());
    assertTrue(s.recall() >= 0.95, s.report());
  }

  /** The held-out set was never used to tune the vocabulary: its numbers are the honest ones. */
  @Test
  void precisionAndRecallOnTheHeldOutSetMeetTheBar() throws IOException {
    Score s = score(rows("key-results-holdout.tsv"));
    assertTrue(s.n >= 100, s.report());
    assertTrue(s.precision() >= 0.90, s.report());
    assertTrue(s.recall() >= 0.85, s.report());
  }

  /**
   * Phrasings in the style of published OKR example libraries, written last. The first
   * measurement, before any change made because of them, was precision 1.00 and recall 0.94 (it
   * missed "Make 100 cold calls per week" and "Run 5 experiments to improve onboarding
   * conversion"); both were fixed in general form (counts of work items after a general verb; an
   * outcome clause only counts when a number follows it).
   */
  @Test
  void precisionAndRecallOnPublishedStylePhrasingsMeetTheBar() throws IOException {
    Score s = score(rows("key-results-published-style.tsv"));
    assertTrue(s.n >= 60, s.report());
    assertTrue(s.precision() >= 0.95, s.report());
    assertTrue(s.recall() >= 0.90, s.report());
  }

  private Score score(List<String[]> rows) {
    Score s = new Score();
    for (String[] row : rows) {
      boolean activity = row[0].equals("A");
      boolean flagged = detector.isActivity(row[1]);
      s.n++;
      if (activity && flagged) {
        s.tp++;
      } else if (!activity && flagged) {
        s.fp++;
        s.misses.add("false positive: " + row[1]);
      } else if (activity) {
        s.fn++;
        s.misses.add("false negative: " + row[1]);
      }
    }
    return s;
  }

  private static final class Score {
    int n;
    int tp;
    int fp;
    int fn;
    final List<String> misses = new ArrayList<>();

    double precision() {
      return tp / (double) (tp + fp);
    }

    double recall() {
      return tp / (double) (tp + fn);
    }

    String report() {
      return String.format(
          Locale.ROOT,
          "n=%d tp=%d fp=%d fn=%d precision=%.3f recall=%.3f%n%s",
          n,
          tp,
          fp,
          fn,
          precision(),
          recall(),
          String.join("\n", misses));
    }
  }

  static List<String[]> rows(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(ActivityDetectorTest.class.getResourceAsStream(resource));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        rows.add(parts);
      }
    }
    return rows;
  }
}
