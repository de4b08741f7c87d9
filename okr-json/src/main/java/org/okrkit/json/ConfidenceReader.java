package org.okrkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.json.OkrJsonException.Problem;
import org.okrkit.model.CheckIn;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;

/**
 * Reads a check-in's confidence on the document's confidence scale, holding those read before
 * the document's {@code "scoring"} names the scale and settling them at the end of the document.
 */
final class ConfidenceReader {
  static final List<String> CONFIDENCE_SCALES =
      JsonInput.spellings(ConfidenceScale.values(), ConfidenceScale::scaleName);
  // A check-in's "confidence" is given on the scale the document's "scoring" names, which a
  // streaming read may meet after the check-ins (the writer puts "scoring" last). Until the scale
  // is known, a number from 0 to 1 is read as a 0.0-1.0 confidence and anything else is held as
  // given (a placeholder confidence of 0 beside it). Each confidence read so is noted: its place
  // (line and column, and whether it is a string) as the change from the last one's, two zigzag
  // varints (about two bytes a confidence); a value held as given, rarer, also keeps its text and
  // its objective, key result and check-in index. The end of the document settles them all
  // (settleConfidences). When the document read cleanly, the confidences held are exactly those
  // of its check-ins, in document order (its objectives came before "scoring", or none is held),
  // so the walk over the objectives finds each one's indices; none is noted once "scoring" has
  // been read.
  /** True while reading a whole document (its "scoring" may name a confidence scale). */
  boolean inDocument;
  /** The document's confidence scale once its "scoring" is read; null before. */
  @Nullable ConfidenceScale confidenceScale;
  /** The confidences read before the scale. */
  private int held;
  /** Their places, see {@link #note}. */
  private byte[] places = new byte[64];
  private int placesSize;
  private int lastLine;
  private int lastColumn;
  /** The number of confidences held as given, and for each its rank among the held ones. */
  private int givens;
  private int[] givenRank = new int[0];
  /** The objective, key result and check-in index of each held as given. */
  private int[] givenIndex = new int[0];
  private String[] givenText = new String[0];
  /** The JSON Pointer of the document being read (empty unless it is a value inside another). */
  String documentPointer = "";

  private final JsonInput in;
  private final JsonParser p;

  ConfidenceReader(JsonInput in) {
    this.in = in;
    this.p = in.p;
  }

