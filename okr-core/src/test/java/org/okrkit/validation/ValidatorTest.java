package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.validation.Fixtures.AS_OF;
import static org.okrkit.validation.Fixtures.Q4;
import static org.okrkit.validation.Fixtures.clean;
import static org.okrkit.validation.Fixtures.d;
import static org.okrkit.validation.Fixtures.keyResult;
import static org.okrkit.validation.Fixtures.objective;
import static org.okrkit.validation.Fixtures.plus;
import static org.okrkit.validation.Fixtures.teamObjective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

class ValidatorTest {

  static List<Finding> validate(OkrSet set) {
    return validate(set, AS_OF);
  }

  static List<Finding> validate(OkrSet set, LocalDate asOf) {
    return Validator.defaults().validate(set, asOf);
  }

  static List<Finding> of(Rule rule, List<Finding> findings) {
    return findings.stream().filter(f -> f.rule() == rule).collect(Collectors.toList());
  }

  /** Exactly one finding of {@code rule}, at {@code pointer}; returns it. */
  static Finding fires(Rule rule, String pointer, OkrSet set, LocalDate asOf) {
    List<Finding> all = validate(set, asOf);
    List<Finding> hits = of(rule, all);
    assertEquals(1, hits.size(), () -> rule + " expected once in " + all);
    Finding f = hits.get(0);
    assertEquals(pointer, f.pointer(), f::toString);
    assertEquals(rule.defaultSeverity(), f.severity());
    assertTrue(f.message().endsWith("."), f::toString);
    assertTrue(!f.hint().isBlank(), f::toString);
    return f;
  }

  static Finding fires(Rule rule, String pointer, OkrSet set) {
    return fires(rule, pointer, set, AS_OF);
  }

  static void silent(Rule rule, OkrSet set, LocalDate asOf) {
    List<Finding> hits = of(rule, validate(set, asOf));
    assertEquals(List.of(), hits, () -> rule + " should not fire");
  }

  static void silent(Rule rule, OkrSet set) {
    silent(rule, set, AS_OF);
  }

  @Test
  void cleanSetHasNoFindingAtAll() {
    assertEquals(List.of(), validate(clean()));
  }

  @Test
  void emptySetHasNoFinding() {
    assertEquals(List.of(), validate(OkrSet.empty()));
  }

  @Nested
  class Structural {
    @Test
    void duplicateObjectiveIdFiresAtTheSecondOccurrence() {
      OkrSet set = plus(clean(), teamObjective("support", "Sales"));
      Finding f = fires(Rule.DUPLICATE_ID, "/objectives/2/id", set);
      assertEquals(List.of("support"), f.location().ids());
      assertTrue(f.message().contains("/objectives/1"), f.message());
    }

    @Test
    void duplicateKeyResultIdFires() {
      OkrSet set = keyResult(clean(), 1, 0, kr -> KeyResult.builder().from(kr).id("cs-2").build());
      Finding f = fires(Rule.DUPLICATE_ID, "/objectives/1/keyResults/0/id", set);
      assertEquals(List.of("cs-2", "support"), f.location().ids());
      assertTrue(f.message().contains("/objectives/0/keyResults/1"), f.message());
    }

    @Test
    void duplicateCycleIdFires() {
      OkrSet set = clean().withCycles(List.of(Q4, Q4.withName("again")));
      fires(Rule.DUPLICATE_ID, "/cycles/1/id", set);
    }

    @Test
    void distinctIdsDoNotFireDuplicateId() {
      silent(Rule.DUPLICATE_ID, plus(clean(), teamObjective("onboarding", "Success")));
    }

    @Test
    void unknownCycleFires() {
      OkrSet set = objective(clean(), 1, o -> o.withCycle("2026-Q5"));
      Finding f = fires(Rule.UNKNOWN_CYCLE, "/objectives/1/cycle", set);
      assertTrue(f.message().contains("'2026-Q5'"), f.message());
    }

    @Test
    void knownCycleDoesNotFire() {
      silent(Rule.UNKNOWN_CYCLE, clean());
    }

    @Test
    void unknownParentFires() {
      OkrSet set = objective(clean(), 1, o -> o.withParent("nope"));
      Finding f = fires(Rule.UNKNOWN_PARENT, "/objectives/1/parent", set);
      assertTrue(f.message().contains("'nope'"), f.message());
    }

    @Test
    void knownParentDoesNotFire() {
      silent(Rule.UNKNOWN_PARENT, clean());
    }

    @Test
    void alignmentCycleNamesEveryIdOnTheLoopOnce() {
      OkrSet set = objective(clean(), 0, o -> o.withParent("c"));
      set = plus(set, teamObjective("b", "B").withParent("support"));
      set = plus(set, teamObjective("c", "C").withParent("b"));
      set = objective(set, 0, o -> o.withLevel(Level.TEAM));
      Finding f = fires(Rule.ALIGNMENT_CYCLE, "/objectives/0/parent", set);
      assertEquals(List.of("co", "c", "b", "support"), f.location().ids());
      assertTrue(f.message().contains("'co' -> 'c' -> 'b' -> 'support' -> 'co'"), f.message());
    }

    @Test
    void selfParentIsALoopOfOne() {
      OkrSet set = objective(clean(), 1, o -> o.withParent("support"));
      Finding f = fires(Rule.ALIGNMENT_CYCLE, "/objectives/1/parent", set);
      assertEquals(List.of("support"), f.location().ids());
    }

