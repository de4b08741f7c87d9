package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Change;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Corridor;
import org.okrkit.model.Decision;
import org.okrkit.model.Frequency;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;

/** The cycle's life in the outline: close-outs, carried links, changes, initiatives, KPIs. */
class OutlineLifecycleTest {
  private static final String OUTLINE = """
      # Q3 2026 (2026-07-01 – 2026-09-30)
      ## Make support a reason to stay  {id: support, closed: 2026-09-30, outcome: partially-achieved, decision: keep, computed-score: 0.81, adjusted-score: 0.70, adjustment-reason: "the survey sample was small"}
      Customers stay because support is fast.
      Retrospective: The rota worked; hiring did not.
      We start Q4 with two open roles.
      - Cut first response time from 8 hours to 2  {unit: hours, kpi: frt, track-after-close: yes}
        - 2026-08-01: changed target from 3 to 2: the new rota made it realistic
        - 2026-08-15: 4 (confidence 0.6)
        - 2026-09-01: added  {reason: "split from the old key result"}
      # Q4 2026 (2026-10-01 – 2026-12-31)
      ## Make support a reason to stay  {id: support-q4, carried-from: support}
      - Cut first response time from 4 hours to 2  {unit: hours, carried-from: support-1, closed: open, retrospective: "reopened"}

      # Initiatives
      - Run a follow-the-sun support rota  {for: support-1 + support-q4-1, owner: Support, status: active, start: 2026-07-01, end: 2026-12-31, progress: 0.5}
      - Hire two agents  {id: hire}

      # KPIs
      - First response time  {id: frt, unit: hours, direction: lower, healthy: ..4, watch: 4..8, frequency: weekly}
        - 2026-09-28: 3.5 after the rota
        - 2026-10-05: 3.2
      - Net Promoter Score  {healthy: 40.., frequency: monthly}
      """;

