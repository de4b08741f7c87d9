package org.okrkit.examples.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.okrkit.health.ConfidenceRollup;
import org.okrkit.health.HealthAssessment;
import org.okrkit.health.HealthPolicy;
import org.okrkit.health.HealthReport;
import org.okrkit.health.NetConfidenceScore;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.Confidence;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.ScoreRounding;
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
    Rollup defaults = Rollup.defaults();
    return of(
        set,
        asOf,
        Rollup.of(scorer, defaults.policy(), defaults.pacing()),
        set.scoring().map(HealthPolicy.defaults()::with).orElse(HealthPolicy.defaults()));
  }

  /**
   * Scores every objective of {@code set} as of {@code asOf} with {@code rollup}'s scorer and
   * roll-up (tolerant of broken alignment), and derives health with {@code health}, in
   * alignment-tree order.
   */
  public static ScoreView of(OkrSet set, LocalDate asOf, Rollup rollup, HealthPolicy health) {
    ScoreView lazy = streaming(set, asOf, rollup, health);
    return new ScoreView(
        lazy.title(),
        lazy.asOf(),
        lazy.cycle(),
        lazy.expectedProgress(),
        lazy.set(),
        List.copyOf(lazy.objectives()),
        lazy.rollup(),
        lazy.netConfidence(),
        lazy.grades());
  }

  /**
   * The view of {@link #of(OkrSet, LocalDate, Rollup, HealthPolicy)}, with each objective's view
   * made only when its element of {@link ScoreView#objectives()} is read, and made anew at each
   * read (nothing is kept): what needs the whole set (the roll-up, health, confidence roll-up and
   * the Net Confidence Score) is computed here, each objective's own part (key results' health,
   * confidence and explanation, its pacing status and {@code madeOf}) as it is printed. {@code okr
   * score} prints the first objectives of a million key results while the rest are made, and
   * never holds all of their views. Read the objectives once, in order; a failure to make one
   * ({@link IllegalArgumentException}) is thrown by that read.
   *
   * @param set the set
   * @param asOf the day the scores are computed for
   * @param rollup the scorer and roll-up
   * @param health the health policy
   * @return the view, its objectives made as they are read
   */
  public static ScoreView streaming(
      OkrSet set, LocalDate asOf, Rollup rollup, HealthPolicy health) {
    PacingPolicy pacing = rollup.pacing();
    // what the set's objectives need is computed when the first is read (so that what comes
    // before them, such as a header, can be printed first); the Net Confidence Score when it is
    // read (okr score prints it after the last objective)
    Scored scored = new Scored(set, asOf, rollup, health);
    List<ScoreView.ObjectiveView> objectives = new Made(scored);
    Optional<Cycle> main = mainCycle(set);
    String title = main.map(c -> c.name().orElse(c.id())).orElse("OKRs");
    Optional<BigDecimal> expected = main.map(c -> pacing.expected(c, asOf));
    return new ScoreView(
        title,
        asOf,
        main,
        expected,
        set,
        objectives,
        describe(rollup),
        scored::netConfidence,
        rollup.scorer().policy().grades());
  }

  /**
   * The set-wide results a streaming view is read from, each computed once, when first needed:
   * the roll-up in tree order with health and the confidence roll-up for the objectives, the Net
   * Confidence Score on its own. Not thread-safe, as the view's objectives are read once, in
   * order.
   */
  private static final class Scored {
    private final OkrSet set;
    private final LocalDate asOf;
    private final Rollup rollup;
    private final HealthPolicy health;
    private @Nullable List<RollupResult.Entry> order;
    private @Nullable Maker maker;
    private boolean netConfidenceKnown;
    private @Nullable BigDecimal netConfidence;

    Scored(OkrSet set, LocalDate asOf, Rollup rollup, HealthPolicy health) {
      this.set = set;
      this.asOf = asOf;
      this.rollup = rollup;
      this.health = health;
    }

    List<RollupResult.Entry> order() {
      List<RollupResult.Entry> o = order;
      if (o == null) {
        RollupResult result = rollup.computeTolerant(set, asOf);
        HealthReport healths = health.assess(set, result);
        ConfidenceRollup confidences = ConfidenceRollup.of(result);
        o = result.treeOrder();
        maker = new Maker(set, asOf, rollup.pacing(), healths, confidences);
        order = o;
      }
      return o;
    }

    Maker maker() {
      order();
      return Objects.requireNonNull(maker);
    }

    Optional<BigDecimal> netConfidence() {
      if (!netConfidenceKnown) {
        List<KeyResult> allKeyResults = new ArrayList<>();
        for (RollupResult.Entry e : order()) {
          allKeyResults.addAll(e.node().objective().keyResults());
        }
        NetConfidenceScore ncs = NetConfidenceScore.of(allKeyResults, asOf);
        netConfidence = ncs.rated() == 0 ? null : ncs.score();
        netConfidenceKnown = true;
      }
      return Optional.ofNullable(netConfidence);
    }
  }

  /**
   * The objectives' views in tree order, each made when read: an unmodifiable list that keeps
   * nothing but what makes them.
   */
  static final class Made extends AbstractList<ScoreView.ObjectiveView> implements RandomAccess {
    private final Scored scored;

    Made(Scored scored) {
      this.scored = scored;
    }

    @Override
    public ScoreView.ObjectiveView get(int index) {
      return scored.maker().view(scored.order().get(index));
    }

    @Override
    public int size() {
      return scored.order().size();
    }
  }

  /** What makes one objective's view: the set-wide results it is read from. */
  private static final class Maker {
    private final OkrSet set;
    private final LocalDate asOf;
    private final PacingPolicy pacing;
    private final HealthReport healths;
    private final ConfidenceRollup confidences;

    Maker(
        OkrSet set,
        LocalDate asOf,
        PacingPolicy pacing,
        HealthReport healths,
        ConfidenceRollup confidences) {
      this.set = set;
      this.asOf = asOf;
      this.pacing = pacing;
      this.healths = healths;
      this.confidences = confidences;
    }

    ScoreView.ObjectiveView view(RollupResult.Entry e) {
      ObjectiveRollup node = e.node();
      Objective o = node.objective();
      ObjectiveScore own = node.ownScore();
      Optional<Cycle> cycle = set.cycle(o.cycle());
      Optional<String> status =
          cycle.isPresent() && own.score().isPresent()
              ? Optional.of(pacing.status(cycle.get(), asOf, own.score().get()).name())
              : Optional.empty();
      List<HealthAssessment> krHealth = healths.keyResults(node);
      List<ScoreView.KeyResultView> krs = new ArrayList<>(own.keyResultScores().size());
      for (int i = 0; i < own.keyResultScores().size(); i++) {
        KeyResultScore k = own.keyResultScores().get(i);
        HealthAssessment h = krHealth.get(i);
        Confidence c = Confidence.of(o.keyResults().get(i), asOf);
        Optional<String> asGiven =
            c.latestDate().isEmpty()
                ? Optional.empty()
                : latestRated(o.keyResults().get(i), asOf).flatMap(CheckIn::confidenceAsGiven);
        krs.add(
            new ScoreView.KeyResultView(
                k.keyResult(),
                k.score(),
                k.current(),
                k.explanation(),
                Optional.of(h.health().code()),
                h.staleSince(),
                c.latest(),
                asGiven,
                Optional.of(k.derivation()),
                Optional.of(k)));
      }
      ConfidenceRollup.ObjectiveConfidence oc = confidences.objective(node);
      return new ScoreView.ObjectiveView(
          o,
          e.depth(),
          own.score(),
          node.rollup(),
          own.grade().map(Enum::name),
          status,
          krs,
          Optional.of(healths.objective(node).health().code()),
          oc.confidence(),
          oc.trend().name().toLowerCase(Locale.ROOT),
          madeOf(node),
          Optional.of(own.derivation()),
          Optional.of(node.derivation()),
          Optional.of(node));
    }
  }

  /** The check-in whose confidence is the latest on or before {@code asOf}. */
  private static Optional<CheckIn> latestRated(KeyResult kr, LocalDate asOf) {
    CheckIn best = null;
    for (CheckIn c : kr.checkIns()) {
      if (c.confidence().isPresent()
          && !c.date().isAfter(asOf)
          && (best == null || !c.date().isBefore(best.date()))) {
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The roll-up's policy in words, for the header of {@code okr score}. */
  static String describe(Rollup rollup) {
    String items =
        switch (rollup.policy()) {
          case OWN_AND_CHILDREN ->
              rollup.ownShare().isPresent()
                  ? "own key results and aligned objectives, mixed "
                      + rollup.ownShare().orElseThrow().toPlainString()
                      + " own"
                  : "own key results and aligned objectives";
          case OWN_KEY_RESULTS_ONLY -> "own key results";
          case CHILDREN_ONLY -> "aligned objectives (own key results for leaves)";
        };
    return rollup.strategy() + " of " + items;
  }

  /** What {@code node}'s roll-up is made of, one line per item. */
  static List<String> madeOf(ObjectiveRollup node) {
    List<String> out = new ArrayList<>();
    for (Derivation.Contribution c : Rollup.contributions(node.derivation())) {
      out.add(
          c.item().noun()
              + " "
              + c.id()
              + ": "
              + ScoreRounding.format(c.score())
              + " × "
              + c.weight().stripTrailingZeros().toPlainString()
              + ", share "
              + ScoreRounding.format(c.share()));
    }
    return out;
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
