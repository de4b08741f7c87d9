package org.okrkit.examples.report;

import java.math.BigDecimal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.examples.view.GradeLegend;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreView.KeyResultView;
import org.okrkit.examples.view.ScoreView.ObjectiveView;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.Outcome;
import org.okrkit.model.Target;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.GradeScale;
import org.okrkit.scoring.ScoreRounding;

/**
 * Renders a {@link ScoreView} as the indented text tree of {@code okr score}: each objective with
 * its score, roll-up, grade and pacing status, each key result with a text progress bar, children
 * indented under the objective they align to. Line breaks and control characters in the
 * document's strings are shown escaped ({@link Terminal#line}), so every line stays one line.
 */
public final class TextReport {
  /** Characters of a progress bar at 1.0. */
  static final int BAR_WIDTH = 20;

  private static final String INDENT = "    ";

  private TextReport() {}

  /** The whole tree as text, one line per objective or key result, ending in a newline. */
  public static String render(ScoreView view) {
    StringWriter w = new StringWriter(4096);
    PrintWriter out = new PrintWriter(w);
    render(view, out);
    out.flush();
    return w.toString();
  }

  /** Below this many characters the text waits in memory; at it, it goes out and is flushed. */
  private static final int CHUNK = 1 << 16;

  /**
   * The text of {@link #render(ScoreView)}, written to {@code out} as it is made: the header
   * flushed before the first objective is read, then every 64 K characters: the first objectives of a million-key-result organisation are on the
   * screen while the rest are written, and the text is never one string.
   *
   * @param view the scored document
   * @param out where the text goes
   */
  public static void render(ScoreView view, PrintWriter out) {
    StringBuilder b = new StringBuilder(CHUNK + 4096);
    b.append(Terminal.line(view.title()));
    view.cycle().ifPresent(c -> b.append(" (").append(c.start()).append(" to ").append(c.end()).append(')'));
    b.append(", as of ").append(view.asOf());
    view.cycle().ifPresent(c -> b.append(": ").append(dayOf(c, view)));
    b.append("\n");
    b.append("Roll-up: ").append(view.rollup()).append(".\n");
    // the header goes out before the objectives are made (a streaming view scores the set when
    // its first objective is read)
    out.append(b);
    out.flush();
    b.setLength(0);
    if (view.objectives().isEmpty()) {
      b.append("\n(no objectives)\n");
    }
    for (ObjectiveView o : view.objectives()) {
      objective(b, o, view);
      if (b.length() >= CHUNK) {
        out.append(b);
        out.flush();
        b.setLength(0);
      }
    }
    b.append('\n');
    view.expectedProgress()
        .ifPresent(
            e ->
                b.append("Expected by now: ")
                    .append(e.setScale(2, ScoreRounding.MODE).toPlainString())
                    .append(" (straight-line pace through the cycle). "));
    b.append("Grades: ").append(GradeLegend.of(view.grades())).append(".\n");
    view.netConfidence()
        .ifPresent(
            n ->
                b.append("Net Confidence Score: ")
                    .append(n.setScale(0, RoundingMode.HALF_UP).toPlainString())
                    .append(" (% of key results at confidence 0.7 or more minus % below 0.4).\n"));
    out.append(b);
    out.flush();
  }

  private static String dayOf(Cycle c, ScoreView view) {
    long day = ChronoUnit.DAYS.between(c.start(), c.clamp(view.asOf())) + 1;
    return "day " + day + " of " + c.lengthInDays();
  }

  private static void objective(StringBuilder b, ObjectiveView v, ScoreView view) {
    GradeScale grades = view.grades();
    Objective o = v.objective();
    String pad = INDENT.repeat(Math.min(v.depth(), 40));
    b.append('\n').append(pad).append(Terminal.line(o.id())).append("  ").append(Terminal.line(o.title()));
    StringBuilder facts = new StringBuilder();
    o.level().ifPresent(l -> facts.append(l.name().toLowerCase(Locale.ROOT)).append(", "));
    o.owner().ifPresent(w -> facts.append(Terminal.line(w)).append(", "));
    facts.append(o.type().name().toLowerCase(Locale.ROOT));
    b.append("  (").append(facts).append(")\n");
    b.append(pad)
        .append("  score ")
        .append(bar(v.score()))
        .append(' ')
        .append(number(v.score(), grades))
        .append("  roll-up ")
        .append(number(v.rollup(), grades));
    v.grade().ifPresent(g -> b.append("  ").append(g));
    Optional<String> shown = v.health().isPresent() ? v.health() : v.status();
    shown.ifPresent(s -> b.append("  ").append(s.toLowerCase(Locale.ROOT).replace('_', ' ')));
    v.confidence()
        .ifPresent(
            c -> {
              b.append("  confidence ").append(c.setScale(2, RoundingMode.HALF_UP).toPlainString());
              if (!v.confidenceTrend().equals("unknown")) {
                b.append(' ').append(v.confidenceTrend());
              }
            });
    b.append('\n');
    o.close().ifPresent(c -> b.append(pad).append("  ").append(Terminal.line(closeLine(c))).append('\n'));
    for (KeyResultView k : v.keyResults()) {
      List<HtmlReport.Anchor> anchors = HtmlReport.anchors(k.keyResult());
      b.append(pad)
          .append("  - ")
          .append(bar(k.score(), anchors))
          .append(' ')
          .append(number(k.score(), grades))
          .append("  ")
          .append(Terminal.line(k.keyResult().id()))
          .append("  ")
          .append(Terminal.line(k.keyResult().title()));
      String levels = levels(k, anchors);
      k.current()
          .ifPresent(
              c -> {
                b.append(" (now ").append(c.toPlainString());
                k.keyResult().unit().filter(u -> !u.equals("score")).ifPresent(u -> b.append(u.equals("%") ? "" : " ").append(Terminal.line(u)));
                b.append(levels.isEmpty() ? "" : "; " + Terminal.line(levels)).append(')');
              });
      if (k.current().isEmpty() && !levels.isEmpty()) {
        b.append(" (").append(Terminal.line(levels)).append(')');
      }
      k.health()
          .ifPresent(h -> b.append("  ").append(h.replace('_', ' ')));
      k.staleSince().ifPresent(d -> b.append(" since ").append(d));
      k.confidence()
          .ifPresent(
              c -> {
                b.append("  confidence ").append(c.setScale(2, RoundingMode.HALF_UP).toPlainString());
                k.confidenceAsGiven().ifPresent(g -> b.append(" (").append(Terminal.line(g)).append(')'));
              });
      b.append('\n');
      for (Initiative in : view.set().initiativesFor(k.keyResult().id())) {
        b.append(pad).append("      > initiative ").append(Terminal.line(in.id())).append("  ")
            .append(Terminal.line(in.title())).append(" (").append(initiativeState(in))
            .append(")\n");
      }
    }
  }

