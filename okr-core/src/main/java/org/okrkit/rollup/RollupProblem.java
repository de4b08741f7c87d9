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
 * @param ids the ids involved: the objective and its missing parent (and key result), the
 *     objectives (or value-sum key results) on a cycle in link order, the duplicated id, or the
 *     value-sum key result and the key result it cannot sum
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
    DUPLICATE_ID,
    /** An objective aligns to a key result its parent objective does not have. */
    MISSING_PARENT_KEY_RESULT,
    /** A value-sum key result names a key result ({@code sumOf}) that the set does not hold. */
    MISSING_SUM_SOURCE,
    /** A value-sum key result sums a key result measured in another unit. */
    SUM_UNIT_MISMATCH,
    /** Value-sum key results sum each other in a loop ({@code a → b → a}). */
    SUM_CYCLE
  }

  /**
   * A problem of this kind with these ids and message.
   *
   * @param kind what is wrong, a reason code from a closed set
   * @param ids the ids involved: the objective and its missing parent (and key result), the
   *     objectives (or value-sum key results) on a cycle in link order, the duplicated id, or the
   *     value-sum key result and the key result it cannot sum
   * @param message the problem in words, naming the ids, e.g. {@code objective 'cs': parent 'co'
   *     does not exist}
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

  static RollupProblem missingParentKeyResult(String id, String parent, String keyResult) {
    return new RollupProblem(
        Kind.MISSING_PARENT_KEY_RESULT,
        List.of(id, parent, keyResult),
        "objective '"
            + id
            + "': parentKeyResult '"
            + keyResult
            + "' is not a key result of parent '"
            + parent
            + "'");
  }

  static RollupProblem missingSumSource(String id, String source) {
    return new RollupProblem(
        Kind.MISSING_SUM_SOURCE,
        List.of(id, source),
        "key result '" + id + "': sumOf names '" + source + "', which no key result has");
  }

  static RollupProblem sumUnitMismatch(
      String id, java.util.Optional<String> unit, String source, java.util.Optional<String> sourceUnit) {
    return new RollupProblem(
        Kind.SUM_UNIT_MISMATCH,
        List.of(id, source),
        "key result '"
            + id
            + "' ("
            + unit.map(u -> "unit '" + u + "'").orElse("no unit")
            + ") sums key result '"
            + source
            + "' ("
            + sourceUnit.map(u -> "unit '" + u + "'").orElse("no unit")
            + "): units must match");
  }

  static RollupProblem sumCycle(List<String> cycle) {
    return new RollupProblem(
        Kind.SUM_CYCLE,
        cycle,
        "value-sum cycle: " + path(cycle) + " (a key result cannot sum itself, even indirectly)");
  }

  private static String path(List<String> cycle) {
    StringBuilder path = new StringBuilder();
    int shown = Math.min(cycle.size(), MAX_SHOWN);
    for (int i = 0; i < shown; i++) {
      path.append('\'').append(cycle.get(i)).append("' → ");
    }
    if (shown < cycle.size()) {
      path.append("… (").append(cycle.size() - shown).append(" more) → ");
    }
    return path.append('\'').append(cycle.get(0)).append('\'').toString();
  }

  static RollupProblem cycle(List<String> cycle) {
    // A cycle may be huge; the message shows its start, ids() has all of it.
    return new RollupProblem(
        Kind.ALIGNMENT_CYCLE,
        cycle,
        "alignment cycle: "
            + path(cycle)
            + " (an objective cannot align to itself, even indirectly)");
  }
}
