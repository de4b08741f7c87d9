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
    java.util.List<CheckIn> all = kr.checkIns();
    if (kr.checkInsInDateOrder()) {
      // by date: the last one that counts, on or before asOf, is the latest (ties: the later)
      for (int i = all.size() - 1; i >= 0; i--) {
        CheckIn c = all.get(i);
        if (!c.date().isAfter(asOf) && counts.test(c)) {
          return c;
        }
      }
      return null;
    }
    CheckIn best = null;
    for (CheckIn c : all) {
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

  /**
   * The current value of {@code kr} as of {@code asOf}, {@code baseline} without a check-in: the
   * latest value check-in plus the deltas recorded after it (in date order; equal dates in list
   * order), the first delta adding to the baseline (to 0 without one). Null when there is neither
   * a check-in nor a baseline.
   */
  static @Nullable Current current(KeyResult kr, LocalDate asOf, @Nullable BigDecimal baseline) {
    if (!kr.hasDeltaCheckIns()) {
      CheckIn c = latestValue(kr, asOf);
      if (c != null) {
        return new Current(c.value().orElseThrow(), c, 0);
      }
      return baseline == null ? null : new Current(baseline, null, 0);
    }
    Current now = baseline == null ? null : new Current(baseline, null, 0);
    for (CheckIn c : levels(kr, asOf)) {
      now = step(now, c);
    }
    return now;
  }

  /**
   * The current value after each date with a value or delta check-in up to {@code asOf}, in date
   * order: the series forecasts fit and charts draw.
   */
  static java.util.NavigableMap<LocalDate, BigDecimal> series(
      KeyResult kr, LocalDate asOf, @Nullable BigDecimal baseline) {
    java.util.TreeMap<LocalDate, BigDecimal> points = new java.util.TreeMap<>();
    Current now = baseline == null ? null : new Current(baseline, null, 0);
    for (CheckIn c : levels(kr, asOf)) {
      now = step(now, c);
      points.put(c.date(), now.value());
    }
    return points;
  }

  private static Current step(@Nullable Current now, CheckIn c) {
    if (c.value().isPresent()) {
      return new Current(c.value().get(), c, 0);
    }
    BigDecimal from = now == null ? BigDecimal.ZERO : now.value();
    int deltas = now == null ? 1 : now.deltas() + 1;
    return new Current(from.add(c.delta().orElseThrow()), c, deltas);
  }

  /** The value and delta check-ins dated on or before {@code asOf}, by date, ties in list order. */
  private static java.util.List<CheckIn> levels(KeyResult kr, LocalDate asOf) {
    java.util.List<CheckIn> out = new java.util.ArrayList<>();
    for (CheckIn c : kr.checkIns()) {
      if ((c.value().isPresent() || c.delta().isPresent()) && !c.date().isAfter(asOf)) {
        out.add(c);
      }
    }
    out.sort(java.util.Comparator.comparing(CheckIn::date)); // stable: ties keep list order
    return out;
  }
}
