package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.scoring.ScorerTest.d;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;

class ConfidenceTest {
  private static final LocalDate W1 = LocalDate.of(2026, 10, 5);
  private static final LocalDate W2 = LocalDate.of(2026, 10, 12);
  private static final LocalDate W3 = LocalDate.of(2026, 10, 19);

  private final KeyResult kr =
      KeyResult.metric("cs-1", "CSAT from 4.1 to 4.8", 4.1, 4.8)
          .withCheckIns(
              List.of(
                  CheckIn.of(W1, 4.2).withConfidence(0.5),
                  CheckIn.of(W2, 4.3).withConfidence(0.7),
                  CheckIn.of(W3, 4.3),
                  CheckIn.of(W3, 4.25).withConfidence(0.6)));

  @Test
  void latestConfidenceAndItsTrendFollowTheAsOfDate() {
    Confidence before = Confidence.of(kr, W1.minusDays(1));
    assertTrue(before.latest().isEmpty());
    assertEquals(ConfidenceTrend.UNKNOWN, before.trend());

    Confidence first = Confidence.of(kr, W1);
    assertEquals(d("0.5"), first.latest().orElseThrow());
    assertEquals(ConfidenceTrend.UNKNOWN, first.trend());

    Confidence rising = Confidence.of(kr, W2.plusDays(3));
    assertEquals(d("0.7"), rising.latest().orElseThrow());
    assertEquals(d("0.5"), rising.previous().orElseThrow());
    assertEquals(ConfidenceTrend.RISING, rising.trend());

    Confidence falling = Confidence.of(kr, W3);
    assertEquals(d("0.6"), falling.latest().orElseThrow());
    assertEquals(W3, falling.latestDate().orElseThrow());
    assertEquals(ConfidenceTrend.FALLING, falling.trend());
    assertEquals("Confidence{cs-1 as of 2026-10-19: 0.6, FALLING}", falling.toString());
  }

  @Test
  void unchangedConfidenceIsSteady() {
    KeyResult steady =
        kr.withCheckIns(
            List.of(CheckIn.of(W1, 4.2).withConfidence(0.5), CheckIn.of(W2, 4.4).withConfidence(0.50)));
    assertEquals(ConfidenceTrend.STEADY, Confidence.of(steady, W3).trend());
  }
}
