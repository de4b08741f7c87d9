package org.okrkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.Terminal;
import org.okrkit.lifecycle.CarryForward;
import org.okrkit.lifecycle.CarryResult;
import org.okrkit.model.Cycle;
import org.okrkit.model.OkrSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr carry}: carries a closed cycle's objectives into the next cycle. */
@Command(
    name = "carry",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Carry the objectives of a cycle decided keep, modify or defer into the next cycle, as"
          + " new objectives with carriedFrom links: key results start from their last value"
          + " with the same target, done milestones and abandoned key results stay behind,"
          + " check-in history stays with the old cycle, and the old cycle does not change.",
      "Writes the whole document (JSON) to standard output or -o FILE. The --to cycle is"
          + " created when the document lacks it: a quarter id such as 2026-Q4, or Q4 for the"
          + " next fourth quarter after the --from cycle, gives its dates. What was carried, what"
          + " stayed behind and why go to standard error (standard output with -o)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:carried",
      "1:the carried document has structural errors (the input had them)",
      "2:bad usage (an unknown --from cycle, a --to that is neither in the document nor a"
          + " quarter), or the file is missing or unreadable"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr carry okr-examples/src/main/resources/examples/year-2026.json --from 2026-Q3"
          + " --to 2026-Q4",
      "  okr carry my-okrs.json --from Q3 --to Q4 -o my-okrs.json"
    })
final class CarryCommand extends DocumentCommand {
  @Option(names = "--from", paramLabel = "ID", required = true, description = "The cycle to carry from.")
  String from = "";

  @Option(
      names = "--to",
      paramLabel = "ID",
      required = true,
      description = "The cycle to carry into: one of the document, or a quarter (2026-Q4, Q4).")
  String to = "";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the document (JSON) to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    OkrSet set = readDocument(); // with the --max-… limits, like every document command
    Cycle fromCycle = set.cycle(from).orElseThrow(() -> CliException.usage(
        file + ": cycle '" + from + "' is not in the document; its cycles are "
            + cycleIds(set)));
    Optional<Cycle> target = set.cycle(to).or(() -> CarryForward.quarter(to, fromCycle));
    if (target.isEmpty()) {
      throw CliException.usage(file + ": cycle '" + to + "' is not in the document, and is not a"
          + " quarter id (2026-Q4 or Q4) that would give its dates");
    }
    CarryResult result;
    try {
      result = CarryForward.carryForward(set, from, target.get());
    } catch (IllegalArgumentException e) {
      throw CliException.usage(file + ": " + e.getMessage());
    }
    Lifecycle.write(result.set(), output, file, this);
    PrintWriter report = output == null ? err() : out();
    report.print(summary(result, set.cycle(to).isEmpty()));
    report.flush();
    List<Lint.LintFinding> errors = Lint.validate(result.set(), result.toCycle().start());
    printErrors(errors);
    return errors.isEmpty() ? ExitCode.OK : ExitCode.DOCUMENT_ERRORS;
  }

  private static String cycleIds(OkrSet set) {
    StringBuilder b = new StringBuilder();
    for (Cycle c : set.cycles()) {
      b.append(b.length() == 0 ? "" : ", ").append(Terminal.line(c.id()));
    }
    return b.length() == 0 ? "none" : b.toString();
  }

  /** What was carried, what stayed behind and the notes, one line each. */
  static String summary(CarryResult r, boolean created) {
    StringBuilder b = new StringBuilder();
    Cycle c = r.toCycle();
    b.append("Carried into ").append(Terminal.line(c.id()));
    if (created) {
      b.append(" (created: ").append(c.start()).append(" to ").append(c.end()).append(')');
    }
    b.append(":\n");
    if (r.newIds().isEmpty()) {
      b.append("  nothing\n");
    }
    for (Map.Entry<String, String> e : r.newIds().entrySet()) {
      b.append("  ").append(Terminal.line(e.getKey())).append(" -> ")
          .append(Terminal.line(e.getValue())).append('\n');
    }
    if (!r.leftBehind().isEmpty()) {
      b.append("Left behind:\n");
      for (CarryResult.LeftBehind l : r.leftBehind()) {
        b.append("  ").append(Terminal.line(l.id())).append(": ").append(l.reason()).append('\n');
      }
    }
    for (String note : r.notes()) {
      b.append("Note: ").append(Terminal.line(note)).append('\n');
    }
    return b.toString();
  }
}