    @Test
    void aChainIntoALoopReportsOnlyTheLoop() {
      OkrSet set = objective(clean(), 0, o -> o.withParent("support").withLevel(Level.TEAM));
      set = plus(set, teamObjective("leaf", "L").withParent("support"));
      List<Finding> loops = of(Rule.ALIGNMENT_CYCLE, validate(set));
      assertEquals(1, loops.size());
      assertEquals(List.of("co", "support"), loops.get(0).location().ids());
    }

    @Test
    void aLongLoopIsCountedAndClosedInTheMessageAndNamedWholeInTheLocation() {
      OkrSet set = clean();
      for (int i = 0; i < 50; i++) {
        set = plus(set, teamObjective("l" + i, "L").withParent("l" + ((i + 1) % 50)));
      }
      List<Finding> loops = of(Rule.ALIGNMENT_CYCLE, validate(set));
      assertEquals(1, loops.size(), loops::toString);
      Finding f = loops.get(0);
      assertEquals(50, f.location().ids().size());
      String start = f.location().ids().get(0);
      String last = f.location().ids().get(49);
      assertTrue(f.message().startsWith("parent links form a loop of 50 objectives: '" + start + "' -> "),
          f.message());
      assertTrue(f.message().endsWith("(39 more) -> '" + last + "' -> '" + start + "'."), f.message());
    }

    @Test
    void treeDoesNotFireAlignmentCycle() {
      silent(Rule.ALIGNMENT_CYCLE, plus(clean(), teamObjective("b", "B").withParent("support")));
    }

    @Test
    void parentInANonOverlappingCycleFires() {
      OkrSet set = clean().withCycles(List.of(Q4, Cycle.quarter(2027, 1)));
      set = objective(set, 1, o -> o.withCycle("2027-Q1"));
      Finding f = fires(Rule.PARENT_CYCLE_NOT_OVERLAPPING, "/objectives/1/parent", set);
      assertEquals(List.of("support", "co"), f.location().ids());
    }

    @Test
    void parentInAnOverlappingYearCycleDoesNotFire() {
      OkrSet set = clean().withCycles(List.of(Q4, Cycle.year(2026)));
      set = objective(set, 0, o -> o.withCycle("2026"));
      silent(Rule.PARENT_CYCLE_NOT_OVERLAPPING, set);
    }

    @Test
    void cycleEndBeforeStartIsGuaranteedByTheModel() {
      // the validator checks it defensively; built values can never carry it
      assertThrows(
          IllegalArgumentException.class, () -> Cycle.of("q", d(3, 1), d(2, 1)));
      silent(Rule.CYCLE_END_BEFORE_START, clean());
    }

    @Test
    void objectiveWithoutKeyResultsFiresOnceAndNotAsZeroWeight() {
      OkrSet set = objective(clean(), 1, o -> o.withKeyResults(List.of()));
      fires(Rule.OBJECTIVE_WITHOUT_KEY_RESULTS, "/objectives/1", set);
      silent(Rule.ZERO_TOTAL_WEIGHT, set);
      silent(Rule.TOO_FEW_KEY_RESULTS, set);
    }

    @Test
    void objectiveWithKeyResultsDoesNotFireWithoutKeyResults() {
      silent(Rule.OBJECTIVE_WITHOUT_KEY_RESULTS, clean());
    }

    @Test
    void checkInsOnAValueSumKeyResultAreReportedAsIgnored() {
      OkrSet summed =
          keyResult(clean(), 0, 0, kr -> kr.withSumOf(List.of(clean().objectives().get(0).keyResults().get(1).id())));
      if (summed.objectives().get(0).keyResults().get(0).checkIns().isEmpty()) {
        summed = keyResult(summed, 0, 0, kr -> kr.plusCheckIn(CheckIn.of(d(10, 5), 1)));
      }
      Finding f = fires(Rule.SUM_CHECK_INS_IGNORED, "/objectives/0/keyResults/0/checkIns", summed);
      assertTrue(f.message().contains("check-ins are ignored"), f.message());
      silent(Rule.SUM_CHECK_INS_IGNORED, keyResult(summed, 0, 0, kr -> kr.withCheckIns(List.of())));
      silent(Rule.SUM_CHECK_INS_IGNORED, clean());
    }

    @Test
    void zeroTotalWeightIsReportedNowThatWeightZeroMeansTrackedNotCounted() {
      silent(Rule.ZERO_TOTAL_WEIGHT, clean());
      OkrSet set = clean();
      for (int j = 0; j < set.objectives().get(0).keyResults().size(); j++) {
        set = keyResult(set, 0, j, kr -> kr.withWeight(BigDecimal.ZERO));
      }
      fires(Rule.ZERO_TOTAL_WEIGHT, "/objectives/0/keyResults", set);
      OkrSet one = keyResult(clean(), 0, 0, kr -> kr.withWeight(BigDecimal.ZERO));
      silent(Rule.ZERO_TOTAL_WEIGHT, one);
    }

    @Test
    void confidenceOutOfRangeIsGuaranteedByTheModel() {
      CheckIn c = CheckIn.of(d(10, 1), 1);
      assertThrows(IllegalArgumentException.class, () -> c.withConfidence(1.2));
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.plusCheckIn(c.withConfidence(1.0)));
      silent(Rule.CONFIDENCE_OUT_OF_RANGE, set);
    }

