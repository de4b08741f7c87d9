package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

class ValidatorProperties {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final String[] OBJECTIVE_TITLES = {
    "Delight our customers",
    "Make onboarding effortless",
    "Become the easiest tool to adopt",
    "Build a team people love to join",
    "Grow a healthy, loyal user base",
    "Make every release boring"
  };

  private static final Level[] LEVELS = {Level.COMPANY, Level.DEPARTMENT, Level.TEAM};
  private static final KeyResultKind[] KINDS = {
    KeyResultKind.METRIC, KeyResultKind.THRESHOLD, KeyResultKind.MILESTONE
  };

  /** A structurally valid set and the day it is looked at. */
  record Case(OkrSet set, LocalDate asOf) {}

  /** One structural defect to inject, the rule that must catch it, and where. */
  enum Defect {
    DUPLICATE_OBJECTIVE_ID(Rule.DUPLICATE_ID),
    DUPLICATE_KEY_RESULT_ID(Rule.DUPLICATE_ID),
    UNKNOWN_CYCLE(Rule.UNKNOWN_CYCLE),
    UNKNOWN_PARENT(Rule.UNKNOWN_PARENT),
    SELF_PARENT(Rule.ALIGNMENT_CYCLE),
    PARENT_IN_EARLIER_CYCLE(Rule.PARENT_CYCLE_NOT_OVERLAPPING),
    NO_KEY_RESULTS(Rule.OBJECTIVE_WITHOUT_KEY_RESULTS),
    NO_TARGET(Rule.MISSING_TARGET),
    BASELINE_IS_TARGET(Rule.BASELINE_EQUALS_TARGET),
    BOUND_ON_METRIC(Rule.TARGET_KIND_MISMATCH),
    DONE_ON_METRIC(Rule.CHECK_IN_KIND_MISMATCH),
    CHECK_IN_BEFORE_CYCLE(Rule.CHECK_IN_OUTSIDE_CYCLE),
    BASELINE_AFTER_FIRST_CHECK_IN(Rule.CHECK_IN_BEFORE_BASELINE),
    ACTIVITY_TITLE(Rule.KR_IS_ACTIVITY);

    final Rule rule;

    Defect(Rule rule) {
      this.rule = rule;
    }
  }

  @Provide
  Arbitrary<Case> validSets() {
    return Arbitraries.randomValue(ValidatorProperties::generate);
  }

  @Property(tries = 300)
  void generatedValidSetHasNoErrorFindings(@ForAll("validSets") Case c) {
    List<Finding> errors =
        Validator.defaults().validate(c.set(), c.asOf()).stream()
            .filter(Finding::isError)
            .collect(Collectors.toList());
    assertEquals(List.of(), errors);
  }

