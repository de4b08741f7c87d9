package org.okrkit.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * A range of values a {@link Kpi} should stay in: at least {@link #min()}, at most {@link
 * #max()}, both ends included; one of them may be open.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Corridor {
  Corridor() {}

  /** {@return the lowest value inside the corridor, if bounded below} */
  public abstract Optional<BigDecimal> min();

  /** {@return the highest value inside the corridor, if bounded above} */
  public abstract Optional<BigDecimal> max();

  /**
   * True when {@code value} lies inside the corridor, both ends included.
   *
   * @param value the value
   * @return {@code true} when {@code value} lies inside the corridor, both ends included
   */
  public boolean contains(BigDecimal value) {
    return min().map(m -> value.compareTo(m) >= 0).orElse(true)
        && max().map(m -> value.compareTo(m) <= 0).orElse(true);
  }

  /**
   * The corridor from {@code min} through {@code max}.
   *
   * @param min the smallest allowed
   * @param max the largest allowed
   * @return the corridor from {@code min} through {@code max}
   * @throws IllegalArgumentException if {@code max} is below {@code min}
   */
  public static Corridor of(BigDecimal min, BigDecimal max) {
    return builder().min(min).max(max).build();
  }

  /**
   * The corridor of values at least {@code min}.
   *
   * @param min the smallest allowed
   * @return the corridor of values at least {@code min}
   */
  public static Corridor atLeast(BigDecimal min) {
    return builder().min(min).build();
  }

  /**
   * The corridor of values at most {@code max}.
   *
   * @param max the largest allowed
   * @return the corridor of values at most {@code max}
   */
  public static Corridor atMost(BigDecimal max) {
    return builder().max(max).build();
  }

  /** {@return a builder for corridors} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String id = min().map(Checks::format).orElse("") + ".." + max().map(Checks::format).orElse("");
    if (min().isEmpty() && max().isEmpty()) {
      throw Checks.invalid("corridor", id, "at least one of min and max must be given, was neither");
    }
    min().ifPresent(v -> Checks.decimal("corridor", id, "min", v));
    max().ifPresent(v -> Checks.decimal("corridor", id, "max", v));
    if (min().isPresent() && max().isPresent() && max().get().compareTo(min().get()) < 0) {
      throw Checks.invalid(
          "corridor",
          id,
          "max must not be below min " + Checks.format(min().get()) + ", was "
              + Checks.format(max().get()));
    }
  }

  /** Builds a {@link Corridor}; at least one of {@code min} and {@code max} is required. */
  public static final class Builder extends ImmutableCorridor.Builder {
    Builder() {}
  }
}
