package org.okrkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The compact check-in storage and the values a set keeps for engines. */
class CompactModelTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 15);

  @Test
  void aCheckInSharesItsDateAndSmallDecimalsButKeepsTheirScale() {
    CheckIn a = CheckIn.builder().date(LocalDate.of(2026, 11, 15)).value(new BigDecimal("4.10"))
        .confidence(new BigDecimal("0.7")).build();
    CheckIn b = CheckIn.builder().date(LocalDate.of(2026, 11, 15)).value(new BigDecimal("4.10"))
        .confidence(new BigDecimal("0.7")).build();
    assertSame(a.date(), b.date());
    assertSame(a.value().orElseThrow(), b.value().orElseThrow());
    assertSame(a.confidence().orElseThrow(), b.confidence().orElseThrow());
    // 4.10 stays 4.10: sharing never changes a number as written
    assertEquals("4.10", a.value().orElseThrow().toPlainString());
    assertEquals("4.1", CheckIn.of(DAY, new BigDecimal("4.1")).value().orElseThrow().toPlainString());
    // large and precise values are kept as given
    BigDecimal big = new BigDecimal("123456789.123456789");
    assertSame(big, CheckIn.of(DAY, big).value().orElseThrow());
  }

  @Test
  void aCheckInHasExactlyTheOneReadingItWasGiven() {
    assertEquals(Optional.of(true), CheckIn.ofDone(DAY, true).done());
    assertEquals(Optional.empty(), CheckIn.ofDone(DAY, true).value());
    assertEquals(Optional.of(Zone.TARGET), CheckIn.ofZone(DAY, Zone.TARGET).zone());
    assertEquals(Optional.empty(), CheckIn.ofZone(DAY, Zone.TARGET).delta());
    assertEquals(Optional.of(BigDecimal.TEN), CheckIn.ofDelta(DAY, BigDecimal.TEN).delta());
    assertEquals(Optional.empty(), CheckIn.ofDelta(DAY, BigDecimal.TEN).value());
    IllegalArgumentException both =
        assertThrows(IllegalArgumentException.class,
            () -> CheckIn.builder().date(DAY).value(BigDecimal.ONE).done(true).build());
    assertEquals(
        "check-in '2026-11-15': exactly one of value, delta, done and zone must be given, was both",
        both.getMessage());
    assertThrows(IllegalStateException.class, () -> CheckIn.builder().value(BigDecimal.ONE).build());
  }

  @Test
  void theRarePartsRoundTripThroughTheBuilderAndCountInEquality() {
    CheckIn plain = CheckIn.of(DAY, BigDecimal.ONE);
    CheckIn rich = CheckIn.builder().from(plain).note("wave 2").putExtensions("x-a", "1")
        .confidence(new BigDecimal("0.7")).confidenceAsGiven("7").build();
    assertEquals(Optional.of("wave 2"), rich.note());
    assertEquals(Optional.of("7"), rich.confidenceAsGiven());
    assertEquals(java.util.Map.of("x-a", "1"), rich.extensions());
    assertEquals(rich, CheckIn.builder().from(rich).build());
    assertEquals(rich.hashCode(), CheckIn.builder().from(rich).build().hashCode());
    assertNotEquals(plain, rich);
    assertEquals(Optional.empty(), plain.note());
    assertEquals(java.util.Map.of(), plain.extensions());
    assertEquals(
        "CheckIn{date=2026-11-15, value=1, confidence=0.7, confidenceAsGiven=7, note=wave 2,"
            + " extensions={x-a=1}}",
        rich.toString());
  }

  @Test
  void aSetDerivesEachValueOnceAndACopyStartsWithNone() {
    OkrSet set = OkrSet.of(List.of(), List.of());
    AtomicInteger calls = new AtomicInteger();
    Object first = set.derived("k", s -> new Object[] {calls.incrementAndGet()});
    assertSame(first, set.derived("k", s -> new Object[] {calls.incrementAndGet()}));
    assertEquals(1, calls.get());
    Object other = set.derived("other", s -> "v");
    assertEquals("v", other);
    OkrSet copy = set.withObjectives(List.of());
    copy.derived("k", s -> new Object[] {calls.incrementAndGet()});
    assertEquals(copy == set ? 1 : 2, calls.get());
    assertThrows(NullPointerException.class, () -> set.derived("null", s -> null));
  }
}
