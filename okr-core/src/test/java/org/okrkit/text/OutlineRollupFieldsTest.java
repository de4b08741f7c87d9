package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.CheckIn;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;

/** The roll-up fields in the outline: alignment to a key result, value sums, plans, cadence. */
class OutlineRollupFieldsTest {
  private static final String CYCLE = "# Q4 2026 (2026-10-01 – 2026-12-31)\n";

  private static OutlineException refused(String outline) {
    return assertThrows(OutlineException.class, () -> OkrOutline.read(CYCLE + outline));
  }

  @Test
  void readsAlignmentToAKeyResultAndTheSupportLink() {
    OkrSet set = OkrOutline.read(CYCLE
        + "## Grow  {id: grow}\n- Grow revenue from 1 to 2\n"
        + "## Keep customers  {aligns: grow, aligns-kr: grow-1}\n- Reduce churn from 12 to 4\n"
        + "## Brand  {aligns: grow, link: support}\n- Raise recall from 8 to 15\n");
    Objective keep = set.objectives().get(1);
    assertEquals(Optional.of("grow-1"), keep.parentKeyResult());
    assertEquals(AlignmentLink.CONTRIBUTE, keep.link());
    assertEquals(AlignmentLink.SUPPORT, set.objectives().get(2).link());
  }

