package org.okrkit.json;

import static com.fasterxml.jackson.core.JsonToken.END_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.END_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.FIELD_NAME;
import static com.fasterxml.jackson.core.JsonToken.START_ARRAY;
import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;
import static com.fasterxml.jackson.core.JsonToken.VALUE_STRING;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.json.OkrJsonException.Problem;
import org.okrkit.health.CheckInCadence;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.ChangeField;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.Corridor;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.Frequency;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.Outcome;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * Reads one OKR document from a streaming parser into an {@link OkrSet}. Not thread-safe: one
 * instance per document.
 *
 * <p>Reading goes on after a problem so that independent problems are all reported, but an
 * object with a problem inside is never built, and no set is returned if there was any problem:
 * the caller gets a complete set or an {@link OkrJsonException}, never a half-read result. The
 * format has a fixed depth, so nothing here recurses over user data; extension values of any
 * depth are copied by an iterative loop.
 */
final class OkrReader {
  static final String VERSION = "1.0";

  static final List<String> ROOT_FIELDS =
      List.of("okr", "cycles", "objectives", "initiatives", "kpis", "scoring");
  static final List<String> CYCLE_FIELDS = List.of("id", "name", "start", "end");
  static final List<String> OBJECTIVE_FIELDS =
      List.of(
          "id", "title", "description", "cycle", "owner", "level", "type", "parent", "weight",
          "keyResults", "close", "carriedFrom",
          "parentKeyResult", "link");
  static final List<String> KEY_RESULT_FIELDS =
      List.of(
          "id", "title", "kind", "unit", "baseline", "target", "weight", "checkIns", "changes",
          "close", "carriedFrom", "trackAfterClose", "kpi",
          "sumOf", "start", "due", "plan", "cadence", "graceDays",
          "targetPending", "baselinePending", "zones");
  static final List<String> CHECK_IN_FIELDS =
      List.of("date", "value", "done", "confidence", "note", "delta", "zone");
  static final List<String> PLAN_FIELDS = List.of("date", "value");
  static final List<String> ZONES_FIELDS = List.of("fail", "commit", "target", "stretch");
  static final List<String> SCORING_FIELDS =
      List.of("cap", "floor", "thresholdCredit", "bandCredit", "grades", "cadence", "graceDays",
          "rollup", "source", "ownShare", "confidenceScale");
  static final List<String> GRADES_FIELDS = List.of("green", "yellow");
  static final List<String> BASELINE_FIELDS = List.of("value", "date");
  static final List<String> TARGET_FIELDS =
      List.of("value", "atLeast", "atMost", "commit", "stretch");
  static final List<String> CLOSE_FIELDS =
      List.of(
          "date", "outcome", "decision", "retrospective", "computedScore", "adjustedScore",
          "adjustmentReason");
  static final List<String> CHANGE_FIELDS = List.of("date", "field", "from", "to", "reason");
  static final List<String> INITIATIVE_FIELDS =
      List.of("id", "title", "owner", "status", "start", "end", "progress", "keyResults");
  static final List<String> KPI_FIELDS =
      List.of(
          "id", "title", "unit", "owner", "direction", "healthy", "watch", "frequency",
          "measurements");
  static final List<String> CORRIDOR_FIELDS = List.of("min", "max");
  static final List<String> MEASUREMENT_FIELDS = List.of("date", "value", "note");
  static final List<String> CONFIDENCE_SCALES =
      spellings(ConfidenceScale.values(), ConfidenceScale::scaleName);
  static final List<String> OUTCOMES = spellings(Outcome.values(), Outcome::spelling);
  static final List<String> DECISIONS = spellings(Decision.values(), Decision::spelling);
  static final List<String> CHANGE_FIELD_NAMES =
      spellings(ChangeField.values(), ChangeField::spelling);

  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final int MAX_SHOWN = 40;
  private static final JsonFactory RAW = new JsonFactory();

  private static final int UNMEASURED = Integer.MIN_VALUE;
  /** The longest number read by {@link #shortDecimal()}: sixteen digits, a sign and a point. */
  private static final int MAX_SHORT_NUMBER = 18;

  private final JsonParser p;
  /** The parser as a ParserBase when it is one (it tells token places without allocating). */
  private final @Nullable ParserBase base;
  /** False once the first measured token shows ParserBase's lines are not the location's. */
  private boolean fastPlaces = true;
  /** What a JsonLocation's column is more than ParserBase's token column; see {@link #loc()}. */
  private int columnShift = UNMEASURED;
  /** Where the last string value read in full starts: tells a long name from a long value. */
  private long stringReadAt = -1;
  /** The same for a parser that is not a ParserBase. */
  private @Nullable JsonLocation stringReadLocation;
  private final OkrJsonLimits limits;
  private final boolean lenient;
  private final List<Problem> problems = new ArrayList<>();
  /** One instance per date read, by its digits (yyyymmdd): a million check-ins share a few dozen. */
  private final DateTable dates = new DateTable();
  /** One instance per short decimal read. */
  private final DecimalTable decimals = new DecimalTable();
  // One draft for every check-in and one for every key result (neither nests), one builder for
  // every check-in (each sets all of its parts, absent ones to empty), one element reader each.
  private final CheckInDraft checkInDraft = new CheckInDraft();
  private final KeyResultDraft keyResultDraft = new KeyResultDraft();
  private final CheckIn.Builder checkInBuilder = CheckIn.builder();
  private final ElementReader<CheckIn> checkInReader = this::checkIn;
  private final ElementReader<KeyResult> keyResultReader = this::keyResult;
  /** The length of number text beyond which the parser's own limit may apply. */
  private final int numberBackstop;
  private int cycleCount;
  private int objectiveCount;
  private int keyResultCount;
  private long checkInCount;
  private int initiativeCount;
  private int initiativeLinkCount;

  // A check-in's "confidence" is given on the scale the document's "scoring" names, which a
  // streaming read may meet after the check-ins (the writer puts "scoring" last). Until the scale
  // is known, a number from 0 to 1 is read as a 0.0-1.0 confidence and anything else is held as
  // given (a placeholder confidence of 0 beside it); each such confidence is noted (its objective,
  // key result and check-in index, its line and column, whether it is a string, the value held
  // as given), and the end of the document settles them all (settleConfidences): 20 bytes a
  // confidence (24 in a chunk holding a value as given), only until the read ends, and none once "scoring" has been read.
  /** True while reading a whole document (its "scoring" may name a confidence scale). */
  private boolean inDocument;
  /** The document's confidence scale once its "scoring" is read; null before. */
  private @Nullable ConfidenceScale confidenceScale;
  /** Objective, key result and check-in index of each confidence read before the scale. */
  private int[][] heldIndex = new int[0][];
  /** Line << 32 | column of each, negative for a string. */
  private long[][] heldAt = new long[0][];
  /** The value held as given (not a number from 0 to 1), or null; a chunk made for the first. */
  private @Nullable String[][] heldGiven = new String[0][];
  private int held;
  // The held arrays are kept in chunks, each made when the last is full, the tables of chunks
  // doubled: a million confidences cost their 20 bytes each and no copies as they grow.
  private static final int HELD_CHUNK_BITS = 9;
  private static final int HELD_CHUNK = 1 << HELD_CHUNK_BITS;
  /** The JSON Pointer of the document being read (empty unless it is a value inside another). */
  private String documentPointer = "";

  OkrReader(JsonParser p, OkrJsonLimits limits, boolean lenient) {
    this.p = p;
    this.base = p instanceof ParserBase pb ? pb : null;
    this.numberBackstop = OkrJson.numberBackstop(limits);
    this.limits = limits;
    this.lenient = lenient;
  }

  /**
   * Reads the document whose first token is the parser's current token (or its next one when
   * there is no current token), leaving the parser on the document's closing brace.
   */
  OkrSet read() throws IOException {
    try {
      JsonToken t = p.hasCurrentToken() ? p.currentToken() : p.nextToken();
      if (t == null) {
        throw fatal("", p.currentLocation(), "expected an OKR document (a JSON object), got nothing");
      }
      if (t != START_OBJECT) {
        wrong("an OKR document (a JSON object)");
        throw stop();
      }
      inDocument = true;
      OkrSet set = root();
      if (set == null || !problems.isEmpty()) {
        throw stop();
      }
      return set;
    } catch (OkrJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw fromJackson(e);
    }
  }

  /** Reads one model value; null means it was reported as a problem. */
  @FunctionalInterface
  private interface Element<T> {
    @Nullable T read() throws IOException;
  }

  /**
   * Reads one value whose first token is the parser's current token (or its next one), as the
   * same part of a document would be read: a DTO field holding a key result, a check-in… Problems
   * name JSON Pointers relative to the value's place in the caller's document.
   */
  private <T> T readValue(Element<T> element) throws IOException {
    try {
      JsonToken t = p.hasCurrentToken() ? p.currentToken() : p.nextToken();
      if (t == null) {
        throw fatal("", p.currentLocation(), "expected a value, got nothing");
      }
      T value = element.read();
      if (value == null || !problems.isEmpty()) {
        throw stop();
      }
      return value;
    } catch (OkrJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw fromJackson(e);
    }
  }

