package org.okrkit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a closed objective or key result ended, as its owner judges it at the retrospective; the
 * JSON names are {@code achieved}, {@code partially-achieved} and {@code missed}.
 */
public enum Outcome {
  /** The objective was achieved: what it set out to change has changed. */
  ACHIEVED,
  /** Real progress was made, but the objective was not fully achieved. */
  PARTIALLY_ACHIEVED,
  /** The objective was missed: no meaningful progress. */
  MISSED;

  /** {@return the name used in documents: lower case with hyphens ({@code partially-achieved})} */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The outcome spelled {@code spelling} in a document, if any.
   *
   * @param spelling the spelling as written in documents
   * @return the outcome spelled {@code spelling} in a document, if any
   */
  public static Optional<Outcome> ofSpelling(String spelling) {
    for (Outcome o : values()) {
      if (o.spelling().equals(spelling)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
