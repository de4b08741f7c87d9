package org.okrkit.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.scoring.Scorer;

/** Invariants of derived health. */
class HealthProperties {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);

  @Provide
  Arbitrary<List<Integer>> checkInDays() {
    return Arbitraries.integers().between(-10, 100).list().ofMaxSize(6);
  }

  private static KeyResult keyResult(List<Integer> days, List<Integer> values) {
    List<CheckIn> checkIns = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      checkIns.add(CheckIn.of(Q4.start().plusDays(days.get(i)), BigDecimal.valueOf(values.get(i % values.size()))));
    }
    return KeyResult.metric("k", "Grow from 0 to 100", 0, 100).withCheckIns(checkIns);
  }

  @Property(tries = 300)
  void stalenessDependsOnlyOnDates(
      @ForAll("checkInDays") List<Integer> days,
      @ForAll @IntRange(min = -20, max = 120) int asOfDay,
      @ForAll @IntRange(min = -50, max = 150) int a,
      @ForAll @IntRange(min = -50, max = 150) int b) {
    LocalDate asOf = Q4.start().plusDays(asOfDay);
    KeyResult one = keyResult(days, List.of(a));
    KeyResult other = keyResult(days, List.of(b, a));
    Objective o = Objective.of("o", "O", Q4.id());
    HealthAssessment x = HealthPolicy.defaults().keyResult(Scorer.defaults().score(one, asOf), o, Q4);
    HealthAssessment y = HealthPolicy.defaults().keyResult(Scorer.defaults().score(other, asOf), o, Q4);
    assertEquals(x.health() == Health.STALE, y.health() == Health.STALE);
    assertEquals(x.staleSince(), y.staleSince());
    assertEquals(x.lastCheckIn(), y.lastCheckIn());
  }

  @Property(tries = 300)
  void aKeyResultIsStaleExactlyWhenTheCadenceAndGraceHavePassedSinceItWasLastHeardFrom(
      @ForAll("checkInDays") List<Integer> days, @ForAll @IntRange(min = 0, max = 91) int asOfDay) {
    LocalDate asOf = Q4.start().plusDays(asOfDay);
    KeyResult kr = keyResult(days, List.of(50));
    LocalDate last = Q4.start();
    for (int d : days) {
      LocalDate day = Q4.start().plusDays(d);
      if (!day.isAfter(asOf) && day.isAfter(last)) {
        last = day;
      }
    }
    LocalDate judged = asOf.isAfter(Q4.end()) ? Q4.end() : asOf;
    boolean expected = judged.isAfter(last.plusDays(10));
    HealthAssessment h =
        HealthPolicy.defaults().keyResult(Scorer.defaults().score(kr, asOf), Objective.of("o", "O", Q4.id()), Q4);
    assertEquals(expected, h.health() == Health.STALE, h.toString());
  }
}
