package org.okrkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
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
import org.okrkit.model.Level;
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
import org.okrkit.model.Zone;
import org.okrkit.model.internal.Stored;

/**
 * Writes an {@link OkrSet} as an OKR document to a streaming generator: canonical field order,
 * defaults left out, baselines and targets in the shortest form that loses nothing, numbers
 * exactly as the model holds them, extension fields last in their original order.
 */
final class OkrWriter {
  private static final JsonFactory RAW = new JsonFactory();

  private static final Map<KeyResultKind, String> KIND_NAMES = kindNames();
  private static final Map<Level, String> LEVEL_NAMES = levelNames();
  private static final Map<Zone, String> ZONE_NAMES = lowerCaseNames(Zone.class);
  private static final Map<ObjectiveType, String> TYPE_NAMES = lowerCaseNames(ObjectiveType.class);
  /**
   * The model's optional parts read as stored: each public accessor makes an {@code Optional}
   * (about 470 bytes per key result with twelve check-ins), these make none.
   */
  private static final Stored.Access STORED = Stored.access();
  // The names written for every objective, key result and check-in, pre-encoded: the generator
  // copies their bytes instead of escaping each name character by character.
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString CYCLE = new SerializedString("cycle");
  private static final SerializableString OWNER = new SerializedString("owner");
  private static final SerializableString LEVEL = new SerializedString("level");
  private static final SerializableString PARENT = new SerializedString("parent");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString UNIT = new SerializedString("unit");
  private static final SerializableString BASELINE = new SerializedString("baseline");
  private static final SerializableString TARGET = new SerializedString("target");
  private static final SerializableString WEIGHT = new SerializedString("weight");
  private static final SerializableString KEY_RESULTS = new SerializedString("keyResults");
  private static final SerializableString CHECK_INS = new SerializedString("checkIns");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString DUE = new SerializedString("due");
  private static final SerializableString VALUE = new SerializedString("value");
  private static final SerializableString DELTA = new SerializedString("delta");
  private static final SerializableString DONE = new SerializedString("done");
  private static final SerializableString ZONE = new SerializedString("zone");
  private static final SerializableString CONFIDENCE = new SerializedString("confidence");
  private static final SerializableString NOTE = new SerializedString("note");
  /** The quoted ISO-8601 text of each date written, by instance. */
  private static final Texts DATES = new Texts();

  private final JsonGenerator g;
  private final @Nullable OkrPrettyPrinter layout;
  /** The text of the small decimal being written: a sign, seven digits, a point, zeros. */
  private final char[] digits = new char[20];
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