  @Property(tries = 300)
  void injectingOneDefectYieldsExactlyThatRulesFindingAtThePointer(
      @ForAll("validSets") Case c, @ForAll Defect defect) {
    OkrSet valid = c.set();
    int last = valid.objectives().size() - 1;
    int lastKr = valid.objectives().get(last).keyResults().size() - 1;
    OkrSet broken;
    String pointer;
    switch (defect) {
      case DUPLICATE_OBJECTIVE_ID -> {
        broken =
            Fixtures.objective(
                valid,
                last,
                o -> Objective.builder().from(o).id(valid.objectives().get(0).id()).build());
        pointer = "/objectives/" + last + "/id";
      }
      case DUPLICATE_KEY_RESULT_ID -> {
        broken =
            Fixtures.keyResult(
                valid,
                last,
                lastKr,
                kr -> KeyResult.builder().from(kr).id("k0-0").build());
        pointer = "/objectives/" + last + "/keyResults/" + lastKr + "/id";
      }
      case UNKNOWN_CYCLE -> {
        broken = Fixtures.objective(valid, last, o -> o.withCycle("nope"));
        pointer = "/objectives/" + last + "/cycle";
      }
      case UNKNOWN_PARENT -> {
        broken = Fixtures.objective(valid, last, o -> o.withParent("nope"));
        pointer = "/objectives/" + last + "/parent";
      }
      case SELF_PARENT -> {
        broken = Fixtures.objective(valid, 0, o -> o.withParent(o.id()));
        pointer = "/objectives/0/parent";
      }
      case PARENT_IN_EARLIER_CYCLE -> {
        broken = withObjectiveInQ3(valid);
        pointer = "/objectives/" + (last + 1) + "/parent";
      }
      case NO_KEY_RESULTS -> {
        broken = Fixtures.objective(valid, last, o -> o.withKeyResults(List.of()));
        pointer = "/objectives/" + last;
      }
      case NO_TARGET -> {
        broken =
            Fixtures.keyResult(
                valid,
                0,
                0,
                kr -> KeyResult.builder().from(kr).target(java.util.Optional.empty()).build());
        pointer = "/objectives/0/keyResults/0";
      }
      case BASELINE_IS_TARGET -> {
        broken =
            Fixtures.keyResult(
                valid,
                0,
                0,
                kr -> kr.withTarget(Target.of(kr.baseline().orElseThrow().value())));
        pointer = "/objectives/0/keyResults/0/target";
      }
      case BOUND_ON_METRIC -> {
        broken =
            Fixtures.keyResult(
                valid, 0, 0, kr -> kr.withTarget(Target.atMost(kr.target().orElseThrow().value())));
        pointer = "/objectives/0/keyResults/0/target";
      }
      case DONE_ON_METRIC -> {
        KeyResult kr0 = valid.objectives().get(0).keyResults().get(0);
        LocalDate lastDate = kr0.checkIns().get(kr0.checkIns().size() - 1).date();
        broken =
            Fixtures.keyResult(valid, 0, 0, kr -> kr.plusCheckIn(CheckIn.ofDone(lastDate, true)));
        pointer = "/objectives/0/keyResults/0/checkIns/" + kr0.checkIns().size() + "/done";
      }
      case CHECK_IN_BEFORE_CYCLE -> {
        broken =
            Fixtures.keyResult(
                valid,
                0,
                0,
                kr -> {
                  List<CheckIn> cs = new ArrayList<>(kr.checkIns());
                  cs.add(0, CheckIn.of(Q4.start().minusDays(1), BigDecimal.ONE));
                  return kr.withBaseline(Baseline.of(kr.baseline().orElseThrow().value()))
                      .withCheckIns(cs);
                });
        pointer = "/objectives/0/keyResults/0/checkIns/0/date";
      }
      case BASELINE_AFTER_FIRST_CHECK_IN -> {
        broken =
            Fixtures.keyResult(
                valid,
                0,
                0,
                kr ->
                    kr.withBaseline(
                        kr.baseline().orElseThrow().withDate(kr.checkIns().get(0).date().plusDays(1))));
        pointer = "/objectives/0/keyResults/0/checkIns/0/date";
      }
      case ACTIVITY_TITLE -> {
        broken = Fixtures.keyResult(valid, 0, 0, kr -> kr.withTitle("Run 4 campaigns"));
        pointer = "/objectives/0/keyResults/0/title";
      }
      default -> throw new AssertionError(defect);
    }
    // a defect that makes a key result unscorable legitimately changes the objective's grade
    Validator validator = Validator.of(RuleSet.defaults().disable(Rule.ASPIRATIONAL_FULLY_MET));
    List<String> before = places(validator.validate(valid, c.asOf()));
    List<Finding> afterFindings = validator.validate(broken, c.asOf());
    List<String> added = places(afterFindings);
    for (String p : before) {
      added.remove(p);
    }
    assertEquals(List.of(defect.rule.id() + " " + pointer), added, defect::toString);
    List<String> errors =
        places(afterFindings.stream().filter(Finding::isError).collect(Collectors.toList()));
    assertEquals(
        defect.rule.isStructural() ? List.of(defect.rule.id() + " " + pointer) : List.of(),
        errors);
  }

