package org.okrkit.json;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The wording the JSON reader's messages share: values quoted and shortened as a message shows
 * them, Jackson's messages in the format's terms, and lone surrogates named.
 */
final class ReadMessages {
  private ReadMessages() {}

  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");

  private static final int MAX_SHOWN = 40;

  /** Parser messages without the names of Jackson's switches, which mean nothing to a user. */
  static String inOkrTerms(String message) {
    return message
        .replaceAll(":? *enable `JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS` to allow",
            " (JSON numbers are plain decimals: no NaN or Infinity)")
        .replaceAll("\\(?[^()]*Feature 'ALLOW_COMMENTS' not enabled for parser\\)?",
            "(JSON has no comments)")
        .replaceAll(":? *(?:enable|use) `?(?:JsonReadFeature|JsonParser\\.Feature)\\.\\w+`?"
            + "(?: to allow)?", " (not allowed in JSON)")
        .replaceAll("\\(?[^()]*Feature '\\w+' not enabled[^()]*\\)?", "(not allowed in JSON)")
        .replaceAll("`?StreamReadConstraints\\.\\w+\\(\\)`?", "the reader's limit");
  }

  /** Jackson's message without its notes on where the source is (we give line and column). */
  static String plain(String jacksonMessage) {
    return SOURCE.matcher(jacksonMessage).replaceAll("line $1, column $2");
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    String shown = shorten(s);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "… (" + s.length() + " chars)";
  }

  /**
   * Where {@code s} holds half of a surrogate pair on its own ({@code "\\ud800"}), or -1: such a
   * string is not Unicode text, cannot be written as UTF-8, and would print as '?'.
   */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  static String surrogateProblem(String s, int at) {
    return String.format(Locale.ROOT, "expected Unicode text, got a lone surrogate \\u%04x at"
        + " character %d (half of a pair such as an emoji's; give both halves or remove it)",
        (int) s.charAt(at), at + 1);
  }
}
