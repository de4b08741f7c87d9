package org.okrkit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a mid-cycle {@link Change} of a key result changed; the JSON names are {@code target},
 * {@code baseline} and {@code added}.
 */
public enum ChangeField {
  /** The target (or the bound of a threshold) changed from one value to another. */
  TARGET,
  /** The baseline changed, for instance after the starting value was measured again. */
  BASELINE,
  /** The key result itself was added to its objective during the cycle (no from or to). */
  ADDED;

  /** {@return the name used in documents ({@code target})} */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The field spelled {@code spelling} in a document, if any.
   *
   * @param spelling the spelling as written in documents
   * @return the field spelled {@code spelling} in a document, if any
   */
  public static Optional<ChangeField> ofSpelling(String spelling) {
    for (ChangeField f : values()) {
      if (f.spelling().equals(spelling)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