  @Test
  void readsCloseOutsRetrospectivesChangesInitiativesAndKpis() {
    OkrSet set = OkrOutline.read(OUTLINE);
    Objective q3 = set.objectives().get(0);
    CloseOut close = q3.close().orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), close.date());
    assertEquals(Optional.of(Outcome.PARTIALLY_ACHIEVED), close.outcome());
    assertEquals(Optional.of(Decision.KEEP), close.decision());
    assertEquals(Optional.of(new BigDecimal("0.81")), close.computedScore());
    assertEquals(Optional.of(new BigDecimal("0.70")), close.adjustedScore());
    assertEquals(Optional.of("the survey sample was small"), close.adjustmentReason());
    assertEquals(Optional.of("The rota worked; hiring did not.\nWe start Q4 with two open roles."),
        close.retrospective());
    assertEquals(Optional.of("Customers stay because support is fast."), q3.description());
    KeyResult frt = q3.keyResults().get(0);
    assertEquals(Optional.of("frt"), frt.kpi());
    assertTrue(frt.trackAfterClose());
    assertEquals(List.of(
        Change.ofTarget(LocalDate.of(2026, 8, 1), new BigDecimal("3"), new BigDecimal("2"),
            "the new rota made it realistic"),
        Change.ofAdded(LocalDate.of(2026, 9, 1), "split from the old key result")),
        frt.changes());
    assertEquals(1, frt.checkIns().size());
    Objective q4 = set.objectives().get(1);
    assertEquals(Optional.of("support"), q4.carriedFrom());
    KeyResult carried = q4.keyResults().get(0);
    assertEquals(Optional.of("support-1"), carried.carriedFrom());
    assertEquals(Optional.of(CloseOut.builder().retrospective("reopened").build()),
        carried.close());
    Initiative rota = set.initiatives().get(0);
    assertEquals("run-a-follow-the-sun-support", rota.id());
    assertEquals(List.of("support-1", "support-q4-1"), rota.keyResults());
    assertEquals(InitiativeStatus.ACTIVE, rota.status());
    assertEquals(Optional.of(new BigDecimal("0.5")), rota.progress());
    assertEquals("hire", set.initiatives().get(1).id());
    assertEquals(InitiativeStatus.PLANNED, set.initiatives().get(1).status());
    Kpi kpi = set.kpis().get(0);
    assertEquals(Optional.of(KpiDirection.LOWER), kpi.direction());
    assertEquals(Optional.of(Corridor.atMost(new BigDecimal("4"))), kpi.healthy());
    assertEquals(Optional.of(Corridor.of(new BigDecimal("4"), new BigDecimal("8"))), kpi.watch());
    assertEquals(Optional.of(Frequency.WEEKLY), kpi.frequency());
    assertEquals(List.of(
        Measurement.builder().date(LocalDate.of(2026, 9, 28)).value(new BigDecimal("3.5"))
            .note("after the rota").build(),
        Measurement.of(LocalDate.of(2026, 10, 5), new BigDecimal("3.2"))), kpi.measurements());
    assertEquals("net-promoter-score", set.kpis().get(1).id());
  }

  @Test
  void writesTheLifecycleBackAsItWasRead() {
    OkrSet set = OkrOutline.read(OUTLINE);
    String md = OkrOutline.write(set);
    assertEquals(set, OkrOutline.read(md), md);
    assertTrue(md.contains("Retrospective: The rota worked; hiring did not.\nWe start Q4"), md);
    assertTrue(md.contains("  - 2026-08-01: changed target from 3 to 2: the new rota made it"
        + " realistic\n  - 2026-08-15: 4 (confidence 0.6)\n"), md);
    assertTrue(md.contains("\n# Initiatives\n- Run a follow-the-sun support rota  {for:"
        + " support-1 + support-q4-1, owner: Support, status: active"), md);
    assertTrue(md.contains("\n# KPIs\n- First response time  {id: frt, unit: hours, direction:"
        + " lower, healthy: ..4, watch: 4..8, frequency: weekly}\n  - 2026-09-28: 3.5 after the"
        + " rota\n"), md);
  }

  private static OutlineException refused(String outline) {
    return assertThrows(OutlineException.class, () -> OkrOutline.read(outline));
  }

  @Test
  void closeOutFieldsWithoutClosedAreRefusedAtTheirColumn() {
    OutlineException e = refused("# Q4 2026 (2026-10-01 – 2026-12-31)\n## Grow  {outcome: missed}\n");
    assertEquals(2, e.line());
    assertEquals(20, e.column());
    assertTrue(e.getMessage().contains("{closed: DATE}"), e.getMessage());
  }

  @Test
  void aRetrospectiveParagraphNeedsAClosedObjective() {
    OutlineException e = refused(
        "# Q4 2026 (2026-10-01 – 2026-12-31)\n## Grow\nRetrospective: it went well\n");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().contains("close-out"), e.getMessage());
  }

  @Test
  void badLifecycleValuesAreRefusedAtTheirLineAndColumn() {
    String cycle = "# Q4 2026 (2026-10-01 – 2026-12-31)\n";
    OutlineException outcome = refused(cycle + "## Grow  {closed: 2026-12-31, outcome: great}\n");
    assertEquals(40, outcome.column());
    assertTrue(outcome.getMessage().contains("partially-achieved"), outcome.getMessage());
    OutlineException score = refused(cycle + "## Grow  {closed: open, adjusted-score: 1.5}\n");
    assertEquals(2, score.line());
    assertTrue(score.getMessage().contains("adjustedScore"), score.getMessage());
    OutlineException change = refused(cycle + "## Grow\n- Grow revenue from 1 to 2\n"
        + "  - 2026-11-01: changed target to 3\n");
    assertEquals(4, change.line());
    assertEquals(17, change.column());
    OutlineException field = refused(cycle + "## Grow\n- Grow revenue from 1 to 2\n"
        + "  - 2026-11-01: changed weight from 1 to 3\n");
    assertEquals(25, field.column());
    OutlineException corridor = refused(cycle + "# KPIs\n- NPS  {healthy: 40-60}\n");
    assertEquals(3, corridor.line());
    assertEquals(18, corridor.column());
    OutlineException status = refused("# Initiatives\n- Hire  {status: started}\n");
    assertTrue(status.getMessage().contains("planned, active, done, dropped"),
        status.getMessage());
    OutlineException objective = refused("# KPIs\n## Grow\n");
    assertEquals(2, objective.line());
    OutlineException stray = refused("# Initiatives\n- Hire\n  - 2026-10-01: 3\n");
    assertEquals(3, stray.line());
    OutlineException ext = refused(cycle + "## Grow  {close.x-a: 1}\n");
    assertTrue(ext.getMessage().contains("closed"), ext.getMessage());
    OutlineException misplaced = refused("# Q4 2026 (2026-10-01 – 2026-12-31)  {close.x-a: 1}\n");
    assertEquals(1, misplaced.line());
  }
}
