package org.okrkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application's lookups and edits on the immutable set, and the edits it refuses. */
class OkrSetEditsTest {
  private static final LocalDate NOV15 = LocalDate.of(2026, 11, 15);

  private static OkrSet set() {
    KeyResult csat = KeyResult.metric("cs-1", "Increase CSAT from 4.1 to 4.8", 4.1, 4.8);
    KeyResult handbook = KeyResult.milestone("cs-2", "Publish the support handbook");
    Objective cs = Objective.builder().id("cs").title("Delight customers").cycle("2026-Q4").parent("co")
        .addKeyResults(csat, handbook).build();
    Objective co = Objective.of("co", "Be the home robot people recommend", "2026-Q4",
        KeyResult.metric("co-1", "Grow NPS from 31 to 45", 31, 45));
    return OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(co, cs));
  }

  private static void refused(String rule, Runnable edit, String messagePart) {
    OkrEditException e = assertThrows(OkrEditException.class, edit::run);
    assertEquals(rule, e.rule(), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).contains(messagePart), e.getMessage());
    assertTrue(String.valueOf(e.getMessage()).endsWith("[" + rule + "]"), e.getMessage());
  }

  @Test
  void keyResultIsFoundWithItsObjective() {
    KeyResultInSet found = set().keyResult("cs-2").orElseThrow();
    assertEquals("cs", found.objective().id());
    assertEquals("Publish the support handbook", found.keyResult().title());
    assertEquals(java.util.Optional.empty(), set().keyResult("nope"));
    assertEquals("Delight customers", set().objective("cs").orElseThrow().title());
  }

  @Test
  void keyResultsAndCheckInsAreCountedOverEveryObjective() {
    OkrSet set = set().withCheckIn("cs-1", CheckIn.of(NOV15, 4.45))
        .withCheckIn("co-1", CheckIn.of(NOV15, 33))
        .withCheckIn("co-1", CheckIn.of(NOV15.plusDays(7), 35));
    assertEquals(3, set.keyResultCount());
    assertEquals(3, set.checkInCount());
    assertEquals(0, set().checkInCount());
  }

  @Test
  void withCheckInAddsOneCheckInAndLeavesTheRestAsItWas() {
    OkrSet before = set();
    OkrSet after = before.withCheckIn("cs-1", CheckIn.of(NOV15, 4.45));
    assertEquals(List.of(CheckIn.of(NOV15, 4.45)), after.keyResult("cs-1").orElseThrow().keyResult().checkIns());
    assertEquals(List.of(), before.keyResult("cs-1").orElseThrow().keyResult().checkIns());
    assertSame(before.objectives().get(0), after.objectives().get(0));
    assertEquals(before.objectives().get(1).keyResults().get(1), after.objectives().get(1).keyResults().get(1));
  }

  @Test
  void aValueOnAMilestoneIsRefused() {
    refused("check-in-kind-mismatch", () -> set().withCheckIn("cs-2", CheckIn.of(NOV15, 1)),
        "the check-in of 2026-11-15 on key result 'cs-2' carries a value, but a milestone is done or not done");
  }

  @Test
  void aDoneFlagOnAMetricIsRefused() {
    refused("check-in-kind-mismatch", () -> set().withCheckIn("cs-1", CheckIn.ofDone(NOV15, true)), "carries a done flag");
  }

  @Test
  void aCheckInOutsideTheCycleIsRefused() {
    OkrEditException e = assertThrows(OkrEditException.class,
        () -> set().withCheckIn("cs-1", CheckIn.of(LocalDate.of(2027, 1, 2), 4.5)));
    assertEquals("check-in-outside-cycle", e.rule());
    assertEquals(List.of("cs-1", "cs", "2026-Q4"), e.ids());
    assertEquals("the check-in of 2027-01-02 on key result 'cs-1' is outside cycle '2026-Q4' (2026-10-01 to"
        + " 2026-12-31) [check-in-outside-cycle]", e.getMessage());
  }

  @Test
  void aCheckInBeforeTheBaselineWasMeasuredIsRefused() {
    OkrSet set = set().withObjective(set().objective("co").orElseThrow().withKeyResult(
        KeyResult.metric("co-1", "Grow NPS from 31 to 45", 31, 45)
            .withBaseline(Baseline.of(new java.math.BigDecimal("31"), LocalDate.of(2026, 10, 20)))));
    refused("check-in-before-baseline", () -> set.withCheckIn("co-1", CheckIn.of(LocalDate.of(2026, 10, 15), 33)),
        "dated before the baseline was measured (2026-10-20)");
  }

  @Test
  void anUnknownKeyResultIsRefused() {
    refused("unknown-id", () -> set().withCheckIn("cs-9", CheckIn.of(NOV15, 1)), "no key result with this id");
  }

  @Test
  void withObjectiveReplacesByIdOrAppends() {
    Objective renamed = set().objective("cs").orElseThrow().withTitle("Make customers happy");
    OkrSet replaced = set().withObjective(renamed);
    assertEquals(2, replaced.objectives().size());
    assertEquals("Make customers happy", replaced.objectives().get(1).title());
    Objective added = Objective.of("eng", "Make robots reliable", "2026-Q4",
        KeyResult.metric("eng-1", "Cut crashes from 4 to 1", 4, 1));
    assertEquals("eng", set().withObjective(added).objectives().get(2).id());
  }

  @Test
  void structuralErrorsOfANewObjectiveAreRefused() {
    KeyResult kr = KeyResult.metric("x-1", "Grow from 1 to 2", 1, 2);
    refused("unknown-cycle", () -> set().withObjective(Objective.of("x", "X", "2027-Q1", kr)), "cycle '2027-Q1'");
    refused("objective-without-key-results", () -> set().withObjective(Objective.of("x", "X", "2026-Q4")), "no key results");
    refused("unknown-parent", () -> set().withObjective(Objective.of("x", "X", "2026-Q4", kr).withParent("nope")),
        "parent 'nope'");
    refused("duplicate-id", () -> set().withObjective(Objective.of("x", "X", "2026-Q4",
        KeyResult.metric("cs-1", "Again", 1, 2))), "key result id 'cs-1'");
    refused("missing-target", () -> set().withObjective(Objective.of("x", "X", "2026-Q4",
        KeyResult.builder().id("x-1").title("Grow").build())), "has no target");
    refused("baseline-equals-target", () -> set().withObjective(Objective.of("x", "X", "2026-Q4",
        KeyResult.metric("x-1", "Stay", 2, 2))), "baseline equal to its target");
  }

  @Test
  void anAlignmentLoopIsRefusedNamingEveryId() {
    Objective co = set().objective("co").orElseThrow().withParent("cs");
    OkrEditException e = assertThrows(OkrEditException.class, () -> set().withObjective(co));
    assertEquals("alignment-cycle", e.rule());
    assertEquals(List.of("co", "cs", "co"), e.ids());
  }

  @Test
  void withoutObjectiveRefusesToOrphanChildren() {
    refused("unknown-parent", () -> set().withoutObjective("co"), "objectives 'cs' are aligned to it");
    OkrSet smaller = set().withoutObjective("cs");
    assertEquals(List.of("co"), smaller.objectives().stream().map(Objective::id).toList());
    refused("unknown-id", () -> set().withoutObjective("nope"), "no objective with this id");
  }

  @Test
  void problemsTheSetAlreadyHadDoNotBlockAnEdit() {
    // a dangling parent elsewhere is the validator's business, not a reason to refuse a check-in
    OkrSet broken = set().withObjectives(List.of(set().objective("cs").orElseThrow()));
    OkrSet edited = broken.withCheckIn("cs-1", CheckIn.of(NOV15, 4.45));
    assertEquals(1, edited.keyResult("cs-1").orElseThrow().keyResult().checkIns().size());
  }

  @Test
  void withKeyResultReplacesByIdOrAppends() {
    Objective cs = set().objective("cs").orElseThrow();
    Objective replaced = cs.withKeyResult(KeyResult.metric("cs-1", "Increase CSAT from 4.0 to 4.8", 4.0, 4.8));
    assertEquals(List.of("cs-1", "cs-2"), replaced.keyResults().stream().map(KeyResult::id).toList());
    assertEquals("Increase CSAT from 4.0 to 4.8", replaced.keyResults().get(0).title());
    Objective appended = cs.withKeyResult(KeyResult.milestone("cs-3", "Hire a lead"));
    assertEquals(List.of("cs-1", "cs-2", "cs-3"), appended.keyResults().stream().map(KeyResult::id).toList());
  }

  @Test
  void aKeyResultEditThatBreaksTheStructureIsRefusedWhenItsObjectiveIsPutBack() {
    // Objective.withKeyResult knows no cycle and no other objective: the set edit that puts the
    // objective back checks the key result against them, like withCheckIn does
    Objective cs = set().objective("cs").orElseThrow();
    refused("check-in-outside-cycle", () -> set().withObjective(cs.withKeyResult(
        KeyResult.metric("cs-1", "Increase CSAT from 4.1 to 4.8", 4.1, 4.8)
            .plusCheckIn(CheckIn.of(LocalDate.of(2027, 1, 2), 4.5)))), "outside cycle '2026-Q4'");
    refused("check-in-kind-mismatch", () -> set().withObjective(cs.withKeyResult(
        KeyResult.milestone("cs-2", "Publish the support handbook").plusCheckIn(CheckIn.of(NOV15, 1)))),
        "cs-2");
    refused("duplicate-id", () -> set().withObjective(cs.withKeyResult(
        KeyResult.metric("co-1", "Again", 1, 2))), "key result id 'co-1'");
    refused("missing-target", () -> set().withObjective(cs.withKeyResult(
        KeyResult.builder().id("cs-3").title("Grow").build())), "has no target");
  }
}
