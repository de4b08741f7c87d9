package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.Zone;

/**
 * The built-in key-result scoring models, as enum singletons. Each returns the derivation and
 * nothing else: the score is the derivation's result, so number and explanation come from one
 * code path.
 */
enum BuiltInScoring implements KeyResultScoring {
  /**
   * By kind and target: stepped for a metric whose target states commit or stretch levels, band
   * for a threshold with both bounds, else metric, threshold, milestone or zones.
   */
  STANDARD {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      KeyResultKind kind = kr.kind();
      Target t = kr.target().orElse(null);
      if (kind == KeyResultKind.METRIC) {
        return t != null && t.isStepped()
            ? STEPPED.derive(kr, asOf, policy)
            : METRIC.derive(kr, asOf, policy);
      }
      if (kind == KeyResultKind.THRESHOLD) {
        return t != null && t.isBand()
            ? BAND.derive(kr, asOf, policy)
            : THRESHOLD.derive(kr, asOf, policy);
      }
      if (kind == KeyResultKind.ZONES) {
        return ZONES.derive(kr, asOf, policy);
      }
      return MILESTONE.derive(kr, asOf, policy);
    }
  },
  /** The share of the way travelled from the baseline to the target, through the curve. */
  METRIC {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      Derivation.Undefined missing = missing(kr);
      if (missing != null) {
        return missing;
      }
      BigDecimal b = kr.baseline().orElseThrow().value();
      BigDecimal t = kr.target().orElseThrow().value();
      if (b.compareTo(t) == 0) {
        return new Derivation.Undefined(
            UndefinedReason.BASELINE_EQUALS_TARGET, kr.id(), Optional.of(kr.kind()),
            Optional.of(t), "");
      }
      Readings.Current current = Readings.current(kr, asOf, b);
      return metricAt(kr, b, t, current == null ? b : current.value(), policy,
          source(current, asOf));
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
      Readings.Current now = Readings.current(kr, asOf, baseline);
      ThresholdCredit credit = policy.thresholdCredit();
      if (now == null || now.checkIn() == null) {
        return new Derivation.ThresholdCheck(
            Optional.empty(), bound.side(), bound.value(), false, credit, Optional.empty(),
            Optional.empty(), BigDecimal.ZERO, Derivation.Source.of(Optional.empty(), asOf));
      }
      return thresholdAt(bound, baseline, now.value(), credit, policy, source(now, asOf));
    }
  },
  /**
   * Commit / target / stretch: linear between the anchors baseline → 0, commit → 0.3, target →
   * 0.7 (1.0 without a stretch), stretch → 1.0, held within the floor and cap.
   */
  STEPPED {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      Derivation.Undefined missing = missing(kr);
      if (missing != null) {
        return missing;
      }
      BigDecimal b = kr.baseline().orElseThrow().value();
      Target target = kr.target().orElseThrow();
      BigDecimal t = target.value();
      if (b.compareTo(t) == 0) {
        return new Derivation.Undefined(
            UndefinedReason.BASELINE_EQUALS_TARGET, kr.id(), Optional.of(kr.kind()),
            Optional.of(t), "");
      }
      List<Derivation.Anchor> anchors = new ArrayList<>(4);
      anchors.add(new Derivation.Anchor(Derivation.Level.BASELINE, b, BigDecimal.ZERO));
      target.commit().ifPresent(c -> anchors.add(
          new Derivation.Anchor(Derivation.Level.COMMIT, c, COMMIT_SCORE)));
      anchors.add(new Derivation.Anchor(
          Derivation.Level.TARGET, t,
          target.stretch().isPresent() ? TARGET_SCORE : BigDecimal.ONE));
      target.stretch().ifPresent(x -> anchors.add(
          new Derivation.Anchor(Derivation.Level.STRETCH, x, BigDecimal.ONE)));
      int direction = t.compareTo(b);
      for (int i = 1; i < anchors.size(); i++) {
        Derivation.Anchor before = anchors.get(i - 1);
        Derivation.Anchor a = anchors.get(i);
        if (a.value().compareTo(before.value()) != direction) {
          return new Derivation.Undefined(
              UndefinedReason.LEVELS_OUT_OF_ORDER, kr.id(), Optional.of(kr.kind()),
              Optional.of(a.value()),
              levelName(a) + " " + ScoreMath.format(a.value()) + " must be "
                  + (direction > 0 ? "above " : "below ") + levelName(before) + " "
                  + ScoreMath.format(before.value()));
        }
      }
      Readings.Current now = Readings.current(kr, asOf, b);
      BigDecimal c = now == null ? b : now.value();
      int segment = 0;
      while (segment < anchors.size() - 2
          && c.compareTo(anchors.get(segment + 1).value()) * direction > 0) {
        segment++;
      }
      Derivation.Anchor from = anchors.get(segment);
      Derivation.Anchor to = anchors.get(segment + 1);
      BigDecimal along =
          ScoreMath.divide(c.subtract(from.value()), to.value().subtract(from.value()));
      BigDecimal interpolated =
          ScoreMath.normalize(
              from.score().add(along.multiply(to.score().subtract(from.score()))));
      Optional<Derivation.Limit> limit = policy.limit(interpolated);
      return new Derivation.Stepped(
          c, anchors, from, to, interpolated, limit,
          limit.map(Derivation.Limit::value).orElse(interpolated), source(now, asOf));
    }
  },
  /**
   * A band: 1 inside (bounds included), outside 0 or, with {@link BandCredit#PARTIAL}, {@code 1 −
   * distance / width} floored at 0; under {@link ThresholdCredit#HIT_RATIO} the share of check-ins
   * inside the band.
   */
  BAND {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      Target bound = kr.target().orElse(null);
      if (bound == null || !bound.isBand()) {
        return THRESHOLD.derive(kr, asOf, policy);
      }
      BigDecimal low = bound.value();
      BigDecimal high = bound.upper().orElseThrow();
      if (policy.thresholdCredit() == ThresholdCredit.HIT_RATIO) {
        return hitRatio(kr, asOf, bound);
      }
      Readings.Current now =
          Readings.current(kr, asOf, kr.baseline().map(Baseline::value).orElse(null));
      if (now == null || now.checkIn() == null) {
        return new Derivation.Band(
            Optional.empty(), low, high, policy.bandCredit(), BigDecimal.ZERO, BigDecimal.ZERO,
            Derivation.Source.of(Optional.empty(), asOf));
      }
      BigDecimal c = now.value();
      BigDecimal distance =
          c.compareTo(low) < 0
              ? low.subtract(c)
              : c.compareTo(high) > 0 ? c.subtract(high) : BigDecimal.ZERO;
      BigDecimal score;
      if (distance.signum() == 0) {
        score = BigDecimal.ONE;
      } else if (policy.bandCredit() == BandCredit.PARTIAL) {
        score =
            BigDecimal.ONE.subtract(ScoreMath.divide(distance, high.subtract(low)))
                .max(BigDecimal.ZERO);
        score = ScoreMath.normalize(score);
      } else {
        score = BigDecimal.ZERO;
      }
      return new Derivation.Band(
          Optional.of(c), low, high, policy.bandCredit(), ScoreMath.normalize(distance), score,
          source(now, asOf));
    }
  },
  /** Zones: fail 0, commit 0.3, target 0.7, stretch 1.0, by the latest zone check-in. */
  ZONES {
    @Override
    public Derivation derive(KeyResult kr, LocalDate asOf, ScoringPolicy policy) {
      CheckIn checkIn = Readings.latest(kr, asOf, c -> c.zone().isPresent());
      if (checkIn == null) {
        return new Derivation.Zones(
            Optional.empty(), BigDecimal.ZERO, Derivation.Source.of(Optional.empty(), asOf));
      }
      Zone zone = checkIn.zone().orElseThrow();
      return new Derivation.Zones(
          Optional.of(zone), zoneScore(zone), Derivation.Source.of(Optional.of(checkIn), asOf));
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

  private static final BigDecimal COMMIT_SCORE = new BigDecimal("0.3");
  private static final BigDecimal TARGET_SCORE = new BigDecimal("0.7");

  /** The score of a zone: fail 0, commit 0.3, target 0.7, stretch 1. */
  static BigDecimal zoneScore(Zone zone) {
    return switch (zone) {
      case FAIL -> BigDecimal.ZERO;
      case COMMIT -> COMMIT_SCORE;
      case TARGET -> TARGET_SCORE;
      case STRETCH -> BigDecimal.ONE;
    };
  }

  private static String levelName(Derivation.Anchor a) {
    return a.level().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Why a metric cannot be scored for want of a baseline or target, or null when it can. */
  static Derivation.@Nullable Undefined missing(KeyResult kr) {
    if (kr.baseline().isEmpty()) {
      return Derivation.Undefined.of(
          kr.baselinePending() ? UndefinedReason.NO_BASELINE_YET : UndefinedReason.NO_BASELINE,
          kr.id(), kr.kind());
    }
    if (kr.target().isEmpty()) {
      return Derivation.Undefined.of(
          kr.targetPending() ? UndefinedReason.NO_TARGET_YET : UndefinedReason.NO_TARGET,
          kr.id(), kr.kind());
    }
    return null;
  }

  /**
   * A metric's score for the current value {@code c} between baseline {@code b} and target
   * {@code t} (which differ): progress through the policy's curve, then its floor and cap. Shared
   * by the derivation and by forecasts, which score a projected value without a check-in.
   */
  static Derivation metricAt(KeyResult kr, BigDecimal b, BigDecimal t, BigDecimal c,
      ScoringPolicy policy, Derivation.Source source) {
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
    return ratio(c, b, t, raw, curve, curved, policy, source);
  }

  /**
   * A threshold's score for the current value {@code current} against {@code bound} (a bound, not
   * hit-ratio credit): 1 when met, else the policy's credit for the unmet bound. Shared by the
   * derivation and by forecasts, which score a projected value without a check-in.
   */
  static Derivation thresholdAt(Target bound, @Nullable BigDecimal baseline, BigDecimal current,
      ThresholdCredit credit, ScoringPolicy policy, Derivation.Source source) {
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

  /** True when {@code value} meets {@code bound}: on its side, or inside a band. */
  static boolean meets(Target bound, BigDecimal value) {
    if (bound.isBand()) {
      return value.compareTo(bound.value()) >= 0
          && value.compareTo(bound.upper().orElseThrow()) <= 0;
    }
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

  /**
   * The share of the check-ins up to {@code asOf} whose value (deltas accumulated) met the bound;
   * one check-in per date, the later of a date counting.
   */
  static Derivation.HitRatio hitRatio(KeyResult kr, LocalDate asOf, Target bound) {
    int met = 0;
    int counted = 0;
    for (BigDecimal v :
        Readings.series(kr, asOf, kr.baseline().map(Baseline::value).orElse(null)).values()) {
      counted++;
      if (meets(bound, v)) {
        met++;
      }
    }
    BigDecimal score =
        counted == 0
            ? BigDecimal.ZERO
            : ScoreMath.divide(BigDecimal.valueOf(met), BigDecimal.valueOf(counted));
    return new Derivation.HitRatio(
        bound.side(), bound.value(), bound.upper(), met, counted, score,
        Derivation.Source.of(
            Optional.ofNullable(
                Readings.latest(kr, asOf, c -> c.value().isPresent() || c.delta().isPresent())),
            asOf));
  }
}
