package org.okrkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.okrkit.rollup.ObjectiveRollup;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.report.TextReport;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreView.KeyResultView;
import org.okrkit.examples.view.ScoreView.ObjectiveView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code okr score}: the objective tree with scores, roll-ups, grades and pacing. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Score every objective and key result as of a date and draw the alignment tree:"
          + " each objective with its score (the weighted mean of its key results), its roll-up"
          + " (including everything aligned beneath it), its grade (green from 0.7, yellow from"
          + " 0.4 to below 0.7, red below 0.4) and its pacing status; each key result with a"
          + " progress bar.",
      "Check-ins after the date are ignored. Structural errors are reported on standard error"
          + " and make the exit code 1; whatever can be scored still is."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:the document has structural errors (scores shown are partial)",
      "2:bad usage (a bad date), or the file is missing or unreadable"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  okr score okr-examples/src/main/resources/examples/acme-q4.json --as-of 2026-11-20",
      "  okr score my-okrs.json                  # as of today, clamped to the cycle",
      "  okr score my-okrs.json --json | jq '.objectives[] | {id, score, grade}'"
    })
final class ScoreCommand extends DocumentCommand {
  @Mixin ScoringOptions scoring = new ScoringOptions();
  @Mixin RollupOptions rollupOptions = new RollupOptions();

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Score as of this day (default: today, clamped to the document's cycle).")
  @Nullable LocalDate asOf;

  @Option(
      names = "--json",
      description =
          "Print JSON: {\"asOf\", \"rollupStrategy\", \"netConfidence\", \"objectives\": [...]},"
              + " each objective the roll-up as OkrJsonModule writes it (score, grade, rollup,"
              + " rollupStatus, keyResults, derivation, rollupDerivation...) plus status, health,"
              + " confidence and madeOf, each key result the module's score plus health and confidence; numbers"
              + " exact; health is one of not_started, on_track, at_risk, off_track, done, stale,"
              + " achieved, partially_achieved, missed, closed (see docs/json-format.md).")
  boolean json;

  @Override
  public Integer call() {
    // each objective's view is made as it is printed: the first lines of a million key results
    // come before the last objectives are made, and their views are never all held
    Scored scored = readAndScore(asOf, scoring.settings(), rollupOptions, true);
    // streamed as it is written: a million key results' tree is never held as one string
    try {
      if (json) {
        JsonOut.write(body(scored.view()), out());
      } else {
        TextReport.render(scored.view(), out());
      }
    } catch (IllegalArgumentException e) {
      out().flush();
      throw Views.cannotScore(file, e);
    }
    out().flush();
    return scored.exitCode();
  }

  /** The {@code --json} form of {@code view}. */
  static String json(ScoreView view) {
    return JsonOut.of(body(view));
  }

  /** What writes the {@code --json} form of {@code view}. */
  private static JsonOut.Body body(ScoreView view) {
    return g -> {
          g.writeStartObject();
          g.writeStringField("asOf", view.asOf().toString());
          g.writeStringField("rollupStrategy", view.rollup());
          JsonOut.number(g, "netConfidence", view.netConfidence());
          g.writeArrayFieldStart("objectives");
          for (ObjectiveView o : view.objectives()) {
            objective(g, o);
          }
          g.writeEndArray();
          g.writeEndObject();
        };
  }

  /**
   * One objective: its roll-up node as {@code OkrJsonModule} writes it (its key results the
   * module's key-result scores), with what the view adds at the end of the objective ({@code
   * status}, the pace of its own score as its grade is of it, {@code health}, {@code confidence},
   * {@code madeOf}) and of each key result ({@code health}, {@code
   * confidence}).
   */
  private static void objective(JsonGenerator g, ObjectiveView o) throws IOException {
    ObjectiveRollup node = o.node().orElseThrow(
        () -> new IllegalStateException("objective '" + o.objective().id() + "' has no roll-up"));
    Map<String, JsonOut.Body> more = new HashMap<>();
    more.put("", x -> {
      JsonOut.string(x, "status", o.status().map(ScoreCommand::lower));
      JsonOut.string(x, "health", o.health());
      JsonOut.number(x, "confidence", o.confidence());
      x.writeArrayFieldStart("madeOf");
      for (String item : o.madeOf()) {
        x.writeString(item);
      }
      x.writeEndArray();
    });
    for (int i = 0; i < o.keyResults().size(); i++) {
      KeyResultView k = o.keyResults().get(i);
      more.put("/keyResults/" + i, x -> {
        JsonOut.string(x, "health", k.health());
        JsonOut.number(x, "confidence", k.confidence());
      });
    }
    JsonOut.valueWith(g, node, more);
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
