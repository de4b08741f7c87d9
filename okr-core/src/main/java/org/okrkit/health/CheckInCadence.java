package org.okrkit.health;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How often a key result is expected to be checked in, and how many days of grace follow before
 * it counts as {@linkplain Health#STALE stale}: weekly plus 3 days unless said otherwise.
 *
 * <p>A key result last checked in on {@code d} is stale from the day after {@code d + period +
 * grace}: weekly plus 3 days, a check-in on 1 November is fine through 11 November and stale on
 * 12 November. Immutable and thread-safe.
 */
public final class CheckInCadence {
  private static final CheckInCadence DEFAULT = new CheckInCadence(Period.ofWeeks(1), 3);

  private final Period period;
  private final int graceDays;

  private CheckInCadence(Period period, int graceDays) {
    this.period = period;
    this.graceDays = graceDays;
  }

  /** {@return weekly, with 3 days of grace: the default} */
  public static CheckInCadence weeklyWithGrace() {
    return DEFAULT;
  }

  /**
   * A cadence of {@code period} with {@code graceDays} of grace.
   *
   * @param period the period
   * @param graceDays the days of grace after a missed check-in before it is stale
   * @return a cadence of {@code period} with {@code graceDays} of grace
   * @throws IllegalArgumentException if the period is not positive or the grace is negative
   * @throws NullPointerException if {@code period} is null
   */
  public static CheckInCadence of(Period period, int graceDays) {
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("check-in cadence: period must be positive, was " + period);
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException(
          "check-in cadence: grace must be >= 0 days, was " + graceDays);
    }
    return new CheckInCadence(period, graceDays);
  }

  /**
   * The period named by {@code text}: {@code daily}, {@code weekly}, {@code biweekly}, {@code
   * monthly}, {@code quarterly}, or an ISO-8601 period such as {@code P10D} or {@code P2W}.
   *
   * @param text the text to read
   * @return the period named by {@code text}
   * @throws IllegalArgumentException if the text names no positive period
   * @throws NullPointerException if {@code text} is null
   */
  public static Period parsePeriod(String text) {
    Objects.requireNonNull(text, "text");
    Period named =
        switch (text.toLowerCase(Locale.ROOT)) {
          case "daily" -> Period.ofDays(1);
          case "weekly" -> Period.ofWeeks(1);
          case "biweekly" -> Period.ofWeeks(2);
          case "monthly" -> Period.ofMonths(1);
          case "quarterly" -> Period.ofMonths(3);
          default -> null;
        };
    if (named != null) {
      return named;
    }
    Period p;
    try {
      p = Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "check-in cadence: expected daily, weekly, biweekly, monthly, quarterly or an ISO-8601"
              + " period such as P10D, was '"
              + text
              + "'",
          e);
    }
    if (p.isNegative() || p.isZero()) {
      throw new IllegalArgumentException("check-in cadence: period must be positive, was " + text);
    }
    return p;
  }

  /** {@return how often check-ins are expected} */
  public Period period() {
    return period;
  }

  /** {@return the days of grace after a missed check-in before the key result is stale} */
  public int graceDays() {
    return graceDays;
  }

  /**
   * Returns a copy with this period.
   *
   * @param period the period
   * @return a copy with this period
   */
  public CheckInCadence withPeriod(Period period) {
    return of(period, graceDays);
  }

  /**
   * Returns a copy with this grace.
   *
   * @param graceDays the days of grace after a missed check-in before it is stale
   * @return a copy with this grace
   */
  public CheckInCadence withGraceDays(int graceDays) {
    return of(period, graceDays);
  }

  /**
   * The last day a key result last heard from on {@code lastHeard} is still not stale.
   *
   * @param lastHeard the last heard
   * @return the last day a key result last heard from on {@code lastHeard} is still not stale
   */
  public LocalDate lastFreshDay(LocalDate lastHeard) {
    return lastHeard.plus(period).plusDays(graceDays);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CheckInCadence that && that.period.equals(period) && that.graceDays == graceDays;
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, graceDays);
  }

  @Override
  public String toString() {
    return "CheckInCadence{" + period + " + " + graceDays + " days grace}";
  }
}
