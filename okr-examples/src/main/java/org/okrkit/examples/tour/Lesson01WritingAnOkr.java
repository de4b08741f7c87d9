package org.okrkit.examples.tour;

import java.io.PrintWriter;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;

/**
 * Lesson 1: an objective says what you want to achieve, in words that inspire; its key results
 * say how you will know, in numbers.
 */
public final class Lesson01WritingAnOkr implements Lesson {
  /** Builds the lesson's OKR: the customer-happiness example from the OKR literature. */
  static Objective customerHappiness() {
    return Objective.of(
        "cs",
        "Make happy customers the core of our growth",
        "2026-Q4",
        KeyResult.metric("cs-1", "Increase the customer satisfaction score from 4.1 to 4.8", 4.1, 4.8),
        KeyResult.metric("cs-2", "Increase quarterly recommendations from 120 to 150", 120, 150),
        KeyResult.metric("cs-3", "Improve gross margin from 35% to 38%", 35, 38).withUnit("%"));
  }

  @Override
  public String title() {
    return "Writing an objective and its key results";
  }

  @Override
  public void run(PrintWriter out) {
    Objective o = customerHappiness();
    out.println("An OKR has two parts that always travel together:");
    out.println("  - the OBJECTIVE: what we want to achieve, qualitative and inspiring, no numbers;");
    out.println("  - two to four KEY RESULTS: how we will know, each a number moving from a");
    out.println("    baseline (where we are) to a target (where we want to be).");
    out.println();
    out.println("Objective: " + o.title());
    for (KeyResult kr : o.keyResults()) {
      Target t = kr.target().orElseThrow();
      String unit = kr.unit().map(u -> u.equals("%") ? u : " " + u).orElse("");
      String from = Fmt.plain(kr.baseline().orElseThrow().value()) + unit;
      out.println(
          "  KR "
              + kr.id()
              + ": "
              + kr.title()
              + "   (baseline "
              + from
              + ", target "
              + Fmt.plain(t.value())
              + unit
              + ")");
    }
    out.println();
    out.println("In code, with OKR Kit:");
    out.println("  Objective.of(\"cs\", \"" + o.title() + "\", \"2026-Q4\",");
    out.println("      KeyResult.metric(\"cs-1\", \"Increase the customer satisfaction score from 4.1 to 4.8\", 4.1, 4.8),");
    out.println("      ...);");
    out.println();
    out.println("Notice: the objective alone says nothing measurable, and the key results alone");
    out.println("say nothing about why they matter. Together they are a goal you can believe in");
    out.println("and track. This objective has " + o.keyResults().size() + " key results, inside the usual 2 to 4.");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson01WritingAnOkr().run(out);
    out.flush();
  }
}