  /**
   * The close-out in one line: when, the outcome and decision, and the computed grade beside the
   * adjusted one with its reason ({@code closed 2026-09-30: partially-achieved, keep; computed
   * 0.81, adjusted 0.70 (…)}); {@code reopened} when it has no date.
   */
  public static String closeLine(CloseOut c) {
    StringBuilder s = new StringBuilder();
    s.append(c.date().map(d -> "closed " + d).orElse("reopened")).append(": ")
        .append(c.outcome().map(Outcome::spelling).orElse("no outcome")).append(", ")
        .append(c.decision().map(Decision::spelling).orElse("no decision"));
    c.computedScore().ifPresent(x -> s.append("; computed ").append(number(Optional.of(x))));
    c.adjustedScore().ifPresent(x -> {
      s.append(", adjusted ").append(number(Optional.of(x)));
      c.adjustmentReason().ifPresent(r -> s.append(" (").append(r).append(')'));
    });
    return s.toString();
  }

  /** {@code active, 60%}: an initiative's status and progress. */
  public static String initiativeState(Initiative in) {
    String status = in.status().name().toLowerCase(Locale.ROOT);
    return in.progress()
        .map(p -> status + ", " + p.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%")
        .orElse(status);
  }

  /** A text progress bar such as {@code [############........]}; dashes when not scored. */
  public static String bar(Optional<BigDecimal> score) {
    return bar(score, List.of());
  }

  /**
   * {@link #bar(Optional)} with a {@code |} where each anchor below 1 sits ({@code
   * [######|#######.|.....]} for a stepped key result at 0.7 of the way: commit at 0.3, target
   * at 0.7).
   */
  static String bar(Optional<BigDecimal> score, List<HtmlReport.Anchor> anchors) {
    char[] cells = new char[BAR_WIDTH];
    if (score.isEmpty()) {
      java.util.Arrays.fill(cells, ' ');
    } else {
      BigDecimal s = score.get().max(BigDecimal.ZERO).min(BigDecimal.ONE);
      int filled = s.multiply(BigDecimal.valueOf(BAR_WIDTH)).setScale(0, ScoreRounding.MODE).intValueExact();
      for (int i = 0; i < BAR_WIDTH; i++) {
        cells[i] = i < filled ? '#' : '.';
      }
    }
    for (HtmlReport.Anchor a : anchors) {
      int at = a.score().multiply(BigDecimal.valueOf(BAR_WIDTH)).setScale(0, ScoreRounding.MODE).intValueExact();
      if (at > 0 && at < BAR_WIDTH) {
        cells[at] = '|';
      }
    }
    return "[" + new String(cells) + "]";
  }

  /**
   * What a key result is scored against beyond its value: a stepped target's levels ({@code
   * commit 130 · target 150 · stretch 180}), a band ({@code band 10 to 20 days}), the zone a zones
   * key result reached ({@code zone target}); empty for the rest.
   */
  static String levels(KeyResultView k, List<HtmlReport.Anchor> anchors) {
    KeyResult kr = k.keyResult();
    if (kr.kind() == KeyResultKind.ZONES) {
      return k.derivation()
          .filter(d -> d instanceof Derivation.Zones)
          .flatMap(d -> ((Derivation.Zones) d).zone())
          .map(z -> "zone " + z.name().toLowerCase(Locale.ROOT))
          .orElse("no zone yet");
    }
    Optional<Target> band = kr.target().filter(Target::isBand);
    if (band.isPresent()) {
      String unit = kr.unit().filter(u -> !u.equals("score")).map(u -> u.equals("%") ? "%" : " " + u).orElse("");
      return "band " + band.get().value().toPlainString() + " to "
          + band.get().upper().orElseThrow().toPlainString() + unit;
    }
    StringBuilder s = new StringBuilder();
    for (HtmlReport.Anchor a : anchors) {
      s.append(s.length() == 0 ? "" : " · ").append(a.label());
    }
    return s.toString();
  }

  /**
   * A score with two decimals, or more where two would contradict its grade ({@link
   * ScoreRounding}), or {@code n/a} when it is not defined.
   */
  static String number(Optional<BigDecimal> score) {
    return number(score, GradeScale.google());
  }

  /** {@link #number(Optional)} agreeing with {@code grades}. */
  static String number(Optional<BigDecimal> score, GradeScale grades) {
    return score.map(s -> ScoreRounding.format(s, grades)).orElse(" n/a");
  }
}
