package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.okrkit.examples.ExampleDocuments;
import org.okrkit.health.HealthAssessment;
import org.okrkit.health.HealthPolicy;
import org.okrkit.health.HealthReport;
import org.okrkit.health.NetConfidenceScore;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonException;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.rollup.RollupStrategy;
import org.okrkit.scoring.KeyResultScore;

/**
 * Lesson 10: how progress flows up a tree in practice (a value-sum cascade, an objective aligned
 * to a key result, a supporting objective that is shown but not counted, the weakest link), and
 * why a goal nobody has checked in on is never green.
 */
public final class Lesson10ProgressFlowsAndHealth implements Lesson {
  /** Week eight of Q4 2026. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  @Override
  public String title() {
    return "How progress flows up, and why silence is never green";
  }

  /** The bundled cascade: company revenue summed from the regions, a team aligned to a KR. */
  static OkrSet cascade() {
    try {
      return OkrJson.defaults().read(ExampleDocuments.text(ExampleDocuments.CASCADE_Q4));
    } catch (OkrJsonException e) {
      throw new IllegalStateException("the bundled cascade-q4.json does not read: " + e.getMessage(), e);
    }
  }

  private static KeyResultScore keyResult(ObjectiveRollup node, String id) {
    return node.ownScore().keyResultScores().stream()
        .filter(k -> k.keyResultId().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Override
  public void run(PrintWriter out) {
    OkrSet set = cascade();
    RollupResult mean = Rollup.defaults().compute(set, AS_OF);
    ObjectiveRollup grow = mean.node("grow").orElseThrow();

    out.println("1. A VALUE-SUM CASCADE. Company revenue is nobody's check-in: it is the sum of");
    out.println("   the regions' revenue (\"sumOf\": [\"emea-1\", \"apac-1\"]), so it can never");
    out.println("   disagree with them:");
    KeyResultScore revenue = keyResult(grow, "grow-1");
    out.println("   grow-1 current " + revenue.current().map(Fmt::plain).orElse("n/a")
        + " (EMEA 800 + APAC 470) -> " + revenue.explanation());
    out.println();
    out.println("2. ALIGNED TO A KEY RESULT. Customer Success does not serve the objective as a");
    out.println("   whole but its retention key result (\"parentKeyResult\": \"grow-2\"): its");
    BigDecimal mixed =
        Rollup.contributions(grow.derivation()).stream()
            .filter(c -> c.id().equals("grow-2"))
            .findFirst()
            .orElseThrow()
            .score();
    out.println("   roll-up " + Fmt.two(mean.node("success").orElseThrow().rollup())
        + " and grow-2's own score " + Fmt.two(keyResult(grow, "grow-2").score())
        + " mix to " + Fmt.two(mixed) + ", and the objective");
    out.println("   counts grow-2 at " + Fmt.two(mixed) + ": the team's work moves the number it serves.");
    out.println();
    out.println("3. SUPPORT IS SHOWN, NOT COUNTED. Marketing's brand objective supports growth");
    out.println("   (\"link\": \"support\"): the derivation names it and leaves it out.");
    out.println("   grow: " + grow.explanation());
    out.println();
    ObjectiveRollup weakest =
        Rollup.defaults().withStrategy(RollupStrategy.weakestLink()).compute(set, AS_OF)
            .node("grow").orElseThrow();
    out.println("4. THE STRATEGY IS A CHOICE. The weighted mean says " + Fmt.two(grow.rollup())
        + "; the weakest link, for");
    out.println("   goals only as strong as their weakest part, says " + Fmt.two(weakest.rollup())
        + ":");
    out.println("   grow: " + weakest.explanation());
    out.println();
    out.println("5. SILENCE IS NEVER GREEN. Health is decided by the first rule that matches:");
    out.println("   closed, then stale (no check-in within the cadence: weekly + 3 days grace),");
    out.println("   then done, then pace. A stale key result makes its objective stale too,");
    out.println("   whatever its score:");
    HealthReport health = HealthPolicy.defaults().assess(set, mean);
    for (ObjectiveRollup node : mean.nodes()) {
      HealthAssessment h = health.objective(node);
      out.println("   " + node.objectiveId() + ": " + h.health().code() + " (" + h.detail() + ")");
    }
    out.println();
    NetConfidenceScore ncs = NetConfidenceScore.ofSubtree(grow);
    out.println("6. NET CONFIDENCE SCORE. The owners' own confidence, counted: "
        + ncs.onTrack() + " of " + ncs.rated() + " rated key results");
    out.println("   are on track by confidence (>= 0.7), " + ncs.offTrack() + " off track (< 0.4): NCS "
        + ncs.score().toPlainString() + " (" + ncs.unrated() + " without a confidence).");
    out.println("   A score says where we are; confidence says where the owners think we will end.");
    out.println("   (The owners gave it out of 10: the document's \"scoring\" says \"confidenceScale\": \"0-10\",");
    out.println("   so a 7 counts as 0.7, and okr score shows both: confidence 0.70 (7).)");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson10ProgressFlowsAndHealth().run(out);
    out.flush();
  }
}
