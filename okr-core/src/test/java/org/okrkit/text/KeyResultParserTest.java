package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;

class KeyResultParserTest {

  private static Optional<BigDecimal> dec(String v) {
    return Optional.of(new BigDecimal(v));
  }

  @Test
  void fromToSentenceGivesExactDecimalsAndTheirSpans() {
    KeyResultReading r =
        KeyResultParser.parse("Increase the customer satisfaction score from 4.1 to 4.8");
    assertEquals(KeyResultKind.METRIC, r.kind());
    assertEquals(Optional.of(Direction.INCREASE), r.direction());
    assertEquals(dec("4.1"), r.baseline());
    assertEquals(dec("4.8"), r.target());
    assertEquals(ReadingConfidence.HIGH, r.confidence());
    assertEquals(Optional.of(new Span(46, 49, "4.1")), r.baselineSpan());
    assertEquals(Optional.of(new Span(53, 56, "4.8")), r.targetSpan());
    assertEquals(Optional.of(new Span(0, 8, "Increase")), r.directionSpan());
  }

  @Test
  void unitIsCarriedFromTheBaselineToABareTarget() {
    KeyResultReading r =
        KeyResultParser.parse("Reduce average task turnaround time from five days to three");
    assertEquals(dec("5"), r.baseline());
    assertEquals(dec("3"), r.target());
    assertEquals(Optional.of("days"), r.unit());
    assertEquals(Optional.of(Direction.DECREASE), r.direction());
    assertEquals("days", r.unitSpan().orElseThrow().text());
  }

  @Test
  void relativeChangeWithoutBaselineLeavesTargetUnstatedWithANote() {
    KeyResultReading r = KeyResultParser.parse("Reduce defect rate by 20%");
    assertEquals(Optional.empty(), r.baseline());
    assertEquals(Optional.empty(), r.target());
    assertEquals(Optional.of(RelativeChange.percent(new BigDecimal("-20"))), r.relative());
    assertEquals("-20%", r.relative().orElseThrow().toString());
    assertTrue(r.notes().contains("no baseline stated; the change is relative (-20%)"), r.toString());
  }

  @Test
  void relativeChangeFromAStatedBaselineDerivesTheTarget() {
    KeyResultReading r = KeyResultParser.parse("Increase revenue from $1M by 20%");
    assertEquals(dec("1000000"), r.baseline());
    assertEquals(dec("1200000"), r.target());
    assertEquals(Optional.of("$"), r.unit());
  }

  @Test
  void percentagePointsAddToAPercentage() {
    KeyResultReading r =
        KeyResultParser.parse("Increase conversion rate from 3% by 2 percentage points");
    assertEquals(dec("5"), r.target());
    assertTrue(r.relative().orElseThrow().isPercentagePoints());
  }

  @Test
  void basisPointsAreHundredthsOfAPoint() {
    KeyResultReading r = KeyResultParser.parse("Increase gross margin from 40% by 150 bps");
    assertEquals(dec("41.5"), r.target());
  }

  @Test
  void halveAndDoubleAreFactors() {
    assertEquals(dec("4"), KeyResultParser.parse("Halve the time to first response from 8 hours").target());
    assertEquals(dec("400"), KeyResultParser.parse("Double qualified leads from 200").target());
    assertEquals(
        Optional.of(RelativeChange.factor(new BigDecimal("3"))),
        KeyResultParser.parse("Increase signups 3x").relative());
  }

  @Test
  void numberWordsAndSuffixesAreRead() {
    assertEquals(dec("12"), KeyResultParser.parse("Onboard a dozen new partners").target());
    assertEquals(dec("25"), KeyResultParser.parse("Sign twenty-five new customers").target());
    assertEquals(dec("1500000"), KeyResultParser.parse("Close $1.5 million in new business").target());
    assertEquals(dec("50000"), KeyResultParser.parse("Raise €50k in donations").target());
    assertEquals(dec("2000000000"), KeyResultParser.parse("Reach a valuation of $2B").target());
    assertEquals(dec("10000"), KeyResultParser.parse("Reach 10 000 followers").target());
  }

  @Test
  void negativeNumbersKeepTheirSign() {
    KeyResultReading r = KeyResultParser.parse("Improve operating margin from -12% to -4%");
    assertEquals(dec("-12"), r.baseline());
    assertEquals(dec("-4"), r.target());
    assertEquals(Optional.of(Direction.INCREASE), r.direction());
  }

