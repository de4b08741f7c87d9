package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;

/** Reads a key result's check-ins as of a date: the one place that decides which one counts. */
final class Readings {
  private Readings() {}

  /** The latest check-in carrying a value dated on or before {@code asOf}; ties: later wins. */
  static @Nullable CheckIn latestValue(KeyResult kr, LocalDate asOf) {
    return latest(kr, asOf, c -> c.value().isPresent());
  }

  /** The latest check-in carrying a done flag dated on or before {@code asOf}; ties: later wins. */
  static @Nullable CheckIn latestDone(KeyResult kr, LocalDate asOf) {
    return latest(kr, asOf, c -> c.done().isPresent());
  }

  /** The latest check-in that {@code counts}, dated on or before {@code asOf}; ties: later wins. */
  static @Nullable CheckIn latest(KeyResult kr, LocalDate asOf, Predicate<CheckIn> counts) {
    CheckIn best = null;
    for (CheckIn c : kr.checkIns()) {
      if (counts.test(c)
          && !c.date().isAfter(asOf)
          && (best == null || !c.date().isBefore(best.date()))) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The current value as of a date and the check-in it came from.
   *
   * @param value the value
   * @param checkIn the check-in used, or null when the value is the baseline
   * @param deltas the number of increments summed into it
   */
  record Current(BigDecimal value, @Nullable CheckIn checkIn, int deltas) {}

  /** The current value of {@code kr} as of {@code asOf}; {@code baseline} without a check-in. */
  static @Nullable Current current(KeyResult kr, LocalDate asOf, @Nullable BigDecimal baseline) {
    CheckIn c = latestValue(kr, asOf);
    if (c != null) {
      return new Current(c.value().orElseThrow(), c, 0);
    }
    return baseline == null ? null : new Current(baseline, null, 0);
  }
}
