package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.model.KeyResultKind;

/**
 * Phrasings of public plans and programmes that the fifth real-text batch found misread (issue
 * 14), each pinned with an invented sentence of the same kind, never a corpus sentence.
 */
class KeyResultParserPlanPhrasingTest {

  private static KeyResultReading read(String s) {
    return KeyResultParser.parse(s);
  }

  @Test
  void aProgrammeNameWithANumberIsNotACount() {
    KeyResultReading r = read("Hand out free 500 Books Before School bags to new families");
    assertEquals(KeyResultKind.MILESTONE, r.kind(), r.toString());
    assertTrue(r.target().isEmpty(), r.toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("read as a name")), r.toString());
  }

  @Test
  void aNumberAfterEachIsTheUnitOfARateNotTheHeadline() {
    KeyResultReading r = read("Give a free badge after each 50 books read");
    assertEquals(KeyResultKind.MILESTONE, r.kind(), r.toString());
    assertTrue(r.target().isEmpty(), r.toString());
  }

  @Test
  void aBareNameOfAMeasureIsNeitherAMilestoneNorAnActivity() {
    KeyResultReading r = read("Monthly program attendance.");
    assertEquals(ReadingConfidence.LOW, r.confidence(), r.toString());
    assertTrue(r.target().isEmpty(), r.toString());
    assertFalse(ActivityDetector.defaults().isActivity("Monthly program attendance."));
  }

  @Test
  void aVerbAndANumberInTwoClausesIsNotHigh() {
    KeyResultReading r = read("Launch the reading club, reaching 40 members");
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @Test
  void aChangeNamedOnAMeasureStaysAMetricWhateverTheMeans() {
    KeyResultReading r = read("Improve volunteer engagement by providing more opportunities");
    assertEquals(KeyResultKind.METRIC, r.kind(), r.toString());
    assertFalse(ActivityDetector.defaults().isActivity(
        "Improve volunteer engagement by providing more opportunities"));
  }

  @Test
  void aFromToInParenthesesAfterAChangeGivesTheBaseline() {
    KeyResultReading r = read("20% increase in residents rating parks good (50% to 60%)");
    assertEquals(0, r.baseline().orElseThrow().compareTo(new BigDecimal("50")), r.toString());
    assertEquals(0, r.target().orElseThrow().compareTo(new BigDecimal("60")), r.toString());
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), r.toString());
  }

  @Test
  void aToBAfterOfIsARangeNotAChangeAndNeverHigh() {
    KeyResultReading r = read("Secure a returning class of 1,200 to 1,250 students");
    assertTrue(r.baseline().isEmpty(), r.toString());
    assertEquals(0, r.target().orElseThrow().compareTo(new BigDecimal("1200")), r.toString());
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @Test
  void aBareAToBWithoutFromIsNeverHigh() {
    KeyResultReading r = read("Grow weekly visits 300 to 450");
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @Test
  void stabilizeAtALevelIsAThreshold() {
    KeyResultReading r = read("Stabilize second-year retention at 80%");
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), r.toString());
    assertEquals(Optional.of(Direction.AT_LEAST), r.direction(), r.toString());
  }

  @Test
  void oneOutputPerPeriodIsACountNotASingleDeliverable() {
    KeyResultReading r = read("One newsletter per month.");
    assertEquals(KeyResultKind.METRIC, r.kind(), r.toString());
    assertEquals(0, r.target().orElseThrow().compareTo(BigDecimal.ONE), r.toString());
  }

  @Test
  void workAskedForMoreOfIsAMetricWithoutItsNumber() {
    KeyResultReading r = read("Develop more student clubs.");
    assertEquals(KeyResultKind.METRIC, r.kind(), r.toString());
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), r.toString());
    assertTrue(r.target().isEmpty(), r.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Percent of residents who visited a park in the past year", "Volunteer retention rates",
      "Burglaries per 1,000 households", "Number of active library cards"})
  void aNamedMeasureWithNoLevelIsNeitherAQuantityNorADeliverable(String kr) {
    KeyResultReading r = read(kr);
    assertEquals(ReadingConfidence.LOW, r.confidence(), r.toString());
    assertTrue(r.target().isEmpty() && r.baseline().isEmpty(), r.toString());
    assertFalse(ActivityDetector.defaults().isActivity(kr), kr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sent 40 invitations", "updated the volunteer handbook"})
  void aTaskReportedInThePastTenseIsAnActivity(String kr) {
    assertTrue(ActivityDetector.defaults().isActivity(kr), kr);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Make our releases boringly reliable", "Have our events feel welcoming"})
  void anObjectiveMakingTheTeamsOutputsBetterIsNoTask(String objective) {
    assertTrue(ActivityDetector.defaults().detectTask(objective).isEmpty(), objective);
  }

  @Test
  void aPastParticipleUsedAsAnAdjectiveIsNoTask() {
    assertFalse(ActivityDetector.defaults().isActivity(
        "certified trainers get booked more often than last year"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The museum will partner with two universities on the exhibition",
      "A volunteer coordinator will join the team in spring",
      "The children's garden will be refurbished",
      "Weed outdated titles from the reference collection",
      "Provide free reading kits to every daycare",
      "Generate a list of partner schools",
      "Increase off-site programming for seniors",
      "Add a second session once sign-ups reach 30 families",
  })
  void planPhrasingsOfWorkAreActivities(String kr) {
    assertTrue(ActivityDetector.defaults().isActivity(kr), kr);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "There are at least 300 active members, where active is defined as posting weekly",
      "Increase library visits among teens by 10%",
      "Grow newsletter subscribers to 5000",
      "The city will reach 80% satisfaction with parks",
  })
  void resultsPhrasedLikePlansAreNotActivities(String kr) {
    assertFalse(ActivityDetector.defaults().isActivity(kr), kr);
  }
}
