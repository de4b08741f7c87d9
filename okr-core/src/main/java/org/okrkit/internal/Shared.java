package org.okrkit.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One shared instance of each common small immutable value, so a model of a million check-ins
 * does not hold a million copies of the same few dates and decimals: the days of 2010–2060 and
 * the decimals with at most two digits after the point between −1,000 and 10,000 (confidences,
 * percentages, scores, most measured values). Sharing is invisible: the values are immutable and
 * the shared one is {@code equals} to the one given (same digits, same scale, so 4.10 stays 4.10).
 * Other values are kept as given. Thread-safe: a race fills a slot with equal values.
 */
public final class Shared {
  private static final long FIRST_DAY = LocalDate.of(2010, 1, 1).toEpochDay();
  private static final int DAYS = (int) (LocalDate.of(2061, 1, 1).toEpochDay() - FIRST_DAY);
  private static final int MAX_SCALE = 2;
  private static final long LOWEST = -1_000;
  private static final long HIGHEST = 10_000; // exclusive, in units of the scale
  private static final int PER_SCALE = (int) (HIGHEST - LOWEST);

  private Shared() {}

  // Filled on first use, so the tables cost nothing until a model is built.
  private static final class Days {
    static final AtomicReferenceArray<LocalDate> DAY = new AtomicReferenceArray<>(DAYS);
  }

  private static final class Decimals {
    static final AtomicReferenceArray<BigDecimal> DECIMAL =
        new AtomicReferenceArray<>((MAX_SCALE + 1) * PER_SCALE);
  }

  /**
   * The shared instance of {@code date}.
   *
   * @param date a day
   * @return the shared instance equal to {@code date}, or {@code date} itself outside 2010–2060
   */
  public static LocalDate date(LocalDate date) {
    long slot = date.toEpochDay() - FIRST_DAY;
    if (slot < 0 || slot >= DAYS) {
      return date;
    }
    LocalDate shared = Days.DAY.get((int) slot);
    if (shared != null) {
      return shared;
    }
    return Days.DAY.compareAndSet((int) slot, null, date) ? date : Days.DAY.get((int) slot);
  }

  /**
   * The shared instance of {@code value}.
   *
   * @param value a decimal
   * @return the shared instance with the same digits and scale, or {@code value} itself
   */
  @SuppressWarnings("BigDecimalEquals") // the shared one must have the same digits and scale
  public static BigDecimal decimal(BigDecimal value) {
    int scale = value.scale();
    // precision() is cheap and cached for small values; it rules out big ones before unscaling
    if (scale < 0 || scale > MAX_SCALE || value.precision() > 7) {
      return value;
    }
    // The JDK's hash of a decimal this small is 31 * unscaled + scale: a guess at the slot that
    // needs no unscaled BigInteger (made for every check-in read otherwise). equals() confirms
    // the guess, so another hash only makes it miss and take the exact way below.
    long guess = ((long) value.hashCode() - scale) / 31;
    if (guess >= LOWEST && guess < HIGHEST) {
      BigDecimal hit = Decimals.DECIMAL.get(scale * PER_SCALE + (int) (guess - LOWEST));
      if (hit != null && hit.equals(value)) {
        return hit;
      }
    }
    long unscaled = value.unscaledValue().longValue();
    if (unscaled < LOWEST || unscaled >= HIGHEST) {
      return value;
    }
    int slot = scale * PER_SCALE + (int) (unscaled - LOWEST);
    BigDecimal shared = Decimals.DECIMAL.get(slot);
    if (shared != null) {
      return shared;
    }
    return Decimals.DECIMAL.compareAndSet(slot, null, value) ? value : Decimals.DECIMAL.get(slot);
  }
}
