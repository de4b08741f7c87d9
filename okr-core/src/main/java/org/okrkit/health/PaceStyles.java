package org.okrkit.health;

import java.math.BigDecimal;
import java.util.Objects;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.ObjectiveType;

/** The built-in {@link PaceStyle}s: singletons for the defaults, small classes for the rest. */
final class PaceStyles {
  static final PaceStyle DIFFERENCE =
      new Difference(new BigDecimal("0.1"), new BigDecimal("0.25"));
  static final PaceStyle RATIO = new Ratio(new BigDecimal("0.95"), new BigDecimal("0.75"));
  static final PaceStyle COMMITTED_ASPIRATIONAL =
      new ExpectingEnd(DIFFERENCE, BigDecimal.ONE, new BigDecimal("0.7"));

  private PaceStyles() {}

  static PaceStyle difference(BigDecimal atRisk, BigDecimal offTrack) {
    Objects.requireNonNull(atRisk, "atRisk");
    Objects.requireNonNull(offTrack, "offTrack");
    if (atRisk.signum() < 0 || atRisk.compareTo(offTrack) > 0 || offTrack.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "difference pace style: margins must satisfy 0 <= at-risk <= off-track <= 1, were "
              + ScoreMath.format(atRisk)
              + " and "
              + ScoreMath.format(offTrack));
    }
    return new Difference(atRisk, offTrack);
  }

  static PaceStyle ratio(BigDecimal onTrack, BigDecimal atRisk) {
    Objects.requireNonNull(onTrack, "onTrack");
    Objects.requireNonNull(atRisk, "atRisk");
    if (atRisk.signum() < 0 || atRisk.compareTo(onTrack) > 0) {
      throw new IllegalArgumentException(
          "ratio pace style: floors must satisfy 0 <= at-risk <= on-track, were "
              + ScoreMath.format(onTrack)
              + " and "
              + ScoreMath.format(atRisk));
    }
    return new Ratio(onTrack, atRisk);
  }

  static PaceStyle expectingEnd(PaceStyle delegate, BigDecimal committed, BigDecimal aspirational) {
    Objects.requireNonNull(delegate, "delegate");
    for (BigDecimal end : new BigDecimal[] {committed, aspirational}) {
      Objects.requireNonNull(end, "end");
      if (end.signum() <= 0 || end.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            "expected end score must be within (0, 1], was " + ScoreMath.format(end));
      }
    }
    return new ExpectingEnd(delegate, committed, aspirational);
  }

  /** {@code score − expected} against two margins. */
  private record Difference(BigDecimal atRisk, BigDecimal offTrack) implements PaceStyle {
    @Override
    public Health pace(BigDecimal score, BigDecimal expected, ObjectiveType type) {
      BigDecimal lag = expected.subtract(score);
      if (lag.compareTo(atRisk) <= 0) {
        return Health.ON_TRACK;
      }
      return lag.compareTo(offTrack) <= 0 ? Health.AT_RISK : Health.OFF_TRACK;
    }

    @Override
    public String toString() {
      return "difference(at risk below -" + ScoreMath.format(atRisk) + ", off track below -"
          + ScoreMath.format(offTrack) + ")";
    }
  }

  /** {@code score / expected} against two floors. */
  private record Ratio(BigDecimal onTrack, BigDecimal atRisk) implements PaceStyle {
    @Override
    public Health pace(BigDecimal score, BigDecimal expected, ObjectiveType type) {
      if (expected.signum() <= 0) {
        return Health.ON_TRACK;
      }
      // score / expected >= floor  ⇔  score >= floor × expected: exact, no division.
      if (score.compareTo(onTrack.multiply(expected)) >= 0) {
        return Health.ON_TRACK;
      }
      return score.compareTo(atRisk.multiply(expected)) >= 0 ? Health.AT_RISK : Health.OFF_TRACK;
    }

    @Override
    public String toString() {
      return "ratio(on track from " + ScoreMath.format(onTrack) + ", at risk from "
          + ScoreMath.format(atRisk) + ")";
    }
  }

  /** A delegate comparing against expected progress scaled to the type's expected end. */
  private record ExpectingEnd(PaceStyle delegate, BigDecimal committed, BigDecimal aspirational)
      implements PaceStyle {
    @Override
    public Health pace(BigDecimal score, BigDecimal expected, ObjectiveType type) {
      BigDecimal end = type == ObjectiveType.COMMITTED ? committed : aspirational;
      return delegate.pace(score, expected.multiply(end), type);
    }

    @Override
    public String toString() {
      return "committed/aspirational(ends " + ScoreMath.format(committed) + "/"
          + ScoreMath.format(aspirational) + ", " + delegate + ")";
    }
  }
}
