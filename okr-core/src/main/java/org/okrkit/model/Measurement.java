package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * One measurement of a {@link Kpi}: its value on a date, with an optional note.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement {
  Measurement() {}

  /** {@return the day of the measurement} */
  public abstract LocalDate date();

  /** {@return the value measured} */
  public abstract BigDecimal value();

  /** {@return a free-text note} */
  public abstract Optional<String> note();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * The value {@code value} measured on {@code date}.
   *
   * @param date the date
   * @param value the value
   * @return the value {@code value} measured on {@code date}
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   */
  public static Measurement of(LocalDate date, BigDecimal value) {
    return builder().date(date).value(value).build();
  }

  /** {@return a builder for measurements} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // the date is the id in messages; Checks formats it only when a check fails
    LocalDate id = date();
    Checks.decimal("measurement", id, "value", value());
    Checks.extensions("measurement", id, extensions());
  }

  /** Builds a {@link Measurement}; {@code date} and {@code value} are required. */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
