package org.okrkit.model;

/** Where in the organisation an objective lives; alignment usually runs from lower to higher. */
public enum Level {
  /** A company-wide objective, the root of an alignment tree. */
  COMPANY,
  /** A department's or business unit's objective. */
  DEPARTMENT,
  /** A team's objective. */
  TEAM,
  /** One person's objective. */
  INDIVIDUAL
}
