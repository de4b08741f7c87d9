package org.okrkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.Corridor;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.ZoneDescriptions;
import org.okrkit.model.Kpi;
import org.okrkit.model.KeyResultInSet;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * Writes an {@link OkrSet} as an OKR document to a streaming generator: canonical field order,
 * defaults left out, baselines and targets in the shortest form that loses nothing, numbers
 * exactly as the model holds them, extension fields last in their original order.
 */
final class OkrWriter {
  private static final JsonFactory RAW = new JsonFactory();

  // A document's million check-ins share a few dozen dates: format each once, up to a bound.
  private static final int DATE_CACHE_SIZE = 4096;
  private static final Map<KeyResultKind, String> KIND_NAMES = kindNames();

  private final JsonGenerator g;
  private final @Nullable OkrPrettyPrinter layout;
  private final Map<LocalDate, String> isoDates = new HashMap<>();
  /**
   * The scale check-in confidences are written on: the document's {@code "confidenceScale"} while
   * a document is written, null for a value written alone (a 0.0–1.0 confidence).
   */
  private @Nullable ConfidenceScale confidenceScale;
  /** The key result whose check-ins are being written, for messages. */
  private @Nullable String keyResultId;

  OkrWriter(JsonGenerator g) {
    this.g = g;
    this.layout = g.getPrettyPrinter() instanceof OkrPrettyPrinter pp ? pp : null;
  }

