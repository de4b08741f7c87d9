package org.okrkit.text;

import java.util.Objects;

/**
 * Where in a key-result sentence a part of the reading came from: the characters {@code
 * [start, end)} of the sentence, and their text ("from 4.1" gives the baseline's span {@code
 * 4.1}).
 *
 * @param start the index of the first character, from 0
 * @param end the index after the last character
 * @param text the characters themselves
 */
public record Span(int start, int end, String text) {

  /**
   * A span, checked.
   *
   * @param start the index of the first character, from 0
   * @param end the index after the last character
   * @param text the characters themselves
   * @throws IllegalArgumentException if {@code start} is negative or after {@code end}
   */
  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "span: start must be within 0.." + end + ", was " + start);
    }
  }

  static Span of(String sentence, int start, int end) {
    return new Span(start, end, sentence.substring(start, end));
  }
}
