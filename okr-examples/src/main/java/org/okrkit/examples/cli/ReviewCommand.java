package org.okrkit.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.ReviewReport;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.lifecycle.KpiCheckIns;
import org.okrkit.lifecycle.QuarterReview;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code okr review}: the quarter-end review an OKR coach reads. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The quarter-end review of a cycle as of a date: the score distribution and grade counts,"
          + " aspirational OKRs in the 0.6-0.7 sweet spot and committed OKRs fully delivered,"
          + " sandbagging signals, the key results that moved least, stale and never-checked-in"
          + " counts, computed vs adjusted grades, outcomes and decisions, results since close"
          + " and KPI health.",
      "Without --cycle: the latest cycle that has ended by the date, else the one running."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:reviewed",
      "1:the document has structural errors (the review is partial)",
      "2:bad usage (a bad date, an unknown cycle), or the file is missing or unreadable"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr review okr-examples/src/main/resources/examples/year-2026.json --as-of 2026-10-02",
      "  okr review my-okrs.json --cycle 2026-Q3 --json"
    })
final class ReviewCommand extends DocumentCommand {
  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Review as of this day (default: today).")
  @Nullable LocalDate asOf;

  @Option(names = "--cycle", paramLabel = "ID", description = "The cycle to review.")
  @Nullable String cycle;

  @Option(
      names = "--json",
      description = "Print the review as JSON: the Review as OkrJsonModule writes it, numbers exact.")
  boolean json;

  @Override
  public Integer call() {
    OkrSet set = readDocument(); // with the --max-… limits, like every document command
    LocalDate date = asOf != null ? asOf : LocalDate.now(clock());
    String id = cycle != null ? cycle : defaultCycle(set, date).map(Cycle::id).orElseThrow(
        () -> CliException.usage(file + ": the document has no cycle to review"));
    if (set.cycle(id).isEmpty()) {
      throw CliException.usage(file + ": cycle '" + id + "' is not in the document");
    }
    List<Lint.LintFinding> errors = Lint.validate(set, date);
    printErrors(errors);
    Review review;
    try {
      review = QuarterReview.ofCycle(KpiCheckIns.apply(set, date), id, date, Views.scorer(set));
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.DOCUMENT_ERRORS, file + ": cannot review: " + e.getMessage(), e);
    }
    out().print(json ? json(review) : ReviewReport.render(review));
    out().flush();
    return errors.isEmpty() ? ExitCode.OK : ExitCode.DOCUMENT_ERRORS;
  }

  /**
   * The latest cycle with objectives that ended on or before {@code date}; else the one with
   * objectives running on it; else the document's main cycle.
   */
  static Optional<Cycle> defaultCycle(OkrSet set, LocalDate date) {
    Cycle ended = null;
    Cycle running = null;
    for (Cycle c : set.cycles()) {
      boolean used = false;
      for (Objective o : set.objectives()) {
        if (o.cycle().equals(c.id())) {
          used = true;
          break;
        }
      }
      if (!used) {
        continue;
      }
      if (!c.end().isAfter(date) && (ended == null || c.end().isAfter(ended.end())
          || (c.end().equals(ended.end()) && c.start().isAfter(ended.start())))) {
        ended = c;
      }
      if (c.contains(date) && (running == null || c.lengthInDays() < running.lengthInDays())) {
        running = c;
      }
    }
    if (ended != null) {
      return Optional.of(ended);
    }
    return running != null ? Optional.of(running) : ScoreViews.mainCycle(set);
  }

  /** The {@code --json} form of a review: the {@link Review} as {@code OkrJsonModule} writes it. */
  static String json(Review r) {
    return JsonOut.of(g -> JsonOut.value(g, r));
  }
}
