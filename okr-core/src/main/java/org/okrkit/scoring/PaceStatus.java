package org.okrkit.scoring;

/** Where an OKR stands against the time elapsed in its cycle, as of a date. */
public enum PaceStatus {
  /** The as-of date is before the cycle starts. */
  NOT_STARTED,
  /** The score is at or close enough to the progress expected by now. */
  ON_TRACK,
  /** The score lags the expected progress, but within the at-risk margin. */
  AT_RISK,
  /** The score lags the expected progress by more than the at-risk margin. */
  OFF_TRACK,
  /** The score has reached 1.0: the OKR is achieved. */
  DONE
}
