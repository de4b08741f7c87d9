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
 * The miss categories of issue 14 ("what the misses have in common"), each as sentence
 * templates with known answers, and mutation properties over them: bounds stated without a
 * change verb, from → to in two units, number formats and currencies, baselines in parentheses,
 * multipliers and ratios to a plan, headlines among qualifiers, the activity categories, and
 * the confidence a reading may claim.
 */
class RealTextCategoryProperties {

  private static BigDecimal dec(long v) {
    return BigDecimal.valueOf(v);
  }

  private static void same(BigDecimal expected, Optional<BigDecimal> actual, String s) {
    assertTrue(actual.isPresent() && actual.get().compareTo(expected) == 0,
        s + ": expected " + expected + ", got " + actual);
  }

  // ------------------------------------------------------------------ bounds without a verb

  @Property(tries = 200)
  void boundsStatedWithoutAChangeVerbAreThresholds(
      @ForAll @IntRange(min = 2, max = 99) int n, @ForAll("boundTemplates") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    Direction side = template.contains("within") || template.contains("under")
        || template.contains("No customer") ? Direction.AT_MOST : Direction.AT_LEAST;
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s + " " + r);
    assertEquals(Optional.of(side), r.direction(), s + " " + r);
    BigDecimal value = template.contains("{n}k") ? dec(n * 1000L) : dec(n);
    same(value, r.target(), s);
  }

  @Provide
  Arbitrary<String> boundTemplates() {
    return Arbitraries.of(
        "A CSAT of {n} or better", "A minimum ${n}k in new bookings",
        "At least {n} pilots with enterprise customers", "Answer tickets in under {n} minutes",
        "Resolve escalations within {n} working days",
        "No customer waits more than {n} days for a reply", "{n}+ active contributors",
        "Have more than {n} paying customers");
  }

  @Property(tries = 100)
  void aRangeWithNoVerbIsABoundAtItsLeastAmbitiousEnd(
      @ForAll @IntRange(min = 1, max = 8) int low, @ForAll("rangeNouns") String noun) {
    String s = low + "-" + (low + 1) + " " + noun;
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s + " " + r);
    assertEquals(Optional.of(Direction.AT_LEAST), r.direction(), s);
    same(dec(low), r.target(), s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s);
  }

  @Provide
  Arbitrary<String> rangeNouns() {
    return Arbitraries.of("star reviews on average", "in-market experiments", "new design partners");
  }

  // ------------------------------------------------------------------ units and numbers

  @Property(tries = 200)
  void fromToInTwoTimeUnitsIsReadInTheTargetsUnit(
      @ForAll @IntRange(min = 2, max = 9) int hours, @ForAll @IntRange(min = 5, max = 59) int minutes) {
    String s = "Reduce build time from " + hours + " hours to " + minutes + " minutes";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(Optional.of(Direction.DECREASE), r.direction(), s);
    same(dec(hours * 60L), r.baseline(), s);
    same(dec(minutes), r.target(), s);
    assertEquals(Optional.of("minutes"), r.unit(), s);
  }

  @Property(tries = 200)
  void fromToInThousandsAndMillionsIsReadScaled(
      @ForAll @IntRange(min = 100, max = 900) int thousands, @ForAll @IntRange(min = 2, max = 9) int millions) {
    String s = "Grow ARR from $" + thousands + "k to $" + millions + "M";
    KeyResultReading r = KeyResultParser.parse(s);
    same(dec(thousands * 1000L), r.baseline(), s);
    same(dec(millions * 1_000_000L), r.target(), s);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s);
  }

  @Property(tries = 200)
  void currenciesAndScaleWordsOfAnyKindAreRead(
      @ForAll @IntRange(min = 2, max = 99) int n, @ForAll("moneyFormats") String format) {
    String s = "Close " + format.replace("{n}", Integer.toString(n)) + " in new business";
    KeyResultReading r = KeyResultParser.parse(s);
    BigDecimal scale = format.contains("lakh") ? dec(100_000) : dec(1_000_000);
    same(dec(n).multiply(scale), r.target(), s);
    assertTrue(r.unit().isPresent(), s + " has a currency as its unit");
  }

  @Provide
  Arbitrary<String> moneyFormats() {
    return Arbitraries.of("${n} M", "€{n} mln", "£{n}m", "¥{n}M", "₽{n} mln", "₹{n} lakh",
        "{n} million EUR", "${n}M");
  }

  @Property(tries = 200)
  void aDecimalCommaIsReadAndSaidToBeAGuess(
      @ForAll @IntRange(min = 1, max = 8) int whole, @ForAll @IntRange(min = 1, max = 9) int tenth) {
    String s = "Increase conversion from " + whole + "% to " + (whole + 1) + "," + tenth + "%";
    KeyResultReading r = KeyResultParser.parse(s);
    same(new BigDecimal((whole + 1) + "." + tenth), r.target(), s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s);
  }

  @Property(tries = 100)
  void thousandsWrittenWithPointsAreRead(
      @ForAll @IntRange(min = 2, max = 99) int from, @ForAll @IntRange(min = 100, max = 900) int to) {
    String s = "Increase mobile users from " + from + ".000 to " + to + ".000";
    KeyResultReading r = KeyResultParser.parse(s);
    same(dec(from * 1000L), r.baseline(), s);
    same(dec(to * 1000L), r.target(), s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s);
  }

  // ------------------------------------------------------------------ baselines in parentheses

  @Property(tries = 200)
  void aBaselineInParenthesesIsTheBaseline(
      @ForAll @IntRange(min = 2, max = 40) int base, @ForAll @IntRange(min = 41, max = 99) int target,
      @ForAll("parenBaselines") String paren) {
    String s = "Grow paying customers to " + target + " " + paren.replace("{b}", Integer.toString(base));
    KeyResultReading r = KeyResultParser.parse(s);
    same(dec(base), r.baseline(), s);
    same(dec(target), r.target(), s);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s);
  }

  @Provide
  Arbitrary<String> parenBaselines() {
    return Arbitraries.of("(today {b})", "(it was {b} in Q2)", "(currently {b})", "(Q2: {b})",
        "(up from {b} last quarter)");
  }

  // ------------------------------------------------------------------ relative and multipliers

  @Property(tries = 100)
  void timesLessIsAFractionAndADecrease(@ForAll @IntRange(min = 2, max = 10) int n) {
    String s = "Use " + n + " times less memory per request";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(Optional.of(Direction.DECREASE), r.direction(), s + " " + r);
    assertTrue(r.relative().isPresent()
        && r.relative().get().form() == RelativeChange.Form.FACTOR
        && r.relative().get().amount().compareTo(BigDecimal.ONE) < 0, s + " " + r);
  }

  @Property(tries = 100)
  void aRelativeChangeFromAStatedBaselineGivesTheTarget(
      @ForAll @IntRange(min = 1, max = 9) int tens, @ForAll @IntRange(min = 2, max = 9) int days) {
    int pct = tens * 10;
    String s = "Reduce time to first value by " + pct + "% from " + days + " days";
    KeyResultReading r = KeyResultParser.parse(s);
    same(dec(days), r.baseline(), s);
    same(dec(days).multiply(dec(100 - pct)).divide(dec(100)), r.target(), s);
    assertEquals(Optional.of(Direction.DECREASE), r.direction(), s);
  }

  @Property(tries = 50)
  void aMultipleOfAPlanIsARatioNotAChange(
      @ForAll @IntRange(min = 2, max = 5) int n, @ForAll("planWords") String plan) {
    String s = "Grow pipeline to " + n + "x " + plan;
    KeyResultReading r = KeyResultParser.parse(s);
    same(dec(n), r.target(), s);
    assertTrue(r.relative().isEmpty(), s + " " + r);
  }

  @Provide
  Arbitrary<String> planWords() {
    return Arbitraries.of("plan", "target", "quota");
  }

  @Property(tries = 100)
  void aBaselineIsRecordedOnlyWhenStated(
      @ForAll @IntRange(min = 2, max = 50) int by, @ForAll @IntRange(min = 100, max = 900) int to) {
    String s = "Reduce the number of people on benefits by " + by + ",000 to " + to + ",000";
    KeyResultReading r = KeyResultParser.parse(s);
    assertTrue(r.baseline().isEmpty(), s + " " + r);
    same(dec(to * 1000L), r.target(), s);
  }

  // ------------------------------------------------------------------ headline vs qualifier

  @Property(tries = 200)
  void aQualifierAfterTheHeadlineIsNotTheTarget(
      @ForAll @IntRange(min = 2, max = 40) int count, @ForAll("qualifiers") String qualifier) {
    String s = "Onboard " + count + " new partners " + qualifier;
    KeyResultReading r = KeyResultParser.parse(s);
    same(dec(count), r.target(), s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s);
  }

  @Provide
  Arbitrary<String> qualifiers() {
    return Arbitraries.of("with 90%+ uptime", "worth $50k+ each", "with > $50k ARR each",
        "in 3 regions", "by 2027", "across the top 5 markets");
  }

  @Property(tries = 100)
  void aShareMeetingABoundIsAThresholdOnTheShare(
      @ForAll @IntRange(min = 50, max = 99) int share, @ForAll @IntRange(min = 2, max = 30) int minutes) {
    String s = share + "% of builds finish in < " + minutes + " min";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s);
    assertEquals(Optional.of(Direction.AT_LEAST), r.direction(), s);
    same(dec(share), r.target(), s);
  }

  // ------------------------------------------------------------------ deliverables

  @Property(tries = 100)
  void numbersNamingAVersionAScopeOrAnAgeNeverMakeAMetricAtHighConfidence(
      @ForAll @IntRange(min = 2, max = 400) int n, @ForAll("namedNumbers") String template) {
    String s = template.replace("{n}", Integer.toString(n));
    KeyResultReading r = KeyResultParser.parse(s);
    assertTrue(r.kind() == KeyResultKind.MILESTONE || r.confidence() != ReadingConfidence.HIGH,
        s + " " + r);
  }

  @Provide
  Arbitrary<String> namedNumbers() {
    return Arbitraries.of("Ship v{n}.0 of the mobile app", "Migrate the {n} legacy forms",
        "Archive tickets older than {n} days", "Adopt ISO {n}001 across the company",
        "Upgrade all services to Java {n}", "Roll out SSO to all {n} offices");
  }

  // ------------------------------------------------------------------ activities

  @Property(tries = 100)
  void eachActivityCategoryIsCaught(@ForAll("activities") String sentence) {
    Optional<ActivityMatch> m = ActivityDetector.defaults().detect(sentence);
    assertTrue(m.isPresent(), sentence);
  }

  @Provide
  Arbitrary<String> activities() {
    return Arbitraries.of(
        // task verbs outside the first lexicon
        "Crush 50 bugs in the backlog", "Deprecate the v1 REST API",
        "Negotiate the renewal with our largest customer",
        "Undertake a security review of the payments service",
        "Execute the migration plan for the EU region", "Add a maintainer for the Windows port",
        "Make the new editor generally available",
        // deliverable end states
        "The new search is on by default for everyone", "The billing service is rewritten",
        "Mobile app ready for launch", "A final build-or-buy decision on the data warehouse",
        // counted outputs
        "4 talks given by the team", "Grow the number of dashboards from 5 to 30",
        "Improve reliability by shipping 3 runbooks", "12 livestreams",
        // inputs spent
        "At least $1M spent on events", "Each engineer spends 1 day a week on tech debt",
        "Spend at least $500k on ads");
  }

  @Property(tries = 50)
  void aResultAfterAnActivityVerbIsNoActivity(
      @ForAll @IntRange(min = 5, max = 40) int from, @ForAll @IntRange(min = 41, max = 90) int to) {
    String s = "Run experiments to lift activation from " + from + "% to " + to + "%";
    assertTrue(ActivityDetector.defaults().detect(s).isEmpty(), s);
  }

  // ------------------------------------------------------------------ earned confidence

  @Property(tries = 200)
  void aWordThatCanChangeTheNumbersMeaningCapsTheConfidence(
      @ForAll @IntRange(min = 2, max = 900) int n, @ForAll("cappingMutations") String mutation) {
    String plain = "Reach " + n + " paying customers";
    assertEquals(ReadingConfidence.HIGH, KeyResultParser.parse(plain).confidence(), plain);
    String s = mutation.replace("{s}", plain);
    KeyResultReading r = KeyResultParser.parse(s);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), s + " " + r);
  }

  @Provide
  Arbitrary<String> cappingMutations() {
    return Arbitraries.of("{s} per region", "{s} in each market", "{s} or 5 design partners",
        "Do not {s}", "{s} (40 of them in the EU)", "{s} without discounts",
        "{s}, and the team keeps the support queue below the service level agreed with"
            + " the customers in the enterprise plan for every region and every product line");
  }

  @Property(tries = 200)
  void directionFollowsTheNumbersWhateverTheVerb(
      @ForAll @IntRange(min = 1, max = 500) int a, @ForAll @IntRange(min = 501, max = 1000) int b,
      @ForAll("verbs") String verb) {
    KeyResultReading up = KeyResultParser.parse(verb + " weekly active users from " + a + " to " + b);
    KeyResultReading down = KeyResultParser.parse(verb + " weekly active users from " + b + " to " + a);
    assertEquals(Optional.of(Direction.INCREASE), up.direction(), up.sentence());
    assertEquals(Optional.of(Direction.DECREASE), down.direction(), down.sentence());
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("Increase", "Reduce", "Move", "Grow", "Cut");
  }
}
