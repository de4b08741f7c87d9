package org.okrkit.model;

/** Which way a {@link Kpi} is better; the JSON names are {@code higher} and {@code lower}. */
public enum KpiDirection {
  /** Higher values are better (NPS, uptime). */
  HIGHER,
  /** Lower values are better (churn, response time). */
  LOWER
}
