package org.okrkit.examples.report;

/**
 * Text for one line of terminal output. Titles, ids, owners and file names come from the user's
 * document, and may hold line breaks or control characters; printed as they are, they would split
 * one finding over several lines (or forge a line of their own) and could send escape sequences
 * to the terminal. Here they are shown escaped, as in JSON: {@code \n}, {@code \r}, {@code
 * \u001b}.
 */
public final class Terminal {
  private Terminal() {}

  /** {@code s} with every control character except the tab escaped, so it stays on one line. */
  public static String line(String s) {
    int i = 0;
    while (i < s.length() && !unsafe(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean unsafe(char c) {
    return (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029'
        || isBidiControl(c);
  }

  /**
   * The bidirectional formatting characters (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): on a
   * terminal they reorder what follows, so a title could make a line read differently from what
   * it says ("Trojan Source").
   */
  private static boolean isBidiControl(char c) {
    return c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
