package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;

/**
 * The derivation behind a score adds up: the shares of a weighted mean sum to its result, and
 * redoing the printed formula from the printed numbers gives the printed result.
 */
class DerivationProperties {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 15);
  private static final Pattern MEAN_ITEM = Pattern.compile("(\\d+(?:\\.\\d+)?) × \\(?(-?\\d+\\.\\d+)\\)?");
  private static final Pattern MEAN_TAIL = Pattern.compile("\\) / (\\S+) = (-?\\d+\\.\\d+)");
  private static final Pattern RATIO =
      Pattern.compile("^\\(\\(?(-?[\\d.]+)\\)? − \\(?(-?[\\d.]+)\\)?\\) / \\(\\(?(-?[\\d.]+)\\)? − "
          + "\\(?(-?[\\d.]+)\\)?\\) = (-?\\d+\\.\\d+)");

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> weights() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("0.1"), new BigDecimal("10"))
        .ofScale(1);
  }

  @Provide
  Arbitrary<KeyResult> keyResults() {
    return Combinators.combine(values(), values(), values(), weights(), Arbitraries.integers().between(0, 999))
        .as(
            (b, t, v, w, n) ->
                KeyResult.metric("kr" + n, "Move it", b, t)
                    .withWeight(w)
                    .plusCheckIn(CheckIn.of(DAY, v)));
  }

  @Provide
  Arbitrary<List<KeyResult>> keyResultLists() {
    return keyResults().list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return Arbitraries.of(
        ScoringPolicy.defaults(),
        ScoringPolicy.defaults().withClamp(false),
        ScoringPolicy.defaults().withCap(new BigDecimal("1.5")));
  }

  private static Objective objective(List<KeyResult> krs) {
    List<KeyResult> unique = new ArrayList<>();
    for (int i = 0; i < krs.size(); i++) {
      unique.add(KeyResult.builder().from(krs.get(i)).id("kr-" + i).build());
    }
    return Objective.builder().id("o").title("Do well").cycle("q").keyResults(unique).build();
  }

  @Property
  void theSharesOfAWeightedMeanSumToItsResult(
      @ForAll("keyResultLists") List<KeyResult> krs, @ForAll("policies") ScoringPolicy policy) {
    ObjectiveScore s = Scorer.of(policy).score(objective(krs), DAY);
    Assume.that(s.derivation() instanceof Derivation.WeightedMean);
    Derivation.WeightedMean mean = (Derivation.WeightedMean) s.derivation();
    BigDecimal sum = BigDecimal.ZERO;
    for (Derivation.Contribution c : mean.contributions()) {
      sum = sum.add(c.share());
    }
    // Each share and the mean are quotients rounded to 16 significant digits, so each is off by
    // at most half a unit in its 16th digit: 5e-16 of its own size. The bound is relative to the
    // size of every share, not of the mean: with clamping off, shares of opposite signs can be
    // far larger than the mean they add up to (seen: shares of about 10 summing to
    // -1.47566383794151 against a mean of -1.475663837941465).
    BigDecimal magnitude = mean.score().abs();
    for (Derivation.Contribution c : mean.contributions()) {
      magnitude = magnitude.add(c.share().abs());
    }
    BigDecimal tolerance = magnitude.multiply(new BigDecimal("5e-16"));
    assertTrue(
        sum.subtract(mean.score()).abs().compareTo(tolerance) <= 0,
        "shares " + sum + " vs mean " + mean.score());
    assertEquals(mean.contributions().size() + mean.excluded().size(), krs.size());
  }

  @Property
  void aWeightedMeanRecomputedFromItsPrintedNumbersGivesThePrintedResult(
      @ForAll("keyResultLists") List<KeyResult> krs, @ForAll("policies") ScoringPolicy policy) {
    ObjectiveScore s = Scorer.of(policy).score(objective(krs), DAY);
    Assume.that(s.isDefined());
    String text = s.explanation();
    int semicolon = text.indexOf(';');
    String formula = semicolon < 0 ? text : text.substring(0, semicolon);
    Matcher items = MEAN_ITEM.matcher(formula);
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    while (items.find()) {
      BigDecimal w = new BigDecimal(items.group(1));
      weighted = weighted.add(w.multiply(new BigDecimal(items.group(2))));
      weights = weights.add(w);
    }
    Matcher tail = MEAN_TAIL.matcher(formula);
    assertTrue(tail.find(), text);
    assertEquals(0, new BigDecimal(tail.group(1)).compareTo(weights), text);
    BigDecimal printed = new BigDecimal(tail.group(2));
    BigDecimal again =
        ScoreMath.divide(weighted, weights).setScale(printed.scale(), RoundingMode.HALF_EVEN);
    assertEquals(printed, again, text);
  }

  @Property
  void aRatioRecomputedFromItsPrintedNumbersGivesThePrintedResult(
      @ForAll("keyResults") KeyResult kr, @ForAll("policies") ScoringPolicy policy) {
    KeyResultScore s = Scorer.of(policy).score(kr, DAY);
    Assume.that(s.derivation() instanceof Derivation.Ratio);
    String text = s.explanation();
    Matcher m = RATIO.matcher(text);
    assertTrue(m.find(), text);
    BigDecimal c = new BigDecimal(m.group(1));
    BigDecimal b = new BigDecimal(m.group(2));
    BigDecimal t = new BigDecimal(m.group(3));
    assertEquals(0, b.compareTo(new BigDecimal(m.group(4))), text);
    BigDecimal printed = new BigDecimal(m.group(5));
    BigDecimal again =
        ScoreMath.divide(c.subtract(b), t.subtract(b)).setScale(printed.scale(), RoundingMode.HALF_EVEN);
    assertEquals(printed, again, text);
    // The printed result agrees with the score's grade.
    assertEquals(
        GradeScale.google().grade(((Derivation.Ratio) s.derivation()).raw()),
        GradeScale.google().grade(printed),
        text);
  }

  @Property
  void printedScoresAgreeWithTheirGrade(@ForAll("scores") BigDecimal score) {
    BigDecimal printed = ScoreRounding.round(score, 2, GradeScale.google());
    assertEquals(GradeScale.google().grade(score), GradeScale.google().grade(printed));
    assertEquals(score.compareTo(BigDecimal.ONE) >= 0, printed.compareTo(BigDecimal.ONE) >= 0);
    assertTrue(printed.scale() >= 2);
  }

  @Provide
  Arbitrary<BigDecimal> scores() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-0.5"), new BigDecimal("1.5"))
        .ofScale(6)
        .edgeCases(e -> e.add(new BigDecimal("0.696")).add(new BigDecimal("0.3995")));
  }
}
