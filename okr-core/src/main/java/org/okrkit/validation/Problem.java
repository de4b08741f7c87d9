package org.okrkit.validation;

import java.util.List;
import java.util.Objects;

/**
 * One problem a {@link LintRule} of your own found: where it is (a JSON Pointer into the document
 * form of the set, and the ids involved), a one-sentence message naming the offending value, and a
 * hint on how to fix it. The {@link Validator} turns it into a {@link Finding} of the rule, at the
 * severity the {@link RuleSet} gives the rule.
 *
 * <p>Usually made by the context a check receives ({@link KeyResultContext#problem(String,
 * String)}, {@link ObjectiveContext#problemAt(String, String, String)}…), which fills in the
 * element's pointer and ids. Immutable and thread-safe.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the offending element or field, such as {@code
 *     /objectives/0/keyResults/1/title}; the validator reports a pointer that names no element of
 *     the set as {@code check-failed}
 * @param ids the ids involved, most specific first (the key result before its objective)
 * @param message one sentence naming the offending value
 * @param hint how to fix it
 */
public record Problem(String pointer, List<String> ids, String message, String hint) {

  /**
   * A problem.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the offending element or field, such as {@code
   *     /objectives/0/keyResults/1/title}; the validator reports a pointer that names no element of
   *     the set as {@code check-failed}
   * @param ids the ids involved, most specific first (the key result before its objective)
   * @param message one sentence naming the offending value
   * @param hint how to fix it
   * @throws NullPointerException if a component or an id is null
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer ({@code ""} or
   *     {@code /token/token…}, with {@code ~} only as {@code ~0} or {@code ~1}) or {@code message}
   *     is blank
   */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    checkPointer(pointer);
    if (message.isBlank()) {
      throw new IllegalArgumentException(
          "problem at " + pointer + ": message must not be blank, was " + Text.quote(message));
    }
  }

  /** Fails unless {@code pointer} is a JSON Pointer. */
  static void checkPointer(String pointer) {
    String why = JsonPointers.syntaxError(Objects.requireNonNull(pointer, "pointer"));
    if (why != null) {
      throw new IllegalArgumentException(
          "problem: pointer must be a JSON Pointer (" + why + "), was " + Text.quote(pointer));
    }
  }

  /**
   * A problem at {@code pointer} involving {@code ids}.
   *
   * @param pointer the JSON Pointer of the place
   * @param ids the ids
   * @param message the message, one line for a person to read
   * @param hint the hint on how to fix it
   * @return a problem at {@code pointer} involving {@code ids}
   * @throws NullPointerException if an argument or an id is null
   * @throws IllegalArgumentException if the pointer is not a JSON Pointer or the message is blank
   */
  public static Problem of(String pointer, List<String> ids, String message, String hint) {
    return new Problem(pointer, ids, message, hint);
  }
}
