package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.Scorer;

/**
 * Carrying OKRs into the next cycle ("often some carry forward"): a pure transform with these
 * copy rules.
 *
 * <ol>
 *   <li>An objective of the old cycle decided {@code keep}, {@code modify} or {@code defer} moves
 *       into the new cycle as a <em>new</em> objective: new id, {@code carriedFrom} naming the old
 *       one, the same title, description, owner, level, type, weight and extensions, no close-out.
 *       Objectives decided {@code abandon} stay behind, and so do objectives without a decision
 *       (unless {@link CarryOptions#carryUndecided()}) and objectives already carried into the new
 *       cycle (a second carry never duplicates them).
 *   <li>Each key result moves with it as a new key result with {@code carriedFrom}, except those
 *       decided {@code abandon} in their own close-out, milestones already done, and metric key
 *       results whose score was already 1.0 at the old cycle's end (a baseline at the target
 *       would leave nothing to measure). Thresholds move even when met: they guard a level. An objective none of whose key results move
 *       stays behind, reported, because an objective needs key results.
 *   <li>A carried metric key result starts from its last recorded value before the new cycle
 *       (the new baseline, dated that day) with the target in force at the old cycle's end ({@link CarryOptions.BaselineRule#LAST_VALUE}; {@link
 *       CarryOptions.BaselineRule#KEEP} keeps the old baseline). The unit, kind, weight, KPI link
 *       and extensions are copied.
 *   <li>Check-in history, changes and close-outs stay with the old cycle: carried key results
 *       start without check-ins, and {@code trackAfterClose} is not copied.
 *   <li>Alignment: a carried objective whose parent was carried too points at the parent's new
 *       objective; a parent in a cycle that overlaps the new one (an annual objective) is kept;
 *       any other parent is dropped and the drop reported in {@link CarryResult#notes()}.
 *   <li>Initiatives still planned or active that link to a carried key result gain a link to
 *       its new key result; done and dropped ones stay as they are.
 *   <li>Nothing in the old cycle changes. The carried objectives follow the existing ones, in
 *       document order; the new cycle is added to the set when it lacks it.
 * </ol>
 *
 * <p>New ids replace the old cycle's id (or its quarter, {@code q3}) inside the old id with the
 * new one's ({@code growth-2026-Q3} becomes {@code growth-2026-Q4}, {@code support-q3-1} becomes
 * {@code support-q4-1}); an id without it gets the new cycle's id appended; a clash with an
 * existing id appends {@code -2}, {@code -3}… Carrying a set with no structural error gives a set
 * with no structural error.
 */
public final class CarryForward {
  private static final Pattern QUARTER_ID = Pattern.compile("(?:(\\d{4})-)?[Qq]([1-4])");
  private static final Pattern QUARTER_IN_ID = Pattern.compile("(?i)q[1-4]");

  private CarryForward() {}

  /**
   * Carries the objectives of cycle {@code fromCycle} into {@code toCycle} with {@link
   * CarryOptions#defaults()}.
   *
   * @param set the OKR set
   * @param fromCycle the from cycle
   * @param toCycle the cycle it is carried into
   * @return carries the objectives of cycle {@code fromCycle} into {@code toCycle} with {@link
   *     CarryOptions#defaults()}
   * @throws IllegalArgumentException if the set has no cycle {@code fromCycle}, or {@code toCycle}
   *     has its id, or the set holds a different cycle under {@code toCycle}'s id
   * @throws NullPointerException if an argument is null
   */
  public static CarryResult carryForward(OkrSet set, String fromCycle, Cycle toCycle) {
    return carryForward(set, fromCycle, toCycle, CarryOptions.defaults());
  }

