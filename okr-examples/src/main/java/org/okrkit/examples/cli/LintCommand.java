package org.okrkit.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.Terminal;
import org.okrkit.model.OkrSet;
import org.okrkit.validation.LintRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code okr lint}: every finding of the linter, with severity, rule, place and hint. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Check a document against the rules of good OKRs as well as its structure: key results"
          + " that are activities rather than results (\"Run four campaigns\"), objectives with"
          + " too few or too many key results, numbers in objective titles, metrics without a"
          + " baseline, stale check-ins, too many objectives per owner...",
      "Each finding shows its severity, rule id, JSON Pointer and a hint on how to fix it.",
      "Rules of your own: put a jar with a LintRuleProvider (see docs/validation.md) on the class"
          + " path and run java -cp okr.jar:myrules.jar org.okrkit.examples.cli.Main lint FILE;"
          + " they are reported, disabled and listed like the built-in rules."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no error-severity findings (warnings are fine)",
      "1:at least one error-severity finding",
      "2:bad usage (an unknown rule), or the file is missing or unreadable"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr lint okr-examples/src/main/resources/examples/activity-trap.json",
      "  okr lint my-okrs.json --json",
      "  okr lint my-okrs.json --disable stale-check-ins --disable unaligned-objective,missing-owner"
    })
final class LintCommand extends DocumentCommand {
  @Mixin ScoringOptions scoring = new ScoringOptions();

  @Option(
      names = "--json",
      description =
          "Print JSON: {\"file\", \"findings\": [{\"rule\", \"severity\", \"ids\", \"pointer\","
              + " \"message\", \"hint\"}], \"errors\", \"warnings\", \"infos\"}, each finding as"
              + " OkrJsonModule writes it.")
  boolean json;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Judge staleness and future check-ins as of this day (default: today, clamped to the"
              + " document's cycle).")
  @Nullable LocalDate asOf;

  @Option(
      names = "--disable",
      paramLabel = "RULE",
      split = ",",
      description = "Do not run this rule (repeatable, or comma-separated); see the rule ids in the output.")
  List<String> disable = new ArrayList<>();

  @Override
  public Integer call() {
    Set<String> disabled = new LinkedHashSet<>(disable);
    List<LintRule> mine = Lint.userRules();
    disabled.forEach(id -> Lint.rule(id, mine)); // an unknown rule is bad usage, before any reading
    scoring.settings(); // so is a malformed scoring option
    OkrSet set = readDocument();
    LocalDate date = AsOf.resolve(asOf, clock(), set);
    List<Lint.LintFinding> findings = Lint.lint(set, date, disabled, mine, scoring.settings());
    long errors = findings.stream().filter(Lint.LintFinding::isError).count();
    long warnings = findings.stream().filter(f -> f.severity().equals("warning")).count();
    long infos = findings.size() - errors - warnings;
    if (json) {
      out().print(
          JsonOut.of(
              g -> {
                g.writeStartObject();
                g.writeStringField("file", Documents.name(file));
                g.writeArrayFieldStart("findings");
                for (Lint.LintFinding f : findings) {
                  JsonOut.value(g, f.finding());
                }
                g.writeEndArray();
                g.writeNumberField("errors", errors);
                g.writeNumberField("warnings", warnings);
                g.writeNumberField("infos", infos);
                g.writeEndObject();
              }));
    } else {
      for (Lint.LintFinding f : findings) {
        out().println(Terminal.line(Documents.name(file) + ": " + f.pointer() + ": " + f.severity() + ": " + f.message() + " [" + f.rule() + "]"));
        if (!f.hint().isEmpty()) {
          out().println(Terminal.line("    hint: " + f.hint()));
        }
      }
      out().println(
          Terminal.line(
              findings.isEmpty()
                  ? Documents.name(file) + ": no findings"
                  : Documents.name(file) + ": " + count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(infos, "info")));
    }
    out().flush();
    return errors == 0 ? ExitCode.OK : ExitCode.DOCUMENT_ERRORS;
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 || what.equals("info") ? "" : "s");
  }
}
