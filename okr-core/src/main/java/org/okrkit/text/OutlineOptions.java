package org.okrkit.text;

import java.util.Objects;
import org.okrkit.model.DocumentLimits;

/**
 * How an outline is read: the {@link DocumentLimits} it must keep to (the same as for JSON), and
 * what happens to a key-result sentence the {@link KeyResultParser} reads with less than {@link
 * ReadingConfidence#HIGH high} confidence. By default such a line is an error naming it (the
 * reader never stores a guessed number silently); with {@link #withLenientReadings(boolean)
 * lenient readings} the guess is kept and reported as an {@link OutlineWarning} with the
 * reading's notes. A line whose metadata states the kind, unit, baseline and target needs no
 * reading and is never reported.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutlineOptions {
  private static final OutlineOptions DEFAULTS =
      new OutlineOptions(DocumentLimits.defaults(), false);

  private final DocumentLimits limits;
  private final boolean lenientReadings;

  private OutlineOptions(DocumentLimits limits, boolean lenientReadings) {
    this.limits = limits;
    this.lenientReadings = lenientReadings;
  }

  /** {@return default limits; unsure readings are errors} */
  public static OutlineOptions defaults() {
    return DEFAULTS;
  }

  /** {@return the limits every outline read with these options must keep to} */
  public DocumentLimits limits() {
    return limits;
  }

  /**
   * True when unsure key-result readings are kept and reported as warnings, not errors.
   *
   * @return {@code true} when unsure key-result readings are kept and reported as warnings, not
   *     errors
   */
  public boolean isLenientReadings() {
    return lenientReadings;
  }

  /**
   * Returns a copy enforcing these limits.
   *
   * @param limits the document limits
   * @return a copy enforcing these limits
   */
  public OutlineOptions withLimits(DocumentLimits limits) {
    return new OutlineOptions(Objects.requireNonNull(limits, "limits"), lenientReadings);
  }

  /**
   * Returns a copy that keeps key-result readings below high confidence as warnings ({@code
   * true}) or refuses them as errors ({@code false}, the default).
   *
   * @param lenient {@code true} to be lenient
   * @return a copy that keeps key-result readings below high confidence as warnings
   */
  public OutlineOptions withLenientReadings(boolean lenient) {
    return new OutlineOptions(limits, lenient);
  }
}
