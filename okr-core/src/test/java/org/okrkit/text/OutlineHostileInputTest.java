package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * The outline under hostile and careless input (issue 11): every defect found by the hostile
 * user's reproductions, each pinned by the input that showed it.
 */
class OutlineHostileInputTest {
  private static final Duration GENEROUS = Duration.ofSeconds(15);
  private static final String Q4 = "# Q4 2026 (2026-10-01 – 2026-12-31)\n";

  static String repro(String name) {
    try (InputStream in =
        OutlineHostileInputTest.class.getResourceAsStream("repro/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static OutlineException refused(String outline) {
    return assertTimeoutPreemptively(
        GENEROUS, () -> assertThrows(OutlineException.class, () -> OkrOutline.read(outline)));
  }

  // ---- hangs

  @Test
  void aCycleHeadingOfParenthesesOrSpacesIsRefusedInLinearTime() {
    for (String file : List.of("F-cycle-heading-parens.md", "F-cycle-heading-spaces.md")) {
      OutlineException e = refused(repro(file));
      assertEquals(1, e.line(), e.getMessage());
    }
    OutlineException big = refused("# Q4 " + "(".repeat(1_000_000) + "\n");
    assertTrue(big.getMessage().contains("a cycle heading like"), big.getMessage());
    refused("# " + " ".repeat(1_000_000) + "x (\n");
  }

  @Test
  void twentyThousandObjectivesTitledAlikeGetDistinctIdsInLinearTime() {
    StringBuilder md = new StringBuilder(Q4);
    for (int i = 0; i < 20_000; i++) {
      md.append("## Grow revenue\n- Increase revenue from 10 to 20\n");
    }
    OkrSet set = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> OkrOutline.read(md));
    assertEquals("grow-revenue", set.objectives().get(0).id());
    assertEquals("grow-revenue-20000", set.objectives().get(19_999).id());
    String written = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> OkrOutline.write(set));
    assertFalse(written.contains("{id:"), "default ids need no metadata");
  }

  @Test
  void metadataWithManyBracesIsReadInLinearTime() {
    // every '{' a candidate whose value runs to the end of the line: was quadratic
    String line = "- Grow NPS to 50 " + "{a:b ".repeat(100_000) + "} x}\n";
    refused(Q4 + "## O\n" + line);
  }

  // ---- limits

  @Test
  void everyLimitOfTheJsonFormatAppliesToOutlines() {
    DocumentLimits tight =
        DocumentLimits.defaults().withMaxObjectives(1).withMaxKeyResults(1).withMaxCheckIns(1)
            .withMaxCycles(1).withMaxStringLength(20).withMaxLineLength(60)
            .withMaxNumberLength(5).withMaxDocumentBytes(200);
    OutlineOptions options = OutlineOptions.defaults().withLimits(tight);
    Map<String, String> cases =
        Map.of(
            Q4 + "## A\n## B\n", "too many objectives: more than the limit of 1 (maxObjectives)",
            Q4 + "## A\n- Ship docs\n- Ship site\n", "too many key results",
            Q4 + "## A\n- [ ] Ship\n  - 2026-11-01: done\n  - 2026-11-02: done\n", "too many check-ins",
            Q4 + Q4, "too many cycles",
            Q4 + "## " + "a".repeat(30) + "\n", "more than the limit of 20 (maxStringLength)",
            Q4 + "## A  {owner: " + "b".repeat(50) + "}\n", "(maxLineLength)",
            Q4 + "## A  {weight: 1234567}\n", "(maxNumberLength)",
            Q4 + "## A\n" + "\n".repeat(300), "(maxDocumentBytes)");
    cases.forEach((outline, message) -> {
      OutlineException e =
          assertThrows(OutlineException.class, () -> OkrOutline.read(outline, options));
      assertTrue(e.getMessage().contains(message), message + " <- " + e.getMessage());
    });
  }

