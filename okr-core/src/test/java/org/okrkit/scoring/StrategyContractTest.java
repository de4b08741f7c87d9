package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;

/**
 * The contract every key-result scoring strategy must keep, checked by {@link #violations} for
 * the shapes of key result it claims to score: monotone in the value (a band: never more for a
 * value farther out), 0 at the baseline, its anchors exact (target 1, or commit 0.3 / target 0.7
 * / stretch 1 for stepped levels, the four zones 0 / 0.3 / 0.7 / 1), mirrored for decreasing
 * metrics and at-most bounds, and held within the policy's cap and floor. Run over every
 * built-in under several policies, and over deliberately broken user strategies, each of which
 * it must catch and name.
 */
class StrategyContractTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 15);
  private static final String[] PROGRESS = {
    "-1", "-0.25", "0", "0.1", "0.3", "0.5", "0.7", "0.9", "1", "1.1", "1.5", "2", "4"
  };

  /** The shapes of key result a strategy may claim to score. */
  enum Shape {
    METRIC,
    LEVELS,
    THRESHOLD,
    BAND,
    ZONES,
    MILESTONE
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static BigDecimal d(double v) {
    return BigDecimal.valueOf(v);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  /** Everything {@code strategy} breaks of the contract for {@code shapes} under {@code policy}. */
  static List<String> violations(KeyResultScoring strategy, Set<Shape> shapes, ScoringPolicy policy) {
    Checker c = new Checker(strategy, policy);
    for (Shape shape : shapes) {
      switch (shape) {
        case METRIC -> c.metric();
        case LEVELS -> c.levels();
        case THRESHOLD -> c.threshold();
        case BAND -> c.band();
        case ZONES -> c.zones();
        case MILESTONE -> c.milestone();
      }
    }
    return c.violations;
  }

  private static final class Checker {
    final Scorer scorer;
    final ScoringPolicy policy;
    final List<String> violations = new ArrayList<>();

    Checker(KeyResultScoring strategy, ScoringPolicy policy) {
      Scorer s = Scorer.of(policy);
      for (KeyResultKind kind : KeyResultKind.values()) {
        s = s.withScoring(kind, strategy);
      }
      this.scorer = s;
      this.policy = policy;
    }

    /** The score of {@code kr} with one check-in, or null (and a violation) when undefined. */
    @Nullable BigDecimal score(String what, KeyResult kr, CheckIn checkIn) {
      KeyResultScore s = scorer.score(kr.plusCheckIn(checkIn), DAY);
      if (s.score().isEmpty()) {
        violations.add(what + ": undefined (" + s.undefinedReason().orElse("") + ")");
        return null;
      }
      BigDecimal score = s.score().get();
      if (policy.cap().isPresent() && score.compareTo(policy.cap().get()) > 0) {
        violations.add(what + ": " + score + " above the cap " + policy.cap().get());
      }
      if (policy.floor().isPresent() && score.compareTo(policy.floor().get()) < 0) {
        violations.add(what + ": " + score + " below the floor " + policy.floor().get());
      }
      return score;
    }

    /** {@code score} as {@code expected} would be held by the policy's cap and floor. */
    BigDecimal held(BigDecimal expected) {
      BigDecimal s = expected;
      if (policy.cap().isPresent()) {
        s = s.min(policy.cap().get());
      }
      if (policy.floor().isPresent()) {
        s = s.max(policy.floor().get());
      }
      return s;
    }

    void exact(String what, @Nullable BigDecimal score, BigDecimal anchor) {
      if (score != null && score.compareTo(held(anchor)) != 0) {
        violations.add(what + ": the anchor scores " + plain(score) + ", not " + plain(held(anchor)));
      }
    }

    /** Scores along the way for an increasing and the mirrored decreasing key result. */
    void along(String name, KeyResult up, KeyResult down, BigDecimal from, BigDecimal span,
        List<BigDecimal[]> anchors) {
      BigDecimal previous = null;
      for (String p : PROGRESS) {
        BigDecimal step = span.multiply(d(p));
        BigDecimal upScore = score(name + " at progress " + p, up, CheckIn.of(DAY, from.add(step)));
        BigDecimal downScore =
            score(name + " (decreasing) at progress " + p, down, CheckIn.of(DAY, from.negate().subtract(step)));
        if (upScore == null || downScore == null) {
          continue;
        }
        if (previous != null && upScore.compareTo(previous) < 0) {
          violations.add(name + ": not monotone, " + upScore + " at progress " + p + " after " + previous);
        }
        previous = upScore;
        if (upScore.compareTo(downScore) != 0) {
          violations.add(name + ": not mirrored at progress " + p + ": " + upScore + " increasing, "
              + downScore + " decreasing");
        }
        if (p.equals("0")) {
          exact(name + " at the baseline", upScore, BigDecimal.ZERO);
        }
        for (BigDecimal[] a : anchors) {
          if (d(p).compareTo(a[0]) == 0) {
            exact(name + " at progress " + p, upScore, a[1]);
          }
        }
      }
    }

    void metric() {
      // the decreasing metric is the increasing one mirrored through 0: baseline −100, target −200
      along("metric", KeyResult.metric("up", "Grow it", 100, 200),
          KeyResult.metric("down", "Cut it", -100, -200), d(100), d(100),
          List.<BigDecimal[]>of(new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE}));
    }

    void levels() {
      // baseline 120, commit 130, target 150, stretch 180, as progress 0, 1/6, 1/2 and 1 of 60
      KeyResult up = stepped("up", d("120"), d("130"), d("150"), d("180"));
      KeyResult down = stepped("down", d("-120"), d("-130"), d("-150"), d("-180"));
      BigDecimal[][] anchors = {{d("130"), d("0.3")}, {d("150"), d("0.7")}, {d("180"), BigDecimal.ONE}};
      for (BigDecimal[] a : anchors) {
        exact("levels at " + a[0], score("levels at " + a[0], up, CheckIn.of(DAY, a[0])), a[1]);
        exact("levels (decreasing) at " + a[0].negate(),
            score("levels (decreasing) at " + a[0].negate(), down, CheckIn.of(DAY, a[0].negate())), a[1]);
      }
      along("levels", up, down, d("120"), d("60"), List.of());
    }

    private static KeyResult stepped(
        String id, BigDecimal b, BigDecimal commit, BigDecimal t, BigDecimal stretch) {
      return KeyResult.builder().id(id).title("Move it").baseline(Baseline.of(b))
          .target(Target.stepped(t, commit, stretch)).build();
    }

    void threshold() {
      KeyResult atLeast = KeyResult.builder().id("up").title("Keep it up").kind(KeyResultKind.THRESHOLD)
          .baseline(Baseline.of(50)).target(Target.atLeast(100)).build();
      KeyResult atMost = KeyResult.builder().id("down").title("Keep it down").kind(KeyResultKind.THRESHOLD)
          .baseline(Baseline.of(-50)).target(Target.atMost(-100)).build();
      along("threshold", atLeast, atMost, d(50), d(50),
          List.<BigDecimal[]>of(new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE}));
    }

    void band() {
      KeyResult band = KeyResult.builder().id("b").title("Hold it").kind(KeyResultKind.THRESHOLD)
          .target(Target.between(10, 20)).build();
      for (String inside : new String[] {"10", "15", "20"}) {
        exact("band at " + inside, score("band at " + inside, band, CheckIn.of(DAY, d(inside))),
            BigDecimal.ONE);
      }
      BigDecimal previous = null;
      for (String out : new String[] {"0", "1", "5", "10", "40"}) {
        BigDecimal below = score("band " + out + " below", band, CheckIn.of(DAY, d(10).subtract(d(out))));
        BigDecimal above = score("band " + out + " above", band, CheckIn.of(DAY, d(20).add(d(out))));
        if (below == null || above == null) {
          continue;
        }
        if (below.compareTo(above) != 0) {
          violations.add("band: not mirrored " + out + " outside: " + below + " below, " + above + " above");
        }
        if (previous != null && below.compareTo(previous) > 0) {
          violations.add("band: scores more (" + below + ") " + out + " outside than nearer (" + previous + ")");
        }
        previous = below;
      }
    }

    void zones() {
      KeyResult kr = KeyResult.builder().id("z").title("Win it").kind(KeyResultKind.ZONES).build();
      String[] scores = {"0", "0.3", "0.7", "1"};
      List<Zone> order = List.of(Zone.FAIL, Zone.COMMIT, Zone.TARGET, Zone.STRETCH);
      BigDecimal previous = null;
      for (int i = 0; i < order.size(); i++) {
        BigDecimal s = score("zone " + order.get(i), kr, CheckIn.ofZone(DAY, order.get(i)));
        exact("zone " + order.get(i), s, d(scores[i]));
        if (s != null && previous != null && s.compareTo(previous) < 0) {
          violations.add("zones: not monotone, " + order.get(i) + " scores " + s + " below " + previous);
        }
        previous = s == null ? previous : s;
      }
    }

    void milestone() {
      KeyResult kr = KeyResult.milestone("m", "Ship it");
      exact("milestone done", score("milestone done", kr, CheckIn.ofDone(DAY, true)), BigDecimal.ONE);
      exact("milestone not done", score("milestone not done", kr, CheckIn.ofDone(DAY, false)),
          BigDecimal.ZERO);
    }
  }

  static Stream<ScoringPolicy> policies() {
    return Stream.of(
        ScoringPolicy.defaults(),
        ScoringPolicy.defaults().withCap(d("1.2")),
        ScoringPolicy.defaults().withoutCap().withFloor(d("-0.5")),
        ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.PARTIAL),
        ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.HIT_RATIO),
        ScoringPolicy.defaults().withBandCredit(BandCredit.PARTIAL),
        ScoringPolicy.defaults().withCurve(p -> p.signum() <= 0 ? p : p.sqrt(MathContext.DECIMAL64)));
  }

  static Stream<Arguments> builtIns() {
    List<Arguments> out = new ArrayList<>();
    Object[][] strategies = {
      {"standard", KeyResultScoring.standard(), EnumSet.allOf(Shape.class)},
      {"metric", KeyResultScoring.metric(), EnumSet.of(Shape.METRIC)},
      {"stepped", KeyResultScoring.stepped(), EnumSet.of(Shape.METRIC, Shape.LEVELS)},
      {"threshold", KeyResultScoring.threshold(), EnumSet.of(Shape.THRESHOLD)},
      {"band", KeyResultScoring.band(), EnumSet.of(Shape.BAND)},
      {"zones", KeyResultScoring.zones(), EnumSet.of(Shape.ZONES)},
      {"milestone", KeyResultScoring.milestone(), EnumSet.of(Shape.MILESTONE)},
    };
    policies().forEach(p -> {
      for (Object[] s : strategies) {
        out.add(Arguments.of(s[0], s[1], s[2], p));
      }
    });
    return out.stream();
  }

  @ParameterizedTest(name = "{0} under {3}")
  @MethodSource("builtIns")
  void everyBuiltInKeepsTheContract(
      String name, KeyResultScoring strategy, Set<Shape> shapes, ScoringPolicy policy) {
    assertEquals(List.of(), violations(strategy, shapes, policy), name);
  }

  /** A user strategy for metrics scoring {@code f(raw)}, raw the share of the way travelled. */
  private static KeyResultScoring ratio(UnaryOperator<BigDecimal> f, boolean signed) {
    return (kr, asOf, policy) -> {
      CheckIn c = kr.checkIns().get(kr.checkIns().size() - 1);
      BigDecimal current = c.value().orElseThrow();
      BigDecimal b = kr.baseline().orElseThrow().value();
      BigDecimal t = kr.target().orElseThrow().value();
      BigDecimal span = signed ? t.subtract(b) : t.subtract(b).abs();
      BigDecimal raw = current.subtract(b).divide(span, MathContext.DECIMAL64);
      BigDecimal score = f.apply(raw);
      return new Derivation.Ratio(current, b, t, raw, ScoringCurve.linear(), score, Optional.empty(),
          score, Derivation.Source.of(Optional.of(c), asOf));
    };
  }

  private static BigDecimal clamp(BigDecimal s) {
    return s.max(BigDecimal.ZERO).min(BigDecimal.ONE);
  }

  static Stream<Arguments> broken() {
    KeyResultScoring zonesOutOfOrder = (kr, asOf, policy) -> {
      CheckIn c = kr.checkIns().get(0);
      Zone z = c.zone().orElseThrow();
      BigDecimal s = switch (z) {
        case FAIL -> BigDecimal.ZERO;
        case COMMIT -> d("0.7");
        case TARGET -> d("0.3");
        case STRETCH -> BigDecimal.ONE;
      };
      return new Derivation.Zones(Optional.of(z), s, Derivation.Source.of(Optional.of(c), asOf));
    };
    KeyResultScoring bandRewardingDistance = (kr, asOf, policy) -> {
      CheckIn c = kr.checkIns().get(0);
      BigDecimal v = c.value().orElseThrow();
      Target t = kr.target().orElseThrow();
      BigDecimal lo = t.value();
      BigDecimal hi = t.upper().orElseThrow();
      BigDecimal distance = v.compareTo(lo) < 0 ? lo.subtract(v) : v.compareTo(hi) > 0 ? v.subtract(hi) : BigDecimal.ZERO;
      BigDecimal s = distance.signum() == 0 ? BigDecimal.ONE : clamp(distance.divide(d(40), MathContext.DECIMAL64));
      return new Derivation.Band(Optional.of(v), lo, hi, BandCredit.PARTIAL, distance, s,
          Derivation.Source.of(Optional.of(c), asOf));
    };
    KeyResultScoring levelsIgnored = ratio(StrategyContractTest::clamp, true);
    return Stream.of(
        Arguments.of("a curve that dips past half way",
            ratio(r -> clamp(r.compareTo(d("0.5")) > 0 && r.compareTo(BigDecimal.ONE) < 0
                ? r.subtract(d("0.3")) : r), true),
            EnumSet.of(Shape.METRIC), "not monotone"),
        Arguments.of("a head start at the baseline",
            ratio(r -> clamp(d("0.1").add(r.multiply(d("0.9")))), true),
            EnumSet.of(Shape.METRIC), "at the baseline: the anchor scores 0.1, not 0"),
        Arguments.of("the target short of 1",
            ratio(r -> clamp(r.multiply(d("0.9"))), true),
            EnumSet.of(Shape.METRIC), "at progress 1: the anchor scores 0.9, not 1"),
        Arguments.of("no idea that metrics can decrease",
            ratio(StrategyContractTest::clamp, false),
            EnumSet.of(Shape.METRIC), "not mirrored"),
        Arguments.of("no cap on over-achievement",
            ratio(r -> r.max(BigDecimal.ZERO), true),
            EnumSet.of(Shape.METRIC), "undefined (metric key result 'up': the scoring strategy failed"),
        Arguments.of("the stepped levels ignored", levelsIgnored,
            EnumSet.of(Shape.LEVELS), "levels at 130: the anchor scores"),
        Arguments.of("zones out of order", zonesOutOfOrder,
            EnumSet.of(Shape.ZONES), "zones: not monotone, TARGET scores 0.3 below 0.7"),
        Arguments.of("a band that rewards distance", bandRewardingDistance,
            EnumSet.of(Shape.BAND), "band: scores more"));
  }

  @ParameterizedTest(name = "the contract catches {0}")
  @MethodSource("broken")
  void theContractCatchesBrokenUserStrategies(
      String name, KeyResultScoring strategy, Set<Shape> shapes, String expected) {
    List<String> found = violations(strategy, shapes, ScoringPolicy.defaults());
    assertTrue(found.stream().anyMatch(v -> v.contains(expected)), name + ": " + found);
  }
}
