package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.ChangeField;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.internal.Stored;
import org.okrkit.scoring.KpiHealth;
import org.okrkit.scoring.ObjectiveScore;

/**
 * The rules of the cycle's life: close-outs and checking in after them, mid-cycle changes, carried
 * links, KPI links (per objective and key result), and initiatives and KPIs (once per set, after
 * the walk). Linear in the size of the set: one index of key result ids, one of KPI ids, built
 * once; never throwing on what a set being edited may hold.
 */
final class LifecycleRules extends RuleFamily {
  static final List<Rule> RULES =
      List.of(
          Rule.CLOSE_ADJUSTED_WITHOUT_REASON,
          Rule.CLOSE_WITHOUT_OUTCOME,
          Rule.CLOSE_WITHOUT_DECISION,
          Rule.CLOSE_SCORE_STALE,
          Rule.CHECK_IN_AFTER_CLOSE,
          Rule.CHANGE_WITHOUT_REASON,
          Rule.CHANGED_MORE_THAN_ONCE,
          Rule.CHANGE_INCONSISTENT,
          Rule.KR_ADDED_LATE_WITHOUT_REASON,
          Rule.CARRIED_FROM_UNKNOWN,
          Rule.UNKNOWN_KPI,
          Rule.INITIATIVE_UNKNOWN_KEY_RESULT,
          Rule.INITIATIVE_WITHOUT_KEY_RESULTS,
          Rule.KPI_UNHEALTHY_WITHOUT_OKR);

  private final OkrSet set;
  private final LocalDate asOf;
  private final RuleSet rules;
  private final Checking out;
  private final Map<String, Cycle> cycles = new HashMap<>();
  private final Set<String> kpiIds = new HashSet<>();

  LifecycleRules(Checking ctx) {
    super(ctx);
    this.set = ctx.index.set();
    this.asOf = ctx.asOf;
    this.rules = ctx.rules;
    this.out = ctx;
    for (Cycle c : set.cycles()) {
      cycles.putIfAbsent(c.id(), c);
    }
    // objective and key result ids are looked up in the set's index: no second copy of them
    for (Kpi k : set.kpis()) {
      kpiIds.add(k.id());
    }
  }

  private static final Stored.Access STORED = Stored.access();

  @Override
  void checkObjective(int i) {
    checkObjective(i, ctx.index.objective(i));
  }

  @Override
  void checkKeyResult(int i, int j) {
    Objective o = ctx.index.objective(i);
    KeyResult kr = o.keyResults().get(j);
    // nothing of its life to check (most key results), read from the parts as stored: no
    // Optional, no look-up of the cycle
    if (STORED.close(kr) == null
        && STORED.close(o) == null
        && kr.changes().isEmpty()
        && STORED.carriedFrom(kr) == null
        && STORED.kpi(kr) == null) {
      return;
    }
    checkKeyResult(o, i, j, cycles.get(o.cycle()));
  }

  @Override
  void checkSet() {
    checkInitiatives();
    checkKpis();
  }

  // ---- objectives and key results

  private void checkObjective(int i, Objective o) {
    if (STORED.close(o) == null && !o.isClosed() && STORED.carriedFrom(o) == null) {
      return; // nothing of its life to check (most objectives): no pointer, no id list
    }
    String at = ctx.index.objectiveAt(i);
    List<String> ids = List.of(o.id());
    o.close().ifPresent(c -> checkClose(c, ids, at, "objective " + Text.quote(o.id()), true));
    if (o.isClosed()) {
      checkRecordedScore(o, ids, at);
    }
    o.carriedFrom().ifPresent(from -> {
      if (rules.isEnabled(Rule.CARRIED_FROM_UNKNOWN) && ctx.index.firstObjective(from, -1) < 0) {
        out.emit(Rule.CARRIED_FROM_UNKNOWN, ids, at + "/carriedFrom",
            "objective " + Text.quote(o.id()) + " was carried from " + Text.quote(from)
                + ", which is not in this set.",
            "Fine when the earlier cycle lives in another document; otherwise correct the id.");
      }
    });
  }

