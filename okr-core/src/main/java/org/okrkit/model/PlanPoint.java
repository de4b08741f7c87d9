package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.okrkit.internal.Checks;

/**
 * An intermediate target of a key result: the value it should have reached by a date ("140 by
 * 15 November"). A key result's plan makes its expected progress a piecewise straight line
 * through its baseline at its start, each planned value, and its target at its end.
 *
 * @param date the day the value should be reached
 * @param value the value planned for that day
 */
public record PlanPoint(LocalDate date, BigDecimal value) {
  /**
   * A planned value on a date.
   *
   * @param date the day the value should be reached
   * @param value the value planned for that day
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   * @throws NullPointerException if an argument is null
   */
  public PlanPoint {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    Checks.decimal("plan point", date.toString(), "value", value);
  }

  /**
   * The planned {@code value} on {@code date}.
   *
   * @param date the date
   * @param value the value
   * @return the planned {@code value} on {@code date}
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   * @throws NullPointerException if an argument is null
   */
  public static PlanPoint of(LocalDate date, BigDecimal value) {
    return new PlanPoint(date, value);
  }
}
