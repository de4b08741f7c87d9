package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrkit.examples.ExampleDocuments;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonException;
import org.okrkit.lifecycle.CarryForward;
import org.okrkit.lifecycle.CarryResult;
import org.okrkit.lifecycle.CloseNeed;
import org.okrkit.lifecycle.ClosingResult;
import org.okrkit.lifecycle.CycleClosing;
import org.okrkit.lifecycle.QuarterReview;
import org.okrkit.lifecycle.ResultSinceClose;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.GradeScale;
import org.okrkit.scoring.KpiHealth;
import org.okrkit.scoring.ScoreRounding;
import org.okrkit.scoring.Scorer;
import org.okrkit.validation.Finding;
import org.okrkit.validation.Validator;

/**
 * Lesson 9: the end of a quarter. Close the cycle (final grades, outcome, decision,
 * retrospective, an adjusted grade with its reason), read the quarter-end review, carry what is
 * kept into the next quarter, follow a result after the close, and keep KPIs beside the OKRs.
 */
public final class Lesson09QuarterEnd implements Lesson {
  /** The day after the quarter: the retrospective and the review happen now. */
  static final LocalDate REVIEW_DAY = LocalDate.of(2026, 10, 2);

  /** Seven weeks into Q4: the metrics review of what was tracked after the close. */
  static final LocalDate METRICS_REVIEW = LocalDate.of(2026, 11, 20);

  @Override
  public String title() {
    return "The quarter ends: close, review, carry forward";
  }

  /** The bundled year: Q3 closed with retrospectives, carried into Q4, initiatives and KPIs. */
  static OkrSet year() {
    try {
      return OkrJson.defaults().read(ExampleDocuments.text(ExampleDocuments.YEAR_2026));
    } catch (OkrJsonException e) {
      throw new IllegalStateException("the bundled year-2026.json does not read: " + e.getMessage(), e);
    }
  }

  /** The same year as it stood on the last day of Q3: no Q4, no close-outs but the retros. */
  static OkrSet lastDayOfQ3() {
    return CycleClosing.reopen(closedQ3(), "2026-Q3");
  }

