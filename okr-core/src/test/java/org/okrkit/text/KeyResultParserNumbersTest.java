package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers the reliability review found misread at high confidence (issue 11, item 10) and the
 * thousands-separator run that took quadratic time (item 6). Each failed before the number
 * scanner replaced the tokenizer's regular expression.
 */
class KeyResultParserNumbersTest {

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
        "Reach 1e6 downloads | 1000000",
        "Reach 1e5 weekly active users | 100000",
        "Reach 2.5E3 paying teams | 2500",
        "Reach one and a half million downloads | 1500000",
        "Reach 5 hundred paying customers | 500",
        "Sign two hundred and fifty customers | 250",
        "Reach １２０ paying customers | 120",
        "Reach 1２0 paying customers | 120",
        "Grow ARR to 2.4 mln EUR | 2400000"
      })
  void numbersAreReadAtTheirValue(String sentence, String target) {
    KeyResultReading r = read(sentence);
    assertEquals(dec(target), r.target(), r.toString());
  }

  @Test
  void scientificNotationIsNotAUnit() {
    KeyResultReading r = read("Reach 1e6 downloads");
    assertEquals(Optional.of("downloads"), r.unit(), r.toString());
  }

  @Test
  void aMillionMillionIsReadWithANote() {
    KeyResultReading r = read("Reach a million million page views");
    assertEquals(dec("1000000000000"), r.target(), r.toString());
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reach five five customers",
        "Grow signups from 10 20 to 40",
        "Double NPS from 0",
        "Increase NPS from 1,000,0000 to 5",
        "Reach 1e999 downloads"
      })
  void unclearNumbersAreNeverReadWithHighConfidence(String sentence) {
    KeyResultReading r = read(sentence);
    assertNotEquals(ReadingConfidence.HIGH, r.confidence(), r.toString());
  }

  @Test
  void fiveFiveIsNotTen() {
    KeyResultReading r = read("Reach five five customers");
    assertNotEquals(dec("10"), r.target(), r.toString());
  }

  @Test
  void doublingZeroSaysTheTargetEqualsTheBaseline() {
    KeyResultReading r = read("Double NPS from 0");
    assertEquals(ReadingConfidence.LOW, r.confidence(), r.toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("target equals the baseline")), r.toString());
  }

  @Test
  void aDecimalCommaIsReadAsADecimalWithANote() {
    KeyResultReading r = read("Increase conversion from 2% to 2,5%");
    assertEquals(dec("2.5"), r.target(), r.toString());
    assertEquals(dec("2"), r.baseline(), r.toString());
  }

  @Test
  void thousandsSeparatorsStillRead() {
    assertEquals(dec("48000"), read("Reach 48,000 monthly active users").target());
    assertEquals(dec("1250000"), read("Reach 1 250 000 monthly active users").target());
    assertEquals(dec("1250000.5"), read("Reach 1,250,000.5 litres").target());
  }

  @Test
  void theReviewersCommaRunIsReadInLinearTime() throws IOException {
    String sentence;
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("repro/F-kr-commas.txt"))) {
      sentence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // was ~72 s: the pattern retried the whole run from each of its groups
    KeyResultReading r =
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> read(sentence));
    assertNotEquals(ReadingConfidence.HIGH, r.confidence());
    assertEquals(Optional.empty(), r.baseline(), "a malformed run is not a baseline");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1,000,", "1 000 ", "1.0.", "9", "1e", "five ", "a million ", "$", "-5 ", "from 1 to 2 ",
        "１", "Increase ", "(today 3) ", "2026-01-01 ", "50% ", "to increase "
      })
  void aHundredThousandCharactersOfAnyRepeatedUnitReadInLinearTime(String unit) {
    String sentence = "Increase NPS from " + unit.repeat(100_000 / unit.length());
    // a guard against hangs, not a benchmark: about 0.1 s on a loaded 2-core machine, where the
    // quadratic pattern took minutes
    assertTimeoutPreemptively(Duration.ofSeconds(15), () -> read(sentence));
  }
}
