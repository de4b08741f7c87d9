package org.okrkit.text;

import org.jspecify.annotations.Nullable;

/**
 * Checks that text is exactly one JSON value (RFC 8259), in one linear pass without recursion:
 * the outline carries extension values as raw JSON text, which the JSON writer copies as they
 * are, so a value that is not JSON must be refused when the outline is read, not when it is
 * written half-way.
 */
final class JsonText {
  private final String s;
  private final int maxDepth;
  private int i;

  private JsonText(String s, int maxDepth) {
    this.s = s;
    this.maxDepth = maxDepth;
  }

  /** Null when {@code text} is one JSON value, else what is wrong, with the character index. */
  static @Nullable String problem(String text, int maxDepth) {
    return new JsonText(text, maxDepth).check();
  }

  private @Nullable String check() {
    // containers open: true for an object, false for an array
    boolean[] stack = new boolean[Math.max(1, maxDepth)];
    int depth = 0;
    skip();
    while (true) {
      // a value
      if (i >= s.length()) {
        return "a JSON value at character " + (i + 1) + ", found the end";
      }
      char c = s.charAt(i);
      boolean closedEmpty = false;
      if (c == '{' || c == '[') {
        if (depth == maxDepth) {
          return "JSON nested at most " + maxDepth + " levels deep";
        }
        stack[depth++] = c == '{';
        i++;
        skip();
        if (i < s.length() && s.charAt(i) == (c == '{' ? '}' : ']')) {
          i++;
          depth--;
          closedEmpty = true;
        } else if (c == '{') {
          String p = member();
          if (p != null) {
            return p;
          }
          continue;
        } else {
          continue;
        }
      }
      if (!closedEmpty) {
        String p = scalar();
        if (p != null) {
          return p;
        }
      }
      // after a value: a separator, a closing bracket, or the end
      while (true) {
        skip();
        if (depth == 0) {
          return i == s.length() ? null
              : "the end of the JSON value at character " + (i + 1) + ", found more";
        }
        if (i >= s.length()) {
          return "'" + (stack[depth - 1] ? '}' : ']') + "' closing the JSON value";
        }
        char n = s.charAt(i);
        if (n == ',') {
          i++;
          skip();
          if (stack[depth - 1]) {
            String p = member();
            if (p != null) {
              return p;
            }
          }
          break;
        }
        if (n == (stack[depth - 1] ? '}' : ']')) {
          i++;
          depth--;
          continue;
        }
        return "',' or '" + (stack[depth - 1] ? '}' : ']') + "' at character " + (i + 1);
      }
    }
  }

  /** A member's name and colon, leaving the position on its value. */
  private @Nullable String member() {
    if (i >= s.length() || s.charAt(i) != '"') {
      return "a quoted member name at character " + (i + 1);
    }
    String p = string();
    if (p != null) {
      return p;
    }
    skip();
    if (i >= s.length() || s.charAt(i) != ':') {
      return "':' at character " + (i + 1);
    }
    i++;
    skip();
    return null;
  }

  private @Nullable String scalar() {
    char c = s.charAt(i);
    if (c == '"') {
      return string();
    }
    for (String word : new String[] {"true", "false", "null"}) {
      if (s.startsWith(word, i)) {
        i += word.length();
        return null;
      }
    }
    return number();
  }

  private @Nullable String string() {
    int start = i;
    i++;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        i++;
        return null;
      }
      if (c < 0x20) {
        return "no control character inside a JSON string (character " + (i + 1) + ")";
      }
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          break;
        }
        char e = s.charAt(i + 1);
        if (e == 'u') {
          if (i + 6 > s.length() || !hex4(i + 2)) {
            return "four hex digits after \\u at character " + (i + 1);
          }
          i += 6;
          continue;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
          return "a JSON escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u) at character " + (i + 1);
        }
        i += 2;
        continue;
      }
      i++;
    }
    return "a closing '\"' for the JSON string at character " + (start + 1);
  }

  private boolean hex4(int from) {
    for (int k = from; k < from + 4; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private @Nullable String number() {
    int start = i;
    if (i < s.length() && s.charAt(i) == '-') {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '0') {
      i++;
    } else if (!digits()) {
      i = start;
      return "a JSON value (a string in double quotes, a number, true, false, null, an object"
          + " or an array) at character " + (start + 1);
    }
    if (i < s.length() && s.charAt(i) == '.') {
      i++;
      if (!digits()) {
        return "digits after the decimal point at character " + (i + 1);
      }
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      if (!digits()) {
        return "digits in the exponent at character " + (i + 1);
      }
    }
    return null;
  }

  private boolean digits() {
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > start;
  }

  private void skip() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      i++;
    }
  }
}