  Cycle readCycle() throws IOException {
    return readValue(this::cycle);
  }

  Objective readObjective() throws IOException {
    return readValue(this::objective);
  }

  KeyResult readKeyResult() throws IOException {
    return readValue(this::keyResult);
  }

  Baseline readBaseline() throws IOException {
    return readValue(this::baseline);
  }

  Target readTarget() throws IOException {
    return readValue(this::target);
  }

  CheckIn readCheckIn() throws IOException {
    return readValue(this::checkIn);
  }

  CloseOut readCloseOut() throws IOException {
    return readValue(this::closeOut);
  }

  Change readChange() throws IOException {
    return readValue(this::change);
  }

  Initiative readInitiative() throws IOException {
    return readValue(this::initiative);
  }

  Kpi readKpi() throws IOException {
    return readValue(this::kpi);
  }

  Measurement readMeasurement() throws IOException {
    return readValue(this::measurement);
  }

  Corridor readCorridor() throws IOException {
    return readValue(this::corridor);
  }

  PlanPoint readPlanPoint() throws IOException {
    return readValue(this::planPoint);
  }

  ZoneDescriptions readZones() throws IOException {
    return readValue(this::zones);
  }

  ScoringSettings readScoring() throws IOException {
    return readValue(this::scoring);
  }

  /** Reads a whole input that must hold exactly one document and nothing after it. */
  OkrSet readDocument() throws IOException {
    OkrSet set = read();
    JsonToken after;
    try {
      after = p.nextToken();
    } catch (StreamConstraintsException e) {
      throw fromJackson(e);
    } catch (JsonProcessingException e) {
      throw fatal("", p.currentLocation(),
          "expected the end of the input after the document, got " + plain(e.getOriginalMessage()));
    }
    if (after != null) {
      String what;
      try {
        what = got(); // reading the token's text can itself meet malformed bytes
      } catch (JsonProcessingException e) {
        throw fromJackson(e);
      }
      throw fatal("", loc(), "expected the end of the input after the document, got " + what);
    }
    return set;
  }

  /** Turns a syntax or limit error of the parser into the documented exception. */
  private OkrJsonException fromJackson(JsonProcessingException e) {
    String original = String.valueOf(e.getOriginalMessage());
    java.util.regex.Matcher limit = LIMIT.matcher(original);
    boolean name = false;
    String message;
    if (e instanceof StreamConstraintsException && limit.find()) {
      String which = limit.group(3);
      // in an object, after a value or at its start, the parser was reading a field name
      JsonToken last = p.currentToken();
      // A string value is read lazily: a limit met while its token is current is the value's own,
      // unless the value was read in full already, and the parser was on to the next name.
      boolean valueRead =
          last == VALUE_STRING && stringRead();
      boolean atName =
          p.getParsingContext().inObject()
              && last != FIELD_NAME
              && (last != VALUE_STRING || valueRead);
      if (which.equals("StringLength") && atName) {
        which = "NameLength";
      }
      name = which.equals("NameLength") && last != START_OBJECT;
      message = limitInWords(which, limit.group(1), limit.group(2));
    } else if (e instanceof StreamConstraintsException) {
      message = "the document exceeds a limit: " + inOkrTerms(plain(original));
    } else {
      message = "malformed JSON: " + inOkrTerms(plain(original));
    }
    JsonLocation where = e.getLocation();
    if (where == null) {
      where = p.currentLocation();
    }
    String pointer;
    try {
      pointer = here();
      if (name && p.getParsingContext().inObject()) {
        // a name too long to read belongs to the object being read, not to the field before it
        int slash = pointer.lastIndexOf('/');
        pointer = slash < 0 ? "" : pointer.substring(0, slash);
      }
    } catch (RuntimeException ignored) {
      pointer = "";
    }
    if (problems.size() < limits.maxProblems()) {
      problems.add(new Problem(pointer, where.getLineNr(), where.getColumnNr(), message));
      return new OkrJsonException(problems, false);
    }
    return new OkrJsonException(problems, true);
  }

