package org.okrkit.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Construction-time invariant checks shared by the value types. Every failure is an
 * {@link IllegalArgumentException} whose message reads {@code <what> '<id>': <field> must be
 * <rule>, was <value>}, so a user can find the offending value without a debugger.
 *
 * <p>Where an id is an {@code Object} (a check-in's {@code LocalDate}), it is turned into text only
 * when the check fails: a document of a million check-ins must not format a million dates for
 * messages it never shows.
 */
public final class Checks {
  /**
   * The most digits a model decimal may have before, and after, the decimal point. Far beyond any
   * OKR value, yet it keeps every exact sum, difference and plain form of the model's numbers
   * bounded: {@code 1E+999999999} is a few bytes but a billion digits once added to 1.
   */
  public static final int MAX_DIGITS = 10_000;

  /** Plain forms longer than this are shown in scientific notation in messages. */
  private static final int MAX_PLAIN_LENGTH = 100;

  /** Significant digits shown of a number too long for its plain form. */
  private static final int MESSAGE_DIGITS = 20;

  private Checks() {}

  /**
   * Fails unless {@code value} has at most {@link #MAX_DIGITS} digits before and after the decimal
   * point, so that scoring its differences and printing it stay cheap.
   */
  public static BigDecimal decimal(String what, Object id, String field, BigDecimal value) {
    long after = value.scale();
    long before = (long) value.precision() - value.scale();
    if (after > MAX_DIGITS || before > MAX_DIGITS) {
      throw new IllegalArgumentException(
          prefix(what, id)
              + field
              + " must have at most "
              + MAX_DIGITS
              + " digits before and "
              + MAX_DIGITS
              + " after the decimal point, was "
              + format(value));
    }
    return value;
  }

  /** Fails unless {@code value} is non-blank; used for ids and titles. */
  public static String nonBlank(String what, String id, String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          prefix(what, id) + field + " must not be blank, was '" + value + "'");
    }
    return value;
  }

  /** Fails unless {@code value > 0}. */
  public static BigDecimal positive(String what, String id, String field, BigDecimal value) {
    decimal(what, id, field, value);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          prefix(what, id) + field + " must be > 0, was " + format(value));
    }
    return value;
  }

  /** Fails unless {@code value >= 0}. */
  public static BigDecimal nonNegative(String what, String id, String field, BigDecimal value) {
    decimal(what, id, field, value);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          prefix(what, id) + field + " must be >= 0, was " + format(value));
    }
    return value;
  }

  /** Fails unless {@code 0 <= value <= 1}. */
  public static BigDecimal unitInterval(String what, Object id, String field, BigDecimal value) {
    decimal(what, id, field, value);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          prefix(what, id) + field + " must be within 0.0..1.0, was " + format(value));
    }
    return value;
  }

  /** Fails unless every extension field name starts with {@code x-}. */
  public static void extensions(String what, Object id, java.util.Map<String, String> extensions) {
    if (extensions.isEmpty()) {
      return; // the common case: no iterator for the millions of check-ins without extensions
    }
    for (String name : extensions.keySet()) {
      if (!name.startsWith("x-")) {
        throw new IllegalArgumentException(
            prefix(what, id) + "extension field names must start with 'x-', was '" + name + "'");
      }
    }
  }

  /** Fails with the given rule text; for checks that do not fit the helpers above. */
  public static IllegalArgumentException invalid(String what, Object id, String message) {
    return new IllegalArgumentException(prefix(what, id) + message);
  }

  /**
   * Formats a decimal the way the user wrote it, independent of the default locale; in scientific
   * notation when the plain form would be long ({@code 1E+999999999} stays 12 characters, never a
   * billion); a number with more than 20 significant digits shows the first 20 and an ellipsis
   * ({@code 9.9999999999999999999…E+10000}).
   */
  public static String format(BigDecimal value) {
    long after = value.scale();
    long before = (long) value.precision() - value.scale();
    long plainLength = Math.max(value.precision(), Math.max(before, after + 1));
    if (plainLength <= MAX_PLAIN_LENGTH) {
      return value.toPlainString();
    }
    if (value.precision() <= MESSAGE_DIGITS) {
      return value.toString();
    }
    // 10,000 significant digits would still be 10,000 characters: the leading ones and the exponent
    BigDecimal lead = value.round(new MathContext(MESSAGE_DIGITS, RoundingMode.DOWN));
    long exponent = before - 1;
    if (exponent >= -6 && exponent <= MESSAGE_DIGITS) {
      // a weight sum like 1 + 1E-200: "1.0… (201 digits)", not "1.0000000000000000000…E+0"
      BigDecimal shown = lead.stripTrailingZeros();
      String plain = shown.scale() <= 0 ? shown.setScale(1).toPlainString() : shown.toPlainString();
      return plain + "… (" + plainLength + " digits)";
    }
    String digits = lead.unscaledValue().abs().toString();
    return (value.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + digits.substring(1)
        + "…E" + (exponent >= 0 ? "+" : "") + exponent;
  }

  /** Formats a number with {@link Locale#ROOT}, for messages. */
  public static String format(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }

  private static String prefix(String what, Object id) {
    return what + " '" + id + "': ";
  }
}
