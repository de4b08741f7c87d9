package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Cycle;

/**
 * Guards user-supplied strategies, so the library's promises hold whatever they do: probes at
 * configuration time (Caffeine checks its weighers the same way) and checks on each call where a
 * broken answer would otherwise spread.
 */
final class Contracts {
  private static final String[] PROGRESS_PROBES = {
    "-2", "-1", "-0.5", "0", "0.1", "0.25", "0.3", "0.5", "0.7", "0.75", "0.9", "1", "1.2", "1.5",
    "2", "5"
  };
  private static final String[] SCORE_PROBES = {
    "-1", "0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1", "1.5", "2"
  };
  private static final Cycle PROBE_CYCLE =
      Cycle.of("probe", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

  private Contracts() {}

  static void checkCurve(ScoringCurve curve) {
    BigDecimal previous = null;
    String previousAt = "";
    for (String p : PROGRESS_PROBES) {
      BigDecimal progress = new BigDecimal(p);
      BigDecimal score = applyCurve(curve, progress);
      if (score == null) {
        throw new StrategyException(
            "scoring curve " + name(curve) + ": returned null for progress " + p
                + "; a curve must return a score");
      }
      if (progress.signum() == 0 && score.signum() != 0) {
        throw new StrategyException(
            "scoring curve " + name(curve) + ": must score 0 at progress 0 (the baseline), was "
                + ScoreMath.format(score));
      }
      if (previous != null && score.compareTo(previous) < 0) {
        throw new StrategyException(
            "scoring curve " + name(curve) + ": must not score less for more progress, scored "
                + ScoreMath.format(previous) + " at progress " + previousAt + " but "
                + ScoreMath.format(score) + " at progress " + p);
      }
      previous = score;
      previousAt = p;
    }
  }

  private static @Nullable BigDecimal applyCurve(ScoringCurve curve, BigDecimal progress) {
    try {
      return curve.apply(progress);
    } catch (StrategyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StrategyException(
          "scoring curve " + name(curve) + ": threw " + e.getClass().getSimpleName()
              + " for progress " + ScoreMath.format(progress) + ": " + e.getMessage());
    }
  }

  static void checkGrades(GradeScale grades) {
    Grade previous = null;
    for (String s : SCORE_PROBES) {
      Grade g = grade(grades, new BigDecimal(s));
      if (previous != null && g.compareTo(previous) > 0) {
        throw new StrategyException(
            "grade scale " + name(grades) + ": must not grade a higher score worse, graded "
                + s + " " + g + " after " + previous);
      }
      previous = g;
    }
  }

  /** The grade of {@code score} on {@code grades}, refusing null and exceptions by name. */
  static Grade grade(GradeScale grades, BigDecimal score) {
    Grade g;
    try {
      g = grades.grade(score);
    } catch (RuntimeException e) {
      throw new StrategyException(
          "grade scale " + name(grades) + ": threw " + e.getClass().getSimpleName()
              + " for score " + ScoreMath.format(score) + ": " + e.getMessage());
    }
    if (g == null) {
      throw new StrategyException(
          "grade scale " + name(grades) + ": returned null for score "
              + ScoreMath.format(score) + "; a scale must return a grade");
    }
    return g;
  }

  static void checkExpected(ExpectedProgress expected) {
    Cycle c = PROBE_CYCLE;
    BigDecimal previous = null;
    for (LocalDate d = c.start().minusDays(1); !d.isAfter(c.end().plusDays(1)); d = d.plusDays(1)) {
      BigDecimal e = expected(expected, c, d);
      if (!d.isAfter(c.start()) && e.signum() != 0) {
        throw new StrategyException(
            "expected-progress curve " + name(expected) + ": must expect 0 on the cycle's first"
                + " day " + d + ", was " + ScoreMath.format(e));
      }
      if (!d.isBefore(c.end()) && e.compareTo(BigDecimal.ONE) != 0) {
        throw new StrategyException(
            "expected-progress curve " + name(expected) + ": must expect 1 on the cycle's last"
                + " day " + d + ", was " + ScoreMath.format(e));
      }
      if (previous != null && e.compareTo(previous) < 0) {
        throw new StrategyException(
            "expected-progress curve " + name(expected) + ": must not expect less on a later"
                + " day, expected " + ScoreMath.format(e) + " on " + d + " after "
                + ScoreMath.format(previous));
      }
      previous = e;
    }
  }

  /** The progress {@code expected} expects, refusing null, values outside [0, 1] and throws. */
  static BigDecimal expected(ExpectedProgress expected, Cycle cycle, LocalDate asOf) {
    BigDecimal e;
    try {
      e = expected.at(cycle, asOf);
    } catch (RuntimeException x) {
      throw new StrategyException(
          "expected-progress curve " + name(expected) + ": threw " + x.getClass().getSimpleName()
              + " for cycle '" + cycle.id() + "' on " + asOf + ": " + x.getMessage());
    }
    if (e == null) {
      throw new StrategyException(
          "expected-progress curve " + name(expected) + ": returned null for cycle '"
              + cycle.id() + "' on " + asOf + "; expected progress must be within 0..1");
    }
    if (e.signum() < 0 || e.compareTo(BigDecimal.ONE) > 0) {
      throw new StrategyException(
          "expected-progress curve " + name(expected) + ": returned " + ScoreMath.format(e)
              + " for cycle '" + cycle.id() + "' on " + asOf
              + "; expected progress must be within 0..1");
    }
    return e;
  }

  /** A strategy's name for messages: its toString, or its class for lambdas. */
  static String name(Object strategy) {
    String s = String.valueOf(strategy);
    return s.contains("$$Lambda") || s.contains("$Lambda") ? "(a lambda)" : "'" + s + "'";
  }
}
