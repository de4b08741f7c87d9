package org.okrkit.rollup;

import java.util.List;

/**
 * The alignment tree of a set cannot be rolled up: an objective's parent does not exist, parents
 * form a cycle ({@code a → b → a}), or two objectives share an id. The message and {@link #ids()}
 * name the objectives involved. Thrown by {@link Rollup#compute} (strict mode); {@link
 * Rollup#computeTolerant} reports the same problems as {@link RollupProblem}s instead.
 */
public final class AlignmentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The ids involved, kept as text so the exception stays serialisable. */
  private final String[] ids;

  /** What is wrong with the alignment tree. */
  private final RollupProblem.Kind kind;

  AlignmentException(RollupProblem problem) {
    super(problem.message());
    this.ids = problem.ids().toArray(new String[0]);
    this.kind = problem.kind();
  }

  /**
   * The ids involved: the objective and its missing parent, the objectives on the cycle in parent
   * order, or the duplicated id.
   *
   * @return the ids involved
   */
  public List<String> ids() {
    return List.of(ids);
  }

  /** {@return what is wrong with the tree, as a reason code} */
  public RollupProblem.Kind kind() {
    return kind;
  }
}
