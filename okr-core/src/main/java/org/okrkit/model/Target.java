package org.okrkit.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;
import org.okrkit.internal.Decimals;

/**
 * Where a key result should end: the value to reach ("to 4.8") for a metric key result, or the
 * bound to stay on the right side of ("at or above 99.9") for a threshold key result.
 *
 * <p>A value to reach may carry the levels of a stepped key result (Google's committed / target /
 * stretch): {@link #commit()} (scores 0.3) and {@link #stretch()} (scores 1.0, the target then
 * scores 0.7). An at-least bound may carry an {@link #upper()} bound too, making a band ("keep
 * inventory cover between 10 and 20 days", {@link #between}). Whether the levels are in order
 * for the key result's baseline is for the scorer and the validator to say.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {
  Target() {}

  /** {@return the target value or bound, exact} */
  public abstract BigDecimal value();

  /** {@return whether the value is to be reached, or kept at least or at most} */
  @Value.Default
  public TargetSide side() {
    return TargetSide.REACH;
  }

  /**
   * The committed level of a stepped key result, between the baseline and the value: 0.3.
   *
   * @return the committed level of a stepped key result, between the baseline and the value
   */
  public abstract Optional<BigDecimal> commit();

  /**
   * The stretch level of a stepped key result, beyond the value: 1.0 (the value then 0.7).
   *
   * @return the stretch level of a stepped key result, beyond the value
   */
  public abstract Optional<BigDecimal> stretch();

  /** {@return the at-most bound of a band, above the at-least {@link #value()}} */
  public abstract Optional<BigDecimal> upper();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * True when this is a bound (at least / at most) rather than a value to reach.
   *
   * @return {@code true} when this is a bound
   */
  public boolean isBound() {
    return side() != TargetSide.REACH;
  }

  /**
   * True when this is a band: an at-least bound with an {@link #upper()} bound.
   *
   * @return {@code true} when this is a band: an at-least bound with an {@link #upper()} bound
   */
  public boolean isBand() {
    return upper().isPresent();
  }

  /**
   * True when this value to reach states a commit or a stretch level.
   *
   * @return {@code true} when this value to reach states a commit or a stretch level
   */
  public boolean isStepped() {
    return commit().isPresent() || stretch().isPresent();
  }

  /**
   * A band to stay within, bounds included: at least {@code atLeast} and at most {@code atMost}.
   *
   * @param atLeast the at least
   * @param atMost the at most
   * @return a band to stay within, bounds included
   * @throws IllegalArgumentException unless {@code atLeast < atMost}, or if a bound has over
   *     10,000 digits either side of the point
   */
  public static Target between(BigDecimal atLeast, BigDecimal atMost) {
    return builder().value(atLeast).side(TargetSide.AT_LEAST).upper(atMost).build();
  }

  /**
   * A band, each bound taken as the shortest decimal that reads as it.
   *
   * @param atLeast the at least
   * @param atMost the at most
   * @return a band, each bound taken as the shortest decimal that reads as it
   * @throws IllegalArgumentException if a bound is NaN or infinite, or unless {@code atLeast <
   *     atMost}
   */
  public static Target between(double atLeast, double atMost) {
    return between(Decimals.of("target bound", atLeast), Decimals.of("target bound", atMost));
  }

  /**
   * A stepped value to reach: {@code value} with a commit and a stretch level (either may be
   * null when not stated).
   *
   * @param value the value
   * @param commit the commit
   * @param stretch the stretch
   * @return a stepped value to reach
   * @throws IllegalArgumentException if neither level is given, or a value has over 10,000 digits
   *     either side of the point
   */
  public static Target stepped(
      BigDecimal value, @Nullable BigDecimal commit, @Nullable BigDecimal stretch) {
    if (commit == null && stretch == null) {
      throw new IllegalArgumentException(
          "target " + Checks.format(value) + ": a stepped target needs a commit or a stretch level");
    }
    return builder()
        .value(value)
        .commit(Optional.ofNullable(commit))
        .stretch(Optional.ofNullable(stretch))
        .build();
  }

  /**
   * A value to reach, for metric key results.
   *
   * @param value the value
   * @return a value to reach, for metric key results
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   */
  public static Target of(BigDecimal value) {
    return builder().value(value).build();
  }

  /**
   * A value to reach, taken as the shortest decimal that reads as {@code value}.
   *
   * @param value the value
   * @return a value to reach, taken as the shortest decimal that reads as {@code value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Target of(double value) {
    return of(Decimals.of("target value", value));
  }

  /**
   * A lower bound to stay at or above, for threshold key results.
   *
   * @param bound the bound
   * @return a lower bound to stay at or above, for threshold key results
   * @throws IllegalArgumentException if {@code bound} has over 10,000 digits either side of the
   *     point
   */
  public static Target atLeast(BigDecimal bound) {
    return builder().value(bound).side(TargetSide.AT_LEAST).build();
  }

  /**
   * A lower bound to stay at or above, taken as the shortest decimal that reads as {@code bound}.
   *
   * @param bound the bound
   * @return a lower bound to stay at or above, taken as the shortest decimal that reads as {@code
   *     bound}
   * @throws IllegalArgumentException if {@code bound} is NaN or infinite
   */
  public static Target atLeast(double bound) {
    return atLeast(Decimals.of("target bound", bound));
  }

  /**
   * An upper bound to stay at or below, for threshold key results.
   *
   * @param bound the bound
   * @return an upper bound to stay at or below, for threshold key results
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
   * @param bound the bound
   * @return an upper bound to stay at or below, taken as the shortest decimal that reads as {@code
   *     bound}
   * @throws IllegalArgumentException if {@code bound} is NaN or infinite
   */
  public static Target atMost(double bound) {
    return atMost(Decimals.of("target bound", bound));
  }

  /** {@return a builder for targets with extensions} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String id = Checks.format(value());
    Checks.decimal("target", id, "value", value());
    commit().ifPresent(c -> Checks.decimal("target", id, "commit", c));
    stretch().ifPresent(c -> Checks.decimal("target", id, "stretch", c));
    upper().ifPresent(c -> Checks.decimal("target", id, "at most", c));
    if (isStepped() && side() != TargetSide.REACH) {
      throw Checks.invalid(
          "target", id, "commit and stretch levels belong to a value to reach, not to a bound");
    }
    if (upper().isPresent()) {
      if (side() != TargetSide.AT_LEAST) {
        throw Checks.invalid(
            "target", id, "a band needs an at-least bound below its at-most bound");
      }
      if (upper().get().compareTo(value()) <= 0) {
        throw Checks.invalid(
            "target", id, "a band's at-most bound must be above its at-least bound "
                + Checks.format(value()) + ", was " + Checks.format(upper().get()));
      }
    }
    Checks.extensions("target", id, extensions());
  }

  /** Builds a {@link Target}; {@code value} is required, {@code side} defaults to reach. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