  private void checkKeyResult(Objective o, int i, int j, @Nullable Cycle cycle) {
    Optional<LocalDate> closedOn = o.close().flatMap(CloseOut::date);
    KeyResult kr = o.keyResults().get(j);
    if (kr.close().isEmpty()
        && closedOn.isEmpty()
        && kr.changes().isEmpty()
        && kr.carriedFrom().isEmpty()
        && kr.kpi().isEmpty()) {
      return; // nothing of its life to check (most key results): no pointer, no id list
    }
    String krAt = ctx.index.keyResultAt(i, j);
    List<String> krIds = ctx.index.keyResultIds(i, j);
    kr.close().ifPresent(c -> checkClose(c, krIds, krAt, "key result " + Text.quote(kr.id()), false));
    if (closedOn.isPresent() && !kr.trackAfterClose()) {
      checkInsAfterClose(o, kr, closedOn.get(), krIds, krAt);
    }
    checkChanges(kr, cycle, krIds, krAt);
    kr.carriedFrom().ifPresent(from -> {
      if (rules.isEnabled(Rule.CARRIED_FROM_UNKNOWN) && ctx.index.firstKeyResult(from) < 0) {
        out.emit(Rule.CARRIED_FROM_UNKNOWN, krIds, krAt + "/carriedFrom",
            "key result " + Text.quote(kr.id()) + " was carried from " + Text.quote(from)
                + ", which is not in this set.",
            "Fine when the earlier cycle lives in another document; otherwise correct the id.");
      }
    });
    kr.kpi().ifPresent(kpi -> {
      if (rules.isEnabled(Rule.UNKNOWN_KPI) && !kpiIds.contains(kpi)) {
        out.emit(Rule.UNKNOWN_KPI, krIds, krAt + "/kpi",
            "key result " + Text.quote(kr.id()) + " aims at KPI " + Text.quote(kpi)
                + ", which the set does not define.",
            "Add the KPI to \"kpis\", or correct the id.");
      }
    });
  }

  private void checkClose(CloseOut c, List<String> ids, String at, String what, boolean objective) {
    if (c.adjustedScore().isPresent()
        && c.adjustmentReason().map(String::isBlank).orElse(true)) {
      out.emit(Rule.CLOSE_ADJUSTED_WITHOUT_REASON, ids, at + "/close/adjustedScore",
          what + " has an adjusted grade of " + Checks.format(c.adjustedScore().get())
              + " without a reason.",
          "Say why the grade differs from the computed one in \"adjustmentReason\": the rationale"
              + " is what the next cycle learns from.");
    }
    if (!objective || !c.isClosed()) {
      return;
    }
    if (c.outcome().isEmpty()) {
      out.emit(Rule.CLOSE_WITHOUT_OUTCOME, ids, at + "/close",
          what + " is closed without an outcome.",
          "Record \"outcome\": achieved, partially-achieved or missed.");
    }
    if (c.decision().isEmpty()) {
      out.emit(Rule.CLOSE_WITHOUT_DECISION, ids, at + "/close",
          what + " is closed without a decision for the next cycle.",
          "Record \"decision\": keep, modify, abandon or defer (a missed objective may well be"
              + " kept).");
    }
  }

  private void checkRecordedScore(Objective o, List<String> ids, String at) {
    CloseOut c = o.close().orElseThrow();
    if (!rules.isEnabled(Rule.CLOSE_SCORE_STALE) || c.computedScore().isEmpty()) {
      return;
    }
    ObjectiveScore now;
    try {
      now = ctx.scorer.score(o, c.date().orElseThrow());
    } catch (RuntimeException e) {
      ctx.failed(Rule.CLOSE_SCORE_STALE, ids, at + "/close/computedScore", Checking.describe(e));
      return;
    }
    BigDecimal recorded = c.computedScore().get();
    if (now.score().isEmpty() || now.score().get().compareTo(recorded) != 0) {
      out.emit(Rule.CLOSE_SCORE_STALE, ids, at + "/close/computedScore",
          "objective " + Text.quote(o.id()) + " recorded a computed grade of "
              + Checks.format(recorded) + " at its close on " + c.date().get() + ", but its key"
              + " results give " + now.score().map(Checks::format).orElse("no score") + " as of"
              + " that day.",
          "Close the cycle again (okr close) to record the grade its key results give.");
    }
  }

  private void checkInsAfterClose(
      Objective o, KeyResult kr, LocalDate closedOn, List<String> ids, String at) {
    if (!rules.isEnabled(Rule.CHECK_IN_AFTER_CLOSE)) {
      return;
    }
    for (int k = 0; k < kr.checkIns().size(); k++) {
      CheckIn c = kr.checkIns().get(k);
      if (c.date().isAfter(closedOn)) {
        out.emit(Rule.CHECK_IN_AFTER_CLOSE, ids, at + "/checkIns/" + k + "/date",
            "key result " + Text.quote(kr.id()) + " has a check-in dated " + c.date()
                + ", after objective " + Text.quote(o.id()) + " was closed on " + closedOn + ".",
            "Mark the key result \"trackAfterClose\": true to follow the result after the close,"
                + " or reopen the objective.");
        return;
      }
    }
  }