  private static Map<Level, String> levelNames() {
    Map<Level, String> names = new EnumMap<>(Level.class);
    for (Level l : Level.values()) {
      names.put(l, l.name().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static <E extends Enum<E>> Map<E, String> lowerCaseNames(Class<E> type) {
    Map<E, String> names = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      names.put(e, e.name().toLowerCase(Locale.ROOT));
    }
    return names;
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

  private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7};
  /** No unscaled value: {@link #smallUnscaled} does not apply. */
  static final long NOT_SMALL = Long.MIN_VALUE;

  /**
   * The unscaled value of a decimal of at most seven digits and a scale from 0 to 7, found
   * without making a BigInteger ({@code unscaledValue()} makes one per call); {@link #NOT_SMALL}
   * for other decimals. The JDK's hash of such a decimal is {@code 31 * unscaled + scale}: that
   * gives a guess, and the decimal's double confirms it (at this size distinct unscaled values of
   * one scale are distinct doubles), so a JDK that hashes otherwise only takes the general way.
   */
  static long smallUnscaled(BigDecimal d) {
    int scale = d.scale();
    if (scale < 0 || scale >= POWERS_OF_TEN.length || d.precision() > 7) {
      return NOT_SMALL;
    }
    long guess = ((long) d.hashCode() - scale) / 31;
    return (double) guess / POWERS_OF_TEN[scale] == d.doubleValue() ? guess : NOT_SMALL;
  }

  /**
   * Writes {@code unscaled} with {@code scale} digits after the point into {@code into} as
   * {@link BigDecimal#toPlainString()} spells it ({@code 0.05}, {@code -12.50}, {@code 7}).
   *
   * @return the number of characters written
   */
  static int plainDigits(long unscaled, int scale, char[] into) {
    int n = 0;
    long u = unscaled;
    if (u < 0) {
      into[n++] = '-';
      u = -u;
    }
    // digits from the right: scale of them after the point, at least one before it
    int start = n;
    int digits = 0;
    for (long v = u; ; v /= 10) {
      digits++;
      if (v < 10) {
        break;
      }
    }
    int wholeDigits = Math.max(1, digits - scale);
    int total = wholeDigits + (scale > 0 ? 1 + scale : 0);
    int at = start + total - 1;
    long v = u;
    for (int i = 0; i < scale; i++) {
      into[at--] = (char) ('0' + (int) (v % 10));
      v /= 10;
    }
    if (scale > 0) {
      into[at--] = '.';
    }
    for (int i = 0; i < wholeDigits; i++) {
      into[at--] = (char) ('0' + (int) (v % 10));
      v /= 10;
    }
    return start + total;
  }

  /**
   * The text of dates by instance, made once: the model shares one instance of each day of
   * 2010–2060 (okr-core's compact check-ins), so the million dates of a large document are a few
   * dozen distinct instances. Direct-mapped on identity,
   * a fixed size whatever the documents, and shared by all writers: a slot holds an immutable
   * entry, so a race at worst makes a text twice; a date not shared (or pushed out by another)
   * is formatted again, never written wrong.
   */
  private static final class Texts {
    private static final int SLOTS = 1 << 13;

    private record Entry(Object key, Object text) {}

    private final @Nullable Entry[] slots = new Entry[SLOTS];

    @Nullable Object get(Object key) {
      Entry e = slots[slot(key)];
      return e != null && e.key() == key ? e.text() : null;
    }

    void put(Object key, Object text) {
      slots[slot(key)] = new Entry(key, text);
    }

    private static int slot(Object key) {
      int h = System.identityHashCode(key);
      return (h ^ (h >>> 13)) & (SLOTS - 1);
    }
  }

  /** Writes an exact decimal as a JSON number, as {@link #number(BigDecimal)} spells it. */
  private void decimal(BigDecimal d) throws IOException {
    // the usual small decimal goes through a buffer of this writer's, with no String made
    long unscaled = smallUnscaled(d);
    if (unscaled != NOT_SMALL) {
      g.writeNumber(digits, 0, plainDigits(unscaled, d.scale(), digits));
      return;
    }
    g.writeNumber(number(d));
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
      decimal(s.cap().get());
    }
    if (s.noFloor()) {
      g.writeStringField("floor", "none");
    } else if (s.floor().isPresent()) {
      g.writeFieldName("floor");
      decimal(s.floor().get());
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
      decimal(s.greenFrom().get());
      g.writeFieldName("yellow");
      decimal(s.yellowFrom().get());
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
      decimal(s.ownShare().get());
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
    date(START, c.start(), "cycle", c.id());
    date(END, c.end(), "cycle", c.id());
    extensions("cycle", c.id(), c.extensions());
    g.writeEndObject();
  }

  void objective(Objective o) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeString(o.id());
    g.writeFieldName(TITLE);
    g.writeString(o.title());
    String description = STORED.description(o);
    if (description != null) {
      g.writeStringField("description", description);
    }
    g.writeFieldName(CYCLE);
    g.writeString(o.cycle());
    String owner = STORED.owner(o);
    if (owner != null) {
      g.writeFieldName(OWNER);
      g.writeString(owner);
    }
    Level level = STORED.level(o);
    if (level != null) {
      g.writeFieldName(LEVEL);
      g.writeString(LEVEL_NAMES.get(level));
    }
    if (o.type() != ObjectiveType.ASPIRATIONAL) {
      g.writeStringField("type", TYPE_NAMES.get(o.type()));
    }
    String parent = STORED.parent(o);
    if (parent != null) {
      g.writeFieldName(PARENT);
      g.writeString(parent);
    }
    String parentKeyResult = STORED.parentKeyResult(o);
    if (parentKeyResult != null) {
      g.writeStringField("parentKeyResult", parentKeyResult);
    }
    if (o.link() != AlignmentLink.CONTRIBUTE) {
      g.writeStringField("link", o.link().code());
    }
    weight(o.weight());
    List<KeyResult> keyResults = o.keyResults();
    if (!keyResults.isEmpty()) {
      g.writeFieldName(KEY_RESULTS);
      g.writeStartArray();
      for (int i = 0; i < keyResults.size(); i++) { // no iterator per objective
        keyResult(keyResults.get(i));
      }
      g.writeEndArray();
    }
    CloseOut objectiveClose = STORED.close(o);
    if (objectiveClose != null) {
      close(objectiveClose, "objective", o.id());
    }
    String objectiveCarriedFrom = STORED.carriedFrom(o);
    if (objectiveCarriedFrom != null) {
      g.writeStringField("carriedFrom", objectiveCarriedFrom);
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
      g.writeFieldName(WEIGHT);
      decimal(weight);
    }
  }

  void keyResult(KeyResult kr) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ID);
    g.writeString(kr.id());
    g.writeFieldName(TITLE);
    g.writeString(kr.title());
    if (kr.kind() != KeyResultKind.METRIC) {
      g.writeFieldName(KIND);
      g.writeString(KIND_NAMES.get(kr.kind()));
    }
    String unit = STORED.unit(kr);
    if (unit != null) {
      g.writeFieldName(UNIT);
      g.writeString(unit);
    }
    Baseline baseline = STORED.baseline(kr);
    if (baseline != null) {
      baseline(baseline, kr.id());
    }
    Target target = STORED.target(kr);
    if (target != null) {
      target(target, kr.id());
    }
    weight(kr.weight());
    if (!kr.sumOf().isEmpty()) {
      g.writeArrayFieldStart("sumOf");
      for (String source : kr.sumOf()) {
        g.writeString(source);
      }
      g.writeEndArray();
    }
    LocalDate start = STORED.start(kr);
    if (start != null) {
      date(START, start, "key result", kr.id());
    }
    LocalDate due = STORED.due(kr);
    if (due != null) {
      date(DUE, due, "key result", kr.id());
    }
    if (!kr.plan().isEmpty()) {
      g.writeArrayFieldStart("plan");
      for (PlanPoint point : kr.plan()) {
        planPoint(point, kr.id());
      }
      g.writeEndArray();
    }
    java.time.Period cadence = STORED.cadence(kr);
    if (cadence != null) {
      g.writeStringField("cadence", cadence(cadence));
    }
    Integer graceDays = STORED.graceDays(kr);
    if (graceDays != null) {
      g.writeNumberField("graceDays", graceDays);
    }
    List<CheckIn> checkIns = kr.checkIns();
    if (!checkIns.isEmpty()) {
      keyResultId = kr.id();
      g.writeFieldName(CHECK_INS);
      g.writeStartArray();
      for (int i = 0; i < checkIns.size(); i++) { // no iterator per key result
        checkIn(checkIns.get(i));
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
    CloseOut close = STORED.close(kr);
    if (close != null) {
      close(close, "key result", kr.id());
    }
    String carriedFrom = STORED.carriedFrom(kr);
    if (carriedFrom != null) {
      g.writeStringField("carriedFrom", carriedFrom);
    }
    if (kr.trackAfterClose()) {
      g.writeBooleanField("trackAfterClose", true);
    }
    String kpi = STORED.kpi(kr);
    if (kpi != null) {
      g.writeStringField("kpi", kpi);
    }
    if (kr.targetPending()) {
      g.writeBooleanField("targetPending", true);
    }
    if (kr.baselinePending()) {
      g.writeBooleanField("baselinePending", true);
    }
    ZoneDescriptions zones = STORED.zones(kr);
    if (zones != null) {
      g.writeFieldName("zones");
      zones(zones);
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
    date(DATE, point.date(), "key result", id);
    g.writeFieldName("value");
    decimal(point.value());
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
    g.writeFieldName(BASELINE);
    baselineValue(b, id);
  }

  /** A baseline as a value: a number, or an object when it has a date or extensions. */
  void baselineValue(Baseline b, String id) throws IOException {
    LocalDate date = STORED.date(b);
    if (date == null && b.extensions().isEmpty()) {
      decimal(b.value());
      return;
    }
    inlineNext();
    g.writeStartObject();
    g.writeFieldName(VALUE);
    decimal(b.value());
    if (date != null) {
      date(DATE, date, "key result", id);
    }
    extensions("key result", id, b.extensions());
    g.writeEndObject();
  }

  private void target(Target t, String id) throws IOException {
    g.writeFieldName(TARGET);
    targetValue(t, id);
  }

  /** A target as a value: a number to reach, or an object for a bound, levels or extensions. */
  void targetValue(Target t, String id) throws IOException {
    BigDecimal commit = STORED.commit(t);
    BigDecimal stretch = STORED.stretch(t);
    if (t.side() == TargetSide.REACH && t.extensions().isEmpty() && commit == null
        && stretch == null) {
      decimal(t.value());
      return;
    }
    inlineNext();
    g.writeStartObject();
    String name =
        t.side() == TargetSide.AT_LEAST
            ? "atLeast"
            : t.side() == TargetSide.AT_MOST ? "atMost" : "value";
    g.writeFieldName(name);
    decimal(t.value());
    BigDecimal upper = STORED.upper(t);
    if (upper != null) {
      g.writeFieldName("atMost");
      decimal(upper);
    }
    if (commit != null) {
      g.writeFieldName("commit");
      decimal(commit);
    }
    if (stretch != null) {
      g.writeFieldName("stretch");
      decimal(stretch);
    }
    extensions("key result", id, t.extensions());
    g.writeEndObject();
  }

  void checkIn(CheckIn c) throws IOException {
    inlineNext();
    g.writeStartObject();
    // A check-in's date is its id in messages, formatted only if one is needed; its parts are
    // read as stored, without an Optional each.
    LocalDate date = c.date();
    date(DATE, date, "check-in", date);
    BigDecimal value = STORED.value(c);
    if (value != null) {
      g.writeFieldName(VALUE);
      decimal(value);
    }
    BigDecimal delta = STORED.delta(c);
    if (delta != null) {
      g.writeFieldName(DELTA);
      decimal(delta);
    }
    Boolean done = STORED.done(c);
    if (done != null) {
      g.writeFieldName(DONE);
      g.writeBoolean(done);
    }
    Zone zone = STORED.zone(c);
    if (zone != null) {
      g.writeFieldName(ZONE);
      g.writeString(ZONE_NAMES.get(zone));
    }
    BigDecimal confidence = STORED.confidence(c);
    if (confidence != null) {
      confidence(c, confidence);
    }
    String note = c.note().orElse(null);
    if (note != null) {
      g.writeFieldName(NOTE);
      g.writeString(note);
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
      g.writeFieldName(CONFIDENCE);
      decimal(confidence);
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
      decimal(new BigDecimal(given.get().strip()));
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
      date(DATE, c.date().get(), what, id);
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
      decimal(c.computedScore().get());
    }
    if (c.adjustedScore().isPresent()) {
      g.writeFieldName("adjustedScore");
      decimal(c.adjustedScore().get());
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
    date(DATE, c.date(), "key result", id);
    g.writeStringField("field", c.field().spelling());
    if (c.from().isPresent()) {
      g.writeFieldName("from");
      decimal(c.from().get());
    }
    if (c.to().isPresent()) {
      g.writeFieldName("to");
      decimal(c.to().get());
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
      date(START, i.start().get(), "initiative", i.id());
    }
    if (i.end().isPresent()) {
      date(END, i.end().get(), "initiative", i.id());
    }
    if (i.progress().isPresent()) {
      g.writeFieldName("progress");
      decimal(i.progress().get());
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
    date(DATE, m.date(), "kpi", id);
    g.writeFieldName("value");
    decimal(m.value());
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
      decimal(c.min().get());
    }
    if (c.max().isPresent()) {
      g.writeFieldName("max");
      decimal(c.max().get());
    }
    g.writeEndObject();
  }

  /** Writes a date field; {@code id} names the owner in the message, as text only if it fails. */
  private void date(SerializableString field, LocalDate date, String what, Object id)
      throws IOException {
    Object cached = DATES.get(date);
    SerializableString text;
    if (cached != null) {
      text = (SerializableString) cached;
    } else {
      if (date.getYear() < 0 || date.getYear() > 9999) {
        throw new IllegalArgumentException(
            what + " '" + id + "': " + field.getValue() + " must be within years 0000..9999 to be"
                + " written as an ISO-8601 date, was " + date);
      }
      text = new SerializedString(date.toString());
      DATES.put(date, text);
    }
    g.writeFieldName(field);
    g.writeString(text);
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
