package org.okrkit.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Construction-time invariant checks shared by the value types. Every failure is an
 * {@link IllegalArgumentException} whose message reads {@code <what> '<id>': <field> must be
 * <rule>, was <value>}, so a user can find the offending value without a debugger.
 */
public final class Checks {
  private Checks() {}

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
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(
          prefix(what, id) + field + " must be > 0, was " + format(value));
    }
    return value;
  }

  /** Fails unless {@code 0 <= value <= 1}. */
  public static BigDecimal unitInterval(String what, String id, String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          prefix(what, id) + field + " must be within 0.0..1.0, was " + format(value));
    }
    return value;
  }

  /** Fails unless every extension field name starts with {@code x-}. */
  public static void extensions(String what, String id, java.util.Map<String, String> extensions) {
    for (String name : extensions.keySet()) {
      if (!name.startsWith("x-")) {
        throw new IllegalArgumentException(
            prefix(what, id) + "extension field names must start with 'x-', was '" + name + "'");
      }
    }
  }

  /** Fails with the given rule text; for checks that do not fit the helpers above. */
  public static IllegalArgumentException invalid(String what, String id, String message) {
    return new IllegalArgumentException(prefix(what, id) + message);
  }

  /** Formats a decimal the way the user wrote it, independent of the default locale. */
  public static String format(BigDecimal value) {
    return value.toPlainString();
  }

  /** Formats a number with {@link Locale#ROOT}, for messages. */
  public static String format(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }

  private static String prefix(String what, String id) {
    return what + " '" + id + "': ";
  }
}
