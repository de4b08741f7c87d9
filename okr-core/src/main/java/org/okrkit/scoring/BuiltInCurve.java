package org.okrkit.scoring;

import java.math.BigDecimal;

/** The built-in curves without parameters, as enum singletons. */
enum BuiltInCurve implements ScoringCurve {
  /** The score is the progress. */
  LINEAR {
    @Override
    public BigDecimal apply(BigDecimal progress) {
      return progress;
    }
  };

  @Override
  public String toString() {
    return "linear";
  }
}
