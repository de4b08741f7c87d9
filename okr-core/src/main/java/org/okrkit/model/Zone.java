package org.okrkit.model;

/**
 * A zone of a zones (ordinal) key result: how far an outcome that is judged rather than counted
 * got, from fail to stretch (puzzle/okr's ordinal key results). A check-in records the zone
 * reached.
 */
public enum Zone {
  /** Not even the committed level: score 0. */
  FAIL,
  /** The committed level reached: score 0.3. */
  COMMIT,
  /** The target reached: score 0.7. */
  TARGET,
  /** The stretch reached: score 1.0. */
  STRETCH
}
