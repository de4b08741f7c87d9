package org.okrkit.examples.cli;

import java.util.List;
import org.okrkit.examples.report.Terminal;
import org.okrkit.model.OkrSet;
import picocli.CommandLine.Command;

/** {@code okr validate}: structural errors only; exit 1 if there are any. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a document for structural errors: ids that are missing or used twice, objectives"
          + " aligned to objectives that do not exist or to themselves, key results that cannot"
          + " be scored (a metric without a target, a threshold without a bound), unknown cycles.",
      "Errors go to standard error, one line each with the file and the JSON Pointer of the"
          + " place. For advice on writing better OKRs, use `okr lint`."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the document is valid",
      "1:the document has structural errors",
      "2:bad usage, or the file is missing or not a readable OKR document"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr validate okr-examples/src/main/resources/examples/acme-q4.json",
      "  okr validate my-okrs.json && echo valid"
    })
final class ValidateCommand extends DocumentCommand {
  @Override
  public Integer call() {
    OkrSet set = readDocument();
    List<Lint.LintFinding> errors = Lint.validate(set, AsOf.resolve(null, clock(), set));
    if (errors.isEmpty()) {
      out().println(
          Terminal.line(
              Documents.name(file)
                  + ": valid ("
                  + set.objectives().size()
                  + " objectives, "
                  + set.keyResultCount()
                  + " key results)"));
      return ExitCode.OK;
    }
    printErrors(errors);
    out().println(Terminal.line(Documents.name(file) + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors")));
    return ExitCode.DOCUMENT_ERRORS;
  }
}
