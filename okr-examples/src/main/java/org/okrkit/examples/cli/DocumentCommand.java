package org.okrkit.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.Terminal;
import org.okrkit.json.OkrCsv;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A subcommand that reads one OKR document. */
abstract class DocumentCommand extends OkrSubcommand {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The OKR document: JSON, a Markdown outline (.md) or a key-results sheet (.csv).")
  Path file = Path.of("");

  @Option(
      names = "--check-ins",
      paramLabel = "FILE",
      description = "With a .csv FILE: its check-ins sheet (date, key_result_id, value, confidence, note).")
  @Nullable Path checkIns;

  @Option(
      names = "--current-date",
      paramLabel = "YYYY-MM-DD",
      description =
          "With a .csv FILE and no --check-ins: the day its current values were measured"
              + " (default: today, clamped to each key result's cycle).")
  @Nullable LocalDate currentDate;

  /**
   * Reads FILE by its name: a sheet ({@code .csv}, with {@code --check-ins} and {@code
   * --current-date}), a Markdown outline, or JSON.
   */
  OkrSet readDocument() {
    if (!Documents.isCsv(file)) {
      if (checkIns != null || currentDate != null) {
        throw CliException.usage("--check-ins and --current-date are for a .csv sheet, not " + file);
      }
      return Documents.read(file);
    }
    LocalDate date = currentDate;
    OkrCsv csv =
        date != null
            ? OkrCsv.defaults().withCurrentDate(date)
            : OkrCsv.defaults().withCurrentDateClamped(LocalDate.now(clock()));
    return Documents.readCsv(file, checkIns, csv);
  }

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
    return readAndScore(asOf, ScoringSettings.builder().build(), new RollupOptions());
  }

  /**
   * {@link #readAndScore(LocalDate)} with the command's scoring {@code overrides} ({@code --cap},
   * {@code --grades}…) over the document's settings, rolled up as {@code --rollup} and {@code
   * --source} say.
   */
  Scored readAndScore(
      @Nullable LocalDate asOf, ScoringSettings overrides, RollupOptions options) {
    OkrSet set = readDocument();
    LocalDate date = AsOf.resolve(asOf, clock(), set);
    org.okrkit.rollup.Rollup rollup = options.apply(Views.rollup(set, overrides));
    List<Lint.LintFinding> errors = Lint.validate(set, date);
    printErrors(errors);
    return new Scored(set, date, Views.score(file, set, date, rollup), errors.isEmpty());
  }

  /** A read, checked and scored document. */
  record Scored(OkrSet set, LocalDate asOf, ScoreView view, boolean clean) {
    /** 0 when the document had no structural errors, else 1. */
    int exitCode() {
      return clean ? ExitCode.OK : ExitCode.DOCUMENT_ERRORS;
    }
  }
}
