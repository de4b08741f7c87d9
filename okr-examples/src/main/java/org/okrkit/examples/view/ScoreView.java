package org.okrkit.examples.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.GradeScale;

/**
 * An OKR set scored as of one date, flattened for display: every objective in alignment-tree
 * order with its depth, score, roll-up, grade and pacing status, and each key result with its
 * score, latest value and the explanation of how the score was reached.
 *
 * @param title what the document is about (its first cycle's name, or "OKRs")
 * @param asOf the day the scores are computed for
 * @param cycle the cycle the scores refer to, if the set has one
 * @param expectedProgress the progress expected by {@code asOf} if work went linearly through
 *     the cycle (0.0 at its start, 1.0 at its end), if there is a cycle
 * @param set the scored set itself, for renderers that need more of the model
 * @param objectives every objective, in tree order
 * @param rollup how roll-ups were computed, in words ("weighted mean of own key results and
 *     aligned objectives")
 * @param netConfidenceScore what gives the Net Confidence Score of every key result (−100 to
 *     +100), when any key result has a confidence: {@link #netConfidence()}; a {@linkplain
 *     ScoreViews#streaming streaming} view computes it when it is first read
 * @param grades the grade scale the scores are graded and printed by
 */
public record ScoreView(
    String title,
    LocalDate asOf,
    Optional<Cycle> cycle,
    Optional<BigDecimal> expectedProgress,
    OkrSet set,
    List<ObjectiveView> objectives,
    String rollup,
    Supplier<Optional<BigDecimal>> netConfidenceScore,
    GradeScale grades) {

  /**
   * A compact copy: the lists are taken as given and made unmodifiable; the objectives of a
   * {@linkplain ScoreViews#streaming streaming} view stay as they are, made when read.
   */
  public ScoreView {
    if (!(objectives instanceof ScoreViews.Made)) {
      objectives = List.copyOf(objectives);
    }
  }

  /**
   * A view of a Net Confidence Score already known.
   *
   * @param title what the document is about
   * @param asOf the day the scores are computed for
   * @param cycle the cycle the scores refer to
   * @param expectedProgress the progress expected by {@code asOf}
   * @param set the scored set
   * @param objectives every objective, in tree order
   * @param rollup how roll-ups were computed, in words
   * @param netConfidence the Net Confidence Score of every key result, when any
   * @param grades the grade scale
   */
  public ScoreView(
      String title,
      LocalDate asOf,
      Optional<Cycle> cycle,
      Optional<BigDecimal> expectedProgress,
      OkrSet set,
      List<ObjectiveView> objectives,
      String rollup,
      Optional<BigDecimal> netConfidence,
      GradeScale grades) {
    this(title, asOf, cycle, expectedProgress, set, objectives, rollup, () -> netConfidence,
        grades);
  }

  /**
   * The Net Confidence Score of every key result (−100 to +100), when any key result has a
   * confidence.
   *
   * @return the score, or empty when no key result has a confidence
   */
  public Optional<BigDecimal> netConfidence() {
    return netConfidenceScore.get();
  }

  /** A view with the default roll-up description and no Net Confidence Score. */
  public ScoreView(
      String title,
      LocalDate asOf,
      Optional<Cycle> cycle,
      Optional<BigDecimal> expectedProgress,
      OkrSet set,
      List<ObjectiveView> objectives) {
    this(title, asOf, cycle, expectedProgress, set, objectives, "weighted mean", Optional.empty());
  }

  /** A view graded on Google's scale. */
  public ScoreView(
      String title,
      LocalDate asOf,
      Optional<Cycle> cycle,
      Optional<BigDecimal> expectedProgress,
      OkrSet set,
      List<ObjectiveView> objectives,
      String rollup,
      Optional<BigDecimal> netConfidence) {
    this(
        title, asOf, cycle, expectedProgress, set, objectives, rollup, netConfidence,
        GradeScale.google());
  }

  /**
   * One scored objective.
   *
   * @param objective the objective as written
   * @param depth how far below its root it sits (0 for a company objective)
   * @param score the objective's own score from its key results (0.0–1.0), if it can be scored
   * @param rollup the score including what is aligned beneath it, if it can be computed
   * @param grade the colour for the score ({@code GREEN}, {@code YELLOW}, {@code RED}), if scored
   * @param status whether progress is ahead, on track or behind the expected pace, if known
   * @param keyResults its key results, scored
   * @param health its derived health ({@code on_track}, {@code stale}…), if assessed
   * @param confidence its confidence rolled up like its score, if any item has one
   * @param confidenceTrend {@code rising}, {@code falling}, {@code steady} or {@code unknown}
   * @param madeOf what its roll-up is made of, one line per item ("key result cs-1: 0.50 × 1")
   * @param derivation how its own score came about, when known
   * @param rollupDerivation how its roll-up came about (every item with its weight, score and
   *     share), when known
   * @param node the library's roll-up of the objective the view was made from, which {@code okr
   *     score --json} writes through {@code OkrJsonModule}; empty for a hand-made view
   */
  public record ObjectiveView(
      Objective objective,
      int depth,
      Optional<BigDecimal> score,
      Optional<BigDecimal> rollup,
      Optional<String> grade,
      Optional<String> status,
      List<KeyResultView> keyResults,
      Optional<String> health,
      Optional<BigDecimal> confidence,
      String confidenceTrend,
      List<String> madeOf,
      Optional<Derivation> derivation,
      Optional<Derivation> rollupDerivation,
      Optional<ObjectiveRollup> node) {

    /** A compact copy: the lists are taken as given and made unmodifiable. */
    public ObjectiveView {
      keyResults = List.copyOf(keyResults);
      madeOf = List.copyOf(madeOf);
    }

    /** A view without a derivation. */
    public ObjectiveView(
        Objective objective,
        int depth,
        Optional<BigDecimal> score,
        Optional<BigDecimal> rollup,
        Optional<String> grade,
        Optional<String> status,
        List<KeyResultView> keyResults,
        Optional<String> health,
        Optional<BigDecimal> confidence,
        String confidenceTrend,
        List<String> madeOf) {
      this(objective, depth, score, rollup, grade, status, keyResults, health, confidence,
          confidenceTrend, madeOf, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A view without health, confidence or roll-up items. */
    public ObjectiveView(
        Objective objective,
        int depth,
        Optional<BigDecimal> score,
        Optional<BigDecimal> rollup,
        Optional<String> grade,
        Optional<String> status,
        List<KeyResultView> keyResults) {
      this(objective, depth, score, rollup, grade, status, keyResults, Optional.empty(),
          Optional.empty(), "unknown", List.of(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }
  }

  /**
   * One scored key result.
   *
   * @param keyResult the key result as written, with its check-ins
   * @param score its score (0.0–1.0), if it can be scored (none before the first check-in)
   * @param current the latest measured value as of the date, if any
   * @param explanation how the score was reached, with the numbers ("(4.45 − 4.1) / (4.8 − 4.1)
   *     = 0.5")
   * @param health its derived health ({@code on_track}, {@code stale}…), if assessed
   * @param staleSince the first day without a fresh check-in, when stale
   * @param confidence its latest confidence (0.0–1.0), if any
   * @param confidenceAsGiven that confidence as the owner gave it ("7", "amber"), if not 0.0–1.0
   * @param derivation how the score came about, as data, when known
   * @param scored the library's score the view was made from, which {@code okr score --json}
   *     writes through {@code OkrJsonModule}; empty for a hand-made view
   */
  public record KeyResultView(
      KeyResult keyResult,
      Optional<BigDecimal> score,
      Optional<BigDecimal> current,
      String explanation,
      Optional<String> health,
      Optional<LocalDate> staleSince,
      Optional<BigDecimal> confidence,
      Optional<String> confidenceAsGiven,
      Optional<Derivation> derivation,
      Optional<KeyResultScore> scored) {

    /** A view without a derivation. */
    public KeyResultView(
        KeyResult keyResult,
        Optional<BigDecimal> score,
        Optional<BigDecimal> current,
        String explanation,
        Optional<String> health,
        Optional<LocalDate> staleSince,
        Optional<BigDecimal> confidence,
        Optional<String> confidenceAsGiven) {
      this(keyResult, score, current, explanation, health, staleSince, confidence,
          confidenceAsGiven, Optional.empty(), Optional.empty());
    }

    /** A view without health or confidence. */
    public KeyResultView(
        KeyResult keyResult,
        Optional<BigDecimal> score,
        Optional<BigDecimal> current,
        String explanation) {
      this(keyResult, score, current, explanation, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
