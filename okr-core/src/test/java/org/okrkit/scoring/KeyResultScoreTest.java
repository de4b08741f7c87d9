package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;

/** Scores deferred by an engine: the key result looked up by position, the derivation on read. */
class KeyResultScoreTest {
  private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);
  private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

  private static final KeyResult HALF =
      KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
          .plusCheckIn(CheckIn.of(NOV_15, 4.45));
  private static final KeyResult NONE =
      KeyResult.metric("cs-2", "Grow renewals from 10 to 20", 10, 20);
  private static final Objective OBJECTIVE =
      Objective.of("cs", "Make happy customers the core of our growth", "2026-Q4", HALF, NONE);

  private static KeyResultScore deferredAt(int index, String score) {
    return KeyResultScore.deferred(
        OBJECTIVE, index, NOV_30, ScoringPolicy.defaults(), KeyResultScoring.standard(),
        new BigDecimal(score));
  }

  @Test
  void aScoreDeferredByPositionReadsAsTheEagerScoreOfThatKeyResult() {
    KeyResultScore deferred = deferredAt(1, "0");
    KeyResultScore eager = Scorer.defaults().score(NONE, NOV_30);
    assertSame(NONE, deferred.keyResult());
    assertEquals("cs-2", deferred.keyResultId());
    assertEquals(eager, deferred);
    assertEquals(eager.explanation(), deferred.explanation());
    assertEquals(new BigDecimal("0.5"), deferredAt(0, "0.5").score().orElseThrow());
    assertEquals(Scorer.defaults().score(HALF, NOV_30).derivation(), deferredAt(0, "0.5").derivation());
  }

  @Test
  void aScoreDeferredByPositionWithAnotherNumberFailsWhenItsDerivationIsRead() {
    KeyResultScore wrong = deferredAt(0, "0.6");
    IllegalStateException e = assertThrows(IllegalStateException.class, wrong::derivation);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("'cs-1'"), message);
  }

  @Test
  void aPositionBeyondTheKeyResultsIsRefusedNamingTheObjectiveWhenRead() {
    KeyResultScore beyond = deferredAt(2, "0");
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, beyond::keyResult);
    assertEquals("objective 'cs': no key result at position 2 of 2", e.getMessage());
  }

  @Test
  void aNegativePositionIsRefusedAtOnce() {
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> deferredAt(-1, "0"));
    assertEquals("key result score: index must be >= 0, was -1", e.getMessage());
  }
}
