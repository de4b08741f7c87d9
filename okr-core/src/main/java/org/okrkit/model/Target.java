package org.okrkit.model;

import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;
import org.okrkit.internal.Decimals;

/**
 * Where a key result should end: the value to reach ("to 4.8") for a metric key result, or the
 * bound to stay on the right side of ("at or above 99.9") for a threshold key result.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {
  Target() {}

  /** The target value or bound, exact. */
  public abstract BigDecimal value();

  /** Whether the value is to be reached, or kept at least or at most. */
  @Value.Default
  public TargetSide side() {
    return TargetSide.REACH;
  }

  /** Tool-specific extension fields ({@code x-…}), name to raw JSON value text. */
  public abstract Map<String, String> extensions();

  /** True when this is a bound (at least / at most) rather than a value to reach. */
  public boolean isBound() {
    return side() != TargetSide.REACH;
  }

  /**
   * A value to reach, for metric key results.
   *
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   */
  public static Target of(BigDecimal value) {
    return builder().value(value).build();
  }

  /**
   * A value to reach, taken as the shortest decimal that reads as {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Target of(double value) {
    return of(Decimals.of("target value", value));
  }

  /**
   * A lower bound to stay at or above, for threshold key results.
   *
   * @throws IllegalArgumentException if {@code bound} has over 10,000 digits either side of the
   *     point
   */
  public static Target atLeast(BigDecimal bound) {
    return builder().value(bound).side(TargetSide.AT_LEAST).build();
  }

  /**
   * A lower bound to stay at or above, taken as the shortest decimal that reads as {@code bound}.
   *
   * @throws IllegalArgumentException if {@code bound} is NaN or infinite
   */
  public static Target atLeast(double bound) {
    return atLeast(Decimals.of("target bound", bound));
  }

  /**
   * An upper bound to stay at or below, for threshold key results.
   *
   * @throws IllegalArgumentException if {@code bound} has over 10,000 digits either side of the
   *     point
   */
  public static Target atMost(BigDecimal bound) {
    return builder().value(bound).side(TargetSide.AT_MOST).build();
  }

  /**
   * An upper bound to stay at or below, taken as the shortest decimal that reads as {@code
   * bound}.
   *
   * @throws IllegalArgumentException if {@code bound} is NaN or infinite
   */
  public static Target atMost(double bound) {
    return atMost(Decimals.of("target bound", bound));
  }

  /** A builder for targets with extensions. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String id = Checks.format(value());
    Checks.decimal("target", id, "value", value());
    Checks.extensions("target", id, extensions());
  }

  /** Builds a {@link Target}; {@code value} is required, {@code side} defaults to reach. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
