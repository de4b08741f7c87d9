package org.okrkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.Terminal;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.model.OkrSet;
import picocli.CommandLine.Parameters;

/** A subcommand that reads one OKR document. */
abstract class DocumentCommand extends OkrSubcommand {
  @Parameters(index = "0", paramLabel = "FILE", description = "The OKR document: JSON, or a Markdown outline (.md).")
  Path file = Path.of("");

  /**
   * Prints structural errors to stderr, one line each (line breaks in the document's strings
   * escaped), naming the file and the place.
   */
  void printErrors(List<Lint.LintFinding> findings) {
    for (Lint.LintFinding f : findings) {
      if (f.isError()) {
        err().println(Terminal.line(file + ": " + f.pointer() + ": error: " + f.message() + " [" + f.rule() + "]"));
      }
    }
    err().flush();
  }

  /**
   * Reads the document, reports its structural errors on stderr and scores it as of {@code asOf}
   * (today clamped to the cycle when absent): what {@code score} and {@code report} share.
   */
  Scored readAndScore(@Nullable LocalDate asOf) {
    OkrSet set = Documents.read(file);
    LocalDate date = AsOf.resolve(asOf, clock(), set);
    List<Lint.LintFinding> errors = Lint.validate(set, date);
    printErrors(errors);
    return new Scored(set, date, Views.score(file, set, date), errors.isEmpty());
  }

  /** A read, checked and scored document. */
  record Scored(OkrSet set, LocalDate asOf, ScoreView view, boolean clean) {
    /** 0 when the document had no structural errors, else 1. */
    int exitCode() {
      return clean ? ExitCode.OK : ExitCode.DOCUMENT_ERRORS;
    }
  }
}
