package org.okrkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
          "Print JSON: {\"asOf\", \"rollupStrategy\", \"netConfidence\", \"objectives\": [{\"id\","
              + " \"title\", \"score\", \"rollup\", \"grade\", \"status\", \"health\","
              + " \"confidence\", \"madeOf\", \"keyResults\": [{\"id\", \"score\", \"current\","
              + " \"explanation\", \"health\", \"confidence\", \"derivation\"}], \"derivation\","
              + " \"rollupDerivation\"}]},"
              + " scores rounded to 4 decimals (more where 4 would contradict the grade); health is"
              + " one of not_started, on_track, at_risk, off_track, done, stale, achieved,"
              + " partially_achieved, missed, closed; a derivation is the structured why of a score"
              + " (see docs/cli.md).")
  boolean json;

  @Override
  public Integer call() {
    Scored scored = readAndScore(asOf, scoring.settings(), rollupOptions);
    out().print(json ? json(scored.view()) : TextReport.render(scored.view()));
    out().flush();
    return scored.exitCode();
  }

  /** The {@code --json} form of {@code view}. */
  static String json(ScoreView view) {
    return JsonOut.of(
        g -> {
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
        });
  }

  private static void objective(JsonGenerator g, ObjectiveView o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.objective().id());
    g.writeStringField("title", o.objective().title());
    JsonOut.score(g, "score", o.score());
    JsonOut.score(g, "rollup", o.rollup());
    JsonOut.string(g, "grade", lower(o.grade()));
    JsonOut.string(g, "status", lower(o.status()));
    JsonOut.string(g, "health", o.health());
    JsonOut.score(g, "confidence", o.confidence());
    g.writeArrayFieldStart("madeOf");
    for (String item : o.madeOf()) {
      g.writeString(item);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("keyResults");
    for (KeyResultView k : o.keyResults()) {
      g.writeStartObject();
      g.writeStringField("id", k.keyResult().id());
      JsonOut.score(g, "score", k.score());
      JsonOut.number(g, "current", k.current());
      g.writeStringField("explanation", k.explanation());
      JsonOut.string(g, "health", k.health());
      JsonOut.score(g, "confidence", k.confidence());
      DerivationJson.write(g, "derivation", k.derivation());
      g.writeEndObject();
    }
    g.writeEndArray();
    DerivationJson.write(g, "derivation", o.derivation());
    DerivationJson.write(g, "rollupDerivation", o.rollupDerivation());
    g.writeEndObject();
  }

  private static Optional<String> lower(Optional<String> s) {
    return s.map(x -> x.toLowerCase(Locale.ROOT));
  }
}
