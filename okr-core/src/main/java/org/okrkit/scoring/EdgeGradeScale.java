package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.internal.ScoreMath;

/** A grade scale given by its two edges; see {@link GradeScale#of}. */
final class EdgeGradeScale implements GradeScale {
  static final EdgeGradeScale GOOGLE =
      new EdgeGradeScale(new BigDecimal("0.7"), new BigDecimal("0.4"));

  private final BigDecimal greenFrom;
  private final BigDecimal yellowFrom;

  private EdgeGradeScale(BigDecimal greenFrom, BigDecimal yellowFrom) {
    this.greenFrom = greenFrom;
    this.yellowFrom = yellowFrom;
  }

  static EdgeGradeScale of(BigDecimal greenFrom, BigDecimal yellowFrom) {
    Objects.requireNonNull(greenFrom, "greenFrom");
    Objects.requireNonNull(yellowFrom, "yellowFrom");
    Checks.decimal("grade scale", "", "green edge", greenFrom);
    Checks.decimal("grade scale", "", "yellow edge", yellowFrom);
    if (yellowFrom.compareTo(greenFrom) >= 0) {
      throw new IllegalArgumentException(
          "grade scale: the yellow edge must be below the green edge, was yellow from "
              + Checks.format(yellowFrom)
              + " and green from "
              + Checks.format(greenFrom));
    }
    return new EdgeGradeScale(ScoreMath.normalize(greenFrom), ScoreMath.normalize(yellowFrom));
  }

  @Override
  public Grade grade(BigDecimal score) {
    Objects.requireNonNull(score, "score");
    if (score.compareTo(greenFrom) >= 0) {
      return Grade.GREEN;
    }
    return score.compareTo(yellowFrom) >= 0 ? Grade.YELLOW : Grade.RED;
  }

  @Override
  public Optional<BigDecimal> greenFrom() {
    return Optional.of(greenFrom);
  }

  @Override
  public Optional<BigDecimal> yellowFrom() {
    return Optional.of(yellowFrom);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EdgeGradeScale that
        && that.greenFrom.equals(greenFrom)
        && that.yellowFrom.equals(yellowFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(greenFrom, yellowFrom);
  }

  @Override
  public String toString() {
    return "green from " + Checks.format(greenFrom) + ", yellow from " + Checks.format(yellowFrom);
  }
}
