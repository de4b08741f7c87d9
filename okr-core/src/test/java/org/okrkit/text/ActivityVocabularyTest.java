package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.text.ActivityMatch.Category;

class ActivityVocabularyTest {

  @Test
  void aCompanyVerbIsAnActivityOnlyOnceAdded() {
    // no measure, so the built-in detector reads a deliverable; only the company's own verb
    // makes "Spike" a task verb
    String kr = "Spike the new billing engine";
    assertEquals(Category.END_STATE, ActivityDetector.defaults().detect(kr).orElseThrow().category());
    ActivityDetector mine = ActivityDetector.of(ActivityVocabulary.english().withActivityVerbs("Spike"));
    ActivityMatch m = mine.detect(kr).orElseThrow();
    assertEquals("Spike", m.phrase());
    assertEquals(Category.TASK_VERB, m.category());
  }

  @Test
  void addedWordsDoNotChangeTheBuiltInVocabulary() {
    ActivityVocabulary.english().withActivityVerbs("spike");
    assertFalse(ActivityDetector.defaults().detect("Spike the new billing engine")
        .filter(m -> m.category() == Category.TASK_VERB).isPresent());
  }

  @Test
  void aPhraseOfThreeWordsIsMatchedWhole() {
    ActivityDetector mine = ActivityDetector.of(
        ActivityVocabulary.english().withActivityPhrases("make generally available"));
    ActivityMatch m = mine.detect("Make generally available the reporting API").orElseThrow();
    assertEquals("Make generally available", m.phrase());
  }

  @Test
  void anotherLanguageCanBeBuiltFromEmpty() {
    ActivityVocabulary french =
        ActivityVocabulary.empty()
            .withActivityVerbs("lancer", "organiser")
            .withResultWords("augmenter", "réduire")
            .withEndStates("est en place")
            .withLeadingWords("nous", "allons");
    ActivityDetector fr = ActivityDetector.of(french);
    assertEquals("lancer", fr.detect("Nous allons lancer la nouvelle application").orElseThrow().phrase());
    assertFalse(fr.isActivity("Augmenter le NPS de 30 à 45"));
    ActivityMatch done = fr.detect("Le nouveau portail est en place").orElseThrow();
    assertEquals(Category.END_STATE, done.category());
    assertFalse(ActivityDetector.of(ActivityVocabulary.empty()).isActivity("Launch the new app"));
  }

  @Test
  void aResultWordAddedTurnsAnOutcomeClauseIntoAResult() {
    String kr = "Run onboarding workshops and uplevel the funnel to 40%";
    assertTrue(ActivityDetector.defaults().isActivity(kr));
    ActivityDetector mine = ActivityDetector.of(ActivityVocabulary.english().withResultWords("uplevel"));
    assertFalse(mine.isActivity(kr));
  }

  @Test
  void eachCategoryHasItsOwnRewriteHint() {
    ActivityMatch task = ActivityDetector.defaults().detect("Launch the new app").orElseThrow();
    ActivityMatch input = ActivityDetector.defaults().detect("Spend $500k on paid search").orElseThrow();
    ActivityMatch output =
        ActivityDetector.defaults().detect("Grow the number of webinars from 4 to 12").orElseThrow();
    ActivityMatch done =
        ActivityDetector.defaults().detect("Single sign-on is in place for every customer").orElseThrow();
    assertEquals(Category.TASK_VERB, task.category());
    assertEquals(Category.INPUT_SPENT, input.category());
    assertEquals(Category.COUNTED_OUTPUT, output.category());
    assertEquals(Category.END_STATE, done.category());
    assertEquals(4, java.util.Set.of(task.rewriteHint(), input.rewriteHint(), output.rewriteHint(),
        done.rewriteHint()).size());
  }

  @Test
  void blankOrMultiWordVerbsAreRefusedNamingTheWord() {
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> ActivityVocabulary.english().withActivityVerbs(" "));
    assertTrue(String.valueOf(blank.getMessage()).startsWith("activity verb: must not be blank"), blank.getMessage());
    IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
        () -> ActivityVocabulary.english().withActivityVerbs("roll out"));
    assertTrue(String.valueOf(two.getMessage()).contains("'roll out'"), two.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ActivityVocabulary.english().withActivityPhrases("launch"));
  }

  @Test
  void aLambdaIsADetector() {
    ActivityDetector spikes = text -> text.toString().startsWith("Spike:")
        ? Optional.of(new ActivityMatch("Spike:", 0, 6, Category.TASK_VERB, "Measure it."))
        : ActivityDetector.defaults().detect(text);
    assertTrue(spikes.isActivity("Spike: payments"));
    assertTrue(spikes.isActivity("Launch the app"));
  }

  @Test
  void neverThrowsOnOddText() {
    for (String s : new String[] {"", " ", "\ud800", "1,000,0000", "KR1:", "number of", "spend"}) {
      ActivityDetector.defaults().detect(s);
    }
  }
}
