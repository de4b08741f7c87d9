package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.scoring.Derivation;

/** The built-in roll-up strategies and progress sources: one worked example each (docs/rollup.md). */
class RollupStrategyTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static KeyResult kr(String id, int baseline, int target, int value) {
    return KeyResult.metric(id, "Move " + id, baseline, target)
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 1), value));
  }

  /** company: revenue 0 → 100 at 80 (0.8), NPS 0 → 10 at 2 (0.2); team (weight 2): 0 → 50 at 30 (0.6). */
  private static OkrSet set() {
    return OkrSet.of(
        List.of(Q4),
        List.of(
            Objective.of("co", "Company", Q4.id(), kr("rev", 0, 100, 80), kr("nps", 0, 10, 2)),
            Objective.of("team", "Team", Q4.id(), kr("t", 0, 50, 30)).withParent("co").withWeight(d("2"))));
  }

  private static ObjectiveRollup co(Rollup r) {
    return r.compute(set(), NOV_15).node("co").orElseThrow();
  }

  private static BigDecimal shares(Derivation d) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Derivation.Contribution c : Rollup.contributions(d)) {
      sum = sum.add(c.share());
    }
    return sum;
  }

  @Test
  void weightedMeanIsTheDefault() {
    // (1 × 0.8 + 1 × 0.2 + 2 × 0.6) / 4 = 0.55
    ObjectiveRollup co = co(Rollup.defaults());
    assertEquals(d("0.55"), co.rollup().orElseThrow());
    assertEquals(0, d("0.55").compareTo(shares(co.derivation())));
    assertEquals(3, Rollup.contributions(co.derivation()).size());
  }

  @Test
  void weakestLinkIsTheLowestItemWhoseShareIsTheWholeResult() {
    ObjectiveRollup co = co(Rollup.defaults().withStrategy(RollupStrategy.weakestLink()));
    assertEquals(d("0.2"), co.rollup().orElseThrow());
    Derivation.WeakestLink w = (Derivation.WeakestLink) co.derivation();
    assertEquals("nps", w.weakestId());
    assertEquals(0, d("0.2").compareTo(shares(w)));
  }

  @Test
  void sumOfValuesIsTheValueTravelledOverTheValueToTravel() {
    // spans: rev 100, nps 10, team 50: (100 × 0.8 + 10 × 0.2 + 50 × 0.6) / 160 = 112 / 160 = 0.7
    ObjectiveRollup co = co(Rollup.defaults().withStrategy(RollupStrategy.sumOfValues()));
    assertEquals(d("0.7"), co.rollup().orElseThrow());
    assertEquals(0, d("0.7").compareTo(shares(co.derivation())));
  }

  @Test
  void progressSourceOwnChildrenOrBothMixed() {
    assertEquals(d("0.5"), co(Rollup.defaults().withPolicy(RollupPolicy.OWN_KEY_RESULTS_ONLY)).rollup().orElseThrow());
    assertEquals(d("0.6"), co(Rollup.defaults().withPolicy(RollupPolicy.CHILDREN_ONLY)).rollup().orElseThrow());
    // 0.25 own / 0.75 children: 0.25 × (0.8 + 0.2) / 2 + 0.75 × 0.6 = 0.575
    ObjectiveRollup mixed = co(Rollup.defaults().withOwnShare(d("0.25")));
    assertTrue(mixed.derivation() instanceof Derivation.Mixed, mixed.derivation().toString());
    assertEquals(0, d("0.575").compareTo(mixed.rollup().orElseThrow()));
    assertEquals(0, d("0.575").compareTo(shares(mixed.derivation())));
  }

  @Test
  void aDocumentsScoringSettingsPickTheStrategySourceAndMix() {
    ScoringSettings weakest = ScoringSettings.builder().rollup("weakest").build();
    assertEquals(d("0.2"), co(Rollup.defaults().with(weakest)).rollup().orElseThrow());
    ScoringSettings sum = ScoringSettings.builder().rollup("sum").build();
    assertEquals(d("0.7"), co(Rollup.defaults().with(sum)).rollup().orElseThrow());
    ScoringSettings own = ScoringSettings.builder().source("own").build();
    assertEquals(RollupPolicy.OWN_KEY_RESULTS_ONLY, Rollup.defaults().with(own).policy());
    assertEquals(d("0.5"), co(Rollup.defaults().with(own)).rollup().orElseThrow());
    ScoringSettings children = ScoringSettings.builder().source("children").build();
    assertEquals(d("0.6"), co(Rollup.defaults().with(children)).rollup().orElseThrow());
    // an own share alone mixes (the source is both by default): 0.575 as withOwnShare(0.25)
    ScoringSettings mix = ScoringSettings.builder().ownShare(d("0.25")).build();
    assertEquals(0, d("0.575").compareTo(co(Rollup.defaults().with(mix)).rollup().orElseThrow()));
    // nothing set changes nothing
    Rollup r = Rollup.defaults().with(weakest).with(mix);
    Rollup same = r.with(ScoringSettings.builder().build());
    assertEquals(r.strategy(), same.strategy());
    assertEquals(r.ownShare(), same.ownShare());
  }

  @Test
  void aSourceInLaterSettingsReplacesTheWholeProgressSourceAsTheCommandLineOptionsDo() {
    Rollup document = Rollup.defaults().with(
        ScoringSettings.builder().rollup("weakest").source("both").ownShare(d("0.25")).build());
    assertEquals(java.util.Optional.of(d("0.25")), document.ownShare());
    // --source both: pooled again, the strategy kept
    Rollup both = document.with(ScoringSettings.builder().source("both").build());
    assertEquals(java.util.Optional.empty(), both.ownShare());
    assertEquals(RollupStrategy.weakestLink(), both.strategy());
    // --rollup mean: the mix kept
    Rollup mean = document.with(ScoringSettings.builder().rollup("mean").build());
    assertEquals(RollupStrategy.weightedMean(), mean.strategy());
    assertEquals(java.util.Optional.of(d("0.25")), mean.ownShare());
  }

  @Test
  void scoringSettingsRefuseAnUnknownStrategyOrSourceAndAMixOfOneSource() {
    var rollup = assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.builder().rollup("median").build());
    assertEquals("scoring settings: rollup must be one of mean, weakest, sum, was 'median'", rollup.getMessage());
    var source = assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.builder().source("parents").build());
    assertEquals("scoring settings: source must be one of own, children, both, was 'parents'", source.getMessage());
    var share = assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.builder().ownShare(d("1.5")).build());
    assertEquals("scoring settings: ownShare must be within 0..1, was 1.5", share.getMessage());
    var one = assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.builder().source("children").ownShare(d("0.5")).build());
    assertTrue(String.valueOf(one.getMessage()).contains("needs the source both, was 'children'"), one.getMessage());
  }

  @Test
  void aStrategyLeavingItsContractIsRefusedNamingIt() {
    RollupStrategy broken =
        (id, items, excluded) ->
            Derivation.WeightedMean.of(
                List.of(new Derivation.Contribution("x", Derivation.Item.KEY_RESULT, BigDecimal.ONE, d("7"), BigDecimal.ZERO)),
                excluded);
    var e = assertThrows(IllegalStateException.class, () -> co(Rollup.defaults().withStrategy(broken)));
    assertTrue(String.valueOf(e.getMessage()).contains("outside its items' scores"), e.getMessage());
  }
}