  private static Map<KeyResultKind, String> kindNames() {
    Map<KeyResultKind, String> names = new EnumMap<>(KeyResultKind.class);
    for (KeyResultKind k : KeyResultKind.values()) {
      names.put(k, k.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /**
   * The exact decimal as JSON: plain digits ({@code 10000}, {@code 4.10}), or scientific notation
   * when the scale is negative ({@code 1E+3}), so that reading it back gives an equal decimal.
   */
  static String number(BigDecimal d) {
    return d.scale() >= 0 ? d.toPlainString() : d.toString();
  }

  private void inlineNext() {
    if (layout != null) {
      layout.inlineNext();
    }
  }

  void write(OkrSet set) throws IOException {
    confidenceScale = set.scoring().flatMap(ScoringSettings::confidenceScale).orElse(ConfidenceScale.UNIT);
    g.writeStartObject();
    g.writeStringField("okr", OkrReader.VERSION);
    if (!set.cycles().isEmpty()) {
      g.writeArrayFieldStart("cycles");
      for (Cycle c : set.cycles()) {
        cycle(c);
      }
      g.writeEndArray();
    }
    if (!set.objectives().isEmpty()) {
      g.writeArrayFieldStart("objectives");
      for (Objective o : set.objectives()) {
        objective(o);
      }
      g.writeEndArray();
    }
    if (!set.initiatives().isEmpty()) {
      g.writeArrayFieldStart("initiatives");
      for (Initiative i : set.initiatives()) {
        initiative(i);
      }
      g.writeEndArray();
    }
    if (!set.kpis().isEmpty()) {
      g.writeArrayFieldStart("kpis");
      for (Kpi k : set.kpis()) {
        kpi(k);
      }
      g.writeEndArray();
    }
    if (set.scoring().isPresent() && !set.scoring().get().isEmpty()) {
      scoring(set.scoring().get());
    }
    extensions("set", "", set.extensions());
    g.writeEndObject();
  }

  private void scoring(ScoringSettings s) throws IOException {
    g.writeFieldName("scoring");
    scoringValue(s);
  }

  /** The scoring settings object, as the document's {@code scoring} field holds it. */
  void scoringValue(ScoringSettings s) throws IOException {
    g.writeStartObject();
    if (s.noCap()) {
      g.writeStringField("cap", "none");
    } else if (s.cap().isPresent()) {
      g.writeFieldName("cap");
      g.writeNumber(number(s.cap().get()));
    }
    if (s.noFloor()) {
      g.writeStringField("floor", "none");
    } else if (s.floor().isPresent()) {
      g.writeFieldName("floor");
      g.writeNumber(number(s.floor().get()));
    }
    if (s.thresholdCredit().isPresent()) {
      g.writeStringField("thresholdCredit", s.thresholdCredit().get());
    }
    if (s.bandCredit().isPresent()) {
      g.writeStringField("bandCredit", s.bandCredit().get());
    }
    if (s.greenFrom().isPresent() && s.yellowFrom().isPresent()) {
      inlineNext();
      g.writeObjectFieldStart("grades");
      g.writeFieldName("green");
      g.writeNumber(number(s.greenFrom().get()));
      g.writeFieldName("yellow");
      g.writeNumber(number(s.yellowFrom().get()));
      g.writeEndObject();
    }
    if (s.cadence().isPresent()) {
      g.writeStringField("cadence", cadence(s.cadence().get()));
    }
    if (s.graceDays().isPresent()) {
      g.writeNumberField("graceDays", s.graceDays().get());
    }
    if (s.rollup().isPresent()) {
      g.writeStringField("rollup", s.rollup().get());
    }
    if (s.source().isPresent()) {
      g.writeStringField("source", s.source().get());
    }
    if (s.ownShare().isPresent()) {
      g.writeFieldName("ownShare");
      g.writeNumber(number(s.ownShare().get()));
    }
    if (s.confidenceScale().isPresent()) {
      g.writeStringField("confidenceScale", s.confidenceScale().get().scaleName());
    }
    g.writeEndObject();
  }

  void cycle(Cycle c) throws IOException {
    inlineNext();
    g.writeStartObject();
    g.writeStringField("id", c.id());
    if (c.name().isPresent()) {
      g.writeStringField("name", c.name().get());
    }
    date("start", c.start(), "cycle", c.id());
    date("end", c.end(), "cycle", c.id());
    extensions("cycle", c.id(), c.extensions());
    g.writeEndObject();
  }

  void objective(Objective o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.id());
    g.writeStringField("title", o.title());
    if (o.description().isPresent()) {
      g.writeStringField("description", o.description().get());
    }
    g.writeStringField("cycle", o.cycle());
    if (o.owner().isPresent()) {
      g.writeStringField("owner", o.owner().get());
    }
    if (o.level().isPresent()) {
      g.writeStringField("level", o.level().get().name().toLowerCase(Locale.ROOT));
    }
    if (o.type() != ObjectiveType.ASPIRATIONAL) {
      g.writeStringField("type", o.type().name().toLowerCase(Locale.ROOT));
    }
    if (o.parent().isPresent()) {
      g.writeStringField("parent", o.parent().get());
    }
    if (o.parentKeyResult().isPresent()) {
      g.writeStringField("parentKeyResult", o.parentKeyResult().get());
    }
    if (o.link() != AlignmentLink.CONTRIBUTE) {
      g.writeStringField("link", o.link().code());
    }
    weight(o.weight());
    if (!o.keyResults().isEmpty()) {
      g.writeArrayFieldStart("keyResults");
      for (KeyResult kr : o.keyResults()) {
        keyResult(kr);
      }
      g.writeEndArray();
    }
    if (o.close().isPresent()) {
      close(o.close().get(), "objective", o.id());
    }
    if (o.carriedFrom().isPresent()) {
      g.writeStringField("carriedFrom", o.carriedFrom().get());
    }
    extensions("objective", o.id(), o.extensions());
    g.writeEndObject();
  }

  /** The cadence's name where it has one ({@code weekly}), else its ISO-8601 form. */
  private static String cadence(java.time.Period p) {
    if (p.equals(java.time.Period.ofDays(1))) {
      return "daily";
    }
    if (p.equals(java.time.Period.ofWeeks(1))) {
      return "weekly";
    }
    if (p.equals(java.time.Period.ofWeeks(2))) {
      return "biweekly";
    }
    if (p.equals(java.time.Period.ofMonths(1))) {
      return "monthly";
    }
    return p.equals(java.time.Period.ofMonths(3)) ? "quarterly" : p.toString();
  }

  private void weight(BigDecimal weight) throws IOException {
    // 1.0 is not the default 1: leaving it out would lose the scale the user wrote
    if (weight.compareTo(BigDecimal.ONE) != 0 || weight.scale() != 0) {
      g.writeFieldName("weight");
      g.writeNumber(number(weight));
    }
  }

  void keyResult(KeyResult kr) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", kr.id());
    g.writeStringField("title", kr.title());
    if (kr.kind() != KeyResultKind.METRIC) {
      g.writeStringField("kind", KIND_NAMES.get(kr.kind()));
    }
    Optional<String> unit = kr.unit();
    if (unit.isPresent()) {
      g.writeStringField("unit", unit.get());
    }
    Optional<Baseline> baseline = kr.baseline();
    if (baseline.isPresent()) {
      baseline(baseline.get(), kr.id());
    }
    Optional<Target> target = kr.target();
    if (target.isPresent()) {
      target(target.get(), kr.id());
    }
    weight(kr.weight());
    if (!kr.sumOf().isEmpty()) {
      g.writeArrayFieldStart("sumOf");
      for (String source : kr.sumOf()) {
        g.writeString(source);
      }
      g.writeEndArray();
    }
    if (kr.start().isPresent()) {
      date("start", kr.start().get(), "key result", kr.id());
    }
    if (kr.due().isPresent()) {
      date("due", kr.due().get(), "key result", kr.id());
    }
    if (!kr.plan().isEmpty()) {
      g.writeArrayFieldStart("plan");
      for (PlanPoint point : kr.plan()) {
        planPoint(point, kr.id());
      }
      g.writeEndArray();
    }
    if (kr.cadence().isPresent()) {
      g.writeStringField("cadence", cadence(kr.cadence().get()));
    }
    if (kr.graceDays().isPresent()) {
      g.writeNumberField("graceDays", kr.graceDays().get());
    }
    if (!kr.checkIns().isEmpty()) {
      keyResultId = kr.id();
      g.writeArrayFieldStart("checkIns");
      for (CheckIn c : kr.checkIns()) {
        checkIn(c);
      }
      g.writeEndArray();
      keyResultId = null;
    }
    if (!kr.changes().isEmpty()) {
      g.writeArrayFieldStart("changes");
      for (Change c : kr.changes()) {
        change(c, kr.id());
      }
      g.writeEndArray();
    }
    if (kr.close().isPresent()) {
      close(kr.close().get(), "key result", kr.id());
    }
    if (kr.carriedFrom().isPresent()) {
      g.writeStringField("carriedFrom", kr.carriedFrom().get());
    }
    if (kr.trackAfterClose()) {
      g.writeBooleanField("trackAfterClose", true);
    }
    if (kr.kpi().isPresent()) {
      g.writeStringField("kpi", kr.kpi().get());
    }
    if (kr.targetPending()) {
      g.writeBooleanField("targetPending", true);
    }
    if (kr.baselinePending()) {
      g.writeBooleanField("baselinePending", true);
    }
    if (kr.zones().isPresent()) {
      g.writeFieldName("zones");
      zones(kr.zones().get());
    }
    extensions("key result", kr.id(), kr.extensions());
    g.writeEndObject();
  }

  /** A key result found in a set and its objective, each in its document shape. */
  void keyResultInSet(KeyResultInSet k) throws IOException {
    g.writeStartObject();
    g.writeFieldName("objective");
    objective(k.objective());
    g.writeFieldName("keyResult");
    keyResult(k.keyResult());
    g.writeEndObject();
  }

  /** One point of a key result's plan; {@code id} names the key result in a message. */
  void planPoint(PlanPoint point, String id) throws IOException {
    inlineNext();
    g.writeStartObject();
    date("date", point.date(), "key result", id);
    g.writeFieldName("value");
    g.writeNumber(number(point.value()));
    g.writeEndObject();
  }

  /** A key result's zone descriptions, as its {@code zones} field holds them. */
  void zones(ZoneDescriptions z) throws IOException {
    g.writeStartObject();
    g.writeStringField("fail", z.fail());
    g.writeStringField("commit", z.commit());
    g.writeStringField("target", z.target());
    g.writeStringField("stretch", z.stretch());
    g.writeEndObject();
  }

  private void baseline(Baseline b, String id) throws IOException {
    g.writeFieldName("baseline");
    baselineValue(b, id);
  }

  /** A baseline as a value: a number, or an object when it has a date or extensions. */
  void baselineValue(Baseline b, String id) throws IOException {
    if (b.date().isEmpty() && b.extensions().isEmpty()) {
      g.writeNumber(number(b.value()));
      return;
    }
    inlineNext();
    g.writeStartObject();
    g.writeFieldName("value");
    g.writeNumber(number(b.value()));
    if (b.date().isPresent()) {
      date("date", b.date().get(), "key result", id);
    }
    extensions("key result", id, b.extensions());
    g.writeEndObject();
  }

  private void target(Target t, String id) throws IOException {
    g.writeFieldName("target");
    targetValue(t, id);
  }

  /** A target as a value: a number to reach, or an object for a bound, levels or extensions. */
  void targetValue(Target t, String id) throws IOException {
    if (t.side() == TargetSide.REACH && t.extensions().isEmpty() && !t.isStepped()) {
      g.writeNumber(number(t.value()));
      return;
    }
    inlineNext();
    g.writeStartObject();
    String name =
        t.side() == TargetSide.AT_LEAST
            ? "atLeast"
            : t.side() == TargetSide.AT_MOST ? "atMost" : "value";
    g.writeFieldName(name);
    g.writeNumber(number(t.value()));
    if (t.upper().isPresent()) {
      g.writeFieldName("atMost");
      g.writeNumber(number(t.upper().get()));
    }
    if (t.commit().isPresent()) {
      g.writeFieldName("commit");
      g.writeNumber(number(t.commit().get()));
    }
    if (t.stretch().isPresent()) {
      g.writeFieldName("stretch");
      g.writeNumber(number(t.stretch().get()));
    }
    extensions("key result", id, t.extensions());
    g.writeEndObject();
  }

  void checkIn(CheckIn c) throws IOException {
    inlineNext();
    g.writeStartObject();
    // A check-in's date is its id in messages, formatted only if one is needed; each optional
    // accessor wraps its field in a new Optional, so each is read once (twelve check-ins per KR).
    LocalDate date = c.date();
    date("date", date, "check-in", date);
    Optional<BigDecimal> value = c.value();
    if (value.isPresent()) {
      g.writeFieldName("value");
      g.writeNumber(number(value.get()));
    }
    Optional<BigDecimal> delta = c.delta();
    if (delta.isPresent()) {
      g.writeFieldName("delta");
      g.writeNumber(number(delta.get()));
    }
    Optional<Boolean> done = c.done();
    if (done.isPresent()) {
      g.writeBooleanField("done", done.get());
    }
    if (c.zone().isPresent()) {
      g.writeStringField("zone", c.zone().get().name().toLowerCase(Locale.ROOT));
    }
    Optional<BigDecimal> confidence = c.confidence();
    if (confidence.isPresent()) {
      confidence(c, confidence.get());
    }
    Optional<String> note = c.note();
    if (note.isPresent()) {
      g.writeStringField("note", note.get());
    }
    extensions("check-in", date, c.extensions());
    g.writeEndObject();
  }

  /**
   * A check-in's confidence on the document's scale: the value as given, so that reading it back
   * gives the same check-in; a value written alone (outside a document) is its 0.0–1.0 confidence.
   *
   * @throws IllegalArgumentException if the document's scale cannot carry the check-in exactly:
   *     no value as given on a scale other than 0.0–1.0, one that is not the confidence there, or
   *     one given on another scale than the document's 0.0–1.0
   */
  private void confidence(CheckIn c, BigDecimal confidence) throws IOException {
    ConfidenceScale scale = confidenceScale;
    Optional<String> given = c.confidenceAsGiven();
    if (scale == null || (scale == ConfidenceScale.UNIT && given.isEmpty())) {
      g.writeFieldName("confidence");
      g.writeNumber(number(confidence));
      return;
    }
    String where = "check-in of " + c.date()
        + (keyResultId == null ? "" : " of key result '" + keyResultId + "'");
    if (scale == ConfidenceScale.UNIT) {
      throw new IllegalArgumentException(where + ": its confidence was given as '" + given.get()
          + "', on another scale than the document's 0-1; name that scale in the scoring"
          + " settings (confidenceScale) to write it");
    }
    if (given.isEmpty()) {
      throw new IllegalArgumentException(where + ": confidence " + number(confidence)
          + " is not given on the document's confidence scale " + scale.scaleName()
          + "; give it with CheckIn.withConfidence(ConfidenceScale, given)");
    }
    BigDecimal normalised;
    try {
      normalised = scale.normalise(given.get());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": its confidence as given, '" + given.get()
          + "', is not a value of the document's confidence scale " + scale.scaleName()
          + " (" + scale.expected() + ")", e);
    }
    if (normalised.compareTo(confidence) != 0) {
      throw new IllegalArgumentException(where + ": its confidence as given, '" + given.get()
          + "', is " + number(normalised) + " on the document's confidence scale "
          + scale.scaleName() + ", not its confidence " + number(confidence));
    }
    g.writeFieldName("confidence");
    if (scale.isWords()) {
      g.writeString(given.get());
    } else {
      g.writeNumber(number(new BigDecimal(given.get().strip())));
    }
  }

