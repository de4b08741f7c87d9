package org.okrkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okrkit.examples.view.GradeLegend;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreView.KeyResultView;
import org.okrkit.examples.view.ScoreView.ObjectiveView;
import java.util.List;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;
import org.okrkit.scoring.GradeScale;
import org.okrkit.scoring.ScoreRounding;

/**
 * Renders a {@link ScoreView} as one self-contained HTML page: the alignment tree with progress
 * bars in Google's grade colours (green from 0.7, yellow from 0.4, red below), and for every key
 * result an inline SVG chart of its check-ins against the expected pace line and the target.
 *
 * <p>The page loads nothing: no scripts, fonts, images or styles from anywhere, so it can be mailed,
 * archived or opened offline. It contains no JavaScript at all.
 */
public final class HtmlReport {
  /** Google's OKR grade colours, as used throughout the page. */
  static final String GREEN_HEX = "#0f9d58";

  static final String YELLOW_HEX = "#f4b400";
  static final String RED_HEX = "#db4437";
  static final String GREY_HEX = "#9aa0a6";

  private static final int CHART_WIDTH = 360;
  private static final int CHART_HEIGHT = 140;
  private static final int PAD_LEFT = 48;
  private static final int PAD_RIGHT = 12;
  private static final int PAD_TOP = 12;
  private static final int PAD_BOTTOM = 24;

  private HtmlReport() {}

  /** The whole page for {@code view}, as a string of HTML5. */
  public static String render(ScoreView view) {
    return render(view, Optional.empty());
  }

