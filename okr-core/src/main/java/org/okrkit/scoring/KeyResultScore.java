package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;

/**
 * The score of one key result as of a date, with the {@link Derivation} it came from and an
 * {@linkplain #explanation() explanation} rendered from it.
 *
 * <p>The score is <em>undefined</em> (empty) when the key result cannot be scored: a metric
 * without a baseline or target, or whose baseline equals its target; a threshold without a bound.
 * The derivation is then a {@link Derivation.Undefined} with a {@link UndefinedReason}, and
 * {@link #undefinedReason()} says why in words. It is never NaN and never a silent 0.5.
 *
 * <p>Scores carry the smallest non-negative scale that represents them exactly (0.5, 1, 0), so
 * equal scores are {@code equals}. Text is only made when asked for. Immutable and thread-safe.
 */
public final class KeyResultScore {
  // The key result scored, or (a score an engine deferred) the objective holding it at index,
  // resolved when first asked for: a roll-up makes its scores without reading a key result.
  private final Object subject;
  private final int index;
  private final ScoringPolicy policy;
  private final LocalDate asOf;
  // Made on first read when the score was deferred (scoring != null): an engine scoring a whole
  // organisation knows the number, and most derivations are never read.
  private volatile @Nullable Derivation derivation;
  private final @Nullable KeyResultScoring scoring;
  private final @Nullable BigDecimal known;

  private KeyResultScore(
      Object subject,
      int index,
      ScoringPolicy policy,
      LocalDate asOf,
      @Nullable Derivation derivation,
      @Nullable KeyResultScoring scoring,
      @Nullable BigDecimal known) {
    this.subject = subject;
    this.index = index;
    this.policy = policy;
    this.asOf = asOf;
    if (derivation != null) {
      this.derivation = derivation; // volatile: written only when set (a deferred one is null)
    }
    this.scoring = scoring;
    this.known = known;
  }

  /**
   * The defined score {@code scoring} gives {@code keyResult} as of {@code asOf}, already known to
   * be {@code score}, with its derivation made by {@code scoring} only when first read: how an
   * engine that scores a whole organisation at once (the roll-up) leaves the derivations nobody
   * reads unmade. {@code keyResult} must be the key result as in force on {@code asOf} ({@link
   * KeyResult#inForceOn}). Equal, once read, to the score made eagerly.
   *
   * @param keyResult the key result, as in force on {@code asOf}
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param policy the scoring policy
   * @param scoring the scoring model that arrives at {@code score}
   * @param score the score {@code scoring} arrives at
   * @return the score, its derivation made on first read
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException on reading the derivation, when {@code scoring} does not arrive
   *     at {@code score}
   */
  public static KeyResultScore deferred(
      KeyResult keyResult,
      LocalDate asOf,
      ScoringPolicy policy,
      KeyResultScoring scoring,
      BigDecimal score) {
    return new KeyResultScore(
        Objects.requireNonNull(keyResult, "keyResult"),
        -1,
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(asOf, "asOf"),
        null,
        Objects.requireNonNull(scoring, "scoring"),
        Objects.requireNonNull(score, "score"));
  }

  /**
   * The defined score {@code scoring} gives the key result at {@code index} of {@code objective}
   * as of {@code asOf}, already known to be {@code score}: {@link #deferred(KeyResult, LocalDate,
   * ScoringPolicy, KeyResultScoring, BigDecimal)} with the key result looked up in the objective
   * only when first asked for, so that an engine scoring a whole organisation from its own tables
   * makes the scores without reading a key result. The key result must be in force on {@code asOf}
   * as it stands (no mid-cycle change). Equal, once read, to the score made eagerly.
   *
   * @param objective the objective holding the key result
   * @param index the key result's position among {@code objective}'s key results
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param policy the scoring policy
   * @param scoring the scoring model that arrives at {@code score}
   * @param score the score {@code scoring} arrives at
   * @return the score, its key result and derivation looked up and made on first read
   * @throws NullPointerException if an argument is null
   * @throws IndexOutOfBoundsException if {@code index} is negative; one beyond the objective's key
   *     results is refused, naming the objective, when the key result is first read
   * @throws IllegalStateException on reading the derivation, when {@code scoring} does not arrive
   *     at {@code score}
   */
  public static KeyResultScore deferred(
      Objective objective,
      int index,
      LocalDate asOf,
      ScoringPolicy policy,
      KeyResultScoring scoring,
      BigDecimal score) {
    if (index < 0) {
      throw new IndexOutOfBoundsException("key result score: index must be >= 0, was " + index);
    }
    return new KeyResultScore(
        Objects.requireNonNull(objective, "objective"),
        index,
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(asOf, "asOf"),
        null,
        Objects.requireNonNull(scoring, "scoring"),
        Objects.requireNonNull(score, "score"));
  }

