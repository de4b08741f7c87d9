package org.okrkit.model;

import java.util.Locale;
import java.util.Objects;
import org.okrkit.internal.Checks;

/**
 * The one set of hard limits every reader of OKR documents enforces, whatever the format (JSON,
 * the Markdown outline, a spreadsheet, a key-result sentence), so that a document from a user or
 * from the network cannot exhaust memory or time, and so that whatever one reader accepts every
 * other reader and writer can hold: document size, nesting depth, line, string and number length,
 * the number of cycles, objectives, key results and check-ins, and how many problems are
 * collected before reading stops.
 *
 * <p>A reader for another format applies these limits the same way: {@link #maxDocumentBytes()}
 * to its input before or while reading it, {@link #maxLineLength()} to each line of a
 * line-based format, {@link #maxStringLength()} to each text, {@link #maxNumberLength()} to each
 * number (see {@link #fitsNumberLength(java.math.BigDecimal)}) and the counts to what it builds.
 *
 * <p>The {@linkplain #defaults() defaults} fit any realistic organisation (100,000 objectives, a
 * million key results counted, 128 MiB per document: about 115,000 key results as {@code okr
 * generate} writes them); raise them explicitly for bulk data. Immutable and
 * thread-safe.
 */
public final class DocumentLimits {
  /**
   * The most digits a number may have before, and after, the decimal point in the model; no
   * reader accepts more, whatever {@link #maxNumberLength()} says.
   */
  public static final int MODEL_MAX_DIGITS = Checks.MAX_DIGITS;

  private static final DocumentLimits DEFAULTS =
      new DocumentLimits(128L * 1024 * 1024, 64, 4 * 1024 * 1024, 1_000_000, MODEL_MAX_DIGITS,
          10_000, 100_000, 1_000_000, 10_000_000, 100);

  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxLineLength;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxCycles;
  private final int maxObjectives;
  private final int maxKeyResults;
  private final long maxCheckIns;
  private final int maxProblems;

