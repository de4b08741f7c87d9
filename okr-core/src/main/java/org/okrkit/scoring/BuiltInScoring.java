package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * The built-in key-result scoring models, as enum singletons. Each returns the derivation and
 * nothing else: the score is the derivation's result, so number and explanation come from one
 * code path.
 */
enum BuiltInScoring implements KeyResultScoring {
  /** By kind: metric, threshold or milestone. */
  STANDARD {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      KeyResultKind kind = kr.kind();
      if (kind == KeyResultKind.METRIC) {
        return METRIC.derive(kr, asOf, policy);
      }
      if (kind == KeyResultKind.THRESHOLD) {
        return THRESHOLD.derive(kr, asOf, policy);
      }
      return MILESTONE.derive(kr, asOf, policy);
    }
  },
  /** The share of the way travelled from the baseline to the target, through the curve. */
  METRIC {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      Baseline baseline = kr.baseline().orElse(null);
      Target target = kr.target().orElse(null);
      if (baseline == null) {
        return Derivation.Undefined.of(UndefinedReason.NO_BASELINE, kr.id(), kr.kind());
      }
      BigDecimal b = baseline.value();
      if (target == null) {
        return Derivation.Undefined.of(UndefinedReason.NO_TARGET, kr.id(), kr.kind());
      }
      BigDecimal t = target.value();
      if (b.compareTo(t) == 0) {
        return new Derivation.Undefined(
            UndefinedReason.BASELINE_EQUALS_TARGET, kr.id(), Optional.of(kr.kind()),
            Optional.of(t), "");
      }
      Readings.Current current = Readings.current(kr, asOf, b);
      BigDecimal c = current == null ? b : current.value();
      BigDecimal raw = ScoreMath.divide(c.subtract(b), t.subtract(b));
      ScoringCurve curve = policy.curve();
      BigDecimal curved;
      try {
        curved = curve.apply(raw);
      } catch (RuntimeException e) {
        return failed(kr, "curve " + Contracts.name(curve) + " threw "
            + e.getClass().getSimpleName() + " for progress " + ScoreMath.format(raw) + ": "
            + e.getMessage());
      }
      if (curved == null) {
        return failed(kr, "curve " + Contracts.name(curve) + " returned null for progress "
            + ScoreMath.format(raw));
      }
      // The linear curve returns raw itself, already normalised; normalising a 20,000-digit
      // number again is not free.
      curved = curve == ScoringCurve.linear() ? raw : ScoreMath.normalize(curved);
      return ratio(c, b, t, raw, curve, curved, policy, source(current, asOf));
    }
  },
  /** Met or not, with the policy's credit for an unmet bound. */
  THRESHOLD {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      Target bound = kr.target().orElse(null);
      BigDecimal baseline = kr.baseline().map(Baseline::value).orElse(null);
      if (bound == null || !bound.isBound()) {
        return new Derivation.Undefined(
            UndefinedReason.NO_BOUND, kr.id(), Optional.of(kr.kind()),
            bound == null ? Optional.empty() : Optional.of(bound.value()), "");
      }
      if (policy.thresholdCredit() == ThresholdCredit.HIT_RATIO) {
        return hitRatio(kr, asOf, bound);
      }
      CheckIn checkIn = Readings.latestValue(kr, asOf);
      ThresholdCredit credit = policy.thresholdCredit();
      if (checkIn == null) {
        return new Derivation.ThresholdCheck(
            Optional.empty(), bound.side(), bound.value(), false, credit, Optional.empty(),
            Optional.empty(), BigDecimal.ZERO, Derivation.Source.of(Optional.empty(), asOf));
      }
      BigDecimal current = checkIn.value().orElseThrow();
      Derivation.Source source = Derivation.Source.of(Optional.of(checkIn), asOf);
      if (meets(bound, current)) {
        return new Derivation.ThresholdCheck(
            Optional.of(current), bound.side(), bound.value(), true, credit, Optional.empty(),
            Optional.empty(), BigDecimal.ONE, source);
      }
      if (credit == ThresholdCredit.PARTIAL) {
        if (baseline == null || meets(bound, baseline)) {
          return new Derivation.ThresholdCheck(
              Optional.of(current), bound.side(), bound.value(), false, credit, Optional.empty(),
              Optional.of(baseline == null
                  ? Derivation.NoPartialCredit.NO_BASELINE
                  : Derivation.NoPartialCredit.BASELINE_MET_BOUND),
              BigDecimal.ZERO, source);
        }
        BigDecimal raw =
            ScoreMath.divide(current.subtract(baseline), bound.value().subtract(baseline));
        Derivation.Ratio partial =
            ratio(current, baseline, bound.value(), raw, ScoringCurve.linear(), raw, policy,
                source);
        return new Derivation.ThresholdCheck(
            Optional.of(current), bound.side(), bound.value(), false, credit,
            Optional.of(partial), Optional.empty(), partial.score(), source);
      }
      return new Derivation.ThresholdCheck(
          Optional.of(current), bound.side(), bound.value(), false, credit, Optional.empty(),
          Optional.empty(), BigDecimal.ZERO, source);
    }
  },
  /** Done or not, by the latest done-flag check-in. */
  MILESTONE {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      CheckIn checkIn = Readings.latestDone(kr, asOf);
      boolean done = checkIn != null && checkIn.done().orElseThrow();
      return new Derivation.Milestone(
          done, Derivation.Source.of(Optional.ofNullable(checkIn), asOf));
    }
  };

  static boolean meets(Target bound, BigDecimal value) {
    int c = value.compareTo(bound.value());
    return bound.side() == TargetSide.AT_MOST ? c <= 0 : c >= 0;
  }

  static Derivation.Source source(Readings.@Nullable Current current, LocalDate asOf) {
    if (current == null || current.checkIn() == null) {
      return Derivation.Source.of(Optional.empty(), asOf);
    }
    return new Derivation.Source(Optional.of(current.checkIn()), asOf, current.deltas());
  }

  static Derivation.Ratio ratio(
      BigDecimal current,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal raw,
      ScoringCurve curve,
      BigDecimal curved,
      ScoringPolicy policy,
      Derivation.Source source) {
    Optional<Derivation.Limit> limit = policy.limit(curved);
    BigDecimal score = limit.map(Derivation.Limit::value).orElse(curved);
    return new Derivation.Ratio(
        current, baseline, target, raw, curve, curved, limit, score, source);
  }

  static Derivation.Undefined failed(KeyResult kr, String detail) {
    return new Derivation.Undefined(
        UndefinedReason.STRATEGY_FAILED, kr.id(), Optional.of(kr.kind()), Optional.empty(),
        detail);
  }

  /** The share of the check-ins up to {@code asOf} whose value met the bound. */
  static Derivation.HitRatio hitRatio(KeyResult kr, LocalDate asOf, Target bound) {
    int met = 0;
    int counted = 0;
    for (CheckIn c : kr.checkIns()) {
      if (c.value().isPresent() && !c.date().isAfter(asOf)) {
        counted++;
        if (meets(bound, c.value().get())) {
          met++;
        }
      }
    }
    BigDecimal score =
        counted == 0
            ? BigDecimal.ZERO
            : ScoreMath.divide(BigDecimal.valueOf(met), BigDecimal.valueOf(counted));
    return new Derivation.HitRatio(
        bound.side(), bound.value(), Optional.empty(), met, counted, score,
        Derivation.Source.of(Optional.ofNullable(Readings.latestValue(kr, asOf)), asOf));
  }
}
