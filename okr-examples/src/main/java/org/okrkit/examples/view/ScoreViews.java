package org.okrkit.examples.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PacingPolicy;
import org.okrkit.scoring.Scorer;

/**
 * Builds {@link ScoreView}s with the library: {@link Scorer#defaults()} for each objective's own
 * score and its key results, {@link Rollup#defaults()}' {@linkplain Rollup#computeTolerant
 * tolerant} roll-up for the roll-up and the tree order, and {@link PacingPolicy#defaults()} for
 * the pacing status.
 *
 * <p>An objective's grade and status describe its own score (Google grades an objective by its
 * own key results); the roll-up is shown beside it. When part of the alignment is broken (a
 * dangling parent, a cycle, a duplicate id), only the objectives it touches lack a roll-up;
 * every objective is still scored.
 */
public final class ScoreViews {
  private ScoreViews() {}

  /** Scores every objective of {@code set} as of {@code asOf}, in alignment-tree order. */
  public static ScoreView of(OkrSet set, LocalDate asOf) {
    return of(set, asOf, Scorer.defaults());
  }

  /**
   * Scores every objective of {@code set} as of {@code asOf} with {@code scorer} (own scores and
   * roll-up alike), in alignment-tree order.
   */
  public static ScoreView of(OkrSet set, LocalDate asOf, Scorer scorer) {
    PacingPolicy pacing = PacingPolicy.defaults();
    Rollup defaults = Rollup.defaults();
    RollupResult result =
        Rollup.of(scorer, defaults.policy(), defaults.pacing()).computeTolerant(set, asOf);
    List<ScoreView.ObjectiveView> objectives = new ArrayList<>(set.objectives().size());
    for (RollupResult.Entry e : result.treeOrder()) {
      ObjectiveRollup node = e.node();
      Objective o = node.objective();
      ObjectiveScore own = node.score();
      Optional<Cycle> cycle = set.cycle(o.cycle());
      Optional<String> status =
          cycle.isPresent() && own.score().isPresent()
              ? Optional.of(pacing.status(cycle.get(), asOf, own.score().get()).name())
              : Optional.empty();
      List<ScoreView.KeyResultView> krs = new ArrayList<>(own.keyResults().size());
      for (KeyResultScore k : own.keyResults()) {
        krs.add(
            new ScoreView.KeyResultView(
                k.keyResult(), k.score(), k.current(), k.explanation(),
                Optional.of(k.derivation())));
      }
      objectives.add(
          new ScoreView.ObjectiveView(
              o, e.depth(), own.score(), node.rollup(), own.grade().map(Enum::name), status, krs,
              Optional.of(own.derivation())));
    }
    Optional<Cycle> main = mainCycle(set);
    String title = main.map(c -> c.name().orElse(c.id())).orElse("OKRs");
    Optional<BigDecimal> expected = main.map(c -> pacing.expected(c, asOf));
    return new ScoreView(
        title, asOf, main, expected, set, objectives, scorer.policy().grades());
  }

  /** The cycle most objectives belong to (the first one on a tie), else the first cycle. */
  public static Optional<Cycle> mainCycle(OkrSet set) {
    Map<String, Integer> counts = new HashMap<>();
    Optional<Cycle> best = Optional.empty();
    int bestCount = 0;
    for (Objective o : set.objectives()) {
      int n = counts.merge(o.cycle(), 1, Integer::sum);
      Optional<Cycle> c = set.cycle(o.cycle());
      if (n > bestCount && c.isPresent()) {
        best = c;
        bestCount = n;
      }
    }
    return best.isPresent() ? best : set.cycles().stream().findFirst();
  }
}
