package org.okrkit.json;

import java.util.List;
import java.util.Objects;

/**
 * A spreadsheet (CSV) that could not be read as OKRs: every problem found, each naming the file,
 * the row and the column and what was expected, in sheet order.
 *
 * <p>Rows are counted as a spreadsheet shows them: the header is row 1. Columns are given by
 * letter and header ({@code column D (target)}). Like {@link OkrJsonException}, reading reports
 * all independent problems of a sheet, up to {@link OkrJsonLimits#maxProblems()}.
 */
public final class OkrCsvException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem of a sheet.
   *
   * @param file the file (or the name given for the text) the problem is in
   * @param row the 1-based row, the header being row 1; 0 when the problem concerns the whole file
   * @param column the 1-based column; 0 when the problem concerns a whole row or file
   * @param header the column's header as written, empty when there is no column
   * @param message what was found and what was expected
   */
  public record Problem(String file, long row, int column, String header, String message) {
    /**
     * Checks the parts.
     *
     * @param file the file (or the name given for the text) the problem is in
     * @param row the 1-based row, the header being row 1; 0 when the problem concerns the whole file
     * @param column the 1-based column; 0 when the problem concerns a whole row or file
     * @param header the column's header as written, empty when there is no column
     * @param message what was found and what was expected
     * @throws NullPointerException if a text is null
     */
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(message, "message");
    }

    /**
     * The place as people read it: {@code okrs.csv: row 3, column D (target)}.
     *
     * @return the place as people read it: {@code okrs.csv: row 3, column D (target)}
     */
    public String place() {
      StringBuilder s = new StringBuilder(file);
      if (row > 0) {
        s.append(": row ").append(row);
        if (column > 0) {
          s.append(", column ").append(columnLetters(column));
          if (!header.isEmpty()) {
            s.append(" (").append(header).append(')');
          }
        }
      }
      return s.toString();
    }

    @Override
    public String toString() {
      return place() + ": " + message;
    }
  }

  /** Every problem found, by file, row and column, up to the cap. */
  @SuppressWarnings("serial") // records of strings and numbers; the list is an immutable copy
  private final List<Problem> problems;

  /** Whether reading stopped at the problem cap, so more problems may follow. */
  private final boolean truncated;

  OkrCsvException(List<Problem> problems, boolean truncated) {
    super(summary(problems, truncated));
    this.problems = List.copyOf(problems);
    this.truncated = truncated;
  }

  /** {@return every problem found, in sheet order (at most {@link OkrJsonLimits#maxProblems()})} */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * True when reading stopped at the problem cap, so the sheet may have more problems.
   *
   * @return {@code true} when reading stopped at the problem cap
   */
  public boolean isTruncated() {
    return truncated;
  }

  /**
   * The spreadsheet name of a 1-based column: A, B, … Z, AA, AB …
   *
   * @param column the 1-based column number
   * @return its letters
   */
  static String columnLetters(int column) {
    StringBuilder s = new StringBuilder();
    for (int n = column; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  private static String summary(List<Problem> problems, boolean truncated) {
    if (problems.size() == 1 && !truncated) {
      return problems.get(0).toString();
    }
    StringBuilder s =
        new StringBuilder()
            .append(problems.size())
            .append(truncated ? " or more" : "")
            .append(" problems in the sheet:");
    for (Problem p : problems) {
      s.append("\n  ").append(p);
    }
    return s.toString();
  }
}
