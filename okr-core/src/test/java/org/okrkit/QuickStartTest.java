package org.okrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.Scorer;

/** The README's quick start, compiled and checked so it cannot rot. */
class QuickStartTest {

  @Test
  void quickStartBuildsAnOkrAndScoresIt() {
    // --- quick start (README) ---
    Cycle q4 = Cycle.quarter(2026, 4);
    LocalDate nov15 = LocalDate.of(2026, 11, 15);
    KeyResult csat =
        KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
            .plusCheckIn(CheckIn.of(nov15, 4.45).withConfidence(0.7));
    KeyResult turnaround =
        KeyResult.metric("cs-2", "Reduce ticket turnaround from 5 days to 3", 5, 3)
            .plusCheckIn(CheckIn.of(nov15, 4));
    Objective delight =
        Objective.of("cs", "Make happy customers the core of our growth", q4.id(), csat, turnaround);

    LocalDate asOf = LocalDate.of(2026, 11, 30);
    KeyResultScore kr = Scorer.defaults().score(csat, asOf);
    ObjectiveScore objective = Scorer.defaults().score(delight, asOf);
    ObjectiveRollup node =
        Rollup.defaults()
            .compute(OkrSet.of(List.of(q4), List.of(delight)), asOf)
            .node("cs")
            .orElseThrow();
    // --- end of quick start ---

    assertEquals(0, new BigDecimal("0.5").compareTo(kr.score().orElseThrow()));
    assertEquals(
        "(4.45 − 4.1) / (4.8 − 4.1) = 0.50, current 4.45 from the check-in of 2026-11-15"
            + " (latest on or before 2026-11-30)",
        kr.explanation());
    assertEquals(new BigDecimal("0.5"), objective.score().orElseThrow());
    assertEquals(Grade.YELLOW, objective.grade().orElseThrow());
    assertEquals(PaceStatus.AT_RISK, node.paceStatus().orElseThrow());
  }
}
