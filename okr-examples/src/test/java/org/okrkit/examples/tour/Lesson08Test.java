package org.okrkit.examples.tour;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class Lesson08Test {
  @Test
  void theLinterCatchesTheActivityExplainsWhyAndTheFixIsClean() {
    StringWriter w = new StringWriter();
    PrintWriter out = new PrintWriter(w);
    new Lesson08LinterActivityTrap().run(out);
    out.flush();
    String text = w.toString();
    for (String part :
        new String[] {
          "KR brand-1: Run four campaigns",
          "WARNING [kr-is-activity] at /objectives/0/keyResults/0/title",
          "key result 'brand-1' reads as an activity, not a result: 'Run' in 'Run four campaigns'.",
          "fix: Measure the outcome it should deliver",
          "A key result measures the CHANGE the work should cause.",
          "KR brand-1: Grow branded search volume from 2,400 to 3,600 a month",
          "The linter now has no findings."
        }) {
      assertTrue(text.contains(part), "missing \"" + part + "\" in:\n" + text);
    }
  }
}
