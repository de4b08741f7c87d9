package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.KeyResultKind;

/**
 * How key results read when they are phrased as public plans and programmes phrase them (issue
 * 14, fifth pass): numbered periods after the work ("(Year 2, 3)", "by Phase 4"), conditions
 * ("once attendance reaches 20"), qualifying clauses after a deliverable ("…, forecasting at
 * least 10 years"), subjects before a modal ("The Library will partner …"), passives of task
 * verbs ("… will be renovated"), outputs grown by a change verb, from → to in parentheses after a
 * relative change, and task verbs the lexicon did not know. Sentences are invented templates.
 */
class PlanPhrasingProperties {

  private static void same(long expected, Optional<BigDecimal> actual, String s) {
    assertTrue(actual.isPresent() && actual.get().compareTo(BigDecimal.valueOf(expected)) == 0,
        s + ": expected " + expected + ", got " + actual);
  }

  @Provide
  Arbitrary<String> deliverables() {
    return Arbitraries.of(
        "Build a new branch library in the east district", "The library will build a pavilion",
        "Renovate the reading room", "Publish the accessibility statement",
        "A small parking lot will be constructed behind the library",
        "Replace the bookmobile", "The council will partner with local schools");
  }

  @Provide
  Arbitrary<String> periodNames() {
    return Arbitraries.of("Year", "Phase", "Stage", "Sprint", "Wave", "Season");
  }

  @Property(tries = 200)
  void aNumberedPeriodAfterADeliverableIsNeverItsValue(
      @ForAll("deliverables") String deliverable, @ForAll("periodNames") String period,
      @ForAll @IntRange(min = 1, max = 9) int n, @ForAll @IntRange(min = 0, max = 3) int more) {
    StringBuilder periods = new StringBuilder(period + " " + n);
    for (int k = 1; k <= more; k++) {
      periods.append(", ").append(n + k);
    }
    String s = deliverable + ". (" + periods + ")";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertTrue(r.target().isEmpty() && r.baseline().isEmpty(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Property(tries = 200)
  void aNumberedPeriodNeverChangesTheHeadlineOfAMetric(
      @ForAll @IntRange(min = 2, max = 900) int target, @ForAll("periodNames") String period,
      @ForAll @IntRange(min = 1, max = 9) int n, @ForAll("metricTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(target));
    String withPeriod = s + " (" + period + " " + n + ")";
    KeyResultReading plain = KeyResultParser.parse(s);
    KeyResultReading dated = KeyResultParser.parse(withPeriod);
    assertEquals(plain.kind(), dated.kind(), withPeriod + " " + dated);
    assertEquals(plain.direction(), dated.direction(), withPeriod + " " + dated);
    same(target, dated.target(), withPeriod);
  }

  @Provide
  Arbitrary<String> metricTemplates() {
    return Arbitraries.of(
        "Increase library card holders to {n}", "Reach {n} weekly active users",
        "Grow newsletter subscribers to {n}", "Reduce the wait list to {n} patrons");
  }

  @Property(tries = 200)
  void aNumberInAConditionIsNotWhatTheWorkReaches(
      @ForAll @IntRange(min = 2, max = 500) int n, @ForAll("conditions") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertTrue(r.target().isEmpty(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> conditions() {
    return Arbitraries.of(
        "Add a second session once attendance reaches {n} participants",
        "Open a waiting list when bookings pass {n}",
        "Run the A/B test until the variation receives {n} conversions",
        "Hire a second moderator if the forum grows past {n} members");
  }

  @Property(tries = 100)
  void aQualifyingClauseAfterADeliverableKeepsItsNumberOut(
      @ForAll @IntRange(min = 2, max = 30) int n, @ForAll("qualifiedDeliverables") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> qualifiedDeliverables() {
    return Arbitraries.of(
        "Establish a long term plan, forecasting at least {n} years",
        "Draft a facilities plan, covering {n} branches",
        "Write a hiring guide, listing {n} interview questions");
  }

  @Property(tries = 100)
  void aFromToInParenthesesAfterARelativeChangeIsTheBaselineAndTarget(
      @ForAll @IntRange(min = 1, max = 6) int tens, @ForAll("percentUps") int up) {
    int from = tens * 10;
    int to = from + from * up / 100;
    String s = up + "% increase in positive ratings of the library service (" + from + "% to "
        + to + "%)";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s + " " + r);
    same(from, r.baseline(), s);
    same(to, r.target(), s);
  }

  @Provide
  Arbitrary<Integer> percentUps() {
    return Arbitraries.of(10, 20, 30, 50);
  }

  @Property(tries = 100)
  void growingTheTeamsOwnOutputsIsACountedOutputNotAMilestone(
      @ForAll("outputs") String output, @ForAll("growVerbs") String verb) {
    String s = verb + " off-site " + output;
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    Optional<ActivityMatch> m = ActivityDetector.defaults().detect(s);
    assertTrue(m.isPresent(), s);
    assertEquals(ActivityMatch.Category.COUNTED_OUTPUT, m.get().category(), s);
  }

  @Provide
  Arbitrary<String> outputs() {
    return Arbitraries.of("programming", "programs", "workshops", "classes", "events");
  }

  @Provide
  Arbitrary<String> growVerbs() {
    return Arbitraries.of("Increase", "Grow", "Expand");
  }

  @Property(tries = 100)
  void aPassiveOfATaskVerbIsAnEndState(
      @ForAll("things") String thing, @ForAll("participles") String participle) {
    String s = "The " + thing + " will be " + participle + " by the end of the year";
    Optional<ActivityMatch> m = ActivityDetector.defaults().detect(s);
    assertTrue(m.isPresent(), s);
    assertEquals(ActivityMatch.Category.END_STATE, m.get().category(), s);
  }

  @Provide
  Arbitrary<String> things() {
    return Arbitraries.of("reading room", "children's garden", "parking lot", "catalogue");
  }

  @Provide
  Arbitrary<String> participles() {
    return Arbitraries.of("renovated", "constructed", "refurbished", "replaced", "relocated",
        "built", "redesigned");
  }

  @Property(tries = 100)
  void anUnknownOpeningWordNeverReadsAtHighConfidence(
      @ForAll @IntRange(min = 2, max = 40) int n, @ForAll("unknownVerbs") String verb) {
    String s = verb + " at least " + n + "% of all collections annually";
    KeyResultReading r = KeyResultParser.parse(s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> unknownVerbs() {
    return Arbitraries.of("Cull", "Winnow", "Deaccession", "Prune");
  }
}
