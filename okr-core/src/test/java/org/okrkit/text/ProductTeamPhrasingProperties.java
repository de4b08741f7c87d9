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
 * The rule categories of issue 14's sixth pass, on phrasings of product and engineering teams'
 * key results (a public agency's digital service, a developer-relations team, a reliability
 * vendor's examples), as templates with known answers: numbers that size a group, scope a
 * deliverable or illustrate it never count at HIGH; verbs of a qualifying clause do not set the
 * direction; quantities stated without a number keep their direction; a share of 100% is one to
 * reach; and the activity words for work reported in the perfect tense, moves and the team's own
 * outputs.
 */
class ProductTeamPhrasingProperties {

  private static void same(long expected, Optional<BigDecimal> actual, String s) {
    assertTrue(actual.isPresent() && actual.get().compareTo(BigDecimal.valueOf(expected)) == 0,
        s + ": expected " + expected + ", got " + actual);
  }

  // ------------------------------------------------------------------ numbers that are no count

  @Property(tries = 150)
  void aNumberThatSizesAGroupIsNeverACountAtHighConfidence(
      @ForAll @IntRange(min = 2, max = 40) int n, @ForAll("groupTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
    if (template.contains("with a")) {
      // after "with", the group is what the work is done with: a deliverable, no value
      assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
      assertEquals(Optional.empty(), r.target(), s + " " + r);
    }
  }

  @Provide
  Arbitrary<String> groupTemplates() {
    return Arbitraries.of(
        "The program runs with a test group of {n} members",
        "Pilot the new checkout with a small panel of {n} customers",
        "Recruit a panel of {n} design partners", "Form a working group of {n} engineers");
  }

  @Property(tries = 150)
  void aDefiniteScopeAfterATaskVerbIsNotAValueEvenWithAnAdjective(
      @ForAll @IntRange(min = 2, max = 9) int n, @ForAll("scopeTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
  }

  @Provide
  Arbitrary<String> scopeTemplates() {
    return Arbitraries.of(
        "Create a local meetup in the main {n} cities where our users are",
        "Launch the referral programme in the largest {n} markets",
        "Retire the oldest {n} dashboards",
        "All production systems are monitoring the {n} golden signals");
  }

  @Property(tries = 150)
  void aNumberInAListOfExamplesIsNeverTheValue(
      @ForAll @IntRange(min = 2, max = 9) int n, @ForAll("exampleTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
  }

  @Provide
  Arbitrary<String> exampleTemplates() {
    return Arbitraries.of(
        "All products have a documented vision, including identifying up to {n} KPIs",
        "Publish the contribution guide (e.g., {n} sections on reviews)",
        "Ship the new onboarding flow, such as {n} guided tours");
  }

  @Property(tries = 150)
  void theVerbOfAQualifyingClauseDoesNotMakeABoundAChange(
      @ForAll @IntRange(min = 2, max = 90) int n, @ForAll("qualifiedTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s + " " + r);
    assertEquals(Optional.of(Direction.AT_LEAST), r.direction(), s + " " + r);
    same(n, r.target(), s);
  }

  @Provide
  Arbitrary<String> qualifiedTemplates() {
    return Arbitraries.of(
        "Delivered {n} or more releases that have measurably improved a product's KPIs",
        "Ship at least {n} guides focused on improving delivery practices",
        "More than {n}% of employees report AI has helped them deliver better services");
  }

  @Property(tries = 100)
  void thePeopleACountIsDrawnFromAreNoBaseline(
      @ForAll @IntRange(min = 2, max = 60) int n, @ForAll("drawnTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(Optional.empty(), r.baseline(), s + " " + r);
    same(n, r.target(), s);
  }

  @Provide
  Arbitrary<String> drawnTemplates() {
    return Arbitraries.of(
        "Interviews and baseline synthesis from {n} of our existing implementers",
        "Case studies from {n} of the pilot customers");
  }

  // ------------------------------------------------------------------ direction and kind

  @Property(tries = 100)
  void zeroBeforeACountedNounIsABoundOfNoneWhateverVerbFollows(
      @ForAll("zeroTemplates") String s) {
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s + " " + r);
    assertEquals(Optional.of(Direction.AT_MOST), r.direction(), s + " " + r);
    same(0, r.target(), s);
  }

  @Provide
  Arbitrary<String> zeroTemplates() {
    return Arbitraries.of(
        "Zero failed CI processes related to a release", "Zero app store rejections",
        "0 message reliability reports", "Zero rollbacks caused by a missed migration");
  }

  @Property(tries = 150)
  void aShareOfAllIsOneToReachWhateverTheWordsAroundIt(
      @ForAll("hundredTemplates") String s) {
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s + " " + r);
    same(100, r.target(), s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> hundredTemplates() {
    return Arbitraries.of(
        "100% of transactions are either processed correctly or we have notified the user of an"
            + " error",
        "100% of teams' PMs and designers own mobile tickets on the board",
        "100% of end-user facing systems maintain a ranked list of user pain points",
        "100% of incidents have a postmortem within the sprint");
  }

  @Property(tries = 100)
  void aQuantityStatedWithoutANumberKeepsItsDirectionAndInventsNoValue(
      @ForAll("unstatedTemplates") String template) {
    String s = template.substring(2);
    Direction expected = template.charAt(0) == '+' ? Direction.INCREASE : Direction.DECREASE;
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s + " " + r);
    assertEquals(Optional.of(expected), r.direction(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
    assertEquals(ReadingConfidence.LOW, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> unstatedTemplates() {
    return Arbitraries.of(
        "+ Our platforms power twice as many interactions compared to last year",
        "- Half as many pages reach the on-call engineer",
        "- All new products have a faster transaction time than those they replaced",
        "+ New releases have a higher adoption than the ones they replaced",
        "+ Deliver a dedicated number of features per development cycle",
        "+ Additional blog posts on Startup, Open Source, & Tech",
        "+ Platform user happiness trends in positive direction",
        "- Support ticket volume trending downward");
  }

  @Property(tries = 50)
  void aMultipleStatedInWordsIsTheRelativeChange(@ForAll("multipleTemplates") String template) {
    String s = template.substring(2);
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(template.charAt(0) == '2' ? "x2" : "x0.5",
        r.relative().map(RelativeChange::toString).orElse("-"), s + " " + r);
  }

  @Provide
  Arbitrary<String> multipleTemplates() {
    return Arbitraries.of(
        "2 Our platforms power twice as many interactions compared to last year",
        "2 The API serves twice as much traffic as in Q1", "h Half as many pages reach on-call");
  }

  @Property(tries = 50)
  void aKeepVerbWithANamedBoundIsAThresholdWithNoTarget(@ForAll("namedBounds") String template) {
    String s = template.substring(2);
    Direction side = template.charAt(0) == '<' ? Direction.AT_MOST : Direction.AT_LEAST;
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s + " " + r);
    assertEquals(Optional.of(side), r.direction(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
    assertEquals(ReadingConfidence.LOW, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> namedBounds() {
    return Arbitraries.of(
        "< Ensure incidents remain below the error budget", "< Keep cloud spend within budget",
        "> Maintain availability above the SLO");
  }

  @Property(tries = 100)
  void cuttingAShareOfSomethingIsARelativeChange(
      @ForAll @IntRange(min = 2, max = 60) int n, @ForAll("cutTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(Optional.of(Direction.DECREASE), r.direction(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
    assertEquals("-" + n + "%", r.relative().map(RelativeChange::toString).orElse("-"),
        s + " " + r);
  }

  @Provide
  Arbitrary<String> cutTemplates() {
    return Arbitraries.of(
        "Reduce {n}% of open-source software mistakes", "Cut {n}% of manual deploy steps");
  }

  @Property(tries = 100)
  void numbersListedBeforeAModifierAreNotValues(
      @ForAll @IntRange(min = 5, max = 30) int a, @ForAll @IntRange(min = 2, max = 30) int pct) {
    String s = "Retention at the " + a + ", " + (2 * a) + ", and " + (3 * a)
        + "-day marks increase by " + pct + "%";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
    assertEquals("+" + pct + "%", r.relative().map(RelativeChange::toString).orElse("-"),
        s + " " + r);
  }

  @Property(tries = 50)
  void aShareAfterForIsNeverReadAtHighConfidence(@ForAll @IntRange(min = 5, max = 95) int n) {
    String s = "Publish error documentation for " + n + "% of the API endpoints";
    KeyResultReading r = KeyResultParser.parse(s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Property(tries = 30)
  void influenceWithNoEndStateIsReadWithLowConfidence(@ForAll("influence") String s) {
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(ReadingConfidence.LOW, r.confidence(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
  }

  @Provide
  Arbitrary<String> influence() {
    return Arbitraries.of("Encourage engineers to document code.",
        "Foster a culture of code review", "Empower teams to own their on-call rotation");
  }

  @Property(tries = 100)
  void yearsOfAPlanAndRangesOfYearsAreNeverValues(
      @ForAll @IntRange(min = 2019, max = 2030) int year, @ForAll("yearTemplates") String template) {
    String s = template.replace("{y}", Integer.toString(year))
        .replace("{z}", Integer.toString(year + 1));
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
    assertEquals(Optional.empty(), r.baseline(), s + " " + r);
  }

  @Provide
  Arbitrary<String> yearTemplates() {
    return Arbitraries.of(
        "Ratify council strategy, goals, OKRs and {y} budget in DAO vote",
        "Pay down outstanding invoices from {y}-{z}", "Publish the {y} roadmap",
        "Points # 1,2 & 3 are discussed and approved by the community");
  }

  @Property(tries = 100)
  void aCadenceRangeIsTheSizeOfThePeriodNotAValue(
      @ForAll @IntRange(min = 2, max = 5) int low, @ForAll("cadenceTasks") String task) {
    String s = task + " every " + low + "-" + (low + 2) + " weeks";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.MILESTONE, r.kind(), s + " " + r);
    assertEquals(Optional.empty(), r.target(), s + " " + r);
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> cadenceTasks() {
    return Arbitraries.of("Send community update newsletters", "Publish a release digest",
        "Host a contributor call");
  }

  // ------------------------------------------------------------------ activities

  @Property(tries = 100)
  void workReportedAfterASubjectIsAnActivity(
      @ForAll @IntRange(min = 2, max = 30) int n, @ForAll("reportedWork") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    assertTrue(ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> reportedWork() {
    return Arbitraries.of(
        "OCTO has delivered at least {n} impactful artifacts or learning activities",
        "The platform team has helped resolve at least {n} engineering issues",
        "Every portfolio identifies {n} or more strategic decisions per quarter",
        "Each squad documents {n} runbooks for its services",
        "Move GitHub Discussions to Discourse", "Moving CI to GitHub Actions",
        "Interviews and baseline synthesis from {n} of our existing implementers",
        "Additional blog posts on Startup, Open Source, & Tech",
        "Expand the getting started section of documentation for beginners",
        "Read at least {n} industry-related books regularly.",
        "Experiment in automating {n} steps of the onboarding process",
        "Regular conversations about hiring and internships with at least {n} orgs",
        "Bi-weekly tweets mentioning we are hiring", "Have {n} PRs merged to our repos",
        "Turn on HTTPS by default for all sites", "Harden the API gateway",
        "Polish the settings page", "Ratify the {n} proposals in a DAO vote");
  }

  @Property(tries = 100)
  void resultsAfterTheSameShapesAreNoActivity(
      @ForAll @IntRange(min = 2, max = 30) int n, @ForAll("reportedResults") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    assertTrue(!ActivityDetector.defaults().isActivity(s), s);
  }

  @Provide
  Arbitrary<String> reportedResults() {
    return Arbitraries.of(
        "Move the needle on retention by {n}%", "Move {n}% of users to annual plans",
        "Each user completes onboarding in under {n} minutes",
        "Our platforms power twice as many interactions compared to last year",
        "All new products have a faster transaction time than those they replaced",
        "Ensure incidents remain below the error budget",
        "Platform user happiness trends in positive direction",
        "Weekly active users grow {n}%", "Monthly visitors reach {n}k",
        "Finish & share the video: >{n} RT & 25k views", "@lunarpunksquad >{n}k followers",
        "100% of new devs are \"up and running\" by the end of first sprint",
        "{n}% of participants are up and running within a week");
  }
}
