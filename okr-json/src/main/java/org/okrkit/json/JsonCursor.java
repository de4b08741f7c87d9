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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.json.OkrJsonException.Problem;

/**
 * The parser of one document and what the reader of every type shares: where the current token
 * is (line and column, JSON Pointer), the one problem collector and the limits, Jackson's errors
 * in the format's terms, an object's fields (the known ones to a {@link Draft}, {@code x-}
 * extensions copied, duplicates and unknown fields reported), arrays read element by element,
 * strings and extension values. {@link JsonInput} adds numbers, dates and enums. Not
 * thread-safe: one per document.
 */
abstract class JsonCursor {
  private static final JsonFactory RAW = new JsonFactory();

  private static final int UNMEASURED = Integer.MIN_VALUE;

  final JsonParser p;

  /** The parser as a ParserBase when it is one (it tells token places without allocating). */
  final @Nullable ParserBase base;

  /** False once the first measured token shows ParserBase's lines are not the location's. */
  private boolean fastPlaces = true;

  /** What a JsonLocation's column is more than ParserBase's token column; see {@link #loc()}. */
  private int columnShift = UNMEASURED;

  /** Where the last string value read in full starts: tells a long name from a long value. */
  private long stringReadAt = -1;

  /** The same for a parser that is not a ParserBase. */
  private @Nullable JsonLocation stringReadLocation;

  final OkrJsonLimits limits;

  final boolean lenient;

  final List<Problem> problems = new ArrayList<>();

  // what the limits count; changes and measurements count as check-ins, KPIs as initiatives
  private int cycleCount;
  private int objectiveCount;
  private int keyResultCount;
  private long checkInCount;
  private int initiativeCount;
  private int initiativeLinkCount;

  JsonCursor(JsonParser p, OkrJsonLimits limits, boolean lenient) {
    this.p = p;
    this.base = p instanceof ParserBase pb ? pb : null;
    this.limits = limits;
    this.lenient = lenient;
  }

