package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * How the share of the way travelled becomes a score, for metric key results: {@code progress}
 * is {@code (current − baseline) / (target − baseline)} (0 at the baseline, 1 at the target,
 * negative for regression, above 1 beyond the target, whichever way the metric moves) and the
 * curve says what that is worth. The policy's cap and floor apply afterwards, so a curve need not
 * clamp.
 *
 * <p>The contract every curve keeps: it never returns null; it scores exactly 0 at progress 0;
 * it is monotone (never scores less for more progress). Built-ins: {@link #linear()} (the
 * default: the score is the progress) and {@link #piecewise(List)} (straight lines through given
 * points, e.g. Google's "0.7 at the target"). No other implementation is supplied, but one is
 * easily written: a square-root curve that rewards the first steps more is {@code p ->
 * p.signum() <= 0 ? p : p.sqrt(MathContext.DECIMAL64)}; use {@link #ofDouble} for curves written
 * with {@code double}s. {@link ScoringPolicy#withCurve} probes a curve against the contract and
 * refuses one that breaks it; a call that breaks it later leaves the key result undefined with
 * {@link UndefinedReason#STRATEGY_FAILED}.
 */
@FunctionalInterface
public interface ScoringCurve {
  /**
   * The score for this share of the way travelled.
   *
   * @param progress {@code (current − baseline) / (target − baseline)}, exact to 16 digits
   * @return the score, before the policy's cap and floor; never null
   */
  BigDecimal apply(BigDecimal progress);

  /** {@return the linear curve: the score is the share of the way travelled (the default)} */
  static ScoringCurve linear() {
    return BuiltInCurve.LINEAR;
  }

  /**
   * Straight lines through {@code points} (ordered by progress, the first at progress 0 score 0),
   * extended beyond the last point along the last segment: {@code piecewise(List.of(point(0, 0),
   * point(1, 0.7), point(1.5, 1)))} scores 0.7 at the target and 1 at half as far again.
   *
   * @param points the points
   * @return straight lines through {@code points} (ordered by progress, the first at progress 0
   *     score 0), extended beyond the last point along the last segment
   * @throws IllegalArgumentException unless there are at least two points, the first is (0, 0),
   *     progress strictly increases and scores never decrease
   * @throws NullPointerException if {@code points} or a point is null
   */
  static ScoringCurve piecewise(List<Point> points) {
    return new PiecewiseCurve(points);
  }

  /**
   * A point of a {@linkplain #piecewise piecewise} curve.
   *
   * @param progress the share of the way travelled
   * @param score the score there
   */
  record Point(BigDecimal progress, BigDecimal score) {
    /**
     * Checks the parts.
     *
     * @param progress the share of the way travelled
     * @param score the score there
     */
    public Point {
      Objects.requireNonNull(progress, "progress");
      Objects.requireNonNull(score, "score");
    }

    /**
     * The point ({@code progress}, {@code score}), each the shortest decimal that reads as it.
     *
     * @param progress the progress
     * @param score the score
     * @return the point ({@code progress}, {@code score}), each the shortest decimal that reads as
     *     it
     */
    public static Point of(double progress, double score) {
      return new Point(decimal("progress", progress), decimal("score", score));
    }

    private static BigDecimal decimal(String what, double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("curve point: " + what + " must be finite, was " + value);
      }
      return BigDecimal.valueOf(value);
    }
  }

  /**
   * A curve computed with {@code double}s: the progress is converted to a double, the result back
   * to the shortest decimal that reads as it (so the score is exact only to a double's 15–17
   * digits). A result that is NaN or infinite breaks the contract.
   *
   * @param name the curve's name in messages and explanations
   * @param curve the scoring curve
   * @return a curve computed with {@code double}s
   * @throws NullPointerException if an argument is null
   */
  static ScoringCurve ofDouble(String name, DoubleUnaryOperator curve) {
    return new DoubleCurve(name, curve);
  }
}
