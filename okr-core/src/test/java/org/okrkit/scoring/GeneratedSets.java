package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;

/**
 * Generated sets for the set-level forecasts and health ({@code ForecastAllProperties}, {@code
 * HealthColumnsProperties}): every kind of key result, check-ins before, on and after the
 * quarter (ties of a date included), out of order, increments, values of many digits and
 * decimals, targets and baselines missing, stepped targets and bands, mid-cycle changes, own
 * dates, plans, cadences, close-outs and weights of 0, and cycles the set lacks.
 */
public final class GeneratedSets {
  /** The quarter most objectives are in. */
  public static final Cycle Q4 = Cycle.quarter(2026, 4);

  /** The quarter after it. */
  public static final Cycle NEXT = Cycle.quarter(2027, 1);

  private GeneratedSets() {}

  /** {@return up to 12 objectives of up to 4 key results; most in the quarter, some in a cycle the set lacks} */
  public static Arbitrary<OkrSet> sets() {
    Arbitrary<List<KeyResult>> krs = keyResults().list().ofMaxSize(4);
    return Combinators.combine(krs.list().ofMinSize(1).ofMaxSize(12), Arbitraries.integers().between(0, 9).list().ofSize(12))
        .as(
            (lists, cycles) -> {
              List<Objective> objectives = new ArrayList<>();
              for (int i = 0; i < lists.size(); i++) {
                List<KeyResult> named = new ArrayList<>();
                for (int k = 0; k < lists.get(i).size(); k++) {
                  named.add(lists.get(i).get(k).withId("k" + i + "-" + k));
                }
                int c = cycles.get(i);
                objectives.add(
                    Objective.builder()
                        .id("o" + i)
                        .title("Objective")
                        .cycle(c == 0 ? "2030-Q2" : c == 1 ? NEXT.id() : Q4.id())
                        .addAllKeyResults(named)
                        .build());
              }
              return OkrSet.of(List.of(Q4, NEXT), objectives);
            });
  }

  /**
   * Decimals the engines' columns must take: small integers, short scaled values, values of up
   * to 18 digits at scales from -2 to 20, and values that do not fit a scaled long.
   */
  public static Arbitrary<BigDecimal> decimals() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-20, 120).map(BigDecimal::valueOf),
        Combinators.combine(Arbitraries.longs().between(-99_999, 99_999), Arbitraries.integers().between(0, 5))
            .as(BigDecimal::valueOf),
        Combinators.combine(
                Arbitraries.longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L),
                Arbitraries.integers().between(-2, 20))
            .as(BigDecimal::valueOf),
        Arbitraries.of(new BigDecimal("1E+3"), new BigDecimal("12345678901234567890.5")));
  }

  private static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(-10, 100).map(Q4.start()::plusDays);
  }

  private static Arbitrary<KeyResult> keyResults() {
    Arbitrary<CheckIn> value =
        Arbitraries.frequencyOf(
            Tuple.of(8, Combinators.combine(dates(), decimals()).as(CheckIn::of)),
            Tuple.of(1, Combinators.combine(dates(), decimals()).as(CheckIn::ofDelta)),
            Tuple.of(1, Combinators.combine(dates(), Arbitraries.of(true, false)).as(CheckIn::ofDone)));
    Arbitrary<List<CheckIn>> checkIns = value.list().ofMaxSize(14);
    Arbitrary<KeyResult> metric =
        Combinators.combine(decimals(), decimals(), checkIns, Arbitraries.integers().between(0, 9))
            .as(
                (b, t, cs, shape) -> {
                  KeyResult kr = KeyResult.metric("k", "Metric", b, t).withCheckIns(cs);
                  return switch (shape) {
                    case 0 -> KeyResult.builder().from(kr).baseline(Optional.empty()).build();
                    case 1 -> KeyResult.builder().from(kr).target(Optional.empty()).build();
                    case 2 -> kr.withTarget(Target.stepped(t, b, null));
                    case 3 -> kr.withBaseline(Baseline.of(t, Q4.start()));
                    case 4 -> kr.withChanges(List.of(Change.ofTarget(Q4.start().plusDays(30), t, t.add(BigDecimal.ONE), "moved")));
                    default -> kr;
                  };
                });
    Arbitrary<KeyResult> threshold =
        Combinators.combine(decimals(), Arbitraries.integers().between(0, 2), checkIns, Arbitraries.of(true, false))
            .as(
                (bound, side, cs, withBaseline) -> {
                  Target t = side == 0 ? Target.atLeast(bound) : side == 1 ? Target.atMost(bound)
                      : Target.between(bound, bound.add(BigDecimal.TEN));
                  KeyResult kr = KeyResult.threshold("k", "Threshold", t).withCheckIns(cs);
                  return withBaseline ? kr.withBaseline(Baseline.of(bound.subtract(BigDecimal.ONE), Q4.start())) : kr;
                });
    Arbitrary<KeyResult> milestone =
        Combinators.combine(dates(), Arbitraries.of(true, false)).as(CheckIn::ofDone).list().ofMaxSize(4)
            .map(cs -> KeyResult.milestone("k", "Milestone").withCheckIns(cs));
    Arbitrary<KeyResult> zones =
        Combinators.combine(dates(), Arbitraries.of(Zone.class)).as(CheckIn::ofZone).list().ofMaxSize(4)
            .map(cs -> KeyResult.builder().id("k").title("Zones").kind(KeyResultKind.ZONES).addAllCheckIns(cs).build());
    // in date order most of the time (as recorded), sometimes not; now and then own dates, a
    // plan, a cadence, a close-out or a weight of 0
    Arbitrary<KeyResult> any =
        Combinators.combine(
                Arbitraries.oneOf(metric, metric, metric, threshold, milestone, zones),
                Arbitraries.integers().between(0, 15),
                dates())
            .as(GeneratedSets::varied);
    return any
        .flatMap(kr -> Arbitraries.of(true, true, true, false).map(sorted -> {
          if (!sorted) {
            return kr;
          }
          List<CheckIn> cs = new ArrayList<>(kr.checkIns());
          cs.sort(Comparator.comparing(CheckIn::date)); // stable: a date's check-ins keep their order
          return kr.withCheckIns(cs);
        }));
  }

  private static KeyResult varied(KeyResult kr, int how, LocalDate day) {
    return switch (how) {
      case 0 -> kr.withStart(day);
      case 1 -> kr.withDue(day);
      case 2 -> kr.withStart(Q4.start().plusDays(10)).withDue(day.plusDays(20));
      case 3 -> kr.baseline().isPresent() && kr.target().isPresent() && !kr.target().get().isBound()
          ? kr.withPlan(List.of(PlanPoint.of(day, kr.target().get().value())))
          : kr;
      case 4 -> kr.withCadence(Period.ofDays(3));
      case 5 -> kr.withCadence(Period.ofMonths(1)).withGraceDays(2);
      case 6 -> kr.withGraceDays(0);
      case 7 -> kr.withClose(CloseOut.on(day));
      case 8 -> kr.withWeight(BigDecimal.ZERO);
      default -> kr;
    };
  }
}
