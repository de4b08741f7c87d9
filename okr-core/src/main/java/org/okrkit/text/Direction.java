package org.okrkit.text;

import java.util.Locale;

/**
 * Which way a key result wants its number to go: a metric increases or decreases towards its
 * target; a threshold keeps its number at least or at most at a bound.
 */
public enum Direction {
  /** The number should grow ("Increase NPS from 30 to 45"). */
  INCREASE,
  /** The number should shrink ("Reduce churn from 5% to 3%"). */
  DECREASE,
  /** The number should stay at or above a bound ("Keep uptime at or above 99.9%"). */
  AT_LEAST,
  /** The number should stay at or below a bound ("No more than 2 P1 incidents a month"). */
  AT_MOST;

  /**
   * The lower-case name used in JSON and on the command line: {@code increase}, {@code at_least}.
   *
   * @return the lower-case name used in JSON and on the command line
   */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