  /**
   * The score {@code derivation} arrives at for {@code keyResult} as of {@code asOf} under {@code
   * policy}: how a custom {@link Scorer} or a test builds a score.
   *
   * @param keyResult the key result
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param policy the scoring policy
   * @param derivation the derivation
   * @return the score {@code derivation} arrives at for {@code keyResult} as of {@code asOf} under
   *     {@code policy}
   * @throws NullPointerException if an argument is null
   */
  public static KeyResultScore of(
      KeyResult keyResult, LocalDate asOf, ScoringPolicy policy, Derivation derivation) {
    return new KeyResultScore(
        Objects.requireNonNull(keyResult, "keyResult"),
        -1,
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(derivation, "derivation"),
        null,
        null);
  }

  /** {@return the id of the key result scored} */
  public String keyResultId() {
    return keyResult().id();
  }

  /** {@return the key result scored} */
  public KeyResult keyResult() {
    Object s = subject;
    if (s instanceof KeyResult kr) {
      return kr;
    }
    Objective o = (Objective) s;
    List<KeyResult> krs = o.keyResults();
    if (index >= krs.size()) {
      throw new IndexOutOfBoundsException(
          "objective '" + o.id() + "': no key result at position " + index + " of " + krs.size());
    }
    return krs.get(index);
  }

  /** {@return how the key result is measured} */
  public KeyResultKind kind() {
    return keyResult().kind();
  }

  /** {@return the key result's weight in its objective's score} */
  public BigDecimal weight() {
    return keyResult().weight();
  }

  /** {@return the date the score is as of: check-ins after it are ignored} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the policy the score was computed with} */
  public ScoringPolicy policy() {
    return policy;
  }

  /** {@return how the score came about, as data: the branch taken and every number used} */
  public Derivation derivation() {
    Derivation d = derivation;
    if (d == null) {
      KeyResultScoring model = Objects.requireNonNull(scoring);
      KeyResult keyResult = keyResult();
      d = model.derive(keyResult, asOf, policy);
      BigDecimal result = d == null ? null : d.result().orElse(null);
      // the same number and the same scale: a deferred score reads exactly as an eager one
      BigDecimal expected = Objects.requireNonNull(known);
      if (result == null || !sameDecimal(result, expected)) {
        throw new IllegalStateException(
            "key result '" + keyResult.id() + "': the deferred score " + expected
                + " is not what its scoring derives: " + result);
      }
      derivation = d; // racing first reads derive equal values: no lock needed
    }
    return d;
  }

  private static boolean sameDecimal(BigDecimal a, BigDecimal b) {
    return a.scale() == b.scale() && a.compareTo(b) == 0;
  }

  /**
   * The score on the policy's scale (0.0–1.0 by default), or empty when the key result has no
   * defined score (see {@link #undefinedReason()}).
   *
   * @return the score on the policy's scale
   */
  public Optional<BigDecimal> score() {
    BigDecimal k = known;
    return k != null ? Optional.of(k) : derivation().result();
  }

  /**
   * True when the score is defined.
   *
   * @return {@code true} when the score is defined
   */
  public boolean isDefined() {
    return known != null || derivation().isDefined();
  }

  /**
   * The score as people read it, rounded by the one rule of every printed score ({@link
   * ScoreRounding}, on the policy's grade scale): {@code "0.50"}, or {@code "0.696"} where two
   * decimals would print a green {@code 0.70} beside a yellow grade; the same digits {@link
   * #explanation()} shows. For display only: store and compute with {@link #score()}.
   *
   * @return the printed score; empty when the score is undefined
   */
  public Optional<String> displayScore() {
    return score().map(s -> ScoreRounding.format(s, policy.grades()));
  }

  /**
   * The attainment before the policy's cap and floor: below 0 for regression, above 1 for
   * over-achievement (for a metric, the share of the way travelled); empty when undefined.
   *
   * @return the attainment before the policy's cap and floor
   */
  public Optional<BigDecimal> raw() {
    if (derivation() instanceof Derivation.Ratio r) {
      return Optional.of(r.raw());
    } else if (derivation() instanceof Derivation.Stepped s) {
      return Optional.of(s.interpolated());
    } else if (derivation() instanceof Derivation.ThresholdCheck t && t.partialCredit().isPresent()) {
      return Optional.of(t.partialCredit().get().raw());
    }
    return derivation().result();
  }

