package org.okrkit.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The detail of an assessment written when first read, once, and what it read let go. */
class HealthAssessmentTest {
  private static final LocalDate ON = LocalDate.of(2026, 11, 1);

  @Test
  void theDetailIsWrittenOnFirstReadAndOnlyOnce() {
    AtomicInteger calls = new AtomicInteger();
    HealthAssessment a =
        HealthAssessment.of(
            "kr", Health.STALE, HealthRule.STALE, null, ON, ON.plusDays(10),
            () -> "no check-in since " + ON + " (call " + calls.incrementAndGet() + ")");
    assertEquals(0, calls.get());
    String first = a.detail();
    assertEquals("no check-in since 2026-11-01 (call 1)", first);
    assertSame(first, a.detail());
    assertEquals(1, calls.get());
  }

  @Test
  void theWriterOfTheDetailIsDroppedOnceUsed() throws InterruptedException {
    Object captured = new Object();
    WeakReference<Object> ref = new WeakReference<>(captured);
    HealthAssessment a = lazy(captured);
    captured = null;
    assertEquals("detail of java.lang.Object", a.detail().substring(0, 26));
    for (int i = 0; i < 20 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertNull(ref.get(), "the supplier (and what it captured) is still held after the read");
    assertEquals("detail of java.lang.Object", a.detail().substring(0, 26));
  }

  private static HealthAssessment lazy(Object captured) {
    return HealthAssessment.of(
        "kr", Health.ON_TRACK, HealthRule.PACE, null, null, null, () -> "detail of " + captured);
  }

  @Test
  void anAssessmentWithItsDetailWrittenIsEqualToOneGivenTheSameDetail() {
    HealthAssessment lazy =
        HealthAssessment.of(
            "kr", Health.DONE, HealthRule.DONE, null, ON, null, () -> "score 1.0 reached 1.0");
    HealthAssessment given =
        new HealthAssessment(
            "kr", Health.DONE, HealthRule.DONE, Optional.empty(), Optional.of(ON),
            Optional.empty(), "score 1.0 reached 1.0");
    assertEquals(given, lazy);
    assertEquals(given.hashCode(), lazy.hashCode());
    assertEquals(given.toString(), lazy.toString());
  }
}