  private static List<String> places(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.ruleId() + " " + f.pointer())
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /** Adds a Q3 cycle and a clean objective in it aligned to the first (Q4) objective. */
  private static OkrSet withObjectiveInQ3(OkrSet set) {
    Cycle q3 = Cycle.quarter(2026, 3);
    Objective extra =
        Objective.builder()
            .id("extra")
            .title("Make support effortless")
            .cycle(q3.id())
            .owner("extra-owner")
            .parent(set.objectives().get(0).id())
            .addKeyResults(
                KeyResult.metric("x-1", "Increase extra one from 1 to 2", 1, 2)
                    .plusCheckIn(CheckIn.of(LocalDate.of(2026, 8, 1), 1.5)),
                KeyResult.metric("x-2", "Increase extra two from 1 to 3", 1, 3)
                    .plusCheckIn(CheckIn.of(LocalDate.of(2026, 8, 1), 1.5)))
            .build();
    List<Cycle> cycles = new ArrayList<>(set.cycles());
    cycles.add(q3);
    return Fixtures.plus(set.withCycles(cycles), extra);
  }

  static Case generate(Random r) {
    LocalDate asOf = Q4.start().plusDays(r.nextInt(121));
    LocalDate lastCheckIn = asOf.isBefore(Q4.end()) ? asOf : Q4.end();
    int days = (int) (lastCheckIn.toEpochDay() - Q4.start().toEpochDay()) + 1;
    int n = 2 + r.nextInt(5);
    List<Objective> objectives = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Objective.Builder o =
          Objective.builder()
              .id("o" + i)
              .title(OBJECTIVE_TITLES[r.nextInt(OBJECTIVE_TITLES.length)])
              .cycle(Q4.id())
              .owner("team" + r.nextInt(3))
              .weight(BigDecimal.valueOf(1 + r.nextInt(3)));
      int level = r.nextInt(4);
      if (level < 3) {
        o.level(LEVELS[level]);
      }
      if (i > 0 && r.nextBoolean()) {
        o.parent("o" + r.nextInt(i));
      }
      int krs = 1 + r.nextInt(4);
      for (int j = 0; j < krs; j++) {
        o.addKeyResults(keyResult(r, i, j, days));
      }
      objectives.add(o.build());
    }
    return new Case(OkrSet.of(List.of(Q4), objectives), asOf);
  }

  private static KeyResult keyResult(Random r, int i, int j, int days) {
    String id = "k" + i + "-" + j;
    KeyResultKind kind =
        i == 0 && j == 0 ? KeyResultKind.METRIC : KINDS[r.nextInt(KINDS.length)];
    KeyResult.Builder kr = KeyResult.builder().id(id).kind(kind).weight(BigDecimal.valueOf(1 + r.nextInt(4)));
    int base = r.nextInt(100);
    if (kind == KeyResultKind.METRIC) {
      int target = base + (1 + r.nextInt(100)) * (r.nextBoolean() ? 1 : -1);
      kr.title("Move metric " + id + " from " + base + " to " + target)
          .baseline(
              r.nextBoolean()
                  ? Baseline.of(BigDecimal.valueOf(base), Q4.start())
                  : Baseline.of(base))
          .target(Target.of(target));
    } else if (kind == KeyResultKind.THRESHOLD) {
      kr.title("Keep metric " + id + " on the right side of " + base)
          .target(
              Target.builder()
                  .value(BigDecimal.valueOf(base))
                  .side(r.nextBoolean() ? TargetSide.AT_LEAST : TargetSide.AT_MOST)
                  .build());
    } else {
      kr.title("Publish guide " + id);
    }
    int count = Math.min(1 + r.nextInt(3), days);
    int from = 0;
    for (int k = 0; k < count; k++) {
      int remaining = count - k - 1;
      int day = from + r.nextInt(days - from - remaining);
      LocalDate date = Q4.start().plusDays(day);
      kr.addCheckIns(
          kind == KeyResultKind.MILESTONE
              ? CheckIn.ofDone(date, r.nextBoolean())
              : CheckIn.of(date, BigDecimal.valueOf(r.nextInt(200))));
      from = day + 1;
    }
    return kr.build();
  }
}
