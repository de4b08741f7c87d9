package org.okrkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one exception a bad OKR document produces: malformed JSON, a value of the wrong type, a
 * missing or unknown field, a value the model rejects (a weight of -2, a confidence of 1.5), or
 * a document that exceeds an {@link OkrJsonLimits} limit.
 *
 * <p>Each {@linkplain #problems() problem} names the place as a JSON Pointer with its line and
 * column, and says what was expected and what was found:
 * {@code /objectives/3/keyResults/1/target: expected a number or an object with
 * value/atLeast/atMost, got "high" (line 48, column 19)}. When a document has several
 * independent problems they are all reported, up to {@link OkrJsonLimits#maxProblems()}; the
 * accessors {@link #pointer()}, {@link #line()}, {@link #column()} and {@link #detail()}
 * describe the first.
 *
 * <p>Structural problems of a well-formed document (an objective aligned to a missing parent,
 * duplicate ids) are not errors here: the document reads, and the validator reports them.
 *
 * <p>It is a Jackson {@link JsonMappingException}, so an application's own {@code ObjectMapper}
 * with {@link OkrJsonModule} throws it unchanged.
 */
public final class OkrJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem found in a document: where it is and what is wrong.
   *
   * @param pointer the JSON Pointer (RFC 6901) of the offending place, {@code ""} for the root
   * @param line the 1-based line of the offending place, or -1 when unknown
   * @param column the 1-based column of the offending place, or -1 when unknown
   * @param message what was expected and what was found
   * @serial exclude
   */
  // Excluded from the serialized-form page: javadoc cannot take comments for a record's implicit
  // fields, and the components are documented above. (Error Prone does not know that javadoc
  // takes @serial on a class.)
  @SuppressWarnings("InvalidBlockTag")
  public record Problem(String pointer, int line, int column, String message)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The problem as one line: pointer, message, line and column. */
    @Override
    public String toString() {
      String where = pointer.isEmpty() ? "(root)" : pointer;
      return String.format(
          Locale.ROOT, "%s: %s (line %d, column %d)", where, message, line, column);
    }
  }

  /** Every problem found, in document order, up to the cap. */
  private final List<Problem> problems;
  /** Whether reading stopped at the problem cap, so more problems may follow. */
  private final boolean truncated;

  OkrJsonException(List<Problem> problems, boolean truncated) {
    super(null, summary(sorted(problems), truncated), location(sorted(problems).get(0)));
    this.problems = sorted(problems);
    this.truncated = truncated;
  }

  // A missing field is noticed at the end of its object but reported at its start: sort, so
  // that problems read in document order.
  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(
        Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return List.copyOf(copy);
  }

  private static JsonLocation location(Problem p) {
    return new JsonLocation(ContentReference.unknown(), -1L, p.line(), p.column());
  }

  private static String summary(List<Problem> problems, boolean truncated) {
    if (problems.size() == 1 && !truncated) {
      return problems.get(0).toString();
    }
    StringBuilder sb = new StringBuilder();
    sb.append(problems.size())
        .append(truncated ? "+" : "")
        .append(" problems in the OKR document:");
    for (Problem p : problems) {
      sb.append("\n  ").append(p);
    }
    if (truncated) {
      sb.append("\n  (reading stopped after ").append(problems.size()).append(" problems)");
    }
    return sb.toString();
  }

  /**
   * {@return every problem found, in document order, at most {@link OkrJsonLimits#maxProblems()}}
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * True when reading stopped at the problem cap, so the document may have more problems.
   *
   * @return {@code true} when reading stopped at the problem cap
   */
  public boolean isTruncated() {
    return truncated;
  }

  /** {@return the JSON Pointer of the first problem's place, {@code ""} for the document root} */
  public String pointer() {
    return problems.get(0).pointer();
  }

  /** {@return the 1-based line of the first problem, or -1 when unknown} */
  public int line() {
    return problems.get(0).line();
  }

  /** {@return the 1-based column of the first problem, or -1 when unknown} */
  public int column() {
    return problems.get(0).column();
  }

  /** {@return what the first problem expected and what it found, without the place} */
  public String detail() {
    return problems.get(0).message();
  }

  /** All problems, one per line, each with pointer, line and column. */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  /** Same as {@link #getMessage()}. */
  @Override
  public String getLocalizedMessage() {
    return getOriginalMessage();
  }
}
