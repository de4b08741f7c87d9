package org.okrkit.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.ConfidenceTrend;

/** Confidence scales, the confidence roll-up and the Net Confidence Score. */
class ConfidenceTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NOV_8 = LocalDate.of(2026, 11, 8);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static KeyResult rated(String id, String... confidences) {
    KeyResult kr = KeyResult.metric(id, "Move " + id, 0, 10);
    LocalDate day = NOV_1;
    for (String c : confidences) {
      kr = kr.plusCheckIn(CheckIn.of(day, 5).withConfidence(d(c)));
      day = day.plusDays(7);
    }
    return kr;
  }

  @Test
  void everyScaleNormalisesToZeroToOneAndKeepsTheOriginal() {
    assertEquals(d("0.65"), ConfidenceScale.UNIT.normalise("0.65"));
    assertEquals(d("0.7"), ConfidenceScale.ZERO_TO_TEN.normalise("7"));
    assertEquals(BigDecimal.ZERO, ConfidenceScale.ONE_TO_TEN.normalise("1").stripTrailingZeros());
    assertEquals(0, BigDecimal.ONE.compareTo(ConfidenceScale.ONE_TO_TEN.normalise("10")));
    assertEquals(d("0.2"), ConfidenceScale.LOW_MEDIUM_HIGH.normalise("Low"));
    assertEquals(d("0.5"), ConfidenceScale.LOW_MEDIUM_HIGH.normalise("medium"));
    assertEquals(d("0.8"), ConfidenceScale.RED_AMBER_GREEN.normalise("green"));
    CheckIn c = CheckIn.of(NOV_1, 5).withConfidence(ConfidenceScale.RED_AMBER_GREEN, "amber");
    assertEquals(d("0.5"), c.confidence().orElseThrow());
    assertEquals("amber", c.confidenceAsGiven().orElseThrow());
    assertEquals(ConfidenceScale.ONE_TO_TEN, ConfidenceScale.named("1-10"));
  }

  @Test
  void aValueOffTheScaleIsRefusedSayingWhatTheScaleTakes() {
    var e = assertThrows(IllegalArgumentException.class, () -> ConfidenceScale.ZERO_TO_TEN.normalise("11"));
    assertEquals("confidence on the 0-10 scale: must be within 0..10, was 11", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ConfidenceScale.RED_AMBER_GREEN.normalise("blue"));
    assertEquals("confidence on the red-amber-green scale: expected red, amber, green, was 'blue'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ConfidenceScale.named("stars"));
    assertEquals(
        "confidence scale: expected one of 0-1, 0-10, 1-10, low-medium-high, red-amber-green, was 'stars'",
        e.getMessage());
  }

  @Test
  void eachScaleSaysItsWordsAndWhatItTakes() {
    assertEquals(List.of("low", "medium", "high"), ConfidenceScale.LOW_MEDIUM_HIGH.words());
    assertEquals(List.of("red", "amber", "green"), ConfidenceScale.RED_AMBER_GREEN.words());
    assertEquals(List.of(), ConfidenceScale.ZERO_TO_TEN.words());
    assertEquals("a number from 0 to 1", ConfidenceScale.UNIT.expected());
    assertEquals("a number from 0 to 10", ConfidenceScale.ZERO_TO_TEN.expected());
    assertEquals("a number from 1 to 10", ConfidenceScale.ONE_TO_TEN.expected());
    assertEquals("one of \"red\", \"amber\", \"green\"", ConfidenceScale.RED_AMBER_GREEN.expected());
  }

  @Test
  void netConfidenceScoreIsPercentOnTrackMinusPercentOffTrack() {
    // 0.9 and 0.8 on track, 0.5 neither, 0.3 and 0.1 off track, one unrated: 40% − 40% = 0.
    List<KeyResult> krs =
        List.of(rated("a", "0.9"), rated("b", "0.8"), rated("c", "0.5"), rated("d", "0.3"), rated("e", "0.1"), rated("f"));
    NetConfidenceScore ncs = NetConfidenceScore.of(krs, NOV_8);
    assertEquals(new NetConfidenceScore(2, 2, 5, 1, BigDecimal.ZERO), ncs);
    // Thresholds are inclusive at 0.7 and exclusive at 0.4.
    NetConfidenceScore edges = NetConfidenceScore.of(List.of(rated("a", "0.7"), rated("b", "0.4"), rated("c", "0.39")), NOV_8);
    assertEquals(1, edges.onTrack());
    assertEquals(1, edges.offTrack());
    assertEquals(BigDecimal.ZERO, edges.score());
    NetConfidenceScore three = NetConfidenceScore.of(List.of(rated("a", "0.9"), rated("b", "0.9"), rated("c", "0.2")), NOV_8);
    assertEquals(0, d("33.33333333333333").compareTo(three.score()), three.toString());
  }

  @Test
  void netConfidenceScoreOfASubtreeCountsEveryKeyResultBeneathIt() {
    OkrSet set =
        OkrSet.of(
            List.of(Q4),
            List.of(
                Objective.of("co", "Company", Q4.id(), rated("c1", "0.9")),
                Objective.of("team", "Team", Q4.id(), rated("t1", "0.2"), rated("t2", "0.3")).withParent("co"),
                Objective.of("other", "Other", Q4.id(), rated("o1", "0.9"))));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_8);
    NetConfidenceScore co = NetConfidenceScore.ofSubtree(r.node("co").orElseThrow());
    assertEquals(3, co.rated());
    assertEquals(0, d("-33.33333333333333").compareTo(co.score()), co.toString());
  }

  @Test
  void objectiveConfidenceIsWeightedLikeItsScoreAndHasATrend() {
    // Weights 2 and 1, latest 0.8 and 0.5 (previously 0.6 and 0.5): (2 × 0.8 + 0.5) / 3 = 0.7,
    // previously (2 × 0.6 + 0.5) / 3: rising.
    KeyResult a = rated("a", "0.6", "0.8").withWeight(d("2"));
    KeyResult b = rated("b", "0.5");
    KeyResult zero = rated("z", "0.1").withWeight(BigDecimal.ZERO);
    OkrSet set = OkrSet.of(List.of(Q4), List.of(Objective.of("o", "O", Q4.id(), a, b, zero)));
    RollupResult r = Rollup.defaults().computeTolerant(set, NOV_8);
    ConfidenceRollup.ObjectiveConfidence c = ConfidenceRollup.of(r).objective(r.nodes().get(0));
    assertEquals(d("0.7"), c.confidence().orElseThrow());
    assertEquals(ConfidenceTrend.RISING, c.trend());
    RollupResult before = Rollup.defaults().computeTolerant(set, NOV_1);
    assertEquals(ConfidenceTrend.UNKNOWN, ConfidenceRollup.of(before).objective(before.nodes().get(0)).trend());
  }
}
