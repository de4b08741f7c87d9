package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.internal.Stored;

/**
 * Check-ins: a value or done flag that fits the kind, dates inside the cycle and after the
 * baseline, and the habit of checking in (stale, never, out of order).
 */
final class CheckInRules extends RuleFamily {
  static final List<Rule> RULES =
      List.of(
          Rule.CHECK_IN_KIND_MISMATCH,
          Rule.CHECK_IN_OUTSIDE_CYCLE,
          Rule.CHECK_IN_BEFORE_BASELINE,
          Rule.CONFIDENCE_OUT_OF_RANGE,
          Rule.CHECK_IN_IN_FUTURE,
          Rule.CHECK_INS_OUT_OF_ORDER,
          Rule.STALE_CHECK_INS,
          Rule.NEVER_CHECKED_IN,
          Rule.SUM_CHECK_INS_IGNORED);

  /** The first check-in of the current key result dated before its predecessor, or -1. */
  private int firstInversion = -1;
  /** The day the current key result's baseline was measured, or null: read once per key result. */
  private @Nullable LocalDate measuredOn;

  /** The as-of date as written in messages: every future check-in's message names it. */
  private final String asOfText;

  /** Whether {@link Rule#CHECK_IN_IN_FUTURE} runs. */
  private final boolean future;

  /** The check-ins' parts as stored: no {@code Optional} made for the twelve or so per key result. */
  private static final Stored.Access STORED = Stored.access();

  /** Names the {@link Plain} key results among what engines derive from the set. */
  private enum Key {
    PLAIN
  }

  /** Which key results' check-ins only the date rules can report on, kept with the set. */
  private final Plain plain;

  /**
   * Whether the current key result is {@linkplain Plain plain}: its check-ins are then checked
   * against the as-of date only, from {@link #futureFrom}.
   */
  private boolean currentPlain;

  /**
   * For a plain key result, the position of its first check-in dated after the as-of date (its
   * check-ins are in date order, so every later one is too), or its number of check-ins.
   */
  private int futureFrom;

  /** For a plain key result, the epoch day of its latest check-in on or before the as-of date. */
  private int lastDay;

  /** For a plain key result, where its check-ins' days begin in {@link Plain#day}. */
  private int daysFrom;

  /** The as-of date as an epoch day. */
  private final long asOfDay;

  /** The severity of {@link Rule#CHECK_IN_IN_FUTURE}, looked up once. */
  private final Severity futureSeverity;

  CheckInRules(Checking ctx) {
    super(ctx);
    this.asOfText = ctx.asOf.toString();
    this.future = ctx.isEnabled(Rule.CHECK_IN_IN_FUTURE);
    this.futureSeverity = ctx.severity(Rule.CHECK_IN_IN_FUTURE);
    this.asOfDay = ctx.asOf.toEpochDay();
    SetIndex index = ctx.index;
    this.plain = index.set().derived(Key.PLAIN, s -> new Plain(index));
  }

  /**
   * By position among the set's key results: true when no check-in of the key result can be
   * reported on but for its date against the as-of date: its check-ins are in date order, each
   * records what its kind records, inside its objective's cycle (or after it, for a key result
   * tracked after close), on or after the baseline's date, with a confidence from 0 to 1 if any.
   * What only the date rules ({@link Rule#CHECK_IN_IN_FUTURE}, {@link Rule#STALE_CHECK_INS})
   * report depends on the as-of date; all the rest on the set alone, so it is worked out once per
   * set and kept with it (as the roll-up keeps its columns), with the epoch days of a plain key
   * result's check-ins: a validation then reads no check-in of a plain key result, only its days
   * from the last back to the as-of date. Costs 4 bytes per check-in of a plain key result and 5
   * per key result while the set lives. Immutable once built.
   */
  private static final class Plain {
    private final boolean[] plain;
    /** Where the days of the plain key result at a position begin: {@code from[p] … from[p + 1]}. */
    private final int[] from;
    /** The epoch days of the plain key results' check-ins, in order. */
    private final int[] day;

