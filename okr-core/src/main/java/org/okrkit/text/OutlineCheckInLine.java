package org.okrkit.text;

import static org.okrkit.text.OutlineValues.abbreviate;
import static org.okrkit.text.OutlineValues.column;
import static org.okrkit.text.OutlineValues.date;
import static org.okrkit.text.OutlineValues.enumValue;
import static org.okrkit.text.OutlineValues.message;
import static org.okrkit.text.OutlineValues.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Change;
import org.okrkit.model.ChangeField;
import org.okrkit.model.CheckIn;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.Zone;

/**
 * Reads an outline's check-in line ({@code   - 2026-11-03: 4.45 (confidence 0.7) note}) or
 * mid-cycle change ({@code   - 2026-11-10: changed target from 140 to 160: reason}).
 */
final class OutlineCheckInLine {
  /** "(confidence 0.7)", also "(Confidence: 0.7)" and "(confidence=0.7)". */
  private static final Pattern CONFIDENCE =
      Pattern.compile("\\((?i:confidence)\\s*[:=]?\\s*([^\\s)]+)\\)");
  /** "confidence 0.8" without the parentheses, which would otherwise become the note. */
  private static final Pattern BARE_CONFIDENCE =
      Pattern.compile("(?i:confidence)\\s*[:=]?\\s*[-+]?[.\\d]");
  /** "changed target from 140 to 160: reason"; numbers hold no ':' or space, so no backtracking. */
  private static final Pattern CHANGE =
      Pattern.compile("changed ([^\\s:]+) from ([^\\s:]+) to ([^\\s:]+)(?::(?: (.*))?)?");
  private static final List<String> KEYS = List.of("note", "confidence-given");
  private static final List<String> CHANGE_KEYS = List.of("reason");

  private final OutlineValues values;
  private final DocumentLimits limits;

  OutlineCheckInLine(OutlineValues values) {
    this.values = values;
    this.limits = values.limits();
  }

