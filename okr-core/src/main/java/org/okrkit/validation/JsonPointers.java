package org.okrkit.validation;

import org.jspecify.annotations.Nullable;

/**
 * JSON Pointers (RFC 6901) into the document form of a set: their syntax, and whether one names an
 * element of a given set (so a user rule cannot report a finding at {@code /objectives/9} of a set
 * with three objectives). Linear in the pointer's length; no regular expressions.
 */
final class JsonPointers {
  private JsonPointers() {}

  /** Why {@code pointer} is not a JSON Pointer, or null when it is one. */
  static @Nullable String syntaxError(String pointer) {
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      return "it must be empty or start with '/'";
    }
    for (int i = 0; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      if (c == '~'
          && (i + 1 >= pointer.length()
              || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1'))) {
        return "'~' must be followed by 0 or 1";
      }
    }
    return null;
  }

  /**
   * Why a syntactically valid {@code pointer} names no element of the set indexed by {@code
   * index}, or null when it names one: a list index past the end, or not a list index at all,
   * under {@code cycles}, {@code objectives}, {@code keyResults} or {@code checkIns}. Field names
   * are not checked (documents may carry extension fields).
   */
  static @Nullable String resolveError(SetIndex index, String pointer) {
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    if (tokens.length < 2) {
      return null;
    }
    if (tokens[0].equals("cycles")) {
      return position(tokens[1], index.cycles().size()) < 0 ? outside(pointer) : null;
    }
    if (!tokens[0].equals("objectives")) {
      return null;
    }
    int i = position(tokens[1], index.objectives().size());
    if (i < 0) {
      return outside(pointer);
    }
    if (tokens.length < 4 || !tokens[2].equals("keyResults")) {
      return null;
    }
    int j = position(tokens[3], index.objective(i).keyResults().size());
    if (j < 0) {
      return outside(pointer);
    }
    if (tokens.length < 6 || !tokens[4].equals("checkIns")) {
      return null;
    }
    int k = position(tokens[5], index.keyResult(i, j).checkIns().size());
    return k < 0 ? outside(pointer) : null;
  }

  private static String outside(String pointer) {
    return "its pointer " + pointer + " names no element of the set";
  }

  /** The list index {@code token} stands for, or -1 when it is not one below {@code size}. */
  private static int position(String token, int size) {
    if (token.isEmpty() || token.length() > 10 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    long n = 0;
    for (int p = 0; p < token.length(); p++) {
      char c = token.charAt(p);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n < size ? (int) n : -1;
  }
}