    Plain(SetIndex index) {
      int n = index.keyResultCount();
      plain = new boolean[n];
      from = new int[n + 1];
      List<org.okrkit.model.Objective> objectives = index.objectives();
      int at = 0;
      int days = 0;
      for (int i = 0; i < objectives.size(); i++) {
        @Nullable Cycle cycle = index.cycleOfObjective(i);
        for (KeyResult kr : objectives.get(i).keyResults()) {
          plain[at] = isPlain(kr, cycle);
          from[at++] = days;
          days += plain[at - 1] ? kr.checkIns().size() : 0;
        }
      }
      from[n] = days;
      day = new int[days];
      at = 0;
      for (org.okrkit.model.Objective o : objectives) {
        for (KeyResult kr : o.keyResults()) {
          if (plain[at]) {
            int d = from[at];
            for (CheckIn c : kr.checkIns()) {
              day[d++] = (int) c.date().toEpochDay();
            }
          }
          at++;
        }
      }
    }

    /** The conditions under which {@link #check} reports nothing but the future date. */
    private static boolean isPlain(KeyResult kr, @Nullable Cycle cycle) {
      if (!kr.checkInsInDateOrder()) {
        return false;
      }
      @Nullable Baseline baseline = STORED.baseline(kr);
      @Nullable LocalDate measured = baseline == null ? null : STORED.date(baseline);
      boolean milestone = kr.kind() == KeyResultKind.MILESTONE;
      for (CheckIn c : kr.checkIns()) {
        LocalDate date = c.date();
        long epochDay = date.toEpochDay();
        if (epochDay != (int) epochDay) {
          return false; // beyond the days an int holds (a year past 5 million)
        }
        if (milestone ? STORED.value(c) != null : STORED.done(c) != null) {
          return false;
        }
        if (cycle != null
            && !cycle.contains(date)
            && !(kr.trackAfterClose() && date.isAfter(cycle.end()))) {
          return false;
        }
        if (measured != null && date.isBefore(measured)) {
          return false;
        }
        BigDecimal confidence = STORED.confidence(c);
        if (confidence != null
            && (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0)) {
          return false;
        }
      }
      return true;
    }
  }

  /** The pointer of check-in {@code k}, for a finding (the key result's part is made once). */
  private String checkInAt(int i, int j, int k) {
    return ctx.index.keyResultAt(i, j) + "/checkIns/" + k;
  }

  @Override
  void checkKeyResult(int i, int j) {
    KeyResult kr = ctx.index.keyResult(i, j);
    List<CheckIn> checkIns = kr.checkIns();
    firstInversion = -1;
    int position = ctx.index.keyResultPosition(i, j);
    currentPlain = plain.plain[position];
    if (currentPlain) {
      // in date order the check-ins after the as-of date are the last ones: their days, read
      // from the end, and no check-in
      int from = plain.from[position];
      int k = plain.from[position + 1];
      int[] day = plain.day;
      while (k > from && day[k - 1] > asOfDay) {
        k--;
      }
      daysFrom = from;
      futureFrom = k - from;
      lastDay = k > from ? day[k - 1] : Integer.MIN_VALUE;
    }
    @Nullable Baseline baseline = STORED.baseline(kr);
    measuredOn = baseline == null ? null : STORED.date(baseline);
    // the model knows whether they are in date order (worked out when the key result was built)
    for (int k = 1; k < checkIns.size() && firstInversion < 0 && !kr.checkInsInDateOrder(); k++) {
      if (checkIns.get(k).date().isBefore(checkIns.get(k - 1).date())) {
        firstInversion = k;
      }
    }
    if (!kr.sumOf().isEmpty() && !checkIns.isEmpty()) {
      ctx.emit(
          Rule.SUM_CHECK_INS_IGNORED,
          ctx.index.keyResultIds(i, j),
          ctx.index.keyResultAt(i, j) + "/checkIns",
          "key result " + Text.quote(kr.id()) + " is the sum of " + kr.sumOf().size()
              + " key results (sumOf), so its " + checkIns.size()
              + " check-ins are ignored.",
          "Check in on the key results it sums, and remove the check-ins here.");
    }
    if (ctx.isEnabled(Rule.STALE_CHECK_INS) || ctx.isEnabled(Rule.NEVER_CHECKED_IN)) {
      checkProgress(i, j, kr, ctx.index.cycleOfObjective(i));
    }
  }