  /**
   * Reads a check-in line's {@code content} after its indented "- ", which starts at column
   * {@code offset + 1}: a dated value, increment, done or zone with its confidence and note,
   * added to {@code checkIns}, or a mid-cycle change of the target or baseline, added to
   * {@code changes}. A confidence is checked against the set's {@code scale} when it has one.
   */
  void read(String content, int no, int offset, List<CheckIn> checkIns, List<Change> changes,
      @Nullable ConfidenceScale scale) {
    Meta m = Meta.find(content, no, offset);
    String visible = (m == null ? content : content.substring(0, m.column - 1 - offset)).strip();
    Matcher c = OutlineValues.DATED_LINE.matcher(visible);
    if (!c.matches()) {
      throw new OutlineException(no, offset + 1,
          "a check-in like '2026-11-01: 4.45 (confidence 0.7) note'", abbreviate(visible));
    }
    LocalDate date = date(c.group(1), no, offset + 1);
    String rest = c.group(2) == null ? "" : c.group(2).strip();
    int restColumn = offset + 1 + visible.indexOf(':') + 1;
    if (rest.startsWith("changed ") || rest.equals("added") || rest.startsWith("added:")) {
      change(changes, m, date, rest, no, restColumn + 1);
      return;
    }
    if (m != null) {
      m.checkKeys(no, "a check-in", KEYS, limits.maxStringLength());
    }
    CheckIn.Builder b = CheckIn.builder().date(date);
    if (rest.equals("done") || rest.startsWith("done ")) {
      b.done(true);
      rest = rest.substring(4).strip();
    } else if (rest.equals("not done") || rest.startsWith("not done ")) {
      b.done(false);
      rest = rest.substring(8).strip();
    } else if (rest.startsWith("zone ")) {
      String word = rest.substring(5).strip();
      int space = word.indexOf(' ');
      String zone = space < 0 ? word : word.substring(0, space);
      b.zone(enumValue(Zone.class, zone, null, "zone", no));
      rest = space < 0 ? "" : word.substring(space).strip();
    } else if (rest.startsWith("delta ")) {
      String after = rest.substring(6);
      Matcher v = OutlineValues.DECIMAL.matcher(after);
      if (!v.lookingAt() || (v.end() < after.length() && after.charAt(v.end()) != ' ')) {
        throw new OutlineException(no, restColumn + 7, "an increment (a number) after 'delta'",
            abbreviate(after));
      }
      b.delta(values.parseDecimal(v.group(), restColumn + 7, no));
      rest = after.substring(v.end()).strip();
    } else {
      Matcher v = OutlineValues.DECIMAL.matcher(rest);
      if (!v.lookingAt() || (v.end() < rest.length() && rest.charAt(v.end()) != ' ')) {
        throw new OutlineException(no, restColumn + 1,
            "a value (a number, 'delta' and a number, 'done', 'not done' or 'zone' and a zone)",
            abbreviate(rest));
      }
      b.value(values.parseDecimal(v.group(), restColumn + 1, no));
      rest = rest.substring(v.end()).strip();
    }
    Matcher conf = CONFIDENCE.matcher(rest);
    boolean confidence = conf.lookingAt();
    BigDecimal stated = null;
    if (confidence) {
      stated = values.parseDecimal(conf.group(1), restColumn, no);
      b.confidence(stated);
      rest = rest.substring(conf.end()).strip();
    } else if (BARE_CONFIDENCE.matcher(rest).lookingAt()
        || (rest.startsWith("(") && rest.regionMatches(true, 1, "confidence", 0, 10))) {
      // "confidence 0.8" or "(confidence high)" would silently become the note
      throw new OutlineException(no, restColumn + 1,
          "a confidence in parentheses, like '(confidence 0.8)'", abbreviate(rest));
    }
    values.checkLength(rest, no, restColumn + 1, "a check-in note");
    Optional<String> given = text(m, "confidence-given");
    boolean scaled = scale != null && scale != ConfidenceScale.UNIT;
    if (confidence && given.isEmpty() && scale != null && scaled) {
      // the document's JSON carries only the value as given: without it the check-in is lost
      throw new OutlineException(no, restColumn + 1, "a {confidence-given: …} beside the"
          + " confidence: the set's confidence-scale is " + scale.scaleName(), abbreviate(rest));
    }
    if (given.isPresent() && !scaled) {
      throw new OutlineException(no, column(m, "confidence-given"), "a confidence-scale other"
          + " than 0-1 in the set's metadata for a confidence as given", given.get());
    }
    if (given.isPresent()) {
      if (!confidence) {
        throw new OutlineException(no, column(m, "confidence-given"), "a '(confidence …)' for"
            + " the confidence as given", given.get());
      }
      b.confidenceAsGiven(given.get());
      onScale(given.get(), stated, no, column(m, "confidence-given"), scale);
    }
    Optional<String> note = text(m, "note");
    if (note.isPresent() && !rest.isEmpty()) {
      throw new OutlineException(no, restColumn, "the note either as text or as {note: …}, not both",
          abbreviate(rest));
    }
    if (note.isPresent()) {
      b.note(note.get());
    } else if (!rest.isEmpty()) {
      b.note(rest);
    }
    b.extensions(values.extensions(m, "x-", no));
    try {
      checkIns.add(b.build());
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, offset + 1, message(e));
    }
  }

  /** A mid-cycle change: "changed target from 140 to 160: reason" or "added: reason". */
  private void change(
      List<Change> changes, @Nullable Meta m, LocalDate date, String rest, int no, int column) {
    if (m != null) {
      m.checkKeys(no, "a change", CHANGE_KEYS, limits.maxStringLength());
    }
    Change.Builder b = Change.builder().date(date);
    String reason;
    if (rest.startsWith("added")) {
      b.field(ChangeField.ADDED);
      reason = rest.length() > 6 ? rest.substring(6).strip() : "";
    } else {
      Matcher c = CHANGE.matcher(rest);
      if (!c.matches()) {
        throw new OutlineException(no, column, "a change like 'changed target from 140 to 160:"
            + " reason' (or 'added: reason')", abbreviate(rest));
      }
      Optional<ChangeField> field = ChangeField.ofSpelling(c.group(1));
      if (field.isEmpty() || field.get() == ChangeField.ADDED) {
        throw new OutlineException(no, column + 8, "target or baseline after 'changed'",
            c.group(1));
      }
      b.field(field.get());
      b.from(values.parseDecimal(c.group(2), column + c.start(2), no));
      b.to(values.parseDecimal(c.group(3), column + c.start(3), no));
      reason = c.group(4) == null ? "" : c.group(4).strip();
    }
    values.checkLength(reason, no, column, "a change's reason");
    Optional<String> metaReason = text(m, "reason");
    if (metaReason.isPresent() && !reason.isEmpty()) {
      throw new OutlineException(no, column, "the reason either after ':' or as {reason: …},"
          + " not both", abbreviate(reason));
    }
    if (metaReason.isPresent()) {
      b.reason(metaReason.get());
    } else if (!reason.isEmpty()) {
      b.reason(reason);
    }
    b.extensions(values.extensions(m, "x-", no));
    try {
      changes.add(b.build());
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, column, message(e));
    }
  }

  /**
   * Checks a check-in's confidence as given against the set's {@code confidence-scale} (one
   * other than 0-1, checked by the caller): it must be a value of the scale whose normalised
   * confidence is the one stated in parentheses.
   */
  private static void onScale(String given, @Nullable BigDecimal stated, int no, int column,
      @Nullable ConfidenceScale scale) {
    if (scale == null || stated == null) {
      return;
    }
    BigDecimal normalised;
    try {
      normalised = scale.isWords() ? scale.normalise(given) : scale.normalise(new BigDecimal(given));
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, column, scale.expected() + " (the set's confidence-scale "
          + scale.scaleName() + ")", given);
    }
    if (normalised.compareTo(stated) != 0) {
      throw new OutlineException(no, column, "confidence-given '" + given + "' is "
          + OutlineFormat.format(normalised) + " on the " + scale.scaleName()
          + " scale, not the stated (confidence " + OutlineFormat.format(stated) + ")");
    }
  }
}
