package org.okrkit.health;

import java.math.BigDecimal;
import org.okrkit.model.ObjectiveType;

/**
 * How a score is compared with the progress expected by now: one of {@link Health#ON_TRACK},
 * {@link Health#AT_RISK} or {@link Health#OFF_TRACK}.
 *
 * <p>Three styles found in OKR tools are built in: {@link #difference()} (the default), {@link
 * #ratio()} and {@link #committedAspirational()}. To write your own, implement {@link #pace}; it
 * must return one of those three values and never null (a style returning anything else is
 * refused by {@link HealthPolicy} with an {@link IllegalStateException} naming it). For example,
 * a style that only knows on track and off track:
 *
 * <pre>{@code
 * PaceStyle strict = (score, expected, type) ->
 *     score.compareTo(expected) >= 0 ? Health.ON_TRACK : Health.OFF_TRACK;
 * }</pre>
 */
@FunctionalInterface
public interface PaceStyle {
  /**
   * The pace of {@code score} against {@code expected} (both on the 0.0–1.0 scale) for an OKR of
   * this type.
   *
   * @param score the score
   * @param expected the expected progress
   * @param type the type
   * @return the pace of {@code score} against {@code expected}
   */
  Health pace(BigDecimal score, BigDecimal expected, ObjectiveType type);

  /**
   * Difference, {@code score − expected}: on track above −0.1, at risk down to −0.25, off track
   * below (the default; the same margins as {@link org.okrkit.scoring.PacingPolicy#defaults()}).
   *
   * @return difference, {@code score − expected}
   */
  static PaceStyle difference() {
    return PaceStyles.DIFFERENCE;
  }

  /**
   * Difference with these margins: at risk once {@code score − expected < −atRisk}, off track
   * once it is below {@code −offTrack}.
   *
   * @param atRisk the at risk
   * @param offTrack the off track
   * @return difference with these margins
   * @throws IllegalArgumentException unless {@code 0 ≤ atRisk ≤ offTrack ≤ 1}
   * @throws NullPointerException if an argument is null
   */
  static PaceStyle difference(BigDecimal atRisk, BigDecimal offTrack) {
    return PaceStyles.difference(atRisk, offTrack);
  }

  /**
   * Ratio, {@code score / expected}: on track at 0.95 or more, at risk at 0.75 or more, off track
   * below; always on track while nothing is expected yet.
   *
   * @return ratio, {@code score / expected}
   */
  static PaceStyle ratio() {
    return PaceStyles.RATIO;
  }

  /**
   * Ratio with these floors: on track at {@code onTrack} or more, at risk at {@code atRisk} or
   * more.
   *
   * @param onTrack the on track
   * @param atRisk the at risk
   * @return ratio with these floors
   * @throws IllegalArgumentException unless {@code 0 ≤ atRisk ≤ onTrack}
   * @throws NullPointerException if an argument is null
   */
  static PaceStyle ratio(BigDecimal onTrack, BigDecimal atRisk) {
    return PaceStyles.ratio(onTrack, atRisk);
  }

  /**
   * The committed/aspirational expectation: a committed OKR is expected to end at 1.0, an
   * aspirational one at 0.7, so the expected progress is scaled by 1.0 or 0.7 and then compared
   * by {@link #difference()}: halfway through the cycle an aspirational OKR at 0.35 is on track.
   *
   * @return the committed/aspirational expectation
   */
  static PaceStyle committedAspirational() {
    return PaceStyles.COMMITTED_ASPIRATIONAL;
  }

  /**
   * {@code delegate} comparing against the expected progress scaled by the expected end score:
   * {@code committedEnd} for committed OKRs, {@code aspirationalEnd} for aspirational ones.
   *
   * @param delegate the delegate
   * @param committedEnd the committed end
   * @param aspirationalEnd the aspirational end
   * @return {@code delegate} comparing against the expected progress scaled by the expected end
   *     score
   * @throws IllegalArgumentException unless both ends are within (0, 1]
   * @throws NullPointerException if an argument is null
   */
  static PaceStyle expectingEnd(
      PaceStyle delegate, BigDecimal committedEnd, BigDecimal aspirationalEnd) {
    return PaceStyles.expectingEnd(delegate, committedEnd, aspirationalEnd);
  }
}
