package org.okrkit.examples.cli;

/**
 * The exit codes of every {@code okr} command, so scripts and CI jobs can tell a bad document from
 * a bad command line.
 */
public final class ExitCode {
  private ExitCode() {}

  /** Everything is fine: the document is valid, or the command did what was asked. */
  public static final int OK = 0;

  /** The document was read, but has errors (structural errors, error-severity lint findings). */
  public static final int DOCUMENT_ERRORS = 1;

  /** Bad usage (unknown option, bad date, unknown rule) or unreadable input (missing file, malformed JSON). */
  public static final int USAGE = 2;
}
