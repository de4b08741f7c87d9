package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;

/** Invariants of key-result and objective scoring, under every scoring policy where they hold. */
class ScoringProperties {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 15);

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-100000"), new BigDecimal("100000"))
        .ofScale(3);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.of(ThresholdCredit.class))
        .as((clamp, credit) -> ScoringPolicy.defaults().withClamp(clamp).withThresholdCredit(credit));
  }

  private static KeyResult metric(BigDecimal b, BigDecimal t) {
    return KeyResult.metric("kr", "Move it", b, t);
  }

  private static BigDecimal scoreAt(Scorer scorer, BigDecimal b, BigDecimal t, BigDecimal v) {
    return scorer
        .score(metric(b, t).plusCheckIn(CheckIn.of(DAY, v)), DAY)
        .score()
        .orElseThrow();
  }

  @Property
  void scoreAtBaselineIsZeroAndAtTargetIsOne(
      @ForAll("values") BigDecimal b,
      @ForAll("values") BigDecimal t,
      @ForAll("policies") ScoringPolicy policy) {
    Assume.that(b.compareTo(t) != 0);
    Scorer scorer = Scorer.of(policy);
    assertEquals(BigDecimal.ZERO, scoreAt(scorer, b, t, b));
    assertEquals(BigDecimal.ONE, scoreAt(scorer, b, t, t));
  }

  @Property
  void metricScoreIsMonotoneForIncreasingAndAntiMonotoneForDecreasingKeyResults(
      @ForAll("values") BigDecimal b,
      @ForAll("values") BigDecimal t,
      @ForAll("values") BigDecimal v1,
      @ForAll("values") BigDecimal v2,
      @ForAll("policies") ScoringPolicy policy) {
    Assume.that(b.compareTo(t) != 0);
    Scorer scorer = Scorer.of(policy);
    BigDecimal low = v1.min(v2);
    BigDecimal high = v1.max(v2);
    int order = scoreAt(scorer, b, t, low).compareTo(scoreAt(scorer, b, t, high));
    if (t.compareTo(b) > 0) {
      assertTrue(order <= 0, "increasing key result: a higher value never scores lower");
    } else {
      assertTrue(order >= 0, "decreasing key result: a higher value never scores higher");
    }
  }

  @Property
  void clampedScoresLieInZeroOneForEveryKind(
      @ForAll("keyResults") KeyResult kr,
      @ForAll ThresholdCredit credit,
      @ForAll @IntRange(min = -30, max = 30) int asOfOffset) {
    Scorer scorer = Scorer.of(ScoringPolicy.defaults().withThresholdCredit(credit));
    KeyResultScore s = scorer.score(kr, DAY.plusDays(asOfOffset));
    s.score()
        .ifPresent(
            score -> {
              assertTrue(score.signum() >= 0 && score.compareTo(BigDecimal.ONE) <= 0, s::toString);
              assertEquals(
                  s.isClamped(),
                  s.raw().orElseThrow().compareTo(score) != 0,
                  "clamped exactly when the raw score was outside [0, 1]");
            });
    assertEquals(s.isDefined(), s.undefinedReason().isEmpty());
  }

  @Property
  void mirroringAKeyResultKeepsItsScore(
      @ForAll("values") BigDecimal b,
      @ForAll("values") BigDecimal t,
      @ForAll("values") BigDecimal v,
      @ForAll("policies") ScoringPolicy policy) {
    Assume.that(b.compareTo(t) != 0);
    Scorer scorer = Scorer.of(policy);
    assertEquals(scoreAt(scorer, b, t, v), scoreAt(scorer, b.negate(), t.negate(), v.negate()));
  }

  @Property
  void asOfBeforeTheFirstCheckInScoresZero(
      @ForAll("keyResults") KeyResult kr, @ForAll("policies") ScoringPolicy policy) {
    LocalDate first =
        kr.checkIns().stream().map(CheckIn::date).min(LocalDate::compareTo).orElse(DAY);
    KeyResultScore s = Scorer.of(policy).score(kr, first.minusDays(1));
    s.score().ifPresent(score -> assertEquals(BigDecimal.ZERO, score));
    assertTrue(s.checkIn().isEmpty());
  }

  @Property(tries = 300)
  void scalingEveryWeightByKKeepsTheObjectiveScore(
      @ForAll("objectives") Objective o, @ForAll @IntRange(min = 1, max = 1000) int k) {
    BigDecimal factor = BigDecimal.valueOf(k).movePointLeft(1); // 0.1 .. 100
    List<KeyResult> scaled = new ArrayList<>();
    for (KeyResult kr : o.keyResults()) {
      scaled.add(kr.withWeight(kr.weight().multiply(factor)));
    }
    Scorer scorer = Scorer.defaults();
    assertEquals(
        scorer.score(o, DAY).score(), scorer.score(o.withKeyResults(scaled), DAY).score());
  }

  @Property(tries = 300)
  void permutingKeyResultsChangesNoScore(
      @ForAll("objectives") Objective o, @ForAll("policies") ScoringPolicy policy) {
    List<KeyResult> reversed = new ArrayList<>(o.keyResults());
    Collections.reverse(reversed);
    List<KeyResult> rotated = new ArrayList<>(o.keyResults());
    Collections.rotate(rotated, 1);
    Scorer scorer = Scorer.of(policy);
    BigDecimal expected = scorer.score(o, DAY).score().orElse(null);
    assertEquals(expected, scorer.score(o.withKeyResults(reversed), DAY).score().orElse(null));
    assertEquals(expected, scorer.score(o.withKeyResults(rotated), DAY).score().orElse(null));
  }

  @Property(tries = 300)
  void objectiveScoreLiesBetweenItsKeyResultScores(
      @ForAll("objectives") Objective o, @ForAll("policies") ScoringPolicy policy) {
    ObjectiveScore s = Scorer.of(policy).score(o, DAY);
    List<BigDecimal> defined = new ArrayList<>();
    s.keyResultScores().forEach(k -> k.score().ifPresent(defined::add));
    assertEquals(defined.isEmpty(), s.score().isEmpty());
    s.score()
        .ifPresent(
            score -> {
              assertTrue(score.compareTo(defined.stream().reduce(BigDecimal::min).orElseThrow()) >= 0);
              assertTrue(score.compareTo(defined.stream().reduce(BigDecimal::max).orElseThrow()) <= 0);
            });
  }

  @Provide
  Arbitrary<KeyResult> keyResults() {
    Arbitrary<BigDecimal> small =
        Arbitraries.integers().between(-20, 20).map(i -> BigDecimal.valueOf(i, 1));
    Arbitrary<List<CheckIn>> checkIns =
        Combinators.combine(
                Arbitraries.integers().between(-20, 20), small, Arbitraries.of(true, false))
            .as((day, v, done) -> done ? CheckIn.ofDone(DAY.plusDays(day), v.signum() > 0)
                : CheckIn.of(DAY.plusDays(day), v))
            .list()
            .ofMaxSize(5);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 4);
    return Combinators.combine(kind, small, small, checkIns, Arbitraries.integers().between(1, 5))
        .as(
            (k, b, t, cs, w) -> {
              KeyResult.Builder kr =
                  KeyResult.builder().id("kr").title("Key result").weight(BigDecimal.valueOf(w));
              if (k == 0) {
                kr.kind(KeyResultKind.MILESTONE);
              } else if (k == 1) {
                kr.kind(KeyResultKind.THRESHOLD).baseline(Baseline.of(b)).target(Target.atLeast(t));
              } else if (k == 2) {
                kr.kind(KeyResultKind.THRESHOLD).target(Target.atMost(t));
              } else {
                kr.baseline(Baseline.of(b)).target(Target.of(t));
              }
              return kr.addAllCheckIns(cs).build();
            });
  }

  @Provide
  Arbitrary<Objective> objectives() {
    return keyResults()
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            krs -> {
              List<KeyResult> named = new ArrayList<>();
              for (int i = 0; i < krs.size(); i++) {
                named.add(KeyResult.builder().from(krs.get(i)).id("kr" + i).build());
              }
              return Objective.of("o", "Objective", "q", named.toArray(new KeyResult[0]));
            });
  }
}
