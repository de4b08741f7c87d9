package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The rule categories of issue 14's seventh pass, on phrasings of an open-source foundation's,
 * its community teams' and a research data team's published key results, as templates with known
 * answers: the year of a named report, "from N people" with no change, "3m page views", "X#"
 * placeholders, who takes the next step with a deliverable, scopes inside a passive deliverable,
 * a time bound on every item of the work, and nouns of making something that open a key result.
 */
class OpenOrganisationPhrasingProperties {

  private static void same(long expected, Optional<BigDecimal> actual, String s) {
    assertTrue(actual.isPresent() && actual.get().compareTo(BigDecimal.valueOf(expected)) == 0,
        s + ": expected " + expected + ", got " + actual);
  }

  // ------------------------------------------------------------------ which number is the count

  @Property(tries = 100)
  void theYearOfANamedReportIsNeverTheTarget(
      @ForAll @IntRange(min = 2000, max = 2035) int year, @ForAll @IntRange(min = 2, max = 900) int n,
      @ForAll("namedReports") String name) {
    String s = year + " " + name + " contains contributions from " + n + " partners";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    same(n, r.target(), s + " " + r);
    assertTrue(r.baseline().isEmpty(), s + " " + r);
  }

  @Provide
  Arbitrary<String> namedReports() {
    return Arbitraries.of("Internet Health Report", "Annual Report", "State Of The Community",
        "Impact Review");
  }

