package org.okrkit.model;

/** Where the work of an {@link Initiative} stands. */
public enum InitiativeStatus {
  /** Agreed but not started. */
  PLANNED,
  /** Being worked on. */
  ACTIVE,
  /** Finished. */
  DONE,
  /** Stopped before it was finished. */
  DROPPED
}