  /**
   * The whole page for {@code view}, with the quarter-end review section (score histogram and
   * grade counts as inline SVG) when {@code review} is present.
   */
  public static String render(ScoreView view, Optional<Review> review) {
    StringBuilder h = new StringBuilder(16_384);
    String title = "OKR report: " + view.title() + ", as of " + view.asOf();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(esc(view.title()))
        .append("</h1>\n<p class=\"meta\">");
    view.cycle()
        .ifPresent(
            c ->
                h.append("Cycle ")
                    .append(esc(c.name().orElse(c.id())))
                    .append(" (")
                    .append(c.start())
                    .append(" – ")
                    .append(c.end())
                    .append(") · "));
    h.append("as of <time datetime=\"")
        .append(view.asOf())
        .append("\">")
        .append(view.asOf())
        .append("</time>");
    view.cycle().ifPresent(c -> h.append(" · ").append(progressOfCycle(c, view.asOf())));
    view.expectedProgress()
        .ifPresent(
            e ->
                h.append(" · expected progress by now ")
                    .append(e.setScale(2, ScoreRounding.MODE).toPlainString()));
    h.append("</p>\n<p class=\"rollup-strategy\">Roll-up: ").append(esc(view.rollup())).append("</p>\n");
    summary(h, view);
    h.append("</header>\n<main>\n");
    tree(h, view);
    review.ifPresent(r -> ReviewSection.render(h, r));
    h.append("</main>\n<footer>Made with OKR Kit · grades: ")
        .append(legend(view.grades()))
        .append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The grade legend without gaps: green from 0.7, yellow from 0.4 to below 0.7, red below. */
  private static String legend(GradeScale grades) {
    if (grades.greenFrom().isEmpty() || grades.yellowFrom().isEmpty()) {
      return esc(GradeLegend.of(grades));
    }
    String green = esc(grades.greenFrom().get().toPlainString());
    String yellow = esc(grades.yellowFrom().get().toPlainString());
    return "<span class=\"grade green\">green from " + green + "</span> "
        + "<span class=\"grade yellow\">yellow from " + yellow + " to below " + green
        + "</span> <span class=\"grade red\">red below " + yellow + "</span>";
  }

  private static String progressOfCycle(Cycle c, LocalDate asOf) {
    long day = ChronoUnit.DAYS.between(c.start(), c.clamp(asOf)) + 1;
    return "day " + day + " of " + c.lengthInDays();
  }

  private static void summary(StringBuilder h, ScoreView view) {
    Map<Colour, Integer> counts = new EnumMap<>(Colour.class);
    for (ObjectiveView o : view.objectives()) {
      counts.merge(Colour.of(o.grade()), 1, Integer::sum);
    }
    h.append("<p class=\"summary\">")
        .append(view.objectives().size())
        .append(view.objectives().size() == 1 ? " objective" : " objectives");
    for (Colour c : Colour.values()) {
      Integer n = counts.get(c);
      if (n != null) {
        h.append(" · <span class=\"grade ")
            .append(c.css)
            .append("\">")
            .append(n)
            .append(' ')
            .append(c.css)
            .append("</span>");
      }
    }
    h.append("</p>\n");
  }

  /** Nested lists built from the tree-order depths; iterative, whatever the depth. */
  private static void tree(StringBuilder h, ScoreView view) {
    if (view.objectives().isEmpty()) {
      h.append("<p class=\"empty\">This document has no objectives yet.</p>\n");
      return;
    }
    h.append("<ul class=\"tree\">\n");
    int depth = 0;
    boolean first = true;
    for (ObjectiveView o : view.objectives()) {
      int d = o.depth();
      if (first) {
        first = false;
      } else if (d > depth) {
        for (int i = depth; i < d; i++) {
          h.append("<ul>\n");
        }
      } else {
        h.append("</li>\n");
        for (int i = d; i < depth; i++) {
          h.append("</ul>\n</li>\n");
        }
      }
      depth = d;
      objective(h, o, view);
    }
    h.append("</li>\n");
    for (int i = 0; i < depth; i++) {
      h.append("</ul>\n</li>\n");
    }
    h.append("</ul>\n");
  }

  private static void objective(StringBuilder h, ObjectiveView v, ScoreView view) {
    Objective o = v.objective();
    Colour colour = Colour.of(v.grade());
    h.append("<li class=\"objective\" id=\"objective-")
        .append(esc(o.id()))
        .append("\" data-grade=\"")
        .append(colour.css)
        .append("\">\n<section class=\"card ")
        .append(colour.css)
        .append("\">\n<div class=\"head\">");
    o.level()
        .ifPresent(
            l ->
                h.append("<span class=\"level\">")
                    .append(l.name().toLowerCase(Locale.ROOT))
                    .append("</span> "));
    h.append("<h2 class=\"title\">")
        .append(esc(o.title()))
        .append("</h2> <span class=\"type\">")
        .append(o.type().name().toLowerCase(Locale.ROOT))
        .append("</span></div>\n<p class=\"meta\">")
        .append(esc(o.id()));
    o.owner().ifPresent(owner -> h.append(" · owner ").append(esc(owner)));
    o.parent().ifPresent(p -> h.append(" · aligns to ").append(esc(p)));
    h.append("</p>\n<div class=\"scores\">");
    h.append("<span class=\"label\">score</span>");
    bar(h, v.score(), colour, view.grades());
    h.append("<span class=\"label\">roll-up</span>");
    bar(h, v.rollup(), Colour.of(v.grade()), view.grades());
    v.grade()
        .ifPresent(
            g ->
                h.append("<span class=\"grade ")
                    .append(colour.css)
                    .append("\">")
                    .append(esc(g.toLowerCase(Locale.ROOT)))
                    .append("</span>"));
    (v.health().isPresent() ? v.health() : v.status())
        .ifPresent(
            s ->
                h.append("<span class=\"status\">")
                    .append(esc(s.toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append("</span>"));
    v.confidence()
        .ifPresent(
            c ->
                h.append("<span class=\"confidence\">confidence ")
                    .append(c.setScale(2, RoundingMode.HALF_UP).toPlainString())
                    .append("</span>"));
    h.append("</div>\n");
    if (!v.madeOf().isEmpty()) {
      // Printable, hover-free: what the roll-up is made of, one item per line.
      h.append("<div class=\"made-of\"><span class=\"label\">made of</span><ul>");
      for (String item : v.madeOf()) {
        h.append("<li>").append(esc(item)).append("</li>");
      }
      h.append("</ul></div>\n");
    }
    o.close().ifPresent(c -> {
      h.append("<p class=\"close-out\">").append(esc(TextReport.closeLine(c))).append("</p>\n");
      c.retrospective().ifPresent(r -> h.append("<p class=\"retrospective\">")
          .append(esc(r)).append("</p>\n"));
    });
    if (v.keyResults().isEmpty()) {
      h.append("<p class=\"empty\">No key results yet: add two to four.</p>\n");
    }
    for (KeyResultView k : v.keyResults()) {
      keyResult(h, k, v, view);
    }
    h.append("</section>\n");
  }

  private static void keyResult(
      StringBuilder h, KeyResultView k, ObjectiveView owner, ScoreView view) {
    KeyResult kr = k.keyResult();
    Colour colour = Colour.of(k.score().map(s -> gradeOf(s, view.grades())));
    boolean stale = k.health().map(x -> x.equals("stale")).orElse(false);
    h.append("<div class=\"kr")
        .append(stale ? " stale" : "")
        .append("\" id=\"kr-")
        .append(esc(kr.id()))
        .append("\">\n<div class=\"kr-text\"><p class=\"kr-title\">")
        .append(esc(kr.title()));
    if (stale) {
      h.append(" <span class=\"stale-mark\">stale")
          .append(k.staleSince().map(d -> " since " + d).orElse(""))
          .append("</span>");
    }
    h.append("</p>\n<p class=\"meta\">")
        .append(esc(kr.id()))
        .append(" · ")
        .append(kr.kind().name().toLowerCase(Locale.ROOT));
    k.current()
        .ifPresent(
            c -> {
              h.append(" · now ").append(esc(c.toPlainString()));
              kr.unit()
                  .filter(u -> !u.equals("score"))
                  .ifPresent(u -> h.append(u.equals("%") ? "" : " ").append(esc(u)));
            });
    k.health()
        .filter(x -> !x.equals("stale"))
        .ifPresent(x -> h.append(" · ").append(esc(x.replace('_', ' '))));
    k.confidence()
        .ifPresent(
            c -> {
              h.append(" · confidence ").append(c.setScale(2, RoundingMode.HALF_UP).toPlainString());
              k.confidenceAsGiven().ifPresent(g -> h.append(" (").append(esc(g)).append(')'));
            });
    h.append("</p>\n<div class=\"scores\">");
    bar(h, k.score(), colour, view.grades(), anchors(kr));
    h.append("</div>\n<p class=\"explanation\">")
        .append(esc(k.explanation()))
        .append("</p>");
    List<Initiative> initiatives = view.set().initiativesFor(kr.id());
    if (!initiatives.isEmpty()) {
      h.append("\n<ul class=\"initiatives\">");
      for (Initiative in : initiatives) {
        h.append("<li class=\"initiative\" data-status=\"")
            .append(in.status().name().toLowerCase(Locale.ROOT)).append("\">initiative ")
            .append(esc(in.title())).append(" <span class=\"meta\">")
            .append(esc(in.id())).append(" · ").append(esc(TextReport.initiativeState(in)))
            .append("</span></li>");
      }
      h.append("</ul>");
    }
    h.append("</div>\n");
    Optional<Cycle> cycle = view.set().cycle(owner.objective().cycle()).or(view::cycle);
    Chart.render(h, kr, ChartData.of(kr, cycle, view.asOf()));
    h.append("</div>\n");
  }

  /** A level a key result's score passes on its way: a stepped level or a zone, with its score. */
  record Anchor(BigDecimal score, String label) {}

  private static final BigDecimal COMMIT_SCORE = new BigDecimal("0.3");
  private static final BigDecimal TARGET_SCORE = new BigDecimal("0.7");

  /**
   * The anchors a stepped or zones key result is scored on (commit 0.3, target 0.7 or 1 without
   * a stretch, stretch 1), for marks on its bar; none for other key results.
   */
  static List<Anchor> anchors(KeyResult kr) {
    List<Anchor> out = new ArrayList<>();
    if (kr.kind() == KeyResultKind.ZONES) {
      out.add(new Anchor(COMMIT_SCORE, "commit" + kr.zones().map(z -> ": " + z.commit()).orElse("")));
      out.add(new Anchor(TARGET_SCORE, "target" + kr.zones().map(z -> ": " + z.target()).orElse("")));
      out.add(new Anchor(BigDecimal.ONE, "stretch" + kr.zones().map(z -> ": " + z.stretch()).orElse("")));
      return out;
    }
    Optional<Target> t = kr.target().filter(Target::isStepped);
    if (t.isEmpty()) {
      return out;
    }
    String unit = kr.unit().map(u -> u.equals("%") ? "%" : " " + u).orElse("");
    t.get().commit().ifPresent(c -> out.add(new Anchor(COMMIT_SCORE, "commit " + c.toPlainString() + unit)));
    out.add(new Anchor(t.get().stretch().isPresent() ? TARGET_SCORE : BigDecimal.ONE,
        "target " + t.get().value().toPlainString() + unit));
    t.get().stretch().ifPresent(x -> out.add(new Anchor(BigDecimal.ONE, "stretch " + x.toPlainString() + unit)));
    return out;
  }

  private static void bar(
      StringBuilder h, Optional<BigDecimal> score, Colour colour, GradeScale grades) {
    bar(h, score, colour, grades, List.of());
  }

  private static void bar(
      StringBuilder h, Optional<BigDecimal> score, Colour colour, GradeScale grades,
      List<Anchor> anchors) {
    if (score.isEmpty()) {
      h.append("<span class=\"bar none\" title=\"not scored yet\"></span>")
          .append("<span class=\"num\">–</span>");
      return;
    }
    BigDecimal s = score.get();
    BigDecimal pct =
        s.max(BigDecimal.ZERO).min(BigDecimal.ONE).movePointRight(2).setScale(1, ScoreRounding.MODE);
    String shown = ScoreRounding.format(s, grades);
    h.append("<span class=\"bar\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"1\"")
        .append(" aria-valuenow=\"")
        .append(shown)
        .append("\"><span class=\"fill ")
        .append(colour.css)
        .append("\" style=\"width:")
        .append(pct.toPlainString())
        .append("%\"></span>");
    for (Anchor a : anchors) {
      // an anchor at 1 is the bar's end: its title is on the bar's last pixel
      BigDecimal at = a.score().movePointRight(2).min(new BigDecimal("99"));
      h.append("<span class=\"anchor\" style=\"left:")
          .append(at.stripTrailingZeros().toPlainString())
          .append("%\" title=\"")
          .append(esc(a.label() + " → " + ScoreRounding.format(a.score(), grades)))
          .append("\"></span>");
    }
    h.append("</span><span class=\"num\">")
        .append(shown)
        .append("</span>");
  }

  /** The colour of a key result's score, from the scoring library's grade scale. */
  private static String gradeOf(BigDecimal score, GradeScale grades) {
    return grades.grade(score).name();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A grade as a CSS class; the colours themselves are in the page's CSS variables. */
  enum Colour {
    GREEN("green"),
    YELLOW("yellow"),
    RED("red"),
    NONE("none");

    final String css;

    Colour(String css) {
      this.css = css;
    }

    static Colour of(Optional<String> grade) {
      if (grade.isEmpty()) {
        return NONE;
      }
      return switch (grade.get().toUpperCase(Locale.ROOT)) {
        case "GREEN" -> GREEN;
        case "YELLOW" -> YELLOW;
        case "RED" -> RED;
        default -> NONE;
      };
    }
  }

  /** The inline SVG chart of one key result. */
  static final class Chart {
    private Chart() {}

    static void render(StringBuilder h, KeyResult kr, ChartData data) {
      int w = CHART_WIDTH;
      int hgt = CHART_HEIGHT;
      h.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
          .append(w)
          .append("\" height=\"")
          .append(hgt)
          .append("\" viewBox=\"0 0 ")
          .append(w)
          .append(' ')
          .append(hgt)
          .append("\" role=\"img\" aria-label=\"")
          .append(esc("check-ins of " + kr.id() + " against the expected pace and the target"))
          .append("\">\n<title>")
          .append(esc(kr.title()))
          .append("</title>\n");
      double x0 = PAD_LEFT;
      double x1 = w - PAD_RIGHT;
      double y0 = hgt - PAD_BOTTOM;
      double y1 = PAD_TOP;
      h.append("<rect class=\"plot\" x=\"")
          .append(n(x0))
          .append("\" y=\"")
          .append(n(y1))
          .append("\" width=\"")
          .append(n(x1 - x0))
          .append("\" height=\"")
          .append(n(y0 - y1))
          .append("\"/>\n");
      // the good side of a threshold, shaded
      if (data.bound != null) {
        double yb = data.y(data.bound, y0, y1);
        // a band's good zone is between its bounds; a bound's, everything on its good side
        double top = data.bandTop != null ? data.y(data.bandTop, y0, y1) : data.boundIsFloor ? y1 : yb;
        double bottom = data.boundIsFloor ? yb : y0;
        h.append(data.bandTop != null ? "<rect class=\"good-zone band\" x=\"" : "<rect class=\"good-zone\" x=\"")
            .append(n(x0))
            .append("\" y=\"")
            .append(n(top))
            .append("\" width=\"")
            .append(n(x1 - x0))
            .append("\" height=\"")
            .append(n(Math.max(0, bottom - top)))
            .append("\"/>\n");
      }
      if (data.bandTop != null) {
        label(h, x1 - 2, data.y(data.bandTop, y0, y1) + 11, "end", data.targetLabel);
      }
      // a stepped target's commit and stretch, a zones key result's commit and stretch zones
      for (ChartData.Level l : data.levels) {
        double yl = data.y(l.value(), y0, y1);
        h.append("<line class=\"level\" x1=\"")
            .append(n(x0))
            .append("\" y1=\"")
            .append(n(yl))
            .append("\" x2=\"")
            .append(n(x1))
            .append("\" y2=\"")
            .append(n(yl))
            .append("\"><title>")
            .append(esc(l.label()))
            .append("</title></line>\n");
        label(h, x1 - 2, yl - 3, "end", l.label());
      }
      // y labels: bottom, top, and the target
      label(h, x0 - 4, y0 + 4, "end", data.format(data.min));
      label(h, x0 - 4, y1 + 8, "end", data.format(data.max));
      // x labels: first and last day
      label(h, x0, hgt - 6, "start", data.from.toString());
      label(h, x1, hgt - 6, "end", data.to.toString());
      if (data.target != null) {
        double yt = data.y(data.target, y0, y1);
        h.append("<line class=\"target\" x1=\"")
            .append(n(x0))
            .append("\" y1=\"")
            .append(n(yt))
            .append("\" x2=\"")
            .append(n(x1))
            .append("\" y2=\"")
            .append(n(yt))
            .append("\"><title>")
            .append(esc(data.targetLabel))
            .append("</title></line>\n");
        label(h, x1 - 2, yt - 3, "end", data.targetLabel);
      }
      if (data.paceFrom != null && data.paceTo != null) {
        h.append("<line class=\"pace\" x1=\"")
            .append(n(data.x(data.paceStart, x0, x1)))
            .append("\" y1=\"")
            .append(n(data.y(data.paceFrom, y0, y1)))
            .append("\" x2=\"")
            .append(n(data.x(data.paceEnd, x0, x1)))
            .append("\" y2=\"")
            .append(n(data.y(data.paceTo, y0, y1)))
            .append("\"><title>expected pace</title></line>\n");
      }
      double xa = data.x(data.asOf, x0, x1);
      h.append("<line class=\"asof\" x1=\"")
          .append(n(xa))
          .append("\" y1=\"")
          .append(n(y1))
          .append("\" x2=\"")
          .append(n(xa))
          .append("\" y2=\"")
          .append(n(y0))
          .append("\"><title>as of ")
          .append(data.asOf)
          .append("</title></line>\n");
      if (data.points.isEmpty()) {
        label(h, (x0 + x1) / 2, (y0 + y1) / 2, "middle", "no check-ins yet");
      } else {
        StringBuilder pts = new StringBuilder();
        for (ChartData.Point p : data.points) {
          pts.append(n(data.x(p.date(), x0, x1)))
              .append(',')
              .append(n(data.y(p.value(), y0, y1)))
              .append(' ');
        }
        h.append("<polyline class=\"actual\" points=\"")
            .append(pts.toString().trim())
            .append("\"/>\n");
        for (ChartData.Point p : data.points) {
          h.append("<circle class=\"checkin\" cx=\"")
              .append(n(data.x(p.date(), x0, x1)))
              .append("\" cy=\"")
              .append(n(data.y(p.value(), y0, y1)))
              .append("\" r=\"3\"><title>")
              .append(esc(p.label()))
              .append("</title></circle>\n");
        }
      }
      h.append("</svg>\n");
    }

    private static void label(StringBuilder h, double x, double y, String anchor, String text) {
      h.append("<text x=\"")
          .append(n(x))
          .append("\" y=\"")
          .append(n(y))
          .append("\" text-anchor=\"")
          .append(anchor)
          .append("\">")
          .append(esc(text))
          .append("</text>\n");
    }

    /** SVG coordinates: fixed one decimal, a dot whatever the default locale. */
    private static String n(double v) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
  }

  private static final String CSS =
      String.join(
          "\n",
          ":root { --green: " + GREEN_HEX + "; --yellow: " + YELLOW_HEX + "; --red: " + RED_HEX + ";",
          "  --grey: " + GREY_HEX + "; --ink: #202124; --muted: #5f6368; --line: #dadce0; }",
          "* { box-sizing: border-box; }",
          "body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial,"
              + " sans-serif; color: var(--ink); margin: 0 auto; max-width: 1100px;"
              + " padding: 24px; background: #f8f9fa; }",
          "h1 { margin: 0 0 4px; font-size: 26px; }",
          "h2 { display: inline; font-size: 17px; margin: 0; }",
          ".meta { color: var(--muted); font-size: 13px; margin: 2px 0 6px; }",
          ".summary { font-size: 14px; }",
          "ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 0; }",
          "ul.tree ul { padding-left: 28px; border-left: 2px solid var(--line);"
              + " margin-left: 14px; }",
          "li.objective { margin: 12px 0; }",
          ".card { background: #fff; border: 1px solid var(--line); border-left: 6px solid"
              + " var(--grey); border-radius: 8px; padding: 12px 16px; }",
          ".card.green { border-left-color: var(--green); }",
          ".card.yellow { border-left-color: var(--yellow); }",
          ".card.red { border-left-color: var(--red); }",
          ".level, .type { font-size: 11px; text-transform: uppercase; letter-spacing: .05em;"
              + " color: var(--muted); border: 1px solid var(--line); border-radius: 10px;"
              + " padding: 1px 8px; vertical-align: middle; }",
          ".scores { display: flex; align-items: center; gap: 8px; flex-wrap: wrap;"
              + " font-size: 13px; }",
          ".label { color: var(--muted); }",
          ".bar { display: inline-block; width: 160px; height: 10px; background: #e8eaed;"
              + " border-radius: 5px; overflow: hidden; position: relative; }",
          ".bar .anchor { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px;"
              + " background: var(--ink); opacity: .55; }",
          ".bar.none { background: repeating-linear-gradient(45deg, #e8eaed, #e8eaed 4px,"
              + " #f1f3f4 4px, #f1f3f4 8px); }",
          ".fill { display: block; height: 100%; background: var(--grey); }",
          ".fill.green { background: var(--green); } .fill.yellow { background: var(--yellow); }",
          ".fill.red { background: var(--red); }",
          ".num { font-variant-numeric: tabular-nums; min-width: 2.5em; }",
          ".grade { font-weight: 600; border-radius: 10px; padding: 1px 8px; color: #fff;"
              + " background: var(--grey); font-size: 12px; }",
          ".grade.green { background: var(--green); } .grade.yellow { background: var(--yellow);"
              + " color: var(--ink); } .grade.red { background: var(--red); }",
          ".status { font-size: 12px; color: var(--muted); font-style: italic; }",
          ".confidence { font-size: 12px; color: var(--muted); margin-left: 8px; }",
          ".made-of { font-size: 12px; color: var(--muted); margin: 4px 0; }",
          ".made-of ul { margin: 2px 0 0 16px; padding: 0; }",
          ".stale-mark { font-size: 11px; font-weight: 600; color: #b45309; border: 1px solid #b45309;"
              + " border-radius: 3px; padding: 0 4px; margin-left: 6px; }",
          ".kr { display: flex; gap: 16px; align-items: flex-start; border-top: 1px solid"
              + " var(--line); margin-top: 10px; padding-top: 10px; flex-wrap: wrap; }",
          ".kr-text { flex: 1 1 380px; }",
          ".kr-title { margin: 0; font-weight: 500; }",
          ".explanation { font-size: 12px; color: var(--muted); font-family: ui-monospace,"
              + " 'SFMono-Regular', Menlo, Consolas, monospace; white-space: pre-wrap; }",
          ".empty { color: var(--muted); font-style: italic; }",
          "svg.chart { flex: 0 0 auto; background: #fff; }",
          "svg.chart text { font-size: 10px; fill: var(--muted); }",
          "svg.chart .plot { fill: #fcfcfd; stroke: var(--line); }",
          "svg.chart .good-zone { fill: var(--green); opacity: .10; }",
          "svg.chart .good-zone.band { opacity: .18; }",
          "svg.chart .level { stroke: var(--muted); stroke-width: 1; stroke-dasharray: 1 3; }",
          "svg.chart .target { stroke: var(--green); stroke-width: 1.5; stroke-dasharray: 2 3; }",
          "svg.chart .pace { stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 6 4; }",
          "svg.chart .asof { stroke: #4285f4; stroke-width: 1; opacity: .6; }",
          "svg.chart .actual { fill: none; stroke: #4285f4; stroke-width: 2; }",
          "svg.chart .checkin { fill: #fff; stroke: #4285f4; stroke-width: 2; }",
          ".close-out { font-size: 13px; margin: 6px 0; }",
          ".retrospective { font-size: 13px; color: var(--muted); border-left: 3px solid"
              + " var(--line); padding-left: 8px; }",
          ".initiatives { list-style: none; padding-left: 12px; margin: 4px 0; font-size: 12px; }",
          ".initiative::before { content: '\\21B3 '; color: var(--muted); }",
          ".review { margin-top: 24px; }",
          ".review-charts { display: flex; gap: 24px; flex-wrap: wrap; }",
          ".review-facts { font-size: 13px; }",
          ".adjustments { font-size: 13px; border-collapse: collapse; }",
          ".adjustments td, .adjustments th { border: 1px solid var(--line); padding: 2px 6px; }",
          "footer { margin-top: 32px; color: var(--muted); font-size: 12px; }",
          "");
}
