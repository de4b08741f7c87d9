package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Corridor;
import org.okrkit.model.Cycle;
import org.okrkit.model.Frequency;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;

class KpiHealthTest {
  private static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Kpi corridor(String... values) {
    Kpi.Builder b = Kpi.builder().id("nps").title("NPS")
        .healthy(Corridor.atLeast(d("40"))).watch(Corridor.atLeast(d("30")))
        .frequency(Frequency.MONTHLY);
    for (int i = 0; i < values.length; i++) {
      b.addMeasurements(Measurement.of(JUL_1.plusMonths(i), d(values[i])));
    }
    return b.build();
  }

  private static Kpi trend(String... values) {
    Kpi.Builder b = Kpi.builder().id("churn").title("Churn").direction(KpiDirection.LOWER);
    for (int i = 0; i < values.length; i++) {
      b.addMeasurements(Measurement.of(JUL_1.plusMonths(i), d(values[i])));
    }
    return b.build();
  }

  @Test
  void insideTheHealthyCorridorIsHealthy() {
    KpiHealth h = KpiHealth.of(corridor("45"), JUL_1);
    assertEquals(KpiStatus.HEALTHY, h.status());
    assertEquals("45 is inside the healthy corridor 40..", h.reason());
    assertEquals(Optional.of(Measurement.of(JUL_1, d("45"))), h.latest());
  }

  @Test
  void insideTheWatchCorridorIsWatchAndOutsideBothUnhealthy() {
    assertEquals(KpiStatus.WATCH, KpiHealth.of(corridor("35"), JUL_1).status());
    assertEquals(KpiStatus.UNHEALTHY, KpiHealth.of(corridor("29.9"), JUL_1).status());
    assertEquals(KpiStatus.HEALTHY, KpiHealth.of(corridor("40"), JUL_1).status());
  }

  @Test
  void measurementsAfterTheDateAreIgnored() {
    assertEquals(KpiStatus.HEALTHY, KpiHealth.of(corridor("45", "20"), JUL_1.plusDays(3)).status());
    assertEquals(KpiStatus.UNKNOWN, KpiHealth.of(corridor("45"), JUL_1.minusDays(1)).status());
  }

  @Test
  void directionOnlyJudgesTheTrend() {
    assertEquals(KpiStatus.UNKNOWN, KpiHealth.of(trend("3"), JUL_1).status());
    assertEquals(KpiStatus.HEALTHY, KpiHealth.of(trend("3", "2.5"), JUL_1.plusMonths(1)).status());
    assertEquals(KpiStatus.WATCH, KpiHealth.of(trend("3", "3.5"), JUL_1.plusMonths(1)).status());
    KpiHealth twice = KpiHealth.of(trend("3", "3.5", "4"), JUL_1.plusMonths(2));
    assertEquals(KpiStatus.UNHEALTHY, twice.status());
    assertEquals("4 is worse than 3.5 before it, the second decline in a row", twice.reason());
  }

  @Test
  void staleAfterAPeriodAndAHalf() {
    assertFalse(KpiHealth.of(corridor("45"), JUL_1.plusDays(46)).stale());
    KpiHealth h = KpiHealth.of(corridor("45"), JUL_1.plusDays(47));
    assertTrue(h.stale());
    assertTrue(h.reason().endsWith("; stale: last measured 2026-07-01, monthly"), h.reason());
    assertTrue(KpiHealth.of(corridor(), JUL_1).stale());
    assertFalse(KpiHealth.of(trend(), JUL_1).stale());
  }

  @Test
  void unhealthyThroughoutNeedsEveryMeasurementOfTheCycleUnhealthy() {
    Cycle q3 = Cycle.quarter(2026, 3);
    assertTrue(KpiHealth.unhealthyThroughout(corridor("20", "25", "28"), q3));
    assertFalse(KpiHealth.unhealthyThroughout(corridor("20", "35", "28"), q3));
    assertFalse(KpiHealth.unhealthyThroughout(corridor(), q3));
    assertTrue(KpiHealth.unhealthyThroughout(trend("1", "2", "3", "4").withMeasurements(
        java.util.List.of(Measurement.of(JUL_1.minusMonths(2), d("1")),
            Measurement.of(JUL_1.minusMonths(1), d("2")), Measurement.of(JUL_1, d("3")),
            Measurement.of(JUL_1.plusMonths(1), d("4")))), q3));
  }
}
