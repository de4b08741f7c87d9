package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.model.KeyResultKind;

/**
 * Phrasings of real published key results that the first real-text measurement found misread
 * (issue 14), each pinned with an invented sentence of the same kind, never a corpus sentence.
 */
class KeyResultParserRealTextTest {

  private static KeyResultReading read(String s) {
    return KeyResultParser.parse(s);
  }

  private static Optional<BigDecimal> dec(String v) {
    return Optional.of(new BigDecimal(v));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Reduce build time from 3 hours to 45 minutes | 180 | 45 | minutes | HIGH",
        "Cut p95 latency from 2 s to 300 ms | 2000 | 300 | ms | HIGH",
        "Cut review time from 2 days to 4 hours | 48 | 4 | hours | MEDIUM",
        "Shrink the image from 2 GB to 500 MB | 2000 | 500 | MB | MEDIUM",
      })
  void fromToInTwoUnitsConvertsTheBaselineToTheTargetsUnit(
      String sentence, String baseline, String target, String unit, ReadingConfidence confidence) {
    KeyResultReading r = read(sentence);
    assertEquals(KeyResultKind.METRIC, r.kind(), r.toString());
    assertEquals(Optional.of(Direction.DECREASE), r.direction(), r.toString());
    assertEquals(dec(baseline), r.baseline(), r.toString());
    assertEquals(dec(target), r.target(), r.toString());
    assertEquals(Optional.of(unit), r.unit(), r.toString());
    assertEquals(confidence, r.confidence(), r.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Use 10 times less memory per request", "Cut render errors by 10x"})
  void timesLessIsATenthAndADecrease(String sentence) {
    KeyResultReading r = read(sentence);
    assertEquals(Optional.of(Direction.DECREASE), r.direction(), r.toString());
    assertEquals(Optional.of(RelativeChange.factor(new BigDecimal("0.1"))), r.relative(),
        r.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Checkout tests have a 99% success rate | 99",
        "Storage nodes at 95% uptime | 95",
        "We serve 99.95% of valid requests | 99.95",
        "CSAT of 4.5 or better | 4.5",
        "Community sentiment bigger than 11 and a half NPS | 11.5",
        "a 4+ star rating | 4",
        "97% of builds finish in < 10 min | 97",
        "20% of new users publish a page within 3 days | 20",
      })
  void boundsAndServiceLevelsWithoutAChangeVerbAreThresholds(String sentence, String target) {
    KeyResultReading r = read(sentence);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), r.toString());
    assertEquals(Optional.of(Direction.AT_LEAST), r.direction(), r.toString());
    assertEquals(dec(target), r.target(), r.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ship v2.0 of the mobile app",
        "Upgrade the cluster to Kubernetes 1.31",
        "Migrate the 340 legacy forms",
        "Deprecate the 2 legacy APIs",
        "Roll out SSO to all 12 regional offices",
        "Launch the new search to 100% of users",
        "Run a 360 review",
      })
  void numbersThatNameAVersionOrAScopeMakeAMilestoneBelowHighConfidence(String sentence) {
    KeyResultReading r = read(sentence);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), r.toString());
    assertTrue(r.target().isEmpty(), r.toString());
    if (!sentence.startsWith("Ship")) {
      assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
    }
  }

  @Test
  void aBoundOfNoneReadsAtMostZero() {
    KeyResultReading r = read("No hotfixes merged to the release branch after the freeze");
    assertEquals(KeyResultKind.THRESHOLD, r.kind());
    assertEquals(Optional.of(Direction.AT_MOST), r.direction());
    assertEquals(dec("0"), r.target());
  }

  @Test
  void aComparativeWithoutANumberGivesTheDirectionAtLowConfidence() {
    KeyResultReading r = read("Webinars getting more sign-ups each time");
    assertEquals(KeyResultKind.METRIC, r.kind(), r.toString());
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), r.toString());
    assertEquals(ReadingConfidence.LOW, r.confidence(), r.toString());
  }

  @Test
  void aKeepVerbWithNoLevelIsAMilestoneNotAThreshold() {
    KeyResultReading r = read("We keep the API reference updated with every release");
    assertEquals(KeyResultKind.MILESTONE, r.kind(), r.toString());
    assertEquals(ReadingConfidence.MEDIUM, r.confidence(), r.toString());
  }

  @Test
  void aTaskVerbWhoseOutcomeClauseHasOnlyADateIsAMilestone() {
    KeyResultReading r = read("Commission new murals that improve the look of our foyer by May 2027.");
    assertEquals(KeyResultKind.MILESTONE, r.kind(), r.toString());
    assertEquals(ReadingConfidence.MEDIUM, r.confidence(), r.toString());
  }

  @Test
  void anImprovementMadeByADeliverableIsAMilestone() {
    KeyResultReading r =
        read("Improve visitor experience in the reading rooms, with a new signage system launched.");
    assertEquals(KeyResultKind.MILESTONE, r.kind(), r.toString());
  }

  @Test
  void openEndedWorkAndAChangeByADateAreNotCertainDeliverables() {
    assertEquals(ReadingConfidence.LOW, read("Learn Kotlin and Compose").confidence());
    KeyResultReading r = read("With our partners, improve accessibility of the archive by June 2027.");
    assertTrue(r.target().isEmpty());
    assertEquals(ReadingConfidence.LOW, r.confidence(), r.toString());
  }

  @Test
  void theNumberOfALaterClauseIsNotReadAtHighConfidence() {
    KeyResultReading r = read("All vendor roles are filled, and at least one local firm takes part");
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
    assertNotEquals(ReadingConfidence.HIGH, read("Ship the beta. Reach 40% adoption").confidence());
  }

  @Test
  void aVerbInARelativeClauseOrInParenthesesIsNotTheKeyResultsVerb() {
    KeyResultReading r = read("Get 60 answers on the forum (limits apply)");
    assertEquals(KeyResultKind.METRIC, r.kind(), r.toString());
    assertEquals(dec("60"), r.target());
    KeyResultReading who = read("8 pilot customers who retain for 4 weeks");
    assertEquals(KeyResultKind.METRIC, who.kind(), who.toString());
    assertEquals(dec("8"), who.target());
  }

  @Test
  void reachingOutIsNotReachingALevel() {
    KeyResultReading r = read("We reach out and offer a 20% discount to all trial users");
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mac signing",
        "Support for signed release artifacts",
        "Proof of concept for offline sync",
        "The billing service is rewritten",
        "A final build-or-buy decision on the CRM",
      })
  void deliverablesWithoutATaskVerbAreActivitiesOfTheirEndState(String sentence) {
    ActivityMatch m = ActivityDetector.defaults().detect(sentence).orElseThrow();
    assertEquals(ActivityMatch.Category.END_STATE, m.category(), sentence);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Customers love the new onboarding",
        "Become the market leader in our region",
        "Everyone in the company can name their team's key results",
        "Get featured in the app store",
      })
  void resultsWithoutANumberAreNotTakenForDeliverables(String sentence) {
    assertFalse(ActivityDetector.defaults().isActivity(sentence), sentence);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Close 50 open bugs", "Resolve the 30 oldest P1 bugs",
      "Triage all incoming crbugs within a week"})
  void workDoneOnTheTeamsBugsIsACountedOutput(String sentence) {
    ActivityMatch m = ActivityDetector.defaults().detect(sentence).orElseThrow();
    assertEquals(ActivityMatch.Category.COUNTED_OUTPUT, m.category(), sentence);
  }

  @Test
  void reducingABacklogOrErrorsIsStillAResult() {
    assertFalse(ActivityDetector.defaults().isActivity("Reduce the bug backlog from 200 to 50"));
    assertFalse(ActivityDetector.defaults().isActivity("Reduce customer-reported errors by 30%"));
    KeyResultReading r = read("Reduce the bug backlog from 200 to 50");
    assertEquals(KeyResultKind.METRIC, r.kind());
    assertEquals(dec("200"), r.baseline());
  }

  @Test
  void aLeadingLabelIsSkippedBeforeTheTaskVerb() {
    assertEquals("ship", ActivityDetector.defaults().detect("LayoutNG: ship to stable")
        .orElseThrow().phrase());
    assertEquals("implement", ActivityDetector.defaults()
        .detect("Scheduler - implement the new queue").orElseThrow().phrase());
    assertFalse(ActivityDetector.defaults().isActivity("Performance: reduce layout time by 10%"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ship the Gerrit 3.5 release", "Upgrade to JDK 11", "Publish API 2.0 docs"})
  void aVersionAfterANameIsNotAValue(String sentence) {
    KeyResultReading r = read(sentence);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), r.toString());
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @Test
  void baselinesInParenthesesAndAfterTheTarget() {
    assertEquals(dec("9"), read("Grow the community to 30 meetups (started at 9)").baseline());
    KeyResultReading partial = read("Grow active chapters to 20 (currently 10 in Europe, 4 in Asia)");
    assertTrue(partial.baseline().isEmpty(), partial.toString());
    assertEquals(dec("20"), partial.target());
    KeyResultReading source = read("Get 5 design partners from 2 industries");
    assertTrue(source.baseline().isEmpty(), source.toString());
    assertEquals(dec("5"), source.target());
  }

  @Test
  void aMultipleOfAPlanIsARatioAndACutByAFactorDivides() {
    KeyResultReading plan = read("Grow pipeline to 3x target");
    assertEquals(dec("3"), plan.target(), plan.toString());
    assertTrue(plan.relative().isEmpty(), plan.toString());
    KeyResultReading cut = read("Cut hosting costs 3x from $900k");
    assertEquals(Optional.of(Direction.DECREASE), cut.direction());
    assertEquals(dec("300000"), cut.target(), cut.toString());
  }

  @Test
  void aNumberNamingWhatIsCountedIsNotTheTarget() {
    KeyResultReading r = read("Reduce the number of 404 errors by 40%");
    assertTrue(r.target().isEmpty(), r.toString());
    assertTrue(r.baseline().isEmpty(), r.toString());
    assertEquals(Optional.of(RelativeChange.percent(new BigDecimal("-40"))), r.relative());
  }

  @Test
  void objectiveTitlesAreJudgedByTheirWordsAlone() {
    ActivityDetector d = ActivityDetector.defaults();
    assertTrue(d.detect("Make customers love the product").isPresent());
    assertTrue(d.detectTask("Make customers love the product").isEmpty());
    assertEquals("Launch", d.detectTask("Launch the new app").orElseThrow().phrase());
  }
}
