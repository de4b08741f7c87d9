package org.okrkit.text;

import java.util.Objects;

/**
 * A line of an outline that was read, but whose key-result sentence was read with less than high
 * confidence: the place (line and column, from 1) and what to check, from the reading's notes.
 * Only {@linkplain OutlineOptions#withLenientReadings(boolean) lenient} reading gives warnings.
 *
 * @param line the line of the key result, from 1
 * @param column the column where its sentence starts, from 1
 * @param message what was guessed, in plain words
 */
public record OutlineWarning(int line, int column, String message) {
  /**
   * A warning at this place; the message must not be null.
   *
   * @param line the line of the key result, from 1
   * @param column the column where its sentence starts, from 1
   * @param message what was guessed, in plain words
   */
  public OutlineWarning {
    Objects.requireNonNull(message, "message");
  }

  /** The warning as {@code line 4, column 3: …}. */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + message;
  }
}