  /**
   * Reads a check-in's confidence: on the document's scale when it is known, a 0.0–1.0 one for a
   * value read alone, else held until the end of the document (see {@link #settleConfidences}).
   */
  void confidence(CheckInReader.CheckInDraft d) throws IOException {
    JsonToken t = p.currentToken();
    boolean isWord = t == JsonToken.VALUE_STRING;
    if (!isWord && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      in.wrong("a confidence (a number, or a word of the document's confidence scale)");
      return;
    }
    // a number is kept as a decimal; its text is made only where it is needed (as given on
    // another scale, or in a message)
    @Nullable String word = null;
    @Nullable BigDecimal n = null;
    if (isWord) {
      word = in.string();
      if (word == null) {
        return;
      }
    } else {
      n = in.number();
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
    long at = in.loc();
    if (scale != null) {
      String given = n == null ? Objects.requireNonNull(word) : OkrWriter.number(n);
      d.confidence = onScale(scale, isWord, given, in.here(), JsonCursor.line(at), JsonCursor.column(at));
      if (d.confidence != null && scale != ConfidenceScale.UNIT) {
        d.confidenceAsGiven = given;
      }
      return;
    }
    if (unit) {
      d.confidence = n;
    } else {
      String given = n == null ? Objects.requireNonNull(word) : OkrWriter.number(n);
      // held as given beside a placeholder until the scale is known
      d.confidence = BigDecimal.ZERO;
      d.confidenceAsGiven = given;
      holdGiven(given);
    }
    note(at, isWord);
    held++;
  }

  /** Notes the place of the confidence held next: two zigzag varints, see {@link Places}. */
  private void note(long at, boolean isWord) {
    int line = JsonCursor.line(at);
    int column = JsonCursor.column(at);
    long lines = (long) line - lastLine;
    long columns = (long) column - lastColumn;
    lastLine = line;
    lastColumn = column;
    if (placesSize + 20 > places.length) {
      places = Arrays.copyOf(places, 2 * places.length);
    }
    placesSize = varint(places, placesSize, (zigzag(lines) << 1) | (isWord ? 1 : 0));
    placesSize = varint(places, placesSize, zigzag(columns));
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static int varint(byte[] into, int at, long value) {
    long v = value;
    while ((v & ~0x7fL) != 0) {
      into[at++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    into[at++] = (byte) v;
    return at;
  }

  /** Reads the places noted, in the order they were noted. */
  private final class Places {
    private int at;
    private long line;
    private long column;
    /** Whether the last place read was a string's. */
    boolean word;

    /** The next place, as {@link JsonCursor#line} and {@link JsonCursor#column} unpack it. */
    long next() {
      long first = read();
      word = (first & 1) != 0;
      line += unzigzag(first >>> 1);
      column += unzigzag(read());
      return ((long) (int) line << 32) | ((int) column & 0xffffffffL);
    }

    private long read() {
      long v = 0;
      int shift = 0;
      byte b;
      do {
        b = places[at++];
        v |= (long) (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      return v;
    }

    private long unzigzag(long v) {
      return (v >>> 1) ^ -(v & 1);
    }
  }

  /** Keeps a value held as given: its rank, its indices and its text. */
  private void holdGiven(String given) {
    if (givens == givenRank.length) {
      int capacity = Math.max(16, 2 * givens);
      givenRank = Arrays.copyOf(givenRank, capacity);
      givenIndex = Arrays.copyOf(givenIndex, 3 * capacity);
      givenText = Arrays.copyOf(givenText, capacity);
    }
    // the check-in object, in the checkIns array, in a key result, in keyResults, in an objective
    JsonStreamContext checkIn = p.getParsingContext();
    JsonStreamContext checkIns = checkIn.getParent();
    JsonStreamContext keyResults = checkIns.getParent().getParent();
    JsonStreamContext objectives = keyResults.getParent().getParent();
    givenRank[givens] = held;
    givenIndex[3 * givens] = objectives.getCurrentIndex();
    givenIndex[3 * givens + 1] = keyResults.getCurrentIndex();
    givenIndex[3 * givens + 2] = checkIns.getCurrentIndex();
    givenText[givens] = given;
    givens++;
  }

  /**
   * The 0.0–1.0 confidence for {@code given} (a JSON string when {@code word}) on {@code scale},
   * or null after reporting what the scale takes at the pointer, line and column.
   */
  private @Nullable BigDecimal onScale(
      ConfidenceScale scale, boolean word, String given, String pointer, int line, int column)
      throws IOException {
    String shown = word ? ReadMessages.quote(given) : ReadMessages.shorten(given);
    if (scale == ConfidenceScale.UNIT) {
      BigDecimal n = word ? null : new BigDecimal(given);
      if (n != null && n.signum() >= 0 && n.compareTo(BigDecimal.ONE) <= 0) {
        return n;
      }
      in.problem(pointer, line, column, "expected a number from 0 to 1, got " + shown
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
    in.problem(pointer, line, column, "expected " + scale.expected() + " (the document's"
        + " confidenceScale " + scale.scaleName() + "), got " + shown
        + (close.isEmpty() ? "" : "; did you mean " + Spelling.quoteAll(close, " or ") + "?"));
    return null;
  }

  /**
   * Settles the confidences read before the document's scale was known, now that it is: on a
   * scale other than 0.0–1.0 each is normalised from the value as given (and its objective
   * rebuilt); on 0.0–1.0 the ones held as given are errors. Errors go among the other problems in
   * document order. When the document has other problems the objectives may be incomplete: only
   * the values held as given are judged then (a number from 0 to 1 that the scale refuses is
   * reported once the rest reads). Linear in the confidences held.
   */
  void settleConfidences(
      List<Objective> objectives, ConfidenceScale scale, boolean scaleUnknown) throws IOException {
    if (held == 0 || scaleUnknown || (scale == ConfidenceScale.UNIT && givens == 0)) {
      return; // nothing held, or each was a number from 0 to 1 read as the scale reads it
    }
    List<Problem> found = new ArrayList<>();
    if (in.problems.isEmpty()) {
      settleAll(objectives, scale, found);
    } else {
      settleGiven(scale, found);
    }
    for (Problem f : found) {
      int at = in.problems.size();
      while (at > 0 && (in.problems.get(at - 1).line() > f.line()
          || (in.problems.get(at - 1).line() == f.line()
              && in.problems.get(at - 1).column() > f.column()))) {
        at--;
      }
      if (in.problems.size() == in.limits.maxProblems()) {
        throw new OkrJsonException(in.problems, true);
      }
      in.problems.add(at, f);
    }
  }

  /**
   * Settles every confidence held in a document that read cleanly: its check-ins with a
   * confidence, in document order, are the ones held; a key result's check-ins and an objective's
   * key results are copied only when one of them changes.
   */
  private void settleAll(List<Objective> objectives, ConfidenceScale scale, List<Problem> found)
      throws IOException {
    Places at = new Places();
    int rank = 0;
    int given = 0;
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      List<KeyResult> krs = o.keyResults();
      List<KeyResult> newKrs = null;
      for (int j = 0; j < krs.size(); j++) {
        KeyResult kr = krs.get(j);
        List<CheckIn> cs = kr.checkIns();
        List<CheckIn> newCs = null;
        for (int k = 0; k < cs.size(); k++) {
          CheckIn c = cs.get(k);
          Optional<BigDecimal> confidence = c.confidence();
          if (confidence.isEmpty()) {
            continue;
          }
          if (rank == held) {
            throw new IllegalStateException("a confidence that was not read before the scale");
          }
          long where = at.next();
          String text = given < givens && givenRank[given] == rank ? givenText[given++] : null;
          rank++;
          if (scale == ConfidenceScale.UNIT && text == null) {
            continue;
          }
          if (text == null) {
            text = OkrWriter.number(confidence.get());
          }
          BigDecimal normalised = judge(scale, at.word, text, i, j, k, where, found);
          if (normalised != null) {
            if (newCs == null) {
              newCs = new ArrayList<>(cs);
            }
            newCs.set(k, CheckIn.builder().from(c).confidence(normalised).confidenceAsGiven(text)
                .build());
          }
        }
        if (newCs != null) {
          if (newKrs == null) {
            newKrs = new ArrayList<>(krs);
          }
          newKrs.set(j, kr.withCheckIns(newCs));
        }
      }
      if (newKrs != null) {
        objectives.set(i, o.withKeyResults(newKrs));
      }
    }
  }

  /** Judges only the values held as given: the objectives of a document with problems may be incomplete. */
  private void settleGiven(ConfidenceScale scale, List<Problem> found) throws IOException {
    Places at = new Places();
    long where = 0;
    int rank = 0;
    for (int g = 0; g < givens; g++) {
      while (rank <= givenRank[g]) {
        where = at.next();
        rank++;
      }
      judge(scale, at.word, givenText[g], givenIndex[3 * g], givenIndex[3 * g + 1],
          givenIndex[3 * g + 2], where, found);
    }
  }

  /** {@link #onScale} for a held confidence, its problem (if any) into {@code found}. */
  private @Nullable BigDecimal judge(ConfidenceScale scale, boolean word, String given, int i,
      int j, int k, long where, List<Problem> found) throws IOException {
    String pointer = documentPointer + "/objectives/" + i + "/keyResults/" + j + "/checkIns/" + k
        + "/confidence";
    int before = in.problems.size();
    BigDecimal normalised = onScale(scale, word, given, pointer, JsonCursor.line(where),
        JsonCursor.column(where));
    if (in.problems.size() > before) {
      // reported into the list's tail; moved into document order by the caller
      found.add(in.problems.remove(in.problems.size() - 1));
    }
    return normalised;
  }
}
