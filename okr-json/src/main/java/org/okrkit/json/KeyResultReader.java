package org.okrkit.json;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.ZoneDescriptions;

/**
 * Reads a {@link KeyResult} with its {@link Baseline}, {@link Target}, plan points and zone
 * descriptions; check-ins, changes and close-outs go to their own readers.
 */
final class KeyResultReader {
  static final List<String> KEY_RESULT_FIELDS =
      List.of(
          "id", "title", "kind", "unit", "baseline", "target", "weight", "checkIns", "changes",
          "close", "carriedFrom", "trackAfterClose", "kpi",
          "sumOf", "start", "due", "plan", "cadence", "graceDays",
          "targetPending", "baselinePending", "zones");
  static final List<String> PLAN_FIELDS = List.of("date", "value");
  static final List<String> ZONES_FIELDS = List.of("fail", "commit", "target", "stretch");
  static final List<String> BASELINE_FIELDS = List.of("value", "date");
  static final List<String> TARGET_FIELDS =
      List.of("value", "atLeast", "atMost", "commit", "stretch");
  private static final JsonInput.Choices<KeyResultKind> KINDS =
      new JsonInput.Choices<>(KeyResultKind.values());

  private final JsonInput in;
  private final JsonParser p;
  private final ChangeReader changeReader;
  private final CloseOutReader closeOutReader;
  private final JsonCursor.ElementReader<CheckIn> checkInElement;
  // The baselines and targets given as a plain number, by value: immutable and alike, so a
  // million key results of a few hundred distinct ones share them (a direct-mapped table; a
  // miss makes the value as before).
  private static final int SHARED = 1 << 10;
  private final @Nullable Baseline[] baselines = new Baseline[SHARED];
  private final @Nullable Target[] targets = new Target[SHARED];
  /** One draft for every key result: key results do not nest. */
  private final KeyResultDraft keyResultDraft = new KeyResultDraft();

  KeyResultReader(
      JsonInput in,
      CheckInReader checkInReader,
      ChangeReader changeReader,
      CloseOutReader closeOutReader) {
    this.in = in;
    this.p = in.p;
    this.changeReader = changeReader;
    this.closeOutReader = closeOutReader;
    this.checkInElement = checkInReader::checkIn;
  }

  private final class KeyResultDraft extends JsonCursor.Draft {
    @Nullable String id;
    @Nullable String title;
    @Nullable KeyResultKind kind;
    @Nullable String unit;
    @Nullable Baseline baseline;
    @Nullable Target target;
    @Nullable BigDecimal weight;
    // cleared for each key result: the builder copies the lists
    final List<CheckIn> checkIns = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();
    @Nullable CloseOut close;
    @Nullable String carriedFrom;
    @Nullable Boolean trackAfterClose;
    @Nullable String kpi;
    @Nullable Boolean targetPending;
    @Nullable Boolean baselinePending;
    @Nullable ZoneDescriptions zones;

    final List<String> sumOf = new ArrayList<>();
    @Nullable LocalDate start;
    @Nullable LocalDate due;
    final List<PlanPoint> plan = new ArrayList<>();
    @Nullable Period cadence;
    @Nullable Integer graceDays;

