package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.ScoringSettings;

/**
 * The conventions key results are scored by: the over-achievement cap and the floor, the credit
 * an unmet threshold or a band gets, the curve metric scores follow and the grade scale.
 *
 * <p>The defaults follow the Google grading scale: scores are held within [0, 1]
 * (over-achievement counts as 1.0, regression as 0.0), thresholds and bands are all-or-nothing,
 * metrics are linear and grades are green from 0.7, yellow from 0.4. The raw attainment, the
 * policy's score and the grade are always kept apart: {@link KeyResultScore#raw()} is never
 * capped. A policy that keeps over-achievement and regression visible is {@code
 * ScoringPolicy.defaults().withoutCap().withoutFloor()} (or {@code withClamp(false)}); one that
 * credits up to 120% is {@code withCap(new BigDecimal("1.2"))}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoringPolicy {
  /**
   * The precision of every division in scoring and roll-up: {@link MathContext#DECIMAL64}, 16
   * significant digits, rounding half-even. Sums and products are exact.
   */
  public static final MathContext MATH_CONTEXT = ScoreMath.CONTEXT;

  private static final ScoringPolicy DEFAULTS =
      new ScoringPolicy(
          BigDecimal.ONE,
          BigDecimal.ZERO,
          ThresholdCredit.ALL_OR_NOTHING,
          BandCredit.NONE,
          ScoringCurve.linear(),
          GradeScale.google());

  private final @Nullable BigDecimal cap;
  private final @Nullable BigDecimal floor;
  private final ThresholdCredit thresholdCredit;
  private final BandCredit bandCredit;
  private final ScoringCurve curve;
  private final GradeScale grades;

  private ScoringPolicy(
      @Nullable BigDecimal cap,
      @Nullable BigDecimal floor,
      ThresholdCredit thresholdCredit,
      BandCredit bandCredit,
      ScoringCurve curve,
      GradeScale grades) {
    this.cap = cap;
    this.floor = floor;
    this.thresholdCredit = thresholdCredit;
    this.bandCredit = bandCredit;
    this.curve = curve;
    this.grades = grades;
  }

  /**
   * {@return cap 1, floor 0, thresholds all-or-nothing, bands without partial credit, linear
   * metrics, Google's grades}
   */
  public static ScoringPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the highest score over-achievement earns (1 by default); empty when there is no cap}
   */
  public Optional<BigDecimal> cap() {
    return Optional.ofNullable(cap);
  }

  /** {@return the lowest score regression earns (0 by default); empty when there is no floor} */
  public Optional<BigDecimal> floor() {
    return Optional.ofNullable(floor);
  }

  /**
   * True when scores are held within [0, 1]: a cap of 1 and a floor of 0.
   *
   * @return {@code true} when scores are held within [0, 1]
   */
  public boolean clamp() {
    return cap != null
        && floor != null
        && cap.compareTo(BigDecimal.ONE) == 0
        && floor.signum() == 0;
  }

  /** {@return how an unmet threshold key result is scored} */
  public ThresholdCredit thresholdCredit() {
    return thresholdCredit;
  }

  /** {@return how a band key result is scored outside its band} */
  public BandCredit bandCredit() {
    return bandCredit;
  }

  /** {@return the curve from the share of the way travelled to a metric key result's score} */
  public ScoringCurve curve() {
    return curve;
  }

  /** {@return the grade scale scores are graded (and printed) by} */
  public GradeScale grades() {
    return grades;
  }

  /**
   * Returns a copy that holds scores within [0, 1] ({@code true}: cap 1, floor 0) or keeps raw
   * scores visible ({@code false}: no cap, no floor).
   *
   * @param clamp {@code true} to hold scores within [0, 1], {@code false} to keep raw scores
   * @return a copy with this clamping
   */
  public ScoringPolicy withClamp(boolean clamp) {
    return clamp
        ? new ScoringPolicy(BigDecimal.ONE, BigDecimal.ZERO, thresholdCredit, bandCredit, curve,
            grades)
        : new ScoringPolicy(null, null, thresholdCredit, bandCredit, curve, grades);
  }

  /**
   * Returns a copy whose over-achievement earns at most {@code cap} (1.2 credits up to 120%).
   *
   * @param cap the cap
   * @return a copy whose over-achievement earns at most {@code cap}
   * @throws IllegalArgumentException if {@code cap} is below 1
   * @throws NullPointerException if {@code cap} is null
   */
  public ScoringPolicy withCap(BigDecimal cap) {
    Objects.requireNonNull(cap, "cap");
    Checks.decimal("scoring policy", "", "cap", cap);
    if (cap.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "scoring policy: cap must be at least 1, was " + Checks.format(cap));
    }
    return new ScoringPolicy(
        ScoreMath.normalize(cap), floor, thresholdCredit, bandCredit, curve, grades);
  }

  /**
   * Returns a copy without a cap: over-achievement scores above 1 as it is.
   *
   * @return a copy without a cap: over-achievement scores above 1 as it is
   */
  public ScoringPolicy withoutCap() {
    return new ScoringPolicy(null, floor, thresholdCredit, bandCredit, curve, grades);
  }

  /**
   * Returns a copy whose regression earns at least {@code floor} (0, or a negative number such as
   * -0.5 that keeps part of the regression visible).
   *
   * @param floor the floor
   * @return a copy whose regression earns at least {@code floor}
   * @throws IllegalArgumentException if {@code floor} is above 0
   * @throws NullPointerException if {@code floor} is null
   */
  public ScoringPolicy withFloor(BigDecimal floor) {
    Objects.requireNonNull(floor, "floor");
    Checks.decimal("scoring policy", "", "floor", floor);
    if (floor.signum() > 0) {
      throw new IllegalArgumentException(
          "scoring policy: floor must be 0 or below, was " + Checks.format(floor));
    }
    return new ScoringPolicy(
        cap, ScoreMath.normalize(floor), thresholdCredit, bandCredit, curve, grades);
  }

  /**
   * Returns a copy without a floor: regression scores below 0 as it is.
   *
   * @return a copy without a floor: regression scores below 0 as it is
   */
  public ScoringPolicy withoutFloor() {
    return new ScoringPolicy(cap, null, thresholdCredit, bandCredit, curve, grades);
  }

  /**
   * Returns a copy scoring unmet thresholds this way.
   *
   * @param thresholdCredit the threshold credit
   * @return a copy scoring unmet thresholds this way
   * @throws NullPointerException if {@code thresholdCredit} is null
   */
  public ScoringPolicy withThresholdCredit(ThresholdCredit thresholdCredit) {
    return new ScoringPolicy(
        cap,
        floor,
        Objects.requireNonNull(thresholdCredit, "thresholdCredit"),
        bandCredit,
        curve,
        grades);
  }

  /**
   * Returns a copy scoring bands this way outside the band.
   *
   * @param bandCredit the band credit
   * @return a copy scoring bands this way outside the band
   * @throws NullPointerException if {@code bandCredit} is null
   */
  public ScoringPolicy withBandCredit(BandCredit bandCredit) {
    return new ScoringPolicy(
        cap, floor, thresholdCredit, Objects.requireNonNull(bandCredit, "bandCredit"), curve,
        grades);
  }

  /**
   * Returns a copy scoring metrics on {@code curve}, after probing it against the {@linkplain
   * ScoringCurve curve contract}.
   *
   * @param curve the scoring curve
   * @return a copy scoring metrics on {@code curve}, after probing it against the {@linkplain
   *     ScoringCurve curve contract}
   * @throws StrategyException if the curve returns null, does not score 0 at progress 0,
   *     decreases, or throws, at one of the probed points (−2 to 5)
   * @throws NullPointerException if {@code curve} is null
   */
  public ScoringPolicy withCurve(ScoringCurve curve) {
    Contracts.checkCurve(Objects.requireNonNull(curve, "curve"));
    return new ScoringPolicy(cap, floor, thresholdCredit, bandCredit, curve, grades);
  }

  /**
   * Returns a copy grading on {@code grades}, after probing it against the {@linkplain GradeScale
   * grade-scale contract}.
   *
   * @param grades the grade scale
   * @return a copy grading on {@code grades}, after probing it against the {@linkplain GradeScale
   *     grade-scale contract}
   * @throws StrategyException if the scale returns null, gives a worse grade to a higher score,
   *     or throws, at one of the probed scores (−1 to 2)
   * @throws NullPointerException if {@code grades} is null
   */
  public ScoringPolicy withGrades(GradeScale grades) {
    Contracts.checkGrades(Objects.requireNonNull(grades, "grades"));
    return new ScoringPolicy(cap, floor, thresholdCredit, bandCredit, curve, grades);
  }

  /**
   * The policy a document's {@code "scoring"} settings declare: {@link #defaults()} with each part
   * the settings give applied.
   *
   * @param settings the scoring settings
   * @return the policy a document's {@code "scoring"} settings declare
   * @throws NullPointerException if {@code settings} is null
   */
  public static ScoringPolicy from(ScoringSettings settings) {
    return DEFAULTS.with(settings);
  }

  /**
   * Returns a copy with every part {@code settings} gives applied (a cap, {@code none}, a floor,
   * the credits, the grade edges); parts it leaves out stay as they are. The {@code okr} command
   * applies a document's settings, then its options, this way.
   *
   * @param settings the scoring settings
   * @return a copy with every part {@code settings} gives applied (a cap, {@code none}, a floor,
   *     the credits, the grade edges)
   * @throws NullPointerException if {@code settings} is null
   */
  public ScoringPolicy with(ScoringSettings settings) {
    Objects.requireNonNull(settings, "settings");
    ScoringPolicy p = this;
    if (settings.noCap()) {
      p = p.withoutCap();
    }
    if (settings.cap().isPresent()) {
      p = p.withCap(settings.cap().get());
    }
    if (settings.noFloor()) {
      p = p.withoutFloor();
    }
    if (settings.floor().isPresent()) {
      p = p.withFloor(settings.floor().get());
    }
    if (settings.thresholdCredit().isPresent()) {
      p = p.withThresholdCredit(thresholdCredit(settings.thresholdCredit().get()));
    }
    if (settings.bandCredit().isPresent()) {
      p = p.withBandCredit(
          settings.bandCredit().get().equals("partial") ? BandCredit.PARTIAL : BandCredit.NONE);
    }
    if (settings.greenFrom().isPresent() && settings.yellowFrom().isPresent()) {
      p = p.withGrades(GradeScale.of(settings.greenFrom().get(), settings.yellowFrom().get()));
    }
    return p;
  }

  private static ThresholdCredit thresholdCredit(String spelling) {
    return switch (spelling) {
      case "partial" -> ThresholdCredit.PARTIAL;
      case "hit-ratio" -> ThresholdCredit.HIT_RATIO;
      default -> ThresholdCredit.ALL_OR_NOTHING;
    };
  }

  /** {@code value} held within the floor and cap: the limit that applied, or empty. */
  Optional<Derivation.Limit> limit(BigDecimal value) {
    if (cap != null && value.compareTo(cap) > 0) {
      return Optional.of(new Derivation.Limit(Derivation.LimitKind.CAP, cap));
    }
    if (floor != null && value.compareTo(floor) < 0) {
      return Optional.of(new Derivation.Limit(Derivation.LimitKind.FLOOR, floor));
    }
    return Optional.empty();
  }

  /** True when {@code score} lies within the floor and cap. */
  boolean allows(BigDecimal score) {
    return limit(score).isEmpty();
  }

  /** The grade of {@code score} on this policy's scale, guarded against a broken user scale. */
  Grade grade(BigDecimal score) {
    return Contracts.grade(grades, score);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScoringPolicy that
        && Objects.equals(that.cap, cap)
        && Objects.equals(that.floor, floor)
        && that.thresholdCredit == thresholdCredit
        && that.bandCredit == bandCredit
        && that.curve.equals(curve)
        && that.grades.equals(grades);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cap, floor, thresholdCredit, bandCredit, curve, grades);
  }

  @Override
  public String toString() {
    return "ScoringPolicy{cap="
        + (cap == null ? "none" : Checks.format(cap))
        + ", floor="
        + (floor == null ? "none" : Checks.format(floor))
        + ", thresholdCredit="
        + thresholdCredit
        + ", bandCredit="
        + bandCredit
        + ", curve="
        + curve
        + ", grades="
        + grades
        + "}";
  }
}
