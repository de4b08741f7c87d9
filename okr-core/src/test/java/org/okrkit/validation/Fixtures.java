package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

/** A clean set (no finding at all under the defaults on {@link #AS_OF}) and ways to break it. */
final class Fixtures {
  private Fixtures() {}

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 10);
  static final Cycle Q4 = Cycle.quarter(2026, 4);

  static LocalDate d(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  static KeyResult metric(String id, String title, double from, double to, double... values) {
    KeyResult kr =
        KeyResult.metric(id, title, from, to)
            .withBaseline(Baseline.of(BigDecimal.valueOf(from), d(10, 1)));
    for (int i = 0; i < values.length; i++) {
      kr = kr.plusCheckIn(CheckIn.of(d(10, 15).plusDays(17L * i), values[i]));
    }
    return kr;
  }

  static OkrSet clean() {
    Objective company =
        Objective.builder()
            .id("co")
            .title("Make happy customers the core of our growth")
            .cycle("2026-Q4")
            .owner("CEO")
            .level(Level.COMPANY)
            .addKeyResults(
                metric(
                    "cs-1",
                    "Increase the customer satisfaction score from 4.1 to 4.8",
                    4.1,
                    4.8,
                    4.3,
                    4.5),
                metric(
                    "cs-2",
                    "Increase quarterly recommendations from 120 to 150",
                    120,
                    150,
                    125,
                    130))
            .build();
    Objective team =
        Objective.builder()
            .id("support")
            .title("Give every customer a fast, friendly answer")
            .cycle("2026-Q4")
            .parent("co")
            .owner("Support")
            .level(Level.TEAM)
            .addKeyResults(
                metric("sp-1", "Reduce first response time from 8 to 2 hours", 8, 2, 6, 4),
                KeyResult.threshold(
                        "sp-2", "Keep support CSAT at or above 90%", Target.atLeast(90))
                    .withBaseline(Baseline.of(BigDecimal.valueOf(85), d(10, 1)))
                    .plusCheckIn(CheckIn.of(d(10, 20), 88))
                    .plusCheckIn(CheckIn.of(d(11, 1), 91)))
            .build();
    return OkrSet.of(List.of(Q4), List.of(company, team));
  }

  /** The set with objective {@code i} replaced. */
  static OkrSet objective(OkrSet set, int i, UnaryOperator<Objective> change) {
    List<Objective> os = new ArrayList<>(set.objectives());
    os.set(i, change.apply(os.get(i)));
    return set.withObjectives(os);
  }

  /** The set with key result {@code j} of objective {@code i} replaced. */
  static OkrSet keyResult(OkrSet set, int i, int j, UnaryOperator<KeyResult> change) {
    return objective(
        set,
        i,
        o -> {
          List<KeyResult> krs = new ArrayList<>(o.keyResults());
          krs.set(j, change.apply(krs.get(j)));
          return o.withKeyResults(krs);
        });
  }

  /** The set with one more objective at the end. */
  static OkrSet plus(OkrSet set, Objective o) {
    List<Objective> os = new ArrayList<>(set.objectives());
    os.add(o);
    return set.withObjectives(os);
  }

  /** A well-formed team objective aligned to {@code co}, with two clean key results. */
  static Objective teamObjective(String id, String owner) {
    return Objective.builder()
        .id(id)
        .title("Make onboarding effortless for new customers")
        .cycle("2026-Q4")
        .parent("co")
        .owner(owner)
        .level(Level.TEAM)
        .addKeyResults(
            metric(id + "-1", "Reduce onboarding time from 10 to 5 days", 10, 5, 8, 7),
            metric(id + "-2", "Increase activation from 35% to 50%", 35, 50, 40, 42))
        .build();
  }
}
