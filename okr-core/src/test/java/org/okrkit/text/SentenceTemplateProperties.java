package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Sentences generated from templates with known answers (units, multipliers, placeholders,
 * qualifiers, bounds) and mutation properties: adding a qualifier or a year never changes the
 * headline target, swapping from and to flips the direction.
 */
class SentenceTemplateProperties {

  private static final String[] METRICS = {
    "weekly active users", "paying customers", "NPS", "qualified leads", "monthly signups"
  };

  @Provide
  Arbitrary<String> metrics() {
    return Arbitraries.of(METRICS);
  }

  @Provide
  Arbitrary<String> qualifiers() {
    return Arbitraries.of(
        " in 2026", " by the end of Q3", " by 2027", " in the EU", " within 30 days",
        " across the top 3 markets", " for customers aged 18-24", " (v2 pipeline)");
  }

  @Property(tries = 200)
  void fromToWithMultipliersReadsBothEndsScaled(
      @ForAll("metrics") String metric,
      @ForAll @IntRange(min = 1, max = 400) int from,
      @ForAll @IntRange(min = 401, max = 900) int to,
      @ForAll("multipliers") String multiplier) {
    BigDecimal scale = switch (multiplier) {
      case "k" -> BigDecimal.valueOf(1_000);
      case "M" -> BigDecimal.valueOf(1_000_000);
      default -> BigDecimal.ONE;
    };
    String s = "Grow " + metric + " from " + from + multiplier + " to " + to + multiplier;
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s);
    assertEquals(0, BigDecimal.valueOf(from).multiply(scale).compareTo(r.baseline().orElseThrow()), s);
    assertEquals(0, BigDecimal.valueOf(to).multiply(scale).compareTo(r.target().orElseThrow()), s);
  }

  @Provide
  Arbitrary<String> multipliers() {
    return Arbitraries.of("", "k", "M");
  }

  @Property(tries = 200)
  void addingAQualifierOrAYearNeverChangesTheHeadlineTarget(
      @ForAll("metrics") String metric,
      @ForAll @IntRange(min = 5, max = 5000) int target,
      @ForAll("qualifiers") String qualifier) {
    String plain = "Reach " + target + " " + metric;
    Optional<BigDecimal> expected = KeyResultParser.parse(plain).target();
    assertEquals(Optional.of(BigDecimal.valueOf(target)), expected, plain);
    KeyResultReading r = KeyResultParser.parse(plain + qualifier);
    assertEquals(expected, r.target(), plain + qualifier);
  }

  @Property(tries = 200)
  void swappingFromAndToFlipsTheDirection(
      @ForAll("metrics") String metric,
      @ForAll @IntRange(min = 1, max = 500) int a,
      @ForAll @IntRange(min = 501, max = 1000) int b,
      @ForAll("changeVerbs") String verb) {
    KeyResultReading up = KeyResultParser.parse(verb + " " + metric + " from " + a + " to " + b);
    KeyResultReading down = KeyResultParser.parse(verb + " " + metric + " from " + b + " to " + a);
    assertEquals(Optional.of(Direction.INCREASE), up.direction(), up.sentence());
    assertEquals(Optional.of(Direction.DECREASE), down.direction(), down.sentence());
    assertEquals(up.baseline(), down.target());
    assertEquals(up.target(), down.baseline());
  }

  @Provide
  Arbitrary<String> changeVerbs() {
    return Arbitraries.of("Move", "Change", "Take", "Shift");
  }

  @Property(tries = 100)
  void placeholdersKeepKindAndDirectionButGiveNoNumber(
      @ForAll("metrics") String metric, @ForAll("placeholders") String p) {
    String s = "Increase " + metric + " from " + p + " to " + p;
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.METRIC, r.kind(), s);
    assertEquals(Optional.of(Direction.INCREASE), r.direction(), s);
    assertTrue(r.baseline().isEmpty() && r.target().isEmpty(), s + " " + r);
  }

  @Provide
  Arbitrary<String> placeholders() {
    return Arbitraries.of("X", "Y", "TBD", "N", "$X");
  }

  @Property(tries = 200)
  void boundsWithoutAChangeVerbAreThresholdsOnTheirSide(
      @ForAll("metrics") String metric,
      // 1900-2100 after "than" still reads as a year (docs/sentences.md, what still fails)
      @ForAll @IntRange(min = 2, max = 1899) int bound,
      @ForAll("bounds") String comparator) {
    String s = "Have " + comparator + " " + bound + " " + metric;
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), s + " " + r);
    Direction side = comparator.equals("at least") || comparator.equals("over")
        ? Direction.AT_LEAST : Direction.AT_MOST;
    assertEquals(Optional.of(side), r.direction(), s);
    assertEquals(Optional.of(BigDecimal.valueOf(bound)), r.target(), s);
  }

  @Provide
  Arbitrary<String> bounds() {
    return Arbitraries.of("at least", "over", "at most", "no more than");
  }

  @Property(tries = 100)
  void timeUnitsInAFromToAreReadInTheirOwnUnit(
      @ForAll @IntRange(min = 2, max = 9) int hours, @ForAll @IntRange(min = 5, max = 59) int minutes) {
    String s = "Reduce build time from " + hours + " hours to " + minutes + " minutes";
    KeyResultReading r = KeyResultParser.parse(s);
    assertEquals(Optional.of(Direction.DECREASE), r.direction(), s);
    assertEquals(Optional.of(BigDecimal.valueOf(minutes)), r.target(), s);
  }
}
