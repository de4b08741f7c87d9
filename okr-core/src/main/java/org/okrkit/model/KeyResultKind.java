package org.okrkit.model;

/** How a key result is measured and therefore scored. */
public enum KeyResultKind {
  /** Move a number from a baseline to a target ("Increase NPS from 30 to 45"). */
  METRIC,
  /** Keep a number at or above, or at or below, a bound ("Keep uptime at or above 99.9%"). */
  THRESHOLD,
  /** A binary result, done or not done ("Publish the support handbook"). */
  MILESTONE,
  /**
   * An outcome that is judged, not counted (puzzle/okr's ordinal key results): the key result
   * describes in words what fail, commit, target and stretch look like ({@link
   * KeyResult#zones()}), a check-in records the {@link Zone} reached.
   */
  ZONES
}
