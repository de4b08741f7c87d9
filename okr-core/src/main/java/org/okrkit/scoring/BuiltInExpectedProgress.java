package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Cycle;

/** The built-in expected-progress curves, as enum singletons. */
enum BuiltInExpectedProgress implements ExpectedProgress {
  /** A straight line from the first day to the last. */
  LINEAR {
    @Override
    public BigDecimal at(Cycle cycle, LocalDate asOf) {
      Objects.requireNonNull(cycle, "cycle");
      Objects.requireNonNull(asOf, "asOf");
      if (asOf.isBefore(cycle.start())) {
        return BigDecimal.ZERO;
      }
      long total = ChronoUnit.DAYS.between(cycle.start(), cycle.end());
      long elapsed = ChronoUnit.DAYS.between(cycle.start(), asOf);
      if (elapsed >= total) {
        return BigDecimal.ONE;
      }
      return ScoreMath.divide(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(total));
    }

    @Override
    public String toString() {
      return "linear";
    }
  }
}
