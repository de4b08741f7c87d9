package org.okrkit.examples.cli;

import java.util.Optional;
import org.okrkit.lifecycle.KpiCheckIns;
import org.okrkit.lifecycle.QuarterReview;
import org.okrkit.lifecycle.Review;

import java.nio.file.Path;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.HtmlReport;
import org.okrkit.examples.view.ScoreView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code okr report}: one self-contained HTML page with the tree, bars and a chart per key result. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write one self-contained HTML page (no scripts, fonts or anything loaded from the"
          + " network): the alignment tree with progress bars in grade colours, and for each key"
          + " result an SVG chart of its check-ins against the expected pace line and the target."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report written",
      "1:the document has structural errors (the report is still written)",
      "2:bad usage, an unreadable document, or the report cannot be written"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr report okr-examples/src/main/resources/examples/acme-q4.json --html report.html",
      "  okr report my-okrs.json --html q4.html --as-of 2026-12-31"
    })
final class ReportCommand extends DocumentCommand {
  @Mixin ScoringOptions scoring = new ScoringOptions();
  @Mixin RollupOptions rollupOptions = new RollupOptions();

  @Option(
      names = "--html",
      paramLabel = "OUT.html",
      required = true,
      description = "Where to write the page.")
  Path html = Path.of("");

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Report as of this day (default: today, clamped to the document's cycle).")
  @Nullable LocalDate asOf;

  @Option(
      names = "--force",
      description = "Write the page even when OUT.html is the input document itself.")
  boolean force;

  @Override
  public Integer call() {
    refuseToOverwriteInput(html, "--html", force);
    Scored scored = readAndScore(asOf, scoring.settings(), rollupOptions);
    ScoreView view = scored.view();
    Optional<Review> review = ReviewCommand.defaultCycle(scored.set(), scored.asOf()).map(
        c -> QuarterReview.ofCycle(KpiCheckIns.apply(scored.set(), scored.asOf()), c.id(), scored.asOf(),
            Views.scorer(scored.set(), scoring.settings())));
    Documents.writeText(html, HtmlReport.render(view, review));
    out().println(
        "wrote "
            + html
            + ": "
            + view.objectives().size()
            + " objectives, "
            + scored.set().keyResultCount()
            + " key results, as of "
            + scored.asOf());
    return scored.exitCode();
  }
}
