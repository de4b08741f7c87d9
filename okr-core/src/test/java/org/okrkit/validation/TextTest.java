package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void metricInObjectiveFindsMoneyPercentagesAndPlainNumbers() {
    assertEquals(Optional.of("$"), Text.metricIn("Reach $5M in ARR"));
    assertEquals(Optional.of("30%"), Text.metricIn("Grow 30% faster than the market"));
    assertEquals(Optional.of("3"), Text.metricIn("Open 3 new markets"));
    assertEquals(Optional.of("1,000"), Text.metricIn("Win 1,000 hearts"));
  }

  @Test
  void periodNamesAreNotMetrics() {
    assertEquals(Optional.empty(), Text.metricIn("Make 2026 our best year"));
    assertEquals(Optional.empty(), Text.metricIn("Win Q4 and prepare for H1"));
    assertEquals(Optional.empty(), Text.metricIn("Lay the ground for FY27"));
  }

  @Test
  void numberWordsCountAsNumbersInKeyResults() {
    assertTrue(Text.hasNumber("Reduce turnaround from five days to three"));
    assertTrue(Text.hasNumber("Halve the time to first response"));
    assertFalse(Text.hasNumber("Improve customer happiness"));
    assertFalse(Text.hasNumber("Someone ought to do something"));
  }

  @Test
  void sentencesSplitOnFullStopsBeforeCapitalsButNotOnAbbreviations() {
    assertEquals(1, Text.sentences("Win the U.S. market, e.g. with great support."));
    assertEquals(2, Text.sentences("Delight customers. Grow revenue"));
    assertEquals(2, Text.sentences("Delight customers; grow revenue"));
    assertEquals(1, Text.sentences("Be the 1st choice vs. the incumbents"));
  }

  @Test
  void titlesCompareIgnoringCaseAndSpacing() {
    assertTrue(Text.sameTitle(" Increase NPS  from 30 to 45", "increase nps from 30 to 45 "));
    assertFalse(Text.sameTitle("Increase NPS from 30 to 45", "Increase NPS from 30 to 50"));
  }

  @Test
  void purposeClauseMarksAnOutcomeObjective() {
    assertTrue(Text.hasPurposeClause("Build a workflow that empowers every team"));
    assertFalse(Text.hasPurposeClause("Build a new workflow engine"));
  }

  @Test
  void longValuesAreShortenedInMessages() {
    assertEquals("'abc'", Text.quote("abc"));
    assertEquals(82, Text.quote("x".repeat(200)).length());
  }
}