  /** Turns a syntax or limit error of the parser into the documented exception. */
  OkrJsonException fromJackson(JsonProcessingException e) {
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
      message = "the document exceeds a limit: " + ReadMessages.inOkrTerms(ReadMessages.plain(original));
    } else {
      message = "malformed JSON: " + ReadMessages.inOkrTerms(ReadMessages.plain(original));
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

  // ---- problems

  OkrJsonException stop() {
    return new OkrJsonException(problems, false);
  }

  void report(String pointer, long where, String message) throws OkrJsonException {
    if (problems.size() == limits.maxProblems()) {
      throw new OkrJsonException(problems, true);
    }
    problems.add(new Problem(pointer, line(where), column(where), message));
  }

  OkrJsonException fatal(String pointer, long where, String message)
      throws OkrJsonException {
    report(pointer, where, message);
    return stop();
  }

  OkrJsonException fatal(String pointer, JsonLocation where, String message)
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
  String here() {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    // On a start token the parser already stands in the new container; the place is the parent's.
    if ((t == START_OBJECT || t == START_ARRAY) && c.getParent() != null) {
      c = c.getParent();
    }
    return c.pathAsPointer().toString();
  }

  /** Where the current token starts, as {@link #at(int, int)} packs it. */
  long loc() {
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

  /**
   * Whether the current value is an object; otherwise reports that {@code expected} was expected,
   * with what was found, and skips the value (the one check every element reader starts with).
   */
  boolean object(String expected) throws IOException {
    if (p.currentToken() == START_OBJECT) {
      return true;
    }
    wrong(expected);
    return false;
  }

  // One method per limit, each counting the element about to be read: the message names the
  // OkrJsonLimits field that raises the limit ("maxCheckIns"), which the okr command turns
  // into its option, so every kind of element must name it.

  void countCycle() throws OkrJsonException {
    count(++cycleCount, limits.maxCycles(), "cycles", "maxCycles");
  }

  void countObjective() throws OkrJsonException {
    count(++objectiveCount, limits.maxObjectives(), "objectives", "maxObjectives");
  }

  void countKeyResult() throws OkrJsonException {
    count(++keyResultCount, limits.maxKeyResults(), "key results", "maxKeyResults");
  }

  /** A check-in, a change of a key result or a KPI's measurement: one limit counts them all. */
  void countCheckIn() throws OkrJsonException {
    count(++checkInCount, limits.maxCheckIns(), "check-ins, changes and measurements",
        "maxCheckIns");
  }

  /** An initiative or a KPI, counted against the objective limit. */
  void countInitiative() throws OkrJsonException {
    count(++initiativeCount, limits.maxObjectives(), "initiatives and KPIs", "maxObjectives");
  }

  /** A key result named by an initiative, counted against the key-result limit. */
  void countInitiativeLink() throws OkrJsonException {
    count(++initiativeLinkCount, limits.maxKeyResults(), "key result links of initiatives",
        "maxKeyResults");
  }

  private void count(long count, long limit, String what, String limitName)
      throws OkrJsonException {
    if (count > limit) {
      throw fatal(here(), loc(), "too many " + what + ": more than the limit of " + limit + " ("
          + limitName + ")");
    }
  }

  /** Reports that the current value is not what was expected, and skips it. */
  void wrong(String expected) throws IOException {
    report(here(), loc(), "expected " + expected + ", got " + got());
    p.skipChildren();
  }

  String got() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case VALUE_STRING -> ReadMessages.quote(p.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ReadMessages.shorten(p.getText());
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  /** Notes that the current string token has been read in full (see {@link #fromJackson}). */
  void markStringRead() {
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

  @Nullable String string() throws IOException {
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
    int lone = ReadMessages.loneSurrogate(s);
    if (lone >= 0) {
      report(here(), loc(), ReadMessages.surrogateProblem(s, lone));
      return null;
    }
    return s;
  }

  /** Reports a field name holding a lone surrogate; true when it is fine. */
  boolean checkName(String name) throws IOException {
    int lone = ReadMessages.loneSurrogate(name);
    if (lone >= 0) {
      report(here(), loc(), ReadMessages.surrogateProblem(name, lone).replace("Unicode text", "a field name of Unicode text"));
      return false;
    }
    return true;
  }

  @Nullable String nonBlank() throws IOException {
    String s = string();
    if (s != null && s.isBlank()) {
      report(here(), loc(), "expected a non-blank string, got " + ReadMessages.quote(s));
      return null;
    }
    return s;
  }

  /** Copies the current value, of any depth, into compact JSON text, without recursion. */
  @Nullable String raw() throws IOException {
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
              report(here(), loc(), "duplicate field " + ReadMessages.quote(name));
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
  abstract static class Draft {
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
  void fields(List<String> known, Draft d) throws IOException {
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
          report(here(), loc(), "duplicate field " + ReadMessages.quote(name));
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
          report(here(), loc(), "duplicate field " + ReadMessages.quote(name));
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
          report(here(), loc(), "unknown field " + ReadMessages.quote(name) + "; "
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

  void skipValue() throws IOException {
    p.nextToken();
    p.skipChildren();
  }

  /** Moves to the next array element; false at the end of the array. */
  boolean nextElement() throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw fatal(here(), p.currentLocation(), "unexpected end of the document");
    }
    return t != END_ARRAY;
  }

  void missing(Draft d, int index, List<String> known, long start, String note)
      throws IOException {
    if (!d.has(index)) {
      report(here(), start, "missing required field " + ReadMessages.quote(known.get(index)) + note);
    }
  }

  /**
   * Builds a value from a draft that read cleanly. A model invariant the document breaks (a
   * weight of 0, a confidence of 1.5) becomes a problem at {@code at}, so it is reported with the
   * others instead of escaping as an exception.
   */
  <T> @Nullable T built(long at, Supplier<T> build) throws IOException {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      rejected(at, e);
      return null;
    }
  }

  void rejected(long start, RuntimeException e) throws IOException {
    String message = e.getMessage();
    report(here(), start, message == null ? e.getClass().getSimpleName() : message);
  }

  /** Something that reads one array element, or returns null after recording its problems. */
  interface ElementReader<T> {
    @Nullable T read() throws IOException;
  }

  /**
   * Reads the array at the current token into {@code into}, element by element, so that one bad
   * element is reported and skipped while the others are still read.
   */
  <T> void elements(String what, ElementReader<T> reader, List<T> into)
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

  void problem(String pointer, int line, int column, String message)
      throws OkrJsonException {
    if (problems.size() == limits.maxProblems()) {
      throw new OkrJsonException(problems, true);
    }
    problems.add(new Problem(pointer, line, column, message));
  }
}
