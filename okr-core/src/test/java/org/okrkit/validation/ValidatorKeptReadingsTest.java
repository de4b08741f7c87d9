package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.validation.Fixtures.clean;
import static org.okrkit.validation.Fixtures.d;
import static org.okrkit.validation.Fixtures.keyResult;
import static org.okrkit.validation.Fixtures.metric;
import static org.okrkit.validation.Fixtures.objective;
import static org.okrkit.validation.Fixtures.plus;
import static org.okrkit.validation.Fixtures.teamObjective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.text.ActivityDetector;
import org.okrkit.text.ActivityMatch;

/**
 * What the validator keeps with a set (the titles' readings, which key results' check-ins only the
 * date rules can report on) changes no finding: validating the same set again, at any date, reports
 * what validating a fresh copy of it reports.
 */
class ValidatorKeptReadingsTest {

  /** A set with something for every kept reading: wording, duplicates, check-ins of the wrong kind, out of order, outside the cycle or in the future. */
  private static OkrSet worded() {
    OkrSet set = clean();
    set = objective(set, 0, o -> o.withTitle("Launch the new app in 2027 Q3, 20% faster. Then more"));
    set =
        objective(
            set,
            1,
            o ->
                o.withType(ObjectiveType.COMMITTED)
                    .withTitle("Deliver world-class support that customers love"));
    set = keyResult(set, 0, 0, kr -> kr.withTitle("Run four campaigns"));
    set = keyResult(set, 0, 1, kr -> kr.withTitle("Reduce quarterly recommendations from 120 to 150"));
    set =
        keyResult(
            set,
            1,
            0,
            kr ->
                kr.withTitle("Ship the onboarding guide")
                    .plusCheckIn(CheckIn.of(d(12, 20), 3))
                    .plusCheckIn(CheckIn.of(d(12, 27), 2)));
    set =
        keyResult(
            set,
            1,
            1,
            kr ->
                kr.withCheckIns(
                    List.of(
                        CheckIn.of(d(11, 1), 91),
                        CheckIn.of(d(10, 20), 88),
                        CheckIn.of(d(12, 1), 92))));
    Objective many = teamObjective("many", "Platform");
    List<KeyResult> krs = new ArrayList<>();
    for (int k = 0; k < 18; k++) {
      krs.add(
          metric("many-" + k, k % 6 == 5 ? "ship  THE guide" : "Ship the guide " + k, 1, 2, 1.5)
              .plusCheckIn(
                  k == 3
                      ? CheckIn.ofDone(d(11, 2).plusDays(k), true)
                      : CheckIn.builder()
                          .date(d(11, 2).plusDays(k))
                          .value(BigDecimal.ONE)
                          .confidence(new BigDecimal("0.5"))
                          .build()));
    }
    krs.add(metric("many-late", "Ship the guide", 1, 2).plusCheckIn(CheckIn.of(d(9, 1), 1)));
    return plus(set, many.withKeyResults(krs));
  }

  private static List<String> lines(List<Finding> findings) {
    return findings.stream()
        .map(f -> f + " " + f.location().ids())
        .collect(Collectors.toList());
  }

  @Test
  void validatingTheSameSetAgainReportsWhatAFreshCopyReports() {
    OkrSet set = worded();
    for (LocalDate asOf : List.of(d(9, 15), d(11, 10), d(12, 10), LocalDate.of(2027, 2, 1))) {
      for (Validator v : List.of(Validator.defaults(), Validator.of(RuleSet.structuralOnly()))) {
        List<String> first = lines(v.validate(set, asOf));
        List<String> again = lines(v.validate(set, asOf));
        List<String> fresh = lines(v.validate(OkrSet.builder().from(set).build(), asOf));
        assertEquals(fresh, first, () -> "as of " + asOf);
        assertEquals(fresh, again, () -> "again as of " + asOf);
      }
    }
    List<String> all = lines(Validator.defaults().validate(set, d(11, 10)));
    for (String rule :
        List.of(
            "kr-is-activity",
            "objective-is-task",
            "objective-has-number",
            "objective-not-concise",
            "committed-reads-aspirational",
            "duplicate-key-result-title",
            "title-contradicts-numbers",
            "check-in-in-future",
            "check-ins-out-of-order",
            "check-in-kind-mismatch",
            "check-in-outside-cycle")) {
      assertTrue(all.stream().anyMatch(l -> l.contains(" " + rule + " ")), () -> rule + " in " + all);
    }
  }

  @Test
  void aDetectorOfTheCallersOwnIsAskedOnEveryValidation() {
    AtomicInteger asked = new AtomicInteger();
    ActivityDetector counting =
        text -> {
          asked.incrementAndGet();
          return ActivityDetector.defaults().detect(text);
        };
    Validator v = Validator.builder().activityDetector(counting).build();
    OkrSet set = worded();
    List<String> first = lines(v.validate(set, d(11, 10)));
    int once = asked.get();
    assertTrue(once > 0);
    assertEquals(first, lines(v.validate(set, d(11, 10))));
    // nothing of a caller's detector is kept with the set: a detector made per call would pile up
    assertEquals(2 * once, asked.get());
  }

  @Test
  void aDisabledWordingRuleLeavesTheTitlesUnread() {
    AtomicInteger asked = new AtomicInteger();
    ActivityDetector counting =
        text -> {
          asked.incrementAndGet();
          return Optional.<ActivityMatch>empty();
        };
    Validator v =
        Validator.builder()
            .rules(RuleSet.defaults().disable(Rule.KR_IS_ACTIVITY, Rule.OBJECTIVE_IS_TASK))
            .activityDetector(counting)
            .build();
    List<Finding> findings = v.validate(worded(), d(11, 10));
    assertEquals(0, asked.get());
    assertFalse(findings.isEmpty());
  }
}
