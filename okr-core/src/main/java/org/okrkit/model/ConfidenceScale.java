package org.okrkit.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.okrkit.internal.Checks;

/**
 * A scale OKR tools record confidence on, with its adapter to the 0.0–1.0 confidence OKR Kit
 * scores with. A check-in keeps the value as given ({@link CheckIn#confidenceAsGiven()}) for
 * display beside the normalised {@link CheckIn#confidence()}.
 *
 * <table>
 *   <caption>Scales and their normalisation</caption>
 *   <tr><th>scale</th><th>name</th><th>values</th><th>normalised</th></tr>
 *   <tr><td>{@link #UNIT}</td><td>{@code 0-1}</td><td>0.0–1.0</td><td>as given</td></tr>
 *   <tr><td>{@link #ZERO_TO_TEN}</td><td>{@code 0-10}</td><td>0–10</td><td>v / 10</td></tr>
 *   <tr><td>{@link #ONE_TO_TEN}</td><td>{@code 1-10}</td><td>1–10</td><td>(v − 1) / 9</td></tr>
 *   <tr><td>{@link #LOW_MEDIUM_HIGH}</td><td>{@code low-medium-high}</td><td>low, medium,
 *       high</td><td>0.2, 0.5, 0.8</td></tr>
 *   <tr><td>{@link #RED_AMBER_GREEN}</td><td>{@code red-amber-green}</td><td>red, amber,
 *       green</td><td>0.2, 0.5, 0.8</td></tr>
 * </table>
 *
 * <p>The word scales map to the middle of the Net Confidence Score bands (off track below 0.4,
 * on track from 0.7), so "low" counts as off track and "high" as on track.
 */
public enum ConfidenceScale {
  /** 0.0–1.0, the default: the value is the confidence. */
  UNIT("0-1"),
  /** 0–10, as in a one-to-ten survey with zero: divided by 10. */
  ZERO_TO_TEN("0-10"),
  /** 1–10: 1 is 0.0 and 10 is 1.0, {@code (v − 1) / 9}. */
  ONE_TO_TEN("1-10"),
  /** low, medium, high: 0.2, 0.5, 0.8. */
  LOW_MEDIUM_HIGH("low-medium-high"),
  /** red, amber, green: 0.2, 0.5, 0.8. */
  RED_AMBER_GREEN("red-amber-green");

  private static final BigDecimal LOW = new BigDecimal("0.2");
  private static final BigDecimal MEDIUM = new BigDecimal("0.5");
  private static final BigDecimal HIGH = new BigDecimal("0.8");
  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal NINE = new BigDecimal("9");

  private final String scaleName;

  ConfidenceScale(String scaleName) {
    this.scaleName = scaleName;
  }

  /** {@return the name used in documents ({@code "confidenceScale": "1-10"})} */
  public String scaleName() {
    return scaleName;
  }

  /**
   * True for the scales given in words (low/medium/high, red/amber/green).
   *
   * @return {@code true} if for the scales given in words (low/medium/high, red/amber/green)
   */
  public boolean isWords() {
    return this == LOW_MEDIUM_HIGH || this == RED_AMBER_GREEN;
  }

  /**
   * The words of a word scale, least confident first ({@code low, medium, high}); empty for a
   * numeric scale.
   *
   * @return the scale's words, least confident first, or an empty list
   */
  public List<String> words() {
    return switch (this) {
      case LOW_MEDIUM_HIGH -> List.of("low", "medium", "high");
      case RED_AMBER_GREEN -> List.of("red", "amber", "green");
      default -> List.of();
    };
  }

  /**
   * What a value on this scale is, in words for a message: {@code a number from 0 to 10}, {@code
   * one of "red", "amber", "green"}.
   *
   * @return the values the scale takes, in words
   */
  public String expected() {
    if (isWords()) {
      return "one of \"" + String.join("\", \"", words()) + "\"";
    }
    return "a number from " + (this == ONE_TO_TEN ? "1" : "0") + " to "
        + (this == UNIT ? "1" : "10");
  }

  /**
   * The scale with this document name.
   *
   * @param name the name
   * @return the scale with this document name
   * @throws IllegalArgumentException if no scale has the name; the message lists the names
   * @throws NullPointerException if {@code name} is null
   */
  public static ConfidenceScale named(String name) {
    Objects.requireNonNull(name, "name");
    for (ConfidenceScale s : values()) {
      if (s.scaleName.equals(name.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "confidence scale: expected one of 0-1, 0-10, 1-10, low-medium-high, red-amber-green, was '"
            + name
            + "'");
  }

  /**
   * The 0.0–1.0 confidence for {@code given}, a number or word on this scale.
   *
   * @param given the value as given
   * @return the 0.0–1.0 confidence for {@code given}, a number or word on this scale
   * @throws IllegalArgumentException if {@code given} is not a value of this scale; the message
   *     says which values are
   * @throws NullPointerException if {@code given} is null
   */
  public BigDecimal normalise(String given) {
    Objects.requireNonNull(given, "given");
    if (isWords()) {
      String w = given.trim().toLowerCase(Locale.ROOT);
      String[] words =
          this == LOW_MEDIUM_HIGH
              ? new String[] {"low", "medium", "high"}
              : new String[] {"red", "amber", "green"};
      BigDecimal[] values = {LOW, MEDIUM, HIGH};
      for (int i = 0; i < words.length; i++) {
        if (words[i].equals(w)) {
          return values[i];
        }
      }
      throw new IllegalArgumentException(
          "confidence on the "
              + scaleName
              + " scale: expected "
              + String.join(", ", words)
              + ", was '"
              + given
              + "'");
    }
    BigDecimal v;
    try {
      v = new BigDecimal(given.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "confidence on the " + scaleName + " scale: expected a number, was '" + given + "'", e);
    }
    return normalise(v);
  }

  /**
   * The 0.0–1.0 confidence for the number {@code given} on this (numeric) scale.
   *
   * @param given the value as given
   * @return the 0.0–1.0 confidence for the number {@code given} on this (numeric) scale
   * @throws IllegalArgumentException if the scale is a word scale or {@code given} is outside it
   * @throws NullPointerException if {@code given} is null
   */
  public BigDecimal normalise(BigDecimal given) {
    Objects.requireNonNull(given, "given");
    if (isWords()) {
      throw new IllegalArgumentException(
          "confidence on the " + scaleName + " scale: expected a word, was the number "
              + Checks.format(given));
    }
    BigDecimal min = this == ONE_TO_TEN ? BigDecimal.ONE : BigDecimal.ZERO;
    BigDecimal max = this == UNIT ? BigDecimal.ONE : TEN;
    if (given.compareTo(min) < 0 || given.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "confidence on the "
              + scaleName
              + " scale: must be within "
              + Checks.format(min)
              + ".."
              + Checks.format(max)
              + ", was "
              + Checks.format(given));
    }
    return switch (this) {
      case ZERO_TO_TEN -> given.divide(TEN);
      case ONE_TO_TEN -> given.subtract(BigDecimal.ONE).divide(NINE, java.math.MathContext.DECIMAL64);
      default -> given;
    };
  }
}
