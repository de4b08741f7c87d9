package org.okrkit.validation;

import java.util.List;
import java.util.Objects;

/**
 * Where a {@link Finding} is: the ids of the cycles, objectives or key results involved, and a
 * JSON Pointer (RFC 6901) into the document form of the set, such as {@code
 * /objectives/2/keyResults/0/target}, so that editors and the JSON module can point at the exact
 * place.
 *
 * <p>The pointer's tokens are the document's field names ({@code cycles}, {@code objectives},
 * {@code keyResults}, {@code checkIns}, {@code id}, {@code title}, {@code parent}, {@code cycle},
 * {@code owner}, {@code baseline}, {@code target}, {@code date}, {@code value}, {@code done},
 * {@code confidence}, {@code end}) and zero-based list indexes, so no token needs escaping. When
 * the problem is a missing field, the pointer names the element that lacks it ({@code
 * /objectives/1} for a missing owner). Immutable and thread-safe.
 *
 * @param ids the ids involved, most specific first (the key result before its objective); for an
 *     alignment cycle, every objective on the loop in parent order
 * @param pointer the JSON Pointer to the offending element or field
 */
public record Location(List<String> ids, String pointer) {

  /**
   * A location; the id list is copied.
   *
   * @param ids the ids involved, most specific first (the key result before its objective); for an
   *     alignment cycle, every objective on the loop in parent order
   * @param pointer the JSON Pointer to the offending element or field
   */
  public Location {
    ids = List.copyOf(ids);
    Objects.requireNonNull(pointer, "pointer");
  }

  /** The pointer followed by the ids, such as {@code /objectives/0 [o-1]}. */
  @Override
  public String toString() {
    return pointer + " " + ids;
  }
}
