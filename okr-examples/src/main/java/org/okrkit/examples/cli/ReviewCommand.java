package org.okrkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.ReviewReport;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.lifecycle.ClosedGrade;
import org.okrkit.lifecycle.KpiCheckIns;
import org.okrkit.lifecycle.Movement;
import org.okrkit.lifecycle.QuarterReview;
import org.okrkit.lifecycle.ResultSinceClose;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KpiHealth;
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
      description = "Print the review as JSON (scores and shares rounded to 4 decimals).")
  boolean json;

  @Override
  public Integer call() {
    OkrSet set = Documents.read(file);
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

  /** The {@code --json} form of a review. */
  static String json(Review r) {
    return JsonOut.of(g -> {
      g.writeStartObject();
      g.writeStringField("scope", r.scope());
      g.writeStringField("asOf", r.asOf().toString());
      g.writeNumberField("objectives", r.objectives());
      g.writeNumberField("keyResults", r.keyResults());
      g.writeArrayFieldStart("histogram");
      for (int n : r.histogram()) {
        g.writeNumber(n);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("grades");
      for (Map.Entry<Grade, Integer> e : r.grades().entrySet()) {
        g.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
      }
      g.writeNumberField("unscored", r.unscored());
      g.writeEndObject();
      g.writeObjectFieldStart("aspirational");
      g.writeNumberField("scored", r.aspirational());
      g.writeNumberField("inSweetSpot", r.aspirationalInSweetSpot());
      JsonOut.score(g, "share", r.sweetSpotShare());
      g.writeEndObject();
      g.writeObjectFieldStart("committed");
      g.writeNumberField("scored", r.committed());
      g.writeNumberField("delivered", r.committedDelivered());
      JsonOut.score(g, "share", r.committedDeliveredShare());
      g.writeEndObject();
      JsonOut.score(g, "averageStartingConfidence", r.averageStartingConfidence());
      g.writeArrayFieldStart("sandbagging");
      for (String s : r.sandbagging()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("leastMoved");
      for (Movement m : r.leastMoved()) {
        g.writeStartObject();
        g.writeStringField("id", m.keyResultId());
        g.writeStringField("objective", m.objectiveId());
        JsonOut.score(g, "from", Optional.of(m.from()));
        JsonOut.score(g, "to", Optional.of(m.to()));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("stale", r.stale());
      g.writeNumberField("neverCheckedIn", r.neverCheckedIn());
      g.writeArrayFieldStart("adjustments");
      for (ClosedGrade a : r.adjustments()) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        JsonOut.score(g, "computed", a.computed());
        JsonOut.score(g, "adjusted", a.adjusted());
        JsonOut.string(g, "reason", a.adjustmentReason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("outcomes");
      for (Map.Entry<Outcome, Integer> e : r.outcomes().entrySet()) {
        g.writeNumberField(e.getKey().spelling(), e.getValue());
      }
      g.writeNumberField("without", r.withoutOutcome());
      g.writeEndObject();
      g.writeObjectFieldStart("decisions");
      for (Map.Entry<Decision, Integer> e : r.decisions().entrySet()) {
        g.writeNumberField(e.getKey().spelling(), e.getValue());
      }
      g.writeNumberField("without", r.withoutDecision());
      g.writeEndObject();
      g.writeArrayFieldStart("sinceClose");
      for (ResultSinceClose s : r.sinceClose()) {
        sinceClose(g, s);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("kpis");
      for (KpiHealth k : r.kpis()) {
        g.writeStartObject();
        g.writeStringField("id", k.kpiId());
        g.writeStringField("status", k.status().name().toLowerCase(Locale.ROOT));
        g.writeBooleanField("stale", k.stale());
        JsonOut.number(g, "latest", k.latest().map(m -> m.value()));
        g.writeStringField("reason", k.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static void sinceClose(JsonGenerator g, ResultSinceClose s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.keyResultId());
    g.writeStringField("closedOn", s.closedOn().toString());
    JsonOut.score(g, "atClose", s.atClose());
    JsonOut.score(g, "now", s.now());
    JsonOut.string(g, "lastCheckIn", s.lastCheckIn().map(LocalDate::toString));
    g.writeBooleanField("held", s.held());
    g.writeEndObject();
  }
}
