package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.model.Decision;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KpiHealth;

/**
 * The quarter-end review of a set or subtree as of a date, as an OKR coach reads it: how the
 * scores are distributed, how aspirational and committed OKRs fared, signs of sandbagging, what
 * moved least, what was not tracked, where owners adjusted their grades, what was decided, and
 * how the KPIs and the results tracked after close are doing. Made by {@link QuarterReview}.
 *
 * @param scope what was reviewed ({@code cycle 2026-Q3}, {@code subtree of acme})
 * @param asOf the review date
 * @param objectives how many objectives were reviewed
 * @param keyResults how many key results they have
 * @param histogram objective scores counted in ten bins of 0.1 ({@code [0, 0.1)} … {@code [0.9,
 *     1.0]}); scores outside 0–1 (unclamped policies) count in the first or last bin
 * @param grades objectives counted per grade colour
 * @param unscored objectives without a defined score
 * @param aspirational aspirational objectives with a score
 * @param aspirationalInSweetSpot of those, the ones scoring 0.6–0.7 (Google's sweet spot)
 * @param committed committed objectives with a score
 * @param committedDelivered of those, the ones scoring 1.0
 * @param averageStartingConfidence the mean confidence of the key results' first check-ins, if
 *     any recorded one
 * @param sandbagging the signs of sandbagging found, in words (empty when none)
 * @param leastMoved the key results that moved least, least first (at most five)
 * @param stale key results not yet at 1.0 whose latest check-in is more than three weeks before
 *     the review (or the cycle's end)
 * @param neverCheckedIn key results without a check-in by the review date
 * @param adjustments the closed objectives and key results with an adjusted grade
 * @param outcomes closed objectives counted per outcome
 * @param withoutOutcome objectives without an outcome
 * @param decisions closed objectives counted per decision
 * @param withoutDecision objectives without a decision
 * @param sinceClose the results since close of the key results tracked after it
 * @param kpis the health of every KPI of the set as of the review date
 */
public record Review(
    String scope,
    LocalDate asOf,
    int objectives,
    int keyResults,
    List<Integer> histogram,
    Map<Grade, Integer> grades,
    int unscored,
    int aspirational,
    int aspirationalInSweetSpot,
    int committed,
    int committedDelivered,
    Optional<BigDecimal> averageStartingConfidence,
    List<String> sandbagging,
    List<Movement> leastMoved,
    int stale,
    int neverCheckedIn,
    List<ClosedGrade> adjustments,
    Map<Outcome, Integer> outcomes,
    int withoutOutcome,
    Map<Decision, Integer> decisions,
    int withoutDecision,
    List<ResultSinceClose> sinceClose,
    List<KpiHealth> kpis) {

  /**
   * A review; lists and maps are copied, maps keep every enum constant in order.
   *
   * @param scope what was reviewed ({@code cycle 2026-Q3}, {@code subtree of acme})
   * @param asOf the review date
   * @param objectives how many objectives were reviewed
   * @param keyResults how many key results they have
   * @param histogram objective scores counted in ten bins of 0.1 ({@code [0, 0.1)} … {@code [0.9,
   *     1.0]}); scores outside 0–1 (unclamped policies) count in the first or last bin
   * @param grades objectives counted per grade colour
   * @param unscored objectives without a defined score
   * @param aspirational aspirational objectives with a score
   * @param aspirationalInSweetSpot of those, the ones scoring 0.6–0.7 (Google's sweet spot)
   * @param committed committed objectives with a score
   * @param committedDelivered of those, the ones scoring 1.0
   * @param averageStartingConfidence the mean confidence of the key results' first check-ins, if
   *     any recorded one
   * @param sandbagging the signs of sandbagging found, in words (empty when none)
   * @param leastMoved the key results that moved least, least first (at most five)
   * @param stale key results not yet at 1.0 whose latest check-in is more than three weeks before
   *     the review (or the cycle's end)
   * @param neverCheckedIn key results without a check-in by the review date
   * @param adjustments the closed objectives and key results with an adjusted grade
   * @param outcomes closed objectives counted per outcome
   * @param withoutOutcome objectives without an outcome
   * @param decisions closed objectives counted per decision
   * @param withoutDecision objectives without a decision
   * @param sinceClose the results since close of the key results tracked after it
   * @param kpis the health of every KPI of the set as of the review date
   */
  public Review {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    histogram = List.copyOf(histogram);
    if (histogram.size() != 10) {
      throw new IllegalArgumentException(
          "review '" + scope + "': histogram must have 10 bins, was " + histogram.size());
    }
    grades = complete(grades, Grade.class);
    Objects.requireNonNull(averageStartingConfidence, "averageStartingConfidence");
    sandbagging = List.copyOf(sandbagging);
    leastMoved = List.copyOf(leastMoved);
    adjustments = List.copyOf(adjustments);
    outcomes = complete(outcomes, Outcome.class);
    decisions = complete(decisions, Decision.class);
    sinceClose = List.copyOf(sinceClose);
    kpis = List.copyOf(kpis);
  }

  private static <E extends Enum<E>> Map<E, Integer> complete(Map<E, Integer> m, Class<E> type) {
    EnumMap<E, Integer> all = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      all.put(e, m.getOrDefault(e, 0));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * The share (0–1) of scored aspirational objectives in the 0.6–0.7 sweet spot, if any.
   *
   * @return the share (0–1) of scored aspirational objectives in the 0.6–0.7 sweet spot, if any
   */
  public Optional<BigDecimal> sweetSpotShare() {
    return share(aspirationalInSweetSpot, aspirational);
  }

  /** {@return the share (0–1) of scored committed objectives fully delivered, if any} */
  public Optional<BigDecimal> committedDeliveredShare() {
    return share(committedDelivered, committed);
  }

  private static Optional<BigDecimal> share(int part, int whole) {
    return whole == 0
        ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole),
            org.okrkit.scoring.ScoringPolicy.MATH_CONTEXT).stripTrailingZeros());
  }
}
