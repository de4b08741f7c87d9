package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.model.KeyResult;

/**
 * Sentences from the adversarial review that returned a wrong number with high confidence, or
 * made {@link KeyResultReading#toKeyResult(String)} throw; each was written for the review, not
 * taken from the labelled corpus.
 */
class KeyResultParserReviewTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reduce the average handle time by 90 seconds from 7 minutes",
        "Reduce downtime by 30 minutes from 2 hours per month",
        "Reduce response time by 2 hours from 1 day",
        "Reduce cost by 5 cents from $1.20",
        "Reduce CAC by $5 from 50 euros",
        "Grow revenue by €500k from $2M"
      })
  void relativeAmountInAnotherUnitIsNotAddedToTheBaseline(String sentence) {
    KeyResultReading r = KeyResultParser.parse(sentence);
    assertEquals(Optional.empty(), r.target(), r.toString());
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("nothing derived from it")), r.toString());
  }

  @Test
  void relativeAmountInTheBaselinesUnitStillDerivesTheTarget() {
    KeyResultReading r = KeyResultParser.parse("Reduce unplanned downtime by 50 hours from 200 hours");
    assertEquals(Optional.of(new BigDecimal("150")), r.target());
    assertEquals(ReadingConfidence.HIGH, r.confidence());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reduce infra spend by 30% from $500k to $400k",
        "Increase customers from 100 to 150, a 60% increase",
        "Increase NPS by 10 points from 30 to 45",
        "Double revenue from $1M to $3M",
        "Triple weekly signups from 150 to 500",
        "Halve churn from 6% to 4%",
        "Grow ARR 3x from $2M to $5M"
      })
  void relativeChangeThatContradictsBaselineAndTargetIsLowConfidence(String sentence) {
    KeyResultReading r = KeyResultParser.parse(sentence);
    assertEquals(ReadingConfidence.LOW, r.confidence(), r.toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("contradicts going from")), r.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reduce infra spend by 20% from $500k to $400k",
        "Increase revenue from $1.2M to $1.5M, a 25% increase",
        "Grow signups from 150 to 200, a 33% increase",
        "Triple weekly signups from 150 to 450",
        "Increase gross margin by 3 points from 42% to 45%"
      })
  void relativeChangeThatAgreesWithBaselineAndTargetStaysHigh(String sentence) {
    assertEquals(ReadingConfidence.HIGH, KeyResultParser.parse(sentence).confidence(), sentence);
  }

  @Test
  void fractionAfterByIsNotARelativeAmount() {
    // was: relative -1, target 299999 with high confidence
    KeyResultReading r = KeyResultParser.parse("Reduce support costs by 1/3 from $300k");
    assertEquals(Optional.of(new BigDecimal("300000")), r.baseline());
    assertEquals(Optional.empty(), r.target());
    assertEquals(Optional.empty(), r.relative());
    assertEquals(ReadingConfidence.MEDIUM, r.confidence());
  }

  @Test
  void dateAfterByIsNotARelativeAmount() {
    // was: relative +12 with high confidence
    KeyResultReading r =
        KeyResultParser.parse("Increase monthly revenue from $25,000 to $40,000 by 12/31");
    assertEquals(Optional.of(new BigDecimal("25000")), r.baseline());
    assertEquals(Optional.of(new BigDecimal("40000")), r.target());
    assertEquals(Optional.empty(), r.relative());
    assertEquals(ReadingConfidence.HIGH, r.confidence());
  }

  @Test
  void yearBeforeLevelsIsNotABaseline() {
    // was: baseline 2025, target 1822.5 with high confidence
    KeyResultReading r = KeyResultParser.parse("Reduce costs by 10% from 2025 levels");
    assertEquals(Optional.empty(), r.baseline());
    assertEquals(Optional.empty(), r.target());
    assertEquals(Optional.of(RelativeChange.percent(new BigDecimal("-10"))), r.relative());
  }

  @Test
  void singularAndPluralOfOneUnitAgree() {
    KeyResultReading r =
        KeyResultParser.parse("Reduce onboarding time for new hires from 3 weeks to 1 week");
    assertEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Grow to %s",
        "Grow from 1 to %s",
        "Increase revenue from %s",
        "Halve %s",
        "Double from %s",
        "Keep latency below %sms"
      })
  void numberTooLongForTheModelIsNotReadAndToKeyResultDoesNotThrow(String template) {
    String sentence = String.format(template, "9".repeat(10_001));
    KeyResultReading r = KeyResultParser.parse(sentence);
    assertEquals(ReadingConfidence.LOW, r.confidence(), r.notes().toString());
    KeyResult kr = r.toKeyResult("k-1");
    assertEquals(sentence, kr.title());
    r.baseline().ifPresent(b -> assertTrue(b.precision() <= 10_000));
    r.target().ifPresent(t -> assertTrue(t.precision() <= 10_000));
  }
}
