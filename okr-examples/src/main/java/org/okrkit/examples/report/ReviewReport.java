package org.okrkit.examples.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okrkit.lifecycle.ClosedGrade;
import org.okrkit.lifecycle.Movement;
import org.okrkit.lifecycle.ResultSinceClose;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.Decision;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KpiHealth;
import org.okrkit.scoring.ScoreRounding;

/**
 * Renders a {@link Review} as the text of {@code okr review}: the score histogram, grades, the
 * sweet spot and delivery shares, sandbagging signals, what moved least, tracking gaps, adjusted
 * grades, outcomes and decisions, results since close and KPI health. Strings from the document
 * are shown escaped ({@link Terminal#line}).
 */
public final class ReviewReport {
  private ReviewReport() {}

  /** The review as text, ending in a newline. */
  public static String render(Review r) {
    StringBuilder b = new StringBuilder(2048);
    b.append("Quarter-end review of ").append(Terminal.line(r.scope())).append(", as of ")
        .append(r.asOf()).append('\n');
    b.append(r.objectives()).append(r.objectives() == 1 ? " objective, " : " objectives, ")
        .append(r.keyResults()).append(r.keyResults() == 1 ? " key result\n" : " key results\n");
    b.append("\nObjective scores\n");
    int max = 0;
    for (int n : r.histogram()) {
      max = Math.max(max, n);
    }
    for (int i = 0; i < 10; i++) {
      int n = r.histogram().get(i);
      int width = max == 0 ? 0 : (int) Math.round(20.0 * n / max);
      b.append(String.format(Locale.ROOT, "  %.1f-%.1f  %-20s %d%n", i / 10.0, (i + 1) / 10.0,
          "#".repeat(width), n));
    }
    b.append("Grades: ");
    for (Map.Entry<Grade, Integer> e : r.grades().entrySet()) {
      b.append(e.getValue()).append(' ').append(e.getKey().name().toLowerCase(Locale.ROOT))
          .append(", ");
    }
    b.append(r.unscored()).append(" unscored\n");
    b.append("Aspirational in the 0.6-0.7 sweet spot: ").append(r.aspirationalInSweetSpot())
        .append(" of ").append(r.aspirational()).append(share(r.sweetSpotShare())).append('\n');
    b.append("Committed fully delivered (1.0): ").append(r.committedDelivered()).append(" of ")
        .append(r.committed()).append(share(r.committedDeliveredShare())).append('\n');
    b.append("Average starting confidence: ")
        .append(r.averageStartingConfidence().map(ReviewReport::two).orElse("n/a")).append('\n');
    if (r.sandbagging().isEmpty()) {
      b.append("Sandbagging signals: none\n");
    } else {
      b.append("Sandbagging signals:\n");
      for (String s : r.sandbagging()) {
        b.append("  - ").append(s).append('\n');
      }
    }
    if (!r.leastMoved().isEmpty()) {
      b.append("Moved least:\n");
      for (Movement m : r.leastMoved()) {
        b.append("  - ").append(Terminal.line(m.keyResultId())).append(" (")
            .append(Terminal.line(m.objectiveId())).append("): ").append(ScoreRounding.format(m.from()))
            .append(" -> ").append(ScoreRounding.format(m.to())).append(" (").append(signed(m.moved()))
            .append(")\n");
      }
    }
    b.append("Tracking: ").append(r.stale()).append(" stale (no check-in for 3 weeks), ")
        .append(r.neverCheckedIn()).append(" never checked in\n");
    if (!r.adjustments().isEmpty()) {
      b.append("Adjusted grades (computed vs adjusted):\n");
      for (ClosedGrade g : r.adjustments()) {
        b.append("  - ").append(Terminal.line(g.id())).append(": computed ")
            .append(g.computed().map(ReviewReport::two).orElse("n/a")).append(", adjusted ")
            .append(ScoreRounding.format(g.adjusted().orElseThrow()));
        g.adjustment().ifPresent(d -> b.append(" (").append(signed(d)).append(')'));
        g.adjustmentReason().ifPresent(w -> b.append(": ").append(Terminal.line(w)));
        b.append('\n');
      }
    }
    b.append("Outcomes: ");
    for (Map.Entry<Outcome, Integer> e : r.outcomes().entrySet()) {
      b.append(e.getValue()).append(' ').append(e.getKey().spelling()).append(", ");
    }
    b.append(r.withoutOutcome()).append(" without\n");
    b.append("Decisions: ");
    for (Map.Entry<Decision, Integer> e : r.decisions().entrySet()) {
      b.append(e.getValue()).append(' ').append(e.getKey().spelling()).append(", ");
    }
    b.append(r.withoutDecision()).append(" without\n");
    if (!r.sinceClose().isEmpty()) {
      b.append("Result since close:\n");
      for (ResultSinceClose s : r.sinceClose()) {
        b.append("  - ").append(Terminal.line(s.keyResultId())).append(": ")
            .append(s.atClose().map(ReviewReport::two).orElse("n/a")).append(" at close ")
            .append(s.closedOn()).append(", ")
            .append(s.now().map(ReviewReport::two).orElse("n/a")).append(" now");
        if (s.lastCheckIn().isPresent()) {
          b.append(" (last check-in ").append(s.lastCheckIn().get()).append("): ")
              .append(s.held() ? "held" : "slipped");
        } else {
          b.append(": no check-in since the close");
        }
        b.append('\n');
      }
    }
    if (!r.kpis().isEmpty()) {
      b.append("KPIs:\n");
      for (KpiHealth k : r.kpis()) {
        b.append("  - ").append(Terminal.line(k.kpiId())).append(": ")
            .append(k.status().name().toLowerCase(Locale.ROOT)).append(k.stale() ? ", stale" : "")
            .append(" (").append(Terminal.line(k.reason())).append(")\n");
      }
    }
    return b.toString();
  }

  private static String share(Optional<BigDecimal> share) {
    return share.map(s -> " (" + two(s) + ")").orElse("");
  }

  static String two(BigDecimal v) {
    return v.setScale(2, ScoreRounding.MODE).toPlainString();
  }

  private static String signed(BigDecimal v) {
    return (v.signum() >= 0 ? "+" : "") + two(v);
  }
}
