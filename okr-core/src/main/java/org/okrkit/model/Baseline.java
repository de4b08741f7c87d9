package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;
import org.okrkit.internal.Decimals;

/**
 * Where a key result starts: the value measured when the OKR was set ("from 4.1"), and
 * optionally the date it was measured. A metric key result's progress is measured from here.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Baseline {
  Baseline() {}

  /** {@return the starting value, exact} */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * {@return when the starting value was measured; check-ins before it are suspect, or empty when
   * there is none}
   */
  public abstract Optional<LocalDate> date();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * Returns a copy measured on this date.
   *
   * @param date the date
   * @return a copy measured on this date
   */
  public abstract Baseline withDate(LocalDate date);

  /**
   * A baseline of exactly {@code value}.
   *
   * @param value the value
   * @return a baseline of exactly {@code value}
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   */
  public static Baseline of(BigDecimal value) {
    return builder().value(value).build();
  }

  /**
   * A baseline of {@code value}, taken as the shortest decimal that reads as it (4.1 is 4.1).
   *
   * @param value the value
   * @return a baseline of {@code value}, taken as the shortest decimal that reads as it
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Baseline of(double value) {
    return of(Decimals.of("baseline value", value));
  }

  /**
   * A baseline of {@code value} measured on {@code date}.
   *
   * @param value the value
   * @param date the date
   * @return a baseline of {@code value} measured on {@code date}
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   */
  public static Baseline of(BigDecimal value, LocalDate date) {
    return builder().value(value).date(date).build();
  }

  /** {@return a builder for baselines with extensions} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String id = Checks.format(value());
    Checks.decimal("baseline", id, "value", value());
    Checks.extensions("baseline", id, extensions());
  }

  /** Builds a {@link Baseline}; {@code value} is required. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
