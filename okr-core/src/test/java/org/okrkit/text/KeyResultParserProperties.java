package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.model.KeyResultKind;

/** Sentences generated from templates with known answers read back to exactly those answers. */
class KeyResultParserProperties {

  private static final List<String> METRICS =
      List.of(
          "customer satisfaction", "weekly active users", "the NPS", "gross margin",
          "trial conversions", "qualified leads", "monthly recurring revenue",
          "the activation rate", "average order value", "employee engagement");
  private static final List<String> NOUNS =
      List.of("customers", "users", "downloads", "leads", "partners", "subscribers", "reviews");


  /** A value and one way of writing it, with the unit the parser should report. */
  record Written(BigDecimal value, String text, String unit) {}

  @Provide
  Arbitrary<Written> written() {
    Arbitrary<Integer> small = Arbitraries.integers().between(1, 20);
    Arbitrary<Integer> big = Arbitraries.integers().between(1, 999);
    Arbitrary<Integer> cents = Arbitraries.integers().between(0, 99);
    return Arbitraries.oneOf(
        // plain integers and decimals
        Arbitraries.integers().between(0, 999).map(i -> w(i, Integer.toString(i), "")),
        Combinators.combine(big, cents)
            .as((i, c) -> w(new BigDecimal(i + "." + String.format(Locale.ROOT, "%02d", c)),
                i + "." + String.format(Locale.ROOT, "%02d", c), "")),
        // thousands separators: 12,000 and 12 000
        Combinators.combine(big, Arbitraries.integers().between(0, 999))
            .as((a, b) -> w(BigDecimal.valueOf(a * 1000L + b),
                a + "," + String.format(Locale.ROOT, "%03d", b), "")),
        Combinators.combine(big, Arbitraries.integers().between(0, 999))
            .as((a, b) -> w(BigDecimal.valueOf(a * 1000L + b),
                a + " " + String.format(Locale.ROOT, "%03d", b), "")),
        // k and M suffixes, with and without currency
        big.map(i -> w(BigDecimal.valueOf(i * 1000L), i + "k", "")),
        Combinators.combine(Arbitraries.of("$", "€", "£"), big)
            .as((c, i) -> w(BigDecimal.valueOf(i * 1000L), c + i + "k", c)),
        Combinators.combine(Arbitraries.of("$", "€", "£"), small, Arbitraries.integers().between(1, 9))
            .as((c, i, d) -> w(new BigDecimal(i + "." + d).multiply(BigDecimal.valueOf(1_000_000))
                .stripTrailingZeros(), c + i + "." + d + "M", c)),
        Combinators.combine(Arbitraries.of("$", "£"), big)
            .as((c, i) -> w(BigDecimal.valueOf(i), c + i, c)),
        // percentages
        Combinators.combine(Arbitraries.integers().between(1, 99), Arbitraries.integers().between(0, 9))
            .as((i, d) -> w(new BigDecimal(i + "." + d), i + "." + d + "%", "%")),
        Arbitraries.integers().between(1, 100).map(i -> w(BigDecimal.valueOf(i), i + "%", "%")),
        // number words
        small.map(i -> w(BigDecimal.valueOf(i), word(i), "")));
  }

  private static Written w(int value, String text, String unit) {
    return new Written(BigDecimal.valueOf(value), text, unit);
  }

  private static Written w(BigDecimal value, String text, String unit) {
    return new Written(value, text, unit);
  }

  private static String word(int i) {
    return new String[] {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty"
    }[i];
  }

  /** The same kind of number written twice (both percentages, both in the same currency…). */
  @Provide
  Arbitrary<List<Written>> pair() {
    return written()
        .list()
        .ofSize(2)
        .filter(l -> l.get(0).unit().equals(l.get(1).unit()))
        .filter(l -> l.get(0).value().compareTo(l.get(1).value()) != 0)
        .filter(l -> l.get(0).text().contains("k") == l.get(1).text().contains("k"))
        .filter(l -> l.get(0).text().contains("M") == l.get(1).text().contains("M"));
  }

  private static void assertEqual(
      String sentence, BigDecimal expected, java.util.Optional<BigDecimal> actual) {
    assertTrue(actual.isPresent(), sentence + ": expected " + expected + ", was empty");
    assertEquals(0, expected.compareTo(actual.get()), sentence + ": expected " + expected + ", was " + actual.get());
  }

  @Property(tries = 400)
  void fromToSentencesReadBaselineTargetAndDirection(
      @ForAll("pair") List<Written> pair,
      @ForAll("metrics") String metric,
      @ForAll("templates") String template) {
    Written b = pair.get(0);
    Written t = pair.get(1);
    boolean up = t.value().compareTo(b.value()) > 0;
    String verb = up ? "Increase" : "Reduce";
    String sentence =
        template.replace("VERB", verb).replace("METRIC", metric).replace("B", b.text())
            .replace("T", t.text());
    KeyResultReading r = KeyResultParser.parse(sentence);
    assertEquals(KeyResultKind.METRIC, r.kind(), sentence);
    assertEquals(up ? Direction.INCREASE : Direction.DECREASE, r.direction().orElse(null), sentence);
    assertEqual(sentence, b.value(), r.baseline());
    assertEqual(sentence, t.value(), r.target());
    if (!t.unit().isEmpty()) {
      assertEquals(t.unit(), r.unit().orElse(null), sentence);
    }
    assertEquals(ReadingConfidence.HIGH, r.confidence(), sentence + " " + r);
  }

