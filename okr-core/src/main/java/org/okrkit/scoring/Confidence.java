package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;

/**
 * The owner's confidence (0.0–1.0) of hitting a key result's target, as of a date: the latest
 * estimate and its trend against the estimate before it.
 *
 * <p>Only check-ins dated on or before the as-of date that carry a confidence count; on equal
 * dates the later one in the list is the more recent. Immutable and thread-safe.
 */
public final class Confidence {
  private final String keyResultId;
  private final LocalDate asOf;
  private final @Nullable CheckIn latest;
  private final @Nullable CheckIn previous;

  private Confidence(
      String keyResultId, LocalDate asOf, @Nullable CheckIn latest, @Nullable CheckIn previous) {
    this.keyResultId = keyResultId;
    this.asOf = asOf;
    this.latest = latest;
    this.previous = previous;
  }

  /**
   * The confidence of {@code keyResult} as of {@code asOf}.
   *
   * @param keyResult the key result
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the confidence of {@code keyResult} as of {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public static Confidence of(KeyResult keyResult, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(asOf, "asOf");
    List<CheckIn> rated = new ArrayList<>();
    for (CheckIn c : keyResult.checkIns()) {
      if (c.confidence().isPresent() && !c.date().isAfter(asOf)) {
        rated.add(c);
      }
    }
    // A stable sort keeps list order among equal dates, so the later one stays the more recent.
    rated.sort(Comparator.comparing(CheckIn::date));
    int n = rated.size();
    return new Confidence(
        keyResult.id(),
        asOf,
        n > 0 ? rated.get(n - 1) : null,
        n > 1 ? rated.get(n - 2) : null);
  }

  /** {@return the id of the key result} */
  public String keyResultId() {
    return keyResultId;
  }

  /** {@return the date the confidence is as of} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the latest confidence given; empty when no check-in carries one} */
  public Optional<BigDecimal> latest() {
    return latest == null ? Optional.empty() : latest.confidence();
  }

  /** {@return the date of the latest confidence} */
  public Optional<LocalDate> latestDate() {
    return latest == null ? Optional.empty() : Optional.of(latest.date());
  }

  /** {@return the confidence given before the latest one; empty with fewer than two} */
  public Optional<BigDecimal> previous() {
    return previous == null ? Optional.empty() : previous.confidence();
  }

  /**
   * {@return whether confidence is rising, falling or steady; unknown with fewer than two
   * estimates}
   */
  public ConfidenceTrend trend() {
    if (latest == null || previous == null) {
      return ConfidenceTrend.UNKNOWN;
    }
    int c = latest.confidence().orElseThrow().compareTo(previous.confidence().orElseThrow());
    if (c == 0) {
      return ConfidenceTrend.STEADY;
    }
    return c > 0 ? ConfidenceTrend.RISING : ConfidenceTrend.FALLING;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Confidence that)) {
      return false;
    }
    return keyResultId.equals(that.keyResultId)
        && asOf.equals(that.asOf)
        && Objects.equals(latest, that.latest)
        && Objects.equals(previous, that.previous);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyResultId, asOf, latest, previous);
  }

  @Override
  public String toString() {
    return "Confidence{"
        + keyResultId
        + " as of "
        + asOf
        + ": "
        + latest().map(BigDecimal::toPlainString).orElse("none")
        + ", "
        + trend()
        + "}";
  }
}
