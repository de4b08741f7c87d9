package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Objective;

/**
 * The score of one objective as of a date: the weighted mean of its key results' defined scores,
 * {@code Σ(weightᵢ × scoreᵢ) / Σ weightᵢ}, with the key-result scores it came from.
 *
 * <p>Key results whose score is undefined are left out of the mean (their weight does not count)
 * and named in the {@linkplain #explanation() explanation} and the {@linkplain #derivation()
 * derivation} (a {@link Derivation.WeightedMean}, whose contributions give each key result's
 * share of the score). The objective's score is undefined
 * (empty, with a {@linkplain #undefinedReason() reason}) when it has no key results or none of
 * them has a defined score — never NaN. Immutable and thread-safe.
 */
public final class ObjectiveScore {
  private final Objective objective;
  private final LocalDate asOf;
  private final List<KeyResultScore> keyResults;
  private final ScoringPolicy policy;
  // Made on first read when the scorer deferred it: a roll-up reads only the key-result scores,
  // so the mean and its shares are computed when someone asks for this objective's own score.
  private volatile @Nullable Derivation derivation;

  private ObjectiveScore(
      Objective objective,
      LocalDate asOf,
      List<KeyResultScore> keyResults,
      ScoringPolicy policy,
      @Nullable Derivation derivation) {
    this.objective = objective;
    this.asOf = asOf;
    this.keyResults = List.copyOf(keyResults);
    this.policy = policy;
    if (derivation != null) {
      this.derivation = derivation; // volatile: written only when set (a deferred one is null)
    }
  }

  /** The score of these key-result scores whose derivation {@link Scorer} makes on first read. */
  static ObjectiveScore deferred(
      Objective objective, LocalDate asOf, List<KeyResultScore> keyResults, ScoringPolicy policy) {
    return new ObjectiveScore(objective, asOf, keyResults, policy, null);
  }

  /**
   * The weighted mean of these key-result scores, its derivation (the mean with each key result's
   * share) made when first read: how an engine that scores many objectives at once (the roll-up)
   * leaves unread derivations unmade. Equal, once read, to {@link Scorer#score(Objective,
   * LocalDate)}'s score over the same key-result scores.
   *
   * @param objective the objective
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param keyResults the scores of the objective's key results, in its order
   * @param policy the scoring policy
   * @return the objective's score over {@code keyResults}
   * @throws NullPointerException if an argument is null
   */
  public static ObjectiveScore of(
      Objective objective, LocalDate asOf, List<KeyResultScore> keyResults, ScoringPolicy policy) {
    return new ObjectiveScore(
        Objects.requireNonNull(objective, "objective"),
        Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(keyResults, "keyResults"),
        Objects.requireNonNull(policy, "policy"),
        null);
  }

  /**
   * The objective score {@code derivation} arrives at, over these key-result scores.
   *
   * @param objective the objective
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param keyResults the key results
   * @param policy the scoring policy
   * @param derivation the derivation
   * @return the objective score {@code derivation} arrives at, over these key-result scores
   * @throws NullPointerException if an argument is null
   */
  public static ObjectiveScore of(
      Objective objective,
      LocalDate asOf,
      List<KeyResultScore> keyResults,
      ScoringPolicy policy,
      Derivation derivation) {
    return new ObjectiveScore(
        Objects.requireNonNull(objective, "objective"),
        Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(keyResults, "keyResults"),
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(derivation, "derivation"));
  }

  /** {@return the id of the objective scored} */
  public String objectiveId() {
    return objective.id();
  }

  /** {@return the objective scored} */
  public Objective objective() {
    return objective;
  }

  /** {@return the date the score is as of} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return the policy the key results were scored with} */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * How the score came about, as data: a {@link Derivation.WeightedMean} over the key results
   * with a score, or a {@link Derivation.Undefined} ({@link UndefinedReason#NO_KEY_RESULTS},
   * {@link UndefinedReason#NO_DEFINED_SCORE}).
   *
   * @return how the score came about, as data
   */
  public Derivation derivation() {
    Derivation d = derivation;
    if (d == null) {
      // deterministic: two threads racing here make equal derivations, either may be kept
      d = Scorer.derivation(objective, keyResults);
      derivation = d;
    }
    return d;
  }

  /** {@return the weighted mean of the key results' defined scores; empty when there is none} */
  public Optional<BigDecimal> score() {
    return derivation().result();
  }

  /**
   * True when the score is defined.
   *
   * @return {@code true} when the score is defined
   */
  public boolean isDefined() {
    return derivation().isDefined();
  }

  /**
   * The score as people read it, rounded by the one rule of every printed score ({@link
   * ScoreRounding}, on the policy's grade scale), as {@link #explanation()} prints it: {@code
   * "0.67"} for two thirds. For display only: store and compute with {@link #score()}.
   *
   * @return the printed score; empty when the score is undefined
   */
  public Optional<String> displayScore() {
    return score().map(s -> ScoreRounding.format(s, policy.grades()));
  }

  /** {@return why the score is undefined; empty when it is defined} */
  public Optional<String> undefinedReason() {
    return derivation() instanceof Derivation.Undefined u
        ? Optional.of(ExplanationFormat.english().reason(u))
        : Optional.empty();
  }

  /** {@return the score of each key result, in the objective's order} */
  public List<KeyResultScore> keyResultScores() {
    return keyResults;
  }

  /** {@return the colour of the score on the policy's grade scale; empty when undefined} */
  public Optional<Grade> grade() {
    return score().map(policy::grade);
  }

  /**
   * True for a committed objective, where anything below 1.0 is a miss.
   *
   * @return {@code true} if for a committed objective, where anything below 1.0 is a miss
   */
  public boolean isCommitted() {
    return objective.isCommitted();
  }

  /**
   * True when the objective is committed and its score is below 1.0: it is not (yet) delivered in
   * full. Whether that is a miss depends on the cycle having ended, which a score alone does not
   * know: see {@link org.okrkit.rollup.ObjectiveRollup#isMiss()}. An aspirational objective is
   * never below commitment; an undefined score is not graded.
   *
   * @return {@code true} when the objective is committed and its score is below 1.0
   */
  public boolean isBelowCommitment() {
    return objective.isCommitted()
        && score().map(s -> s.compareTo(BigDecimal.ONE) < 0).orElse(false);
  }

  /**
   * How the score came about: the weighted mean with its numbers and the key results left out,
   * e.g. {@code (1 × 0.50 + 1 × 1.00) / 2 = 0.75}, rendered from the derivation by {@link
   * ExplanationFormat}.
   *
   * @return how the score came about
   */
  public String explanation() {
    return ExplanationFormat.english().withGrades(policy.grades()).format(derivation());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ObjectiveScore that)) {
      return false;
    }
    return objective.equals(that.objective)
        && asOf.equals(that.asOf)
        && keyResults.equals(that.keyResults)
        && policy.equals(that.policy)
        && derivation().equals(that.derivation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(objective.id(), asOf, derivation().result());
  }

  @Override
  public String toString() {
    return "ObjectiveScore{"
        + objective.id()
        + " as of "
        + asOf
        + ": "
        + score().map(BigDecimal::toPlainString).orElseGet(() -> "undefined ("
            + undefinedReason().orElse("") + ")")
        + "}";
  }
}
