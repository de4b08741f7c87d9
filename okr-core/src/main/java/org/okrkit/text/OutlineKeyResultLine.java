package org.okrkit.text;

import static org.okrkit.text.OutlineValues.abbreviate;
import static org.okrkit.text.OutlineValues.column;
import static org.okrkit.text.OutlineValues.date;
import static org.okrkit.text.OutlineValues.enumValue;
import static org.okrkit.text.OutlineValues.flag;
import static org.okrkit.text.OutlineValues.has;
import static org.okrkit.text.OutlineValues.leadingSpaces;
import static org.okrkit.text.OutlineValues.message;
import static org.okrkit.text.OutlineValues.noneOr;
import static org.okrkit.text.OutlineValues.text;
import static org.okrkit.text.OutlineValues.wholeNumber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.health.CheckInCadence;
import org.okrkit.model.Baseline;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.ZoneDescriptions;

/**
 * Reads an outline's key-result line ({@code - sentence {metadata}}): the sentence through the
 * key-result parser, then the baseline, target, levels, zones, roll-up, close-out and extension
 * metadata that state or override what the sentence says.
 */
final class OutlineKeyResultLine {
  private static final List<String> KEYS =
      List.of("id", "title", "kind", "unit", "baseline", "baseline-date", "target", "side",
          "weight", "commit", "stretch", "at-most", "target-pending", "baseline-pending",
          "zone-fail", "zone-commit", "zone-target", "zone-stretch",
          "sum-of", "start", "due", "plan", "cadence", "grace-days", "carried-from",
          "track-after-close", "kpi", "closed", "outcome", "decision", "computed-score",
          "adjusted-score", "adjustment-reason", "retrospective");

  private final OutlineValues values;
  private final DocumentLimits limits;
  private final boolean lenient;
  private final List<OutlineWarning> warnings;

  /**
   * A reader of key-result lines that adds the warning of each lenient reading to
   * {@code warnings}.
   */
  OutlineKeyResultLine(OutlineValues values, boolean lenient, List<OutlineWarning> warnings) {
    this.values = values;
    this.limits = values.limits();
    this.lenient = lenient;
    this.warnings = warnings;
  }

  /** A milestone's checkbox at the start of a key-result line, and how many characters it takes. */
  record Checkbox(boolean ticked, int length) {}

  /**
   * The checkbox {@code [ ]} or {@code [x]} that {@code content} starts with, or null when it
   * starts with none; any other mark in the brackets is an error.
   */
  static @Nullable Checkbox checkbox(String content, int no) {
    if (!content.startsWith("[") || !(content.startsWith("[]") || (content.length() >= 3
        && content.charAt(2) == ']'))) {
      return null;
    }
    char mark = content.charAt(1);
    if (mark != ' ' && mark != 'x' && mark != 'X') {
      throw new OutlineException(no, 3, "a checkbox '[ ]' or '[x]' for a milestone",
          content.substring(0, Math.min(3, content.length())));
    }
    // "[x]Publish" is an obvious "[x] Publish"
    return new Checkbox(mark != ' ', content.length() > 3 && content.charAt(3) == ' ' ? 4 : 3);
  }

