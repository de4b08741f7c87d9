package org.okrkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.health.HealthPolicy;
import org.okrkit.lifecycle.KpiCheckIns;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.rollup.Rollup;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Scorer;

/** Scoring for the commands: a library failure on odd data becomes a one-line document error. */
final class Views {
  private Views() {}

  /**
   * The scorer the commands score {@code set} with. {@code okr score}, {@code okr report} and
   * {@code okr lint} all take it from here, so that the linter's score-based rules
   * ({@code committed-missed}…) judge the set under the policy the scores are shown with.
   */
  static Scorer scorer(OkrSet set) {
    return scorer(set, ScoringSettings.builder().build());
  }

  /**
   * The scorer for {@code set}: the document's {@code "scoring"} settings, then the command's
   * {@code overrides} (its {@code --cap}, {@code --grades}… options) on top.
   */
  static Scorer scorer(OkrSet set, ScoringSettings overrides) {
    ScoringPolicy policy = ScoringPolicy.defaults();
    if (set.scoring().isPresent()) {
      policy = policy.with(set.scoring().get());
    }
    return Scorer.of(policy.with(overrides));
  }

  /** The health policy for {@code set}: the default, held to the document's check-in cadence. */
  static HealthPolicy health(OkrSet set) {
    HealthPolicy policy = HealthPolicy.defaults();
    return set.scoring().isPresent() ? policy.with(set.scoring().get()) : policy;
  }

  /** The roll-up the commands use: the document's scorer and roll-up settings. */
  static Rollup rollup(OkrSet set) {
    return rollup(set, ScoringSettings.builder().build());
  }

  /**
   * The roll-up the commands use: {@link #scorer(OkrSet, ScoringSettings)}, rolled up as the
   * document's {@code "scoring"} says ({@code "rollup"}, {@code "source"}, {@code "ownShare"}),
   * then as {@code overrides} say; the rest default.
   */
  static Rollup rollup(OkrSet set, ScoringSettings overrides) {
    Rollup defaults = Rollup.defaults();
    Rollup r = Rollup.of(scorer(set, overrides), defaults.policy(), defaults.pacing());
    if (set.scoring().isPresent()) {
      r = r.with(set.scoring().get());
    }
    return r.with(overrides);
  }

  static ScoreView score(Path file, OkrSet set, LocalDate asOf) {
    return score(file, set, asOf, rollup(set));
  }

  static ScoreView score(Path file, OkrSet set, LocalDate asOf, Rollup rollup) {
    return score(file, set, asOf, rollup, false);
  }

  /**
   * The view of {@code set}; when {@code streaming}, each objective's view is made as it is read
   * ({@link ScoreViews#streaming}), and a failure to make one is thrown then: see {@link
   * #cannotScore}.
   */
  static ScoreView score(Path file, OkrSet set, LocalDate asOf, Rollup rollup, boolean streaming) {
    try {
      // a key result fed by a KPI takes its check-ins from the KPI's measurements
      OkrSet fed = KpiCheckIns.apply(set, asOf);
      return streaming
          ? ScoreViews.streaming(fed, asOf, rollup, health(set))
          : ScoreViews.of(fed, asOf, rollup, health(set));
    } catch (IllegalArgumentException e) {
      throw cannotScore(file, e);
    }
  }

  /** The document error for a library failure while scoring {@code file}'s document. */
  static CliException cannotScore(Path file, IllegalArgumentException e) {
    return new CliException(
        ExitCode.DOCUMENT_ERRORS, Documents.name(file) + ": cannot score: " + e.getMessage(), e);
  }
}