  /** A limit of Jackson's StreamReadConstraints in its message: got, limit, which. */
  private static final Pattern LIMIT =
      Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from"
          + " `StreamReadConstraints\\.getMax(\\w+)\\(\\)`\\)");

  /** A limit the parser enforced, in the words of the OKR format and its limits. */
  private String limitInWords(String which, String got, String max) {
    return switch (which) {
      case "DocumentLength" -> "the document is larger than the limit of " + max
          + " bytes (maxDocumentBytes)";
      case "NameLength" -> "a field name of more than " + max
          + " characters, longer than the limit (maxStringLength)";
      case "StringLength" -> "a string of " + got + " characters, longer than the limit of " + max
          + " (maxStringLength)";
      case "NumberLength" -> "a number written with " + got + " characters; numbers have at most "
          + limits.maxNumberLength() + " digits before and after the decimal point, longer than"
          + " the limit (maxNumberLength)";
      case "NestingDepth" -> "values nested deeper than the limit of " + max + " levels (maxDepth)";
      default -> "more than the limit of " + max;
    };
  }

  /** Parser messages without the names of Jackson's switches, which mean nothing to a user. */
  static String inOkrTerms(String message) {
    return message
        .replaceAll(":? *enable `JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS` to allow",
            " (JSON numbers are plain decimals: no NaN or Infinity)")
        .replaceAll("\\(?[^()]*Feature 'ALLOW_COMMENTS' not enabled for parser\\)?",
            "(JSON has no comments)")
        .replaceAll(":? *(?:enable|use) `?(?:JsonReadFeature|JsonParser\\.Feature)\\.\\w+`?"
            + "(?: to allow)?", " (not allowed in JSON)")
        .replaceAll("\\(?[^()]*Feature '\\w+' not enabled[^()]*\\)?", "(not allowed in JSON)")
        .replaceAll("`?StreamReadConstraints\\.\\w+\\(\\)`?", "the reader's limit");
  }

  /** Jackson's message without its notes on where the source is (we give line and column). */
  static String plain(String jacksonMessage) {
    return SOURCE.matcher(jacksonMessage).replaceAll("line $1, column $2");
  }

  // ---- problems

  private OkrJsonException stop() {
    return new OkrJsonException(problems, false);
  }

  private void report(String pointer, long where, String message) throws OkrJsonException {
    if (problems.size() == limits.maxProblems()) {
      throw new OkrJsonException(problems, true);
    }
    problems.add(new Problem(pointer, line(where), column(where), message));
  }

  private OkrJsonException fatal(String pointer, long where, String message)
      throws OkrJsonException {
    report(pointer, where, message);
    return stop();
  }

  private OkrJsonException fatal(String pointer, JsonLocation where, String message)
      throws OkrJsonException {
    return fatal(pointer, at(where.getLineNr(), where.getColumnNr()), message);
  }

  // A place in the document is kept as line << 32 | column: every object read keeps its start
  // for a possible message, and a JsonLocation object each would be most of what reading makes.
  private static long at(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  static int line(long at) {
    return (int) (at >> 32);
  }

  static int column(long at) {
    return (int) at;
  }

  /** The JSON Pointer of the current token: the value, field or container it stands for. */
  private String here() {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    // On a start token the parser already stands in the new container; the place is the parent's.
    if ((t == START_OBJECT || t == START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    return c.pathAsPointer().toString();
  }

  /** Where the current token starts, as {@link #at(int, int)} packs it. */
  private long loc() {
    // Jackson's ParserBase tells the token's line and column without making a JsonLocation; its
    // column is the location's shifted by a constant, measured on the first token read (so a
    // Jackson version that numbers them alike still gives the same places). A field name's
    // location is its name's start, which ParserBase does not give: those take the slow path.
    ParserBase fast = base;
    if (fast != null && fastPlaces && p.currentToken() != FIELD_NAME) {
      int column = fast.getTokenColumnNr();
      if (column > 0) {
        if (columnShift != UNMEASURED) {
          return at(fast.getTokenLineNr(), column + columnShift);
        }
        JsonLocation l = p.currentTokenLocation();
        if (l.getLineNr() == fast.getTokenLineNr() && l.getColumnNr() > 0) {
          columnShift = l.getColumnNr() - column;
        } else {
          fastPlaces = false;
        }
        return at(l.getLineNr(), l.getColumnNr());
      }
    }
    JsonLocation l = p.currentTokenLocation();
    return at(l.getLineNr(), l.getColumnNr());
  }

  /** Reports that the current value is not what was expected, and skips it. */
  private void wrong(String expected) throws IOException {
    report(here(), loc(), "expected " + expected + ", got " + got());
    p.skipChildren();
  }

  private String got() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case VALUE_STRING -> quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> shorten(p.getText());
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    String shown = shorten(s);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  private static String shorten(String s) {
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "… (" + s.length() + " chars)";
  }

  // ---- values; each is called on the value's first token and leaves the parser on its last

  /** Notes that the current string token has been read in full (see {@link #fromJackson}). */
  private void markStringRead() {
    ParserBase fast = base;
    if (fast != null) {
      stringReadAt = fast.getTokenCharacterOffset();
    } else {
      stringReadLocation = p.currentTokenLocation();
    }
  }

  /** True when the current token is the string last read in full. */
  private boolean stringRead() {
    ParserBase fast = base;
    return fast != null
        ? stringReadAt == fast.getTokenCharacterOffset()
        : p.currentTokenLocation().equals(stringReadLocation);
  }

  private @Nullable String string() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrong("a string");
      return null;
    }
    int length = p.getTextLength();
    markStringRead();
    if (length > limits.maxStringLength()) {
      report(here(), loc(), "expected a string of at most " + limits.maxStringLength()
          + " characters, got one of " + length);
      return null;
    }
    String s = p.getText();
    int lone = loneSurrogate(s);
    if (lone >= 0) {
      report(here(), loc(), surrogateProblem(s, lone));
      return null;
    }
    return s;
  }

  /**
   * Where {@code s} holds half of a surrogate pair on its own ({@code "\\ud800"}), or -1: such a
   * string is not Unicode text, cannot be written as UTF-8, and would print as '?'.
   */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  static String surrogateProblem(String s, int at) {
    return String.format(Locale.ROOT, "expected Unicode text, got a lone surrogate \\u%04x at"
        + " character %d (half of a pair such as an emoji's; give both halves or remove it)",
        (int) s.charAt(at), at + 1);
  }

  /** Reports a field name holding a lone surrogate; true when it is fine. */
  private boolean checkName(String name) throws IOException {
    int lone = loneSurrogate(name);
    if (lone >= 0) {
      report(here(), loc(), surrogateProblem(name, lone).replace("Unicode text", "a field name of Unicode text"));
      return false;
    }
    return true;
  }

  private @Nullable String nonBlank() throws IOException {
    String s = string();
    if (s != null && s.isBlank()) {
      report(here(), loc(), "expected a non-blank string, got " + quote(s));
      return null;
    }
    return s;
  }

  private @Nullable BigDecimal number() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrong("a number");
      return null;
    }
    BigDecimal d = shortDecimal();
    if (d == null) {
      try {
        d = p.getDecimalValue();
      } catch (NumberFormatException | ArithmeticException e) {
        report(here(), loc(), "expected a number within range, got " + got());
        return null;
      }
    }
    // Digits of the plain form: 1e1000000000 has a billion, and would stall any arithmetic.
    DocumentLimits shared = limits.documentLimits();
    if (!shared.fitsNumberLength(d)) {
      report(here(), loc(), "expected a number with at most " + shared.maxNumberLength()
          + " digits before and after the decimal point, got " + got() + " ("
          + shared.numberLengthProblem(d) + ")");
      return null;
    }
    return d;
  }

  /**
   * The current number when it is written as plain digits with at most one point and fits in a
   * long ({@code 42}, {@code -3.50}), read from the parser's text without parsing a BigDecimal,
   * as one instance per value; null for any other form, left to the parser. The value and scale
   * are those {@code new BigDecimal(text)} gives ({@code 4.10} keeps its scale of 2).
   */
  private @Nullable BigDecimal shortDecimal() throws IOException {
    if (base == null) {
      return null;
    }
    int length = p.getTextLength();
    // short enough for a long, and for the parser's own length backstop not to apply
    if (length > MAX_SHORT_NUMBER || length > numberBackstop) {
      return null;
    }
    char[] text = p.getTextCharacters();
    int i = p.getTextOffset();
    int end = i + length;
    boolean negative = i < end && text[i] == '-';
    if (negative) {
      i++;
    }
    long unscaled = 0;
    int scale = -1; // digits after the point, or -1 before it
    int digits = 0;
    for (; i < end; i++) {
      char c = text[i];
      if (c >= '0' && c <= '9') {
        unscaled = unscaled * 10 + (c - '0');
        digits++;
        if (scale >= 0) {
          scale++;
        }
      } else if (c == '.' && scale < 0) {
        scale = 0;
      } else {
        return null; // an exponent: the parser's
      }
    }
    if (digits == 0 || digits > 16 || scale == 0) {
      return null; // no digits or a point with none after it is the parser's to reject
    }
    return decimals.get(negative ? -unscaled : unscaled, Math.max(scale, 0));
  }

  private @Nullable BigDecimal nonNegative() throws IOException {
    BigDecimal d = number();
    if (d != null && d.signum() < 0) {
      report(here(), loc(), "expected a number >= 0, got " + got());
      return null;
    }
    return d;
  }

  private @Nullable Period cadence() throws IOException {
    String s = string();
    if (s == null) {
      return null;
    }
    try {
      return CheckInCadence.parsePeriod(s);
    } catch (IllegalArgumentException e) {
      report(here(), loc(), "expected daily, weekly, biweekly, monthly, quarterly or an ISO-8601"
          + " period such as \"P10D\", got " + quote(s));
      return null;
    }
  }

  private @Nullable Integer graceDays() throws IOException {
    BigDecimal d = number();
    if (d == null) {
      return null;
    }
    if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(3660)) > 0) {
      report(here(), loc(), "expected a whole number of days from 0 to 3660, got " + got());
      return null;
    }
    return d.intValueExact();
  }

  private @Nullable BigDecimal unitInterval() throws IOException {
    BigDecimal d = number();
    if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0)) {
      report(here(), loc(), "expected a number from 0 to 1, got " + got());
      return null;
    }
    return d;
  }

  private @Nullable Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    wrong("true or false");
    return null;
  }

  private @Nullable LocalDate date() throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrong("an ISO-8601 date (yyyy-mm-dd)");
      return null;
    }
    markStringRead();
    int key = dateKey();
    if (key >= 0) {
      LocalDate cached = dates.get(key);
      if (cached != null) {
        return cached;
      }
    }
    String s = p.getText();
    LocalDate d = null;
    if (DATE.matcher(s).matches()) {
      try {
        d = LocalDate.parse(s);
      } catch (DateTimeException e) {
        d = null;
      }
    }
    if (d == null) {
      report(here(), loc(), "expected an ISO-8601 date (yyyy-mm-dd), got " + quote(s));
      return null;
    }
    if (key >= 0) {
      dates.put(key, d);
    }
    return d;
  }

  /**
   * The digits of the current string as yyyymmdd when it has the shape of a date
   * ({@code 2026-10-08}), read without making a String; -1 otherwise. Whether it is a real day is
   * for {@code LocalDate.parse} to say, once per distinct text.
   */
  private int dateKey() throws IOException {
    if (p.getTextLength() != 10) {
      return -1;
    }
    char[] t = p.getTextCharacters();
    int o = p.getTextOffset();
    if (t[o + 4] != '-' || t[o + 7] != '-') {
      return -1;
    }
    int key = 0;
    for (int i = 0; i < 10; i++) {
      if (i == 4 || i == 7) {
        continue;
      }
      char c = t[o + i];
      if (c < '0' || c > '9') {
        return -1;
      }
      key = key * 10 + (c - '0');
    }
    return key;
  }

  /** An enum's constants and their spellings in documents (lower case), made once. */
  private static final class Choices<E extends Enum<E>> {
    final E[] values;
    final List<String> names;

    Choices(E[] values) {
      this.values = values;
      List<String> names = new ArrayList<>(values.length);
      for (E e : values) {
        names.add(e.name().toLowerCase(Locale.ROOT));
      }
      this.names = List.copyOf(names);
    }
  }

  private static final Choices<Level> LEVELS = new Choices<>(Level.values());
  private static final Choices<ObjectiveType> OBJECTIVE_TYPES =
      new Choices<>(ObjectiveType.values());
  private static final Choices<AlignmentLink> LINKS = new Choices<>(AlignmentLink.values());
  private static final Choices<KeyResultKind> KINDS = new Choices<>(KeyResultKind.values());
  private static final Choices<Zone> ZONES = new Choices<>(Zone.values());
  private static final Choices<InitiativeStatus> STATUSES =
      new Choices<>(InitiativeStatus.values());
  private static final Choices<KpiDirection> DIRECTIONS = new Choices<>(KpiDirection.values());
  private static final Choices<Frequency> FREQUENCIES = new Choices<>(Frequency.values());

  private <E extends Enum<E>> @Nullable E enumValue(Choices<E> choices) throws IOException {
    String s = string();
    if (s == null) {
      return null;
    }
    List<String> names = choices.names;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equals(s)) {
        return choices.values[i];
      }
    }
    List<String> close = Spelling.suggest(s, names);
    report(here(), loc(), "expected one of " + Spelling.quoteAll(names, ", ") + ", got " + quote(s)
        + (close.isEmpty() ? "" : "; did you mean " + Spelling.quoteAll(close, " or ") + "?"));
    return null;
  }

  private static <E> List<String> spellings(E[] values, Function<E, String> spelling) {
    List<String> names = new ArrayList<>(values.length);
    for (E e : values) {
      names.add(spelling.apply(e));
    }
    return List.copyOf(names);
  }

  /** The current string when it is one of {@code names}, or null after reporting it. */
  private @Nullable String choice(List<String> names) throws IOException {
    String s = string();
    if (s == null) {
      return null;
    }
    if (names.contains(s)) {
      return s;
    }
    List<String> close = Spelling.suggest(s, names);
    report(here(), loc(), "expected one of " + Spelling.quoteAll(names, ", ") + ", got " + quote(s)
        + (close.isEmpty() ? "" : "; did you mean " + Spelling.quoteAll(close, " or ") + "?"));
    return null;
  }

  /** Copies the current value, of any depth, into compact JSON text, without recursion. */
  private @Nullable String raw() throws IOException {
    int before = problems.size();
    StringWriter out = new StringWriter();
    try (JsonGenerator g = RAW.createGenerator(out)) {
      Deque<Set<String>> names = new ArrayDeque<>();
      int depth = 0;
      JsonToken t = p.currentToken();
      while (true) {
        if (t == null) {
          throw fatal(here(), p.currentLocation(), "unexpected end of the document");
        }
        switch (t) {
          case START_OBJECT -> {
            g.writeStartObject();
            names.push(new HashSet<>());
            depth++;
          }
          case START_ARRAY -> {
            g.writeStartArray();
            names.push(Set.of());
            depth++;
          }
          case END_OBJECT -> {
            g.writeEndObject();
            names.pop();
            depth--;
          }
          case END_ARRAY -> {
            g.writeEndArray();
            names.pop();
            depth--;
          }
          case FIELD_NAME -> {
            String name = p.currentName();
            checkName(name);
            Set<String> seen = names.peek();
            if (seen != null && !seen.add(name)) {
              report(here(), loc(), "duplicate field " + quote(name));
            }
            g.writeFieldName(name);
          }
          case VALUE_STRING -> {
            String s = string();
            g.writeString(s == null ? "" : s);
          }
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
            // the text as written: an extension's numbers are the tool's business, kept exact
            g.writeNumber(p.getText());
          }
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> {
            report(here(), loc(), "expected a JSON value, got " + got());
            return null;
          }
        }
        if (depth == 0) {
          break;
        }
        t = p.nextToken();
      }
    }
    return problems.size() > before ? null : out.toString();
  }

  // ---- objects

  /** The fields of one object as they are read; {@link #field} reads the value of a known one. */
  private abstract static class Draft {
    long seen;
    Map<String, String> extensions = Map.of();

    abstract void field(int index) throws IOException;

    final boolean has(int index) {
      return (seen & (1L << index)) != 0;
    }
  }

  /**
   * Reads the fields of the object whose opening brace is the current token: known fields go to
   * the draft, {@code x-} fields to its extensions; duplicates and unknown fields are reported.
   */
  @SuppressWarnings("ReferenceEquality") // a fast first look; equals decides when it misses
  private void fields(List<String> known, Draft d) throws IOException {
    Map<String, String> extensions = null;
    long seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == FIELD_NAME) {
      String name = p.currentName();
      // Jackson interns field names: a known one is most often the very constant of the list
      int i = -1;
      for (int k = 0; k < known.size(); k++) {
        if (known.get(k) == name) {
          i = k;
          break;
        }
      }
      if (i < 0) {
        if (!checkName(name)) {
          skipValue();
          continue;
        }
        i = known.indexOf(name);
      }
      if (i >= 0) {
        if ((seen & (1L << i)) != 0) {
          report(here(), loc(), "duplicate field " + quote(name));
          skipValue();
          continue;
        }
        seen |= 1L << i;
        p.nextToken();
        d.field(i);
      } else if (name.startsWith("x-")) {
        if (extensions == null) {
          extensions = new LinkedHashMap<>();
        }
        if (extensions.containsKey(name)) {
          report(here(), loc(), "duplicate field " + quote(name));
          skipValue();
          continue;
        }
        p.nextToken();
        String value = raw();
        if (value != null) {
          extensions.put(name, value);
        }
      } else {
        if (!lenient) {
          report(here(), loc(), "unknown field " + quote(name) + "; "
              + Spelling.hint(name, known, "known fields are")
              + " (extension fields start with \"x-\")");
        }
        skipValue();
      }
    }
    if (t != END_OBJECT) {
      throw fatal(here(), p.currentLocation(), "unexpected end of the document");
    }
    d.seen = seen;
    if (extensions != null) {
      d.extensions = extensions;
    }
  }

  private void skipValue() throws IOException {
    p.nextToken();
    p.skipChildren();
  }

  /** Moves to the next array element; false at the end of the array. */
  private boolean nextElement() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fatal(here(), p.currentLocation(), "unexpected end of the document");
    }
    return t != END_ARRAY;
  }

  private void missing(Draft d, int index, List<String> known, long start, String note)
      throws IOException {
    if (!d.has(index)) {
      report(here(), start, "missing required field " + quote(known.get(index)) + note);
    }
  }

  /** Reports a model invariant the reader did not check itself, at the object's start. */
  /**
   * Builds a value from a draft that read cleanly. A model invariant the document breaks (a
   * weight of 0, a confidence of 1.5) becomes a problem at {@code at}, so it is reported with the
   * others instead of escaping as an exception.
   */
  private <T> @Nullable T built(long at, Supplier<T> build) throws IOException {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      rejected(at, e);
      return null;
    }
  }

  private void rejected(long start, RuntimeException e) throws IOException {
    String message = e.getMessage();
    report(here(), start, message == null ? e.getClass().getSimpleName() : message);
  }

  private final class RootDraft extends Draft {
    final List<Cycle> cycles = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<Kpi> kpis = new ArrayList<>();
    @Nullable ScoringSettings scoring;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> {
          String version = string();
          if (version != null && !version.equals(VERSION)) {
            report(here(), loc(), "expected format version \"" + VERSION + "\", got "
                + quote(version));
          }
        }
        case 1 -> elements("cycles", OkrReader.this::cycle, cycles);
        case 2 -> elements("objectives", OkrReader.this::objective, objectives);
        case 3 -> elements("initiatives", OkrReader.this::initiative, initiatives);
        case 4 -> elements("KPIs", OkrReader.this::kpi, kpis);
        default -> {
          scoring = scoring();
          if (scoring != null) {
            confidenceScale = scoring.confidenceScale().orElse(ConfidenceScale.UNIT);
          }
        }
      }
    }
  }

  private @Nullable OkrSet root() throws IOException {
    long start = loc();
    documentPointer = here();
    RootDraft d = new RootDraft();
    fields(ROOT_FIELDS, d);
    missing(d, 0, ROOT_FIELDS, start, " (the format version, \"" + VERSION + "\")");
    settleConfidences(d.objectives,
        d.scoring == null ? ConfidenceScale.UNIT
            : d.scoring.confidenceScale().orElse(ConfidenceScale.UNIT),
        d.has(ROOT_FIELDS.indexOf("scoring")) && d.scoring == null);
    if (!problems.isEmpty()) {
      return null;
    }
    return built(
        start,
        () ->
            OkrSet.builder()
                .cycles(d.cycles)
                .objectives(d.objectives)
                .initiatives(d.initiatives)
                .kpis(d.kpis)
                .scoring(Optional.ofNullable(d.scoring))
                .extensions(d.extensions)
                .build());
  }

  private final class ScoringDraft extends Draft {
    @Nullable BigDecimal cap;
    boolean noCap;
    @Nullable BigDecimal floor;
    boolean noFloor;
    @Nullable String thresholdCredit;
    @Nullable String bandCredit;
    @Nullable BigDecimal green;
    @Nullable BigDecimal yellow;
    @Nullable Period cadence;
    @Nullable Integer graceDays;
    @Nullable String rollup;
    @Nullable String source;
    @Nullable BigDecimal ownShare;
    @Nullable ConfidenceScale confidenceScale;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> {
          if (isNone()) {
            noCap = true;
          } else {
            cap = number();
          }
        }
        case 1 -> {
          if (isNone()) {
            noFloor = true;
          } else {
            floor = number();
          }
        }
        case 2 -> thresholdCredit = choice(ScoringSettings.THRESHOLD_CREDITS);
        case 3 -> bandCredit = choice(ScoringSettings.BAND_CREDITS);
        case 4 -> grades(this);
        case 5 -> cadence = cadence();
        case 6 -> graceDays = graceDays();
        case 7 -> rollup = choice(ScoringSettings.ROLLUPS);
        case 8 -> source = choice(ScoringSettings.SOURCES);
        case 9 -> ownShare = unitInterval();
        default -> {
          String name = choice(CONFIDENCE_SCALES);
          confidenceScale = name == null ? null : ConfidenceScale.named(name);
        }
      }
    }
  }

  /** True (and the token consumed) when the current token is the string {@code "none"}. */
  private boolean isNone() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      if (p.getText().equals("none")) {
        return true;
      }
      wrong("a number or \"none\"");
      return true;
    }
    return false;
  }

  private final class GradesDraft extends Draft {
    @Nullable BigDecimal green;
    @Nullable BigDecimal yellow;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        green = number();
      } else {
        yellow = number();
      }
    }
  }

  private void grades(ScoringDraft into) throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("an object with the grade edges green and yellow");
      return;
    }
    long at = loc();
    GradesDraft d = new GradesDraft();
    fields(GRADES_FIELDS, d);
    missing(d, 0, GRADES_FIELDS, at, " (the lowest green score)");
    missing(d, 1, GRADES_FIELDS, at, " (the lowest yellow score)");
    into.green = d.green;
    into.yellow = d.yellow;
  }

  private @Nullable ScoringSettings scoring() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("the scoring settings (an object)");
      return null;
    }
    long at = loc();
    int before = problems.size();
    ScoringDraft d = new ScoringDraft();
    fields(SCORING_FIELDS, d);
    if (problems.size() > before) {
      return null;
    }
    return built(
        at,
        () ->
            ScoringSettings.builder()
                .cap(Optional.ofNullable(d.cap))
                .noCap(d.noCap)
                .floor(Optional.ofNullable(d.floor))
                .noFloor(d.noFloor)
                .thresholdCredit(Optional.ofNullable(d.thresholdCredit))
                .bandCredit(Optional.ofNullable(d.bandCredit))
                .greenFrom(Optional.ofNullable(d.green))
                .yellowFrom(Optional.ofNullable(d.yellow))
                .cadence(Optional.ofNullable(d.cadence))
                .graceDays(Optional.ofNullable(d.graceDays))
                .rollup(Optional.ofNullable(d.rollup))
                .source(Optional.ofNullable(d.source))
                .ownShare(Optional.ofNullable(d.ownShare))
                .confidenceScale(Optional.ofNullable(d.confidenceScale))
                .build());
  }

  private final class CycleDraft extends Draft {
    @Nullable String id;
    @Nullable String name;
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    String endPointer = "";
    long endLocation = -1;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = nonBlank();
        case 1 -> name = string();
        case 2 -> start = date();
        default -> {
          endPointer = here();
          endLocation = loc();
          end = date();
        }
      }
    }
  }

  private @Nullable Cycle cycle() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a cycle (an object)");
      return null;
    }
    if (++cycleCount > limits.maxCycles()) {
      throw fatal(here(), loc(), "too many cycles: more than the limit of "
          + limits.maxCycles() + " (maxCycles)");
    }
    long at = loc();
    int before = problems.size();
    CycleDraft d = new CycleDraft();
    fields(CYCLE_FIELDS, d);
    missing(d, 0, CYCLE_FIELDS, at, "");
    missing(d, 2, CYCLE_FIELDS, at, "");
    missing(d, 3, CYCLE_FIELDS, at, "");
    LocalDate start = d.start;
    LocalDate end = d.end;
    long endLocation = d.endLocation;
    if (start != null && end != null && endLocation != -1 && end.isBefore(start)) {
      report(d.endPointer, endLocation,
          "expected an end on or after the start " + start + ", got \"" + end + "\"");
    }
    String id = d.id;
    if (problems.size() > before || id == null || start == null || end == null) {
      return null;
    }
    return built(
        at,
        () ->
            Cycle.builder()
                .id(id)
                .name(Optional.ofNullable(d.name))
                .start(start)
                .end(end)
                .extensions(d.extensions)
                .build());
  }

  private final class ObjectiveDraft extends Draft {
    @Nullable String id;
    @Nullable String title;
    @Nullable String description;
    @Nullable String cycle;
    @Nullable String owner;
    @Nullable Level level;
    @Nullable ObjectiveType type;
    @Nullable String parent;
    @Nullable BigDecimal weight;
    final List<KeyResult> keyResults = new ArrayList<>();
    @Nullable CloseOut close;
    @Nullable String carriedFrom;

    @Nullable String parentKeyResult;
    @Nullable AlignmentLink link;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = nonBlank();
        case 1 -> title = nonBlank();
        case 2 -> description = string();
        case 3 -> cycle = nonBlank();
        case 4 -> owner = string();
        case 5 -> level = enumValue(LEVELS);
        case 6 -> type = enumValue(OBJECTIVE_TYPES);
        case 7 -> parent = string();
        case 8 -> weight = nonNegative();
        case 9 -> elements("key results", keyResultReader, keyResults);
        case 10 -> close = closeOut();
        case 11 -> carriedFrom = nonBlank();
        case 12 -> parentKeyResult = nonBlank();
        default -> link = enumValue(LINKS);
      }
    }
  }

  /** Something that reads one array element, or returns null after recording its problems. */
  private interface ElementReader<T> {
    @Nullable T read() throws IOException;
  }

  /**
   * Reads the array at the current token into {@code into}, element by element, so that one bad
   * element is reported and skipped while the others are still read.
   */
  private <T> void elements(String what, ElementReader<T> reader, List<T> into)
      throws IOException {
    if (p.currentToken() != START_ARRAY) {
      wrong("an array of " + what);
      return;
    }
    while (nextElement()) {
      T element = reader.read();
      if (element != null) {
        into.add(element);
      }
    }
  }

  private @Nullable Objective objective() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("an objective (an object)");
      return null;
    }
    if (++objectiveCount > limits.maxObjectives()) {
      throw fatal(here(), loc(), "too many objectives: more than the limit of "
          + limits.maxObjectives() + " (maxObjectives)");
    }
    long at = loc();
    int before = problems.size();
    ObjectiveDraft d = new ObjectiveDraft();
    fields(OBJECTIVE_FIELDS, d);
    missing(d, 0, OBJECTIVE_FIELDS, at, "");
    missing(d, 1, OBJECTIVE_FIELDS, at, "");
    missing(d, 3, OBJECTIVE_FIELDS, at, " (the id of its cycle)");
    String id = d.id;
    String title = d.title;
    String cycle = d.cycle;
    if (problems.size() > before || id == null || title == null || cycle == null) {
      return null;
    }
    return built(
        at,
        () -> {
          Objective.Builder b =
              Objective.builder()
                  .id(id)
                  .title(title)
                  .description(Optional.ofNullable(d.description))
                  .cycle(cycle)
                  .owner(Optional.ofNullable(d.owner))
                  .level(Optional.ofNullable(d.level))
                  .parent(Optional.ofNullable(d.parent))
                  .parentKeyResult(Optional.ofNullable(d.parentKeyResult))
                  .keyResults(d.keyResults)
                  .close(Optional.ofNullable(d.close))
                  .carriedFrom(Optional.ofNullable(d.carriedFrom))
                  .extensions(d.extensions);
          // type and weight have defaults in the model: set them only when the document does
          if (d.type != null) {
            b.type(d.type);
          }
          if (d.weight != null) {
            b.weight(d.weight);
          }
          if (d.link != null) {
            b.link(d.link);
          }
          return b.build();
        });
  }

  private final class KeyResultDraft extends Draft {
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
        case 0 -> id = nonBlank();
        case 1 -> title = nonBlank();
        case 2 -> kind = enumValue(KINDS);
        case 3 -> unit = string();
        case 4 -> baseline = baseline();
        case 5 -> target = target();
        case 6 -> weight = nonNegative();
        case 7 -> elements("check-ins", checkInReader, checkIns);
        case 8 -> elements("changes", OkrReader.this::change, changes);
        case 9 -> close = closeOut();
        case 10 -> carriedFrom = nonBlank();
        case 11 -> trackAfterClose = bool();
        case 12 -> kpi = nonBlank();
        case 13 -> elements("key result ids", OkrReader.this::nonBlank, sumOf);
        case 14 -> start = date();
        case 15 -> due = date();
        case 16 -> elements("plan points", OkrReader.this::planPoint, plan);
        case 17 -> cadence = cadence();
        case 18 -> graceDays = graceDays();
        case 19 -> targetPending = bool();
        case 20 -> baselinePending = bool();
        default -> zones = zones();
      }
    }
  }

  private @Nullable KeyResult keyResult() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a key result (an object)");
      return null;
    }
    if (++keyResultCount > limits.maxKeyResults()) {
      throw fatal(here(), loc(), "too many key results: more than the limit of "
          + limits.maxKeyResults() + " (maxKeyResults)");
    }
    long at = loc();
    int before = problems.size();
    KeyResultDraft d = keyResultDraft;
    d.clear();
    fields(KEY_RESULT_FIELDS, d);
    missing(d, 0, KEY_RESULT_FIELDS, at, "");
    missing(d, 1, KEY_RESULT_FIELDS, at, "");
    String id = d.id;
    String title = d.title;
    if (problems.size() > before || id == null || title == null) {
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
      rejected(at, e);
      return null;
    }
  }

  private final class PlanPointDraft extends Draft {
    @Nullable LocalDate date;
    @Nullable BigDecimal value;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        date = date();
      } else {
        value = number();
      }
    }
  }

  private @Nullable PlanPoint planPoint() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a plan point (an object with \"date\" and \"value\")");
      return null;
    }
    long at = loc();
    int before = problems.size();
    PlanPointDraft d = new PlanPointDraft();
    fields(PLAN_FIELDS, d);
    missing(d, 0, PLAN_FIELDS, at, "");
    missing(d, 1, PLAN_FIELDS, at, "");
    LocalDate date = d.date;
    BigDecimal value = d.value;
    if (problems.size() > before || date == null || value == null) {
      return null;
    }
    return built(at, () -> PlanPoint.of(date, value));
  }

  private final class BaselineDraft extends Draft {
    @Nullable BigDecimal value;
    @Nullable LocalDate date;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        value = number();
      } else {
        date = date();
      }
    }
  }

  private @Nullable Baseline baseline() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal v = number();
      return v == null ? null : Baseline.of(v);
    }
    if (t != START_OBJECT) {
      wrong("a number or an object with value and date");
      return null;
    }
    long at = loc();
    int before = problems.size();
    BaselineDraft d = new BaselineDraft();
    fields(BASELINE_FIELDS, d);
    missing(d, 0, BASELINE_FIELDS, at, "");
    BigDecimal value = d.value;
    if (problems.size() > before || value == null) {
      return null;
    }
    return built(
        at,
        () ->
            Baseline.builder()
                .value(value)
                .date(Optional.ofNullable(d.date))
                .extensions(d.extensions)
                .build());
  }

  private final class TargetDraft extends Draft {
    final @Nullable BigDecimal[] values = new BigDecimal[5];

    @Override
    void field(int index) throws IOException {
      values[index] = number();
    }
  }

  private @Nullable Target target() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal v = number();
      return v == null ? null : Target.of(v);
    }
    if (t != START_OBJECT) {
      wrong("a number or an object with value/atLeast/atMost");
      return null;
    }
    long at = loc();
    int before = problems.size();
    TargetDraft d = new TargetDraft();
    fields(TARGET_FIELDS, d);
    boolean band = d.has(1) && d.has(2) && !d.has(0);
    int given = Long.bitCount(d.seen & 0b111);
    if (given != 1 && !band) {
      report(here(), at, "expected exactly one of \"value\", \"atLeast\" and \"atMost\""
          + " (or \"atLeast\" with \"atMost\" for a band), got "
          + (given == 0 ? "none" : given));
    } else if ((d.has(3) || d.has(4)) && !d.has(0)) {
      report(here(), at, "\"commit\" and \"stretch\" belong to a \"value\" to reach,"
          + " not to a bound");
    }
    BigDecimal value = d.has(0) ? d.values[0] : d.has(1) ? d.values[1] : d.values[2];
    if (problems.size() > before || value == null) {
      return null;
    }
    TargetSide side =
        d.has(1) ? TargetSide.AT_LEAST : d.has(2) ? TargetSide.AT_MOST : TargetSide.REACH;
    return built(
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

  private final class ZonesDraft extends Draft {
    final @Nullable String[] text = new String[4];

    @Override
    void field(int index) throws IOException {
      text[index] = nonBlank();
    }
  }

  private @Nullable ZoneDescriptions zones() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("an object describing the zones fail, commit, target and stretch");
      return null;
    }
    long at = loc();
    int before = problems.size();
    ZonesDraft d = new ZonesDraft();
    fields(ZONES_FIELDS, d);
    for (int i = 0; i < 4; i++) {
      missing(d, i, ZONES_FIELDS, at, "");
    }
    String[] t = d.text;
    if (problems.size() > before || t[0] == null || t[1] == null || t[2] == null || t[3] == null) {
      return null;
    }
    return built(at, () -> ZoneDescriptions.of(t[0], t[1], t[2], t[3]));
  }

  private final class CheckInDraft extends Draft {
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
        case 0 -> date = date();
        case 1 -> value = number();
        case 2 -> done = bool();
        case 3 -> confidence(this);
        case 4 -> note = string();
        case 5 -> delta = number();
        default -> zone = enumValue(ZONES);
      }
    }
  }

  private @Nullable CheckIn checkIn() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a check-in (an object)");
      return null;
    }
    if (++checkInCount > limits.maxCheckIns()) {
      throw fatal(here(), loc(), "too many check-ins: more than the limit of "
          + limits.maxCheckIns() + " (maxCheckIns)");
    }
    long at = loc();
    int before = problems.size();
    // one draft for every check-in: check-ins do not nest, and each is built before the next
    CheckInDraft d = checkInDraft;
    d.clear();
    fields(CHECK_IN_FIELDS, d);
    missing(d, 0, CHECK_IN_FIELDS, at, "");
    int measures = (d.has(1) ? 1 : 0) + (d.has(2) ? 1 : 0) + (d.has(5) ? 1 : 0) + (d.has(6) ? 1 : 0);
    if (measures == 2 && d.has(1) && d.has(2)) {
      report(here(), at, "expected exactly one of \"value\" and \"done\", got both");
    } else if (measures > 1) {
      report(here(), at, "expected exactly one of \"value\", \"delta\", \"done\" and"
          + " \"zone\", got " + measures);
    } else if (measures == 0) {
      report(here(), at,
          "missing required field \"value\" (or \"delta\" for an increment, \"done\" for a"
              + " milestone, \"zone\" for a zones key result)");
    }
    LocalDate date = d.date;
    if (problems.size() > before || date == null) {
      return null;
    }
    // One builder for all check-ins, every part set (an absent one to the shared empty
    // Optional): no builder, Optional or lambda per check-in.
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
      rejected(at, e);
      return null;
    }
  }

  /**
   * Reads a check-in's confidence: on the document's scale when it is known, a 0.0–1.0 one for a
   * value read alone, else held until the end of the document (see {@link #settleConfidences}).
   */
  private void confidence(CheckInDraft d) throws IOException {
    JsonToken t = p.currentToken();
    boolean isWord = t == JsonToken.VALUE_STRING;
    if (!isWord && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrong("a confidence (a number, or a word of the document's confidence scale)");
      return;
    }
    // a number is kept as a decimal; its text is made only where it is needed (as given on
    // another scale, or in a message)
    @Nullable String word = null;
    @Nullable BigDecimal n = null;
    if (isWord) {
      word = string();
      if (word == null) {
        return;
      }
    } else {
      n = number();
      if (n == null) {
        return;
      }
    }
    boolean unit = n != null && n.signum() >= 0 && n.compareTo(BigDecimal.ONE) <= 0;
    ConfidenceScale scale = inDocument ? confidenceScale : ConfidenceScale.UNIT;
    if (scale == ConfidenceScale.UNIT && unit) {
      d.confidence = n;
      return;
    }
    long at = loc();
    if (scale != null) {
      String given = n == null ? Objects.requireNonNull(word) : OkrWriter.number(n);
      d.confidence = onScale(scale, isWord, given, here(), line(at), column(at));
      if (d.confidence != null && scale != ConfidenceScale.UNIT) {
        d.confidenceAsGiven = given;
      }
      return;
    }
    int chunk = held >>> HELD_CHUNK_BITS;
    int slot = held & (HELD_CHUNK - 1);
    if (slot == 0) { // a new chunk
      if (chunk == heldAt.length) {
        // the chunk tables double: copying them one chunk longer each time was quadratic
        int chunks = Math.max(8, 2 * heldAt.length);
        heldAt = java.util.Arrays.copyOf(heldAt, chunks);
        heldGiven = java.util.Arrays.copyOf(heldGiven, chunks);
        heldIndex = java.util.Arrays.copyOf(heldIndex, chunks);
      }
      heldAt[chunk] = new long[HELD_CHUNK];
      heldIndex[chunk] = new int[3 * HELD_CHUNK]; // heldGiven's chunk only for a value as given
    }
    // the check-in object, in the checkIns array, in a key result, in keyResults, in an objective
    JsonStreamContext checkIn = p.getParsingContext();
    JsonStreamContext checkIns = checkIn.getParent();
    JsonStreamContext keyResults = checkIns.getParent().getParent();
    JsonStreamContext objectives = keyResults.getParent().getParent();
    int[] index = heldIndex[chunk];
    index[3 * slot] = objectives.getCurrentIndex();
    index[3 * slot + 1] = keyResults.getCurrentIndex();
    index[3 * slot + 2] = checkIns.getCurrentIndex();
    heldAt[chunk][slot] = isWord ? -at : at;
    if (unit) {
      d.confidence = n;
    } else {
      String given = n == null ? Objects.requireNonNull(word) : OkrWriter.number(n);
      // held as given beside a placeholder until the scale is known
      d.confidence = BigDecimal.ZERO;
      d.confidenceAsGiven = given;
      String[] givens = heldGiven[chunk];
      if (givens == null) {
        givens = new String[HELD_CHUNK];
        heldGiven[chunk] = givens;
      }
      givens[slot] = given;
    }
    held++;
  }

  /**
   * The 0.0–1.0 confidence for {@code given} (a JSON string when {@code word}) on {@code scale},
   * or null after reporting what the scale takes at the pointer, line and column.
   */
  private @Nullable BigDecimal onScale(
      ConfidenceScale scale, boolean word, String given, String pointer, int line, int column)
      throws IOException {
    String shown = word ? quote(given) : shorten(given);
    if (scale == ConfidenceScale.UNIT) {
      BigDecimal n = word ? null : new BigDecimal(given);
      if (n != null && n.signum() >= 0 && n.compareTo(BigDecimal.ONE) <= 0) {
        return n;
      }
      problem(pointer, line, column, "expected a number from 0 to 1, got " + shown
          + " (a confidence on another scale needs \"confidenceScale\" in \"scoring\": "
          + String.join(", ", CONFIDENCE_SCALES.subList(1, CONFIDENCE_SCALES.size())) + ")");
      return null;
    }
    if (word == scale.isWords() && (!word || scale.words().contains(given))) {
      try {
        return word ? scale.normalise(given) : scale.normalise(new BigDecimal(given));
      } catch (IllegalArgumentException e) {
        // outside the scale's range: reported below
      }
    }
    List<String> close = word && scale.isWords() ? Spelling.suggest(given, scale.words()) : List.of();
    problem(pointer, line, column, "expected " + scale.expected() + " (the document's"
        + " confidenceScale " + scale.scaleName() + "), got " + shown
        + (close.isEmpty() ? "" : "; did you mean " + Spelling.quoteAll(close, " or ") + "?"));
    return null;
  }

  private void problem(String pointer, int line, int column, String message)
      throws OkrJsonException {
    if (problems.size() == limits.maxProblems()) {
      throw new OkrJsonException(problems, true);
    }
    problems.add(new Problem(pointer, line, column, message));
  }

  /**
   * Settles the confidences read before the document's scale was known, now that it is: on a
   * scale other than 0.0–1.0 each is normalised from the value as given (and its objective
   * rebuilt); on 0.0–1.0 the ones held as given are errors. Errors go among the other problems in
   * document order. When the document has other problems the objectives may be incomplete: only
   * the values held as given are judged then (a number from 0 to 1 that the scale refuses is
   * reported once the rest reads). Linear in the confidences held.
   */
  private void settleConfidences(
      List<Objective> objectives, ConfidenceScale scale, boolean scaleUnknown) throws IOException {
    if (held == 0 || scaleUnknown) {
      return;
    }
    boolean clean = problems.isEmpty();
    List<Problem> found = new ArrayList<>();
    // objectives rebuilt: index -> its key results; the check-ins of one key result are settled
    // together (its confidences are consecutive here, in document order), so each list is copied once
    Map<Integer, List<KeyResult>> rebuilt = new HashMap<>();
    List<CheckIn> cs = null;
    int csObjective = -1;
    int csKeyResult = -1;
    for (int h = 0; h < held; h++) {
      int chunk = h >>> HELD_CHUNK_BITS;
      int slot = h & (HELD_CHUNK - 1);
      String[] givens = heldGiven[chunk];
      String given = givens == null ? null : givens[slot];
      if (scale == ConfidenceScale.UNIT && given == null) {
        continue;
      }
      int i = heldIndex[chunk][3 * slot];
      int j = heldIndex[chunk][3 * slot + 1];
      int k = heldIndex[chunk][3 * slot + 2];
      if (clean && (i != csObjective || j != csKeyResult)) {
        flush(objectives, rebuilt, csObjective, csKeyResult, cs);
        cs = new ArrayList<>(objectives.get(i).keyResults().get(j).checkIns());
        csObjective = i;
        csKeyResult = j;
      }
      CheckIn c = clean && cs != null ? cs.get(k) : null;
      if (c != null && given == null) {
        given = OkrWriter.number(c.confidence().orElseThrow());
      }
      if (given == null) {
        continue;
      }
      long heldWhere = heldAt[chunk][slot];
      long where = Math.abs(heldWhere);
      String pointer = documentPointer + "/objectives/" + i + "/keyResults/" + j + "/checkIns/" + k + "/confidence";
      int before = problems.size();
      BigDecimal normalised = onScale(scale, heldWhere < 0, given, pointer,
          (int) (where >>> 32), (int) where);
      if (problems.size() > before) {
        // reported into the list's tail; moved into document order below
        found.add(problems.remove(problems.size() - 1));
      }
      if (normalised != null && c != null && cs != null) {
        cs.set(k, CheckIn.builder().from(c).confidence(normalised).confidenceAsGiven(given).build());
      }
    }
    if (clean) {
      flush(objectives, rebuilt, csObjective, csKeyResult, cs);
      for (Map.Entry<Integer, List<KeyResult>> e : rebuilt.entrySet()) {
        objectives.set(e.getKey(), objectives.get(e.getKey()).withKeyResults(e.getValue()));
      }
    }
    for (Problem f : found) {
      int at = problems.size();
      while (at > 0 && (problems.get(at - 1).line() > f.line()
          || (problems.get(at - 1).line() == f.line() && problems.get(at - 1).column() > f.column()))) {
        at--;
      }
      if (problems.size() == limits.maxProblems()) {
        throw new OkrJsonException(problems, true);
      }
      problems.add(at, f);
    }
  }

  /** Puts the settled check-ins of key result {@code j} of objective {@code i} in place. */
  private static void flush(List<Objective> objectives, Map<Integer, List<KeyResult>> rebuilt,
      int i, int j, @Nullable List<CheckIn> checkIns) {
    if (checkIns == null || i < 0) {
      return;
    }
    List<KeyResult> krs =
        rebuilt.computeIfAbsent(i, x -> new ArrayList<>(objectives.get(x).keyResults()));
    krs.set(j, krs.get(j).withCheckIns(checkIns));
  }

  // ---- the cycle's life: close-outs, changes, initiatives, KPIs

  private final class CloseDraft extends Draft {
    @Nullable LocalDate date;
    @Nullable Outcome outcome;
    @Nullable Decision decision;
    @Nullable String retrospective;
    @Nullable BigDecimal computedScore;
    @Nullable BigDecimal adjustedScore;
    @Nullable String adjustmentReason;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> date = date();
        case 1 -> {
          String o = choice(OUTCOMES);
          outcome = o == null ? null : Outcome.ofSpelling(o).orElse(null);
        }
        case 2 -> {
          String c = choice(DECISIONS);
          decision = c == null ? null : Decision.ofSpelling(c).orElse(null);
        }
        case 3 -> retrospective = string();
        case 4 -> computedScore = unitInterval();
        case 5 -> adjustedScore = unitInterval();
        default -> adjustmentReason = string();
      }
    }
  }

  private @Nullable CloseOut closeOut() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a close-out (an object)");
      return null;
    }
    long at = loc();
    int before = problems.size();
    CloseDraft d = new CloseDraft();
    fields(CLOSE_FIELDS, d);
    if (problems.size() > before) {
      return null;
    }
    return built(
        at,
        () ->
            CloseOut.builder()
                .date(Optional.ofNullable(d.date))
                .outcome(Optional.ofNullable(d.outcome))
                .decision(Optional.ofNullable(d.decision))
                .retrospective(Optional.ofNullable(d.retrospective))
                .computedScore(Optional.ofNullable(d.computedScore))
                .adjustedScore(Optional.ofNullable(d.adjustedScore))
                .adjustmentReason(Optional.ofNullable(d.adjustmentReason))
                .extensions(d.extensions)
                .build());
  }

  private final class ChangeDraft extends Draft {
    @Nullable LocalDate date;
    @Nullable ChangeField field;
    @Nullable BigDecimal from;
    @Nullable BigDecimal to;
    @Nullable String reason;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> date = date();
        case 1 -> {
          String f = choice(CHANGE_FIELD_NAMES);
          field = f == null ? null : ChangeField.ofSpelling(f).orElse(null);
        }
        case 2 -> from = number();
        case 3 -> to = number();
        default -> reason = string();
      }
    }
  }

  private @Nullable Change change() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a change (an object)");
      return null;
    }
    if (++checkInCount > limits.maxCheckIns()) {
      throw fatal(here(), loc(), "too many check-ins, changes and measurements: the limit is "
          + limits.maxCheckIns());
    }
    long at = loc();
    int before = problems.size();
    ChangeDraft d = new ChangeDraft();
    fields(CHANGE_FIELDS, d);
    missing(d, 0, CHANGE_FIELDS, at, "");
    missing(d, 1, CHANGE_FIELDS, at, " (\"target\", \"baseline\" or \"added\")");
    ChangeField field = d.field;
    if (field == ChangeField.ADDED) {
      if (d.has(2) || d.has(3)) {
        report(here(), at, "expected no \"from\" and \"to\" on an \"added\" change, got "
            + (d.has(2) && d.has(3) ? "both" : d.has(2) ? "\"from\"" : "\"to\""));
      }
    } else if (field != null) {
      missing(d, 2, CHANGE_FIELDS, at, " (the " + field.spelling() + " before the change)");
      missing(d, 3, CHANGE_FIELDS, at, " (the " + field.spelling() + " from the change on)");
    }
    LocalDate date = d.date;
    if (problems.size() > before || date == null || field == null) {
      return null;
    }
    return built(
        at,
        () ->
            Change.builder()
                .date(date)
                .field(field)
                .from(Optional.ofNullable(d.from))
                .to(Optional.ofNullable(d.to))
                .reason(Optional.ofNullable(d.reason))
                .extensions(d.extensions)
                .build());
  }

  private final class InitiativeDraft extends Draft {
    @Nullable String id;
    @Nullable String title;
    @Nullable String owner;
    @Nullable InitiativeStatus status;
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    @Nullable BigDecimal progress;
    final List<String> keyResults = new ArrayList<>();

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = nonBlank();
        case 1 -> title = nonBlank();
        case 2 -> owner = string();
        case 3 -> status = enumValue(STATUSES);
        case 4 -> start = date();
        case 5 -> end = date();
        case 6 -> progress = unitInterval();
        default -> elements("key result ids", OkrReader.this::keyResultLink, keyResults);
      }
    }
  }

  private @Nullable String keyResultLink() throws IOException {
    if (++initiativeLinkCount > limits.maxKeyResults()) {
      throw fatal(here(), loc(), "too many key result links of initiatives: the limit is "
          + limits.maxKeyResults());
    }
    return nonBlank();
  }

  private @Nullable Initiative initiative() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("an initiative (an object)");
      return null;
    }
    if (++initiativeCount > limits.maxObjectives()) {
      throw fatal(here(), loc(), "too many initiatives and KPIs: the limit is "
          + limits.maxObjectives());
    }
    long at = loc();
    int before = problems.size();
    InitiativeDraft d = new InitiativeDraft();
    fields(INITIATIVE_FIELDS, d);
    missing(d, 0, INITIATIVE_FIELDS, at, "");
    missing(d, 1, INITIATIVE_FIELDS, at, "");
    String id = d.id;
    String title = d.title;
    if (problems.size() > before || id == null || title == null) {
      return null;
    }
    return built(
        at,
        () -> {
          Initiative.Builder b =
              Initiative.builder()
                  .id(id)
                  .title(title)
                  .owner(Optional.ofNullable(d.owner))
                  .start(Optional.ofNullable(d.start))
                  .end(Optional.ofNullable(d.end))
                  .progress(Optional.ofNullable(d.progress))
                  .keyResults(d.keyResults)
                  .extensions(d.extensions);
          if (d.status != null) {
            b.status(d.status);
          }
          return b.build();
        });
  }

  private final class KpiDraft extends Draft {
    @Nullable String id;
    @Nullable String title;
    @Nullable String unit;
    @Nullable String owner;
    @Nullable KpiDirection direction;
    @Nullable Corridor healthy;
    @Nullable Corridor watch;
    @Nullable Frequency frequency;
    final List<Measurement> measurements = new ArrayList<>();

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = nonBlank();
        case 1 -> title = nonBlank();
        case 2 -> unit = string();
        case 3 -> owner = string();
        case 4 -> direction = enumValue(DIRECTIONS);
        case 5 -> healthy = corridor();
        case 6 -> watch = corridor();
        case 7 -> frequency = enumValue(FREQUENCIES);
        default -> elements("measurements", OkrReader.this::measurement, measurements);
      }
    }
  }

  private @Nullable Kpi kpi() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a KPI (an object)");
      return null;
    }
    if (++initiativeCount > limits.maxObjectives()) {
      throw fatal(here(), loc(), "too many initiatives and KPIs: the limit is "
          + limits.maxObjectives());
    }
    long at = loc();
    int before = problems.size();
    KpiDraft d = new KpiDraft();
    fields(KPI_FIELDS, d);
    missing(d, 0, KPI_FIELDS, at, "");
    missing(d, 1, KPI_FIELDS, at, "");
    if (d.has(6) && !d.has(5)) {
      report(here(), at, "expected a \"healthy\" corridor beside the \"watch\" corridor, got"
          + " none");
    }
    String id = d.id;
    String title = d.title;
    if (problems.size() > before || id == null || title == null) {
      return null;
    }
    return built(
        at,
        () ->
            Kpi.builder()
                .id(id)
                .title(title)
                .unit(Optional.ofNullable(d.unit))
                .owner(Optional.ofNullable(d.owner))
                .direction(Optional.ofNullable(d.direction))
                .healthy(Optional.ofNullable(d.healthy))
                .watch(Optional.ofNullable(d.watch))
                .frequency(Optional.ofNullable(d.frequency))
                .measurements(d.measurements)
                .extensions(d.extensions)
                .build());
  }

  private final class CorridorDraft extends Draft {
    @Nullable BigDecimal min;
    @Nullable BigDecimal max;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        min = number();
      } else {
        max = number();
      }
    }
  }

  private @Nullable Corridor corridor() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a corridor (an object with min and/or max)");
      return null;
    }
    long at = loc();
    int before = problems.size();
    CorridorDraft d = new CorridorDraft();
    fields(CORRIDOR_FIELDS, d);
    if (!d.has(0) && !d.has(1)) {
      report(here(), at, "expected at least one of \"min\" and \"max\", got neither");
    }
    BigDecimal min = d.min;
    BigDecimal max = d.max;
    if (min != null && max != null && max.compareTo(min) < 0) {
      report(here(), at, "expected \"max\" not below \"min\" " + shorten(min.toString())
          + ", got " + shorten(max.toString()));
    }
    if (problems.size() > before) {
      return null;
    }
    return built(
        at,
        () -> Corridor.builder().min(Optional.ofNullable(min)).max(Optional.ofNullable(max)).build());
  }

  private final class MeasurementDraft extends Draft {
    @Nullable LocalDate date;
    @Nullable BigDecimal value;
    @Nullable String note;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> date = date();
        case 1 -> value = number();
        default -> note = string();
      }
    }
  }

  private @Nullable Measurement measurement() throws IOException {
    if (p.currentToken() != START_OBJECT) {
      wrong("a measurement (an object)");
      return null;
    }
    if (++checkInCount > limits.maxCheckIns()) {
      throw fatal(here(), loc(), "too many check-ins, changes and measurements: the limit is "
          + limits.maxCheckIns());
    }
    long at = loc();
    int before = problems.size();
    MeasurementDraft d = new MeasurementDraft();
    fields(MEASUREMENT_FIELDS, d);
    missing(d, 0, MEASUREMENT_FIELDS, at, "");
    missing(d, 1, MEASUREMENT_FIELDS, at, "");
    LocalDate date = d.date;
    BigDecimal value = d.value;
    if (problems.size() > before || date == null || value == null) {
      return null;
    }
    return built(
        at,
        () ->
            Measurement.builder()
                .date(date)
                .value(value)
                .note(Optional.ofNullable(d.note))
                .extensions(d.extensions)
                .build());
  }

  /**
   * Open-addressing table of the decimals read, by unscaled value and scale, so a document's
   * million numbers are a few thousand instances; it stops taking new values at a fixed size, so
   * a document of all-different numbers costs no more than reading them.
   */
  private static final class DecimalTable {
    private static final int MAX_SIZE = 1 << 14;
    private long[] keys = new long[0];
    private @Nullable BigDecimal[] values = new BigDecimal[0];
    private int size;

    BigDecimal get(long unscaled, int scale) {
      // scale <= 16 < 32 and |unscaled| < 10^16: the key is one-to-one
      long key = unscaled * 32 + scale;
      int mask = keys.length - 1;
      if (mask > 0) {
        for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
          BigDecimal v = values[i];
          if (v == null) {
            break;
          }
          if (keys[i] == key) {
            return v;
          }
        }
      }
      BigDecimal made = BigDecimal.valueOf(unscaled, scale);
      if (size < MAX_SIZE / 2) {
        if (2 * (size + 1) > keys.length) {
          grow();
        }
        put(key, made);
      }
      return made;
    }

    private void put(long key, BigDecimal value) {
      int mask = keys.length - 1;
      int i = hash(key) & mask;
      while (values[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
      size++;
    }

    private void grow() {
      long[] oldKeys = keys;
      @Nullable BigDecimal[] oldValues = values;
      int capacity = Math.max(64, 2 * oldKeys.length);
      keys = new long[capacity];
      values = new BigDecimal[capacity];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        BigDecimal v = oldValues[i];
        if (v != null) {
          put(oldKeys[i], v);
        }
      }
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40);
    }
  }

  /** The dates read by their digits (yyyymmdd), open addressing, up to a fixed size. */
  private static final class DateTable {
    private static final int CAPACITY = 1 << 13;
    private static final int MAX_SIZE = CAPACITY / 2;
    private int @Nullable [] keys;
    private @Nullable LocalDate @Nullable [] values;
    private int size;

    @Nullable LocalDate get(int key) {
      int[] k = keys;
      LocalDate[] v = values;
      if (k == null || v == null) {
        return null;
      }
      for (int i = hash(key); ; i = (i + 1) & (CAPACITY - 1)) {
        LocalDate d = v[i];
        if (d == null) {
          return null;
        }
        if (k[i] == key) {
          return d;
        }
      }
    }

    void put(int key, LocalDate date) {
      if (size >= MAX_SIZE) {
        return;
      }
      int[] k = keys;
      LocalDate[] v = values;
      if (k == null || v == null) {
        k = new int[CAPACITY];
        v = new LocalDate[CAPACITY];
        keys = k;
        values = v;
      }
      int i = hash(key);
      while (v[i] != null) {
        if (k[i] == key) {
          return;
        }
        i = (i + 1) & (CAPACITY - 1);
      }
      k[i] = key;
      v[i] = date;
      size++;
    }

    private static int hash(int key) {
      return ((key * 0x9E3779B1) >>> 19) & (CAPACITY - 1);
    }
  }
}
