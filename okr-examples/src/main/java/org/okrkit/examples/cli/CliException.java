package org.okrkit.examples.cli;

import java.util.List;

/**
 * An expected failure of a command, reported to the user on stderr as one line per problem
 * (never a stack trace unless {@code --debug}) and turned into the process exit code: {@link
 * ExitCode#DOCUMENT_ERRORS} when the document has errors, {@link ExitCode#USAGE} for bad usage
 * or unreadable input.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> lines;

  /** A failure with this exit code and one-line message. */
  public CliException(int exitCode, String message) {
    this(exitCode, List.of(message), null);
  }

  /** A failure with this exit code and one-line message, caused by {@code cause}. */
  public CliException(int exitCode, String message, Throwable cause) {
    this(exitCode, List.of(message), cause);
  }

  private CliException(int exitCode, List<String> lines, @org.jspecify.annotations.Nullable Throwable cause) {
    super(String.join("; ", lines), cause);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  /** The exit code the process ends with. */
  public int exitCode() {
    return exitCode;
  }

  /** The problems, one line each (a malformed document may have several). */
  public List<String> lines() {
    return lines;
  }

  /** Bad usage or unreadable input: exit code 2. */
  public static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  /** Unreadable input with several problems, one line each: exit code 2. */
  public static CliException usage(List<String> lines, Throwable cause) {
    return new CliException(ExitCode.USAGE, lines, cause);
  }
}