    /** Ready for the next key result (key results do not nest: one draft reads them all). */
    void clear() {
      seen = 0;
      extensions = Map.of();
      id = null;
      title = null;
      kind = null;
      unit = null;
      baseline = null;
      target = null;
      weight = null;
      checkIns.clear();
      changes.clear();
      close = null;
      carriedFrom = null;
      trackAfterClose = null;
      kpi = null;
      targetPending = null;
      baselinePending = null;
      zones = null;
      sumOf.clear();
      start = null;
      due = null;
      plan.clear();
      cadence = null;
      graceDays = null;
    }

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = in.nonBlank();
        case 1 -> title = in.nonBlank();
        case 2 -> kind = in.enumValue(KINDS);
        case 3 -> unit = in.string();
        case 4 -> baseline = baseline();
        case 5 -> target = target();
        case 6 -> weight = in.nonNegative();
        case 7 -> in.elements("check-ins", checkInElement, checkIns);
        case 8 -> in.elements("changes", changeReader::change, changes);
        case 9 -> close = closeOutReader.closeOut();
        case 10 -> carriedFrom = in.nonBlank();
        case 11 -> trackAfterClose = in.bool();
        case 12 -> kpi = in.nonBlank();
        case 13 -> in.elements("key result ids", in::nonBlank, sumOf);
        case 14 -> start = in.date();
        case 15 -> due = in.date();
        case 16 -> in.elements("plan points", KeyResultReader.this::planPoint, plan);
        case 17 -> cadence = in.cadence();
        case 18 -> graceDays = in.graceDays();
        case 19 -> targetPending = in.bool();
        case 20 -> baselinePending = in.bool();
        default -> zones = zones();
      }
    }
  }

  @Nullable KeyResult keyResult() throws IOException {
    if (!in.object("a key result (an object)")) {
      return null;
    }
    in.countKeyResult();
    long at = in.loc();
    int before = in.problems.size();
    KeyResultDraft d = keyResultDraft;
    d.clear();
    in.fields(KEY_RESULT_FIELDS, d);
    in.missing(d, 0, KEY_RESULT_FIELDS, at, "");
    in.missing(d, 1, KEY_RESULT_FIELDS, at, "");
    String id = d.id;
    String title = d.title;
    if (in.problems.size() > before || id == null || title == null) {
      return null;
    }
    // built here rather than through built(): no lambda per key result; only the parts the
    // document gives are set, so no Optional is made for them
    KeyResult.Builder b =
        KeyResult.builder()
            .id(id)
            .title(title)
            .checkIns(d.checkIns)
            .changes(d.changes)
            .sumOf(d.sumOf)
            .plan(d.plan)
            .extensions(d.extensions);
    if (d.unit != null) {
      b.unit(d.unit);
    }
    if (d.baseline != null) {
      b.baseline(d.baseline);
    }
    if (d.target != null) {
      b.target(d.target);
    }
    if (d.start != null) {
      b.start(d.start);
    }
    if (d.due != null) {
      b.due(d.due);
    }
    if (d.cadence != null) {
      b.cadence(d.cadence);
    }
    if (d.graceDays != null) {
      b.graceDays(d.graceDays);
    }
    if (d.close != null) {
      b.close(d.close);
    }
    if (d.carriedFrom != null) {
      b.carriedFrom(d.carriedFrom);
    }
    if (d.kpi != null) {
      b.kpi(d.kpi);
    }
    if (d.trackAfterClose != null) {
      b.trackAfterClose(d.trackAfterClose);
    }
    if (d.targetPending != null) {
      b.targetPending(d.targetPending);
    }
    if (d.baselinePending != null) {
      b.baselinePending(d.baselinePending);
    }
    if (d.zones != null) {
      b.zones(d.zones);
    }
    // kind and weight have defaults in the model: set them only when the document does
    if (d.kind != null) {
      b.kind(d.kind);
    }
    if (d.weight != null) {
      b.weight(d.weight);
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      in.rejected(at, e);
      return null;
    }
  }

  private final class PlanPointDraft extends JsonCursor.Draft {
    @Nullable LocalDate date;
    @Nullable BigDecimal value;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        date = in.date();
      } else {
        value = in.number();
      }
    }
  }

  @Nullable PlanPoint planPoint() throws IOException {
    if (!in.object("a plan point (an object with \"date\" and \"value\")")) {
      return null;
    }
    long at = in.loc();
    int before = in.problems.size();
    PlanPointDraft d = new PlanPointDraft();
    in.fields(PLAN_FIELDS, d);
    in.missing(d, 0, PLAN_FIELDS, at, "");
    in.missing(d, 1, PLAN_FIELDS, at, "");
    LocalDate date = d.date;
    BigDecimal value = d.value;
    if (in.problems.size() > before || date == null || value == null) {
      return null;
    }
    return in.built(at, () -> PlanPoint.of(date, value));
  }

  private final class BaselineDraft extends JsonCursor.Draft {
    @Nullable BigDecimal value;
    @Nullable LocalDate date;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        value = in.number();
      } else {
        date = in.date();
      }
    }
  }

  @Nullable Baseline baseline() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal v = in.number();
      return v == null ? null : baselineOf(v);
    }
    if (t != START_OBJECT) {
      in.wrong("a number or an object with value and date");
      return null;
    }
    long at = in.loc();
    int before = in.problems.size();
    BaselineDraft d = new BaselineDraft();
    in.fields(BASELINE_FIELDS, d);
    in.missing(d, 0, BASELINE_FIELDS, at, "");
    BigDecimal value = d.value;
    if (in.problems.size() > before || value == null) {
      return null;
    }
    return in.built(
        at,
        () ->
            Baseline.builder()
                .value(value)
                .date(Optional.ofNullable(d.date))
                .extensions(d.extensions)
                .build());
  }

  private final class TargetDraft extends JsonCursor.Draft {
    final @Nullable BigDecimal[] values = new BigDecimal[5];

    @Override
    void field(int index) throws IOException {
      values[index] = in.number();
    }
  }

  @Nullable Target target() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal v = in.number();
      return v == null ? null : targetOf(v);
    }
    if (t != START_OBJECT) {
      in.wrong("a number or an object with value/atLeast/atMost");
      return null;
    }
    long at = in.loc();
    int before = in.problems.size();
    TargetDraft d = new TargetDraft();
    in.fields(TARGET_FIELDS, d);
    boolean band = d.has(1) && d.has(2) && !d.has(0);
    int given = Long.bitCount(d.seen & 0b111);
    if (given != 1 && !band) {
      in.report(in.here(), at, "expected exactly one of \"value\", \"atLeast\" and \"atMost\""
          + " (or \"atLeast\" with \"atMost\" for a band), got "
          + (given == 0 ? "none" : given));
    } else if ((d.has(3) || d.has(4)) && !d.has(0)) {
      in.report(in.here(), at, "\"commit\" and \"stretch\" belong to a \"value\" to reach,"
          + " not to a bound");
    }
    BigDecimal value = d.has(0) ? d.values[0] : d.has(1) ? d.values[1] : d.values[2];
    if (in.problems.size() > before || value == null) {
      return null;
    }
    TargetSide side =
        d.has(1) ? TargetSide.AT_LEAST : d.has(2) ? TargetSide.AT_MOST : TargetSide.REACH;
    return in.built(
        at,
        () ->
            Target.builder()
                .value(value)
                .side(side)
                .upper(Optional.ofNullable(band ? d.values[2] : null))
                .commit(Optional.ofNullable(d.values[3]))
                .stretch(Optional.ofNullable(d.values[4]))
                .extensions(d.extensions)
                .build());
  }

  private final class ZonesDraft extends JsonCursor.Draft {
    final @Nullable String[] text = new String[4];

    @Override
    void field(int index) throws IOException {
      text[index] = in.nonBlank();
    }
  }

  @Nullable ZoneDescriptions zones() throws IOException {
    if (!in.object("an object describing the zones fail, commit, target and stretch")) {
      return null;
    }
    long at = in.loc();
    int before = in.problems.size();
    ZonesDraft d = new ZonesDraft();
    in.fields(ZONES_FIELDS, d);
    for (int i = 0; i < 4; i++) {
      in.missing(d, i, ZONES_FIELDS, at, "");
    }
    String[] t = d.text;
    if (in.problems.size() > before || t[0] == null || t[1] == null || t[2] == null || t[3] == null) {
      return null;
    }
    return in.built(at, () -> ZoneDescriptions.of(t[0], t[1], t[2], t[3]));
  }

  /** {@code Baseline.of(value)}, the same instance for an equal value read before. */
  @SuppressWarnings("BigDecimalEquals") // the same digits and scale: 4.10 is not 4.1
  private Baseline baselineOf(BigDecimal value) {
    int slot = value.hashCode() & (SHARED - 1);
    Baseline b = baselines[slot];
    if (b == null || !b.value().equals(value)) {
      b = Baseline.of(value);
      baselines[slot] = b;
    }
    return b;
  }

  /** {@code Target.of(value)}, the same instance for an equal value read before. */
  @SuppressWarnings("BigDecimalEquals") // the same digits and scale: 4.10 is not 4.1
  private Target targetOf(BigDecimal value) {
    int slot = value.hashCode() & (SHARED - 1);
    Target t = targets[slot];
    if (t == null || !t.value().equals(value)) {
      t = Target.of(value);
      targets[slot] = t;
    }
    return t;
  }
}
