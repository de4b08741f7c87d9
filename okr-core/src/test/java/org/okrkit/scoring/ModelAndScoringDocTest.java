package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;

/** The worked examples of {@code docs/model-and-scoring.md}, row by row, as the guide states them. */
class ModelAndScoringDocTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final LocalDate NOV15 = LocalDate.of(2026, 11, 15);
  private static final Scorer SCORER = Scorer.defaults();

  private static Optional<BigDecimal> score(KeyResult kr) {
    return SCORER.score(kr, AS_OF).score();
  }

  private static void assertScore(String expected, KeyResult kr) {
    assertEquals(0, new BigDecimal(expected).compareTo(score(kr).orElseThrow()), kr.title());
  }

  @Test
  void workedKeyResultExamplesScoreAsDocumented() {
    KeyResult csat = KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8);
    assertScore("0.5", csat.plusCheckIn(CheckIn.of(NOV15, 4.45)));
    KeyResult turnaround = KeyResult.metric("cs-2", "Reduce ticket turnaround from 5 days to 3", 5, 3);
    assertScore("0.5", turnaround.plusCheckIn(CheckIn.of(NOV15, 4)));
    assertScore("0", turnaround.plusCheckIn(CheckIn.of(NOV15, 6)));
    assertScore("1", KeyResult.metric("r", "Grow referrals from 120 to 150", 120, 150)
        .plusCheckIn(CheckIn.of(NOV15, 165)));
    KeyResult uptime =
        KeyResult.threshold("up", "Keep uptime at or above 99.9%", Target.atLeast(99.9));
    assertScore("1", uptime.plusCheckIn(CheckIn.of(NOV15, 99.95)));
    assertScore("0", uptime.plusCheckIn(CheckIn.of(NOV15, 99.8)));
    assertScore("1", KeyResult.milestone("h", "Publish the support handbook")
        .plusCheckIn(CheckIn.ofDone(NOV15, true)));
    assertScore("0", csat);
    KeyResult noTarget =
        KeyResult.builder().id("t").title("Increase customer satisfaction from 4.1")
            .baseline(Baseline.of(4.1)).build().plusCheckIn(CheckIn.of(NOV15, 4.45));
    KeyResultScore undefined = SCORER.score(noTarget, AS_OF);
    assertEquals(Optional.empty(), undefined.score());
    assertTrue(undefined.undefinedReason().isPresent());
  }

  @Test
  void workedObjectiveExamplesScoreAsDocumented() {
    KeyResult csat = KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
        .plusCheckIn(CheckIn.of(NOV15, 4.45));
    KeyResult turnaround = KeyResult.metric("cs-2", "Reduce ticket turnaround from 5 days to 3", 5, 3);
    ObjectiveScore even = SCORER.score(
        Objective.of("cs", "Make happy customers the core of our growth", "2026-Q4", csat,
            turnaround.plusCheckIn(CheckIn.of(NOV15, 4))), AS_OF);
    assertEquals(0, new BigDecimal("0.5").compareTo(even.score().orElseThrow()));
    assertEquals(Grade.YELLOW, even.grade().orElseThrow());
    ObjectiveScore weighted = SCORER.score(
        Objective.of("cs", "Make happy customers the core of our growth", "2026-Q4",
            csat.withWeight(BigDecimal.valueOf(3)), turnaround.plusCheckIn(CheckIn.of(NOV15, 5))),
        AS_OF);
    assertEquals(0, new BigDecimal("0.375").compareTo(weighted.score().orElseThrow()));
    assertEquals(Grade.RED, weighted.grade().orElseThrow());
  }
}
