package org.okrkit.health;

/**
 * The rules that decide a {@link Health}, in the order they are tried; the first that matches
 * wins, and {@link HealthAssessment#rule()} says which one did.
 *
 */
public enum HealthRule {
  /**
   * Closed out on or before the date ({@link org.okrkit.model.CloseOut}): its outcome ({@link
   * Health#ACHIEVED}, {@link Health#PARTIALLY_ACHIEVED}, {@link Health#MISSED}) or {@link
   * Health#CLOSED} without one.
   */
  CLOSED,
  /** No check-in within the cadence plus grace ({@link Health#STALE}). */
  STALE,
  /** The score is 1.0 or more ({@link Health#DONE}). */
  DONE,
  /** The score compared with the expected progress by the {@link PaceStyle}. */
  PACE,
  /** Nothing to pace yet ({@link Health#NOT_STARTED}). */
  NOT_STARTED
}
