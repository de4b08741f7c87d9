package org.okrkit.scoring;

import java.time.LocalDate;
import org.okrkit.model.KeyResult;

/**
 * How a key result is scored as of a date: a strategy from the key result, its check-ins and the
 * {@link ScoringPolicy} to the {@link Derivation} of its score. A {@link Scorer} holds one per
 * {@linkplain org.okrkit.model.KeyResultKind kind}; {@link #standard()} is the default for every
 * kind.
 *
 * <p>Built-ins, each an enum singleton behind a factory: {@link #standard()} (picks by kind and
 * target: stepped when a target states commit or stretch levels, band when a threshold has both
 * bounds), {@link #metric()}, {@link #threshold()}, {@link #milestone()}, {@link #stepped()},
 * {@link #band()}, {@link #zones()}. To write your own,
 * return one of the {@link Derivation} records (a {@link Derivation.Ratio} for a formula over the
 * way travelled, {@link Derivation.Undefined} when there is nothing to score) and honour the
 * policy's {@linkplain ScoringPolicy#cap() cap} and {@linkplain ScoringPolicy#floor() floor}.
 * The scorer guards your code: a strategy that returns null, a score outside the floor and cap,
 * or throws, leaves that key result undefined with {@link UndefinedReason#STRATEGY_FAILED} and
 * the cause in the detail; scoring never throws because of it.
 */
@FunctionalInterface
public interface KeyResultScoring {
  /**
   * The derivation of {@code keyResult}'s score as of {@code asOf} under {@code policy}, using the
   * check-ins dated on or before {@code asOf}.
   *
   * @param keyResult the key result
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param policy the scoring policy
   * @return the derivation, never null
   */
  Derivation derive(KeyResult keyResult, LocalDate asOf, ScoringPolicy policy);

  /** {@return the default: each key result scored by the model its kind and target call for} */
  static KeyResultScoring standard() {
    return BuiltInScoring.STANDARD;
  }

  /**
   * Metric key results: {@code (current − baseline) / (target − baseline)} through the policy's
   * {@linkplain ScoringPolicy#curve() curve}, held within its floor and cap.
   *
   * @return metric key results
   */
  static KeyResultScoring metric() {
    return BuiltInScoring.METRIC;
  }

  /**
   * Threshold key results: met or not, with the policy's {@linkplain ThresholdCredit credit} for
   * an unmet bound.
   *
   * @return threshold key results
   */
  static KeyResultScoring threshold() {
    return BuiltInScoring.THRESHOLD;
  }

  /** {@return milestone key results: 1 when the latest done-flag check-in says done, else 0} */
  static KeyResultScoring milestone() {
    return BuiltInScoring.MILESTONE;
  }

  /**
   * Stepped commit / target / stretch: linear between the anchors baseline → 0, commit → 0.3,
   * target → 0.7 (1.0 without a stretch), stretch → 1.0, increasing and decreasing alike.
   *
   * @return stepped commit / target / stretch
   */
  static KeyResultScoring stepped() {
    return BuiltInScoring.STEPPED;
  }

  /**
   * Bands: 1.0 inside the band (bounds included); outside 0.0, or {@code 1 − distance / width}
   * with {@link BandCredit#PARTIAL}.
   *
   * @return bands: 1.0 inside the band (bounds included)
   */
  static KeyResultScoring band() {
    return BuiltInScoring.BAND;
  }

  /**
   * Zones (ordinal) key results: fail 0, commit 0.3, target 0.7, stretch 1.0.
   *
   * @return zones (ordinal) key results: fail 0, commit 0.3, target 0.7, stretch 1.0
   */
  static KeyResultScoring zones() {
    return BuiltInScoring.ZONES;
  }
}
