package org.okrkit.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The {@code {key: value, …}} metadata of an outline line: parsing, quoting, formatting. */
final class Meta {
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9_.:/@+#-]+(?: [A-Za-z0-9_.:/@+#-]+)*");

  /** One value, where it was, and whether it was quoted ("none" quoted is the text none). */
  record Value(String text, boolean quoted, int column, int keyColumn) {}

  final Map<String, Value> values = new LinkedHashMap<>();
  int column;

  /** Where a metadata group starts in {@code text}, and the group; null when there is none. */
  static @Nullable Meta find(String text, int lineNo, int offset) {
    String trimmed = text.stripTrailing();
    if (!trimmed.endsWith("}")) {
      // "{owner: Sales" with its brace never closed would otherwise become part of the title
      for (int i = 0; i < trimmed.length(); i++) {
        if (trimmed.charAt(i) == '{'
            && (i == 0 || Character.isWhitespace(trimmed.charAt(i - 1)))
            && looksLikeMeta(trimmed, i)) {
          throw new OutlineException(
              lineNo, offset + i + 1, "'}' closing the metadata at the end of the line",
              trimmed.substring(i));
        }
      }
      return null;
    }
    for (int i = 0; i < trimmed.length(); i++) {
      if (trimmed.charAt(i) != '{' || (i > 0 && !Character.isWhitespace(trimmed.charAt(i - 1)))) {
        continue;
      }
      // The first brace that opens "{key:" (or "{}") is the metadata: its error is the line's.
      // Trying every later brace after a long failed parse would take quadratic time.
      if (looksLikeMeta(trimmed, i)) {
        Meta m = parse(trimmed, i, lineNo, offset);
        m.column = offset + i + 1;
        return m;
      }
    }
    return null;
  }

  private static boolean looksLikeMeta(String s, int brace) {
    int j = brace + 1;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    int k = j;
    while (k < s.length() && isKeyChar(s.charAt(k))) {
      k++;
    }
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    return (k > j && k < s.length() && s.charAt(k) == ':') || s.startsWith("}", j)
        || s.startsWith("\"", j);
  }

