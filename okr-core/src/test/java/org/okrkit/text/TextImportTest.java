package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;

class TextImportTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);

  private static TextImport.Result read(String doc) {
    return TextImport.read(doc, Q4);
  }

  private static List<String> titles(Objective o) {
    return o.keyResults().stream().map(KeyResult::title).toList();
  }

  @Test
  void objectivesWithBulletedKeyResultsAndOwnerPrefixesStripped() {
    TextImport.Result r = read("""
        Objective 1: Delight our customers
          - KR1: Increase NPS from 30 to 45
          - CEO KR: Reduce churn from 5% to 3%
        Objective 2: Grow the business
          - Reach $2M in ARR
        """);
    assertEquals(List.of(), r.unread());
    List<Objective> os = r.set().objectives();
    assertEquals(2, os.size());
    assertEquals("Delight our customers", os.get(0).title());
    assertEquals(List.of("Increase NPS from 30 to 45", "Reduce churn from 5% to 3%"), titles(os.get(0)));
    assertEquals(List.of("Reach $2M in ARR"), titles(os.get(1)));
    KeyResult nps = os.get(0).keyResults().get(0);
    assertEquals(new BigDecimal("45"), nps.target().orElseThrow().value());
    assertEquals("o1-kr1", nps.id());
    assertEquals("o2", os.get(1).id());
  }

  @Test
  void numberedObjectivesWithUnindentedBullets() {
    TextImport.Result r = read("""
        1. Make onboarding effortless
        - Cut time to first value from 3 days to 1 day
        - Launch the in-app checklist
        2. Build a reliable platform
        - Keep uptime at or above 99.9%
        """);
    assertEquals(List.of(), r.unread());
    assertEquals(2, r.set().objectives().size());
    Objective second = r.set().objectives().get(1);
    assertEquals("Build a reliable platform", second.title());
    assertEquals(KeyResultKind.THRESHOLD, second.keyResults().get(0).kind());
    assertEquals(KeyResultKind.MILESTONE, r.set().objectives().get(0).keyResults().get(1).kind());
  }

  @Test
  void unmarkedLinesAfterABlankLineStartTheNextObjective() {
    TextImport.Result r = read("""
        Grow revenue
        KR: Reach $5M ARR
        KR: Sign 20 new enterprise logos

        Hire great people
        KR: Hire 12 engineers
        """);
    assertEquals(List.of(), r.unread());
    assertEquals(List.of("Grow revenue", "Hire great people"),
        r.set().objectives().stream().map(Objective::title).toList());
  }

  @Test
  void subNumberedKeyResultsBelongToTheirObjective() {
    TextImport.Result r = read("""
        1. Delight customers
        1.1 Increase CSAT from 4.1 to 4.6
        1.2 Reduce first response time from 8 hours to 2 hours
        2. Ship faster
        2.1 Increase deploys per week from 3 to 10
        """);
    assertEquals(List.of(), r.unread());
    assertEquals(2, r.set().objectives().size());
    assertEquals(2, r.set().objectives().get(0).keyResults().size());
  }

  @Test
  void aCycleLineSetsTheCycle() {
    TextImport.Result r = read("""
        Q1 2027 OKRs
        Objective: Delight customers
        - Increase NPS from 30 to 45
        """);
    assertEquals("2027-Q1", r.set().cycles().get(0).id());
    assertEquals("2027-Q1", r.set().objectives().get(0).cycle());
  }

  @Test
  void linesThatCannotBeReadAreReportedWithTheirLineNumbers() {
    TextImport.Result r = read("""
        - Increase NPS from 30 to 45
        Objective: Delight customers
        - Improve customer happiness
        - Reduce churn from 5% to 3%
        """);
    assertEquals(List.of(1, 3), r.unread().stream().map(TextImport.UnreadLine::line).toList());
    assertTrue(r.unread().get(0).reason().contains("before any objective"), r.unread().toString());
    assertEquals(1, r.set().objectives().get(0).keyResults().size());
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkAreRead() {
    TextImport.Result r = read("\uFEFFObjective: Delight customers\r\n- Increase NPS from 30 to 45\r\n");
    assertEquals(List.of(), r.unread());
    assertEquals("Delight customers", r.set().objectives().get(0).title());
  }

  @Test
  void anEmptyDocumentIsAnEmptySet() {
    assertEquals(0, read("").set().objectives().size());
    assertEquals(0, read("\n\n  \n").set().objectives().size());
  }

  @Test
  void aLongDocumentIsReadInLinearTime() {
    String block = "Objective: Delight customers\n- Increase NPS from 30 to 45\n- Launch the app\n";
    String doc = block.repeat(5_000);
    TextImport.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(doc));
    assertEquals(5_000, r.set().objectives().size());
  }
}