  private void checkChanges(KeyResult kr, @Nullable Cycle cycle, List<String> ids, String at) {
    if (kr.changes().isEmpty()) {
      return; // no chain to check, and only a recorded "added" change dates a key result
    }
    int valueChanges = 0;
    Change added = null;
    int addedIndex = -1;
    for (int k = 0; k < kr.changes().size(); k++) {
      Change c = kr.changes().get(k);
      if (c.field() == ChangeField.ADDED) {
        added = c;
        addedIndex = k;
      } else {
        valueChanges++;
      }
      if (c.reason().map(String::isBlank).orElse(true) && c.field() != ChangeField.ADDED) {
        out.emit(Rule.CHANGE_WITHOUT_REASON, ids, at + "/changes/" + k,
            "the " + c.field().spelling() + " of key result " + Text.quote(kr.id())
                + " changed on " + c.date() + " without a reason.",
            "Say why in \"reason\": a target moved without one reads as moving the goalposts.");
      }
    }
    if (valueChanges > 1) {
      out.emit(Rule.CHANGED_MORE_THAN_ONCE, ids, at + "/changes",
          "key result " + Text.quote(kr.id()) + " changed its target or baseline " + valueChanges
              + " times in one cycle.",
          "Change a target at most once a cycle; if it keeps moving, write a new key result.");
    }
    checkChain(kr, ChangeField.TARGET, kr.target().map(Target::value).orElse(null), ids, at);
    checkChain(kr, ChangeField.BASELINE, kr.baseline().map(Baseline::value).orElse(null), ids, at);
    if (cycle != null) {
      checkAddedLate(kr, cycle, added, addedIndex, ids, at);
    }
  }

  /** Each change starts from the value before it; the last ends on the key result's own value. */
  private void checkChain(
      KeyResult kr, ChangeField field, @Nullable BigDecimal own, List<String> ids, String at) {
    if (!rules.isEnabled(Rule.CHANGE_INCONSISTENT)) {
      return;
    }
    Change previous = null;
    int previousIndex = -1;
    for (Integer k : inDateOrder(kr, field)) {
      Change c = kr.changes().get(k);
      if (previous != null
          && previous.to().orElseThrow().compareTo(c.from().orElseThrow()) != 0) {
        out.emit(Rule.CHANGE_INCONSISTENT, ids, at + "/changes/" + k + "/from",
            "the " + field.spelling() + " change of key result " + Text.quote(kr.id()) + " on "
                + c.date() + " starts from " + Checks.format(c.from().orElseThrow())
                + ", but the change before it set " + Checks.format(previous.to().orElseThrow())
                + ".",
            "Make each change's \"from\" the \"to\" of the change before it.");
        return;
      }
      previous = c;
      previousIndex = k;
    }
    if (previous != null && (own == null || own.compareTo(previous.to().orElseThrow()) != 0)) {
      out.emit(Rule.CHANGE_INCONSISTENT, ids, at + "/changes/" + previousIndex + "/to",
          "the last " + field.spelling() + " change of key result " + Text.quote(kr.id())
              + " sets " + Checks.format(previous.to().orElseThrow()) + ", but its "
              + field.spelling() + " is " + (own == null ? "missing" : Checks.format(own)) + ".",
          "The key result's " + field.spelling() + " is the value after its last change: make"
              + " them agree.");
    }
  }

  private static List<Integer> inDateOrder(KeyResult kr, ChangeField field) {
    List<Integer> indexes = new java.util.ArrayList<>();
    for (int k = 0; k < kr.changes().size(); k++) {
      if (kr.changes().get(k).field() == field) {
        indexes.add(k);
      }
    }
    indexes.sort((a, b) -> kr.changes().get(a).date().compareTo(kr.changes().get(b).date()));
    return indexes;
  }

