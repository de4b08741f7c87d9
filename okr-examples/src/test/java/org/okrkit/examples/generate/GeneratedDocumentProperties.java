package org.okrkit.examples.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.examples.report.TextReport;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;

/** Whatever the seed and shape, a generated organisation is a well-formed, scorable document. */
class GeneratedDocumentProperties {
  private static final OkrJson JSON = OkrJson.defaults();

  @Property(tries = 40)
  void generatedDocumentsRoundTripThroughJsonAndScoreWithinZeroToOne(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int objectives,
      @ForAll @IntRange(min = 1, max = 6) int depth,
      @ForAll @IntRange(min = 0, max = 13) int weeks)
      throws Exception {
    OkrSet set = OrganisationGenerator.of(objectives, depth, seed).withWeeks(weeks).generate();
    assertEquals(set, JSON.read(JSON.write(set)));
    ScoreView view = ScoreViews.of(set, LocalDate.of(2026, 11, 20));
    assertEquals(objectives, view.objectives().size());
    for (ScoreView.ObjectiveView o : view.objectives()) {
      for (ScoreView.KeyResultView k : o.keyResults()) {
        k.score()
            .ifPresent(
                s -> assertTrue(s.signum() >= 0 && s.compareTo(BigDecimal.ONE) <= 0, k.explanation()));
      }
      assertTrue(o.rollup().isPresent(), "a generated tree always rolls up: " + o.objective().id());
    }
    assertTrue(TextReport.render(view).contains(set.objectives().get(0).title()));
  }
}
