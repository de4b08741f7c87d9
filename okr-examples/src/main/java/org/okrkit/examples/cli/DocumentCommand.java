package org.okrkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.Terminal;
import org.okrkit.json.OkrCsv;
import org.okrkit.json.OkrJsonLimits;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A subcommand that reads one OKR document. */
abstract class DocumentCommand extends OkrSubcommand {
  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "The OKR document: JSON, a Markdown outline (.md) or a key-results sheet (.csv); - for"
              + " standard input.")
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


  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Read the document as ${COMPLETION-CANDIDATES} whatever its name (standard input is"
              + " json unless given).")
  Documents.@Nullable Format format;

  @Option(
      names = "--lenient",
      description =
          "Keep outline key-result sentences read with less than high confidence, printing a"
              + " warning for each, instead of refusing the outline.")
  boolean lenient;

  // The defaults are the library's (DocumentLimits.defaults()), shown from the fields themselves:
  // a help text that names a number of its own goes stale when the library's default changes.
  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Read documents of up to N bytes (default: ${DEFAULT-VALUE}, 128 MiB).")
  long maxBytes = DocumentLimits.defaults().maxDocumentBytes();

  @Option(
      names = "--max-cycles",
      paramLabel = "N",
      description = "Read documents of up to N cycles (default: ${DEFAULT-VALUE}).")
  int maxCycles = DocumentLimits.defaults().maxCycles();

  @Option(
      names = "--max-objectives",
      paramLabel = "N",
      description = "Read documents of up to N objectives (default: ${DEFAULT-VALUE}).")
  int maxObjectives = DocumentLimits.defaults().maxObjectives();

  @Option(
      names = "--max-key-results",
      paramLabel = "N",
      description = "Read documents of up to N key results in all (default: ${DEFAULT-VALUE}).")
  int maxKeyResults = DocumentLimits.defaults().maxKeyResults();

  @Option(
      names = "--max-check-ins",
      paramLabel = "N",
      description = "Read documents of up to N check-ins in all (default: ${DEFAULT-VALUE}).")
  long maxCheckIns = DocumentLimits.defaults().maxCheckIns();

  /** The limits the {@code --max-…} options give (the library's defaults without them). */
  DocumentLimits limits() {
    try {
      return DocumentLimits.defaults()
          .withMaxDocumentBytes(maxBytes)
          .withMaxCycles(maxCycles)
          .withMaxObjectives(maxObjectives)
          .withMaxKeyResults(maxKeyResults)
          .withMaxCheckIns(maxCheckIns);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--max-… options take a number > 0: " + e.getMessage());
    }
  }

  /** The document named by FILE, read with the limits and format the options give. */
  OkrSet readDocument() {
    DocumentLimits limits = limits();
    boolean sheet = format == Documents.Format.csv || (format == null && Documents.isCsv(file));
    if (!sheet) {
      if (checkIns != null || currentDate != null) {
        throw CliException.usage("--check-ins and --current-date are for a .csv sheet, not " + file);
      }
      return Documents.read(file, new Documents.ReadOptions(limits, format, lenient), in(), err());
    }
    LocalDate date = currentDate;
    OkrCsv csv =
        (date != null
                ? OkrCsv.defaults().withCurrentDate(date)
                : OkrCsv.defaults().withCurrentDateClamped(LocalDate.now(clock())))
            .withLimits(OkrJsonLimits.of(limits));
    if (Documents.isStdin(file)) {
      return Documents.readCsv(
          Documents.STDIN, Documents.stdinBytes(limits.maxDocumentBytes(), in()), csv);
    }
    return Documents.readCsv(file, checkIns, csv);
  }

  /**
   * Refuses (exit 2) to write {@code output} when it is the input document itself, under any name
   * or link, unless {@code force}: a report or a conversion written over the document would
   * replace it without a word.
   */
  void refuseToOverwriteInput(Path output, String option, boolean force) {
    if (force || !Files.exists(output) || !Files.exists(file)) {
      return;
    }
    boolean same;
    try {
      same = Files.isSameFile(file, output);
    } catch (IOException e) {
      same = false;
    }
    if (same) {
      throw CliException.usage(output + ": is the input document " + file + "; " + option
          + " would replace it (give --force to overwrite it)");
    }
  }

  /**
   * Prints structural errors to stderr, one line each (line breaks in the document's strings
   * escaped), naming the file and the place.
   */
  void printErrors(List<Lint.LintFinding> findings) {
    for (Lint.LintFinding f : findings) {
      if (f.isError()) {
        err().println(Terminal.line(Documents.name(file) + ": " + f.pointer() + ": error: " + f.message() + " [" + f.rule() + "]"));
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
    return readAndScore(asOf, overrides, options, false);
  }

  /**
   * {@link #readAndScore(LocalDate, ScoringSettings, RollupOptions)}; when {@code streaming},
   * the view's objectives are made as they are read (once, in order: {@code okr score} prints
   * each as it is made), and a failure to make one is thrown by that read.
   */
  Scored readAndScore(
      @Nullable LocalDate asOf,
      ScoringSettings overrides,
      RollupOptions options,
      boolean streaming) {
    OkrSet set = readDocument();
    LocalDate date = AsOf.resolve(asOf, clock(), set);
    org.okrkit.rollup.Rollup rollup = options.apply(Views.rollup(set, overrides));
    List<Lint.LintFinding> errors = Lint.validate(set, date);
    printErrors(errors);
    return new Scored(
        set, date, Views.score(file, set, date, rollup, streaming), errors.isEmpty());
  }

  /** A read, checked and scored document. */
  record Scored(OkrSet set, LocalDate asOf, ScoreView view, boolean clean) {
    /** 0 when the document had no structural errors, else 1. */
    int exitCode() {
      return clean ? ExitCode.OK : ExitCode.DOCUMENT_ERRORS;
    }
  }
}
