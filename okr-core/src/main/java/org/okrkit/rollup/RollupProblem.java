package org.okrkit.rollup;

import java.util.List;
import java.util.Objects;

/**
 * A structural problem found while rolling up a set in {@linkplain Rollup#computeTolerant
 * tolerant} mode: what is wrong, the ids involved and a one-line message. Every objective whose
 * roll-up depends on the broken part has an undefined roll-up that names this problem (see {@link
 * ObjectiveRollup#problem()}); every other objective rolls up exactly as in a clean tree.
 *
 * @param kind what is wrong, a reason code from a closed set
 * @param ids the ids involved: the objective and its missing parent, the objectives on a cycle in
 *     parent order, or the duplicated id
 * @param message the problem in words, naming the ids, e.g. {@code objective 'cs': parent 'co'
 *     does not exist}
 */
public record RollupProblem(Kind kind, List<String> ids, String message) {
  private static final int MAX_SHOWN = 20;

  /** What makes part of an alignment tree impossible to roll up. */
  public enum Kind {
    /** An objective names a parent objective that the set does not hold. */
    MISSING_PARENT,
    /** Objectives align to each other in a loop ({@code a → b → a}), directly or indirectly. */
    ALIGNMENT_CYCLE,
    /** Two or more objectives share one id, so links to that id are ambiguous. */
    DUPLICATE_ID
  }

  /**
   * A problem of this kind with these ids and message.
   *
   * @throws IllegalArgumentException if {@code ids} is empty or {@code message} is blank
   * @throws NullPointerException if an argument or an id is null
   */
  public RollupProblem {
    Objects.requireNonNull(kind, "kind");
    ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
    Objects.requireNonNull(message, "message");
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("roll-up problem " + kind + ": ids must not be empty");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("roll-up problem " + kind + ": message must not be blank");
    }
  }

  static RollupProblem missingParent(String id, String parent) {
    return new RollupProblem(
        Kind.MISSING_PARENT,
        List.of(id, parent),
        "objective '" + id + "': parent '" + parent + "' does not exist");
  }

  static RollupProblem duplicateId(String id) {
    return new RollupProblem(
        Kind.DUPLICATE_ID,
        List.of(id),
        "objective '" + id + "': id is used by more than one objective");
  }

  static RollupProblem cycle(List<String> cycle) {
    StringBuilder path = new StringBuilder();
    // A cycle may be huge; the message shows its start, ids() has all of it.
    int shown = Math.min(cycle.size(), MAX_SHOWN);
    for (int i = 0; i < shown; i++) {
      path.append('\'').append(cycle.get(i)).append("' → ");
    }
    if (shown < cycle.size()) {
      path.append("… (").append(cycle.size() - shown).append(" more) → ");
    }
    path.append('\'').append(cycle.get(0)).append('\'');
    return new RollupProblem(
        Kind.ALIGNMENT_CYCLE,
        cycle,
        "alignment cycle: " + path + " (an objective cannot align to itself, even indirectly)");
  }
}
