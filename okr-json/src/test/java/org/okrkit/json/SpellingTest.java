package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  private static final List<String> KNOWN = KeyResultReader.KEY_RESULT_FIELDS;

  @Test
  void typosOfKnownFieldsAreSuggested() {
    assertEquals(List.of("target"), Spelling.suggest("tagret", KNOWN));
    assertEquals(List.of("checkIns"), Spelling.suggest("checkins", KNOWN));
    assertEquals(List.of("checkIns"), Spelling.suggest("check_ins", KNOWN));
    assertEquals(List.of("weight"), Spelling.suggest("wieght", KNOWN));
    assertEquals(List.of("id"), Spelling.suggest("ID", KNOWN));
  }

  @Test
  void unrelatedOrHugeNamesGetNoSuggestion() {
    assertEquals(List.of(), Spelling.suggest("colour", KNOWN));
    assertEquals(List.of(), Spelling.suggest("t".repeat(10_000), KNOWN));
  }

  @Test
  void adjacentSwapCountsAsOneEdit() {
    assertEquals(1, Spelling.distance("ab", "ba"));
    assertEquals(3, Spelling.distance("kitten", "sitting"));
    assertEquals(0, Spelling.distance("", ""));
  }
}
