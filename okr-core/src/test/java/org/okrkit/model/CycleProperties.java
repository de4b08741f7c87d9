package org.okrkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CycleProperties {

  @Property
  void consecutiveQuartersAreAdjacentAndCoverTheYear(
      @ForAll @IntRange(min = 1900, max = 2200) int year) {
    long days = 0;
    LocalDate expectedStart = LocalDate.of(year, 1, 1);
    for (int q = 1; q <= 4; q++) {
      Cycle c = Cycle.quarter(year, q);
      assertEquals(expectedStart, c.start());
      assertTrue(c.lengthInDays() >= 90 && c.lengthInDays() <= 92);
      days += c.lengthInDays();
      expectedStart = c.end().plusDays(1);
    }
    assertEquals(Cycle.year(year).lengthInDays(), days);
  }

  @Property
  void clampAlwaysLandsInsideTheCycle(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 4) int quarter,
      @ForAll @IntRange(min = -400, max = 400) int offset) {
    Cycle c = Cycle.quarter(year, quarter);
    LocalDate d = c.start().plusDays(offset);
    LocalDate clamped = c.clamp(d);
    assertTrue(c.contains(clamped));
    assertEquals(c.contains(d), clamped.equals(d));
  }
}
