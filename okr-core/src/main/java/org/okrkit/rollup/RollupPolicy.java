package org.okrkit.rollup;

/** Which items an objective's roll-up averages over. */
public enum RollupPolicy {
  /**
   * The weighted mean over the objective's own key results <em>and</em> the roll-ups of its
   * children, each child one item with the child's weight (the default).
   */
  OWN_AND_CHILDREN,
  /** The objective's own score only: children do not count. */
  OWN_KEY_RESULTS_ONLY,
  /**
   * The weighted mean over the children's roll-ups only, each with the child's weight; an
   * objective without children (a leaf) uses its own key results, so the tree has something to
   * roll up.
   */
  CHILDREN_ONLY
}
