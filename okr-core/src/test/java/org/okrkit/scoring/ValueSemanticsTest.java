package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.okrkit.scoring.ScorerTest.NOV_15;
import static org.okrkit.scoring.ScorerTest.NOV_30;
import static org.okrkit.scoring.ScorerTest.d;
import static org.okrkit.scoring.ScorerTest.metric;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;

/** Results and policies are values: equal inputs give equal, equally hashed results. */
class ValueSemanticsTest {

  @Test
  void policiesAreValues() {
    ScoringPolicy raw = ScoringPolicy.defaults().withClamp(false);
    assertEquals(raw, ScoringPolicy.defaults().withClamp(false));
    assertEquals(raw.hashCode(), ScoringPolicy.defaults().withClamp(false).hashCode());
    assertNotEquals(raw, ScoringPolicy.defaults());
    assertNotEquals(
        ScoringPolicy.defaults(),
        ScoringPolicy.defaults().withThresholdCredit(ThresholdCredit.PARTIAL));
    assertEquals("ScoringPolicy{cap=none, floor=none, thresholdCredit=ALL_OR_NOTHING, bandCredit=NONE,"
            + " curve=linear, grades=green from 0.7, yellow from 0.4}", raw.toString());
    assertEquals(raw, Scorer.of(raw).policy());
    assertEquals("Scorer{" + raw + "}", Scorer.of(raw).toString());
    PacingPolicy pacing = PacingPolicy.of(d("0.1"), d("0.3"));
    assertEquals(pacing, PacingPolicy.of(d("0.10"), d("0.30")));
    assertEquals(pacing.hashCode(), PacingPolicy.of(d("0.10"), d("0.30")).hashCode());
    assertNotEquals(pacing, PacingPolicy.defaults());
    assertEquals("PacingPolicy{onTrackMargin=0.1, atRiskMargin=0.3}", pacing.toString());
    assertEquals(d("0.1"), pacing.onTrackMargin());
  }

  @Test
  void scoresAreValues() {
    Objective o = Objective.of("o", "Objective", "q", metric("0", "10", "5"));
    ObjectiveScore a = Scorer.defaults().score(o, NOV_30);
    assertEquals(a, Scorer.defaults().score(o, NOV_30));
    assertEquals(a.hashCode(), Scorer.defaults().score(o, NOV_30).hashCode());
    assertNotEquals(a, Scorer.defaults().score(o, NOV_15.minusMonths(2)));
    assertEquals("o", a.objectiveId());
    assertEquals(o, a.objective());
    assertEquals(NOV_30, a.asOf());
    KeyResultScore k = a.keyResultScores().get(0);
    assertNotEquals(k, Scorer.of(ScoringPolicy.defaults().withClamp(false)).score(k.keyResult(), NOV_30));
    assertEquals("kr", k.keyResultId());
    assertEquals(d("1"), k.weight());
    assertEquals(
        "ObjectiveScore{e as of 2026-11-30: undefined (objective 'e' has no key results)}",
        Scorer.defaults().score(Objective.of("e", "Empty", "q"), NOV_30).toString());
    assertEquals(
        "KeyResultScore{u as of 2026-11-30: undefined (metric key result 'u' has no baseline)}",
        Scorer.defaults()
            .score(KeyResult.builder().id("u").title("U").build(), NOV_30)
            .toString());
  }

  @Test
  void forecastsAndConfidencesAreValues() {
    Cycle q4 = Cycle.quarter(2026, 4);
    KeyResult kr =
        metric("0", "10")
            .withCheckIns(
                List.of(
                    CheckIn.of(NOV_15.minusDays(7), 2).withConfidence(0.4),
                    CheckIn.of(NOV_15, 3).withConfidence(0.5)));
    Forecast f = Forecaster.defaults().forecast(kr, q4, NOV_30);
    assertEquals(f, Forecaster.of(Scorer.defaults()).forecast(kr, q4, NOV_30));
    assertEquals(f.hashCode(), Forecaster.defaults().forecast(kr, q4, NOV_30).hashCode());
    assertNotEquals(f, Forecaster.defaults().forecast(kr, q4, NOV_15));
    assertEquals("kr", f.keyResultId());
    assertEquals(NOV_30, f.asOf());
    assertEquals(q4.end(), f.cycleEnd());
    assertEquals("Forecast{kr as of 2026-11-30: " + f.explanation() + "}", f.toString());
    Confidence c = Confidence.of(kr, NOV_30);
    assertEquals(c, Confidence.of(kr, NOV_30));
    assertEquals(c.hashCode(), Confidence.of(kr, NOV_30).hashCode());
    assertNotEquals(c, Confidence.of(kr, NOV_15.minusDays(1)));
    assertEquals("kr", c.keyResultId());
    assertEquals(NOV_30, c.asOf());
    assertEquals(ConfidenceTrend.RISING, c.trend());
  }

  @Test
  @SuppressWarnings("NullAway")
  void nullArgumentsFailFastNamingTheParameter() {
    assertEquals(
        "score", assertThrows(NullPointerException.class, () -> Grade.of(null)).getMessage());
    assertEquals(
        "thresholdCredit",
        assertThrows(
                NullPointerException.class,
                () -> ScoringPolicy.defaults().withThresholdCredit(null))
            .getMessage());
    assertThrows(NullPointerException.class, () -> Forecaster.of(null));
    assertThrows(NullPointerException.class, () -> Confidence.of(null, NOV_30));
    assertThrows(NullPointerException.class, () -> PacingPolicy.of(null, d("0.2")));
  }
}