    @Test
    void metricWithoutTargetFires() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              1,
              kr -> KeyResult.builder().id("cs-2").title(kr.title()).baseline(Baseline.of(120)).build());
      Finding f = fires(Rule.MISSING_TARGET, "/objectives/0/keyResults/1", set);
      assertEquals(List.of("cs-2", "co"), f.location().ids());
    }

    @Test
    void thresholdWithoutTargetFires() {
      OkrSet set =
          keyResult(
              clean(),
              1,
              1,
              kr -> KeyResult.builder().from(kr).target(java.util.Optional.empty()).build());
      fires(Rule.MISSING_TARGET, "/objectives/1/keyResults/1", set);
    }

    @Test
    void milestoneNeedsNoTarget() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              1,
              kr -> KeyResult.milestone("cs-2", "Publish 3 customer stories").plusCheckIn(
                  CheckIn.ofDone(d(11, 1), false)));
      silent(Rule.MISSING_TARGET, set);
    }

    @Test
    void metricBaselineEqualToTargetFiresWhateverTheScale() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              0,
              kr ->
                  kr.withBaseline(Baseline.of(new BigDecimal("4.80")))
                      .withTarget(Target.of(new BigDecimal("4.8"))));
      Finding f = fires(Rule.BASELINE_EQUALS_TARGET, "/objectives/0/keyResults/0/target", set);
      assertTrue(f.message().contains("4.8"), f.message());
    }

    @Test
    void metricBaselineDifferentFromTargetDoesNotFire() {
      silent(Rule.BASELINE_EQUALS_TARGET, clean());
    }

    @Test
    void thresholdWithAValueToReachFires() {
      OkrSet set = keyResult(clean(), 1, 1, kr -> kr.withTarget(Target.of(90)));
      fires(Rule.TARGET_KIND_MISMATCH, "/objectives/1/keyResults/1/target", set);
    }

    @Test
    void metricWithABoundFires() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.withTarget(Target.atLeast(4.8)));
      Finding f = fires(Rule.TARGET_KIND_MISMATCH, "/objectives/0/keyResults/0/target", set);
      assertTrue(f.message().contains("at least 4.8"), f.message());
    }

    @Test
    void targetsFittingTheirKindDoNotFire() {
      silent(Rule.TARGET_KIND_MISMATCH, clean());
    }

    @Test
    void valueOnAMilestoneFires() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              1,
              kr ->
                  KeyResult.milestone("cs-2", "Publish 3 customer stories")
                      .plusCheckIn(CheckIn.of(d(11, 1), 1)));
      fires(Rule.CHECK_IN_KIND_MISMATCH, "/objectives/0/keyResults/1/checkIns/0/value", set);
    }

    @Test
    void doneOnAMetricFires() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.plusCheckIn(CheckIn.ofDone(d(11, 5), true)));
      fires(Rule.CHECK_IN_KIND_MISMATCH, "/objectives/0/keyResults/0/checkIns/2/done", set);
    }

    @Test
    void doneOnAMilestoneDoesNotFire() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              1,
              kr ->
                  KeyResult.milestone("cs-2", "Publish 3 customer stories")
                      .plusCheckIn(CheckIn.ofDone(d(11, 1), true)));
      silent(Rule.CHECK_IN_KIND_MISMATCH, set);
    }

    @Test
    void checkInAfterTheCycleFires() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.plusCheckIn(CheckIn.of(d(12, 31).plusDays(1), 4.6)));
      Finding f =
          fires(
              Rule.CHECK_IN_OUTSIDE_CYCLE,
              "/objectives/0/keyResults/0/checkIns/2/date",
              set,
              LocalDate.of(2027, 1, 5));
      assertTrue(f.message().contains("2027-01-01"), f.message());
    }

    @Test
    void checkInOnTheLastDayOfTheCycleDoesNotFire() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.plusCheckIn(CheckIn.of(d(12, 31), 4.6)));
      silent(Rule.CHECK_IN_OUTSIDE_CYCLE, set, LocalDate.of(2027, 1, 5));
    }

    @Test
    void checkInBeforeTheBaselineDateFires() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              0,
              kr -> kr.withBaseline(kr.baseline().orElseThrow().withDate(d(10, 20))));
      Finding f =
          fires(Rule.CHECK_IN_BEFORE_BASELINE, "/objectives/0/keyResults/0/checkIns/0/date", set);
      assertTrue(f.message().contains("2026-10-15") && f.message().contains("2026-10-20"));
    }

    @Test
    void checkInOnTheBaselineDateDoesNotFire() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              0,
              kr -> kr.withBaseline(kr.baseline().orElseThrow().withDate(d(10, 15))));
      silent(Rule.CHECK_IN_BEFORE_BASELINE, set);
    }
  }

  @Nested
  class BestPractice {
    @Test
    void sixObjectivesOfOneOwnerInOneCycleFireOnceNamingAllSix() {
      OkrSet set = clean();
      for (int i = 1; i <= 6; i++) {
        set = plus(set, teamObjective("s" + i, "Sales"));
      }
      Finding f = fires(Rule.TOO_MANY_OBJECTIVES, "/objectives/7", set);
      assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6"), f.location().ids());
    }

    @Test
    void fiveObjectivesOfOneOwnerDoNotFire() {
      OkrSet set = clean();
      for (int i = 1; i <= 5; i++) {
        set = plus(set, teamObjective("s" + i, "Sales"));
      }
      silent(Rule.TOO_MANY_OBJECTIVES, set);
    }

    @Test
    void oneKeyResultIsTooFew() {
      OkrSet set =
          objective(clean(), 0, o -> o.withKeyResults(o.keyResults().subList(0, 1)));
      fires(Rule.TOO_FEW_KEY_RESULTS, "/objectives/0/keyResults", set);
    }

    @Test
    void twoKeyResultsAreEnough() {
      silent(Rule.TOO_FEW_KEY_RESULTS, clean());
    }

    @Test
    void sixKeyResultsAreTooMany() {
      OkrSet set = objective(clean(), 0, o -> o.withKeyResults(sixKeyResults(6)));
      Finding f = fires(Rule.TOO_MANY_KEY_RESULTS, "/objectives/0/keyResults", set);
      assertTrue(f.message().contains("6 key results"), f.message());
    }

    @Test
    void fiveKeyResultsAreFine() {
      silent(
          Rule.TOO_MANY_KEY_RESULTS, objective(clean(), 0, o -> o.withKeyResults(sixKeyResults(5))));
    }

    private List<KeyResult> sixKeyResults(int n) {
      List<KeyResult> krs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        krs.add(
            Fixtures.metric("k" + i, "Increase metric " + i + " from 10 to 20", 10, 20, 12, 14));
      }
      return krs;
    }

    @Test
    void missingOwnerFires() {
      OkrSet set = objective(clean(), 1, o -> Objective.builder().from(o).owner(java.util.Optional.empty()).build());
      fires(Rule.MISSING_OWNER, "/objectives/1", set);
    }

    @Test
    void blankOwnerFiresToo() {
      fires(Rule.MISSING_OWNER, "/objectives/1", objective(clean(), 1, o -> o.withOwner("  ")));
    }

    @Test
    void ownedObjectiveDoesNotFire() {
      silent(Rule.MISSING_OWNER, clean());
    }

    @Test
    void objectiveWithAPercentageFires() {
      OkrSet set = objective(clean(), 1, o -> o.withTitle("Answer 90% of customers within an hour"));
      Finding f = fires(Rule.OBJECTIVE_HAS_NUMBER, "/objectives/1/title", set);
      assertTrue(f.message().contains("'90%'"), f.message());
    }

    @Test
    void objectiveNamingAYearOrQuarterDoesNotFire() {
      OkrSet set = objective(clean(), 1, o -> o.withTitle("Make Q4 2026 our friendliest quarter"));
      silent(Rule.OBJECTIVE_HAS_NUMBER, set);
    }

    @Test
    void twoSentenceObjectiveIsNotConcise() {
      OkrSet set =
          objective(clean(), 1, o -> o.withTitle("Delight our customers. Grow our revenue"));
      Finding f = fires(Rule.OBJECTIVE_NOT_CONCISE, "/objectives/1/title", set);
      assertTrue(f.message().contains("2 sentences"), f.message());
    }

    @Test
    void overlongObjectiveIsNotConcise() {
      String title = "Make happy customers the core of our growth " + "and more ".repeat(12);
      fires(Rule.OBJECTIVE_NOT_CONCISE, "/objectives/0/title", objective(clean(), 0, o -> o.withTitle(title)));
    }

    @Test
    void oneShortSentenceWithAnAbbreviationIsConcise() {
      OkrSet set =
          objective(clean(), 1, o -> o.withTitle("Win the U.S. market, e.g. with the best support"));
      silent(Rule.OBJECTIVE_NOT_CONCISE, set);
    }

    @Test
    void objectiveReadingAsATaskFires() {
      OkrSet set = objective(clean(), 1, o -> o.withTitle("Implement a new tracking system"));
      Finding f = fires(Rule.OBJECTIVE_IS_TASK, "/objectives/1/title", set);
      assertTrue(f.message().contains("'Implement'"), f.message());
    }

    @Test
    void outcomeObjectiveDoesNotReadAsATask() {
      OkrSet set =
          objective(
              clean(),
              1,
              o ->
                  o.withTitle(
                      "Build a streamlined workflow that empowers employees to work more"
                          + " efficiently"));
      silent(Rule.OBJECTIVE_IS_TASK, set);
    }

    @Test
    void committedObjectiveWithStretchWordingFires() {
      OkrSet set =
          objective(
              clean(),
              1,
              o -> o.withType(ObjectiveType.COMMITTED).withTitle("Deliver world-class support"));
      Finding f = fires(Rule.COMMITTED_READS_ASPIRATIONAL, "/objectives/1/title", set);
      assertTrue(f.message().contains("'world-class'"), f.message());
    }

    @Test
    void aspirationalObjectiveWithStretchWordingDoesNotFire() {
      silent(
          Rule.COMMITTED_READS_ASPIRATIONAL,
          objective(clean(), 1, o -> o.withTitle("Deliver world-class support")));
    }

    @Test
    void teamObjectiveWithoutParentFires() {
      OkrSet set = objective(clean(), 1, o -> o.withParent(java.util.Optional.empty()));
      fires(Rule.UNALIGNED_OBJECTIVE, "/objectives/1", set);
    }

    @Test
    void companyObjectiveWithoutParentDoesNotFire() {
      silent(Rule.UNALIGNED_OBJECTIVE, clean());
    }

    @Test
    void companyObjectiveUnderATeamObjectiveFires() {
      OkrSet set = plus(clean(), teamObjective("x", "X").withLevel(Level.COMPANY).withParent("support"));
      Finding f = fires(Rule.ALIGNMENT_LEVEL_INVERTED, "/objectives/2/parent", set);
      assertEquals(List.of("x", "support"), f.location().ids());
    }

    @Test
    void teamUnderCompanyIsNotInverted() {
      silent(Rule.ALIGNMENT_LEVEL_INVERTED, clean());
    }

    @Test
    void objectiveOfMostlyMilestonesFires() {
      OkrSet set =
          objective(
              clean(),
              0,
              o ->
                  o.withKeyResults(
                      List.of(
                          o.keyResults().get(0),
                          milestone("m1", "Publish 3 customer stories"),
                          milestone("m2", "Run 2 customer days"))));
      Finding f = fires(Rule.MOSTLY_MILESTONES, "/objectives/0/keyResults", set);
      assertTrue(f.message().startsWith("2 of the 3"), f.message());
    }

    @Test
    void halfMilestonesIsNotMostly() {
      OkrSet set =
          keyResult(clean(), 0, 1, kr -> milestone("m1", "Publish 3 customer stories"));
      silent(Rule.MOSTLY_MILESTONES, set);
    }

    private KeyResult milestone(String id, String title) {
      return KeyResult.milestone(id, title).plusCheckIn(CheckIn.ofDone(d(11, 1), false));
    }

    @Test
    void activityKeyResultFiresWithThePhraseAndTheRewriteHint() {
      OkrSet set = keyResult(clean(), 0, 1, kr -> kr.withTitle("Launch a new mobile app"));
      Finding f = fires(Rule.KR_IS_ACTIVITY, "/objectives/0/keyResults/1/title", set);
      assertTrue(f.message().contains("'Launch'"), f.message());
      assertTrue(f.hint().contains("'Achieve 10,000 app downloads'"), f.hint());
    }

    @Test
    void resultKeyResultStartingWithAVerbDoesNotFire() {
      OkrSet set =
          keyResult(clean(), 0, 1, kr -> kr.withTitle("Reduce onboarding time from 10 to 5 days"));
      silent(Rule.KR_IS_ACTIVITY, set);
    }

    @Test
    void keyResultWithoutANumberFires() {
      OkrSet set = keyResult(clean(), 0, 1, kr -> kr.withTitle("Improve customer happiness"));
      fires(Rule.KR_WITHOUT_NUMBER, "/objectives/0/keyResults/1/title", set);
    }

    @Test
    void numberWrittenAsAWordCounts() {
      OkrSet set =
          keyResult(clean(), 0, 1, kr -> kr.withTitle("Double the number of recommendations"));
      silent(Rule.KR_WITHOUT_NUMBER, set);
    }

    @Test
    void repeatedKeyResultTitleFiresIgnoringCaseAndSpacing() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              1,
              kr -> kr.withTitle("increase the customer  satisfaction score from 4.1 to 4.8 "));
      Finding f = fires(Rule.DUPLICATE_KEY_RESULT_TITLE, "/objectives/0/keyResults/1/title", set);
      assertTrue(f.message().contains("/objectives/0/keyResults/0"), f.message());
    }

    @Test
    void sameTitleInAnotherObjectiveIsFine() {
      OkrSet set =
          keyResult(
              clean(),
              1,
              0,
              kr -> kr.withTitle("Increase the customer satisfaction score from 4.1 to 4.8"));
      silent(Rule.DUPLICATE_KEY_RESULT_TITLE, set);
    }

    @Test
    void metricWithTargetButNoBaselineFires() {
      OkrSet set =
          keyResult(
              clean(), 0, 1, kr -> KeyResult.builder().from(kr).baseline(java.util.Optional.empty()).build());
      Finding f = fires(Rule.MISSING_BASELINE, "/objectives/0/keyResults/1", set);
      assertTrue(f.message().contains("150"), f.message());
    }

    @Test
    void metricWithBaselineDoesNotFireMissingBaseline() {
      silent(Rule.MISSING_BASELINE, clean());
    }

    @Test
    void thresholdAlreadyMetAtItsBaselineFires() {
      OkrSet set = keyResult(clean(), 1, 1, kr -> kr.withBaseline(Baseline.of(92)));
      fires(Rule.ALREADY_AT_TARGET, "/objectives/1/keyResults/1/baseline", set);
    }

    @Test
    void atMostThresholdAlreadyMetFires() {
      OkrSet set =
          keyResult(clean(), 1, 1, kr -> kr.withTarget(Target.atMost(90)).withBaseline(Baseline.of(90)));
      fires(Rule.ALREADY_AT_TARGET, "/objectives/1/keyResults/1/baseline", set);
    }

    @Test
    void thresholdBelowItsBoundAtBaselineDoesNotFire() {
      silent(Rule.ALREADY_AT_TARGET, clean());
    }

    @Test
    void aTitleSayingIncreaseWithATargetBelowTheBaselineFires() {
      // the outline misread of "5-star": target 5 under a title that says to increase from 200
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr
          .withTitle("Increase the number of 5-star reviews from 200 to 350")
          .withBaseline(Baseline.of(200)).withTarget(Target.of(5)));
      Finding f = fires(Rule.TITLE_CONTRADICTS_NUMBERS, "/objectives/0/keyResults/0/target", set);
      assertTrue(f.message().contains("'Increase' but its target of 5 is below its baseline of 200"),
          f::toString);
    }

    @Test
    void aTitleSayingReduceWithATargetAboveTheBaselineFires() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.withTitle("Reduce churn from 5% to 3%")
          .withBaseline(Baseline.of(5)).withTarget(Target.of(8)));
      fires(Rule.TITLE_CONTRADICTS_NUMBERS, "/objectives/0/keyResults/0/target", set);
    }

    @Test
    void numbersGoingTheWayTheTitleSaysDoNotFire() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr
          .withTitle("Increase the number of 5-star reviews from 200 to 350")
          .withBaseline(Baseline.of(200)).withTarget(Target.of(350)));
      silent(Rule.TITLE_CONTRADICTS_NUMBERS, set);
      silent(Rule.TITLE_CONTRADICTS_NUMBERS, clean());
    }

    @Test
    void milestoneWithATargetFires() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              1,
              kr ->
                  KeyResult.milestone("cs-2", "Publish 3 customer stories")
                      .withTarget(Target.of(3))
                      .plusCheckIn(CheckIn.ofDone(d(11, 1), false)));
      fires(Rule.MILESTONE_HAS_TARGET, "/objectives/0/keyResults/1/target", set);
    }

    @Test
    void plainMilestoneDoesNotFire() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              1,
              kr ->
                  KeyResult.milestone("cs-2", "Publish 3 customer stories")
                      .plusCheckIn(CheckIn.ofDone(d(11, 1), false)));
      silent(Rule.MILESTONE_HAS_TARGET, set);
    }

    @Test
    void checkInAfterAsOfFires() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.plusCheckIn(CheckIn.of(d(11, 20), 4.6)));
      Finding f = fires(Rule.CHECK_IN_IN_FUTURE, "/objectives/0/keyResults/0/checkIns/2/date", set);
      assertTrue(f.message().contains("2026-11-20"), f.message());
    }

    @Test
    void checkInOnAsOfIsNotInTheFuture() {
      OkrSet set = keyResult(clean(), 0, 0, kr -> kr.plusCheckIn(CheckIn.of(AS_OF, 4.6)));
      silent(Rule.CHECK_IN_IN_FUTURE, set);
    }

    @Test
    void checkInsOutOfDateOrderFireOncePerKeyResult() {
      OkrSet set =
          keyResult(
              clean(),
              0,
              0,
              kr ->
                  kr.withCheckIns(
                      List.of(
                          CheckIn.of(d(11, 1), 4.5),
                          CheckIn.of(d(10, 15), 4.3),
                          CheckIn.of(d(10, 10), 4.2))));
      fires(Rule.CHECK_INS_OUT_OF_ORDER, "/objectives/0/keyResults/0/checkIns/1/date", set);
    }

    @Test
    void checkInsInDateOrderDoNotFire() {
      silent(Rule.CHECK_INS_OUT_OF_ORDER, clean());
    }

    @Test
    void noCheckInForMoreThanThreeWeeksIsStale() {
      OkrSet set =
          keyResult(clean(), 0, 0, kr -> kr.withCheckIns(kr.checkIns().subList(0, 1)));
      Finding f = fires(Rule.STALE_CHECK_INS, "/objectives/0/keyResults/0/checkIns", set);
      assertTrue(f.message().contains("since 2026-10-15, 26 days before 2026-11-10"), f.message());
    }

    @Test
    void keyResultNeverCheckedInSinceTheCycleStartedIsStale() {
      OkrSet set = keyResult(clean(), 0, 1, kr -> kr.withCheckIns(List.of()));
      Finding f = fires(Rule.STALE_CHECK_INS, "/objectives/0/keyResults/1", set, d(11, 1));
      assertTrue(f.message().contains("since its cycle started on 2026-10-01"), f.message());
    }

    @Test
    void checkInWithinThreeWeeksIsNotStale() {
      silent(Rule.STALE_CHECK_INS, clean(), d(11, 22));
    }

    @Test
    void staleRuleIsSilentOnceTheCycleIsOver() {
      silent(Rule.STALE_CHECK_INS, clean(), LocalDate.of(2027, 3, 1));
    }

    @Test
    void keyResultNeverCheckedInByTheEndOfTheCycleFires() {
      OkrSet set = keyResult(clean(), 0, 1, kr -> kr.withCheckIns(List.of()));
      fires(Rule.NEVER_CHECKED_IN, "/objectives/0/keyResults/1", set, LocalDate.of(2027, 1, 2));
    }

    @Test
    void keyResultWithoutCheckInsDuringTheCycleIsNotYetNeverCheckedIn() {
      OkrSet set = keyResult(clean(), 0, 1, kr -> kr.withCheckIns(List.of()));
      silent(Rule.NEVER_CHECKED_IN, set, d(12, 31));
    }

    @Test
    void committedObjectiveBelowTargetAtCycleEndFiresNamingTheMissedKeyResult() {
      OkrSet set = objective(clean(), 1, o -> o.withType(ObjectiveType.COMMITTED));
      Finding f = fires(Rule.COMMITTED_MISSED, "/objectives/1", set, LocalDate.of(2027, 1, 2));
      // sp-1 went from 8 to 4 of 2 hours (score 2/3); sp-2 is above its bound (1.0)
      assertEquals(List.of("support", "sp-1"), f.location().ids());
      assertTrue(f.message().contains("scored 0.8333"), f.message());
    }

    @Test
    void committedObjectiveFullyMetDoesNotFire() {
      OkrSet set =
          objective(clean(), 1, o -> o.withType(ObjectiveType.COMMITTED));
      set = keyResult(set, 1, 0, kr -> kr.plusCheckIn(CheckIn.of(d(12, 20), 2)));
      silent(Rule.COMMITTED_MISSED, set, LocalDate.of(2027, 1, 2));
    }

    @Test
    void committedObjectiveIsNotGradedWhileTheCycleRuns() {
      silent(Rule.COMMITTED_MISSED, objective(clean(), 1, o -> o.withType(ObjectiveType.COMMITTED)));
    }

    @Test
    void aspirationalObjectiveFullyMetAtCycleEndFires() {
      OkrSet set = keyResult(clean(), 1, 0, kr -> kr.plusCheckIn(CheckIn.of(d(12, 20), 2)));
      Finding f =
          fires(Rule.ASPIRATIONAL_FULLY_MET, "/objectives/1", set, LocalDate.of(2027, 1, 2));
      assertTrue(f.message().contains("scored 1 "), f.message());
    }

    @Test
    void aspirationalObjectiveAtSeventyPercentDoesNotFire() {
      silent(Rule.ASPIRATIONAL_FULLY_MET, clean(), LocalDate.of(2027, 1, 2));
    }

    @Test
    void twoYearCycleIsTooLong() {
      Cycle two = Cycle.of("2026-27", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
      OkrSet set = clean().withCycles(List.of(Q4, two));
      set = plus(set, teamObjective("long", "L").withCycle("2026-27"));
      Finding f = fires(Rule.CYCLE_TOO_LONG, "/cycles/1/end", set);
      assertTrue(f.message().contains("730 days"), f.message());
    }

    @Test
    void leapYearCycleIsNotTooLong() {
      OkrSet set = clean().withCycles(List.of(Q4, Cycle.year(2028)));
      silent(Rule.CYCLE_TOO_LONG, set);
    }

    @Test
    void cycleWithoutObjectivesFiresUnused() {
      OkrSet set = clean().withCycles(List.of(Q4, Cycle.quarter(2027, 1)));
      fires(Rule.UNUSED_CYCLE, "/cycles/1", set);
    }

    @Test
    void usedCycleDoesNotFireUnused() {
      silent(Rule.UNUSED_CYCLE, clean());
    }
  }

  @Nested
  class Configuration {
    @Test
    void disabledRuleDoesNotRun() {
      OkrSet set = keyResult(clean(), 0, 1, kr -> kr.withTitle("Launch a new mobile app"));
      List<Finding> all = Validator.of(RuleSet.defaults().disable(Rule.KR_IS_ACTIVITY)).validate(set, AS_OF);
      assertEquals(List.of(Rule.KR_WITHOUT_NUMBER), all.stream().map(Finding::rule).collect(Collectors.toList()));
    }

    @Test
    void severityOverrideApplies() {
      OkrSet set = objective(clean(), 1, o -> o.withOwner(" "));
      List<Finding> all =
          Validator.of(RuleSet.defaults().withSeverity(Rule.MISSING_OWNER, Severity.ERROR))
              .validate(set, AS_OF);
      assertEquals(Severity.ERROR, all.get(0).severity());
      assertTrue(all.get(0).isError());
    }

    @Test
    void thresholdsApply() {
      OkrSet set = clean();
      for (int i = 1; i <= 2; i++) {
        set = plus(set, teamObjective("s" + i, "Sales"));
      }
      RuleSet rules =
          RuleSet.builder()
              .maxObjectivesPerOwner(1)
              .minKeyResultsPerObjective(1)
              .maxKeyResultsPerObjective(1)
              .build();
      List<Finding> all = Validator.of(rules).validate(set, AS_OF);
      assertEquals(1, of(Rule.TOO_MANY_OBJECTIVES, all).size());
      assertEquals(4, of(Rule.TOO_MANY_KEY_RESULTS, all).size());
    }

    @Test
    void structuralOnlyReportsNoAdvice() {
      OkrSet set = keyResult(clean(), 0, 1, kr -> kr.withTitle("Launch a new mobile app"));
      set = objective(set, 1, o -> o.withParent("nope"));
      List<Finding> all = Validator.of(RuleSet.structuralOnly()).validate(set, AS_OF);
      assertEquals(List.of(Rule.UNKNOWN_PARENT), all.stream().map(Finding::rule).collect(Collectors.toList()));
    }

    @Test
    void reEnabledRuleRunsAgain() {
      RuleSet rules = RuleSet.defaults().disable(Rule.MISSING_OWNER, Rule.UNUSED_CYCLE).enable(Rule.MISSING_OWNER);
      assertTrue(rules.isEnabled(Rule.MISSING_OWNER));
      assertTrue(!rules.isEnabled(Rule.UNUSED_CYCLE));
    }

    @Test
    void invalidThresholdsAreRejectedNamingTheField() {
      var e = assertThrows(IllegalArgumentException.class, () -> RuleSet.defaults().withMaxKeyResultsPerObjective(1));
      assertEquals(
          "rule set: maxKeyResultsPerObjective must be >= minKeyResultsPerObjective 2, was 1",
          e.getMessage());
      var s = assertThrows(IllegalArgumentException.class, () -> RuleSet.defaults().withMaxMilestoneShare(new BigDecimal("1.5")));
      assertEquals("rule set: maxMilestoneShare must be within 0.0..1.0, was 1.5", s.getMessage());
      var w = assertThrows(IllegalArgumentException.class, () -> RuleSet.defaults().withStaleCheckInWeeks(0));
      assertEquals("rule set: staleCheckInWeeks must be >= 1, was 0", w.getMessage());
    }

    @Test
    void ruleIdsAreStableKebabCaseAndRoundTrip() {
      for (Rule r : Rule.values()) {
        assertTrue(r.id().matches("[a-z]+(-[a-z]+)*"), r.id());
        assertEquals(r, Rule.ofId(r.id()).orElseThrow());
        assertEquals(r.id(), r.toString());
      }
      assertTrue(Rule.ofId("no-such-rule").isEmpty());
    }

    @Test
    void theFortyReleasedRuleIdsAreAllStillThere() {
      List<String> released =
          List.of(
            "duplicate-id",
            "unknown-cycle",
            "unknown-parent",
            "alignment-cycle",
            "parent-cycle-not-overlapping",
            "cycle-end-before-start",
            "objective-without-key-results",
            "zero-total-weight",
            "missing-target",
            "baseline-equals-target",
            "target-kind-mismatch",
            "check-in-kind-mismatch",
            "check-in-outside-cycle",
            "check-in-before-baseline",
            "confidence-out-of-range",
            "too-many-objectives",
            "too-few-key-results",
            "too-many-key-results",
            "missing-owner",
            "objective-has-number",
            "objective-not-concise",
            "objective-is-task",
            "committed-reads-aspirational",
            "unaligned-objective",
            "alignment-level-inverted",
            "mostly-milestones",
            "kr-is-activity",
            "kr-without-number",
            "duplicate-key-result-title",
            "missing-baseline",
            "already-at-target",
            "milestone-has-target",
            "check-in-in-future",
            "check-ins-out-of-order",
            "stale-check-ins",
            "never-checked-in",
            "committed-missed",
            "aspirational-fully-met",
            "cycle-too-long",
            "unused-cycle");
      assertEquals(40, released.size());
      for (String id : released) {
        assertTrue(Rule.ofId(id).isPresent(), id);
      }
    }
  }

  @Test
  void findingsFollowDocumentOrderThenRuleOrder() {
    OkrSet set = clean().withCycles(List.of(Q4, Cycle.quarter(2027, 1)));
    set = keyResult(set, 1, 1, kr -> kr.withTitle("Launch the help center"));
    set = objective(set, 1, o -> o.withParent("nope").withOwner(""));
    set = keyResult(set, 0, 0, kr -> kr.withTitle("Run four campaigns"));
    List<String> got =
        validate(set).stream()
            .map(f -> f.ruleId() + " " + f.pointer())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "unused-cycle /cycles/1",
            "kr-is-activity /objectives/0/keyResults/0/title",
            "unknown-parent /objectives/1/parent",
            "missing-owner /objectives/1",
            "kr-is-activity /objectives/1/keyResults/1/title",
            "kr-without-number /objectives/1/keyResults/1/title"),
        got);
  }

  @Test
  void findingReadsAsOneLine() {
    OkrSet set = objective(clean(), 1, o -> o.withParent("nope"));
    assertEquals(
        "ERROR unknown-parent /objectives/1/parent: objective 'support' is aligned to parent"
            + " 'nope', which the set does not define. Fix: Correct the parent id, add the parent"
            + " objective, or remove the parent.",
        validate(set).get(0).toString());
  }

  @Test
  void deepAlignmentChainAndLongLoopNeedNoRecursion() {
    int n = 200_000;
    List<Objective> os = new ArrayList<>(n);
    KeyResult a = Fixtures.metric("a", "Increase x from 1 to 2", 1, 2, 1.5);
    KeyResult b = Fixtures.metric("b", "Increase y from 1 to 2", 1, 2, 1.5);
    for (int i = 0; i < n; i++) {
      Objective.Builder o =
          Objective.builder()
              .id("o" + i)
              .title("Delight customers")
              .cycle("2026-Q4")
              .owner("owner" + i)
              .addKeyResults(a.withCheckIns(List.of()), b.withCheckIns(List.of()));
      o.parent("o" + ((i + 1) % n));
      os.add(o.build());
    }
    OkrSet set = OkrSet.of(List.of(Q4), os);
    List<Finding> loops =
        of(Rule.ALIGNMENT_CYCLE, Validator.of(RuleSet.structuralOnly()).validate(set, AS_OF));
    assertEquals(1, loops.size());
    assertEquals(n, loops.get(0).location().ids().size());
    assertEquals("o0", loops.get(0).location().ids().get(0));
    assertEquals("o1", loops.get(0).location().ids().get(1));
    assertTrue(loops.get(0).message().contains("200000 objectives"), loops.get(0).message());
  }
}
