package org.okrkit.examples.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

class ScoreViewsTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate NOV_20 = LocalDate.of(2026, 11, 20);

  private static KeyResult csat(double now) {
    return KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 19), now));
  }

  private static KeyResult turnaround(double now) {
    return KeyResult.metric("cs-2", "Reduce turnaround from 5 days to 3", 5, 3)
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 19), now));
  }

  @Test
  void scoresFollowTheLibraryAndComeInTreeOrder() {
    Objective company = Objective.of("co", "Grow where it matters", Q4.id(), csat(4.8));
    Objective team = Objective.of("cs", "Make happy customers the core of our growth", Q4.id(), csat(4.45), turnaround(4)).withParent("co");
    ScoreView view = ScoreViews.of(OkrSet.of(List.of(Q4), List.of(team, company)), NOV_20);

    assertEquals("Q4 2026", view.title());
    assertEquals(List.of("co", "cs"), view.objectives().stream().map(o -> o.objective().id()).toList());
    ScoreView.ObjectiveView cs = view.objectives().get(1);
    assertEquals(1, cs.depth());
    assertEquals(0, new BigDecimal("0.5").compareTo(cs.score().orElseThrow()));
    assertEquals(Optional.of("YELLOW"), cs.grade());
    assertEquals(0, new BigDecimal("4.45").compareTo(cs.keyResults().get(0).current().orElseThrow()));
    assertTrue(cs.keyResults().get(0).explanation().contains("(4.45 − 4.1) / (4.8 − 4.1)"), cs.keyResults().get(0).explanation());
    ScoreView.ObjectiveView co = view.objectives().get(0);
    assertEquals(Optional.of("GREEN"), co.grade());
    // the company's roll-up averages its own key result (1.0) and the team (0.5)
    assertEquals(0, new BigDecimal("0.75").compareTo(co.rollup().orElseThrow()));
    assertTrue(view.expectedProgress().isPresent());
  }

  @Test
  void brokenAlignmentStillScoresEveryObjectiveWithoutRollUps() {
    Objective orphan = Objective.of("cs", "Make happy customers the core of our growth", Q4.id(), csat(4.45)).withParent("nobody");
    Objective loopA = Objective.of("a", "A", Q4.id(), turnaround(4)).withParent("b");
    Objective loopB = Objective.of("b", "B", Q4.id(), turnaround(3)).withParent("a");
    ScoreView view = ScoreViews.of(OkrSet.of(List.of(Q4), List.of(orphan, loopA, loopB)), NOV_20);
    assertEquals(3, view.objectives().size());
    for (ScoreView.ObjectiveView o : view.objectives()) {
      assertTrue(o.score().isPresent(), o.objective().id());
      assertTrue(o.rollup().isEmpty(), o.objective().id());
    }
  }

  @Test
  void anObjectiveWithoutCheckInsOrCycleStillHasAView() {
    Objective o = Objective.of("x", "Ship it", "no-such-cycle", KeyResult.milestone("x-1", "Ship the thing"));
    ScoreView view = ScoreViews.of(OkrSet.of(List.of(), List.of(o)), NOV_20);
    assertEquals("OKRs", view.title());
    assertTrue(view.cycle().isEmpty());
    assertTrue(view.objectives().get(0).status().isEmpty());
  }
  @Test
  void aStreamingViewPrintsAsTheEagerOne() throws Exception {
    for (String name : List.of("cascade-q4.json", "year-2026.json", "acme-q4.json")) {
      OkrSet set =
          org.okrkit.json.OkrJson.defaults()
              .read(java.nio.file.Path.of("src/main/resources/examples", name));
      org.okrkit.rollup.Rollup rollup = org.okrkit.rollup.Rollup.defaults();
      org.okrkit.health.HealthPolicy health = org.okrkit.health.HealthPolicy.defaults();
      ScoreView eager = ScoreViews.of(set, NOV_20, rollup, health);
      ScoreView streaming = ScoreViews.streaming(set, NOV_20, rollup, health);
      assertEquals(eager.objectives().size(), streaming.objectives().size(), name);
      assertEquals(eager.netConfidence(), streaming.netConfidence(), name);
      assertEquals(
          org.okrkit.examples.report.TextReport.render(eager),
          org.okrkit.examples.report.TextReport.render(streaming),
          name);
    }
  }

  @Test
  void theHeaderIsPrintedAndFlushedBeforeTheFirstObjectiveIsMade() throws Exception {
    OkrSet set =
        org.okrkit.json.OkrJson.defaults()
            .read(java.nio.file.Path.of("src/main/resources/examples", "acme-q4.json"));
    org.okrkit.rollup.Rollup rollup = org.okrkit.rollup.Rollup.defaults();
    org.okrkit.health.HealthPolicy health = org.okrkit.health.HealthPolicy.defaults();
    ScoreView streaming = ScoreViews.streaming(set, NOV_20, rollup, health);
    java.io.StringWriter text = new java.io.StringWriter();
    List<String> flushed = new java.util.ArrayList<>();
    java.io.PrintWriter out =
        new java.io.PrintWriter(text) {
          @Override
          public void flush() {
            super.flush();
            flushed.add(text.toString());
          }
        };
    org.okrkit.examples.report.TextReport.render(streaming, out);
    String header = flushed.get(0);
    assertEquals(2, header.chars().filter(c -> c == '\n').count(), header);
    assertTrue(header.contains("as of 2026-11-20") && header.contains("Roll-up: "), header);
    assertEquals(
        org.okrkit.examples.report.TextReport.render(ScoreViews.of(set, NOV_20, rollup, health)),
        text.toString());
  }
}
