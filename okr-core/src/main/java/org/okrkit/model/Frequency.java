package org.okrkit.model;

/**
 * How often a {@link Kpi} is measured; a KPI whose latest measurement is older than one period
 * (plus a grace of half a period) is stale.
 */
public enum Frequency {
  /** Every day. */
  DAILY(1),
  /** Every week. */
  WEEKLY(7),
  /** Every month. */
  MONTHLY(31),
  /** Every quarter. */
  QUARTERLY(92);

  private final int days;

  Frequency(int days) {
    this.days = days;
  }

  /** {@return the longest period, in days, between two measurements at this frequency} */
  public int days() {
    return days;
  }
}
