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
    OutlineException first = null;
    for (int i = 0; i < trimmed.length(); i++) {
      if (trimmed.charAt(i) != '{' || (i > 0 && !Character.isWhitespace(trimmed.charAt(i - 1)))) {
        continue;
      }
      try {
        Meta m = parse(trimmed, i, lineNo, offset);
        m.column = offset + i + 1;
        return m;
      } catch (OutlineException e) {
        if (first == null && looksLikeMeta(trimmed, i)) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
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
    return (k > j && k < s.length() && s.charAt(k) == ':') || s.startsWith("}", j);
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
      while (k < n && isKeyChar(s.charAt(k))) {
        k++;
      }
      if (k == i) {
        throw new OutlineException(lineNo, offset + i + 1, "a metadata key", rest(s, i));
      }
      String key = s.substring(i, k);
      int keyColumn = offset + i + 1;
      i = skip(s, k);
      if (i >= n || s.charAt(i) != ':') {
        throw new OutlineException(lineNo, offset + i + 1, "':' after the key '" + key + "'",
            rest(s, i));
      }
      i = skip(s, i + 1);
      Value v;
      if (i < n && s.charAt(i) == '"') {
        StringBuilder b = new StringBuilder();
        int j = i + 1;
        boolean closed = false;
        while (j < n) {
          char c = s.charAt(j);
          if (c == '"') {
            closed = true;
            j++;
            break;
          }
          if (c == '\\' && j + 1 < n) {
            char e = s.charAt(j + 1);
            switch (e) {
              case 'n' -> b.append('\n');
              case 'r' -> b.append('\r');
              case 't' -> b.append('\t');
              case 'u' -> {
                if (j + 5 >= n) {
                  throw new OutlineException(lineNo, offset + j + 1, "four hex digits after \\u",
                      rest(s, j));
                }
                try {
                  b.append((char) Integer.parseInt(s.substring(j + 2, j + 6), 16));
                } catch (NumberFormatException ex) {
                  throw new OutlineException(lineNo, offset + j + 1,
                      "four hex digits after \\u", s.substring(j, j + 6));
                }
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
        if (!closed) {
          throw new OutlineException(lineNo, offset + i + 1, "a closing '\"'", rest(s, i));
        }
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

  /** Fails on a key that is not one of {@code allowed} and not an extension. */
  void checkKeys(int lineNo, String what, List<String> allowed) {
    for (Map.Entry<String, Value> e : values.entrySet()) {
      String key = e.getKey();
      if (!allowed.contains(key) && !isExtension(key)) {
        throw new OutlineException(lineNo, e.getValue().keyColumn(),
            "one of " + String.join(", ", allowed) + " or an x-… extension for " + what, key);
      }
    }
  }

  static boolean isExtension(String key) {
    return key.startsWith("x-") || key.startsWith("baseline.x-") || key.startsWith("target.x-");
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