  /**
   * The key result of a line's {@code content} after its list marker and checkbox, which start
   * at column {@code offset + 1}: the sentence read by {@link KeyResultParser} (a milestone when
   * it had a checkbox), then its metadata applied. Its default id is the objective's id and its
   * place {@code index} (from 1) among the objective's key results.
   */
  KeyResult read(
      String content, int no, int offset, boolean checkbox, String objectiveId, int index) {
    Meta m = Meta.find(content, no, offset);
    String visible = (m == null ? content : content.substring(0, m.column - 1 - offset)).strip();
    if (m != null) {
      m.checkKeys(no, "a key result", KEYS, limits.maxStringLength());
    }
    Optional<String> metaTitle = text(m, "title");
    if (metaTitle.isPresent() && !visible.isEmpty()) {
      throw new OutlineException(no, offset + 1,
          "the title either as text or as {title: …}, not both", abbreviate(visible));
    }
    String title = metaTitle.orElse(visible);
    if (title.isEmpty()) {
      throw new OutlineException(no, offset + 1, "a key-result sentence after '- '", "");
    }
    values.checkLength(title, no, offset + 1, "a key-result title");
    String id =
        text(m, "id").orElse(OutlineFormat.defaultKeyResultId(objectiveId, index));
    try {
      KeyResult implied;
      if (checkbox) {
        implied = KeyResult.milestone(id, title);
      } else {
        boolean stated = has(m, "kind") && has(m, "unit") && has(m, "baseline")
            && has(m, "target");
        int run = OutlineFormat.longestNumberRun(title);
        if (run > limits.maxNumberLength()) {
          if (!stated) {
            throw new OutlineException(no, offset + 1, "a number in the sentence has " + run
                + " digits; at most " + limits.maxNumberLength() + " are allowed"
                + " (maxNumberLength): give the values in metadata ({kind: …, unit: …,"
                + " baseline: …, target: …})");
          }
        }
        KeyResultReading reading = KeyResultParser.parse(run > limits.maxNumberLength() ? "x" : title);
        implied = run > limits.maxNumberLength()
            ? KeyResult.builder().id(id).title(title).build()
            : OutlineFormat.implied(id, title, reading);
        if (reading.confidence() != ReadingConfidence.HIGH && !stated) {
          String what = "the sentence is read with " + reading.confidence().jsonName()
              + " confidence (" + String.join("; ", reading.notes()) + ")";
          if (!lenient) {
            throw new OutlineException(no, offset + 1, what + ": state its numbers in metadata"
                + " ({kind: …, unit: …, baseline: …, target: …}, none where absent) or reword"
                + " it, or read the outline leniently to keep the guess");
          }
          warnings.add(new OutlineWarning(no, offset + 1, what + "; read as: "
              + reading.toString().replaceFirst(" confidence=.*$", "")));
        }
        for (Optional<BigDecimal> v : List.of(implied.baseline().map(Baseline::value),
            implied.target().map(Target::value))) {
          if (v.isPresent() && !limits.fitsNumberLength(v.get()) && !stated) {
            throw new OutlineException(no, offset + 1, "a number in the sentence has "
                + limits.numberLengthProblem(v.get()) + " (maxNumberLength)");
          }
        }
      }
      KeyResult.Builder b = KeyResult.builder().from(implied);
      Optional<String> kind = text(m, "kind");
      if (kind.isPresent()) {
        b.kind(enumValue(KeyResultKind.class, kind.get(), m, "kind", no));
      }
      if (has(m, "unit")) {
        b.unit(noneOr(m, "unit"));
      }
      b.baseline(baseline(m, implied.baseline(), no));
      b.target(levels(m, target(m, implied.target(), no), no));
      flag(m, "target-pending", no).ifPresent(b::targetPending);
      flag(m, "baseline-pending", no).ifPresent(b::baselinePending);
      zones(m, no).ifPresent(b::zones);
      values.decimal(m, "weight", no).ifPresent(b::weight);
      rollup(m, b, no);
      text(m, "carried-from").ifPresent(b::carriedFrom);
      flag(m, "track-after-close", no).ifPresent(b::trackAfterClose);
      text(m, "kpi").ifPresent(b::kpi);
      b.close(Optional.ofNullable(OutlineCloseOut.read(values, m, no)));
      b.extensions(values.extensions(m, "x-", no));
      return b.build();
    } catch (IllegalArgumentException e) {
      if (e instanceof OutlineException oe) {
        throw oe;
      }
      throw new OutlineException(no, 1, message(e));
    }
  }

  /** The roll-up metadata of a key result: sum-of, start, due, plan, cadence, grace-days. */
  private void rollup(@Nullable Meta m, KeyResult.Builder b, int no) {
    Optional<String> sum = text(m, "sum-of");
    if (sum.isPresent()) {
      b.sumOf(OutlineFormat.parseIdList(sum.get(), no, column(m, "sum-of"), "sum-of"));
    }
    Optional<String> start = text(m, "start");
    if (start.isPresent()) {
      b.start(date(start.get(), no, column(m, "start")));
    }
    Optional<String> due = text(m, "due");
    if (due.isPresent()) {
      b.due(date(due.get(), no, column(m, "due")));
    }
    Optional<String> plan = text(m, "plan");
    if (plan.isPresent()) {
      b.plan(plan(plan.get(), no, column(m, "plan")));
    }
    Optional<String> cadence = text(m, "cadence");
    if (cadence.isPresent()) {
      try {
        b.cadence(CheckInCadence.parsePeriod(cadence.get()));
      } catch (IllegalArgumentException e) {
        throw new OutlineException(no, column(m, "cadence"), "a cadence: daily, weekly,"
            + " biweekly, monthly, quarterly or an ISO-8601 period such as P14D", cadence.get());
      }
    }
    Optional<String> grace = text(m, "grace-days");
    if (grace.isPresent()) {
      b.graceDays(wholeNumber(grace.get(), 3660, no, column(m, "grace-days"), "grace-days"));
    }
  }

