package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;

/**
 * The contract every scoring curve and key-result strategy must pass (monotone in the value, 0 at
 * the baseline, anchors exact, mirrored for decreasing metrics, bounded by cap and floor), run
 * over every built-in, and the deliberately broken user implementations it must catch.
 */
@SuppressWarnings("NullAway") // the broken implementations return null on purpose
class ScoringContractTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 15);
  private static final String[] PROGRESS = {
    "-3", "-1", "-0.5", "0", "0.1", "0.3", "0.5", "0.7", "0.99", "1", "1.01", "1.5", "3"
  };

  static Stream<Arguments> curves() {
    return Stream.of(
        Arguments.of("linear", ScoringCurve.linear(), BigDecimal.ONE),
        Arguments.of(
            "piecewise 0.7 at the target",
            ScoringCurve.piecewise(
                List.of(
                    ScoringCurve.Point.of(0, 0),
                    ScoringCurve.Point.of(1, 0.7),
                    ScoringCurve.Point.of(1.5, 1))),
            new BigDecimal("0.7")),
        Arguments.of(
            "square root (user, exact)",
            (ScoringCurve) p -> p.signum() <= 0 ? p : p.sqrt(MathContext.DECIMAL64),
            BigDecimal.ONE),
        Arguments.of(
            "square root (user, double)",
            ScoringCurve.ofDouble("sqrt", x -> x <= 0 ? x : Math.sqrt(x)),
            BigDecimal.ONE));
  }

  static Stream<Arguments> policies() {
    return Stream.of(
        Arguments.of(ScoringPolicy.defaults()),
        Arguments.of(ScoringPolicy.defaults().withClamp(false)),
        Arguments.of(ScoringPolicy.defaults().withCap(new BigDecimal("1.2"))),
        Arguments.of(ScoringPolicy.defaults().withFloor(new BigDecimal("-0.5")).withoutCap()));
  }

  static Stream<Arguments> curvesUnderPolicies() {
    return curves()
        .flatMap(
            c ->
                policies()
                    .map(p -> Arguments.of(c.get()[0], c.get()[1], c.get()[2], p.get()[0])));
  }

  private static KeyResultScore at(ScoringPolicy policy, double b, double t, BigDecimal value) {
    KeyResult kr = KeyResult.metric("k", "Move it", b, t).plusCheckIn(CheckIn.of(DAY, value));
    return Scorer.of(policy).score(kr, DAY);
  }

  @ParameterizedTest(name = "{0} under {3}")
  @MethodSource("curvesUnderPolicies")
  void everyCurveKeepsTheContractForIncreasingAndDecreasingMetrics(
      String name, ScoringCurve curve, BigDecimal atTarget, ScoringPolicy base) {
    ScoringPolicy policy = base.withCurve(curve);
    double[][] directions = {{100, 200}, {200, 100}};
    for (double[] bt : directions) {
      BigDecimal b = BigDecimal.valueOf(bt[0]);
      BigDecimal span = BigDecimal.valueOf(bt[1] - bt[0]);
      BigDecimal previous = null;
      for (String p : PROGRESS) {
        BigDecimal value = b.add(span.multiply(new BigDecimal(p)));
        KeyResultScore s = at(policy, bt[0], bt[1], value);
        BigDecimal score = s.score().orElseThrow();
        if (previous != null) {
          assertTrue(score.compareTo(previous) >= 0, name + ": monotone along the way, at " + p);
        }
        previous = score;
        policy.cap().ifPresent(cap -> assertTrue(score.compareTo(cap) <= 0, name + ": cap"));
        policy.floor().ifPresent(f -> assertTrue(score.compareTo(f) >= 0, name + ": floor"));
        assertTrue(s.derivation() instanceof Derivation.Ratio, name);
        if (p.equals("0")) {
          assertEquals(0, score.signum(), name + ": 0 at the baseline");
        }
        if (p.equals("1")) {
          assertEquals(
              0,
              score.compareTo(policy.cap().map(atTarget::min).orElse(atTarget)),
              name + ": the target anchor is exact, was " + score);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("curves")
  void decreasingMetricsMirrorIncreasingOnes(
      String name, ScoringCurve curve, BigDecimal atTarget) {
    ScoringPolicy policy = ScoringPolicy.defaults().withClamp(false).withCurve(curve);
    for (String p : PROGRESS) {
      BigDecimal up = BigDecimal.valueOf(100).add(BigDecimal.valueOf(100).multiply(new BigDecimal(p)));
      BigDecimal down = BigDecimal.valueOf(200).subtract(BigDecimal.valueOf(100).multiply(new BigDecimal(p)));
      assertEquals(
          0,
          at(policy, 100, 200, up).score().orElseThrow()
              .compareTo(at(policy, 200, 100, down).score().orElseThrow()),
          name + " at " + p);
    }
  }

  static Stream<Arguments> brokenCurves() {
    return Stream.of(
        Arguments.of("returns null", (ScoringCurve) p -> null, "returned null"),
        Arguments.of("not 0 at the baseline", (ScoringCurve) p -> p.add(BigDecimal.ONE),
            "must score 0 at progress 0"),
        Arguments.of("decreasing", (ScoringCurve) BigDecimal::negate, "must not score less"),
        Arguments.of(
            "throws",
            (ScoringCurve) p -> {
              throw new ArithmeticException("boom");
            },
            "threw ArithmeticException"),
        Arguments.of("NaN", ScoringCurve.ofDouble("nan", x -> x == 0 ? 0 : Double.NaN),
            "finite"),
        Arguments.of("infinite", ScoringCurve.ofDouble("inf", x -> x / 0.0 * x),
            "finite"));
  }

  @ParameterizedTest(name = "a curve that {0} is refused when configured")
  @MethodSource("brokenCurves")
  void brokenCurvesAreRefusedWhenConfigured(String name, ScoringCurve curve, String message) {
    StrategyException e =
        assertThrows(StrategyException.class, () -> ScoringPolicy.defaults().withCurve(curve));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().startsWith("scoring curve "), e.getMessage());
  }

  static Stream<Arguments> curvesBrokenAtCallTime() {
    return brokenCurves().filter(a -> !a.get()[0].equals("not 0 at the baseline")
        && !a.get()[0].equals("decreasing"));
  }

  @ParameterizedTest(name = "a curve that {0} on a value the probe missed")
  @MethodSource("curvesBrokenAtCallTime")
  void aCurveThatBreaksLaterLeavesTheKeyResultUndefinedWithAReason(
      String name, ScoringCurve broken, String message) {
    // Passes the probe, then breaks on a value the probe did not try.
    ScoringCurve sneaky = p -> p.compareTo(new BigDecimal("0.123")) == 0 ? broken.apply(p) : p;
    ScoringPolicy policy = ScoringPolicy.defaults().withCurve(sneaky);
    KeyResultScore s = at(policy, 0, 1000, new BigDecimal("123"));
    assertEquals(Optional.of(UndefinedReason.STRATEGY_FAILED), s.undefinedCode(), name);
    assertTrue(s.explanation().startsWith("undefined: metric key result 'k': the scoring"
        + " strategy failed: "), s.explanation());
  }

  static Stream<Arguments> brokenStrategies() {
    KeyResultScoring nullStrategy = (kr, asOf, policy) -> null;
    KeyResultScoring throwing =
        (kr, asOf, policy) -> {
          throw new IllegalStateException("no database");
        };
    KeyResultScoring aboveCap =
        (kr, asOf, policy) ->
            new Derivation.Zones(
                Optional.empty(), new BigDecimal("7"),
                Derivation.Source.of(Optional.empty(), asOf));
    return Stream.of(
        Arguments.of("returns null", nullStrategy, "returned null"),
        Arguments.of("throws", throwing, "threw IllegalStateException: no database"),
        Arguments.of("scores above the cap", aboveCap, "scored 7, outside the policy's floor"));
  }

  @ParameterizedTest(name = "a strategy that {0} becomes STRATEGY_FAILED, never a throw")
  @MethodSource("brokenStrategies")
  void brokenStrategiesAreGuarded(String name, KeyResultScoring strategy, String message) {
    Scorer scorer = Scorer.defaults().withScoring(KeyResultKind.METRIC, strategy);
    KeyResult kr = KeyResult.metric("k", "Move it", 0, 10).plusCheckIn(CheckIn.of(DAY, 5));
    KeyResultScore s = scorer.score(kr, DAY);
    assertEquals(Optional.of(UndefinedReason.STRATEGY_FAILED), s.undefinedCode());
    assertTrue(s.undefinedReason().orElseThrow().contains(message), s.undefinedReason().get());
  }

  @ParameterizedTest(name = "a grade scale that {0} is refused")
  @MethodSource("brokenScales")
  void brokenGradeScalesAreRefusedWhenConfigured(String name, GradeScale scale, String message) {
    StrategyException e =
        assertThrows(StrategyException.class, () -> ScoringPolicy.defaults().withGrades(scale));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  static Stream<Arguments> brokenScales() {
    return Stream.of(
        Arguments.of("returns null", (GradeScale) s -> null, "returned null"),
        Arguments.of(
            "grades higher scores worse",
            (GradeScale) s -> s.compareTo(new BigDecimal("0.5")) >= 0 ? Grade.RED : Grade.GREEN,
            "must not grade a higher score worse"),
        Arguments.of(
            "throws",
            (GradeScale) s -> {
              throw new UnsupportedOperationException("later");
            },
            "threw UnsupportedOperationException"));
  }

  @ParameterizedTest(name = "an expected-progress curve that {0} is refused")
  @MethodSource("brokenExpectedProgress")
  void brokenExpectedProgressIsRefusedWhenConfigured(
      String name, ExpectedProgress e, String message) {
    StrategyException x =
        assertThrows(
            StrategyException.class, () -> PacingPolicy.defaults().withExpectedProgress(e));
    assertTrue(x.getMessage().contains(message), x.getMessage());
  }

  static Stream<Arguments> brokenExpectedProgress() {
    return Stream.of(
        Arguments.of("returns null", (ExpectedProgress) (c, d) -> null, "returned null"),
        Arguments.of("exceeds 1", (ExpectedProgress) (c, d) -> new BigDecimal("2"),
            "must be within 0..1"),
        Arguments.of(
            "does not reach 1 at the end",
            (ExpectedProgress) (c, d) -> BigDecimal.ZERO,
            "must expect 1 on the cycle's last day"),
        Arguments.of(
            "goes backwards",
            (ExpectedProgress)
                (c, d) ->
                    d.isAfter(c.start()) && d.isBefore(c.end())
                        ? (d.getDayOfMonth() % 2 == 0 ? new BigDecimal("0.6") : new BigDecimal("0.4"))
                        : ExpectedProgress.linear().at(c, d),
            "must not expect less on a later day"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("policies")
  void builtInGradeScalesAndExpectedProgressPassTheirProbes(ScoringPolicy policy) {
    assertEquals(policy, policy.withGrades(GradeScale.google()));
    assertEquals(
        PacingPolicy.defaults(),
        PacingPolicy.defaults().withExpectedProgress(ExpectedProgress.linear()));
  }
}