  private static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
  }

  /** Parses the group whose opening brace is at {@code start}, up to the end of {@code s}. */
  static Meta parse(String s, int start, int lineNo, int offset) {
    Meta m = new Meta();
    int i = start + 1;
    int n = s.length();
    while (true) {
      i = skip(s, i);
      if (i < n && s.charAt(i) == '}' && m.values.isEmpty()) {
        i++;
        break;
      }
      int k = i;
      String key;
      int keyColumn = offset + i + 1;
      if (i < n && s.charAt(i) == '"') {
        // a quoted key carries an extension name of any characters ("x-a/b~c", emoji)
        StringBuilder b = new StringBuilder();
        k = quoted(s, i, b, lineNo, offset);
        key = b.toString();
        if (!isExtension(key)) {
          throw new OutlineException(lineNo, keyColumn, "a quoted key to be an x-… extension",
              key);
        }
      } else {
        while (k < n && isKeyChar(s.charAt(k))) {
          k++;
        }
        if (k == i) {
          throw new OutlineException(lineNo, offset + i + 1, "a metadata key", rest(s, i));
        }
        key = s.substring(i, k);
      }
      i = skip(s, k);
      if (i >= n || s.charAt(i) != ':') {
        throw new OutlineException(lineNo, offset + i + 1, "':' after the key '" + key + "'",
            rest(s, i));
      }
      i = skip(s, i + 1);
      Value v;
      if (i < n && s.charAt(i) == '"') {
        StringBuilder b = new StringBuilder();
        int j = quoted(s, i, b, lineNo, offset);
        v = new Value(b.toString(), true, offset + i + 1, keyColumn);
        i = j;
      } else {
        int j = i;
        while (j < n && s.charAt(j) != ',' && s.charAt(j) != '}') {
          j++;
        }
        String text = s.substring(i, j).strip();
        if (text.isEmpty()) {
          throw new OutlineException(lineNo, offset + i + 1, "a value for '" + key + "'",
              rest(s, i));
        }
        v = new Value(text, false, offset + i + 1, keyColumn);
        i = j;
      }
      if (m.values.containsKey(key)) {
        throw new OutlineException(lineNo, keyColumn, "the key '" + key + "' only once",
            key);
      }
      m.values.put(key, v);
      i = skip(s, i);
      if (i < n && s.charAt(i) == ',') {
        i++;
        continue;
      }
      if (i < n && s.charAt(i) == '}') {
        i++;
        break;
      }
      throw new OutlineException(lineNo, offset + i + 1, "',' or '}'", rest(s, i));
    }
    if (!s.substring(i).isBlank()) {
      throw new OutlineException(lineNo, offset + i + 1, "the end of the line after '}'",
          rest(s, i));
    }
    return m;
  }

  /**
   * Reads the quoted string whose opening quote is at {@code i} into {@code b}, returning the
   * index after its closing quote. Escapes are JSON's: {@code \\uXXXX} takes exactly four hex
   * digits ({@code \\u+041} is refused), and a surrogate must come with its other half.
   */
  private static int quoted(String s, int i, StringBuilder b, int lineNo, int offset) {
    int n = s.length();
    int j = i + 1;
    while (j < n) {
      char c = s.charAt(j);
      if (c == '"') {
        int lone = OutlineReader.loneSurrogate(b.toString());
        if (lone >= 0) {
          throw new OutlineException(lineNo, offset + i + 1, String.format(Locale.ROOT,
              "Unicode text, found a lone surrogate \\u%04x (half of a pair such as an"
                  + " emoji's) in the quoted text", (int) b.charAt(lone)), rest(s, i));
        }
        return j + 1;
      }
      if (c == '\\' && j + 1 < n) {
        char e = s.charAt(j + 1);
        switch (e) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            if (j + 6 > n || !hex4(s, j + 2)) {
              throw new OutlineException(lineNo, offset + j + 1, "four hex digits after \\u",
                  s.substring(j, Math.min(n, j + 6)));
            }
            b.append((char) Integer.parseInt(s.substring(j + 2, j + 6), 16));
            j += 4;
          }
          default -> b.append(e);
        }
        j += 2;
        continue;
      }
      b.append(c);
      j++;
    }
    throw new OutlineException(lineNo, offset + i + 1, "a closing '\"'", rest(s, i));
  }

  private static boolean hex4(String s, int from) {
    for (int k = from; k < from + 4; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int skip(String s, int i) {
    int j = i;
    while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    return j;
  }

  private static String rest(String s, int i) {
    if (i >= s.length()) {
      return "";
    }
    String r = s.substring(i);
    return r.length() > 20 ? r.substring(0, 20) + "…" : r;
  }

  /**
   * Fails on a key that is not one of {@code allowed} and not an extension, and on a value longer
   * than {@code maxLength} characters.
   */
  void checkKeys(int lineNo, String what, List<String> allowed, int maxLength) {
    for (Map.Entry<String, Value> e : values.entrySet()) {
      String key = e.getKey();
      if (e.getValue().text().length() > maxLength || key.length() > maxLength) {
        throw new OutlineException(lineNo, e.getValue().column(), "the value of '" + key
            + "' is " + e.getValue().text().length() + " characters, more than the limit of "
            + maxLength + " (maxStringLength)");
      }
      if (!allowed.contains(key) && !isExtensionOf(key, allowed)) {
        throw new OutlineException(lineNo, e.getValue().keyColumn(),
            "one of " + String.join(", ", allowed) + " or an x-… extension for " + what, key);
      }
    }
  }

  /**
   * True for an extension key this line can hold: {@code x-…} anywhere, {@code baseline.x-…},
   * {@code target.x-…} and {@code close.x-…} only where a baseline, target or close-out can be
   * (elsewhere it would be read and silently dropped).
   */
  private static boolean isExtensionOf(String key, List<String> allowed) {
    return key.startsWith("x-")
        || (key.startsWith("baseline.x-") && allowed.contains("baseline"))
        || (key.startsWith("target.x-") && allowed.contains("target"))
        || (key.startsWith("close.x-") && allowed.contains("closed"));
  }

  /** A key that reads back unquoted. */
  static boolean isPlainKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (!isKeyChar(key.charAt(i))) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  static boolean isExtension(String key) {
    return key.startsWith("x-") || key.startsWith("baseline.x-") || key.startsWith("target.x-")
        || key.startsWith("close.x-");
  }

  // ------------------------------------------------------------------ writing

  /** Builds a metadata group for the writer. */
  static final class Out {
    private final List<String> parts = new ArrayList<>();

    Out put(String key, String value) {
      parts.add(key + ": " + value(value));
      return this;
    }

    Out putQuoted(String key, String value) {
      parts.add(key + ": " + quote(value));
      return this;
    }

    /** An extension whose name may need quoting ({@code "x-a/b~c"}). */
    Out putExtension(String key, String value) {
      parts.add((isPlainKey(key) ? key : quote(key)) + ": " + quote(value));
      return this;
    }

    Out putRaw(String key, String raw) {
      parts.add(key + ": " + raw);
      return this;
    }

    boolean isEmpty() {
      return parts.isEmpty();
    }

    @Override
    public String toString() {
      return parts.isEmpty() ? "" : "{" + String.join(", ", parts) + "}";
    }
  }

  static String value(String v) {
    return PLAIN.matcher(v).matches() && !v.equals("none") ? v : quote(v);
  }

  static String quote(String v) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
              || c == '\u0085') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
