package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * Scores key results and objectives as of a date, on the 0.0–1.0 grading scale.
 *
 * <ul>
 *   <li><b>Metric</b>: {@code raw = (current − baseline) / (target − baseline)}; the direction
 *       follows from baseline vs target, so "reduce turnaround from 5 days to 3" at 4 days scores
 *       0.5. Moving the wrong way past the baseline is regression ({@code raw < 0}), never
 *       progress. The score is raw clamped to [0, 1] unless the {@link ScoringPolicy} keeps it
 *       unclamped. Undefined without a baseline, without a target, or when baseline equals
 *       target.
 *   <li><b>Threshold</b>: 1.0 while the current value is on the right side of the bound (at least
 *       / at most, the bound itself included), else 0.0 or {@linkplain ThresholdCredit#PARTIAL
 *       partial credit}. Undefined without a bound.
 *   <li><b>Milestone</b>: 1.0 when the latest done-flag check-in says done, else 0.0.
 * </ul>
 *
 * <p>{@code current} is the value of the latest check-in dated on or before {@code asOf} (on
 * equal dates the later one in the list wins); check-ins without a value are ignored for metrics
 * and thresholds, check-ins without a done flag for milestones. With no such check-in, current is
 * the baseline and the score is 0 — so scoring as of a past date reproduces the score of that
 * day.
 *
 * <p>A key result with recorded {@linkplain KeyResult#changes() changes} is scored with the
 * target and baseline in force on {@code asOf} ({@link KeyResult#inForceOn(LocalDate)}).
 *
 * <p>An objective's score is the weighted mean of its key results' defined scores; key results
 * whose score is undefined are left out (and named in the explanation), and the objective's score
 * is undefined when it has no key result with a defined score.
 *
 * <p>Arithmetic is exact {@link BigDecimal}: sums and products are exact, quotients are rounded to
 * {@link ScoringPolicy#MATH_CONTEXT} (DECIMAL64, half-even), and scores are normalised to the
 * smallest non-negative scale (0.5, not 0.50). Final, stateless and thread-safe.
 */
public final class Scorer {
  private static final Scorer DEFAULTS = new Scorer(ScoringPolicy.defaults());

  private final ScoringPolicy policy;

  private Scorer(ScoringPolicy policy) {
    this.policy = policy;
  }

  /** A scorer with {@link ScoringPolicy#defaults()}: clamped to [0, 1], thresholds all-or-nothing. */
  public static Scorer defaults() {
    return DEFAULTS;
  }

  /**
   * A scorer with this policy.
   *
   * @throws NullPointerException if {@code policy} is null
   */
  public static Scorer of(ScoringPolicy policy) {
    return new Scorer(Objects.requireNonNull(policy, "policy"));
  }

  /** The policy this scorer applies. */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * The score of {@code keyResult} as of {@code asOf}, using the check-ins dated on or before it.
   *
   * @throws NullPointerException if an argument is null
   */
  public KeyResultScore score(KeyResult keyResult, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(asOf, "asOf");
    // mid-cycle target and baseline changes: the values in force that day, so time travel is exact
    KeyResult kr = keyResult.inForceOn(asOf);
    KeyResultKind kind = kr.kind();
    if (kind == KeyResultKind.METRIC) {
      return metric(kr, asOf);
    }
    if (kind == KeyResultKind.THRESHOLD) {
      return threshold(kr, asOf);
    }
    return milestone(kr, asOf);
  }

  /**
   * The score of {@code objective} as of {@code asOf}: the weighted mean of its key results'
   * defined scores.
   *
   * @throws NullPointerException if an argument is null
   */
  public ObjectiveScore score(Objective objective, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(asOf, "asOf");
    List<KeyResultScore> scores = new ArrayList<>(objective.keyResults().size());
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    for (KeyResult kr : objective.keyResults()) {
      KeyResultScore s = score(kr, asOf);
      scores.add(s);
      if (s.isDefined()) {
        weights = weights.add(kr.weight());
        weighted = weighted.add(kr.weight().multiply(s.score().orElseThrow()));
      }
    }
    String reason = null;
    BigDecimal score = null;
    if (scores.isEmpty()) {
      reason = "objective '" + objective.id() + "' has no key results";
    } else if (weights.signum() == 0) {
      reason = "no key result of objective '" + objective.id() + "' has a defined score";
    } else {
      score = ScoreMath.divide(weighted, weights);
    }
    return new ObjectiveScore(objective, asOf, scores, score, reason);
  }

  /**
   * The latest check-in carrying a value dated on or before {@code asOf}; on equal dates the later
   * one in the list wins.
   */
  static @Nullable CheckIn latestValue(KeyResult kr, LocalDate asOf) {
    return latest(kr, asOf, c -> c.value().isPresent());
  }

  private static @Nullable CheckIn latestDone(KeyResult kr, LocalDate asOf) {
    return latest(kr, asOf, c -> c.done().isPresent());
  }

  /** The latest check-in that {@code counts}, dated on or before {@code asOf}; ties: later wins. */
  private static @Nullable CheckIn latest(
      KeyResult kr, LocalDate asOf, Predicate<CheckIn> counts) {
    CheckIn best = null;
    for (CheckIn c : kr.checkIns()) {
      if (counts.test(c)
          && !c.date().isAfter(asOf)
          && (best == null || !c.date().isBefore(best.date()))) {
        best = c;
      }
    }
    return best;
  }

  private KeyResultScore metric(KeyResult kr, LocalDate asOf) {
    Baseline baseline = kr.baseline().orElse(null);
    Target target = kr.target().orElse(null);
    if (baseline == null) {
      return undefined(kr, asOf, null, "metric key result '" + kr.id() + "' has no baseline");
    }
    BigDecimal b = baseline.value();
    if (target == null) {
      return undefined(kr, asOf, b, "metric key result '" + kr.id() + "' has no target");
    }
    BigDecimal t = target.value();
    if (b.compareTo(t) == 0) {
      return undefined(
          kr,
          asOf,
          b,
          "metric key result '"
              + kr.id()
              + "': baseline equals target "
              + ScoreMath.format(t)
              + ", so there is no direction to measure progress in");
    }
    CheckIn checkIn = latestValue(kr, asOf);
    BigDecimal current = checkIn == null ? b : checkIn.value().orElseThrow();
    BigDecimal raw = ScoreMath.divide(current.subtract(b), t.subtract(b));
    return finish(kr, asOf, raw, current, checkIn);
  }

  private KeyResultScore threshold(KeyResult kr, LocalDate asOf) {
    Target bound = kr.target().orElse(null);
    BigDecimal baseline = kr.baseline().map(Baseline::value).orElse(null);
    if (bound == null || !bound.isBound()) {
      return undefined(
          kr,
          asOf,
          baseline,
          "threshold key result '"
              + kr.id()
              + "' has no at-least or at-most bound"
              + (bound == null ? "" : ", was a value to reach " + ScoreMath.format(bound.value())));
    }
    CheckIn checkIn = latestValue(kr, asOf);
    if (checkIn == null) {
      return new KeyResultScore(
          kr, policy, asOf, BigDecimal.ZERO, BigDecimal.ZERO, baseline, null, false, null);
    }
    BigDecimal current = checkIn.value().orElseThrow();
    if (meets(bound, current)) {
      return finish(kr, asOf, BigDecimal.ONE, current, checkIn);
    }
    if (policy.thresholdCredit() == ThresholdCredit.PARTIAL
        && baseline != null
        && !meets(bound, baseline)) {
      BigDecimal raw =
          ScoreMath.divide(current.subtract(baseline), bound.value().subtract(baseline));
      return finish(kr, asOf, raw, current, checkIn);
    }
    return finish(kr, asOf, BigDecimal.ZERO, current, checkIn);
  }

  static boolean meets(Target bound, BigDecimal value) {
    int c = value.compareTo(bound.value());
    return bound.side() == TargetSide.AT_MOST ? c <= 0 : c >= 0;
  }

  private KeyResultScore milestone(KeyResult kr, LocalDate asOf) {
    CheckIn checkIn = latestDone(kr, asOf);
    BigDecimal raw =
        checkIn != null && checkIn.done().orElseThrow() ? BigDecimal.ONE : BigDecimal.ZERO;
    return new KeyResultScore(kr, policy, asOf, raw, raw, null, checkIn, false, null);
  }

  private KeyResultScore finish(
      KeyResult kr,
      LocalDate asOf,
      BigDecimal raw,
      BigDecimal current,
      @Nullable CheckIn checkIn) {
    boolean clamped =
        policy.clamp() && (raw.signum() < 0 || raw.compareTo(BigDecimal.ONE) > 0);
    BigDecimal score = clamped ? ScoreMath.clampUnit(raw) : raw;
    return new KeyResultScore(kr, policy, asOf, score, raw, current, checkIn, clamped, null);
  }

  private KeyResultScore undefined(
      KeyResult kr, LocalDate asOf, @Nullable BigDecimal current, String reason) {
    return new KeyResultScore(kr, policy, asOf, null, null, current, null, false, reason);
  }

  @Override
  public String toString() {
    return "Scorer{" + policy + "}";
  }
}