  /** The year without Q4: Q3 as its owners closed it, before carrying forward. */
  static OkrSet closedQ3() {
    OkrSet year = year();
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : year.objectives()) {
      if (!o.cycle().equals("2026-Q4")) {
        objectives.add(o);
      }
    }
    List<Cycle> cycles = new ArrayList<>();
    for (Cycle c : year.cycles()) {
      if (!c.id().equals("2026-Q4")) {
        cycles.add(c);
      }
    }
    return year.withObjectives(objectives).withCycles(cycles);
  }

  private static String two(BigDecimal v) {
    return ScoreRounding.format(v, GradeScale.google());
  }

  @Override
  public void run(PrintWriter out) {
    out.println("1. Close the cycle: CycleClosing.close(set, \"2026-Q3\") grades everything as of");
    out.println("   the cycle's last day and lists what the owners still have to decide.");
    ClosingResult closing = CycleClosing.close(lastDayOfQ3(), "2026-Q3");
    closing.grades().stream().filter(g -> g.isObjective()).forEach(g -> out.println(
        "   " + g.id() + ": computed " + g.computed().map(Lesson09QuarterEnd::two).orElse("n/a")
            + " " + g.computedGrade().map(x -> x.name().toLowerCase(Locale.ROOT)).orElse("")));
    for (CloseNeed n : closing.needs()) {
      out.println("   " + n.objectiveId() + " still needs: " + n.missing().stream()
          .map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted().toList());
    }
    out.println();
    out.println("2. The owners write the close-out: an outcome, a decision for next quarter, the");
    out.println("   retrospective (why we achieved what we achieved and missed what we missed),");
    out.println("   and, where they judge the number wrong, an adjusted grade WITH a reason:");
    OkrSet year = year();
    Objective support = year.objective("support-q3").orElseThrow();
    CloseOut c = support.close().orElseThrow();
    out.println("   support-q3: " + c.outcome().orElseThrow().spelling() + ", "
        + c.decision().orElseThrow().spelling() + "; computed "
        + two(c.computedScore().orElseThrow()) + ", adjusted " + two(c.adjustedScore().orElseThrow()));
    out.println("     because " + c.adjustmentReason().orElseThrow());
    out.println("   Both grades are kept: the computed one is the engine's, the adjusted one the");
    out.println("   owner's judgement (Google's self-assessment). A missed objective may be kept.");
    out.println();
    out.println("3. The quarter-end review (QuarterReview.ofCycle) as of " + REVIEW_DAY + ":");
    Review r = QuarterReview.ofCycle(year, "2026-Q3", REVIEW_DAY, Scorer.defaults());
    out.println("   histogram of objective scores (0.0-0.1 ... 0.9-1.0): " + r.histogram());
    out.println("   grades: " + r.grades());
    out.println("   aspirational in the 0.6-0.7 sweet spot: " + r.aspirationalInSweetSpot() + " of "
        + r.aspirational() + "; committed fully delivered: " + r.committedDelivered() + " of "
        + r.committed());
    out.println("   moved least: " + r.leastMoved().get(0).keyResultId() + " ("
        + two(r.leastMoved().get(0).from()) + " -> " + two(r.leastMoved().get(0).to()) + ")");
    out.println("   sandbagging signals: " + (r.sandbagging().isEmpty() ? "none" : r.sandbagging()));
    out.println("   outcomes: " + r.outcomes() + "; decisions: " + r.decisions());
    out.println();
    out.println("4. Carry forward (CarryForward.carryForward(set, \"2026-Q3\", Q4)): kept, modified");
    out.println("   and deferred objectives move as NEW objectives with carriedFrom links; each");
    out.println("   metric starts from its last value with the same target; done milestones and");
    out.println("   abandoned objectives stay behind; the old quarter does not change.");
    OkrSet closedQ3 = closedQ3();
    CarryResult carried = CarryForward.carryForward(closedQ3, "2026-Q3", Cycle.quarter(2026, 4));
    for (Map.Entry<String, String> e : carried.newIds().entrySet()) {
      if (closedQ3.objective(e.getKey()).isPresent()) {
        out.println("   " + e.getKey() + " -> " + e.getValue());
      }
    }
    carried.leftBehind().forEach(l -> out.println("   left behind: " + l.id() + " (" + l.reason() + ")"));
    Objective supportQ4 = carried.set().objective("support-q4").orElseThrow();
    out.println("   " + supportQ4.keyResults().get(0).id() + " now starts from "
        + supportQ4.keyResults().get(0).baseline().orElseThrow().value().toPlainString()
        + " hours (was 9), target still 2");
    out.println();
    out.println("5. Did the result hold? support-q3-2 is marked trackAfterClose, so check-ins after");
    out.println("   the close are allowed and scored apart, as the result since close:");
    for (ResultSinceClose s : ResultSinceClose.of(year, METRICS_REVIEW, Scorer.defaults())) {
      out.println("   " + s.keyResultId() + ": " + two(s.atClose().orElseThrow()) + " at the close, "
          + two(s.now().orElseThrow()) + " on " + METRICS_REVIEW + ": "
          + (s.held() ? "it held" : "it slipped"));
    }
    out.println();
    out.println("6. KPIs are health checks, not goals. Churn sat above its corridor all of Q3:");
    Validator.defaults().validate(closedQ3, REVIEW_DAY).stream()
        .filter(f -> f.ruleId().equals("kpi-unhealthy-without-okr"))
        .forEach(f -> out.println("   " + f.severity() + " [" + f.ruleId() + "] " + f.message()));
    out.println("   The Q4 plan answers it with a recovery key result aiming at the KPI:");
    for (Finding f : Validator.defaults().validate(year, REVIEW_DAY)) {
      if (f.ruleId().equals("kpi-unhealthy-without-okr")) {
        out.println("   still: " + f.message());
      }
    }
    year.kpis().forEach(k -> {
      KpiHealth h = KpiHealth.of(k, METRICS_REVIEW);
      out.println("   " + k.id() + " on " + METRICS_REVIEW + ": "
          + h.status().name().toLowerCase(Locale.ROOT) + " (" + h.reason() + ")");
    });
  }
}