  /**
   * Carries the objectives of cycle {@code fromCycle} into {@code toCycle} by the rules above.
   *
   * @param set the OKR set
   * @param fromCycle the from cycle
   * @param toCycle the cycle it is carried into
   * @param options the options
   * @return carries the objectives of cycle {@code fromCycle} into {@code toCycle} by the rules
   *     above
   * @throws IllegalArgumentException if the set has no cycle {@code fromCycle}, or {@code toCycle}
   *     has its id, or the set holds a different cycle under {@code toCycle}'s id
   * @throws NullPointerException if an argument is null
   */
  public static CarryResult carryForward(
      OkrSet set, String fromCycle, Cycle toCycle, CarryOptions options) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(fromCycle, "fromCycle");
    Objects.requireNonNull(toCycle, "toCycle");
    Objects.requireNonNull(options, "options");
    Cycle from = Cycles.require(set, fromCycle);
    if (toCycle.id().equals(from.id())) {
      throw new IllegalArgumentException(
          "cycle '" + toCycle.id() + "': cannot carry a cycle into itself");
    }
    Optional<Cycle> existing = set.cycle(toCycle.id());
    if (existing.isPresent() && !existing.get().equals(toCycle)) {
      throw new IllegalArgumentException(
          "cycle '" + toCycle.id() + "': the set already has it from " + existing.get().start()
              + " to " + existing.get().end() + ", not " + toCycle.start() + " to "
              + toCycle.end());
    }
    return new Run(set, from, toCycle, options).run();
  }

  /**
   * The cycle {@code id} names when it is a quarter: {@code 2026-Q4} is that quarter, and {@code
   * Q4} the first fourth quarter starting after {@code after} starts (in {@code after}'s year or
   * the next). The created cycle keeps {@code id} as its id and is named {@code Q4 2026}.
   *
   * @param id the id
   * @param after the after
   * @return the cycle {@code id} names when it is a quarter
   * @throws NullPointerException if an argument is null
   */
  public static Optional<Cycle> quarter(String id, Cycle after) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(after, "after");
    Matcher m = QUARTER_ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    int q = Integer.parseInt(m.group(2));
    int year;
    if (m.group(1) != null) {
      year = Integer.parseInt(m.group(1));
    } else {
      year = after.start().getYear();
      if (!Cycle.quarter(year, q).start().isAfter(after.start())) {
        year++;
      }
    }
    Cycle quarter = Cycle.quarter(year, q);
    return Optional.of(
        Cycle.builder().from(quarter).id(id).build());
  }

  /** One carry: the state shared by the steps, used once. */
  private static final class Run {
    private final OkrSet set;
    private final Cycle from;
    private final Cycle to;
    private final CarryOptions options;
    private final Set<String> usedIds = new HashSet<>();
    private final Map<String, String> newIds = new LinkedHashMap<>();
    private final List<CarryResult.LeftBehind> leftBehind = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Scorer scorer = Scorer.defaults();

    Run(OkrSet set, Cycle from, Cycle to, CarryOptions options) {
      this.set = set;
      this.from = from;
      this.to = to;
      this.options = options;
    }

    CarryResult run() {
      Set<String> alreadyCarried = new HashSet<>();
      for (Cycle c : set.cycles()) {
        usedIds.add(c.id());
      }
      usedIds.add(to.id());
      for (Objective o : set.objectives()) {
        usedIds.add(o.id());
        for (KeyResult kr : o.keyResults()) {
          usedIds.add(kr.id());
        }
        if (o.cycle().equals(to.id())) {
          o.carriedFrom().ifPresent(alreadyCarried::add);
        }
      }
      List<Objective> carried = new ArrayList<>();
      for (Objective o : set.objectives()) {
        if (!o.cycle().equals(from.id())) {
          continue;
        }
        if (alreadyCarried.contains(o.id())) {
          leftBehind.add(new CarryResult.LeftBehind(o.id(), "already carried into " + to.id()));
          continue;
        }
        Optional<Decision> decision = o.close().flatMap(CloseOut::decision);
        if (decision.isEmpty() && !options.carryUndecided()) {
          leftBehind.add(new CarryResult.LeftBehind(o.id(), "no decision"));
          continue;
        }
        if (decision.isPresent() && !decision.get().carriesForward()) {
          leftBehind.add(new CarryResult.LeftBehind(o.id(), "decided abandon"));
          continue;
        }
        Objective copy = carryObjective(o);
        if (copy != null) {
          carried.add(copy);
        }
      }
      List<Objective> objectives = new ArrayList<>(set.objectives());
      for (Objective c : carried) {
        objectives.add(realign(c));
      }
      List<Cycle> cycles = new ArrayList<>(set.cycles());
      if (set.cycle(to.id()).isEmpty()) {
        cycles.add(to);
      }
      OkrSet result = set.withCycles(cycles).withObjectives(objectives)
          .withInitiatives(relink(set.initiatives()));
      return new CarryResult(result, to, newIds, leftBehind, notes);
    }

    private @Nullable Objective carryObjective(Objective o) {
      LocalDate end = from.end();
      List<KeyResult> krs = new ArrayList<>();
      Map<String, String> krIds = new LinkedHashMap<>();
      for (KeyResult kr : o.keyResults()) {
        String why = staysBehind(kr, end);
        if (why != null) {
          leftBehind.add(new CarryResult.LeftBehind(kr.id(), why));
          continue;
        }
        String id = newId(kr.id());
        krIds.put(kr.id(), id);
        krs.add(carryKeyResult(kr, id));
      }
      if (krs.isEmpty()) {
        leftBehind.add(new CarryResult.LeftBehind(o.id(), "no key result left to carry"));
        for (String id : krIds.values()) {
          usedIds.remove(id);
        }
        return null;
      }
      String id = newId(o.id());
      newIds.put(o.id(), id);
      newIds.putAll(krIds);
      return Objective.builder()
          .id(id)
          .title(o.title())
          .description(o.description())
          .owner(o.owner())
          .level(o.level())
          .type(o.type())
          .cycle(to.id())
          .parent(o.parent())
          .weight(o.weight())
          .keyResults(krs)
          .carriedFrom(o.id())
          .extensions(o.extensions())
          .build();
    }

    /** Why {@code kr} stays in the old cycle, or null when it moves. */
    private @Nullable String staysBehind(KeyResult kr, LocalDate end) {
      if (kr.close().flatMap(CloseOut::decision).map(d -> !d.carriesForward()).orElse(false)) {
        return "decided abandon";
      }
      KeyResultScore s = scorer.score(kr, end);
      boolean done = s.score().map(v -> v.compareTo(BigDecimal.ONE) >= 0).orElse(false);
      if (done && kr.kind() == KeyResultKind.MILESTONE) {
        return "milestone done";
      }
      if (done && kr.kind() == KeyResultKind.METRIC) {
        return "target reached";
      }
      return null;
    }

    private KeyResult carryKeyResult(KeyResult kr, String id) {
      KeyResult inForce = kr.inForceOn(from.end());
      KeyResult.Builder b = KeyResult.builder()
          .id(id)
          .title(kr.title())
          .kind(kr.kind())
          .unit(kr.unit())
          .baseline(inForce.baseline())
          .target(inForce.target())
          .weight(kr.weight())
          .carriedFrom(kr.id())
          .kpi(kr.kpi())
          .extensions(kr.extensions());
      // a threshold keeps its baseline: its last value already meets the bound it is kept at
      if (options.baselineRule() == CarryOptions.BaselineRule.LAST_VALUE
          && kr.kind() == KeyResultKind.METRIC) {
        CheckIn last = lastValueBefore(kr, to.start());
        if (last != null) {
          b.baseline(Baseline.of(last.value().orElseThrow(), last.date()));
        }
      }
      return b.build();
    }

    private static @Nullable CheckIn lastValueBefore(KeyResult kr, LocalDate day) {
      CheckIn best = null;
      for (CheckIn c : kr.checkIns()) {
        if (c.value().isPresent()
            && c.date().isBefore(day)
            && (best == null || !c.date().isBefore(best.date()))) {
          best = c;
        }
      }
      return best;
    }

    private Objective realign(Objective carried) {
      Optional<String> parent = carried.parent();
      if (parent.isEmpty()) {
        return carried;
      }
      String newParent = newIds.get(parent.get());
      if (newParent != null) {
        return carried.withParent(newParent);
      }
      Optional<Objective> p = set.objective(parent.get());
      Optional<Cycle> pc = p.flatMap(x -> set.cycle(x.cycle()));
      if (pc.isPresent() && overlaps(pc.get(), to)) {
        return carried;
      }
      notes.add("objective '" + carried.id() + "': its old parent '" + parent.get()
          + "' was not carried into " + to.id() + ", so it is aligned to nothing; align it"
          + " to an objective of the new cycle");
      return carried.withParent(Optional.empty());
    }

    private static boolean overlaps(Cycle a, Cycle b) {
      return !a.end().isBefore(b.start()) && !b.end().isBefore(a.start());
    }

    private List<Initiative> relink(List<Initiative> initiatives) {
      List<Initiative> out = new ArrayList<>(initiatives.size());
      for (Initiative in : initiatives) {
        if (in.status() == InitiativeStatus.DONE || in.status() == InitiativeStatus.DROPPED) {
          out.add(in);
          continue;
        }
        List<String> links = new ArrayList<>(in.keyResults());
        Set<String> present = new HashSet<>(links);
        for (String kr : in.keyResults()) {
          String moved = newIds.get(kr);
          if (moved != null && present.add(moved)) {
            links.add(moved);
          }
        }
        out.add(links.size() == in.keyResults().size() ? in : in.withKeyResults(links));
      }
      return out;
    }

    private String newId(String old) {
      String base;
      if (old.contains(from.id())) {
        base = old.replace(from.id(), to.id());
      } else {
        base = replaceQuarter(old);
      }
      String id = base;
      for (int n = 2; usedIds.contains(id); n++) {
        id = base + "-" + n;
      }
      usedIds.add(id);
      return id;
    }

    /** {@code support-q3-1} into Q4 becomes {@code support-q4-1}; else the new id is appended. */
    private String replaceQuarter(String old) {
      String fromQ = quarterToken(from);
      String toQ = quarterToken(to);
      if (fromQ != null && toQ != null) {
        Matcher m = QUARTER_IN_ID.matcher(old);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) {
          boolean wordStart = m.start() == 0 || !Character.isLetterOrDigit(old.charAt(m.start() - 1));
          boolean wordEnd = m.end() == old.length() || !Character.isLetterOrDigit(old.charAt(m.end()));
          if (wordStart && wordEnd && m.group().equalsIgnoreCase(fromQ)) {
            hits.add(new int[] {m.start(), m.end()});
          }
        }
        if (hits.size() == 1) {
          int[] h = hits.get(0);
          String found = old.substring(h[0], h[1]);
          String replacement = Character.isUpperCase(found.charAt(0)) ? toQ.toUpperCase(java.util.Locale.ROOT) : toQ;
          return old.substring(0, h[0]) + replacement + old.substring(h[1]);
        }
      }
      return old + "-" + to.id();
    }

    /** {@code q3} for a calendar quarter, else null. */
    private static @Nullable String quarterToken(Cycle c) {
      int month = c.start().getMonthValue();
      if (c.start().getDayOfMonth() != 1 || (month - 1) % 3 != 0) {
        return null;
      }
      Cycle q = Cycle.quarter(c.start().getYear(), (month - 1) / 3 + 1);
      return q.end().equals(c.end()) ? "q" + ((month - 1) / 3 + 1) : null;
    }
  }
}
