package org.okrkit.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * An OKR cycle: the period, usually a quarter, over which objectives are pursued and graded.
 * The end date is inclusive: {@code Cycle.quarter(2026, 4)} runs from 2026-10-01 through
 * 2026-12-31.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cycle {
  Cycle() {}

  /** {@return the cycle's id, unique in an {@link OkrSet}, such as {@code 2026-Q4}} */
  public abstract String id();

  /** {@return a display name, such as {@code Q4 2026}} */
  public abstract Optional<String> name();

  /** {@return the first day of the cycle} */
  public abstract LocalDate start();

  /** {@return the last day of the cycle, inclusive} */
  public abstract LocalDate end();

  /**
   * {@return tool-specific extension fields ({@code x-…}) carried through unchanged, name to raw
   * JSON value text}
   */
  public abstract Map<String, String> extensions();

  /**
   * Returns a copy with this display name.
   *
   * @param name the name
   * @return a copy with this display name
   */
  public abstract Cycle withName(String name);

  /**
   * Returns a copy with this first day.
   *
   * @param start the first day
   * @return a copy with this first day
   */
  public abstract Cycle withStart(LocalDate start);

  /**
   * Returns a copy with this last day (inclusive).
   *
   * @param end the last day
   * @return a copy with this last day (inclusive)
   */
  public abstract Cycle withEnd(LocalDate end);

  /**
   * A cycle from {@code start} through {@code end}, both inclusive.
   *
   * @param id the id
   * @param start the first day
   * @param end the last day
   * @return a cycle from {@code start} through {@code end}, both inclusive
   * @throws IllegalArgumentException if the id is blank or {@code end} is before {@code start}
   */
  public static Cycle of(String id, LocalDate start, LocalDate end) {
    return builder().id(id).start(start).end(end).build();
  }

  /**
   * The calendar quarter {@code quarter} (1–4) of {@code year}, with id {@code 2026-Q4} and name
   * {@code Q4 2026}.
   *
   * @param year the year
   * @param quarter the quarter
   * @return the calendar quarter {@code quarter}
   * @throws IllegalArgumentException if {@code quarter} is not within 1–4, or {@code year} is
   *     beyond the dates Java can hold (±999,999,999)
   */
  public static Cycle quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be within 1..4, was " + quarter);
    }
    checkYear(year);
    LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    return builder()
        .id(year + "-Q" + quarter)
        .name("Q" + quarter + " " + year)
        .start(start)
        .end(start.plusMonths(3).minusDays(1))
        .build();
  }

  private static void checkYear(int year) {
    if (year < java.time.Year.MIN_VALUE || year > java.time.Year.MAX_VALUE) {
      throw new IllegalArgumentException("year must be within " + java.time.Year.MIN_VALUE + ".."
          + java.time.Year.MAX_VALUE + ", was " + year);
    }
  }

  /**
   * The calendar year {@code year} as one cycle, with id and name {@code "2026"}.
   *
   * @param year the year
   * @return the calendar year {@code year} as one cycle, with id and name {@code "2026"}
   * @throws IllegalArgumentException if {@code year} is beyond the dates Java can hold
   */
  public static Cycle year(int year) {
    checkYear(year);
    return builder()
        .id(Integer.toString(year))
        .name(Integer.toString(year))
        .start(LocalDate.of(year, 1, 1))
        .end(LocalDate.of(year, 12, 31))
        .build();
  }

  /** {@return a builder for cycles with a name or extensions} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * True when {@code date} falls within the cycle, both ends included.
   *
   * @param date the date
   * @return {@code true} when {@code date} falls within the cycle, both ends included
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** {@return the number of days in the cycle, counting both the first and the last day} */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end()) + 1;
  }

  /**
   * The date clamped into the cycle: the start if before it, the end if after it.
   *
   * @param date the date
   * @return the date clamped into the cycle
   */
  public LocalDate clamp(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(start())) {
      return start();
    }
    return date.isAfter(end()) ? end() : date;
  }

  @Value.Check
  void check() {
    Checks.nonBlank("cycle", id(), "id", id());
    Checks.extensions("cycle", id(), extensions());
    if (end().isBefore(start())) {
      throw Checks.invalid(
          "cycle", id(), "end must not be before start " + start() + ", was " + end());
    }
  }

  /** Builds a {@link Cycle}; {@code id}, {@code start} and {@code end} are required. */
  public static final class Builder extends ImmutableCycle.Builder {
    Builder() {}
  }
}