  @Provide
  Arbitrary<String> metrics() {
    return Arbitraries.of(METRICS);
  }

  @Provide
  Arbitrary<String> templates() {
    return Arbitraries.of(
        "VERB METRIC from B to T",
        "VERB METRIC to T from B",
        "VERB METRIC from B → T",
        "METRIC B -> T",
        "VERB METRIC to T, up from B",
        "VERB METRIC from B to T by the end of Q4",
        "VERB METRIC from B to T in 2027");
  }

  @Property(tries = 300)
  void thresholdSentencesReadTheBoundAndItsSide(
      @ForAll("written") Written bound,
      @ForAll("metrics") String metric,
      @ForAll boolean atLeast,
      @ForAll("thresholdTemplates") String template) {
    String[] parts = template.split("\\|", -1);
    String comparator = atLeast ? parts[1] : parts[2];
    String sentence =
        parts[0].replace("METRIC", metric).replace("CMP", comparator)
            .replace("X", bound.text());
    KeyResultReading r = KeyResultParser.parse(sentence);
    assertEquals(KeyResultKind.THRESHOLD, r.kind(), sentence);
    assertEquals(atLeast ? Direction.AT_LEAST : Direction.AT_MOST, r.direction().orElse(null), sentence);
    assertEqual(sentence, bound.value(), r.target());
    assertTrue(r.baseline().isEmpty(), sentence);
  }

  @Provide
  Arbitrary<String> thresholdTemplates() {
    return Arbitraries.of(
        "Keep METRIC CMP X|at or above|at or below",
        "Maintain METRIC CMP X|at least|no more than",
        "Keep METRIC CMP X|above|below",
        "METRIC CMP X|at least|under",
        "Keep METRIC CMP X|no less than|at most");
  }

  @Property(tries = 300)
  void countSentencesReadTheTargetAndTheNoun(
      @ForAll("counts") Written count,
      @ForAll("verbs") String verb,
      @ForAll("nouns") String noun) {
    String sentence = verb + " " + count.text() + " new " + noun;
    KeyResultReading r = KeyResultParser.parse(sentence);
    assertEquals(KeyResultKind.METRIC, r.kind(), sentence);
    assertEquals(Direction.INCREASE, r.direction().orElse(null), sentence);
    assertTrue(r.baseline().isEmpty(), sentence);
    assertEqual(sentence, count.value(), r.target());
    assertEquals(noun, r.unit().orElse(null), sentence);
    assertTrue(r.notes().contains("no baseline stated"), sentence + " " + r);
  }

  @Provide
  Arbitrary<Written> counts() {
    return written().filter(w -> w.unit().isEmpty() && w.value().signum() > 0
        && !w.text().contains(" "));
  }

  @Provide
  Arbitrary<String> verbs() {
    return Arbitraries.of("Achieve", "Sign", "Acquire", "Reach", "Get", "Onboard", "Hire");
  }

  @Provide
  Arbitrary<String> nouns() {
    return Arbitraries.of(NOUNS);
  }

  @Property(tries = 300)
  void relativeChangesFromAStatedBaselineGiveTheExactTarget(
      @ForAll("baselines") Written baseline,
      @ForAll("percents") int percent,
      @ForAll boolean up) {
    String sentence =
        (up ? "Increase" : "Reduce") + " qualified leads from " + baseline.text() + " by "
            + percent + "%";
    KeyResultReading r = KeyResultParser.parse(sentence);
    BigDecimal factor =
        BigDecimal.ONE.add(BigDecimal.valueOf(up ? percent : -percent).movePointLeft(2));
    assertEqual(sentence, baseline.value(), r.baseline());
    assertEqual(sentence, baseline.value().multiply(factor), r.target());
    assertTrue(r.relative().isPresent(), sentence);
    assertEquals(RelativeChange.Form.PERCENT, r.relative().get().form(), sentence);
  }

  @Provide
  Arbitrary<Written> baselines() {
    return written().filter(w -> !w.unit().equals("%") && w.value().signum() > 0);
  }

  @Provide
  Arbitrary<Integer> percents() {
    return Arbitraries.integers().between(1, 90);
  }

  @Property(tries = 300)
  void anyTextIsReadWithoutFailing(@ForAll String text) {
    KeyResultReading r = KeyResultParser.parse(text);
    assertEquals(text, r.sentence());
    if (r.kind() == KeyResultKind.MILESTONE) {
      assertFalse(r.direction().isPresent());
    }
  }

  @Property(tries = 300)
  void sentenceLikeNoiseIsReadWithoutFailing(
      @ForAll("noise") List<String> words) {
    String sentence = String.join(" ", words);
    KeyResultReading r = KeyResultParser.parse(sentence);
    assertFalse(r.notes().contains(null));
  }

  @Provide
  Arbitrary<List<String>> noise() {
    return Arbitraries.of(
            "from", "to", "by", "at", "least", "or", "above", "below", "no", "more", "than",
            "Increase", "Reduce", "Keep", "double", "halve", "$", "€", "%", "5", "-3", "1,000",
            "2.5M", "→", "-", "–", "between", "and", "a", "dozen", "twenty-five", "k", "x",
            "2x", "Q3", "2026", "within", "30", "days", "points", "percentage", "(", ")",
            "currently", "baseline", "0", "0.0", ".5", "10 000", "bps", "+", "—", "½")
        .list()
        .ofMinSize(0)
        .ofMaxSize(12);
  }
}
