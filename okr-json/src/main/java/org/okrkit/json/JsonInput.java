package org.okrkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.health.CheckInCadence;
import org.okrkit.model.DocumentLimits;

/**
 * The document's parser with the values every type's reader takes: numbers (exact, within the
 * number-length limit; short plain ones read from the parser's text and shared, see {@link
 * DecimalTable}), dates (by their digits, see {@link DateTable}), booleans, periods, enums and
 * spellings. Not thread-safe: one per document.
 */
final class JsonInput extends JsonCursor {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** The longest number read by {@link #shortDecimal()}: sixteen digits, a sign and a point. */
  private static final int MAX_SHORT_NUMBER = 18;

  /** One instance per date read, by its digits (yyyymmdd): a million check-ins share a few dozen. */
  private final DateTable dates = new DateTable();

  /** One instance per short decimal read. */
  private final DecimalTable decimals = new DecimalTable();

  /** The length of number text beyond which the parser's own limit may apply. */
  private final int numberBackstop;

  JsonInput(JsonParser p, OkrJsonLimits limits, boolean lenient) {
    super(p, limits, lenient);
    this.numberBackstop = OkrJson.numberBackstop(limits);
  }

  @Nullable BigDecimal number() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrong("a number");
      return null;
    }
    BigDecimal d = shortDecimal();
    if (d == null) {
      try {
        d = p.getDecimalValue();
      } catch (NumberFormatException | ArithmeticException e) {
        report(here(), loc(), "expected a number within range, got " + got());
        return null;
      }
    }
    // Digits of the plain form: 1e1000000000 has a billion, and would stall any arithmetic.
    DocumentLimits shared = limits.documentLimits();
    if (!shared.fitsNumberLength(d)) {
      report(here(), loc(), "expected a number with at most " + shared.maxNumberLength()
          + " digits before and after the decimal point, got " + got() + " ("
          + shared.numberLengthProblem(d) + ")");
      return null;
    }
    return d;
  }

  /**
   * The current number when it is written as plain digits with at most one point and fits in a
   * long ({@code 42}, {@code -3.50}), read from the parser's text without parsing a BigDecimal,
   * as one instance per value; null for any other form, left to the parser. The value and scale
   * are those {@code new BigDecimal(text)} gives ({@code 4.10} keeps its scale of 2).
   */
  private @Nullable BigDecimal shortDecimal() throws IOException {
    if (base == null) {
      return null;
    }
    int length = p.getTextLength();
    // short enough for a long, and for the parser's own length backstop not to apply
    if (length > MAX_SHORT_NUMBER || length > numberBackstop) {
      return null;
    }
    char[] text = p.getTextCharacters();
    int i = p.getTextOffset();
    int end = i + length;
    boolean negative = i < end && text[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int scale = -1; // digits after the point, or -1 before it
    int digits = 0;
    for (; i < end; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return null; // an exponent: the parser's
      }
    }
    if (digits == 0 || digits > 16 || scale == 0) {
      return null; // no digits or a point with none after it is the parser's to reject
    }
    return decimals.get(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }

  @Nullable BigDecimal nonNegative() throws IOException {
    BigDecimal d = number();
    if (d != null && d.signum() < 0) {
      report(here(), loc(), "expected a number >= 0, got " + got());
      return null;
    }
    return d;
  }

  @Nullable Period cadence() throws IOException {
    String s = string();
    if (s == null) {
      return null;
    }
    try {
      return CheckInCadence.parsePeriod(s);
    } catch (IllegalArgumentException e) {
      report(here(), loc(), "expected daily, weekly, biweekly, monthly, quarterly or an ISO-8601"
          + " period such as \"P10D\", got " + ReadMessages.quote(s));
      return null;
    }
  }

  @Nullable Integer graceDays() throws IOException {
    BigDecimal d = number();
    if (d == null) {
      return null;
    }
    if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(3660)) > 0) {
      report(here(), loc(), "expected a whole number of days from 0 to 3660, got " + got());
      return null;
    }
    return d.intValueExact();
  }

  @Nullable BigDecimal unitInterval() throws IOException {
    BigDecimal d = number();
    if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0)) {
      report(here(), loc(), "expected a number from 0 to 1, got " + got());
      return null;
    }
    return d;
  }

  @Nullable Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    wrong("true or false");
    return null;
  }

  @Nullable LocalDate date() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrong("an ISO-8601 date (yyyy-mm-dd)");
      return null;
    }
    markStringRead();
    int key = dateKey();
    if (key >= 0) {
      LocalDate cached = dates.get(key);
      if (cached != null) {
        return cached;
      }
    }
    String s = p.getText();
    LocalDate d = null;
    if (DATE.matcher(s).matches()) {
      try {
        d = LocalDate.parse(s);
      } catch (DateTimeException e) {
        d = null;
      }
    }
    if (d == null) {
      report(here(), loc(), "expected an ISO-8601 date (yyyy-mm-dd), got " + ReadMessages.quote(s));
      return null;
    }
    if (key >= 0) {
      dates.put(key, d);
    }
    return d;
  }

  /**
   * The digits of the current string as yyyymmdd when it has the shape of a date
   * ({@code 2026-10-08}), read without making a String; -1 otherwise. Whether it is a real day is
   * for {@code LocalDate.parse} to say, once per distinct text.
   */
  private int dateKey() throws IOException {
    if (p.getTextLength() != 10) {
      return -1;
    }
    char[] t = p.getTextCharacters();
    int o = p.getTextOffset();
    if (t[o + 4] != '-' || t[o + 7] != '-') {
      return -1;
    }
    int key = 0;
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 7) {
        continue;
      }
      char c = t[o + i];
      if (c < '0' || c > '9') {
        return -1;
      }
      key = key * 10 + (c - '0');
    }
    return key;
  }

  /** An enum's constants and their spellings in documents (lower case), made once. */
  static final class Choices<E extends Enum<E>> {
    final E[] values;
    final List<String> names;

    Choices(E[] values) {
      this.values = values;
      List<String> names = new ArrayList<>(values.length);
      for (E e : values) {
        names.add(e.name().toLowerCase(Locale.ROOT));
      }
      this.names = List.copyOf(names);
    }
  }

  <E extends Enum<E>> @Nullable E enumValue(Choices<E> choices) throws IOException {
    String s = string();
    if (s == null) {
      return null;
    }
    List<String> names = choices.names;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(s)) {
        return choices.values[i];
      }
    }
    List<String> close = Spelling.suggest(s, names);
    report(here(), loc(), "expected one of " + Spelling.quoteAll(names, ", ") + ", got " + ReadMessages.quote(s)
        + (close.isEmpty() ? "" : "; did you mean " + Spelling.quoteAll(close, " or ") + "?"));
    return null;
  }

  static <E> List<String> spellings(E[] values, Function<E, String> spelling) {
    List<String> names = new ArrayList<>(values.length);
    for (E e : values) {
      names.add(spelling.apply(e));
    }
    return List.copyOf(names);
  }

  /** The current string when it is one of {@code names}, or null after reporting it. */
  @Nullable String choice(List<String> names) throws IOException {
    String s = string();
    if (s == null) {
      return null;
    }
    if (names.contains(s)) {
      return s;
    }
    List<String> close = Spelling.suggest(s, names);
    report(here(), loc(), "expected one of " + Spelling.quoteAll(names, ", ") + ", got " + ReadMessages.quote(s)
        + (close.isEmpty() ? "" : "; did you mean " + Spelling.quoteAll(close, " or ") + "?"));
    return null;
  }

  /** True (and the token consumed) when the current token is the string {@code "none"}. */
  boolean isNone() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      if (p.getText().equals("none")) {
        return true;
      }
      wrong("a number or \"none\"");
      return true;
    }
    return false;
  }
}