  private void checkAddedLate(
      KeyResult kr, Cycle cycle, @Nullable Change added, int addedIndex, List<String> ids,
      String at) {
    if (!rules.isEnabled(Rule.KR_ADDED_LATE_WITHOUT_REASON)) {
      return;
    }
    // the first quarter of the cycle: three weeks and a bit of a quarter, three months of a year
    LocalDate firstQuarterEnds = cycle.start().plusDays(cycle.lengthInDays() / 4);
    // only a recorded "added" change dates a key result: a baseline measured late is no sign
    if (added == null) {
      return;
    }
    LocalDate addedOn = added.date();
    if (!addedOn.isAfter(firstQuarterEnds) || !cycle.contains(addedOn)) {
      return;
    }
    boolean reasoned = added.reason().map(r -> !r.isBlank()).orElse(false);
    if (!reasoned) {
      String pointer = at + "/changes/" + addedIndex;
      out.emit(Rule.KR_ADDED_LATE_WITHOUT_REASON, ids, pointer,
          "key result " + Text.quote(kr.id()) + " was added on " + addedOn + ", after the first"
              + " quarter of cycle " + Text.quote(cycle.id()) + " (ended " + firstQuarterEnds
              + "), without a reason.",
          "Record {\"date\": \"" + addedOn + "\", \"field\": \"added\", \"reason\": \"…\"} in its"
              + " \"changes\": a late key result needs the why.");
    }
  }

  // ---- initiatives and KPIs

  /** True when a key result of {@code cycle}, or of a cycle reaching past its start, aims at it. */
  private boolean aimedAtDuringOrAfter(Set<String> aimedCycles, Cycle cycle) {
    for (String id : aimedCycles) {
      Cycle c = cycles.get(id);
      if (id.equals(cycle.id()) || (c != null && !c.end().isBefore(cycle.start()))) {
        return true;
      }
    }
    return false;
  }

  private void checkInitiatives() {
    Set<String> seen = new HashSet<>();
    List<Initiative> initiatives = set.initiatives();
    for (int n = 0; n < initiatives.size(); n++) {
      Initiative in = initiatives.get(n);
      String at = "/initiatives/" + n;
      List<String> ids = List.of(in.id());
      if (!seen.add(in.id())) {
        out.emit(Rule.DUPLICATE_ID, ids, at + "/id",
            "initiative id " + Text.quote(in.id()) + " is used by another initiative.",
            "Give every initiative its own id.");
      }
      if (in.keyResults().isEmpty()) {
        out.emit(Rule.INITIATIVE_WITHOUT_KEY_RESULTS, ids, at,
            "initiative " + Text.quote(in.id()) + " is linked to no key result.",
            "Link it to the key results the work should move, or ask whether the work matters.");
      }
      for (int k = 0; k < in.keyResults().size(); k++) {
        String kr = in.keyResults().get(k);
        if (ctx.index.firstKeyResult(kr) < 0) {
          out.emit(Rule.INITIATIVE_UNKNOWN_KEY_RESULT, ids, at + "/keyResults/" + k,
              "initiative " + Text.quote(in.id()) + " is linked to key result " + Text.quote(kr)
                  + ", which is not in the set.",
              "Correct the id, or remove the link.");
        }
      }
    }
  }

  private void checkKpis() {
    if (set.kpis().isEmpty()) {
      return; // nothing to check: no need to walk every key result for the KPIs it aims at
    }
    Set<String> seen = new HashSet<>();
    Map<String, Set<String>> aimedAtIn = new HashMap<>();
    for (Objective o : set.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        kr.kpi().ifPresent(k -> aimedAtIn.computeIfAbsent(k, x -> new HashSet<>()).add(o.cycle()));
      }
    }
    List<Kpi> kpis = set.kpis();
    for (int n = 0; n < kpis.size(); n++) {
      Kpi kpi = kpis.get(n);
      String at = "/kpis/" + n;
      List<String> ids = List.of(kpi.id());
      if (!seen.add(kpi.id())) {
        out.emit(Rule.DUPLICATE_ID, ids, at + "/id",
            "KPI id " + Text.quote(kpi.id()) + " is used by another KPI.",
            "Give every KPI its own id.");
      }
      if (rules.isEnabled(Rule.KPI_UNHEALTHY_WITHOUT_OKR)) {
        Set<String> aimed = aimedAtIn.getOrDefault(kpi.id(), Set.of());
        for (Cycle c : set.cycles()) {
          if (c.end().isAfter(asOf) || aimedAtDuringOrAfter(aimed, c)) {
            continue;
          }
          if (KpiHealth.unhealthyThroughout(kpi, c)) {
            out.emit(Rule.KPI_UNHEALTHY_WITHOUT_OKR, ids, at,
                "KPI " + Text.quote(kpi.id()) + " was unhealthy for the whole of cycle "
                    + Text.quote(c.id()) + " and no key result of that cycle or a later one aims"
                    + " at it.",
                "Consider a recovery OKR: a key result with \"kpi\": \"" + kpi.id()
                    + "\" that brings it back into its healthy corridor.");
            break;
          }
        }
      }
    }
  }
}
