package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;

/**
 * The check-in in force as of a date is the latest dated on or before it, the later in the list
 * on equal dates, whether the check-ins are recorded in date order (found from the end) or not
 * (every one read): pinned against a plain reading of the rule.
 */
class CheckInInForceProperties {
  private static final LocalDate DAY0 = LocalDate.of(2026, 10, 1);

  @Provide
  Arbitrary<List<CheckIn>> checkIns() {
    Arbitrary<CheckIn> one =
        Combinators.combine(
                Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(-50, 150),
                Arbitraries.integers().between(0, 9))
            .as(
                (day, value, kind) ->
                    kind == 0
                        ? CheckIn.ofDone(DAY0.plusDays(day), value % 2 == 0)
                        : CheckIn.of(DAY0.plusDays(day), BigDecimal.valueOf(value)));
    return one.list().ofMaxSize(12);
  }

  @Property(tries = 500)
  void theCheckInInForceIsTheLatestOnOrBeforeTheDateInEitherOrder(
      @ForAll("checkIns") List<CheckIn> checkIns,
      @ForAll boolean sorted,
      @ForAll @IntRange(min = -1, max = 22) int asOfDay) {
    List<CheckIn> list = new ArrayList<>(checkIns);
    if (sorted) {
      list.sort(java.util.Comparator.comparing(CheckIn::date)); // stable: equal dates keep order
    }
    LocalDate asOf = DAY0.plusDays(asOfDay);
    KeyResult metric =
        KeyResult.metric("m", "Grow m from 0 to 100", BigDecimal.ZERO, BigDecimal.valueOf(100))
            .withCheckIns(list);
    KeyResult milestone = KeyResult.milestone("d", "Ship it").withCheckIns(list);
    assertEquals(isInDateOrder(list), metric.checkInsInDateOrder());
    Optional<CheckIn> value = Scorer.defaults().score(metric, asOf).checkIn();
    assertEquals(reference(list, asOf, true), value.orElse(null), list + " as of " + asOf);
    CheckIn expected = reference(list, asOf, true);
    value.ifPresent(c -> assertSame(expected, c));
    Optional<CheckIn> done = Scorer.defaults().score(milestone, asOf).checkIn();
    assertEquals(reference(list, asOf, false), done.orElse(null), list + " as of " + asOf);
  }

  /** The rule read plainly: every check-in of the kind on or before asOf; equal dates, the later. */
  private static @Nullable CheckIn reference(List<CheckIn> list, LocalDate asOf, boolean values) {
    CheckIn best = null;
    for (CheckIn c : list) {
      boolean counts = values ? c.value().isPresent() : c.done().isPresent();
      if (counts && !c.date().isAfter(asOf) && (best == null || !c.date().isBefore(best.date()))) {
        best = c;
      }
    }
    return best;
  }

  private static boolean isInDateOrder(List<CheckIn> list) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i).date().isBefore(list.get(i - 1).date())) {
        return false;
      }
    }
    return true;
  }
}
