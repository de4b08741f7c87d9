package org.okrkit.health;

import java.util.Locale;

/**
 * The derived health of a key result or objective as of a date: whether it is being worked on,
 * keeping pace, silent, or finished. Decided by the first matching {@link HealthRule}.
 */
public enum Health {
  /** Nothing to pace yet: before its start, no check-in yet, or no defined score. */
  NOT_STARTED,
  /** Progress keeps up with the expected progress. */
  ON_TRACK,
  /** Progress lags the expected progress by more than the on-track margin. */
  AT_RISK,
  /** Progress lags the expected progress by more than the at-risk margin. */
  OFF_TRACK,
  /** The score reached 1.0: the target is met. */
  DONE,
  /**
   * No check-in within the cadence plus grace: nobody has said how it is going, so it is not
   * shown as healthy whatever its score ("silence is never green").
   */
  STALE,
  /** Closed out as achieved (the close-out's {@link org.okrkit.model.Outcome#ACHIEVED}). */
  ACHIEVED,
  /** Closed out as partially achieved. */
  PARTIALLY_ACHIEVED,
  /** Closed out as missed. */
  MISSED,
  /** Closed out without an outcome recorded. */
  CLOSED;

  /** The health a close-out with this outcome (or none) gives. */
  static Health closed(java.util.Optional<org.okrkit.model.Outcome> outcome) {
    if (outcome.isEmpty()) {
      return CLOSED;
    }
    return switch (outcome.orElseThrow()) {
      case ACHIEVED -> ACHIEVED;
      case PARTIALLY_ACHIEVED -> PARTIALLY_ACHIEVED;
      case MISSED -> MISSED;
    };
  }

  /**
   * The value used in JSON and text, e.g. {@code not_started}, {@code on_track}.
   *
   * @return the value used in JSON and text, e.g
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
