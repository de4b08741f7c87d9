package org.okrkit.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/** A curve computed in doubles; see {@link ScoringCurve#ofDouble}. */
final class DoubleCurve implements ScoringCurve {
  private final String name;
  private final DoubleUnaryOperator curve;

  DoubleCurve(String name, DoubleUnaryOperator curve) {
    this.name = Objects.requireNonNull(name, "name");
    this.curve = Objects.requireNonNull(curve, "curve");
  }

  @Override
  public BigDecimal apply(BigDecimal progress) {
    double x = progress.doubleValue();
    double y = curve.applyAsDouble(x);
    if (!Double.isFinite(y)) {
      throw new StrategyException(
          "scoring curve '" + name + "': returned " + y + " for progress " + x
              + "; a score must be a finite number");
    }
    return BigDecimal.valueOf(y);
  }

  @Override
  public String toString() {
    return name;
  }
}
