package org.okrkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.examples.view.ScoreView;
import org.okrkit.examples.view.ScoreViews;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The HTML and text views show what a key result is scored against: a stepped target's and a
 * zones key result's anchors on the bar, a band shaded in the chart, levels drawn across it,
 * zones on an ordinal axis and increments as the level they reach.
 */
class ScoringModelsViewTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private static ScoreView view() throws Exception {
    OkrSet set = OkrJson.defaults().read(Path.of("src/main/resources/examples/scoring-models.json"));
    ScoringPolicy policy = ScoringPolicy.defaults().with(set.scoring().orElseThrow());
    return ScoreViews.of(set, AS_OF, Scorer.of(policy));
  }

  /** The part of the page for key result {@code id}: its text, bar and chart. */
  private static String keyResult(String html, String id) {
    int start = html.indexOf("<div class=\"kr\" id=\"kr-" + id + "\"");
    assertTrue(start >= 0, id);
    int end = html.indexOf("</svg>", start);
    return html.substring(start, end);
  }

  private static long count(String s, String regex) {
    return Pattern.compile(regex).matcher(s).results().count();
  }

  @Test
  void aSteppedKeyResultsBarMarksCommitTargetAndStretchAndItsChartDrawsTheLevels() throws Exception {
    String kr = keyResult(HtmlReport.render(view()), "shop-1");
    assertTrue(kr.contains("<span class=\"anchor\" style=\"left:30%\" title=\"commit 130 → 0.30\">"), kr);
    assertTrue(kr.contains("<span class=\"anchor\" style=\"left:70%\" title=\"target 150 → 0.70\">"), kr);
    assertTrue(kr.contains("title=\"stretch 180 → 1.00\""), kr);
    assertTrue(kr.contains("<line class=\"level\""), kr);
    assertTrue(kr.contains("<title>commit 130</title>") && kr.contains("<title>stretch 180</title>"), kr);
    assertTrue(kr.contains("<title>target 150</title>"), kr);
  }

  @Test
  void aBandIsShadedBetweenItsBoundsAndLabelled() throws Exception {
    String kr = keyResult(HtmlReport.render(view()), "shop-2");
    assertEquals(1, count(kr, "<rect class=\"good-zone band\""), kr);
    assertTrue(kr.contains(">between 10 and 20 days</text>"), kr);
    // the shaded rectangle ends at the upper bound, not at the top of the plot
    java.util.regex.Matcher m = Pattern.compile(
        "<rect class=\"plot\" x=\"[\\d.]+\" y=\"([\\d.]+)\"[^>]*>\\n<rect class=\"good-zone band\" x=\"[\\d.]+\""
            + " y=\"([\\d.]+)\"").matcher(kr);
    assertTrue(m.find(), kr);
    assertTrue(Double.parseDouble(m.group(2)) > Double.parseDouble(m.group(1)), kr);
    assertEquals(0, count(kr, "class=\"anchor\""), "a band has no anchors on its bar");
  }

  @Test
  void aZonesKeyResultIsChartedOnAnOrdinalAxisWithItsZonesOnTheBar() throws Exception {
    String kr = keyResult(HtmlReport.render(view()), "shop-3");
    assertEquals(3, count(kr, "class=\"anchor\""), kr);
    assertTrue(kr.contains("title=\"target: two partners pay for the programme → 0.70\""), kr);
    assertEquals(2, count(kr, "<circle class=\"checkin\""), kr);
    assertTrue(kr.contains("2026-11-12: target (two partners pay for the programme) — second contract signed"), kr);
    assertTrue(kr.contains(">fail</text>") && kr.contains(">stretch</text>"), kr);
  }

  @Test
  void incrementsAreChartedAsTheLevelTheyReach() throws Exception {
    String kr = keyResult(HtmlReport.render(view()), "shop-4");
    assertEquals(3, count(kr, "<circle class=\"checkin\""), kr);
    assertTrue(kr.contains("2026-10-31: +20 → 20 — 20 sold in October"), kr);
    assertTrue(kr.contains("2026-11-14: +10 → 45"), kr);
  }

  @Test
  void theTextViewMarksAnchorsOnTheBarAndNamesLevelsBandsAndZones() throws Exception {
    String text = TextReport.render(view());
    assertTrue(text.contains("- [######|###....|.....] 0.50  shop-1"), text);
    assertTrue(text.contains("(now 140; commit 130 · target 150 · stretch 180)"), text);
    assertTrue(text.contains("(now 22 days; band 10 to 20 days)"), text);
    assertTrue(text.contains("- [######|#######|.....] 0.70  shop-3"), text);
    assertTrue(text.contains("Win design partners for the loyalty programme (zone target)"), text);
    assertTrue(text.contains("- [#########...........] 0.45  shop-4"), "no anchors without levels");
  }
}
