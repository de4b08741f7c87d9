package org.okrkit.scoring;

/** The health of a {@link org.okrkit.model.Kpi} as of a date. */
public enum KpiStatus {
  /** Inside the healthy corridor, or not worse than the measurement before. */
  HEALTHY,
  /** Outside the healthy corridor but inside the watch corridor, or worse than last time. */
  WATCH,
  /** Outside every corridor, or worse two measurements in a row. */
  UNHEALTHY,
  /** Not measured yet, or neither a corridor nor a direction says what healthy is. */
  UNKNOWN
}
