package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one rounding rule for printed scores, used by explanations, the {@code okr} text and HTML
 * views and {@code okr score --json}: half-even to the number of decimals asked for (two for
 * people), and more digits whenever fewer would put the printed score on the other side of a
 * grade edge or of 1.0 than the score itself. So 0.696 under Google's scale prints "0.696", not a
 * "0.70" beside a YELLOW grade, and 0.9996 prints "0.9996", not a "1.00" beside a committed miss;
 * 0.125 prints "0.12" everywhere.
 */
public final class ScoreRounding {
  /** The rounding mode of every printed score. */
  public static final RoundingMode MODE = RoundingMode.HALF_EVEN;

  private ScoreRounding() {}

  /**
   * {@code score} rounded half-even to at least {@code decimals} decimals, and to more when
   * needed to keep its grade on {@code grades} and its side of 1.0.
   *
   * @param score the score
   * @param decimals the decimals
   * @param grades the grade scale
   * @return {@code score} rounded half-even to at least {@code decimals} decimals, and to more when
   *     needed to keep its grade on {@code grades} and its side of 1.0
   * @throws IllegalArgumentException if {@code decimals} is negative
   * @throws NullPointerException if an argument is null
   * @throws StrategyException if a user-supplied {@code grades} returns null or throws
   */
  public static BigDecimal round(BigDecimal score, int decimals, GradeScale grades) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(grades, "grades");
    if (decimals < 0) {
      throw new IllegalArgumentException("score rounding: decimals must be >= 0, was " + decimals);
    }
    int exact = Math.max(decimals, score.scale());
    Grade grade = Contracts.grade(grades, score);
    boolean done = score.compareTo(BigDecimal.ONE) >= 0;
    for (int d = decimals; d < exact; d++) {
      BigDecimal r = score.setScale(d, MODE);
      if (Contracts.grade(grades, r) == grade && (r.compareTo(BigDecimal.ONE) >= 0) == done) {
        return r;
      }
    }
    return score.setScale(exact, MODE);
  }

  /**
   * {@code score} for people: {@linkplain #round rounded} to two decimals or more, as plain text
   * ({@code 0.50}, {@code 0.696}).
   *
   * @param score the score
   * @param grades the grade scale
   * @return {@code score} for people
   * @throws NullPointerException if an argument is null
   */
  public static String format(BigDecimal score, GradeScale grades) {
    return round(score, 2, grades).toPlainString();
  }

  /**
   * {@code score} for people on Google's scale; see {@link #format(BigDecimal, GradeScale)}.
   *
   * @param score the score
   * @return {@code score} for people on Google's scale; see {@link #format(BigDecimal, GradeScale)}
   */
  public static String format(BigDecimal score) {
    return format(score, GradeScale.google());
  }
}
