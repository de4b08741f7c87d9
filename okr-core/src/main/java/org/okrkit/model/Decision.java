package org.okrkit.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What happens to an objective or key result after its cycle closes; the JSON names are {@code
 * keep}, {@code modify}, {@code abandon} and {@code defer}. Keep, modify and defer carry it into
 * the next cycle; abandon leaves it behind.
 */
public enum Decision {
  /** Pursue it again next cycle as it is (a missed objective may well be kept). */
  KEEP,
  /** Pursue it next cycle, reworded or with other targets. */
  MODIFY,
  /** Stop pursuing it: it stays behind in the closed cycle. */
  ABANDON,
  /** Postpone it: carried into the next cycle to be picked up later. */
  DEFER;

  /**
   * True when carrying forward moves it into the next cycle (keep, modify, defer).
   *
   * @return {@code true} when carrying forward moves it into the next cycle (keep, modify, defer)
   */
  public boolean carriesForward() {
    return this != ABANDON;
  }

  /** {@return the name used in documents ({@code keep})} */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The decision spelled {@code spelling} in a document, if any.
   *
   * @param spelling the spelling as written in documents
   * @return the decision spelled {@code spelling} in a document, if any
   */
  public static Optional<Decision> ofSpelling(String spelling) {
    for (Decision d : values()) {
      if (d.spelling().equals(spelling)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
