package org.okrkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.examples.generate.OrganisationGenerator;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

class HtmlReportTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private static long count(String haystack, String regex) {
    return Pattern.compile(regex).matcher(haystack).results().count();
  }

  @Test
  void pageLoadsNothingFromAnywhere() {
    String html = HtmlReport.render(FakeViews.of(OrganisationGenerator.of(20, 3, 3).generate(), AS_OF));
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(html.contains("<link"), "no linked styles");
    assertFalse(html.contains("<img"), "no images");
    assertFalse(html.contains("@import"), "no imported css");
    assertFalse(html.contains("url("), "no css urls");
    assertFalse(Pattern.compile("(src|href)=").matcher(html).find(), "no src/href at all");
  }

  @Test
  void nestedListsFollowTheAlignmentTreeAndBalance() {
    OkrSet set = OrganisationGenerator.of(30, 4, 5).generate();
    String html = HtmlReport.render(FakeViews.of(set, AS_OF));
    assertEquals(count(html, "<ul"), count(html, "</ul>"));
    assertEquals(count(html, "<li[ >]"), count(html, "</li>"));
    assertEquals(30, count(html, "<li class=\"objective\""));
    // a team objective sits three lists deep: company > department > team
    String teamId = set.objectives().stream().filter(o -> o.id().startsWith("team-")).findFirst().orElseThrow().id();
    String before = html.substring(0, html.indexOf("id=\"objective-" + teamId + "\""));
    assertEquals(3, count(before, "<ul") - count(before, "</ul>"));
  }

  @Test
  void everyKeyResultGetsAChartWithItsCheckInsPaceAndTarget() {
    Cycle q4 = Cycle.quarter(2026, 4);
    KeyResult csat =
        KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 10, 15), 4.2))
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 1), 4.45).withConfidence(0.7))
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 12, 10), 4.7)); // after the report date
    KeyResult uptime =
        KeyResult.threshold("cs-2", "Keep uptime at or above 99.9%", Target.atLeast(99.9))
            .withUnit("%")
            .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 1), 99.95));
    KeyResult handbook = KeyResult.milestone("cs-3", "Publish the support handbook");
    OkrSet set =
        OkrSet.of(
            List.of(q4),
            List.of(Objective.of("cs", "Make happy customers the core of our growth", q4.id(), csat, uptime, handbook)));

    String html = HtmlReport.render(FakeViews.of(set, AS_OF));

    assertEquals(3, count(html, "<svg class=\"chart\""));
    assertEquals(1, count(html, "class=\"pace\""), "only the metric has a pace line");
    assertEquals(1, count(html, "class=\"good-zone\""), "only the threshold has a good zone");
    assertTrue(html.contains("target 4.8"));
    assertTrue(html.contains("at least 99.9%"));
    assertTrue(html.contains("2026-11-01: 4.45 (confidence 0.7)"));
    assertFalse(html.contains("2026-12-10"), "check-ins after the report date are not drawn");
    assertTrue(html.contains("no check-ins yet"), "the milestone has none");
  }

  @Test
  void textIsEscaped() {
    Cycle q4 = Cycle.quarter(2026, 4);
    OkrSet set =
        OkrSet.of(
            List.of(q4),
            List.of(
                Objective.of(
                    "x",
                    "Tom & Jerry's <b>\"best\"</b> quarter",
                    q4.id(),
                    KeyResult.milestone("x-1", "Ship </svg> safely"))));
    String html = HtmlReport.render(FakeViews.of(set, AS_OF));
    assertTrue(html.contains("Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt; quarter"));
    assertTrue(html.contains("Ship &lt;/svg&gt; safely"));
    assertFalse(html.contains("<b>"));
  }

  @Test
  void emptyDocumentSaysSo() {
    String html = HtmlReport.render(FakeViews.of(OkrSet.empty(), AS_OF));
    assertTrue(html.contains("no objectives yet"));
  }
}
