package org.okrkit.health;

/**
 * The rules that decide a {@link Health}, in the order they are tried; the first that matches
 * wins, and {@link HealthAssessment#rule()} says which one did.
 *
 * <p>A closed outcome (an OKR closed out as achieved, missed or dropped) would come first; the
 * model records no close-out yet, so the first rule tried today is {@link #STALE}.
 */
public enum HealthRule {
  /** No check-in within the cadence plus grace ({@link Health#STALE}). */
  STALE,
  /** The score is 1.0 or more ({@link Health#DONE}). */
  DONE,
  /** The score compared with the expected progress by the {@link PaceStyle}. */
  PACE,
  /** Nothing to pace yet ({@link Health#NOT_STARTED}). */
  NOT_STARTED
}
