package org.okrkit.examples.report;

import org.okrkit.scoring.ScoreRounding;
import java.util.Locale;
import java.util.Map;
import org.okrkit.lifecycle.ClosedGrade;
import org.okrkit.lifecycle.Movement;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.Decision;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.GradeScale;
import org.okrkit.scoring.KpiHealth;

/**
 * The review section of the HTML report: the objective-score histogram and the grade counts as
 * inline SVG bar charts (no script, no external resource), then the review's key numbers.
 */
final class ReviewSection {
  private static final int WIDTH = 360;
  private static final int HEIGHT = 140;
  private static final int PAD = 24;

  private ReviewSection() {}

  static void render(StringBuilder h, Review r) {
    h.append("<section class=\"review\" id=\"review\">\n<h2>Quarter-end review: ")
        .append(HtmlReport.esc(r.scope())).append("</h2>\n<div class=\"review-charts\">\n");
    histogram(h, r);
    grades(h, r);
    h.append("</div>\n<ul class=\"review-facts\">\n");
    fact(h, "Aspirational in the 0.6–0.7 sweet spot", r.aspirationalInSweetSpot() + " of "
        + r.aspirational() + r.sweetSpotShare().map(s -> " (" + ReviewReport.two(s) + ")").orElse(""));
    fact(h, "Committed fully delivered", r.committedDelivered() + " of " + r.committed()
        + r.committedDeliveredShare().map(s -> " (" + ReviewReport.two(s) + ")").orElse(""));
    fact(h, "Average starting confidence",
        r.averageStartingConfidence().map(ReviewReport::two).orElse("n/a"));
    fact(h, "Sandbagging signals", r.sandbagging().isEmpty() ? "none" : String.join("; ", r.sandbagging()));
    fact(h, "Tracking", r.stale() + " stale, " + r.neverCheckedIn() + " never checked in");
    StringBuilder moved = new StringBuilder();
    for (Movement m : r.leastMoved()) {
      moved.append(moved.length() == 0 ? "" : ", ").append(m.keyResultId()).append(" ")
          .append(ReviewReport.two(m.moved()));
    }
    fact(h, "Moved least", moved.length() == 0 ? "n/a" : moved.toString());
    StringBuilder outcomes = new StringBuilder();
    for (Map.Entry<Outcome, Integer> e : r.outcomes().entrySet()) {
      outcomes.append(e.getValue()).append(' ').append(e.getKey().spelling()).append(", ");
    }
    fact(h, "Outcomes", outcomes + String.valueOf(r.withoutOutcome()) + " without");
    StringBuilder decisions = new StringBuilder();
    for (Map.Entry<Decision, Integer> e : r.decisions().entrySet()) {
      decisions.append(e.getValue()).append(' ').append(e.getKey().spelling()).append(", ");
    }
    fact(h, "Decisions", decisions + String.valueOf(r.withoutDecision()) + " without");
    h.append("</ul>\n");
    if (!r.adjustments().isEmpty()) {
      h.append("<table class=\"adjustments\">\n<caption>Computed vs adjusted grades</caption>\n")
          .append("<tr><th>id</th><th>computed</th><th>adjusted</th><th>reason</th></tr>\n");
      for (ClosedGrade g : r.adjustments()) {
        h.append("<tr><td>").append(HtmlReport.esc(g.id())).append("</td><td>")
            .append(g.computed().map(ReviewReport::two).orElse("n/a")).append("</td><td>")
            .append(ScoreRounding.format(g.adjusted().orElseThrow())).append("</td><td>")
            .append(HtmlReport.esc(g.adjustmentReason().orElse(""))).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!r.kpis().isEmpty()) {
      h.append("<ul class=\"kpis\">\n");
      for (KpiHealth k : r.kpis()) {
        h.append("<li class=\"kpi ").append(k.status().name().toLowerCase(Locale.ROOT))
            .append("\"><b>").append(HtmlReport.esc(k.kpiId())).append("</b> ")
            .append(k.status().name().toLowerCase(Locale.ROOT)).append(k.stale() ? ", stale" : "")
            .append(": ").append(HtmlReport.esc(k.reason())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    h.append("</section>\n");
  }

  private static void fact(StringBuilder h, String label, String value) {
    h.append("<li><span class=\"label\">").append(HtmlReport.esc(label)).append("</span> ")
        .append(HtmlReport.esc(value)).append("</li>\n");
  }

  private static void histogram(StringBuilder h, Review r) {
    int max = 1;
    for (int n : r.histogram()) {
      max = Math.max(max, n);
    }
    h.append("<svg class=\"histogram\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" aria-label=\"Objective scores in ten bins of 0.1\">\n<title>Objective scores"
            + "</title>\n");
    double slot = (WIDTH - 2.0 * PAD) / 10;
    double plot = HEIGHT - 2.0 * PAD;
    for (int i = 0; i < 10; i++) {
      int n = r.histogram().get(i);
      double bar = plot * n / max;
      double x = PAD + i * slot;
      // each bin in the colour its lowest score is graded, on the default (Google) scale
      String colour = hex(GradeScale.google().grade(java.math.BigDecimal.valueOf(i, 1)));
      h.append("<rect class=\"bin\" data-bin=\"").append(i).append("\" data-count=\"").append(n)
          .append("\" x=\"").append(n(x + 2)).append("\" y=\"").append(n(PAD + plot - bar))
          .append("\" width=\"").append(n(slot - 4)).append("\" height=\"").append(n(bar))
          .append("\" fill=\"").append(colour).append("\"><title>")
          .append(String.format(Locale.ROOT, "%.1f–%.1f: %d", i / 10.0, (i + 1) / 10.0, n))
          .append("</title></rect>\n");
      if (i % 2 == 0) {
        h.append("<text x=\"").append(n(x)).append("\" y=\"").append(HEIGHT - 6)
            .append("\" font-size=\"10\">").append(String.format(Locale.ROOT, "%.1f", i / 10.0))
            .append("</text>\n");
      }
    }
    h.append("<text x=\"").append(WIDTH - PAD - 10).append("\" y=\"").append(HEIGHT - 6)
        .append("\" font-size=\"10\">1.0</text>\n</svg>\n");
  }

  private static void grades(StringBuilder h, Review r) {
    int max = 1;
    for (int n : r.grades().values()) {
      max = Math.max(max, n);
    }
    h.append("<svg class=\"grade-counts\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\" aria-label=\"Objectives per grade\">\n<title>Objectives per grade</title>\n");
    double row = (HEIGHT - 2.0 * PAD) / 3;
    int i = 0;
    for (Map.Entry<Grade, Integer> e : r.grades().entrySet()) {
      String name = e.getKey().name().toLowerCase(Locale.ROOT);
      String colour = hex(e.getKey());
      double y = PAD + i * row;
      double bar = (WIDTH - 3.0 * PAD - 40) * e.getValue() / max;
      h.append("<text x=\"4\" y=\"").append(n(y + row * 0.65)).append("\" font-size=\"11\">")
          .append(name).append("</text>\n<rect class=\"grade-bar\" data-grade=\"").append(name)
          .append("\" data-count=\"").append(e.getValue()).append("\" x=\"56\" y=\"")
          .append(n(y + 2)).append("\" width=\"").append(n(bar)).append("\" height=\"")
          .append(n(row - 4)).append("\" fill=\"").append(colour).append("\"></rect>\n<text x=\"")
          .append(n(60 + bar)).append("\" y=\"").append(n(y + row * 0.65))
          .append("\" font-size=\"11\">").append(e.getValue()).append("</text>\n");
      i++;
    }
    h.append("</svg>\n");
  }

  private static String hex(Grade g) {
    return switch (g) {
      case GREEN -> HtmlReport.GREEN_HEX;
      case YELLOW -> HtmlReport.YELLOW_HEX;
      case RED -> HtmlReport.RED_HEX;
    };
  }

  private static String n(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
