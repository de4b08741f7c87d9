package org.okrkit.lifecycle;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How {@link CarryForward} copies objectives into the next cycle. The defaults: a carried metric
 * key result starts from its last recorded value, and objectives without a decision stay behind.
 *
 * <p>Immutable and thread-safe.
 */
public final class CarryOptions {
  private static final CarryOptions DEFAULTS = new CarryOptions(BaselineRule.LAST_VALUE, false);

  private final BaselineRule baselineRule;
  private final boolean carryUndecided;

  private CarryOptions(BaselineRule baselineRule, boolean carryUndecided) {
    this.baselineRule = baselineRule;
    this.carryUndecided = carryUndecided;
  }

  /** Where a carried key result starts. */
  public enum BaselineRule {
    /**
     * From the last value recorded before the new cycle starts (the baseline dated that day); the
     * old baseline when nothing was recorded.
     */
    LAST_VALUE,
    /** From the old baseline, as if the cycle had not happened. */
    KEEP
  }

  /** {@return last value as the new baseline; undecided objectives stay behind} */
  public static CarryOptions defaults() {
    return DEFAULTS;
  }

  /** {@return where a carried key result's baseline comes from} */
  public BaselineRule baselineRule() {
    return baselineRule;
  }

  /**
   * True when objectives without a decision are carried as if kept.
   *
   * @return {@code true} when objectives without a decision are carried as if kept
   */
  public boolean carryUndecided() {
    return carryUndecided;
  }

  /**
   * Returns a copy taking baselines this way.
   *
   * @param rule the rule
   * @return a copy taking baselines this way
   * @throws NullPointerException if {@code rule} is null
   */
  public CarryOptions withBaselineRule(BaselineRule rule) {
    return new CarryOptions(Objects.requireNonNull(rule, "rule"), carryUndecided);
  }

  /**
   * Returns a copy that carries objectives without a decision ({@code true}) or leaves them.
   *
   * @param carryUndecided {@code true} to carry objectives that have no decision
   * @return a copy that carries objectives without a decision ({@code true}) or leaves them
   */
  public CarryOptions withCarryUndecided(boolean carryUndecided) {
    return new CarryOptions(baselineRule, carryUndecided);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CarryOptions that
        && that.baselineRule == baselineRule
        && that.carryUndecided == carryUndecided;
  }

  @Override
  public int hashCode() {
    return Objects.hash(baselineRule, carryUndecided);
  }

  @Override
  public String toString() {
    return "CarryOptions{baselineRule=" + baselineRule + ", carryUndecided=" + carryUndecided + "}";
  }
}
