package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.Objective;

/**
 * The score of one objective as of a date: the weighted mean of its key results' defined scores,
 * {@code Σ(weightᵢ × scoreᵢ) / Σ weightᵢ}, with the key-result scores it came from.
 *
 * <p>Key results whose score is undefined are left out of the mean (their weight does not count)
 * and named in the {@linkplain #explanation() explanation}. The objective's score is undefined
 * (empty, with a {@linkplain #undefinedReason() reason}) when it has no key results or none of
 * them has a defined score — never NaN. Immutable and thread-safe.
 */
public final class ObjectiveScore {
  private final Objective objective;
  private final LocalDate asOf;
  private final List<KeyResultScore> keyResults;
  private final @Nullable BigDecimal score;
  private final @Nullable String undefinedReason;

  ObjectiveScore(
      Objective objective,
      LocalDate asOf,
      List<KeyResultScore> keyResults,
      @Nullable BigDecimal score,
      @Nullable String undefinedReason) {
    this.objective = objective;
    this.asOf = asOf;
    this.keyResults = List.copyOf(keyResults);
    this.score = score;
    this.undefinedReason = undefinedReason;
  }

  /** The id of the objective scored. */
  public String objectiveId() {
    return objective.id();
  }

  /** The objective scored. */
  public Objective objective() {
    return objective;
  }

  /** The date the score is as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The weighted mean of the key results' defined scores; empty when there is none. */
  public Optional<BigDecimal> score() {
    return Optional.ofNullable(score);
  }

  /** True when the score is defined. */
  public boolean isDefined() {
    return score != null;
  }

  /** Why the score is undefined; empty when it is defined. */
  public Optional<String> undefinedReason() {
    return Optional.ofNullable(undefinedReason);
  }

  /** The score of each key result, in the objective's order. */
  public List<KeyResultScore> keyResults() {
    return keyResults;
  }

  /** The colour of the score (green ≥ 0.7, yellow ≥ 0.4, red below); empty when undefined. */
  public Optional<Grade> grade() {
    return score().map(Grade::of);
  }

  /** True for a committed objective, where anything below 1.0 is a miss. */
  public boolean isCommitted() {
    return objective.isCommitted();
  }

  /**
   * True when the objective is committed and its score is below 1.0. An aspirational objective is
   * never a miss; an undefined score is not graded and so not a miss either.
   */
  public boolean isMiss() {
    return score != null && objective.isCommitted() && score.compareTo(BigDecimal.ONE) < 0;
  }

  /**
   * How the score came about: the weighted mean with its numbers and the key results left out,
   * e.g. {@code (1 × 0.50 + 1 × 1.00) / 2 = 0.75}.
   */
  public String explanation() {
    if (score == null) {
      return "undefined: " + undefinedReason;
    }
    StringBuilder sum = new StringBuilder();
    BigDecimal weights = BigDecimal.ZERO;
    StringBuilder left = new StringBuilder();
    for (KeyResultScore s : keyResults) {
      if (s.isDefined()) {
        if (sum.length() > 0) {
          sum.append(" + ");
        }
        sum.append(ScoreMath.format(s.weight()))
            .append(" × ")
            .append(ScoreMath.formatMeanItem(s.score().orElseThrow()));
        weights = weights.add(s.weight());
      } else {
        left.append("; '")
            .append(s.keyResultId())
            .append("' left out: ")
            .append(s.undefinedReason().orElse("undefined"));
      }
    }
    return "("
        + sum
        + ") / "
        + ScoreMath.format(weights)
        + " = "
        + ScoreMath.formatScore(score)
        + left;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ObjectiveScore that)) {
      return false;
    }
    return objective.equals(that.objective)
        && asOf.equals(that.asOf)
        && keyResults.equals(that.keyResults)
        && Objects.equals(score, that.score)
        && Objects.equals(undefinedReason, that.undefinedReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objective.id(), asOf, score);
  }

  @Override
  public String toString() {
    return "ObjectiveScore{"
        + objective.id()
        + " as of "
        + asOf
        + ": "
        + (score == null ? "undefined (" + undefinedReason + ")" : score.toPlainString())
        + "}";
  }
}
