package org.okrkit.examples.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.OkrSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr convert}: between the JSON document format and the Markdown outline. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Convert an OKR document between JSON and the Markdown outline. The input format follows"
          + " the file name: .md or .markdown is an outline, anything else JSON."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr convert okr-examples/src/main/resources/examples/acme-q4.json --to md",
      "  okr convert notes.md --to json -o okrs.json"
    })
final class ConvertCommand extends DocumentCommand {
  /** The formats {@code --to} accepts. */
  enum Format {
    json,
    md
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
      description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Option(
      names = "--force",
      description = "Write the output even when it is the input document itself.")
  boolean force;

  @Override
  public Integer call() {
    Path target = output;
    if (target != null) {
      refuseToOverwriteInput(target, "-o", force);
    }
    OkrSet set = readDocument();
    if (to == Format.json) {
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
}