  /**
   * The value measured as of the date: the latest check-in's value (or the sum of the deltas), or
   * the baseline when there is none yet; empty for milestones, zones, and when neither exists.
   *
   * @return the value measured as of the date
   */
  public Optional<BigDecimal> current() {
    if (derivation() instanceof Derivation.Ratio r) {
      return Optional.of(r.current());
    } else if (derivation() instanceof Derivation.Stepped s) {
      return Optional.of(s.current());
    } else if (derivation() instanceof Derivation.ThresholdCheck t) {
      return t.current().or(this::baseline);
    } else if (derivation() instanceof Derivation.Band b) {
      return b.current().or(this::baseline);
    } else if (derivation() instanceof Derivation.HitRatio h) {
      return h.source().checkIn().flatMap(CheckIn::value).or(this::baseline);
    } else if (derivation() instanceof Derivation.Undefined) {
      return keyResult().kind() == KeyResultKind.MILESTONE ? Optional.empty() : baseline();
    }
    return Optional.empty();
  }

  private Optional<BigDecimal> baseline() {
    return keyResult().baseline().map(Baseline::value);
  }

  /**
   * The check-in the score is based on: the latest one dated on or before {@link #asOf()}.
   *
   * @return the check-in the score is based on
   */
  public Optional<CheckIn> checkIn() {
    Derivation.Source s = source(derivation());
    return s == null ? Optional.empty() : s.checkIn();
  }

  private static Derivation.@Nullable Source source(Derivation d) {
    if (d instanceof Derivation.Ratio r) {
      return r.source();
    } else if (d instanceof Derivation.ThresholdCheck t) {
      return t.source();
    } else if (d instanceof Derivation.HitRatio h) {
      return h.source();
    } else if (d instanceof Derivation.Band b) {
      return b.source();
    } else if (d instanceof Derivation.Stepped s) {
      return s.source();
    } else if (d instanceof Derivation.Zones z) {
      return z.source();
    } else if (d instanceof Derivation.Milestone m) {
      return m.source();
    }
    return null;
  }

  /**
   * True when the policy's cap or floor held the score.
   *
   * @return {@code true} when the policy's cap or floor held the score
   */
  public boolean isClamped() {
    if (derivation() instanceof Derivation.Ratio r) {
      return r.limit().isPresent();
    } else if (derivation() instanceof Derivation.Stepped s) {
      return s.limit().isPresent();
    } else if (derivation() instanceof Derivation.ThresholdCheck t) {
      return t.partialCredit().map(p -> p.limit().isPresent()).orElse(false);
    }
    return false;
  }

  /** {@return the grade of the score on the policy's scale; empty when undefined} */
  public Optional<Grade> grade() {
    return score().map(policy::grade);
  }

  /** {@return why the score is undefined ("baseline equals target 5"); empty when it is defined} */
  public Optional<String> undefinedReason() {
    return derivation() instanceof Derivation.Undefined u
        ? Optional.of(format().reason(u))
        : Optional.empty();
  }

  /** {@return the reason code when the score is undefined; empty when it is defined} */
  public Optional<UndefinedReason> undefinedCode() {
    return derivation() instanceof Derivation.Undefined u
        ? Optional.of(u.reason())
        : Optional.empty();
  }

  /**
   * How the score came about, for people: the derivation rendered by {@link ExplanationFormat},
   * e.g. {@code (4.45 − 4.1) / (4.8 − 4.1) = 0.50, current 4.45 from the check-in of 2026-11-15
   * (latest on or before 2026-11-30)}.
   *
   * @return how the score came about, for people: the derivation rendered by {@link
   *     ExplanationFormat}, e.g
   */
  public String explanation() {
    return format().format(derivation());
  }

  private ExplanationFormat format() {
    return ExplanationFormat.english().withGrades(policy.grades());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof KeyResultScore that)) {
      return false;
    }
    return keyResult().equals(that.keyResult())
        && policy.equals(that.policy)
        && asOf.equals(that.asOf)
        && derivation().equals(that.derivation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyResult().id(), asOf, score());
  }

  @Override
  public String toString() {
    return "KeyResultScore{"
        + keyResult().id()
        + " as of "
        + asOf
        + ": "
        + score().map(BigDecimal::toPlainString).orElseGet(() -> "undefined ("
            + undefinedReason().orElse("") + ")")
        + "}";
  }
}