  /** A plan "2026-11-15 1200; 2026-12-15 1400": points separated by ';', each a date and value. */
  private List<PlanPoint> plan(String text, int no, int column) {
    List<PlanPoint> points = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf(';', from);
      if (end < 0) {
        end = text.length();
      }
      String part = text.substring(from, end);
      int lead = leadingSpaces(part);
      String point = part.strip();
      int space = point.indexOf(' ');
      if (space < 0) {
        throw new OutlineException(no, column + from + lead, "a plan point like"
            + " '2026-11-15 1200' (a date, a space and the value planned that day; points"
            + " separated by ';')", abbreviate(point));
      }
      LocalDate date = date(point.substring(0, space), no, column + from + lead);
      String value = point.substring(space).strip();
      int at = column + from + lead + point.indexOf(value, space);
      points.add(PlanPoint.of(date, values.parseDecimal(value, at, no)));
      from = end + 1;
    }
    return points;
  }

  private Optional<Baseline> baseline(@Nullable Meta m, Optional<Baseline> implied, int no) {
    Optional<Baseline> base = implied;
    if (has(m, "baseline")) {
      Optional<String> v = noneOr(m, "baseline");
      base = v.isEmpty()
          ? Optional.empty()
          : Optional.of(Baseline.of(values.parseDecimal(v.get(), column(m, "baseline"), no)));
    }
    Optional<String> date = text(m, "baseline-date");
    Map<String, String> ext = values.extensions(m, "baseline.", no);
    if (date.isPresent() || !ext.isEmpty()) {
      if (base.isEmpty()) {
        throw new OutlineException(no, column(m, date.isPresent() ? "baseline-date" : "baseline"),
            "a {baseline: …} value for the baseline's date or extensions", "");
      }
      Baseline.Builder b = Baseline.builder().from(base.get());
      if (date.isPresent()) {
        b.date(date(date.get(), no, column(m, "baseline-date")));
      }
      b.extensions(ext);
      base = Optional.of(b.build());
    }
    return base;
  }

  private Optional<Target> target(@Nullable Meta m, Optional<Target> implied, int no) {
    Optional<Target> target = implied;
    Optional<String> side = text(m, "side");
    TargetSide s = side.isPresent()
        ? enumValue(TargetSide.class, side.get(), m, "side", no)
        : implied.map(Target::side).orElse(TargetSide.REACH);
    if (has(m, "target")) {
      Optional<String> v = noneOr(m, "target");
      target = v.isEmpty()
          ? Optional.empty()
          : Optional.of(Target.builder()
              .value(values.parseDecimal(v.get(), column(m, "target"), no))
              .side(s)
              .build());
    } else if (side.isPresent()) {
      if (target.isEmpty()) {
        throw new OutlineException(no, column(m, "side"), "a {target: …} value for the side", "");
      }
      target = Optional.of(Target.builder().from(target.get()).side(s).build());
    }
    Map<String, String> ext = values.extensions(m, "target.", no);
    if (!ext.isEmpty()) {
      if (target.isEmpty()) {
        throw new OutlineException(no, 1, "a {target: …} value for the target's extensions", "");
      }
      target = Optional.of(Target.builder().from(target.get()).extensions(ext).build());
    }
    return target;
  }

  /** The target with the {commit: …}, {stretch: …} and {at-most: …} metadata applied. */
  private Optional<Target> levels(@Nullable Meta m, Optional<Target> target, int no) {
    Optional<BigDecimal> commit = values.decimal(m, "commit", no);
    Optional<BigDecimal> stretch = values.decimal(m, "stretch", no);
    Optional<BigDecimal> upper = values.decimal(m, "at-most", no);
    if (commit.isEmpty() && stretch.isEmpty() && upper.isEmpty()) {
      return target;
    }
    if (target.isEmpty()) {
      String key = commit.isPresent() ? "commit" : stretch.isPresent() ? "stretch" : "at-most";
      throw new OutlineException(no, column(m, key), "a {target: …} value for the " + key, "");
    }
    Target.Builder b = Target.builder().from(target.get());
    commit.ifPresent(b::commit);
    stretch.ifPresent(b::stretch);
    upper.ifPresent(u -> b.side(TargetSide.AT_LEAST).upper(u));
    return Optional.of(b.build());
  }

  private static Optional<ZoneDescriptions> zones(@Nullable Meta m, int no) {
    Optional<String> fail = text(m, "zone-fail");
    Optional<String> commit = text(m, "zone-commit");
    Optional<String> target = text(m, "zone-target");
    Optional<String> stretch = text(m, "zone-stretch");
    if (fail.isEmpty() && commit.isEmpty() && target.isEmpty() && stretch.isEmpty()) {
      return Optional.empty();
    }
    if (fail.isEmpty() || commit.isEmpty() || target.isEmpty() || stretch.isEmpty()) {
      String key = fail.isPresent() ? "zone-fail" : commit.isPresent() ? "zone-commit"
          : target.isPresent() ? "zone-target" : "zone-stretch";
      throw new OutlineException(no, column(m, key),
          "all four of zone-fail, zone-commit, zone-target and zone-stretch", "");
    }
    return Optional.of(ZoneDescriptions.of(fail.get(), commit.get(), target.get(), stretch.get()));
  }
}
