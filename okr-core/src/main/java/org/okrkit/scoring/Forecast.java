package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;

/**
 * Where a key result is heading: the least-squares line through its check-ins projected to the
 * end of the cycle, the score that value would earn, and the pace still needed to hit the target.
 *
 * <p>A projection needs at least two usable check-ins (values on two different dates on or before
 * the as-of date); with fewer, {@link #projectedValue()} is empty and {@link
 * #unavailableReason()} says so — no number is invented. The pace still needed depends only on
 * the current value, the target and the days left, so it is given whenever those exist. Created
 * by {@link Forecaster}. Immutable and thread-safe.
 */
public final class Forecast {
  private final String keyResultId;
  private final LocalDate asOf;
  private final LocalDate cycleEnd;
  private final int usableCheckIns;
  private final @Nullable BigDecimal slopePerDay;
  private final @Nullable BigDecimal projectedValue;
  private final @Nullable BigDecimal projectedScore;
  private final @Nullable BigDecimal requiredPerDay;
  private final @Nullable BigDecimal requiredPerWeek;
  /** Why no projection was made: {@link #PROJECTED}, {@link #MILESTONE} or {@link #TOO_FEW}. */
  private final byte unavailable;

  /** A projection was made. */
  static final byte PROJECTED = 0;

  /** A milestone: no values to project. */
  static final byte MILESTONE = 1;

  /** Fewer than two usable check-ins. */
  static final byte TOO_FEW = 2;

  Forecast(
      String keyResultId,
      LocalDate asOf,
      LocalDate cycleEnd,
      int usableCheckIns,
      @Nullable BigDecimal slopePerDay,
      @Nullable BigDecimal projectedValue,
      @Nullable BigDecimal projectedScore,
      @Nullable BigDecimal requiredPerDay,
      @Nullable BigDecimal requiredPerWeek,
      byte unavailable) {
    this.keyResultId = keyResultId;
    this.asOf = asOf;
    this.cycleEnd = cycleEnd;
    this.usableCheckIns = usableCheckIns;
    this.slopePerDay = slopePerDay;
    this.projectedValue = projectedValue;
    this.projectedScore = projectedScore;
    this.requiredPerDay = requiredPerDay;
    this.requiredPerWeek = requiredPerWeek;
    this.unavailable = unavailable;
  }

  /** {@return the id of the key result forecast} */
  public String keyResultId() {
    return keyResultId;
  }

  /** {@return the date the forecast is made as of: later check-ins are ignored} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the last day of the cycle, the day projected to} */
  public LocalDate cycleEnd() {
    return cycleEnd;
  }

  /** {@return how many check-ins the line was fitted through (one per date: the later wins)} */
  public int usableCheckIns() {
    return usableCheckIns;
  }

  /**
   * True when a projection could be made.
   *
   * @return {@code true} when a projection could be made
   */
  public boolean isAvailable() {
    return projectedValue != null;
  }

  /** {@return the fitted trend, in value units per day; empty without a projection} */
  public Optional<BigDecimal> slopePerDay() {
    return Optional.ofNullable(slopePerDay);
  }

  /**
   * The value the trend line reaches on the cycle's last day; empty without a projection.
   *
   * @return the value the trend line reaches on the cycle's last day
   */
  public Optional<BigDecimal> projectedValue() {
    return Optional.ofNullable(projectedValue);
  }

  /**
   * The score the projected value would earn on the cycle's last day; empty without a projection
   * or when the key result's score is undefined.
   *
   * @return the score the projected value would earn on the cycle's last day
   */
  public Optional<BigDecimal> projectedScore() {
    return Optional.ofNullable(projectedScore);
  }

  /**
   * The change per day still needed from the current value to reach the target by the cycle's
   * last day (negative for a decreasing key result, 0 when the target is already reached); empty
   * for milestones, without a target or a current value, or when no day is left.
   *
   * @return the change per day still needed from the current value to reach the target by the
   *     cycle's last day (negative for a decreasing key result, 0 when the target is already
   *     reached)
   */
  public Optional<BigDecimal> requiredPerDay() {
    return Optional.ofNullable(requiredPerDay);
  }

  /**
   * The pace still needed per week: the remaining gap times seven over the days left, divided
   * once (not the rounded daily pace times seven).
   *
   * @return the pace still needed per week
   */
  public Optional<BigDecimal> requiredPerWeek() {
    return Optional.ofNullable(requiredPerWeek);
  }

  /** {@return why no projection was made ("only 1 usable check-in…"); empty when there is one} */
  public Optional<String> unavailableReason() {
    return Optional.ofNullable(reason());
  }

  /** The reason in words, written when read (most forecasts are never asked for it). */
  private @Nullable String reason() {
    if (unavailable == MILESTONE) {
      return "milestone key result '" + keyResultId + "' has no values to project";
    }
    if (unavailable == TOO_FEW) {
      return "only "
          + usableCheckIns
          + " usable check-in"
          + (usableCheckIns == 1 ? "" : "s")
          + " on or before "
          + asOf
          + "; a projection needs at least 2 on different dates";
    }
    return null;
  }

  /** {@return the forecast in words, with its numbers} */
  public String explanation() {
    StringBuilder s = new StringBuilder();
    if (projectedValue == null) {
      s.append("no projection: ").append(reason());
    } else {
      s.append("least-squares trend ")
          .append(ScoreMath.format(Objects.requireNonNull(slopePerDay)))
          .append(" per day through ")
          .append(usableCheckIns)
          .append(" check-ins projects ")
          .append(ScoreMath.format(projectedValue))
          .append(" on ")
          .append(cycleEnd);
      if (projectedScore != null) {
        s.append(", score ").append(ScoreRounding.format(projectedScore));
      }
    }
    if (requiredPerDay != null) {
      s.append("; needs ")
          .append(ScoreMath.format(requiredPerDay))
          .append(" per day (")
          .append(ScoreMath.format(requiredPerWeek().orElseThrow()))
          .append(" per week) to hit the target");
    }
    return s.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Forecast that)) {
      return false;
    }
    return keyResultId.equals(that.keyResultId)
        && asOf.equals(that.asOf)
        && cycleEnd.equals(that.cycleEnd)
        && usableCheckIns == that.usableCheckIns
        && Objects.equals(slopePerDay, that.slopePerDay)
        && Objects.equals(projectedValue, that.projectedValue)
        && Objects.equals(projectedScore, that.projectedScore)
        && Objects.equals(requiredPerDay, that.requiredPerDay)
        && unavailable == that.unavailable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyResultId, asOf, projectedValue, requiredPerDay);
  }

  @Override
  public String toString() {
    return "Forecast{" + keyResultId + " as of " + asOf + ": " + explanation() + "}";
  }
}
