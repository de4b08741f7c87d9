package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

class ValidatorScaleTest {
  private static final int OBJECTIVES = 25_000;
  private static final int KEY_RESULTS_PER_OBJECTIVE = 4;

  /**
   * 100,000 key results in 25,000 objectives aligned in a tree, validated with every rule: no
   * finding, and no hang (a generous guard, not a timing: the validator's speed at a million key
   * results is measured by the JMH benchmarks, as a ratio, never asserted here).
   */
  @Test
  void aHundredThousandKeyResultsInADeepTreeValidateCleanlyWithoutHanging() {
    Cycle q4 = Cycle.quarter(2026, 4);
    Baseline baseline = Baseline.of(BigDecimal.TEN, q4.start());
    Target target = Target.of(BigDecimal.valueOf(20));
    List<CheckIn> checkIns = List.of(CheckIn.of(LocalDate.of(2026, 11, 1), 14));
    String[] titles = {
      "Increase weekly active users from 10 to 20",
      "Raise onboarding completions from 10 to 20",
      "Grow qualified leads from 120 to 300",
      "Lift customer satisfaction from 4.1 to 4.8"
    };
    List<Objective> objectives = new ArrayList<>(OBJECTIVES);
    for (int i = 0; i < OBJECTIVES; i++) {
      List<KeyResult> krs = new ArrayList<>(KEY_RESULTS_PER_OBJECTIVE);
      for (int j = 0; j < KEY_RESULTS_PER_OBJECTIVE; j++) {
        krs.add(
            KeyResult.builder()
                .id("kr-" + i + "-" + j)
                .title(titles[j])
                .baseline(baseline)
                .target(target)
                .checkIns(checkIns)
                .build());
      }
      Objective.Builder o =
          Objective.builder()
              .id("o-" + i)
              .title("Make customers love the product")
              .cycle(q4.id())
              .owner("team-" + i)
              .level(i == 0 ? Level.COMPANY : Level.TEAM)
              .keyResults(krs);
      if (i > 0) {
        o.parent("o-" + (i - 1) / 4);
      }
      objectives.add(o.build());
    }
    OkrSet set = OkrSet.of(List.of(q4), objectives);
    assertEquals(100_000L, set.keyResultCount());
    List<Finding> findings =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2),
            () -> Validator.defaults().validate(set, LocalDate.of(2026, 11, 10)));
    assertEquals(List.of(), findings);
  }
}
