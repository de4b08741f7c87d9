package org.okrkit.text;

/**
 * A Markdown OKR outline that cannot be read: names the line and column (both from 1), what the
 * reader expected there and what it found, as in {@code line 4, column 14: expected a date like
 * 2026-11-01, found '2026-13-01'}.
 */
public final class OutlineException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line where reading stopped. */
  private final int line;
  /** The 1-based column where reading stopped. */
  private final int column;
  /** What the reader expected at that place. */
  private final String expected;

  OutlineException(int line, int column, String expected, String found) {
    super("line " + line + ", column " + column + ": expected " + expected
        + (found.isEmpty() ? "" : ", found '" + abbreviate(found) + "'"));
    this.line = line;
    this.column = column;
    this.expected = expected;
  }

  OutlineException(int line, int column, String problem) {
    super("line " + line + ", column " + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.expected = problem;
  }

  /** What was found, cut to 40 characters: a 100,000-character token stays readable. */
  private static String abbreviate(String found) {
    if (found.length() <= 40) {
      return found;
    }
    int end = Character.isHighSurrogate(found.charAt(39)) ? 39 : 40;
    return found.substring(0, end) + "…";
  }

  /** The whole message: line, column, what was expected and what was found. */
  @Override
  public String getMessage() {
    String m = super.getMessage();
    return m == null ? "line " + line + ", column " + column + ": " + expected : m;
  }

  /** {@return the line of the problem, from 1} */
  public int line() {
    return line;
  }

  /** {@return the column of the problem, from 1} */
  public int column() {
    return column;
  }

  /**
   * What the reader expected at that place (or, for an invalid value, what is wrong).
   *
   * @return what the reader expected at that place
   */
  public String expected() {
    return expected;
  }
}
