package org.okrkit.validation;

/**
 * The syntax of rule ids and threshold names, checked where they enter the library (a {@link
 * RuleSet}, a {@link LintRule} added to a {@link Validator}), without regular expressions so the
 * check stays linear whatever a user passes.
 */
final class RuleIds {
  private RuleIds() {}

  /** What a valid id looks like, for messages. */
  static final String ID_SYNTAX =
      "kebab-case: lower-case letters and digits in words joined by single hyphens, starting"
          + " with a letter, such as 'kr-needs-owner'";

  /** True when {@code id} is kebab-case: {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}. */
  static boolean isValidId(String id) {
    return isWord(id, 0, id.length());
  }

  /**
   * Fails unless {@code id} is a valid rule id.
   *
   * @throws IllegalArgumentException naming {@code what} and the id
   */
  static void checkId(String what, String id) {
    if (!isValidId(id)) {
      throw new IllegalArgumentException(
          what + ": rule id must be " + ID_SYNTAX + ", was " + Text.quote(id));
    }
  }

  /**
   * Fails unless {@code name} is kebab-case words joined by dots, such as {@code
   * my-rule.max-words}.
   *
   * @throws IllegalArgumentException naming the name
   */
  static void checkThresholdName(String name) {
    int from = 0;
    boolean ok = !name.isEmpty();
    while (ok) {
      int dot = name.indexOf('.', from);
      int to = dot < 0 ? name.length() : dot;
      ok = isWord(name, from, to);
      if (dot < 0) {
        break;
      }
      from = dot + 1;
    }
    if (!ok) {
      throw new IllegalArgumentException(
          "rule set: threshold name must be kebab-case words joined by dots, such as"
              + " 'my-rule.max-words', was "
              + Text.quote(name));
    }
  }

  private static boolean isWord(String s, int from, int to) {
    if (from >= to || !isLetter(s.charAt(from)) || s.charAt(to - 1) == '-') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (c == '-' ? s.charAt(i - 1) == '-' : !isLetter(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