  @Test
  void theOutlineAcceptsTheSameNumbersAsTheModelAndJsonNoMore() {
    // one bound (10,000 digits before and after the point) for model, JSON and outline
    // the sentence "from 1e4000 to 2e4000" is an unsure reading: kept leniently, the metadata's
    // numbers of thousands of digits are what this checks
    OkrSet big = OkrOutline.read(repro("F-md-bignum.md"),
        OutlineOptions.defaults().withLenientReadings(true)).set();
    BigDecimal huge = big.objectives().get(0).keyResults().get(1).target().orElseThrow().value();
    assertTrue(huge.precision() > 4000, huge.precision() + " digits");
    assertEquals(big, OkrOutline.read(OkrOutline.write(big)));
    OkrSet meta = OkrOutline.read(Q4 + "## O\n- Grow NPS to 50  {baseline: 1e4000, target: 2e-4000}\n");
    assertEquals(new BigDecimal("2e-4000"),
        meta.objectives().get(0).keyResults().get(0).target().orElseThrow().value());
    OutlineException e = refused(Q4 + "## A  {weight: 1e10001}\n");
    assertTrue(e.getMessage().contains("10002 digits before the decimal point; at most 10000"),
        e.getMessage());
  }

  // ---- wrong results

  @Test
  void aSentenceReadBelowHighConfidenceIsAnErrorNamingTheLine() {
    // lines 3, 5 and 9 ("aged 18-24", "1e6", "aged 25-34") are read right since the sentence
    // pipeline: the first unsure line is 7 ("for 3 products")
    OutlineException e = refused(repro("F-md-misread.md"));
    assertEquals(7, e.line());
    assertEquals(3, e.column());
    assertTrue(e.getMessage().contains("low confidence"), e.getMessage());
    assertTrue(e.getMessage().contains("more than one target stated"), e.getMessage());
  }

  @Test
  void leniencyKeepsTheGuessAndReportsEachUnsureLineWithItsNotes() {
    OutlineResult r =
        OkrOutline.read(repro("F-md-misread.md"),
            OutlineOptions.defaults().withLenientReadings(true));
    List<Integer> lines = r.warnings().stream().map(OutlineWarning::line).toList();
    assertEquals(List.of(7, 11), lines, r.warnings().toString());
    assertTrue(r.warnings().get(1).message().contains("'increase' contradicts going from 200 to 5"),
        r.warnings().get(1).toString());
    assertEquals(5, r.set().keyResultCount());
    // the lines read at high confidence carry the right numbers: 85 (not 24), a million (not 1)
    assertEquals(0, new BigDecimal("85").compareTo(
        r.set().objectives().get(0).keyResults().get(0).target().orElseThrow().value()));
    assertEquals(0, new BigDecimal("1000000").compareTo(
        r.set().objectives().get(0).keyResults().get(1).target().orElseThrow().value()));
  }

  @Test
  void unsureSentencesWithEveryValueStatedReadWithoutWarningAndRoundTrip() {
    String md = Q4 + "## O\n- Increase retention from 80% to 85% for users aged 18-24"
        + "  {kind: metric, unit: %, baseline: 80, target: 85}\n";
    OutlineResult r =
        OkrOutline.read(md, OutlineOptions.defaults().withLenientReadings(true));
    assertEquals(List.of(), r.warnings());
    KeyResult kr = r.set().objectives().get(0).keyResults().get(0);
    assertEquals(new BigDecimal("85"), kr.target().orElseThrow().value());
    // the writer states the values of every sentence the reader would not trust
    OkrSet set = OkrOutline.read(repro("F-md-misread.md"),
        OutlineOptions.defaults().withLenientReadings(true)).set();
    assertEquals(set, OkrOutline.read(OkrOutline.write(set)));
  }

  @Test
  void confidenceTyposAreReadOrRefusedNeverKeptAsNotes() {
    OkrSet set = OkrOutline.read(Q4 + "## O\n- Increase NPS from 30 to 45\n"
        + "  - 2026-10-15: 35 (Confidence 0.6)\n  - 2026-11-01: 40 (confidence: 0.7) wave\n");
    List<CheckIn> checkIns = set.objectives().get(0).keyResults().get(0).checkIns();
    assertEquals(Optional.of(new BigDecimal("0.6")), checkIns.get(0).confidence());
    assertEquals(Optional.empty(), checkIns.get(0).note());
    assertEquals(Optional.of(new BigDecimal("0.7")), checkIns.get(1).confidence());
    assertEquals(Optional.of("wave"), checkIns.get(1).note());
    OutlineException e = refused(repro("F-md-confidence-typos.md"));
    assertEquals(6, e.line());
    assertTrue(e.getMessage().contains("a confidence in parentheses"), e.getMessage());
  }

