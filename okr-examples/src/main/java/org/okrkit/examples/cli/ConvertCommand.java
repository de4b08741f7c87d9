package org.okrkit.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.Terminal;
import org.okrkit.json.OkrCsv;
import org.okrkit.model.OkrSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr convert}: between the JSON document format, the Markdown outline and CSV sheets. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Convert an OKR document between JSON, the Markdown outline and spreadsheets (CSV). The"
          + " input format follows the file name: .md or .markdown is an outline, .csv a key-results"
          + " sheet (with --check-ins for its log), anything else JSON.",
      "",
      "--to csv writes the key-results sheet to standard output, or with -o DIR two files,"
          + " DIR/key-results.csv and DIR/check-ins.csv. What a sheet cannot carry (descriptions,"
          + " extension fields, earlier check-ins without the check-ins sheet...) is listed on"
          + " standard error as warnings."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr convert okr-examples/src/main/resources/examples/acme-q4.json --to md",
      "  okr convert notes.md --to json -o okrs.json",
      "  okr convert okrs.json --to csv -o sheets/",
      "  okr convert team-okrs.csv --current-date 2026-11-20 --to json"
    })
final class ConvertCommand extends DocumentCommand {
  /** The formats {@code --to} accepts. */
  enum Format {
    json,
    md,
    csv
  }

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      required = true,
      description = "The output format: ${COMPLETION-CANDIDATES}.")
  Format to = Format.json;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output (for csv: a folder).")
  @Nullable Path output;

  @Option(
      names = "--force",
      description = "Write the output even when it is the input document itself.")
  boolean force;

  @Override
  public Integer call() {
    Path target = output;
    if (target != null && to != Format.csv) {
      refuseToOverwriteInput(target, "-o", force);
    }
    OkrSet set = readDocument();
    if (to == Format.csv) {
      writeCsv(set, target);
    } else if (to == Format.json) {
      if (target == null) {
        Documents.printJson(set, out());
      } else {
        Documents.writeJson(set, target);
      }
    } else if (target == null) {
      out().print(Documents.toMarkdown(set));
      out().flush();
    } else {
      Documents.writeText(target, Documents.toMarkdown(set));
    }
    return ExitCode.OK;
  }

  private static final int SHOWN_LOSSES = 20;

  /** The key-results sheet to standard output, or both sheets into a folder; losses as warnings. */
  private void writeCsv(OkrSet set, @Nullable Path folder) {
    OkrCsv csv = OkrCsv.defaults();
    List<String> losses = csv.losses(set, folder != null);
    for (int i = 0; i < losses.size() && i < SHOWN_LOSSES; i++) {
      err().println(Terminal.line("okr convert: warning: a sheet cannot carry " + losses.get(i)));
    }
    if (losses.size() > SHOWN_LOSSES) {
      err().println("okr convert: warning: ... and " + (losses.size() - SHOWN_LOSSES) + " more");
    }
    err().flush();
    if (folder == null) {
      out().print(csv.writeKeyResults(set, false));
      out().flush();
      return;
    }
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw CliException.usage(folder + ": with --to csv, -o names a folder (it receives key-results.csv and check-ins.csv)");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, folder + ": cannot create: " + Documents.why(e), e);
    }
    Documents.writeText(folder.resolve("key-results.csv"), csv.writeKeyResults(set, true));
    Documents.writeText(folder.resolve("check-ins.csv"), csv.writeCheckIns(set));
  }
}
