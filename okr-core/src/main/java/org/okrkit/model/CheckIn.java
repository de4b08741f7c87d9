package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;
import org.okrkit.internal.Decimals;

/**
 * A progress update on a key result, usually weekly: the value measured on a date (or, for a
 * milestone, whether it is done), with the owner's confidence of hitting the target and a note.
 *
 * <p>Exactly one of {@link #value()} (the level measured), {@link #delta()} (an increment: "sold 5
 * more this week"), {@link #done()} (a milestone) and {@link #zone()} (a zones key result) is
 * present. The current value after a delta check-in is the previous current value plus the
 * delta; the first one adds to the baseline. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CheckIn {
  CheckIn() {}

  /** {@return the day of the update} */
  public abstract LocalDate date();

  /** {@return the measured value, for metric and threshold key results} */
  public abstract Optional<BigDecimal> value();

  /** {@return whether the milestone is done, for milestone key results} */
  public abstract Optional<Boolean> done();

  /**
   * An increment to the current value ("5 more this week"), for cumulative metric and threshold
   * key results.
   *
   * @return an increment to the current value
   */
  public abstract Optional<BigDecimal> delta();

  /** {@return the zone reached, for zones key results} */
  public abstract Optional<Zone> zone();

  /**
   * The owner's confidence (0.0–1.0) of reaching the target by the end of the cycle.
   *
   * @return the owner's confidence (0.0–1.0) of reaching the target by the end of the cycle
   */
  public abstract Optional<BigDecimal> confidence();

  /**
   * The confidence as the owner gave it on the document's {@link ConfidenceScale} ("7", "amber"),
   * kept for display; empty when it was given on the 0.0–1.0 scale.
   *
   * @return the confidence as the owner gave it on the document's {@link ConfidenceScale} ("7",
   *     "amber"), kept for display
   */
  public abstract Optional<String> confidenceAsGiven();

  /** {@return a free-text note ("wave 2 results are in")} */
  public abstract Optional<String> note();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * Returns a copy with this confidence.
   *
   * @param confidence the confidence, 0.0 (none) to 1.0 (certain)
   * @return a copy with this confidence
   * @throws IllegalArgumentException if {@code confidence} is outside 0.0–1.0
   */
  public abstract CheckIn withConfidence(BigDecimal confidence);

  /**
   * Returns a copy with this note.
   *
   * @param note the note
   * @return a copy with this note
   */
  public abstract CheckIn withNote(String note);

  /**
   * A measured value on {@code date}.
   *
   * @param date the date
   * @param value the value
   * @return a measured value on {@code date}
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   */
  public static CheckIn of(LocalDate date, BigDecimal value) {
    return builder().date(date).value(value).build();
  }

  /**
   * A measured value on {@code date}, taken as the shortest decimal that reads as {@code value}.
   *
   * @param date the date
   * @param value the value
   * @return a measured value on {@code date}, taken as the shortest decimal that reads as {@code
   *     value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static CheckIn of(LocalDate date, double value) {
    return of(date, Decimals.of("check-in value", value));
  }

  /**
   * An increment on {@code date}: the current value grows (or, negative, shrinks) by {@code
   * delta}.
   *
   * @param date the date
   * @param delta the delta
   * @return an increment on {@code date}
   * @throws IllegalArgumentException if {@code delta} has over 10,000 digits either side of the
   *     point
   */
  public static CheckIn ofDelta(LocalDate date, BigDecimal delta) {
    return builder().date(date).delta(delta).build();
  }

  /**
   * The zone a zones key result reached on {@code date}.
   *
   * @param date the date
   * @param zone the zone
   * @return the zone a zones key result reached on {@code date}
   */
  public static CheckIn ofZone(LocalDate date, Zone zone) {
    return builder().date(date).zone(zone).build();
  }

  /**
   * A milestone update on {@code date}: done or not yet done.
   *
   * @param date the date
   * @param done {@code true} when the milestone is done
   * @return a milestone update on {@code date}: done or not yet done
   */
  public static CheckIn ofDone(LocalDate date, boolean done) {
    return builder().date(date).done(done).build();
  }

  /**
   * Returns a copy with this confidence, taken as the shortest decimal that reads as it.
   *
   * @param confidence the confidence, 0.0 (none) to 1.0 (certain)
   * @return a copy with this confidence, taken as the shortest decimal that reads as it
   * @throws IllegalArgumentException if {@code confidence} is NaN, infinite or outside 0.0–1.0
   */
  public CheckIn withConfidence(double confidence) {
    return withConfidence(Decimals.of("confidence", confidence));
  }

  /**
   * Returns a copy with this confidence, given on {@code scale}: normalised to 0.0–1.0 and, unless
   * the scale is {@link ConfidenceScale#UNIT}, kept as given for display.
   *
   * @param scale the confidence scale
   * @param given the value as given
   * @return a copy with this confidence, given on {@code scale}
   * @throws IllegalArgumentException if {@code given} is not a value of the scale
   * @throws NullPointerException if an argument is null
   */
  public CheckIn withConfidence(ConfidenceScale scale, String given) {
    BigDecimal normalised = scale.normalise(given);
    Builder b = builder().from(this).confidence(normalised);
    if (scale == ConfidenceScale.UNIT) {
      b.confidenceAsGiven(java.util.Optional.empty());
    } else {
      b.confidenceAsGiven(given.trim());
    }
    return b.build();
  }

  /** {@return a builder for check-ins with confidence, note or extensions} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // the date is the id in messages; Checks formats it only when a check fails
    LocalDate id = date();
    // each accessor call wraps the field in a new Optional: read each once
    Optional<BigDecimal> value = value();
    Optional<BigDecimal> delta = delta();
    boolean done = done().isPresent();
    int given =
        (value.isPresent() ? 1 : 0)
            + (done ? 1 : 0)
            + (delta.isPresent() ? 1 : 0)
            + (zone().isPresent() ? 1 : 0);
    if (given != 1) {
      throw Checks.invalid(
          "check-in",
          id,
          "exactly one of value, delta, done and zone must be given, was "
              + (given == 0
                  ? "neither"
                  : given == 2 && value.isPresent() && done ? "both" : given + " of them"));
    }
    if (value.isPresent()) {
      Checks.decimal("check-in", id, "value", value.get());
    }
    if (delta.isPresent()) {
      Checks.decimal("check-in", id, "delta", delta.get());
    }
    Optional<BigDecimal> confidence = confidence();
    if (confidence.isPresent()) {
      Checks.unitInterval("check-in", id, "confidence", confidence.get());
    }
    if (confidenceAsGiven().isPresent() && confidence.isEmpty()) {
      throw Checks.invalid(
          "check-in", id, "confidenceAsGiven '" + confidenceAsGiven().orElseThrow() + "' needs a confidence");
    }
    Checks.extensions("check-in", id, extensions());
  }

  /** Builds a {@link CheckIn}; {@code date} and one of value, delta, done and zone are required. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }
}
