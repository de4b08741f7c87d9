package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  private static final int OBJECTIVES = 250_000;
  private static final int KEY_RESULTS_PER_OBJECTIVE = 4;

  /** 1,000,000 key results in 250,000 objectives aligned in a tree, validated with every rule. */
  @Test
  void millionKeyResultsValidateInSeconds() {
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
    assertEquals(1_000_000L, set.keyResultCount());

    // the best of two runs, so that a busy shared machine distorts the number less
    Duration took = Duration.ofDays(1);
    for (int run = 0; run < 2; run++) {
      long start = System.nanoTime();
      List<Finding> findings = Validator.defaults().validate(set, LocalDate.of(2026, 11, 10));
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      assertEquals(List.of(), findings);
      took = wall.compareTo(took) < 0 ? wall : took;
    }
    assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "took " + took);
    System.out.println("validated 1,000,000 key results in " + took.toMillis() + " ms");
  }
}
