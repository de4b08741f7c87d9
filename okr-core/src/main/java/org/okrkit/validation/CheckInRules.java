package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;

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

  CheckInRules(Checking ctx) {
    super(ctx);
    this.asOfText = ctx.asOf.toString();
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
    measuredOn = kr.baseline().flatMap(Baseline::date).orElse(null);
    for (int k = 1; k < checkIns.size() && firstInversion < 0; k++) {
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
    String at = ctx.index.keyResultAt(i, j);
    List<CheckIn> checkIns = kr.checkIns();
    if (asOf.isAfter(cycle.end())) {
      if (checkIns.isEmpty()) {
        ctx.emit(
            Rule.NEVER_CHECKED_IN,
            ctx.index.keyResultIds(i, j),
            at,
            "key result " + Text.quote(kr.id()) + " was never checked in during cycle "
                + Text.quote(cycle.id()) + ", which ended on " + cycle.end() + ".",
            "Record the final value now, and check in weekly or every other week next cycle.");
      }
      return;
    }
    LocalDate last = null;
    for (CheckIn c : checkIns) {
      if (!c.date().isAfter(asOf) && (last == null || c.date().isAfter(last))) {
        last = c.date();
      }
    }
    LocalDate since = last == null || last.isBefore(cycle.start()) ? cycle.start() : last;
    long days = ChronoUnit.DAYS.between(since, asOf);
    int weeks = ctx.rules.staleCheckInWeeks();
    if (days > 7L * weeks) {
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

  @Override
  void checkCheckIn(int i, int j, int k) {
    KeyResult kr = ctx.index.keyResult(i, j);
    CheckIn c = kr.checkIns().get(k);
    @Nullable Cycle cycle = ctx.index.cycleOfObjective(i);
    List<String> ids = ctx.index.keyResultIds(i, j);
    // the pointer is made only for a finding: a clean check-in builds no string
    LocalDate date = c.date();
    if (kr.kind() == KeyResultKind.MILESTONE && c.value().isPresent()) {
      ctx.emit(
          Rule.CHECK_IN_KIND_MISMATCH,
          ids,
          checkInAt(i, j, k) + "/value",
          "the " + date + " check-in of milestone key result " + Text.quote(kr.id())
              + " records the value " + Checks.format(c.value().get())
              + " instead of done or not done.",
          "Record done: true or false for a milestone, or make the key result a metric.");
    } else if (kr.kind() != KeyResultKind.MILESTONE && c.done().isPresent()) {
      ctx.emit(
          Rule.CHECK_IN_KIND_MISMATCH,
          ids,
          checkInAt(i, j, k) + "/done",
          "the " + date + " check-in of " + KeyResultRules.kindName(kr.kind()) + " key result "
              + Text.quote(kr.id()) + " records done: " + c.done().get()
              + " instead of a measured value.",
          "Record the measured value, or make the key result a milestone.");
    }
    // a key result tracked after close may record how the result held after its cycle's end
    boolean trackedAfterEnd = cycle != null && kr.trackAfterClose() && date.isAfter(cycle.end());
    if (cycle != null && !cycle.contains(date) && !trackedAfterEnd) {
      ctx.emit(
          Rule.CHECK_IN_OUTSIDE_CYCLE,
          ids,
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
          ids,
          checkInAt(i, j, k) + "/date",
          "key result " + Text.quote(kr.id()) + " has a check-in dated " + date
              + ", before its baseline was measured on " + measured + ".",
          "Correct the check-in date or the baseline date.");
    }
    Optional<BigDecimal> confidence = c.confidence();
    if (confidence.isPresent()
        && (confidence.get().signum() < 0 || confidence.get().compareTo(BigDecimal.ONE) > 0)) {
      ctx.emit(
          Rule.CONFIDENCE_OUT_OF_RANGE,
          ids,
          checkInAt(i, j, k) + "/confidence",
          "the " + date + " check-in of key result " + Text.quote(kr.id())
              + " has a confidence of " + Checks.format(confidence.get()) + ", outside 0.0-1.0.",
          "Give confidence as a fraction between 0.0 and 1.0 (0.7 for 70%).");
    }
    // advice is asked about before its message is built: a structural-only validation (what
    // every command checks before scoring) makes no sentence for a future check-in
    if (date.isAfter(ctx.asOf) && ctx.isEnabled(Rule.CHECK_IN_IN_FUTURE)) {
      ctx.emit(
          Rule.CHECK_IN_IN_FUTURE,
          ids,
          checkInAt(i, j, k) + "/date",
          "key result " + Text.quote(kr.id()) + " has a check-in dated " + date
              + ", after the as-of date " + asOfText + ".",
          "Correct the date: a check-in records a value already measured.");
    }
    if (k == firstInversion && ctx.isEnabled(Rule.CHECK_INS_OUT_OF_ORDER)) {
      ctx.emit(
          Rule.CHECK_INS_OUT_OF_ORDER,
          ids,
          checkInAt(i, j, k) + "/date",
          "the check-in dated " + date + " of key result " + Text.quote(kr.id())
              + " comes after one dated " + kr.checkIns().get(k - 1).date() + ".",
          "Keep check-ins in date order, oldest first.");
    }
  }
}
