package org.okrkit.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.DocumentLimits;

/**
 * The plain values of an outline and of its {@code {…}} metadata: dates, numbers, enums, flags,
 * texts and extensions, each checked against the document's limits and reported with its line
 * and column. Shared by the line readers of {@link OutlineReader}; no state but the limits.
 */
final class OutlineValues {
  /** "DATE: rest", the start of a check-in or measurement line. */
  static final Pattern DATED_LINE = Pattern.compile("([^\\s:]+):(?:\\s+(.*))?");
  /** A plain decimal as the outline writes it: digits, a point, an exponent, no grouping. */
  static final Pattern DECIMAL =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
  /** An ISO date with a four-digit year, as in the JSON format. */
  static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final DocumentLimits limits;

  OutlineValues(DocumentLimits limits) {
    this.limits = limits;
  }

  /** The limits every value is checked against. */
  DocumentLimits limits() {
    return limits;
  }

  static String abbreviate(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
  }

  static int leadingSpaces(String v) {
    return skipSpaces(v, 0, v.length());
  }

  static int skipSpaces(String v, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(v.charAt(i))) {
      i++;
    }
    return i;
  }

  static String message(IllegalArgumentException e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }

  /** An ISO date with a four-digit year (0000–9999), as the JSON format allows. */
  static LocalDate date(String text, int no, int column) {
    if (!DATE.matcher(text).matches()) {
      throw new OutlineException(no, column, "a date like 2026-11-01 (years 0000–9999)", text);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new OutlineException(no, column, "a date like 2026-11-01", text);
    }
  }

  static <E extends Enum<E>> E enumValue(
      Class<E> type, String text, @Nullable Meta m, String key, int no) {
    for (E e : type.getEnumConstants()) {
      if (OutlineFormat.lower(e).equals(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(OutlineFormat.lower(e));
    }
    throw new OutlineException(no, column(m, key), "a " + key + " (one of "
        + String.join(", ", names) + ")", text);
  }

  /** A whole number from 0 to {@code max}, as written (no sign, no decimal point). */
  static int wholeNumber(String text, int max, int no, int column, String key) {
    boolean digits = !text.isEmpty() && text.length() <= 9;
    for (int i = 0; i < text.length() && digits; i++) {
      digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    if (!digits || Integer.parseInt(text) > max) {
      throw new OutlineException(no, column, "a whole number from 0 to " + max + " for " + key,
          text);
    }
    return Integer.parseInt(text);
  }

  static OutlineException tooMany(int no, String what, long limit, String name) {
    return new OutlineException(no, 1, "too many " + what + ": more than the limit of " + limit
        + " (" + name + ")");
  }

  /** Fails on a text longer than the limit, naming the line, column and limit. */
  void checkLength(String s, int no, int column, String what) {
    if (s.length() > limits.maxStringLength()) {
      throw new OutlineException(no, column, what + " of " + s.length() + " characters, more than"
          + " the limit of " + limits.maxStringLength() + " (maxStringLength)");
    }
  }

  static Optional<Boolean> flag(@Nullable Meta m, String key, int no) {
    Optional<String> v = text(m, key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get().equals("yes") || v.get().equals("no")) {
      return Optional.of(v.get().equals("yes"));
    }
    throw new OutlineException(no, column(m, key), "yes or no for " + key, v.get());
  }

  static boolean has(@Nullable Meta m, String key) {
    return m != null && m.values.containsKey(key);
  }

  static Optional<String> text(@Nullable Meta m, String key) {
    if (m == null) {
      return Optional.empty();
    }
    Meta.Value v = m.values.get(key);
    return v == null ? Optional.empty() : Optional.of(v.text());
  }

  /** The value, or empty for an unquoted {@code none}. */
  static Optional<String> noneOr(@Nullable Meta m, String key) {
    if (m == null) {
      return Optional.empty();
    }
    Meta.Value v = m.values.get(key);
    if (v == null || (!v.quoted() && v.text().equals("none"))) {
      return Optional.empty();
    }
    return Optional.of(v.text());
  }

  static int column(@Nullable Meta m, String key) {
    if (m == null) {
      return 1;
    }
    Meta.Value v = m.values.get(key);
    return v == null ? m.column : v.column();
  }

  Optional<BigDecimal> decimal(@Nullable Meta m, String key, int no) {
    Optional<String> t = text(m, key);
    return t.map(v -> parseDecimal(v, column(m, key), no));
  }

  BigDecimal parseDecimal(String text, int column, int no) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        digits++;
      }
    }
    if (digits > 2L * limits.maxNumberLength() + 20) {
      // more digits than any number within the limit: refused before BigDecimal, whose parsing
      // of a million digits takes quadratic time
      throw new OutlineException(no, column, "a number with at most " + limits.maxNumberLength()
          + " digits before and after the decimal point, found one of " + digits + " digits"
          + " (maxNumberLength)");
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw new OutlineException(no, column, "a number", text);
    }
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new OutlineException(no, column, "a number", text);
    }
    if (!limits.fitsNumberLength(d)) {
      throw new OutlineException(no, column, "a number with at most " + limits.maxNumberLength()
          + " digits before and after the decimal point, found one with "
          + limits.numberLengthProblem(d) + " (maxNumberLength)");
    }
    return d;
  }

  /**
   * The extensions of a metadata group with this prefix; each value must be one JSON value (the
   * model holds raw JSON text), checked here with its line and column, never when written.
   */
  Map<String, String> extensions(@Nullable Meta m, String prefix, int no) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, Meta.Value> e : m.values.entrySet()) {
      String key = e.getKey();
      String name;
      if (prefix.equals("x-") && key.startsWith("x-")) {
        name = key;
      } else if (!prefix.equals("x-") && key.startsWith(prefix + "x-")) {
        name = key.substring(prefix.length());
      } else {
        continue;
      }
      Meta.Value v = e.getValue();
      String problem = JsonText.problem(v.text(), limits.maxDepth());
      if (problem != null) {
        throw new OutlineException(no, v.column(), "a JSON value for the extension '" + key
            + "' (" + problem + "; a JSON string is written with its quotes escaped, as in"
            + " \"\\\"OKR-12\\\"\")", v.text());
      }
      out.put(name, v.text());
    }
    return out;
  }
}
