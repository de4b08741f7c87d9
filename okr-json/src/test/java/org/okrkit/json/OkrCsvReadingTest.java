package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.TargetSide;

// one string literal per sheet row keeps the row numbers the assertions name easy to count
@SuppressWarnings("StringConcatToTextBlock")
class OkrCsvReadingTest {
  private static final LocalDate NOV20 = LocalDate.of(2026, 11, 20);
  private static final OkrCsv CSV = OkrCsv.defaults().withCurrentDate(NOV20);

  static OkrCsvException.Problem only(OkrCsvException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  static OkrCsvException.Problem fails(String sheet) {
    return only(assertThrows(OkrCsvException.class, () -> CSV.read(sheet)));
  }

  static void assertProblem(String sheet, long row, int column, String messagePart) {
    OkrCsvException.Problem p = fails(sheet);
    assertEquals(row, p.row(), p.toString());
    assertEquals(column, p.column(), p.toString());
    assertTrue(p.message().contains(messagePart), p.toString());
  }

  @Nested
  class Headers {
    @Test
    void templateNamesAreUnderstood() {
      OkrSet set = CSV.read(
          "Quarter,Objective,Owner,Key Result,Start Value,Target Value,Current Value,Progress,Confidence,Notes\n"
              + "Q4 2026,Make happy customers the core of our growth,Customer Success,"
              + "Increase customer satisfaction from 4.1 to 4.8,4.1,4.8,4.45,50%,0.7,wave 2\n");
      Objective o = set.objectives().get(0);
      assertEquals("make-happy-customers-the-core-of", o.id());
      assertEquals("Customer Success", o.owner().orElseThrow());
      assertEquals("2026-Q4", o.cycle());
      KeyResult kr = o.keyResults().get(0);
      assertEquals("make-happy-customers-the-core-of-1", kr.id());
      assertEquals(new BigDecimal("4.1"), kr.baseline().orElseThrow().value());
      assertEquals(new BigDecimal("4.8"), kr.target().orElseThrow().value());
      CheckIn current = kr.checkIns().get(0);
      assertEquals(NOV20, current.date());
      assertEquals(new BigDecimal("4.45"), current.value().orElseThrow());
      assertEquals(new BigDecimal("0.7"), current.confidence().orElseThrow());
      assertEquals("wave 2", current.note().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"key_result", "Key Result", "KEY-RESULT", "key result ", "Key.Result", "keyresult"})
    void headersIgnoreCaseSpacesAndPunctuation(String header) {
      OkrSet set = CSV.read("cycle,objective," + header + "\n2026-Q4,O," + "Grow\n");
      assertEquals("Grow", set.objectives().get(0).keyResults().get(0).title());
    }

    @Test
    void startingValueAndCanonicalNamesAreAliasesOfOneColumn() {
      OkrSet set = CSV.read("cycle,objective,key_result,Starting Value,target\n2026-Q4,O,K,1,2\n");
      assertEquals(BigDecimal.ONE, set.objectives().get(0).keyResults().get(0).baseline().orElseThrow().value());
    }

    @Test
    void unknownColumnIsNamedWithItsLetter() {
      OkrCsvException.Problem p = fails("cycle,objective,key_result,tagret\n2026-Q4,O,K,1\n");
      assertEquals(1, p.row());
      assertEquals(4, p.column());
      assertEquals("key results: row 1, column D (tagret)", p.place());
      assertTrue(p.message().startsWith("unknown column 'tagret'; expected one of cycle, cycle_start"), p.message());
    }

    @Test
    void repeatedColumnIsAnError() {
      assertProblem("cycle,objective,key_result,Start Value,baseline\n2026-Q4,O,K,1,1\n", 1, 5,
          "repeats column D (both mean baseline)");
    }

    @Test
    void missingRequiredColumnsAreEachReported() {
      OkrCsvException e = assertThrows(OkrCsvException.class, () -> CSV.read("owner\nAna\n"));
      assertEquals(3, e.problems().size(), e.getMessage());
      assertTrue(e.problems().get(0).message().contains("no objective column"), e.getMessage());
      assertTrue(e.problems().get(1).message().contains("no key_result column"), e.getMessage());
      assertTrue(e.problems().get(2).message().contains("no cycle column"), e.getMessage());
    }

    @Test
    void emptySheetIsAnError() {
      assertProblem("", 0, 0, "the sheet is empty");
    }

    @Test
    void extensionColumnsBecomeTextExtensions() {
      OkrSet set = CSV.read("cycle,objective,key_result,x-jira\n2026-Q4,O,K,\"OKR-1, \"\"main\"\"\"\n");
      assertEquals("\"OKR-1, \\\"main\\\"\"", set.objectives().get(0).keyResults().get(0).extensions().get("x-jira"));
    }

    @Test
    void valueInAColumnWithoutHeaderIsAnError() {
      assertProblem("cycle,objective,key_result\n2026-Q4,O,K,stray\n", 2, 4, "a value in a column without a header");
    }
  }

  @Nested
  class Cycles {
    @ParameterizedTest
    @ValueSource(strings = {"Q4 2026", "2026-Q4", "q4-2026", "2026 Q4", "Q4/2026"})
    void aQuarterNamesTheCycleAndGivesItsDates(String quarter) {
      OkrSet set = CSV.read("cycle,objective,key_result\n" + quarter + ",O,K\n");
      assertEquals(List.of(Cycle.quarter(2026, 4)), set.cycles());
    }

    @Test
    void explicitDatesMakeAnyCycle() {
      OkrSet set = CSV.read("cycle,cycle_start,cycle_end,objective,key_result\nH2,2026-07-01,2026-12-31,O,K\n");
      assertEquals(List.of(Cycle.of("H2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31))), set.cycles());
    }

    @Test
    void aCycleWithoutDatesIsAnError() {
      assertProblem("cycle,objective,key_result\nH2 2026,O,K\n", 2, 1, "cycle 'H2 2026' has no dates");
    }

    @Test
    void aCycleEndingBeforeItStartsIsAnError() {
      assertProblem("cycle,cycle_start,cycle_end,objective,key_result\nc,2026-12-01,2026-11-01,O,K\n", 2, 3,
          "ends (2026-11-01) before it starts (2026-12-01)");
    }

    @Test
    void aCycleGivenTwoRangesIsAnError() {
      assertProblem("cycle,cycle_start,cycle_end,objective,key_result\n"
          + "c,2026-10-01,2026-12-31,O,K\nc,2026-10-01,2026-12-30,P,L\n", 3, 2, "cycle 'c' runs 2026-10-01 to 2026-12-31");
    }

    @Test
    void aRowWithoutAnyCycleIsAnError() {
      assertProblem("cycle,objective,key_result\n,O,K\n", 2, 1, "expected a cycle");
    }
  }

  @Nested
  class Objectives {
    @Test
    void blankObjectiveCellsContinueTheObjectiveAbove() {
      OkrSet set = CSV.read("Quarter,Objective,Owner,Key Result\n"
          + "Q4 2026,Delight customers,Ana,Raise NPS from 30 to 45\n"
          + ",,,Cut churn from 3% to 2%\n"
          + "Q4 2026,Grow revenue,Bo,Grow MRR from 1 to 2\n");
      assertEquals(2, set.objectives().size());
      assertEquals(List.of("delight-customers-1", "delight-customers-2"),
          set.objectives().get(0).keyResults().stream().map(KeyResult::id).toList());
      assertEquals("grow-revenue", set.objectives().get(1).id());
    }

    @Test
    void repeatedObjectiveColumnsGroupRowsEvenApart() {
      OkrSet set = CSV.read("cycle,objective_id,objective,key_result\n"
          + "2026-Q4,a,A,K1\n2026-Q4,b,B,K2\n2026-Q4,a,,K3\n");
      assertEquals(List.of("a-1", "a-2"), set.objectives().get(0).keyResults().stream().map(KeyResult::id).toList());
    }

    @Test
    void derivedIdsAreStableAndDistinct() {
      String sheet = "cycle,objective,key_result\n2026-Q4,Grow revenue,K\n2027-Q1,Grow revenue,K\n";
      OkrSet set = CSV.read(sheet);
      assertEquals(List.of("grow-revenue", "grow-revenue-2"), set.objectives().stream().map(Objective::id).toList());
      assertEquals(set, CSV.read(sheet));
    }

    @Test
    void derivedIdsSkipExplicitOnes() {
      OkrSet set = CSV.read("cycle,objective_id,objective,key_result_id,key_result\n"
          + "2026-Q4,,Grow,grow-1,K\n2026-Q4,,Grow,,L\n2026-Q4,grow,Other,,M\n");
      assertEquals(List.of("grow-2", "grow"), set.objectives().stream().map(Objective::id).toList());
      assertEquals(List.of("grow-1", "grow-2-2"),
          set.objectives().get(0).keyResults().stream().map(KeyResult::id).toList());
    }

    @Test
    void objectiveAttributesAreRead() {
      Objective o = CSV.read("cycle,objective_id,objective,objective_owner,level,type,parent,key_result\n"
          + "2026-Q4,cs,Delight,Ana,Team,Committed,company,K\n").objectives().get(0);
      assertEquals(Level.TEAM, o.level().orElseThrow());
      assertEquals(ObjectiveType.COMMITTED, o.type());
      assertEquals("company", o.parent().orElseThrow());
    }

    @Test
    void contradictingObjectiveCellsAreAnError() {
      assertProblem("cycle,objective_id,objective,owner,key_result\n2026-Q4,a,A,Ana,K1\n2026-Q4,a,A,Bo,K2\n", 3, 4,
          "objective 'a' has objective_owner 'Ana' on row 2, not 'Bo'");
    }

    @Test
    void badLevelIsAnError() {
      assertProblem("cycle,objective,level,key_result\n2026-Q4,O,squad,K\n", 2, 3,
          "expected a level: company, department, team or individual, got 'squad'");
    }

    @Test
    void badTypeIsAnError() {
      assertProblem("cycle,objective,type,key_result\n2026-Q4,O,maybe,K\n", 2, 3, "expected a type: committed or aspirational");
    }

    @Test
    void aKeyResultBeforeAnyObjectiveIsAnError() {
      assertProblem("cycle,objective,key_result\n2026-Q4,,K\n", 2, 2, "expected an objective title");
    }

    @Test
    void anObjectiveIdWithoutTitleIsAnError() {
      assertProblem("cycle,objective_id,objective,key_result\n2026-Q4,a,,K\n", 2, 3, "objective 'a' has no title");
    }

    @Test
    void anObjectiveRowWithoutKeyResultsIsAnObjectiveWithoutKeyResults() {
      OkrSet set = CSV.read("cycle,objective,key_result\n2026-Q4,O,\n");
      assertEquals(List.of(), set.objectives().get(0).keyResults());
    }

    @Test
    void keyResultCellsWithoutATitleAreAnError() {
      assertProblem("cycle,objective,key_result,target\n2026-Q4,O,,5\n", 2, 3, "expected a key result title (the row has a target)");
    }
  }

  @Nested
  class KeyResults {
    @Test
    void numbersAreExactAsWritten() {
      KeyResult kr = CSV.read("cycle,objective,key_result,baseline,target,weight\n2026-Q4,O,K,4.10,1E+3,2.50\n")
          .objectives().get(0).keyResults().get(0);
      assertEquals(new BigDecimal("4.10"), kr.baseline().orElseThrow().value());
      assertEquals(new BigDecimal("1E+3"), kr.target().orElseThrow().value());
      assertEquals(new BigDecimal("2.50"), kr.weight());
    }

    @Test
    void aDecimalCommaIsAClearError() {
      OkrCsvException.Problem p = fails("cycle,objective,key_result,baseline\n2026-Q4,O,K,\"4,5\"\n");
      assertEquals("key results: row 2, column D (baseline)", p.place());
      assertTrue(p.message().startsWith("expected a number like 4.5, got '4,5' (a comma is not read as a decimal point"), p.message());
    }

    @Test
    void aLocaleReadsDecimalCommasAndGrouping() {
      KeyResult kr = CSV.withLocale(Locale.GERMANY)
          .read("cycle,objective,key_result,baseline,target\n2026-Q4,O,K,\"4,5\",\"1.000,25\"\n")
          .objectives().get(0).keyResults().get(0);
      assertEquals(new BigDecimal("4.5"), kr.baseline().orElseThrow().value());
      assertEquals(new BigDecimal("1000.25"), kr.target().orElseThrow().value());
    }

    @Test
    void aWordIsNotANumber() {
      assertProblem("cycle,objective,key_result,target\n2026-Q4,O,K,high\n", 2, 4, "expected a number like 4.5, got 'high'");
    }

    @Test
    void percentagesGiveTheUnit() {
      KeyResult kr = CSV.read("cycle,objective,key_result,baseline,target\n2026-Q4,O,K,35%,38%\n")
          .objectives().get(0).keyResults().get(0);
      assertEquals("%", kr.unit().orElseThrow());
      assertEquals(new BigDecimal("38"), kr.target().orElseThrow().value());
    }

    @Test
    void aPercentageInAnotherUnitIsAnError() {
      assertProblem("cycle,objective,key_result,unit,target\n2026-Q4,O,K,days,38%\n", 2, 5, "a percentage in a key result whose unit is 'days'");
    }

    @Test
    void boundsMakeThresholds() {
      KeyResult kr = CSV.read("cycle,objective,key_result,at_least\n2026-Q4,O,Keep uptime,99.9\n")
          .objectives().get(0).keyResults().get(0);
      assertEquals(KeyResultKind.THRESHOLD, kr.kind());
      assertEquals(TargetSide.AT_LEAST, kr.target().orElseThrow().side());
    }

    @Test
    void twoTargetsAreAnError() {
      assertProblem("cycle,objective,key_result,target,at_most\n2026-Q4,O,K,5,6\n", 2, 5, "a key result has one target; this row also has target (column D)");
    }

    @Test
    void commitAndStretchPickTheTargetByTheObjectivesType() {
      String sheet = "cycle,objective,type,key_result,commit,stretch\n2026-Q4,O,%s,K,80,100\n";
      KeyResult committed = CSV.read(String.format(Locale.ROOT, sheet, "committed")).objectives().get(0).keyResults().get(0);
      assertEquals(new BigDecimal("80"), committed.target().orElseThrow().value());
      assertEquals("100", committed.extensions().get("x-stretch"));
      KeyResult aspirational = CSV.read(String.format(Locale.ROOT, sheet, "aspirational")).objectives().get(0).keyResults().get(0);
      assertEquals(new BigDecimal("100"), aspirational.target().orElseThrow().value());
      assertEquals("80", aspirational.extensions().get("x-commit"));
    }

    @Test
    void aCommitAloneMakesTheObjectiveCommitted() {
      Objective o = CSV.read("cycle,objective,key_result,commit\n2026-Q4,O,K,80\n").objectives().get(0);
      assertEquals(ObjectiveType.COMMITTED, o.type());
    }

    @Test
    void aBandWhoseUpperBoundIsNotAboveItsLowerNamesTheAtMostCell() {
      assertProblem("cycle,objective,key_result,at_least,at_most\n2026-Q4,O,K,20,10\n", 2, 5,
          "a band's at-most bound must be above its at-least bound 20, was 10");
    }

    @Test
    void aCheckInWithBothValueAndDeltaNamesTheDeltaCell() {
      OkrCsvException e = assertThrows(OkrCsvException.class, () -> CSV.read(
          "cycle,objective,key_result_id,key_result\n2026-Q4,O,k,K\n",
          "date,key_result_id,value,delta\n2026-11-01,k,4,5\n"));
      OkrCsvException.Problem p = only(e);
      assertEquals(2, p.row(), p.toString());
      assertEquals(4, p.column(), p.toString());
      assertTrue(p.message().contains("a value or a delta (an increment), not both"), p.toString());
    }

    @Test
    void aZoneThatIsNotOneOfTheFourIsAnErrorNamingItsCell() {
      OkrCsvException e = assertThrows(OkrCsvException.class, () -> CSV.read(
          "cycle,objective,key_result_id,key_result,kind\n2026-Q4,O,k,K,zones\n",
          "date,key_result_id,value\n2026-11-01,k,great\n"));
      OkrCsvException.Problem p = only(e);
      assertEquals(2, p.row(), p.toString());
      assertEquals(3, p.column(), p.toString());
      assertTrue(p.message().contains("expected the zone reached, fail, commit, target or stretch"),
          p.toString());
    }

    @Test
    void aDeltaOnAMilestoneIsAnError() {
      OkrCsvException e = assertThrows(OkrCsvException.class, () -> CSV.read(
          "cycle,objective,key_result_id,key_result,kind\n2026-Q4,O,k,K,milestone\n",
          "date,key_result_id,delta\n2026-11-01,k,1\n"));
      assertTrue(only(e).message().contains("a delta (an increment) belongs to a metric or threshold"),
          e.getMessage());
    }

    @Test
    void badKindIsAnError() {
      assertProblem("cycle,objective,key_result,kind\n2026-Q4,O,K,okr\n", 2, 4, "expected a kind: metric, threshold, milestone or zones");
    }

    @Test
    void modelInvariantsNameRowAndColumn() {
      OkrCsvException.Problem p = fails("cycle,objective,key_result_id,key_result,weight\n2026-Q4,O,k1,K,-2\n");
      assertEquals(2, p.row());
      assertEquals(5, p.column());
      assertTrue(p.message().contains("key result 'k1': weight must be >= 0, was -2"), p.message());
    }

    @Test
    void milestoneCurrentIsDoneOrNotDone() {
      KeyResult kr = CSV.read("cycle,objective,key_result,kind,current\n2026-Q4,O,Publish,milestone,done\n")
          .objectives().get(0).keyResults().get(0);
      assertEquals(true, kr.checkIns().get(0).done().orElseThrow());
      assertProblem("cycle,objective,key_result,kind,current\n2026-Q4,O,Publish,milestone,half\n", 2, 5,
          "expected done or not done for a milestone, got 'half'");
    }
  }

  @Nested
  class Current {
    @Test
    void aCurrentValueNeedsADate() {
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> OkrCsv.defaults().read("cycle,objective,key_result,current\n2026-Q4,O,K,3\n"));
      OkrCsvException.Problem p = only(e);
      assertEquals("key results: row 2, column D (current)", p.place());
      assertTrue(p.message().contains("--current-date"), p.message());
    }

    @Test
    void theClampedDateMovesIntoTheCycle() {
      OkrSet set = OkrCsv.defaults().withCurrentDateClamped(LocalDate.of(2027, 3, 1))
          .read("cycle,objective,key_result,current\n2026-Q4,O,K,3\n2027-Q2,P,L,4\n");
      assertEquals(LocalDate.of(2026, 12, 31), set.objectives().get(0).keyResults().get(0).checkIns().get(0).date());
      assertEquals(LocalDate.of(2027, 4, 1), set.objectives().get(1).keyResults().get(0).checkIns().get(0).date());
    }

    @Test
    void aConfidenceWithoutCurrentValueIsAnError() {
      assertProblem("cycle,objective,key_result,confidence\n2026-Q4,O,K,0.7\n", 2, 4, "a confidence or note belongs to a current value");
    }

    @Test
    void confidenceOutOfRangeIsTheModelsMessageAtTheCell() {
      assertProblem("cycle,objective,key_result,current,confidence\n2026-Q4,O,K,3,150%\n", 2, 5, "confidence");
    }
  }

  @Nested
  class CheckInSheet {
    private static final String SHEET = "cycle,objective_id,objective,key_result_id,key_result,kind,baseline,target,current\n"
        + "2026-Q4,cs,Delight,cs-1,Raise CSAT,,4.1,4.8,4.45\n"
        + "2026-Q4,cs,Delight,cs-2,Publish the handbook,milestone,,,\n";

    @Test
    void checkInsAttachInSheetOrder() {
      OkrSet set = OkrCsv.defaults().read(SHEET, "date,key_result_id,value,confidence,note\n"
          + "2026-10-15,cs-1,4.2,0.6,\n2026-11-15,cs-1,4.45,70%,\"wave 2, final\"\n2026-11-20,cs-2,done,,\n");
      List<CheckIn> checkIns = set.objectives().get(0).keyResults().get(0).checkIns();
      assertEquals(2, checkIns.size());
      assertEquals(new BigDecimal("0.70"), checkIns.get(1).confidence().orElseThrow());
      assertEquals("wave 2, final", checkIns.get(1).note().orElseThrow());
      assertEquals(true, set.objectives().get(0).keyResults().get(1).checkIns().get(0).done().orElseThrow());
    }

    @Test
    void aTitleNamesTheKeyResultWhenItIsUnique() {
      OkrSet set = OkrCsv.defaults().read(SHEET, "Date,Key Result,Value\n2026-11-15,Raise CSAT,4.45\n");
      assertEquals(1, set.objectives().get(0).keyResults().get(0).checkIns().size());
    }

    @Test
    void anUnknownKeyResultIsAnError() {
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> OkrCsv.defaults().read(SHEET, "date,key_result_id,value\n2026-11-15,cs-1,4.45\n2026-11-16,cs-9,1\n"));
      OkrCsvException.Problem p = only(e);
      assertEquals("check-ins: row 3, column B (key_result_id)", p.place());
      assertTrue(p.message().contains("no key result 'cs-9'"), p.message());
    }

    @Test
    void aCurrentValueContradictingTheLogIsAnError() {
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> OkrCsv.defaults().read(SHEET, "date,key_result_id,value\n2026-11-15,cs-1,4.4\n"));
      OkrCsvException.Problem p = only(e);
      assertEquals("key results: row 2, column I (current)", p.place());
      assertTrue(p.message().contains("differs from the latest check-in of 'cs-1' (4.4 on 2026-11-15)"), p.message());
    }

    @Test
    void aCurrentValueWithoutCheckInsIsAnError() {
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> OkrCsv.defaults().read(SHEET, "date,key_result_id,value\n"));
      assertTrue(only(e).message().contains("has no check-in for key result 'cs-1'"), e.getMessage());
    }

    @Test
    void everyProblemOfTheLogIsReported() {
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> OkrCsv.defaults().read(SHEET, "date,key_result_id,value\n11/15/2026,cs-1,4.45\n2026-11-15,,4\n2026-11-15,cs-1,\n"));
      assertEquals(4, e.problems().size(), e.getMessage());
      assertEquals("check-ins: row 2, column A (date)", e.problems().get(0).place());
      assertTrue(e.problems().get(0).message().contains("expected a date as YYYY-MM-DD"), e.getMessage());
      assertEquals("check-ins: row 3, column B (key_result_id)", e.problems().get(1).place());
      assertEquals("check-ins: row 4, column C (value)", e.problems().get(2).place());
      assertTrue(e.problems().get(3).message().contains("the check-ins sheet has no check-in for key result 'cs-1'"),
          e.getMessage());
    }
  }

  @Nested
  class Text {
    @Test
    void byteOrderMarkCrlfAndQuotedLineBreaksAreRead() {
      byte[] bytes = "\uFEFFcycle,objective,key_result\r\n2026-Q4,\"Delight, truly\",\"Two\nlines\"\r\n"
          .getBytes(StandardCharsets.UTF_8);
      OkrSet set = CSV.read(new ByteArrayInputStream(bytes), "okrs.csv");
      assertEquals("Delight, truly", set.objectives().get(0).title());
      assertEquals("Two\nlines", set.objectives().get(0).keyResults().get(0).title());
    }

    @Test
    void invalidUtf8IsAnError() {
      byte[] bytes = "cycle,objective,key_result\n2026-Q4,Caf\u00e9,K\n".getBytes(StandardCharsets.ISO_8859_1);
      OkrCsvException e = assertThrows(OkrCsvException.class, () -> CSV.read(new ByteArrayInputStream(bytes), "latin1.csv"));
      assertTrue(only(e).toString().startsWith("latin1.csv: row "), e.getMessage());
      assertTrue(only(e).message().contains("not UTF-8 text"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsMalformedCsv() {
      assertTrue(fails("cycle,objective,key_result\n2026-Q4,\"O,K\n").message().startsWith("malformed CSV"));
    }

    @Test
    void rowsRowsAreCountedAsTheSpreadsheetShowsThem() {
      assertProblem("cycle,objective,key_result,target\n2026-Q4,O,\"a\nb\",1\n,,,,\n2026-Q4,O,K,x\n", 4, 4, "got 'x'");
    }
  }

  @Nested
  class Limits {
    @Test
    void aLongSheetStopsAtTheDocumentLimit() {
      OkrCsv small = CSV.withLimits(OkrJsonLimits.defaults().withMaxDocumentBytes(100));
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> small.read("cycle,objective,key_result\n" + "2026-Q4,O,K\n".repeat(100)));
      assertTrue(only(e).message().contains("longer than 100 characters"), e.getMessage());
    }

    @Test
    void aLongCellStopsAtTheStringLimit() {
      OkrCsv small = CSV.withLimits(OkrJsonLimits.defaults().withMaxStringLength(50));
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> small.read("cycle,objective,key_result\n2026-Q4,O,\"" + "k".repeat(10_000) + "\"\n"));
      assertTrue(only(e).message().contains("a cell longer than 50 characters"), e.getMessage());
    }

    @Test
    void aLongNumberIsRefusedBeforeArithmetic() {
      // one digit more than every format allows (the model's own bound)
      int digits = OkrJsonLimits.defaults().maxNumberLength() + 1;
      assertProblem(
          "cycle,objective,key_result,target\n2026-Q4,O,K,1" + "0".repeat(digits - 1) + "\n",
          2,
          4,
          "a number of " + digits + " digits");
    }

    @Test
    void countsAreBounded() {
      OkrCsv small = CSV.withLimits(OkrJsonLimits.defaults().withMaxKeyResults(2).withMaxObjectives(5));
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> small.read("cycle,objective,key_result\n2026-Q4,O,K\n,,L\n,,M\n"));
      assertEquals(4, only(e).row());
      assertTrue(only(e).message().contains("more than 2 key results"), e.getMessage());
    }

    @Test
    void problemsAreCapped() {
      OkrCsv capped = CSV.withLimits(OkrJsonLimits.defaults().withMaxProblems(3));
      OkrCsvException e = assertThrows(OkrCsvException.class,
          () -> capped.read("cycle,objective,key_result,target\n" + "2026-Q4,O,K,x\n".repeat(10)));
      assertEquals(3, e.problems().size());
      assertTrue(e.isTruncated());
      assertTrue(String.valueOf(e.getMessage()).startsWith("3 or more problems in the sheet:"), e.getMessage());
    }

    @Test
    void aHugeSheetReadsInLinearTime() {
      StringBuilder sheet = new StringBuilder("cycle,objective,key_result,baseline,target,current\n");
      for (int i = 0; i < 50_000; i++) {
        sheet.append("2026-Q4,Objective ").append(i / 4).append(",Grow ").append(i).append(",1,2,1.5\n");
      }
      long start = System.nanoTime();
      OkrSet set = CSV.read(sheet.toString());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(12_500, set.objectives().size());
      assertTrue(millis < 30_000, "50,000 rows in " + millis + " ms");
    }
  }
}
