package org.okrkit.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A change stated relative to the starting point rather than as an end value: "by 20%" ({@link
 * Form#PERCENT} −20 when reducing), "by 5 points" or "by 10 customers" ({@link Form#AMOUNT}),
 * "double" or "halve" ({@link Form#FACTOR} 2 or 0.5). When the sentence also states a baseline the
 * parser derives the target from it; otherwise only this relative change is known.
 *
 * <p>Immutable and thread-safe.
 */
public final class RelativeChange {

  /** How a relative change is expressed. */
  public enum Form {
    /** A percentage of the baseline: the amount is signed, +20 means "20% more". */
    PERCENT,
    /** An amount in the key result's own unit (or percentage points): signed. */
    AMOUNT,
    /** A multiplier of the baseline: 2 for "double", 0.5 for "halve". */
    FACTOR
  }

  private final Form form;
  private final BigDecimal amount;
  private final boolean percentagePoints;

  private RelativeChange(Form form, BigDecimal amount, boolean percentagePoints) {
    this.form = Objects.requireNonNull(form, "form");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.percentagePoints = percentagePoints;
  }

  /**
   * A change by {@code percent} percent of the baseline (signed: −20 for "reduce by 20%").
   *
   * @param percent the change in percent of the baseline, signed (−20 for "reduce by 20%")
   * @return a change by {@code percent} percent of the baseline
   */
  public static RelativeChange percent(BigDecimal percent) {
    return new RelativeChange(Form.PERCENT, percent, false);
  }

  /**
   * A change by {@code amount} in the key result's unit (signed).
   *
   * @param amount the amount
   * @return a change by {@code amount} in the key result's unit (signed)
   */
  public static RelativeChange amount(BigDecimal amount) {
    return new RelativeChange(Form.AMOUNT, amount, false);
  }

  /**
   * A change by {@code points} percentage points of a percentage (signed).
   *
   * @param points the points
   * @return a change by {@code points} percentage points of a percentage (signed)
   */
  public static RelativeChange percentagePoints(BigDecimal points) {
    return new RelativeChange(Form.AMOUNT, points, true);
  }

  /**
   * A change to {@code factor} times the baseline (2 for "double", 0.5 for "halve").
   *
   * @param factor the factor
   * @return a change to {@code factor} times the baseline (2 for "double", 0.5 for "halve")
   */
  public static RelativeChange factor(BigDecimal factor) {
    return new RelativeChange(Form.FACTOR, factor, false);
  }

  /** {@return how the change is expressed} */
  public Form form() {
    return form;
  }

  /** {@return the signed percentage, signed amount, or factor} */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * True when an {@link Form#AMOUNT} is in percentage points of a percentage.
   *
   * @return {@code true} when an {@link Form#AMOUNT} is in percentage points of a percentage
   */
  public boolean isPercentagePoints() {
    return percentagePoints;
  }

  /**
   * The target this change leads to from {@code baseline}, exact.
   *
   * @param baseline the baseline
   * @return the target this change leads to from {@code baseline}, exact
   * @throws ArithmeticException never for the forms above (only multiplication and addition)
   */
  public BigDecimal applyTo(BigDecimal baseline) {
    Objects.requireNonNull(baseline, "baseline");
    return switch (form) {
      case PERCENT -> Numbers.clean(
          baseline.add(baseline.multiply(amount).divide(BigDecimal.valueOf(100))));
      case FACTOR -> Numbers.clean(baseline.multiply(amount));
      case AMOUNT -> baseline.add(amount);
    };
  }

  /** Compact text: {@code +20%}, {@code -5}, {@code +2pp}, {@code x2}. */
  @Override
  public String toString() {
    String n = amount.toPlainString();
    String sign = amount.signum() >= 0 ? "+" : "";
    return switch (form) {
      case FACTOR -> "x" + n;
      case PERCENT -> sign + n + "%";
      case AMOUNT -> sign + n + (percentagePoints ? "pp" : "");
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RelativeChange o
        && o.form == form
        && o.amount.equals(amount)
        && o.percentagePoints == percentagePoints;
  }

  @Override
  public int hashCode() {
    return Objects.hash(form, amount, percentagePoints);
  }
}