  private void checkProgress(int i, int j, KeyResult kr, @Nullable Cycle cycle) {
    LocalDate asOf = ctx.asOf;
    if (cycle == null || asOf.isBefore(cycle.start())) {
      return;
    }
    List<CheckIn> checkIns = kr.checkIns();
    if (asOf.isAfter(cycle.end())) {
      if (checkIns.isEmpty()) {
        ctx.emit(
            Rule.NEVER_CHECKED_IN,
            ctx.index.keyResultIds(i, j),
            ctx.index.keyResultAt(i, j),
            "key result " + Text.quote(kr.id()) + " was never checked in during cycle "
                + Text.quote(cycle.id()) + ", which ended on " + cycle.end() + ".",
            "Record the final value now, and check in weekly or every other week next cycle.");
      }
      return;
    }
    if (currentPlain) {
      stalePlain(i, j, kr, cycle, checkIns.isEmpty());
      return;
    }
    LocalDate last = null;
    if (kr.checkInsInDateOrder()) {
      // in date order the latest on or before the date is the last such one, found from the end
      for (int k = checkIns.size() - 1; k >= 0 && last == null; k--) {
        LocalDate d = checkIns.get(k).date();
        if (!d.isAfter(asOf)) {
          last = d;
        }
      }
    } else {
      for (CheckIn c : checkIns) {
        if (!c.date().isAfter(asOf) && (last == null || c.date().isAfter(last))) {
          last = c.date();
        }
      }
    }
    LocalDate since = last == null || last.isBefore(cycle.start()) ? cycle.start() : last;
    long days = ChronoUnit.DAYS.between(since, asOf);
    int weeks = ctx.rules.staleCheckInWeeks();
    if (days > 7L * weeks) {
      String at = ctx.index.keyResultAt(i, j);
      ctx.emit(
          Rule.STALE_CHECK_INS,
          ctx.index.keyResultIds(i, j),
          checkIns.isEmpty() ? at : at + "/checkIns",
          "key result " + Text.quote(kr.id()) + " has had no check-in "
              + (since.equals(last) ? "since " : "since its cycle started on ") + since + ", "
              + days + " days before " + asOf + " (limit " + weeks + " weeks).",
          "Check in weekly or every other week: record the current value and your confidence.");
    }
  }

  /**
   * {@link Rule#STALE_CHECK_INS} for a plain key result, from the day of its latest check-in on
   * or before the as-of date (the one before the first after it): the same finding, counted in
   * days.
   */
  private void stalePlain(int i, int j, KeyResult kr, Cycle cycle, boolean none) {
    long startDay = cycle.start().toEpochDay();
    boolean sinceLast = futureFrom > 0 && lastDay >= startDay;
    long days = asOfDay - (sinceLast ? lastDay : startDay);
    int weeks = ctx.rules.staleCheckInWeeks();
    if (days > 7L * weeks) {
      LocalDate since = sinceLast ? LocalDate.ofEpochDay(lastDay) : cycle.start();
      String at = ctx.index.keyResultAt(i, j);
      ctx.emit(
          Rule.STALE_CHECK_INS,
          ctx.index.keyResultIds(i, j),
          none ? at : at + "/checkIns",
          "key result " + Text.quote(kr.id()) + " has had no check-in "
              + (sinceLast ? "since " : "since its cycle started on ") + since + ", "
              + days + " days before " + ctx.asOf + " (limit " + weeks + " weeks).",
          "Check in weekly or every other week: record the current value and your confidence.");
    }
  }

  @Override
  boolean checksCheckIns() {
    return true;
  }

  /** Every check-in of the key result in one loop: what the pass asks when no other family checks. */
  @Override
  void checkCheckIns(int i, int j) {
    KeyResult kr = ctx.index.keyResult(i, j);
    List<CheckIn> checkIns = kr.checkIns();
    if (currentPlain) {
      // only the ones after the as-of date have a finding, one each: straight to the output
      int[] day = plain.day;
      for (int k = futureFrom; future && k < checkIns.size(); k++) {
        ctx.emitAlone(
            Rule.CHECK_IN_IN_FUTURE,
            futureSeverity,
            new FindingText.FutureCheckIn(
                ctx.index.keyResultIds(i, j), i, j, k, day[daysFrom + k], asOfText));
      }
      return;
    }
    @Nullable Cycle cycle = ctx.index.cycleOfObjective(i);
    for (int k = 0; k < checkIns.size(); k++) {
      check(i, j, k, kr, checkIns.get(k), cycle);
      ctx.flush();
    }
  }

  @Override
  void checkCheckIn(int i, int j, int k) {
    KeyResult kr = ctx.index.keyResult(i, j);
    check(i, j, k, kr, kr.checkIns().get(k), ctx.index.cycleOfObjective(i));
  }

