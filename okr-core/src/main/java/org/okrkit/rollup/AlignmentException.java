package org.okrkit.rollup;

import java.util.List;

/**
 * The alignment tree of a set cannot be rolled up: an objective's parent does not exist, parents
 * form a cycle ({@code a → b → a}), or two objectives share an id. The message and {@link #ids()}
 * name the objectives involved.
 */
public final class AlignmentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_SHOWN = 20;

  /** The ids involved, kept as text so the exception stays serialisable. */
  private final String[] ids;

  private AlignmentException(String message, List<String> ids) {
    super(message);
    this.ids = ids.toArray(new String[0]);
  }

  static AlignmentException missingParent(String id, String parent) {
    return new AlignmentException(
        "objective '" + id + "': parent '" + parent + "' does not exist", List.of(id, parent));
  }

  static AlignmentException duplicateId(String id) {
    return new AlignmentException(
        "objective '" + id + "': id is used by more than one objective", List.of(id));
  }

  static AlignmentException cycle(List<String> cycle) {
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
    return new AlignmentException(
        "alignment cycle: " + path + " (an objective cannot align to itself, even indirectly)",
        cycle);
  }

  /**
   * The ids involved: the objective and its missing parent, the objectives on the cycle in parent
   * order, or the duplicated id.
   */
  public List<String> ids() {
    return List.of(ids);
  }
}
