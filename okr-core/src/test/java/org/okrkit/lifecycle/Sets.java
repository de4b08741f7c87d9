package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;
import org.okrkit.model.Target;

/** Random, structurally valid year documents: an annual company objective, Q3 teams aligned. */
final class Sets {
  static final Cycle YEAR = Cycle.year(2026);
  static final Cycle Q3 = Cycle.quarter(2026, 3);
  static final Cycle Q4 = Cycle.quarter(2026, 4);

  private Sets() {}

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static LocalDate q3(int day) {
    return Q3.start().plusDays(day);
  }

  /** A random valid set; {@code closed} closes some objectives with decisions. */
  static OkrSet random(Random r) {
    List<Objective> objectives = new ArrayList<>();
    objectives.add(Objective.builder().id("company").title("Be loved by our customers")
        .cycle(YEAR.id()).level(Level.COMPANY).owner("CEO")
        .addKeyResults(KeyResult.metric("company-1", "Lift NPS from 30 to 50", d("30"), d("50")))
        .build());
    int n = 1 + r.nextInt(6);
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "team" + i + "-q3";
      List<KeyResult> krs = new ArrayList<>();
      int k = 1 + r.nextInt(4);
      for (int j = 0; j < k; j++) {
        krs.add(keyResult(r, id + "-" + (j + 1)));
      }
      Objective.Builder b = Objective.builder().id(id).title("Make team " + i + " shine")
          .cycle(Q3.id()).owner("Team " + i).level(Level.TEAM).keyResults(krs);
      int parent = r.nextInt(3);
      if (parent == 1) {
        b.parent("company");
      } else if (parent == 2 && i > 0) {
        b.parent("team" + r.nextInt(i) + "-q3");
      }
      if (r.nextInt(4) > 0) {
        CloseOut.Builder c = CloseOut.builder();
        if (r.nextBoolean()) {
          c.date(Q3.end());
        }
        if (r.nextInt(5) > 0) {
          c.decision(pick(r, Decision.values()));
        }
        if (r.nextBoolean()) {
          c.outcome(pick(r, Outcome.values()));
        }
        if (r.nextBoolean()) {
          c.retrospective("retro " + i);
        }
        b.close(c.build());
      }
      objectives.add(b.build());
      if (r.nextBoolean()) {
        initiatives.add(Initiative.builder().id("work" + i).title("Work " + i)
            .status(pick(r, InitiativeStatus.values())).addKeyResults(krs.get(0).id())
            .build());
      }
    }
    return OkrSet.builder().addCycles(YEAR, Q3).objectives(objectives)
        .initiatives(initiatives).build();
  }

  private static KeyResult keyResult(Random r, String id) {
    KeyResultKind kind = pick(r, KeyResultKind.values());
    KeyResult.Builder b = KeyResult.builder().id(id).title("Move number " + id + " by 10");
    List<CheckIn> checkIns = new ArrayList<>();
    int count = r.nextInt(5);
    if (kind == KeyResultKind.MILESTONE) {
      b.kind(kind).title("Ship thing " + id);
      for (int c = 0; c < count; c++) {
        checkIns.add(CheckIn.ofDone(q3(7 + 14 * c), r.nextBoolean()));
      }
    } else {
      int base = r.nextInt(100);
      int target = base + (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(50));
      if (kind == KeyResultKind.THRESHOLD) {
        b.kind(kind).target(target > base ? Target.atLeast(BigDecimal.valueOf(target))
            : Target.atMost(BigDecimal.valueOf(target))).baseline(Baseline.of(BigDecimal.valueOf(base)));
      } else {
        b.baseline(Baseline.of(BigDecimal.valueOf(base))).target(Target.of(BigDecimal.valueOf(target)));
      }
      for (int c = 0; c < count; c++) {
        checkIns.add(CheckIn.of(q3(7 + 14 * c), BigDecimal.valueOf(base - 20 + r.nextInt(100))));
      }
      if (r.nextInt(4) == 0) {
        b.trackAfterClose(true);
      }
    }
    if (r.nextInt(6) == 0) {
      b.close(CloseOut.builder().decision(r.nextBoolean() ? Decision.ABANDON : Decision.KEEP).build());
    }
    return b.checkIns(checkIns).build();
  }

  private static <E> E pick(Random r, E[] values) {
    return List.of(values).get(r.nextInt(values.length));
  }

  /** The objective with this id. */
  static Objective objective(OkrSet set, String id) {
    return set.objective(id).orElseThrow();
  }

  /** The set's objectives without any close-out, key results included. */
  static List<Objective> withoutCloseOuts(OkrSet set) {
    List<Objective> out = new ArrayList<>();
    for (Objective o : set.objectives()) {
      List<KeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        krs.add(kr.withClose(Optional.empty()));
      }
      out.add(o.withKeyResults(krs).withClose(Optional.empty()));
    }
    return out;
  }
}
