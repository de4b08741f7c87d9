package org.okrkit.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.Terminal;
import org.okrkit.lifecycle.CloseNeed;
import org.okrkit.lifecycle.ClosedGrade;
import org.okrkit.lifecycle.ClosingResult;
import org.okrkit.lifecycle.CycleClosing;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.GradeScale;
import org.okrkit.scoring.ScoreRounding;
import org.okrkit.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr close}: closes a cycle, writing the computed grades into the document. */
@Command(
    name = "close",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Close a cycle as of its end date: grade every objective and key result of it, write each"
          + " objective's close-out (the close date and the computed grade; an outcome, decision,"
          + " retrospective or adjusted grade already written is kept) and list what still"
          + " needs an outcome or a decision.",
      "The document goes to standard output (or -o FILE) as JSON; the grades and what is still"
          + " needed go to standard error (standard output with -o)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:closed (outcomes or decisions may still be needed: see the list)",
      "1:a close-out has an error (an adjusted grade without a reason)",
      "2:bad usage (an unknown cycle), or the file is missing or unreadable"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr close okr-examples/src/main/resources/examples/year-2026.json --cycle 2026-Q3",
      "  okr close my-okrs.json --cycle 2026-Q4 -o my-okrs.json"
    })
final class CloseCommand extends DocumentCommand {
  @Option(names = "--cycle", paramLabel = "ID", required = true, description = "The cycle to close.")
  String cycle = "";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the closed document (JSON) to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    OkrSet set = readDocument(); // with the --max-… limits, like every document command
    ClosingResult result;
    try {
      result = CycleClosing.close(set, cycle);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(file + ": " + e.getMessage());
    }
    Lifecycle.write(result.set(), output, file, this);
    PrintWriter report = output == null ? err() : out();
    report.print(summary(result));
    boolean errors = false;
    for (Finding f : result.findings()) {
      Lint.LintFinding l = Lint.LintFinding.of(f);
      errors |= l.isError();
      report.println(Terminal.line(file + ": " + l.pointer() + ": " + l.severity() + ": "
          + l.message() + " [" + l.rule() + "]"));
    }
    report.flush();
    return errors ? ExitCode.DOCUMENT_ERRORS : ExitCode.OK;
  }

  /** The grades and what is still needed, one line each. */
  static String summary(ClosingResult r) {
    StringBuilder b = new StringBuilder();
    b.append("Closed cycle ").append(Terminal.line(r.cycle().id())).append(" as of ")
        .append(r.cycle().end()).append(":\n");
    for (ClosedGrade g : r.grades()) {
      b.append(g.isObjective() ? "  " : "    - ").append(Terminal.line(g.id())).append("  computed ")
          .append(two(g.computed()));
      g.computedGrade().ifPresent(x -> b.append(' ').append(x.name().toLowerCase(Locale.ROOT)));
      g.adjusted().ifPresent(a -> {
        b.append("  adjusted ").append(two(Optional.of(a)));
        g.adjustmentReason().ifPresent(why -> b.append(" (").append(Terminal.line(why)).append(')'));
      });
      b.append('\n');
    }
    if (r.needs().isEmpty()) {
      b.append("Every objective has an outcome and a decision.\n");
    } else {
      b.append("Still needed:\n");
      for (CloseNeed n : r.needs()) {
        List<String> parts = new ArrayList<>();
        for (CloseNeed.Missing m : CloseNeed.Missing.values()) {
          if (n.missing().contains(m)) {
            parts.add(switch (m) {
              case OUTCOME -> "an outcome (achieved, partially-achieved, missed)";
              case DECISION -> "a decision (keep, modify, abandon, defer)";
              case ADJUSTMENT_REASON -> "a reason for the adjusted grade";
            });
          }
        }
        b.append("  ").append(Terminal.line(n.objectiveId())).append(": ")
            .append(String.join(", ", parts)).append('\n');
      }
    }
    return b.toString();
  }

  static String two(Optional<BigDecimal> score) {
    // the one rounding rule of every printed score: more digits where two would cross a grade edge
    return score.map(s -> ScoreRounding.format(s, GradeScale.google())).orElse("n/a");
  }
}
