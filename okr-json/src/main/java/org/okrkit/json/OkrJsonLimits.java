package org.okrkit.json;

import java.util.Locale;
import java.util.Objects;

/**
 * The hard limits a reader enforces while streaming an OKR document, so that a document from a
 * user or from the network cannot exhaust memory or time: document size, nesting depth, string
 * and number length, the number of cycles, objectives, key results and check-ins, and how many
 * problems are collected before reading stops.
 *
 * <p>The {@linkplain #defaults() defaults} fit any realistic organisation: a 128 MiB document holds
 * about 115,000 key results with twelve check-ins each as {@code okr generate} writes them
 * (1.2 KB per key result in the pretty layout), and up to 100,000 objectives and a million key
 * results are counted. Raise them explicitly for bulk data. Immutable and thread-safe.
 */
public final class OkrJsonLimits {
  private static final OkrJsonLimits DEFAULTS =
      new OkrJsonLimits(128L * 1024 * 1024, 64, 1_000_000, 100, 10_000, 100_000, 1_000_000,
          10_000_000, 100);

  private final long maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxCycles;
  private final int maxObjectives;
  private final int maxKeyResults;
  private final long maxCheckIns;
  private final int maxProblems;

  @SuppressWarnings("TooManyParameters") // private: every public path goes through with*
  private OkrJsonLimits(
      long maxDocumentBytes,
      int maxDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxCycles,
      int maxObjectives,
      int maxKeyResults,
      long maxCheckIns,
      int maxProblems) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxDepth = maxDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxCycles = maxCycles;
    this.maxObjectives = maxObjectives;
    this.maxKeyResults = maxKeyResults;
    this.maxCheckIns = maxCheckIns;
    this.maxProblems = maxProblems;
  }

  /**
   * The safe defaults: 128 MiB per document, nesting depth 64, strings of up to 1,000,000
   * characters, numbers of up to 100 digits, 10,000 cycles, 100,000 objectives, 1,000,000 key
   * results, 10,000,000 check-ins, and up to 100 reported problems.
   */
  public static OkrJsonLimits defaults() {
    return DEFAULTS;
  }

  /** The largest document accepted, in bytes (characters when reading a {@code String}). */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of arrays and objects accepted, extension values included. */
  public int maxDepth() {
    return maxDepth;
  }

  /** The longest string (title, note, field name…) accepted, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * The most digits a number may have, counted in its plain decimal form: {@code 1e1000000000}
   * would have a billion and is rejected before any arithmetic sees it.
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** The most cycles a document may hold. */
  public int maxCycles() {
    return maxCycles;
  }

  /** The most objectives a document may hold. */
  public int maxObjectives() {
    return maxObjectives;
  }

  /** The most key results a document may hold, over all objectives. */
  public int maxKeyResults() {
    return maxKeyResults;
  }

  /** The most check-ins a document may hold, over all key results. */
  public long maxCheckIns() {
    return maxCheckIns;
  }

  /** How many problems are collected and reported before reading stops. */
  public int maxProblems() {
    return maxProblems;
  }

  /**
   * Returns a copy accepting documents of up to {@code bytes} bytes.
   *
   * @throws IllegalArgumentException if {@code bytes} is not &gt; 0
   */
  public OkrJsonLimits withMaxDocumentBytes(long bytes) {
    return new OkrJsonLimits(positive("maxDocumentBytes", bytes), maxDepth, maxStringLength,
        maxNumberLength, maxCycles, maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting nesting of up to {@code depth} levels; the format itself needs 6.
   *
   * @throws IllegalArgumentException if {@code depth} is below 8
   */
  public OkrJsonLimits withMaxDepth(int depth) {
    if (depth < 8) {
      throw new IllegalArgumentException("maxDepth must be >= 8, was " + depth);
    }
    return new OkrJsonLimits(maxDocumentBytes, depth, maxStringLength, maxNumberLength,
        maxCycles, maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting strings of up to {@code length} characters.
   *
   * @throws IllegalArgumentException if {@code length} is not &gt; 0
   */
  public OkrJsonLimits withMaxStringLength(int length) {
    return new OkrJsonLimits(maxDocumentBytes, maxDepth, (int) positive("maxStringLength", length),
        maxNumberLength, maxCycles, maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting numbers of up to {@code digits} digits; the model never holds more
   * than 10,000 digits before or after the point, so larger values still stop there.
   *
   * @throws IllegalArgumentException if {@code digits} is not &gt; 0
   */
  public OkrJsonLimits withMaxNumberLength(int digits) {
    return new OkrJsonLimits(maxDocumentBytes, maxDepth, maxStringLength,
        (int) positive("maxNumberLength", digits), maxCycles, maxObjectives, maxKeyResults,
        maxCheckIns, maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} cycles.
   *
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxCycles(int count) {
    return new OkrJsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        (int) positive("maxCycles", count), maxObjectives, maxKeyResults, maxCheckIns,
        maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} objectives.
   *
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxObjectives(int count) {
    return new OkrJsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxCycles, (int) positive("maxObjectives", count), maxKeyResults, maxCheckIns,
        maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} key results in total.
   *
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxKeyResults(int count) {
    return new OkrJsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxCycles, maxObjectives, (int) positive("maxKeyResults", count), maxCheckIns,
        maxProblems);
  }

  /**
   * Returns a copy accepting up to {@code count} check-ins in total.
   *
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxCheckIns(long count) {
    return new OkrJsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxCycles, maxObjectives, maxKeyResults, positive("maxCheckIns", count), maxProblems);
  }

  /**
   * Returns a copy that reports up to {@code count} problems before it stops reading.
   *
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxProblems(int count) {
    return new OkrJsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength,
        maxCycles, maxObjectives, maxKeyResults, maxCheckIns, (int) positive("maxProblems", count));
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
    if (!(other instanceof OkrJsonLimits o)) {
      return false;
    }
    return maxDocumentBytes == o.maxDocumentBytes
        && maxDepth == o.maxDepth
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
    return Objects.hash(maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxCycles,
        maxObjectives, maxKeyResults, maxCheckIns, maxProblems);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "OkrJsonLimits{maxDocumentBytes=%d, maxDepth=%d, maxStringLength=%d, maxNumberLength=%d,"
            + " maxCycles=%d, maxObjectives=%d, maxKeyResults=%d, maxCheckIns=%d,"
            + " maxProblems=%d}",
        maxDocumentBytes, maxDepth, maxStringLength, maxNumberLength, maxCycles, maxObjectives,
        maxKeyResults, maxCheckIns, maxProblems);
  }
}