  @Property(tries = 100)
  void fromACountOfPeopleWithNoChangeIsTheCountNotABaseline(
      @ForAll @IntRange(min = 2, max = 500) int n, @ForAll("fromTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    same(n, r.target(), s + " " + r);
    assertTrue(r.baseline().isEmpty(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
    // mutation: a year added at the end never moves the count
    KeyResultReading later = KeyResultParser.parse(s + " in 2025");
    assertEquals(r.target(), later.target(), s + " in 2025 " + later);
  }

  @Provide
  Arbitrary<String> fromTemplates() {
    return Arbitraries.of("Get feedback on the prototype from {n} users on each platform",
        "Collect interviews from {n} maintainers", "Gather feedback from {n} customers");
  }

  @Property(tries = 100)
  void aFromToStillReadsTheBaseline(@ForAll @IntRange(min = 2, max = 400) int n) {
    // the counterpart of the rule above: with "to" after it, "from N" stays the baseline
    String s = "Grow feedback from " + n + " users to " + (n * 2) + " users";
    KeyResultReading r = KeyResultParser.parse(s);
    same(n, r.baseline(), s + " " + r);
    same(n * 2L, r.target(), s + " " + r);
  }

  @Property(tries = 100)
  void aLowerCaseMBeforeACountedNounIsAMillion(
      @ForAll @IntRange(min = 1, max = 99) int n, @ForAll("countedNouns") String noun) {
    String s = n + "m " + noun + " to content on our channels";
    KeyResultReading r = KeyResultParser.parse(s);
    same(n * 1_000_000L, r.target(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> countedNouns() {
    return Arbitraries.of("page views", "downloads", "visits", "impressions");
  }

  @Property(tries = 50)
  void aMinuteWrittenMStaysAMinute(@ForAll @IntRange(min = 2, max = 59) int n) {
    String s = "Reduce build time to " + n + "m";
    KeyResultReading r = KeyResultParser.parse(s);
    same(n, r.target(), s + " " + r);
  }

  @Property(tries = 50)
  void aPlaceholderWithANumberSignKeepsAMetricWithNoValue(@ForAll("placeholderSigns") String p) {
    String s = p + " of citations of our best practices by builders.";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    assertTrue(r.target().isEmpty(), s + " " + r);
    assertEquals(ReadingConfidence.LOW, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> placeholderSigns() {
    return Arbitraries.of("X#", "N#", "XX#");
  }

  // ------------------------------------------------------------------ numbers inside a deliverable

  @Property(tries = 100)
  void whoTakesTheNextStepWithADeliverableIsNoChange(
      @ForAll @IntRange(min = 2, max = 30) int n, @ForAll("participles") String participle) {
    String s = "A prioritized list of best practices is created and ready to be " + participle
        + " by " + n + " teams";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertTrue(r.relative().isEmpty() && r.target().isEmpty(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> participles() {
    return Arbitraries.of("tested", "piloted", "reviewed", "used", "adopted");
  }

  @Property(tries = 100)
  void aScopeInsideAPassiveDeliverableIsNoCount(
      @ForAll @IntRange(min = 2, max = 40) int n, @ForAll("scopeTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertTrue(r.target().isEmpty(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> scopeTemplates() {
    return Arbitraries.of("Medium-term planning process in {n} communities is developed and tested",
        "Onboarding guide in {n} languages is published", "Review process across {n} teams is"
            + " implemented");
  }

  @Property(tries = 100)
  void aScopeWithAChangeVerbStaysACount(@ForAll @IntRange(min = 2, max = 40) int n) {
    // the counterpart: with a change verb the count after "in" is not set aside by this rule
    String s = "Increase planning processes in " + n + " communities";
    KeyResultReading r = KeyResultParser.parse(s);
    assertNotEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
  }

  @Property(tries = 100)
  void aTimeBoundOnEveryItemOfTheWorkIsAThreshold(
      @ForAll @IntRange(min = 2, max = 60) int n, @ForAll("allItemTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s + " " + r);
    assertEquals(Optional.of(Direction.AT_MOST), r.direction(), s + " " + r);
    same(n, r.target(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> allItemTemplates() {
    return Arbitraries.of("Resolve all critical security alerts within {n} days",
        "Triage every incoming bug within {n} hours",
        "Fix all reported regressions within {n} days, and the rest within a month");
  }

  @Property(tries = 50)
  void aNounOfMakingSomethingOpensADeliverable(@ForAll("makingNouns") String noun,
      @ForAll("gerunds") String gerund) {
    String s = noun + " of strategic options for " + gerund + " local advantage to the product";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertFalse(r.direction().isPresent(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> makingNouns() {
    return Arbitraries.of("Articulation", "Documentation", "Establishment", "Analysis");
  }

  @Provide
  Arbitrary<String> gerunds() {
    return Arbitraries.of("bringing", "improving", "increasing", "driving");
  }

  // ------------------------------------------------------------------ activity words

  @Property(tries = 50)
  void countedCollaborationsAndAwardsAreTheTeamsOutput(
      @ForAll @IntRange(min = 2, max = 60) int n, @ForAll("outputs") String output) {
    String s = n + " " + output + " with partners working on concrete projects";
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> outputs() {
    return Arbitraries.of("collaborations", "awards", "fellowships");
  }

  // ------------------------------------------------------------------ means, shares and states

  @Property(tries = 50)
  void theMeansFirstThenAComparativeIsAResultWithoutANumber(@ForAll("means") String means,
      @ForAll("comparatives") String comparative) {
    String s = "By " + means + " the description in all resources " + comparative
        + " could explain the purpose of the program";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    assertEquals(Optional.of(comparative.startsWith("more") ? Direction.INCREASE
        : Direction.DECREASE), r.direction(), s + " " + r);
    assertTrue(r.target().isEmpty(), s + " " + r);
    assertEquals(ReadingConfidence.LOW, r.confidence(), s + " " + r);
    assertFalse(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> means() {
    return Arbitraries.of("updating", "rewriting", "publishing");
  }

  @Provide
  Arbitrary<String> comparatives() {
    return Arbitraries.of("more people", "more members", "fewer newcomers");
  }

  @Property(tries = 50)
  void outputsCountedAfterWithAreTheWork(@ForAll @IntRange(min = 2, max = 12) int n,
      @ForAll("outputs") String output) {
    String s = "External communities are informed about our plans with " + n + " publications";
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Property(tries = 50)
  void aShareOfItemsPutInAStateByOthersIsAResult(@ForAll @IntRange(min = 10, max = 100) int n,
      @ForAll("others") String others) {
    String s = n + "% of the budget requests of new members are filed by " + others;
    assertFalse(ActivityDetector.defaults().isActivity(s), s);
    // the counterpart: the team's own outputs in a state stay the team's work
    String own = n + "% of all new features have been tested for mobile accessibility.";
    assertTrue(ActivityDetector.defaults().isActivity(own), own);
  }

  @Provide
  Arbitrary<String> others() {
    return Arbitraries.of("Resource Track Reps", "regional coaches", "club leads");
  }

  @Property(tries = 50)
  void aKeepVerbBeforeThatAndAShareOfAPopulationIsAShareToReach(
      @ForAll @IntRange(min = 50, max = 99) int n) {
    String s = "Ensure that " + n + " percent of the accounts have realistic SLA targets";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s + " " + r);
    same(n, r.target(), s + " " + r);
  }

  @Property(tries = 30)
  void aMeasureWhosePopulationIsQualifiedByAClauseStatesNoLevel(
      @ForAll("measureHeads") String head, @ForAll("pastWork") String work) {
    String s = head + " of residents who have " + work + " an event in the past year";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(ReadingConfidence.LOW, r.confidence(), s + " " + r);
    assertTrue(r.target().isEmpty() && r.baseline().isEmpty(), s + " " + r);
  }

  @Provide
  Arbitrary<String> measureHeads() {
    return Arbitraries.of("Percent", "Number", "Share");
  }

  @Provide
  Arbitrary<String> pastWork() {
    return Arbitraries.of("attended", "organised", "hosted");
  }

  @Property(tries = 30)
  void askingForFeedbackIsADeliverableNotAGain(@ForAll("feedbackVerbs") String verb) {
    String s = verb + " feedback on onboarding from every member who joined after the new guide";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertFalse(r.direction().isPresent(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> feedbackVerbs() {
    return Arbitraries.of("Gain", "Get", "Seek", "Obtain");
  }

  // ------------------------------------------------------------------ versions and scopes of deliverables

  @Property(tries = 50)
  void aDottedNumberAfterTheOpeningNameBeforeTheWorkIsAVersion(
      @ForAll @IntRange(min = 1, max = 9) int major, @ForAll @IntRange(min = 10, max = 40) int minor,
      @ForAll("productNames") String name, @ForAll("workNouns") String work) {
    String s = name + " " + major + "." + minor + " " + work + " done";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertTrue(r.target().isEmpty(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> productNames() {
    return Arbitraries.of("Kubernetes", "Postgres", "Gerrit", "Angular");
  }

  @Provide
  Arbitrary<String> workNouns() {
    return Arbitraries.of("upgrade", "migration", "rollout");
  }

  @Property(tries = 100)
  void allNThingsIsADefiniteScopeNotACount(@ForAll @IntRange(min = 2, max = 400) int n,
      @ForAll("scopedDeliverables") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertTrue(r.target().isEmpty(), s + " " + r);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
    // mutation: without "all" the same number is a count again
    KeyResultReading counted = KeyResultParser.parse(s.replace("all " + n, "" + n));
    same(n, counted.target(), s + " without 'all' " + counted);
  }

  @Provide
  Arbitrary<String> scopedDeliverables() {
    return Arbitraries.of("A single dashboard for all {n} teams", "Migrate all {n} legacy forms",
        "Runbooks written for all {n} services");
  }

  @Property(tries = 100)
  void aShareAfterALiveDeliverableIsHowFarItReaches(@ForAll @IntRange(min = 1, max = 100) int n,
      @ForAll("reachStates") String state) {
    String s = "New onboarding flow " + state + " for " + n + "% of new signups";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertTrue(r.target().isEmpty(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> reachStates() {
    return Arbitraries.of("live", "available", "enabled");
  }
}
