package org.okrkit.validation;

import java.util.Objects;

/**
 * Why {@link ActivityDetector} reads a key result as an activity or output rather than a result:
 * the phrase that gave it away, where it is in the text, and a rewrite hint.
 *
 * <p>Immutable and thread-safe.
 *
 * @param phrase the trigger words exactly as written, such as {@code Launch}, {@code roll out} or
 *     {@code Implementation of}
 * @param start the index of the phrase's first character in the text
 * @param end the index after the phrase's last character
 * @param rewriteHint how to turn the activity into a result, with an example
 */
public record ActivityMatch(String phrase, int start, int end, String rewriteHint) {

  /**
   * A match.
   *
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
   */
  public ActivityMatch {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(rewriteHint, "rewriteHint");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "activity match '" + phrase + "': range must be within the text, was " + start + ".." + end);
    }
  }
}
