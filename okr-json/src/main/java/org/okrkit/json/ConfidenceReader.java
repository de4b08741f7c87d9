package org.okrkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  // given (a placeholder confidence of 0 beside it); each such confidence is noted (its objective,
  // key result and check-in index, its line and column, whether it is a string, the value held
  // as given), and the end of the document settles them all (settleConfidences): 20 bytes a
  // confidence (24 in a chunk holding a value as given), only until the read ends, and none once "scoring" has been read.
  /** True while reading a whole document (its "scoring" may name a confidence scale). */
  boolean inDocument;
  /** The document's confidence scale once its "scoring" is read; null before. */
  @Nullable ConfidenceScale confidenceScale;
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
    if (held == 0 || scaleUnknown) {
      return;
    }
    boolean clean = in.problems.isEmpty();
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
      int before = in.problems.size();
      BigDecimal normalised = onScale(scale, heldWhere < 0, given, pointer,
          (int) (where >>> 32), (int) where);
      if (in.problems.size() > before) {
        // reported into the list's tail; moved into document order below
        found.add(in.problems.remove(in.problems.size() - 1));
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
      int at = in.problems.size();
      while (at > 0 && (in.problems.get(at - 1).line() > f.line()
          || (in.problems.get(at - 1).line() == f.line() && in.problems.get(at - 1).column() > f.column()))) {
        at--;
      }
      if (in.problems.size() == in.limits.maxProblems()) {
        throw new OkrJsonException(in.problems, true);
      }
      in.problems.add(at, f);
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
}