  private void close(CloseOut c, String what, String id) throws IOException {
    g.writeFieldName("close");
    closeValue(c, what, id);
  }

  /** A close-out as a value: what follows {@code "close":} in a document. */
  void closeValue(CloseOut c, String what, String id) throws IOException {
    g.writeStartObject();
    if (c.date().isPresent()) {
      date("date", c.date().get(), what, id);
    }
    if (c.outcome().isPresent()) {
      g.writeStringField("outcome", c.outcome().get().spelling());
    }
    if (c.decision().isPresent()) {
      g.writeStringField("decision", c.decision().get().spelling());
    }
    if (c.retrospective().isPresent()) {
      g.writeStringField("retrospective", c.retrospective().get());
    }
    if (c.computedScore().isPresent()) {
      g.writeFieldName("computedScore");
      g.writeNumber(number(c.computedScore().get()));
    }
    if (c.adjustedScore().isPresent()) {
      g.writeFieldName("adjustedScore");
      g.writeNumber(number(c.adjustedScore().get()));
    }
    if (c.adjustmentReason().isPresent()) {
      g.writeStringField("adjustmentReason", c.adjustmentReason().get());
    }
    extensions(what, id, c.extensions());
    g.writeEndObject();
  }

  void change(Change c, String id) throws IOException {
    inlineNext();
    g.writeStartObject();
    date("date", c.date(), "key result", id);
    g.writeStringField("field", c.field().spelling());
    if (c.from().isPresent()) {
      g.writeFieldName("from");
      g.writeNumber(number(c.from().get()));
    }
    if (c.to().isPresent()) {
      g.writeFieldName("to");
      g.writeNumber(number(c.to().get()));
    }
    if (c.reason().isPresent()) {
      g.writeStringField("reason", c.reason().get());
    }
    extensions("key result", id, c.extensions());
    g.writeEndObject();
  }

