package org.okrkit.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.okrkit.model.Cycle;
import org.okrkit.model.OkrSet;

/**
 * The outcome of {@link CarryForward#carryForward}: the new set, which old id became which new
 * one, and what stayed behind and why.
 *
 * @param set the whole set: the old cycle unchanged plus the carried objectives in the new one
 * @param toCycle the cycle carried into (created when the set lacked it)
 * @param newIds old id to new id, for every carried objective and key result, in document order
 * @param leftBehind what was not carried, each with the reason
 * @param notes what the user should look at in the carried objectives (an alignment dropped)
 */
public record CarryResult(
    OkrSet set,
    Cycle toCycle,
    Map<String, String> newIds,
    List<LeftBehind> leftBehind,
    List<String> notes) {

  /**
   * A result; the collections are copied (the map keeps its order).
   *
   * @param set the whole set: the old cycle unchanged plus the carried objectives in the new one
   * @param toCycle the cycle carried into (created when the set lacked it)
   * @param newIds old id to new id, for every carried objective and key result, in document order
   * @param leftBehind what was not carried, each with the reason
   * @param notes what the user should look at in the carried objectives (an alignment dropped)
   */
  public CarryResult {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(toCycle, "toCycle");
    newIds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(newIds));
    leftBehind = List.copyOf(leftBehind);
    notes = List.copyOf(notes);
  }

  /**
   * An objective or key result that stayed in the old cycle.
   *
   * @param id its id
   * @param reason why it was not carried ("decided abandon", "milestone done")
   */
  public record LeftBehind(String id, String reason) {
    /**
     * A left-behind entry; both components must be present.
     *
     * @param id its id
     * @param reason why it was not carried ("decided abandon", "milestone done")
     */
    public LeftBehind {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
