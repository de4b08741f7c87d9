package org.okrkit.model;

import java.util.Objects;

/**
 * A key result found in a set, with the objective that holds it: what {@link
 * OkrSet#keyResult(String)} returns, so that an application answering "check-in for key result
 * cs-1" also knows its objective, cycle and owner. Immutable and thread-safe.
 *
 * @param objective the objective the key result belongs to
 * @param keyResult the key result
 */
public record KeyResultInSet(Objective objective, KeyResult keyResult) {
  /**
   * Checks the parts.
   *
   * @param objective the objective the key result belongs to
   * @param keyResult the key result
   * @throws NullPointerException if a part is null
   */
  public KeyResultInSet {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(keyResult, "keyResult");
  }
}
