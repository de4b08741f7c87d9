package org.okrkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.okrkit.examples.report.Terminal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code okr} command: the top of the command tree, and the factory that wires picocli with
 * the exit-code and error-reporting policy every subcommand shares.
 *
 * <p>Exit codes: 0 fine, 1 errors found in the document, 2 bad usage or unreadable input. Errors
 * are one line on stderr naming the file, the location and the problem; {@code --debug} adds the
 * stack trace.
 */
@Command(
    name = "okr",
    mixinStandardHelpOptions = true,
    versionProvider = Okr.Version.class,
    sortOptions = false,
    description = {
      "Check, score and report OKR (Objectives and Key Results) documents.",
      "",
      "Documents are JSON in the OKR document format 1.0 (see docs/json-format.md), or Markdown"
          + " outlines for `convert`."
    },
    subcommands = {
      ValidateCommand.class,
      LintCommand.class,
      ScoreCommand.class,
      ReportCommand.class,
      GenerateCommand.class,
      TourCommand.class,
      KrCommand.class,
      ConvertCommand.class,
      ImportTextCommand.class,
      CloseCommand.class,
      CarryCommand.class,
      ReviewCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:fine",
      "1:errors found in the document",
      "2:bad usage or unreadable input"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr score okr-examples/src/main/resources/examples/acme-q4.json --as-of 2026-11-20",
      "  okr lint my-okrs.json --disable objective-has-number",
      "  okr report my-okrs.json --html report.html",
      "  okr generate --objectives 40 --depth 3 --seed 7 > org.json",
      "  okr tour"
    })
public final class Okr implements Runnable {
  private final Clock clock;
  private final InputStream in;

  @Spec CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "On an error, print the stack trace too.")
  boolean debug;

  /** The top command, reading "today" from {@code clock} where a command needs it. */
  public Okr(Clock clock) {
    this(clock, System.in);
  }

  /** The top command, reading "today" from {@code clock} and a document named - from {@code in}. */
  public Okr(Clock clock, InputStream in) {
    this.clock = clock;
    this.in = in;
  }

  /** Where a document named {@code -} comes from. */
  InputStream in() {
    return in;
  }

  /** Where "today" comes from; only the command line reads a clock, never the library. */
  Clock clock() {
    return clock;
  }

  /** Without a subcommand there is nothing to do: that is a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: one of validate, lint, score, report, generate, tour, kr, convert");
  }

  /**
   * The {@code okr} command line, ready to {@link CommandLine#execute(String...) execute}, with
   * its output going to {@code out} and errors to {@code err}.
   */
  public static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err) {
    return commandLine(clock, System.in, out, err);
  }

  /**
   * The {@code okr} command line as {@link #commandLine(Clock, PrintWriter, PrintWriter)}, reading
   * a document named {@code -} from {@code in}.
   */
  public static CommandLine commandLine(
      Clock clock, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Okr(clock, in));
    cl.setOut(out);
    cl.setErr(err);
    // wide enough that examples and numbers ("0.0-0.3") never wrap mid-token
    cl.setUsageHelpWidth(110);
    cl.registerConverter(LocalDate.class, Okr::parseDate);
    cl.registerConverter(Path.class, Okr::parsePath);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr()
              .println(
                  c.getCommandSpec().qualifiedName()
                      + ": "
                      + oneLine(String.valueOf(ex.getMessage()))
                      + " (see '"
                      + c.getCommandSpec().qualifiedName()
                      + " --help')");
          c.getErr().flush();
          return ExitCode.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          PrintWriter e = c.getErr();
          String name = c.getCommandSpec().qualifiedName();
          boolean debug = debugRequested(parseResult);
          int code;
          if (ex instanceof CliException cli) {
            for (String line : cli.lines()) {
              e.println(name + ": " + oneLine(line));
            }
            code = cli.exitCode();
          } else {
            e.println(
                name
                    + ": unexpected error: "
                    + oneLine(String.valueOf(ex))
                    + (debug ? "" : " (run with --debug for the stack trace)"));
            code = ExitCode.USAGE;
          }
          if (debug) {
            ex.printStackTrace(e);
          }
          e.flush();
          return code;
        });
    return cl;
  }

  private static boolean debugRequested(ParseResult result) {
    for (ParseResult r = result; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Messages stay on one line, whatever the exception put in them: line breaks become spaces, and
   * any other control character (from a file name, say) is shown escaped.
   */
  static String oneLine(String message) {
    return Terminal.line(message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim());
  }

  static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected a date as YYYY-MM-DD (like 2026-11-20), got '" + text + "'");
    }
  }

  /**
   * A file name as a path; one the system cannot represent (a NUL character, or non-ASCII letters
   * under a non-UTF-8 locale, where Java decodes them as U+FFFD) is a one-line usage error with
   * the fix, not an exception class.
   */
  static Path parsePath(String text) {
    if (text.isEmpty()) {
      throw new CommandLine.TypeConversionException("expected a file name, got an empty one ('')");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      boolean encoding = text.indexOf('\uFFFD') >= 0 || String.valueOf(e.getReason()).contains("unmappable");
      throw new CommandLine.TypeConversionException(
          "cannot use '"
              + text
              + "' as a file name: "
              + e.getReason()
              + (encoding
                  ? "; for names with non-ASCII letters, run Java in a UTF-8 locale (e.g. LANG=C.UTF-8)"
                  : ""));
    }
  }

  /** The version, from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Okr.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "okr " + p.getProperty("version", "(development)") + " (OKR Kit)",
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
