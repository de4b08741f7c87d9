package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a score is graded green, yellow or red at the end of a cycle. The default is Google's
 * scale, {@link #google()}: green from 0.7, yellow from 0.4, red below; {@link #of} moves the two
 * edges.
 *
 * <p>The contract: never null, and monotone (a higher score never gets a worse grade). Write
 * your own as a lambda when the edges are not enough, for instance a scale that never calls a
 * committed miss green; override {@link #greenFrom()} and {@link #yellowFrom()} when your scale
 * has edges, so that reports can draw a legend. {@link ScoringPolicy#withGrades} probes a scale
 * against the contract. Printed scores always agree with their grade: {@link ScoreRounding}
 * prints more digits when two would cross an edge (0.696 is "0.696", not "0.70", under a green
 * edge of 0.7).
 */
@FunctionalInterface
public interface GradeScale {
  /**
   * The grade of {@code score}; scores above 1 and below 0 (from an uncapped policy) included.
   *
   * @param score the score
   * @return the grade, never null
   */
  Grade grade(BigDecimal score);

  /** {@return the lowest green score, when the scale has such an edge} */
  default Optional<BigDecimal> greenFrom() {
    return Optional.empty();
  }

  /** {@return the lowest yellow score, when the scale has such an edge} */
  default Optional<BigDecimal> yellowFrom() {
    return Optional.empty();
  }

  /**
   * Google's scale: green from 0.7, yellow from 0.4, red below (the default).
   *
   * @return google's scale: green from 0.7, yellow from 0.4, red below (the default)
   */
  static GradeScale google() {
    return EdgeGradeScale.GOOGLE;
  }

  /**
   * Green from {@code greenFrom}, yellow from {@code yellowFrom}, red below.
   *
   * @param greenFrom the green from
   * @param yellowFrom the yellow from
   * @return green from {@code greenFrom}, yellow from {@code yellowFrom}, red below
   * @throws IllegalArgumentException unless {@code yellowFrom < greenFrom}
   * @throws NullPointerException if an argument is null
   */
  static GradeScale of(BigDecimal greenFrom, BigDecimal yellowFrom) {
    return EdgeGradeScale.of(greenFrom, yellowFrom);
  }
}
