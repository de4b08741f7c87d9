package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;

/** Straight lines through points; see {@link ScoringCurve#piecewise}. */
final class PiecewiseCurve implements ScoringCurve {
  private final List<ScoringCurve.Point> points;

  PiecewiseCurve(List<ScoringCurve.Point> points) {
    Objects.requireNonNull(points, "points");
    this.points = List.copyOf(points);
    if (this.points.size() < 2) {
      throw new IllegalArgumentException(
          "piecewise curve: needs at least two points, was " + this.points.size());
    }
    ScoringCurve.Point first = this.points.get(0);
    if (first.progress().signum() != 0 || first.score().signum() != 0) {
      throw new IllegalArgumentException(
          "piecewise curve: the first point must be (0, 0), was " + text(first));
    }
    for (int i = 1; i < this.points.size(); i++) {
      ScoringCurve.Point a = this.points.get(i - 1);
      ScoringCurve.Point b = this.points.get(i);
      if (b.progress().compareTo(a.progress()) <= 0) {
        throw new IllegalArgumentException(
            "piecewise curve: progress must increase from point to point, was "
                + text(a) + " then " + text(b));
      }
      if (b.score().compareTo(a.score()) < 0) {
        throw new IllegalArgumentException(
            "piecewise curve: scores must not decrease, was " + text(a) + " then " + text(b));
      }
    }
  }

  private static String text(ScoringCurve.Point p) {
    return "(" + ScoreMath.format(p.progress()) + ", " + ScoreMath.format(p.score()) + ")";
  }

  @Override
  public BigDecimal apply(BigDecimal progress) {
    int n = points.size();
    int i = 1;
    while (i < n - 1 && progress.compareTo(points.get(i).progress()) > 0) {
      i++;
    }
    ScoringCurve.Point a = points.get(i - 1);
    ScoringCurve.Point b = points.get(i);
    BigDecimal t =
        ScoreMath.divide(progress.subtract(a.progress()), b.progress().subtract(a.progress()));
    return ScoreMath.normalize(a.score().add(t.multiply(b.score().subtract(a.score()))));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PiecewiseCurve that && that.points.equals(points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("piecewise");
    for (ScoringCurve.Point p : points) {
      s.append(' ').append(text(p));
    }
    return s.toString();
  }
}
