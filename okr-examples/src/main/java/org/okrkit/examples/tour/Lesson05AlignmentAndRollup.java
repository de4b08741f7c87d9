package org.okrkit.examples.tour;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;

/**
 * Lesson 5: objectives align into a tree, company at the top, departments and teams beneath; a
 * roll-up summarises how a whole branch is doing.
 */
public final class Lesson05AlignmentAndRollup implements Lesson {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final LocalDate CHECK_IN = LocalDate.of(2026, 11, 19);

  @Override
  public String title() {
    return "A company, department and team alignment tree and its roll-up";
  }

  private static KeyResult kr(String id, String title, double from, double to, double now) {
    return KeyResult.metric(id, title, from, to).plusCheckIn(CheckIn.of(CHECK_IN, now));
  }

  /** The lesson's organisation: one company objective, two departments, one team. */
  static OkrSet organisation() {
    Cycle q4 = Cycle.quarter(2026, 4);
    Objective company =
        Objective.of(
                "acme",
                "Become the home robot our customers recommend first",
                q4.id(),
                kr("acme-1", "Lift net promoter score from 31 to 45", 31, 45, 38))
            .withLevel(Level.COMPANY)
            .withOwner("CEO");
    Objective engineering =
        Objective.of(
                "eng",
                "Make our robots boringly reliable",
                q4.id(),
                kr("eng-1", "Reduce crashes per 1,000 sessions from 4.0 to 1.0", 4.0, 1.0, 2.2),
                kr("eng-2", "Cut open P1 bugs from 38 to 10", 38, 10, 24))
            .withLevel(Level.DEPARTMENT)
            .withOwner("Engineering")
            .withParent("acme");
    Objective firmware =
        Objective.of(
                "fw",
                "Ship firmware updates nobody notices",
                q4.id(),
                kr("fw-1", "Reduce failed over-the-air updates from 2.5% to 0.5%", 2.5, 0.5, 0.9))
            .withLevel(Level.TEAM)
            .withOwner("Firmware team")
            .withParent("eng");
    Objective success =
        Objective.of(
                "cs",
                "Make happy customers the core of our growth",
                q4.id(),
                kr("cs-1", "Increase the customer satisfaction score from 4.1 to 4.8", 4.1, 4.8, 4.45))
            .withLevel(Level.DEPARTMENT)
            .withOwner("Customer Success")
            .withParent("acme");
    return OkrSet.of(List.of(q4), List.of(company, engineering, firmware, success));
  }

  @Override
  public void run(PrintWriter out) {
    OkrSet set = organisation();
    RollupResult result = Rollup.defaults().compute(set, AS_OF);
    out.println("Each objective names the objective it ALIGNS to (its parent, one level up):");
    out.println("teams contribute to departments, departments to the company. The tree:");
    out.println();
    for (RollupResult.Entry e : result.treeOrder()) {
      ObjectiveRollup node = e.node();
      Objective o = node.objective();
      out.println(
          "  ".repeat(e.depth() + 1)
              + o.id()
              + " ("
              + o.level().map(l -> l.name().toLowerCase(java.util.Locale.ROOT)).orElse("?")
              + ") "
              + o.title());
      out.println(
          "  ".repeat(e.depth() + 2)
              + "own score "
              + Fmt.two(node.ownScore().score())
              + "   roll-up "
              + Fmt.two(node.rollup())
              + " "
              + Fmt.bar(node.rollup()));
    }
    out.println();
    out.println("The OWN SCORE is the weighted mean of the objective's own key results.");
    out.println("The ROLL-UP also counts each objective aligned beneath it as one item, using");
    out.println("that child's roll-up, so a branch is only healthy when its teams are:");
    out.println();
    for (String id : List.of("eng", "acme")) {
      ObjectiveRollup node = result.node(id).orElseThrow();
      out.println("  " + id + ": " + node.explanation());
    }
    out.println();
    out.println("The firmware team's 0.80 lifts Engineering's roll-up above its own score; the");
    out.println("company's roll-up blends its own net promoter score with both departments.");
  }

  /** Runs this lesson on its own. */
  public static void main(String[] args) {
    PrintWriter out = Tour.stdout();
    new Lesson05AlignmentAndRollup().run(out);
    out.flush();
  }
}
