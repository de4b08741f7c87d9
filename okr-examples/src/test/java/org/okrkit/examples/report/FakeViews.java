package org.okrkit.examples.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreView.KeyResultView;
import org.okrkit.examples.view.ScoreView.ObjectiveView;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;

/**
 * Hand-made score views for renderer tests: the renderers' job is drawing, so their tests do not
 * depend on the scoring rules (which okr-core tests).
 */
final class FakeViews {
  private FakeViews() {}

  static ScoreView of(OkrSet set, LocalDate asOf) {
    List<ObjectiveView> objectives = new ArrayList<>();
    int i = 0;
    for (RollupResult.Entry e : Rollup.defaults().computeTolerant(set, asOf).treeOrder()) {
      List<KeyResultView> krs = new ArrayList<>();
      for (KeyResult kr : e.node().objective().keyResults()) {
        Optional<BigDecimal> current =
            kr.checkIns().stream()
                .filter(c -> !c.date().isAfter(asOf))
                .reduce((a, b) -> b)
                .flatMap(CheckIn::value);
        BigDecimal score = BigDecimal.valueOf((i * 37 + krs.size() * 11) % 100, 2);
        krs.add(new KeyResultView(kr, Optional.of(score), current, "fake score " + score));
      }
      BigDecimal mean =
          krs.stream()
              .map(k -> k.score().orElseThrow())
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(Math.max(1, krs.size())), MathContext.DECIMAL64);
      String grade =
          mean.compareTo(new BigDecimal("0.7")) >= 0
              ? "GREEN"
              : mean.compareTo(new BigDecimal("0.4")) >= 0 ? "YELLOW" : "RED";
      objectives.add(
          new ObjectiveView(
              e.node().objective(),
              e.depth(),
              Optional.of(mean),
              Optional.of(mean),
              Optional.of(grade),
              Optional.of("ON_TRACK"),
              krs));
      i++;
    }
    return new ScoreView("Test org", asOf, set.cycles().stream().findFirst(), Optional.of(new BigDecimal("0.55")), set, objectives);
  }
}
