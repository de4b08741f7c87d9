package org.okrkit.json;

import java.util.Objects;
import org.okrkit.model.DocumentLimits;

/**
 * The hard limits the JSON reader enforces while streaming an OKR document, so that a document
 * from a user or from the network cannot exhaust memory or time: document size, nesting depth,
 * string and number length, the number of cycles, objectives, key results and check-ins, and how
 * many problems are collected before reading stops.
 *
 * <p>These are the {@link DocumentLimits} every reader of OKR documents shares (the outline and
 * spreadsheet readers apply the same ones), seen from the JSON side: {@link #of(DocumentLimits)}
 * and {@link #documentLimits()} convert. The {@linkplain #defaults() defaults} fit any realistic
 * organisation (100,000 objectives, a million key results counted, and a 128 MiB document, which
 * holds about 115,000 key results with twelve check-ins each as {@code okr generate} writes them);
 * raise them explicitly for bulk data. Immutable and thread-safe.
 */
public final class OkrJsonLimits {
  private static final OkrJsonLimits DEFAULTS = new OkrJsonLimits(DocumentLimits.defaults());

  private final DocumentLimits limits;

  private OkrJsonLimits(DocumentLimits limits) {
    this.limits = limits;
  }

  /**
   * The safe defaults of {@link DocumentLimits#defaults()}: 128 MiB per document, nesting depth
   * 64, strings of up to 1,000,000 characters, numbers of up to 10,000 digits before and after the
   * point, 10,000 cycles, 100,000 objectives, 1,000,000 key results, 10,000,000 check-ins, and up
   * to 100 reported problems.
   *
   * @return the safe defaults of {@link DocumentLimits#defaults()}
   */
  public static OkrJsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * The JSON reader's view of limits shared by every format.
   *
   * @param limits the document limits
   * @return the JSON reader's view of limits shared by every format
   */
  public static OkrJsonLimits of(DocumentLimits limits) {
    return new OkrJsonLimits(Objects.requireNonNull(limits, "limits"));
  }

  /** {@return the same limits as the format-independent {@link DocumentLimits}} */
  public DocumentLimits documentLimits() {
    return limits;
  }

  /**
   * {@return the largest document accepted, in bytes (characters when reading a {@code String})}
   */
  public long maxDocumentBytes() {
    return limits.maxDocumentBytes();
  }

  /** {@return the deepest nesting of arrays and objects accepted, extension values included} */
  public int maxDepth() {
    return limits.maxDepth();
  }

  /** {@return the longest string (title, note, field name…) accepted, in characters} */
  public int maxStringLength() {
    return limits.maxStringLength();
  }

  /**
   * The most digits a number may have before, and after, the decimal point, counted in its plain
   * form: {@code 1e1000000000} would have a billion and is rejected before any arithmetic sees
   * it.
   *
   * @return the most digits a number may have before, and after, the decimal point, counted in its
   *     plain form
   */
  public int maxNumberLength() {
    return limits.maxNumberLength();
  }

  /** {@return the most cycles a document may hold} */
  public int maxCycles() {
    return limits.maxCycles();
  }

  /** {@return the most objectives a document may hold} */
  public int maxObjectives() {
    return limits.maxObjectives();
  }

  /** {@return the most key results a document may hold, over all objectives} */
  public int maxKeyResults() {
    return limits.maxKeyResults();
  }

  /** {@return the most check-ins a document may hold, over all key results} */
  public long maxCheckIns() {
    return limits.maxCheckIns();
  }

  /** {@return how many problems are collected and reported before reading stops} */
  public int maxProblems() {
    return limits.maxProblems();
  }

  /**
   * Returns a copy accepting documents of up to {@code bytes} bytes.
   *
   * @param bytes the bytes
   * @return a copy accepting documents of up to {@code bytes} bytes
   * @throws IllegalArgumentException if {@code bytes} is not &gt; 0
   */
  public OkrJsonLimits withMaxDocumentBytes(long bytes) {
    return new OkrJsonLimits(limits.withMaxDocumentBytes(bytes));
  }

  /**
   * Returns a copy accepting nesting of up to {@code depth} levels; the format itself needs 6.
   *
   * @param depth the depth
   * @return a copy accepting nesting of up to {@code depth} levels
   * @throws IllegalArgumentException if {@code depth} is below 8
   */
  public OkrJsonLimits withMaxDepth(int depth) {
    return new OkrJsonLimits(limits.withMaxDepth(depth));
  }

  /**
   * Returns a copy accepting strings of up to {@code length} characters.
   *
   * @param length the length
   * @return a copy accepting strings of up to {@code length} characters
   * @throws IllegalArgumentException if {@code length} is not &gt; 0
   */
  public OkrJsonLimits withMaxStringLength(int length) {
    return new OkrJsonLimits(limits.withMaxStringLength(length));
  }

  /**
   * Returns a copy accepting numbers of up to {@code digits} digits; the model never holds more
   * than 10,000 digits before or after the point, so larger values still stop there.
   *
   * @param digits the digits
   * @return a copy accepting numbers of up to {@code digits} digits
   * @throws IllegalArgumentException if {@code digits} is not &gt; 0
   */
  public OkrJsonLimits withMaxNumberLength(int digits) {
    return new OkrJsonLimits(limits.withMaxNumberLength(digits));
  }

  /**
   * Returns a copy accepting up to {@code count} cycles.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} cycles
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxCycles(int count) {
    return new OkrJsonLimits(limits.withMaxCycles(count));
  }

  /**
   * Returns a copy accepting up to {@code count} objectives.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} objectives
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxObjectives(int count) {
    return new OkrJsonLimits(limits.withMaxObjectives(count));
  }

  /**
   * Returns a copy accepting up to {@code count} key results in total.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} key results in total
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxKeyResults(int count) {
    return new OkrJsonLimits(limits.withMaxKeyResults(count));
  }

  /**
   * Returns a copy accepting up to {@code count} check-ins in total.
   *
   * @param count the count
   * @return a copy accepting up to {@code count} check-ins in total
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxCheckIns(long count) {
    return new OkrJsonLimits(limits.withMaxCheckIns(count));
  }

  /**
   * Returns a copy that reports up to {@code count} problems before it stops reading.
   *
   * @param count the count
   * @return a copy that reports up to {@code count} problems before it stops reading
   * @throws IllegalArgumentException if {@code count} is not &gt; 0
   */
  public OkrJsonLimits withMaxProblems(int count) {
    return new OkrJsonLimits(limits.withMaxProblems(count));
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof OkrJsonLimits o && limits.equals(o.limits));
  }

  @Override
  public int hashCode() {
    return limits.hashCode();
  }

  @Override
  public String toString() {
    return "OkrJsonLimits" + limits.toString().substring("DocumentLimits".length());
  }
}