  @Test
  void aCheckboxWithoutASpaceIsAMilestoneAndAnUnknownBoxIsRefused() {
    KeyResult kr = OkrOutline.read(Q4 + "## O\n- [x]Publish the support handbook\n")
        .objectives().get(0).keyResults().get(0);
    assertEquals("Publish the support handbook", kr.title());
    assertEquals(KeyResultKind.MILESTONE, kr.kind());
    assertEquals(Optional.of(true), kr.checkIns().get(0).done());
    for (String box : List.of("[y] Publish", "[] Publish", "[-] Publish")) {
      OutlineException e = refused(Q4 + "## O\n- " + box + "\n");
      assertTrue(e.getMessage().contains("a checkbox '[ ]' or '[x]'"), e.getMessage());
    }
  }

  @Test
  void otherListMarkersAreRefusedNotTakenAsTheDescription() {
    for (String line : List.of("+ Grow NPS to 50", "1. Grow NPS to 50", "-Grow NPS to 50",
        "2) Grow NPS to 50")) {
      OutlineException e = refused(Q4 + "## O\n" + line + "\n");
      assertEquals(3, e.line(), line);
      assertTrue(e.getMessage().contains("a key result starting with '- '"), e.getMessage());
      refused(Q4 + "## O\n- Grow NPS to 50\n" + line + "\n");
    }
    // a description that starts like a list is written quoted, and reads back
    OkrSet set = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(Objective.builder()
        .id("o").title("O").cycle("2026-Q4").description("1. first\n+ second").build()));
    assertEquals(set, OkrOutline.read(OkrOutline.write(set)));
  }

  // ---- unclear errors

  @Test
  void anExtensionNameOfAnyCharactersIsWrittenQuotedAndReadBack() {
    OkrSet set = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(Objective.builder()
        .id("o").title("O").cycle("2026-Q4")
        .putExtensions("x-a/b~c", "1").putExtensions("x-😀", "\"smile\"").build()));
    String md = OkrOutline.write(set);
    assertTrue(md.contains("\"x-a/b~c\": \"1\""), md);
    assertEquals(set, OkrOutline.read(md));
  }

  @Test
  void extensionValuesMustBeJsonAndSayWhereTheyAreNot() {
    OutlineException e = refused(repro("F-md-extension-values.md"));
    assertEquals(1, e.line());
    assertEquals(12, e.column());
    assertTrue(e.getMessage().contains("a JSON value for the extension 'x-source'"), e.getMessage());
    OutlineException kr = refused(repro("F-md-extension-values.md").replace("\"jira\"", "1"));
    assertEquals(3, kr.line());
    OkrSet ok = OkrOutline.read(Q4 + "## O  {x-team: \"\\\"support\\\"\", x-n: 2, x-a: \"[1, {}]\"}\n");
    assertEquals("\"support\"", ok.objectives().get(0).extensions().get("x-team"));
    for (String bad : List.of("\"{\"", "\"[1,]\"", "\"01\"", "\"\\\"a\\\\x\\\"\"", "\"1 2\"")) {
      refused(Q4 + "## O  {x-bad: " + bad + "}\n");
    }
  }

  @Test
  void escapesTakeExactlyFourHexDigits() {
    for (String escape : List.of("\\u+041", "\\u-001", "\\u12", "\\u004g")) {
      OutlineException e = refused(Q4 + "## O  {owner: \"a" + escape + "\"}\n");
      assertTrue(e.getMessage().contains("four hex digits after \\u"), e.getMessage());
    }
    assertEquals(Optional.of("aAb"),
        OkrOutline.read(Q4 + "## O  {owner: \"a\\u0041b\"}\n").objectives().get(0).owner());
  }

  @Test
  void datesOutsideYears0000To9999AreRefusedWhenRead() {
    OutlineException e = refused(repro("F-md-year-10000.md"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("years 0000–9999"), e.getMessage());
  }

  @Test
  void aByteOrderMarkIsNamed() {
    OutlineException e = refused(repro("F-md-bom.md"));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("byte order mark (U+FEFF)"), e.getMessage());
  }

  @Test
  void aLoneSurrogateIsRefusedWithItsPlace() {
    OutlineException raw = refused(Q4 + "## Grow \ud800 revenue\n");
    assertEquals(2, raw.line());
    assertEquals(9, raw.column());
    OutlineException escaped = refused(Q4 + "## O  {owner: \"\\ud800\"}\n");
    assertTrue(escaped.getMessage().contains("lone surrogate \\ud800"), escaped.getMessage());
    assertEquals(Optional.of("😀"), OkrOutline.read(Q4 + "## O  {owner: \"\\ud83d\\ude00\"}\n")
        .objectives().get(0).owner());
  }
}
