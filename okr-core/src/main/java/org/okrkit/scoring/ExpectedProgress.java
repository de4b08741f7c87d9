package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.okrkit.model.Cycle;

/**
 * The progress an OKR should have made by a date of its cycle, for pacing: {@link #linear()}
 * (the default) expects a straight line from 0 on the first day to 1 on the last.
 *
 * <p>The contract: never null; within [0, 1]; 0 on or before the cycle's first day, 1 on or after
 * its last; never less on a later day. No other implementation is supplied, but one is easily
 * written, e.g. a curve that expects little in the first month of a quarter while a team sets
 * up. {@link PacingPolicy#withExpectedProgress} probes a curve against the contract, and {@link
 * PacingPolicy#expected} throws {@link StrategyException} when a later call breaks it.
 */
@FunctionalInterface
public interface ExpectedProgress {
  /**
   * The progress expected in {@code cycle} by {@code asOf}.
   *
   * @param cycle the cycle
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return a value within [0, 1], never null
   */
  BigDecimal at(Cycle cycle, LocalDate asOf);

  /**
   * Linear: {@code days(start → asOf) / days(start → end)}, clamped to [0, 1]; a one-day cycle
   * expects 1 from its only day.
   *
   * @return linear: {@code days(start → asOf) / days(start → end)}, clamped to [0, 1]
   */
  static ExpectedProgress linear() {
    return BuiltInExpectedProgress.LINEAR;
  }
}
