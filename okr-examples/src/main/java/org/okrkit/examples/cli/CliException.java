package org.okrkit.examples.cli;

/**
 * An expected failure of a command, reported to the user as one line on stderr (never a stack
 * trace) and turned into the process exit code: {@link ExitCode#DOCUMENT_ERRORS} when the
 * document has errors, {@link ExitCode#USAGE} for bad usage or unreadable input.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A failure with this exit code and one-line message. */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** A failure with this exit code and one-line message, caused by {@code cause}. */
  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The exit code the process ends with. */
  public int exitCode() {
    return exitCode;
  }

  /** Bad usage or unreadable input: exit code 2. */
  public static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }
}
