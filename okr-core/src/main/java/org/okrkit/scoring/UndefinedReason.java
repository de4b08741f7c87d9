package org.okrkit.scoring;

/**
 * Why a score, objective score or roll-up has no value: a closed list, so that tools can act on
 * the reason (hide a key result whose target is still to be set, flag a broken one) without
 * reading English.
 */
public enum UndefinedReason {
  /** A metric key result has no baseline to measure progress from. */
  NO_BASELINE,
  /** A metric key result's baseline is still to be measured (declared as pending). */
  NO_BASELINE_YET,
  /** A metric key result has no target. */
  NO_TARGET,
  /** A metric key result's target is still to be set (declared as pending). */
  NO_TARGET_YET,
  /** A metric key result's baseline equals its target: there is no direction to measure in. */
  BASELINE_EQUALS_TARGET,
  /** A threshold key result has no at-least or at-most bound. */
  NO_BOUND,
  /**
   * A stepped key result's levels are not in order: commit must lie between the baseline and the
   * target, and stretch beyond the target.
   */
  LEVELS_OUT_OF_ORDER,
  /** An objective has no key results. */
  NO_KEY_RESULTS,
  /** None of an objective's key results has a defined score. */
  NO_DEFINED_SCORE,
  /** A roll-up has no defined item: no scored key result and no child with a roll-up. */
  NO_DEFINED_ITEM,
  /**
   * The alignment tree the roll-up counts is broken (a dangling parent, a cycle, a duplicate id);
   * the detail names the problem.
   */
  BROKEN_ALIGNMENT,
  /** Every item with a score weighs 0: tracked, not counted; or, for an item left out, it weighs 0. */
  WEIGHT_ZERO,
  /** An objective aligned with a support link: shown, never counted. */
  SUPPORT_LINK,
  /** Sum of values: no item (or, for an item left out, not this one) has a baseline-to-target span. */
  NO_VALUE,
  /** An initiative left out of a roll-up that counts initiatives: it was dropped. */
  INITIATIVE_DROPPED,
  /** An initiative left out of a roll-up that counts initiatives: active, no progress reported. */
  NO_PROGRESS,
  /**
   * A user-supplied scoring strategy or curve broke its contract (returned null, a value outside
   * the policy's floor and cap, or threw); the detail says how.
   */
  STRATEGY_FAILED
}