  @Test
  void readsAValueSumAPlanDatesAndACadence() {
    OkrSet set = OkrOutline.read("{confidence-scale: red-amber-green}\n" + CYCLE + "## Grow  {id: grow}\n"
        + "- Grow revenue from 1000 to 1600  {sum-of: emea-1 + apac-1,"
        + " plan: 2026-11-15 1200; 2026-12-15 1400.0, start: 2026-10-05, due: 2026-12-20,"
        + " cadence: biweekly, grace-days: 2}\n"
        + "  - 2026-11-01: 4 (confidence 0.5)  {confidence-given: amber}\n");
    KeyResult kr = set.objectives().get(0).keyResults().get(0);
    assertEquals(List.of("emea-1", "apac-1"), kr.sumOf());
    assertEquals(List.of(PlanPoint.of(LocalDate.of(2026, 11, 15), new BigDecimal("1200")),
        PlanPoint.of(LocalDate.of(2026, 12, 15), new BigDecimal("1400.0"))), kr.plan());
    assertEquals(Optional.of(LocalDate.of(2026, 10, 5)), kr.start());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 20)), kr.due());
    assertEquals(Optional.of(Period.ofWeeks(2)), kr.cadence());
    assertEquals(Optional.of(2), kr.graceDays());
    CheckIn c = kr.checkIns().get(0);
    assertEquals(Optional.of("amber"), c.confidenceAsGiven());
  }

  @Test
  void theSetsConfidenceScaleReadsAndWritesBackWithEachConfidenceAsGiven() {
    OkrSet set = OkrOutline.read("{confidence-scale: 0-10}\n" + CYCLE + "## Grow  {id: grow}\n"
        + "- Grow revenue from 1000 to 1600\n"
        + "  - 2026-11-01: 1200 (confidence 0.7)  {confidence-given: 7}\n");
    assertEquals(Optional.of(ConfidenceScale.ZERO_TO_TEN), set.scoring().orElseThrow().confidenceScale());
    CheckIn c = set.objectives().get(0).keyResults().get(0).checkIns().get(0);
    assertEquals(Optional.of("7"), c.confidenceAsGiven());
    String md = OkrOutline.write(set);
    assertTrue(md.startsWith("{confidence-scale: 0-10}\n"), md);
    assertEquals(set, OkrOutline.read(md));
  }

  @Test
  void aConfidenceAsGivenOffTheSetsScaleOrNotTheStatedOneIsRefusedAtItsColumn() {
    String head = "{confidence-scale: red-amber-green}\n" + CYCLE + "## Grow  {id: grow}\n"
        + "- Grow revenue from 1000 to 1600\n";
    OutlineException blue = assertThrows(OutlineException.class, () -> OkrOutline.read(head
        + "  - 2026-11-01: 1200 (confidence 0.5)  {confidence-given: blue}\n"));
    assertEquals(5, blue.line());
    assertTrue(blue.getMessage().contains(
        "expected one of \"red\", \"amber\", \"green\" (the set's confidence-scale red-amber-green),"
            + " found 'blue'"), blue.getMessage());
    OutlineException other = assertThrows(OutlineException.class, () -> OkrOutline.read(head
        + "  - 2026-11-01: 1200 (confidence 0.7)  {confidence-given: amber}\n"));
    assertTrue(other.getMessage().contains(
        "confidence-given 'amber' is 0.5 on the red-amber-green scale, not the stated (confidence 0.7)"),
        other.getMessage());
    OutlineException missing = assertThrows(OutlineException.class, () -> OkrOutline.read(head
        + "  - 2026-11-01: 1200 (confidence 0.5) wave 2\n"));
    assertTrue(missing.getMessage().contains("expected a {confidence-given: …} beside the confidence:"
        + " the set's confidence-scale is red-amber-green"), missing.getMessage());
    OutlineException unscaled = assertThrows(OutlineException.class, () -> OkrOutline.read(CYCLE
        + "## Grow  {id: grow}\n- Grow revenue from 1000 to 1600\n"
        + "  - 2026-11-01: 1200 (confidence 0.5)  {confidence-given: amber}\n"));
    assertTrue(unscaled.getMessage().contains("expected a confidence-scale other than 0-1 in the set's"
        + " metadata for a confidence as given, found 'amber'"), unscaled.getMessage());
    OutlineException scale = assertThrows(OutlineException.class,
        () -> OkrOutline.read("{confidence-scale: stars}\n" + CYCLE));
    assertEquals(1, scale.line());
    assertTrue(scale.getMessage().contains("expected a confidence scale: 0-1, 0-10, 1-10,"
        + " low-medium-high or red-amber-green, found 'stars'"), scale.getMessage());
  }

  @Test
  void writesTheRollupFieldsAsReadableMetadata() {
    KeyResult kr = KeyResult.metric("grow-1", "Grow revenue from 1000 to 1600", 1000, 1600)
        .withSumOf(List.of("emea-1", "EMEA 2"))
        .withPlan(List.of(PlanPoint.of(LocalDate.of(2026, 11, 15), new BigDecimal("1200"))))
        .withCadence(Period.ofDays(14));
    Objective o = Objective.of("grow", "Grow", "2026-Q4", kr);
    Objective child = Objective.of("keep", "Keep", "2026-Q4")
        .withParent("grow").withParentKeyResult("grow-1").withLink(AlignmentLink.SUPPORT);
    OkrSet set = OkrSet.of(List.of(org.okrkit.model.Cycle.quarter(2026, 4)), List.of(o, child));
    String md = OkrOutline.write(set);
    assertTrue(md.contains("sum-of: \"emea-1 + \\\"EMEA 2\\\"\""), md);
    assertTrue(md.contains("plan: 2026-11-15 1200"), md);
    assertTrue(md.contains("cadence: P14D"), md);
    assertTrue(md.contains("{aligns: grow, aligns-kr: grow-1, link: support}"), md);
    assertEquals(set, OkrOutline.read(md));
  }

  @Test
  void aKeyResultAlignmentWithoutAParentObjectiveIsRefusedAtItsColumn() {
    OutlineException e = refused("## Keep  {aligns-kr: grow-1}\n- Reduce churn from 12 to 4\n");
    assertEquals(2, e.line());
    assertEquals(22, e.column());
    assertTrue(e.getMessage().contains("{aligns: …}"), e.getMessage());
  }

  @Test
  void anUnknownLinkIsRefusedNamingTheChoices() {
    OutlineException e = refused("## Keep  {aligns: grow, link: counts}\n");
    assertEquals(2, e.line());
    assertEquals(31, e.column());
    assertTrue(e.getMessage().contains("contribute, support"), e.getMessage());
  }

  @Test
  void badRollupValuesAreRefusedAtTheirLineAndColumn() {
    String o = "## Grow\n- Grow revenue from 1 to 2  {";
    OutlineException plan = refused(o + "plan: 2026-11-15 1200; 2026-12-40 3}\n");
    assertEquals(3, plan.line());
    assertEquals(53, plan.column());
    OutlineException point = refused(o + "plan: 2026-11-15}\n");
    assertTrue(point.getMessage().contains("a plan point like '2026-11-15 1200'"),
        point.getMessage());
    OutlineException value = refused(o + "plan: 2026-11-15 lots}\n");
    assertEquals(47, value.column());
    OutlineException cadence = refused(o + "cadence: fortnightly}\n");
    assertEquals(39, cadence.column());
    assertTrue(cadence.getMessage().contains("P14D"), cadence.getMessage());
    OutlineException sum = refused(o + "sum-of: emea-1 + }\n");
    assertEquals(46, sum.column());
    OutlineException joined = refused(o + "sum-of: emea-1 apac-1}\n");
    assertTrue(joined.getMessage().contains("' + '"), joined.getMessage());
    OutlineException grace = refused(o + "grace-days: -1}\n");
    assertEquals(42, grace.column());
    OutlineException given = refused(o + "}\n  - 2026-11-01: 4  {confidence-given: amber}\n");
    assertEquals(4, given.line());
  }
}
