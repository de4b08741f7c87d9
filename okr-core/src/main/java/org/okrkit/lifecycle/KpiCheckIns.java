package org.okrkit.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Kpi;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * Check-ins that come from a KPI: a metric or threshold key result that {@linkplain
 * KeyResult#kpi() aims at a KPI} and records no check-in of its own is tracked by the KPI's
 * measurements dated within its objective's cycle. A key result with check-ins of its own keeps
 * them; the KPI then is context only.
 */
public final class KpiCheckIns {
  private KpiCheckIns() {}

  /**
   * The set with KPI measurements as the check-ins of every key result they track, by the rule
   * above; {@code set} itself when no key result qualifies.
   *
   * @param set the OKR set
   * @return the set with KPI measurements as the check-ins of every key result they track, by the
   *     rule above
   * @throws NullPointerException if {@code set} is null
   */
  public static OkrSet apply(OkrSet set) {
    return apply(set, LocalDate.MAX);
  }

  /**
   * Like {@link #apply(OkrSet)}, with only the measurements dated on or before {@code asOf}: what
   * was known that day (a measurement after it would be a check-in in the future).
   *
   * @param set the OKR set
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return like {@link #apply(OkrSet)}, with only the measurements dated on or before {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public static OkrSet apply(OkrSet set, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    if (set.kpis().isEmpty()) {
      return set;
    }
    boolean changed = false;
    List<Objective> objectives = new ArrayList<>(set.objectives().size());
    for (Objective o : set.objectives()) {
      Optional<Cycle> cycle = set.cycle(o.cycle());
      List<KeyResult> krs = new ArrayList<>(o.keyResults().size());
      boolean any = false;
      for (KeyResult kr : o.keyResults()) {
        Optional<Kpi> kpi = kr.kpi().flatMap(set::kpi);
        if (kpi.isEmpty() || !kr.checkIns().isEmpty() || kr.kind() == KeyResultKind.MILESTONE) {
          krs.add(kr);
          continue;
        }
        List<CheckIn> checkIns = new ArrayList<>();
        for (Measurement m : kpi.get().measurements()) {
          if (!m.date().isAfter(asOf) && cycle.map(c -> c.contains(m.date())).orElse(true)) {
            checkIns.add(CheckIn.builder().date(m.date()).value(m.value()).note(m.note()).build());
          }
        }
        any |= !checkIns.isEmpty();
        krs.add(checkIns.isEmpty() ? kr : kr.withCheckIns(checkIns));
      }
      objectives.add(any ? o.withKeyResults(krs) : o);
      changed |= any;
    }
    return changed ? set.withObjectives(objectives) : set;
  }
}