  @SuppressWarnings("TooManyParameters") // private: every public path goes through with*
  private DocumentLimits(
      long maxDocumentBytes,
      int maxDepth,
      int maxLineLength,
      int maxStringLength,
      int maxNumberLength,
      int maxCycles,
      int maxObjectives,
      int maxKeyResults,
      long maxCheckIns,
      int maxProblems) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDepth = maxDepth;
    this.maxLineLength = maxLineLength;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxCycles = maxCycles;
    this.maxObjectives = maxObjectives;
    this.maxKeyResults = maxKeyResults;
    this.maxCheckIns = maxCheckIns;
    this.maxProblems = maxProblems;
  }

  /**
   * The safe defaults: 128 MiB per document, nesting depth 64, lines of up to 4,194,304
   * characters, strings of up to 1,000,000 characters, numbers of up to 10,000 digits before and
   * after the point (the model's own bound), 10,000 cycles, 100,000 objectives, 1,000,000 key
   * results, 10,000,000 check-ins, and up to 100 reported problems.
   *
   * @return the safe defaults
   */
  public static DocumentLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the largest document accepted, in bytes (characters when reading text already in
   * memory)}
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** {@return the deepest nesting of arrays and objects accepted, extension values included} */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * {@return the longest line of a line-based format (outline, spreadsheet) accepted, in
   * characters}
   */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** {@return the longest string (title, note, field name, sentence…) accepted, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The most digits a number may have before, and after, the decimal point, counted in its plain
   * form: {@code 1e-300} has 300 after it, {@code 1e1000000000} a billion before it. Never more
   * than {@link #MODEL_MAX_DIGITS}.
   *
   * @return the most digits a number may have before, and after, the decimal point, counted in its
   *     plain form
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the most cycles a document may hold} */
  public int maxCycles() {
    return maxCycles;
  }

  /** {@return the most objectives a document may hold} */
  public int maxObjectives() {
    return maxObjectives;
  }

  /** {@return the most key results a document may hold, over all objectives} */
  public int maxKeyResults() {
    return maxKeyResults;
  }

  /** {@return the most check-ins a document may hold, over all key results} */
  public long maxCheckIns() {
    return maxCheckIns;
  }

  /** {@return how many problems are collected and reported before reading stops} */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * True when {@code value} has at most {@link #maxNumberLength()} digits before and after the
   * decimal point.
   *
   * @param value the value
   * @return {@code true} when {@code value} has at most {@link #maxNumberLength()} digits before
   *     and after the decimal point
   */
  public boolean fitsNumberLength(java.math.BigDecimal value) {
    long after = value.scale();
    long before = (long) value.precision() - value.scale();
    return after <= maxNumberLength && before <= maxNumberLength;
  }

  /**
   * Why {@code value} does not fit, in words for an error message ("300 digits after the decimal
   * point; at most 100 are allowed"); only meaningful when {@link #fitsNumberLength} is false.
   *
   * @param value the value
   * @return why {@code value} does not fit, in words for an error message
   */
  public String numberLengthProblem(java.math.BigDecimal value) {
    long after = Math.max(0, value.scale());
    long before = Math.max(1, (long) value.precision() - value.scale());
    return (before > maxNumberLength ? before + " digits before" : after + " digits after")
        + " the decimal point; at most " + maxNumberLength + " are allowed";
  }

  /**
   * Returns a copy accepting documents of up to {@code bytes} bytes.
   *
   * @param bytes the bytes
   * @return a copy accepting documents of up to {@code bytes} bytes
   * @throws IllegalArgumentException if {@code bytes} is not &gt; 0
   */
  public DocumentLimits withMaxDocumentBytes(long bytes) {
    return new DocumentLimits(positive("maxDocumentBytes", bytes), maxDepth, maxLineLength,
        maxStringLength, maxNumberLength, maxCycles, maxObjectives, maxKeyResults, maxCheckIns,
        maxProblems);
  }

  /**
   * Returns a copy accepting nesting of up to {@code depth} levels; the JSON format itself needs
   * 6.
   *
   * @param depth the depth
   * @return a copy accepting nesting of up to {@code depth} levels
   * @throws IllegalArgumentException if {@code depth} is below 8
   */
  public DocumentLimits withMaxDepth(int depth) {
    if (depth < 8) {
      throw new IllegalArgumentException("maxDepth must be >= 8, was " + depth);
    }
    return new DocumentLimits(maxDocumentBytes, depth, maxLineLength, maxStringLength,
        maxNumberLength, maxCycles, maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting lines of up to {@code length} characters.
   *
   * @param length the length
   * @return a copy accepting lines of up to {@code length} characters
   * @throws IllegalArgumentException if {@code length} is not &gt; 0
   */
  public DocumentLimits withMaxLineLength(int length) {
    return new DocumentLimits(maxDocumentBytes, maxDepth, (int) positive("maxLineLength", length),
        maxStringLength, maxNumberLength, maxCycles, maxObjectives, maxKeyResults, maxCheckIns,
        maxProblems);
  }

  /**
   * Returns a copy accepting strings of up to {@code length} characters.
   *
   * @param length the length
   * @return a copy accepting strings of up to {@code length} characters
   * @throws IllegalArgumentException if {@code length} is not &gt; 0
   */
  public DocumentLimits withMaxStringLength(int length) {
    return new DocumentLimits(maxDocumentBytes, maxDepth, maxLineLength,
        (int) positive("maxStringLength", length), maxNumberLength, maxCycles, maxObjectives,
        maxKeyResults, maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting numbers of up to {@code digits} digits before and after the point;
   * the model never holds more than {@link #MODEL_MAX_DIGITS}, so larger values stop there.
   *
   * @param digits the digits
   * @return a copy accepting numbers of up to {@code digits} digits before and after the point
   * @throws IllegalArgumentException if {@code digits} is not &gt; 0
   */
  public DocumentLimits withMaxNumberLength(int digits) {
    int d = (int) Math.min(positive("maxNumberLength", digits), MODEL_MAX_DIGITS);
    return new DocumentLimits(maxDocumentBytes, maxDepth, maxLineLength, maxStringLength, d,
        maxCycles, maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} cycles.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} cycles
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public DocumentLimits withMaxCycles(int count) {
    return new DocumentLimits(maxDocumentBytes, maxDepth, maxLineLength, maxStringLength,
        maxNumberLength, (int) positive("maxCycles", count), maxObjectives, maxKeyResults,
        maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} objectives.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} objectives
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public DocumentLimits withMaxObjectives(int count) {
    return new DocumentLimits(maxDocumentBytes, maxDepth, maxLineLength, maxStringLength,
        maxNumberLength, maxCycles, (int) positive("maxObjectives", count), maxKeyResults,
        maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} key results in total.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} key results in total
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public DocumentLimits withMaxKeyResults(int count) {
    return new DocumentLimits(maxDocumentBytes, maxDepth, maxLineLength, maxStringLength,
        maxNumberLength, maxCycles, maxObjectives, (int) positive("maxKeyResults", count),
        maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} check-ins in total.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} check-ins in total
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public DocumentLimits withMaxCheckIns(long count) {
    return new DocumentLimits(maxDocumentBytes, maxDepth, maxLineLength, maxStringLength,
        maxNumberLength, maxCycles, maxObjectives, maxKeyResults, positive("maxCheckIns", count),
        maxProblems);
  }

  /**
   * Returns a copy that reports up to {@code count} problems before it stops reading.
   *
   * @param count the count
   * @return a copy that reports up to {@code count} problems before it stops reading
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public DocumentLimits withMaxProblems(int count) {
    return new DocumentLimits(maxDocumentBytes, maxDepth, maxLineLength, maxStringLength,
        maxNumberLength, maxCycles, maxObjectives, maxKeyResults, maxCheckIns,
        (int) positive("maxProblems", count));
  }

  private static long positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, was " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DocumentLimits o)) {
      return false;
    }
    return maxDocumentBytes == o.maxDocumentBytes
        && maxDepth == o.maxDepth
        && maxLineLength == o.maxLineLength
        && maxStringLength == o.maxStringLength
        && maxNumberLength == o.maxNumberLength
        && maxCycles == o.maxCycles
        && maxObjectives == o.maxObjectives
        && maxKeyResults == o.maxKeyResults
        && maxCheckIns == o.maxCheckIns
        && maxProblems == o.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxDepth, maxLineLength, maxStringLength,
        maxNumberLength, maxCycles, maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "DocumentLimits{maxDocumentBytes=%d, maxDepth=%d, maxLineLength=%d, maxStringLength=%d,"
            + " maxNumberLength=%d, maxCycles=%d, maxObjectives=%d, maxKeyResults=%d,"
            + " maxCheckIns=%d, maxProblems=%d}",
        maxDocumentBytes, maxDepth, maxLineLength, maxStringLength, maxNumberLength, maxCycles,
        maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }
}