  @Test
  void thresholdsReadTheirSide() {
    KeyResultReading keep = KeyResultParser.parse("Keep uptime at or above 99.9%");
    assertEquals(KeyResultKind.THRESHOLD, keep.kind());
    assertEquals(Optional.of(Direction.AT_LEAST), keep.direction());
    KeyResultReading cap = KeyResultParser.parse("No more than 2 P1 incidents per quarter");
    assertEquals(KeyResultKind.THRESHOLD, cap.kind());
    assertEquals(Optional.of(Direction.AT_MOST), cap.direction());
    assertEquals(dec("2"), cap.target());
  }

  @Test
  void thresholdWithoutComparatorInfersTheSideAndSaysSo() {
    KeyResultReading r = KeyResultParser.parse("Maintain a 4.5-star average rating on the App Store");
    assertEquals(Optional.of(Direction.AT_LEAST), r.direction());
    assertEquals(ReadingConfidence.MEDIUM, r.confidence());
  }

  @Test
  void rangeTargetTakesItsLeastAmbitiousEndWithMediumConfidence() {
    KeyResultReading r = KeyResultParser.parse("Increase NPS from 32 to 40-45");
    assertEquals(dec("40"), r.target());
    assertEquals(ReadingConfidence.MEDIUM, r.confidence());
  }

  @Test
  void yearsQuartersAndTimeFramesAreNotValues() {
    KeyResultReading r = KeyResultParser.parse("Reach $10M ARR by the end of 2026");
    assertEquals(dec("10000000"), r.target());
    assertEquals(ReadingConfidence.HIGH, r.confidence());
    KeyResultReading q = KeyResultParser.parse("Increase sales by 15% in Q3");
    assertEquals(Optional.of(RelativeChange.percent(new BigDecimal("15"))), q.relative());
  }

  @Test
  void activityWithoutNumberIsAMilestoneWithoutDirection() {
    KeyResultReading r = KeyResultParser.parse("Launch the new mobile app");
    assertEquals(KeyResultKind.MILESTONE, r.kind());
    assertEquals(Optional.empty(), r.direction());
    assertEquals(Optional.empty(), r.target());
  }

  @Test
  void changeVerbWithoutNumberIsAnUnmeasurableMetricWithLowConfidence() {
    KeyResultReading r = KeyResultParser.parse("Improve customer satisfaction");
    assertEquals(KeyResultKind.METRIC, r.kind());
    assertEquals(ReadingConfidence.LOW, r.confidence());
    assertTrue(r.notes().contains("no target stated: not measurable as written"), r.toString());
  }

  @Test
  void aVerbContradictingTheNumbersGivesTheNumbersDirectionAtMediumConfidence() {
    // the conventions: "Increase time-to-first-value from 3 days to under 1 day" is a decrease
    KeyResultReading r = KeyResultParser.parse("Increase churn from 5% to 3%");
    assertEquals(Optional.of(Direction.DECREASE), r.direction());
    assertEquals(ReadingConfidence.MEDIUM, r.confidence());
  }

  @Test
  void approximateNumbersAreNotHighConfidence() {
    KeyResultReading r = KeyResultParser.parse("Grow MRR to about $120k");
    assertEquals(dec("120000"), r.target());
    assertEquals(ReadingConfidence.MEDIUM, r.confidence());
  }

  @Test
  void emptySentenceIsALowConfidenceMilestone() {
    KeyResultReading r = KeyResultParser.parse("   ");
    assertEquals(KeyResultKind.MILESTONE, r.kind());
    assertEquals(ReadingConfidence.LOW, r.confidence());
  }

  @Test
  void readingBecomesAModelKeyResult() {
    KeyResult metric = KeyResultParser.parse("Grow ARR from $1.2M to $2M").toKeyResult("arr");
    assertEquals(Optional.of(Baseline.of(new BigDecimal("1200000"))), metric.baseline());
    assertEquals(Optional.of(Target.of(new BigDecimal("2000000"))), metric.target());
    assertEquals(Optional.of("$"), metric.unit());
    KeyResult threshold = KeyResultParser.parse("Keep churn below 2%").toKeyResult("churn");
    assertEquals(KeyResultKind.THRESHOLD, threshold.kind());
    assertEquals(Optional.of(Target.atMost(new BigDecimal("2"))), threshold.target());
    KeyResult milestone = KeyResultParser.parse("Publish the support handbook").toKeyResult("m");
    assertEquals(KeyResultKind.MILESTONE, milestone.kind());
    assertEquals(Optional.empty(), milestone.target());
  }

  @Test
  void directionNamesAreTheJsonNames() {
    assertEquals("at_least", Direction.AT_LEAST.jsonName());
    assertEquals("high", ReadingConfidence.HIGH.jsonName());
    assertEquals(new BigDecimal("0.3"), ReadingConfidence.LOW.score());
  }
}