  void initiative(Initiative i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", i.id());
    g.writeStringField("title", i.title());
    if (i.owner().isPresent()) {
      g.writeStringField("owner", i.owner().get());
    }
    if (i.status() != InitiativeStatus.PLANNED) {
      g.writeStringField("status", i.status().name().toLowerCase(Locale.ROOT));
    }
    if (i.start().isPresent()) {
      date("start", i.start().get(), "initiative", i.id());
    }
    if (i.end().isPresent()) {
      date("end", i.end().get(), "initiative", i.id());
    }
    if (i.progress().isPresent()) {
      g.writeFieldName("progress");
      g.writeNumber(number(i.progress().get()));
    }
    if (!i.keyResults().isEmpty()) {
      g.writeFieldName("keyResults");
      inlineNext();
      g.writeStartArray();
      for (String kr : i.keyResults()) {
        g.writeString(kr);
      }
      g.writeEndArray();
    }
    extensions("initiative", i.id(), i.extensions());
    g.writeEndObject();
  }

  void kpi(Kpi k) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", k.id());
    g.writeStringField("title", k.title());
    if (k.unit().isPresent()) {
      g.writeStringField("unit", k.unit().get());
    }
    if (k.owner().isPresent()) {
      g.writeStringField("owner", k.owner().get());
    }
    if (k.direction().isPresent()) {
      g.writeStringField("direction", k.direction().get().name().toLowerCase(Locale.ROOT));
    }
    if (k.healthy().isPresent()) {
      corridor("healthy", k.healthy().get());
    }
    if (k.watch().isPresent()) {
      corridor("watch", k.watch().get());
    }
    if (k.frequency().isPresent()) {
      g.writeStringField("frequency", k.frequency().get().name().toLowerCase(Locale.ROOT));
    }
    if (!k.measurements().isEmpty()) {
      g.writeArrayFieldStart("measurements");
      for (Measurement m : k.measurements()) {
        measurement(m, k.id());
      }
      g.writeEndArray();
    }
    extensions("kpi", k.id(), k.extensions());
    g.writeEndObject();
  }

  /** One measurement of a KPI; {@code id} names the KPI in a message. */
  void measurement(Measurement m, String id) throws IOException {
    inlineNext();
    g.writeStartObject();
    date("date", m.date(), "kpi", id);
    g.writeFieldName("value");
    g.writeNumber(number(m.value()));
    if (m.note().isPresent()) {
      g.writeStringField("note", m.note().get());
    }
    extensions("kpi", id, m.extensions());
    g.writeEndObject();
  }

  private void corridor(String field, Corridor c) throws IOException {
    g.writeFieldName(field);
    corridorValue(c);
  }

  /** A KPI's corridor ({@code healthy} or {@code watch}). */
  void corridorValue(Corridor c) throws IOException {
    inlineNext();
    g.writeStartObject();
    if (c.min().isPresent()) {
      g.writeFieldName("min");
      g.writeNumber(number(c.min().get()));
    }
    if (c.max().isPresent()) {
      g.writeFieldName("max");
      g.writeNumber(number(c.max().get()));
    }
    g.writeEndObject();
  }

  /** Writes a date field; {@code id} names the owner in the message, as text only if it fails. */
  private void date(String field, LocalDate date, String what, Object id) throws IOException {
    String text = isoDates.get(date);
    if (text == null) {
      if (date.getYear() < 0 || date.getYear() > 9999) {
        throw new IllegalArgumentException(
            what + " '" + id + "': " + field + " must be within years 0000..9999 to be written as"
                + " an ISO-8601 date, was " + date);
      }
      text = date.toString();
      if (isoDates.size() < DATE_CACHE_SIZE) {
        isoDates.put(date, text);
      }
    }
    g.writeStringField(field, text);
  }

  private void extensions(String what, Object id, Map<String, String> extensions)
      throws IOException {
    if (extensions.isEmpty()) {
      return; // most objects have none: no iterator per check-in
    }
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      g.writeFieldName(e.getKey());
      copy(e.getValue(), what, id, e.getKey());
    }
  }

  /** Writes an extension value through the generator (so it follows the layout), iteratively. */
  private void copy(String text, String what, Object id, String name) throws IOException {
    try (JsonParser p = RAW.createParser(text)) {
      JsonToken t = p.nextToken();
      int depth = 0;
      while (t != null) {
        switch (t) {
          case START_OBJECT -> {
            g.writeStartObject();
            depth++;
          }
          case START_ARRAY -> {
            g.writeStartArray();
            depth++;
          }
          case END_OBJECT -> {
            g.writeEndObject();
            depth--;
          }
          case END_ARRAY -> {
            g.writeEndArray();
            depth--;
          }
          case FIELD_NAME -> g.writeFieldName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw notJson(what, id, name, "unexpected " + t);
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
      }
      if (t == null || p.nextToken() != null) {
        throw notJson(what, id, name, "not exactly one value");
      }
    } catch (JsonProcessingException e) {
      throw notJson(what, id, name, e.getOriginalMessage());
    }
  }

  private static IllegalArgumentException notJson(
      String what, Object id, String name, String why) {
    return new IllegalArgumentException(
        what + " '" + id + "': extension " + name + " must hold one JSON value, was not: " + why);
  }
}
