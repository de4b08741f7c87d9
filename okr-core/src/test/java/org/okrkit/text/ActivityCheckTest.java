package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.KeyResultKind;


class ActivityCheckTest {

  @Test
  void parserAsksTheActivityCheckWhenASentenceHasNoNumber() {
    ActivityCheck everythingIsWork = sentence -> Optional.of("Become");
    KeyResultReading r = new SentenceAnalyzer("Become the market leader", everythingIsWork).analyze();
    assertEquals(KeyResultKind.MILESTONE, r.kind());
    assertEquals(ReadingConfidence.HIGH, r.confidence());
  }

  @Test
  void sentenceWithANumberIsMeasuredWhateverTheActivityCheckSays() {
    ActivityCheck everythingIsWork = sentence -> Optional.of("Publish");
    KeyResultReading r = new SentenceAnalyzer("Publish 12 blog posts", everythingIsWork).analyze();
    assertEquals(KeyResultKind.METRIC, r.kind());
  }

  @Test
  void standardCheckIsTheLintersDetector() {
    assertEquals(Optional.of("Launch"), ActivityCheck.standard().activityVerb("Launch the new app"));
    assertEquals(
        Optional.of("roll out"), ActivityCheck.standard().activityVerb("We will roll out pricing"));
    assertEquals(
        Optional.empty(), ActivityCheck.standard().activityVerb("Increase NPS from 30 to 45"));
    assertEquals(Optional.empty(), ActivityCheck.standard().activityVerb("42"));
  }

  @Test
  void parserAndLinterAgreeOnWhichNumberlessSentencesAreActivities() {
    String[] sentences = {
      "Launch the new mobile app",
      "Publish the support handbook",
      "Implement a new tracking system",
      "Become the market leader in our region",
      "Customers love the new onboarding",
      "Roll out the new pricing page",
      "Improve customer satisfaction"
    };
    for (String s : sentences) {
      boolean linterSaysActivity = ActivityDetector.defaults().isActivity(s);
      KeyResultReading r = KeyResultParser.parse(s);
      boolean parserSaysActivity =
          r.kind() == KeyResultKind.MILESTONE
              && r.notes().stream().anyMatch(n -> n.contains("is an activity"));
      assertEquals(linterSaysActivity, parserSaysActivity, s);
    }
  }
}