  private void check(int i, int j, int k, KeyResult kr, CheckIn c, @Nullable Cycle cycle) {
    // the ids and pointer are made only for a finding: a clean check-in builds no string
    LocalDate date = c.date();
    KeyResultKind kind = kr.kind();
    if (kind == KeyResultKind.MILESTONE ? STORED.value(c) != null : STORED.done(c) != null) {
      checkKind(i, j, k, kr, c);
    }
    // a key result tracked after close may record how the result held after its cycle's end
    if (cycle != null
        && !cycle.contains(date)
        && !(kr.trackAfterClose() && date.isAfter(cycle.end()))) {
      ctx.emit(
          Rule.CHECK_IN_OUTSIDE_CYCLE,
          ctx.index.keyResultIds(i, j),
          checkInAt(i, j, k) + "/date",
          "key result " + Text.quote(kr.id()) + " has a check-in dated " + date
              + ", outside its cycle " + Text.quote(cycle.id()) + " (" + cycle.start() + " to "
              + cycle.end() + ").",
          "Correct the date, or move the key result to the cycle the check-in belongs to.");
    }
    LocalDate measured = measuredOn;
    if (measured != null && date.isBefore(measured)) {
      ctx.emit(
          Rule.CHECK_IN_BEFORE_BASELINE,
          ctx.index.keyResultIds(i, j),
          checkInAt(i, j, k) + "/date",
          "key result " + Text.quote(kr.id()) + " has a check-in dated " + date
              + ", before its baseline was measured on " + measured + ".",
          "Correct the check-in date or the baseline date.");
    }
    BigDecimal confidence = STORED.confidence(c);
    if (confidence != null
        && (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0)) {
      ctx.emit(
          Rule.CONFIDENCE_OUT_OF_RANGE,
          ctx.index.keyResultIds(i, j),
          checkInAt(i, j, k) + "/confidence",
          "the " + date + " check-in of key result " + Text.quote(kr.id())
              + " has a confidence of " + Checks.format(confidence) + ", outside 0.0-1.0.",
          "Give confidence as a fraction between 0.0 and 1.0 (0.7 for 70%).");
    }
    // advice is asked about before its finding is made: a structural-only validation (what
    // every command checks before scoring) makes none for a future check-in; the others get
    // their pointer and sentence when first read (a few per key result before a cycle's end)
    if (future && date.isAfter(ctx.asOf)) {
      ctx.emit(
          Rule.CHECK_IN_IN_FUTURE,
          new FindingText.FutureCheckIn(
              ctx.index.keyResultIds(i, j), i, j, k, date.toEpochDay(), asOfText));
    }
    if (k == firstInversion && ctx.isEnabled(Rule.CHECK_INS_OUT_OF_ORDER)) {
      ctx.emit(
          Rule.CHECK_INS_OUT_OF_ORDER,
          ctx.index.keyResultIds(i, j),
          checkInAt(i, j, k) + "/date",
          "the check-in dated " + date + " of key result " + Text.quote(kr.id())
              + " comes after one dated " + kr.checkIns().get(k - 1).date() + ".",
          "Keep check-ins in date order, oldest first.");
    }
  }

  /** A value on a milestone's check-in, or a done flag on another kind's. */
  private void checkKind(int i, int j, int k, KeyResult kr, CheckIn c) {
    LocalDate date = c.date();
    if (kr.kind() == KeyResultKind.MILESTONE) {
      ctx.emit(
          Rule.CHECK_IN_KIND_MISMATCH,
          ctx.index.keyResultIds(i, j),
          checkInAt(i, j, k) + "/value",
          "the " + date + " check-in of milestone key result " + Text.quote(kr.id())
              + " records the value " + Checks.format(c.value().get())
              + " instead of done or not done.",
          "Record done: true or false for a milestone, or make the key result a metric.");
    } else {
      ctx.emit(
          Rule.CHECK_IN_KIND_MISMATCH,
          ctx.index.keyResultIds(i, j),
          checkInAt(i, j, k) + "/done",
          "the " + date + " check-in of " + KeyResultRules.kindName(kr.kind()) + " key result "
              + Text.quote(kr.id()) + " records done: " + c.done().get()
              + " instead of a measured value.",
          "Record the measured value, or make the key result a milestone.");
    }
  }
}
