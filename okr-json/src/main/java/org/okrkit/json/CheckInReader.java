package org.okrkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Zone;
import org.okrkit.model.internal.Stored;

/** Reads a key result's {@link CheckIn}: its date, one measure, confidence and note. */
final class CheckInReader {
  static final List<String> CHECK_IN_FIELDS =
      List.of("date", "value", "done", "confidence", "note", "delta", "zone");
  /** The model's reader's way to its check-ins (okr-core exports it to okr-json alone). */
  private static final Stored.Access STORED = Stored.access();
  private static final JsonInput.Choices<Zone> ZONES =
      new JsonInput.Choices<>(Zone.values());

  private final JsonInput in;
  private final ConfidenceReader confidenceReader;
  // one draft and one builder for every check-in (check-ins do not nest, and each is built
  // before the next; the builder sets all of its parts, absent ones to empty)
  private final CheckInDraft checkInDraft = new CheckInDraft();
  private final CheckIn.Builder checkInBuilder = CheckIn.builder();

  CheckInReader(JsonInput in, ConfidenceReader confidenceReader) {
    this.in = in;
    this.confidenceReader = confidenceReader;
  }

  final class CheckInDraft extends JsonCursor.Draft {
    @Nullable LocalDate date;
    @Nullable BigDecimal value;
    @Nullable Boolean done;
    @Nullable BigDecimal confidence;
    @Nullable String confidenceAsGiven;
    @Nullable String note;
    @Nullable BigDecimal delta;
    @Nullable Zone zone;

    void clear() {
      seen = 0;
      extensions = Map.of();
      date = null;
      value = null;
      done = null;
      confidence = null;
      confidenceAsGiven = null;
      note = null;
      delta = null;
      zone = null;
    }

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> date = in.date();
        case 1 -> value = in.number();
        case 2 -> done = in.bool();
        case 3 -> confidenceReader.confidence(this);
        case 4 -> note = in.string();
        case 5 -> delta = in.number();
        default -> zone = in.enumValue(ZONES);
      }
    }
  }

  @Nullable CheckIn checkIn() throws IOException {
    if (!in.object("a check-in (an object)")) {
      return null;
    }
    in.countCheckIn();
    long at = in.loc();
    int before = in.problems.size();
    // one draft for every check-in: check-ins do not nest, and each is built before the next
    CheckInDraft d = checkInDraft;
    d.clear();
    in.fields(CHECK_IN_FIELDS, d);
    in.missing(d, 0, CHECK_IN_FIELDS, at, "");
    int measures = (d.has(1) ? 1 : 0) + (d.has(2) ? 1 : 0) + (d.has(5) ? 1 : 0) + (d.has(6) ? 1 : 0);
    if (measures == 2 && d.has(1) && d.has(2)) {
      in.report(in.here(), at, "expected exactly one of \"value\" and \"done\", got both");
    } else if (measures > 1) {
      in.report(in.here(), at, "expected exactly one of \"value\", \"delta\", \"done\" and"
          + " \"zone\", got " + measures);
    } else if (measures == 0) {
      in.report(in.here(), at,
          "missing required field \"value\" (or \"delta\" for an increment, \"done\" for a"
              + " milestone, \"zone\" for a zones key result)");
    }
    LocalDate date = d.date;
    if (in.problems.size() > before || date == null) {
      return null;
    }
    if (d.value != null && d.done == null && d.delta == null && d.zone == null
        && d.confidenceAsGiven == null && d.note == null && d.extensions.isEmpty()) {
      // the common check-in, a value and perhaps a confidence, made straight from the parts: the
      // builder's checks, and the date and decimals kept as the reader's tables share them
      try {
        return STORED.valueCheckIn(date, d.value, d.confidence);
      } catch (IllegalArgumentException | IllegalStateException e) {
        in.rejected(at, e);
        return null;
      }
    }
    // Any other: one builder for all check-ins, every part set (an absent one to the shared
    // empty Optional): no builder, Optional or lambda per check-in.
    CheckIn.Builder b = checkInBuilder.date(date);
    if (d.value != null) {
      b.value(d.value);
    } else {
      b.value(Optional.empty());
    }
    if (d.done != null) {
      b.done(d.done);
    } else {
      b.done(Optional.empty());
    }
    if (d.delta != null) {
      b.delta(d.delta);
    } else {
      b.delta(Optional.empty());
    }
    if (d.zone != null) {
      b.zone(d.zone);
    } else {
      b.zone(Optional.empty());
    }
    if (d.confidence != null) {
      b.confidence(d.confidence);
    } else {
      b.confidence(Optional.empty());
    }
    if (d.confidenceAsGiven != null) {
      b.confidenceAsGiven(d.confidenceAsGiven);
    } else {
      b.confidenceAsGiven(Optional.empty());
    }
    if (d.note != null) {
      b.note(d.note);
    } else {
      b.note(Optional.empty());
    }
    b.extensions(d.extensions); // replaces the last check-in's, if it had any
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      in.rejected(at, e);
      return null;
    }
  }
}
