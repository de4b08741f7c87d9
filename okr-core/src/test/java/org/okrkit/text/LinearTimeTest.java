package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The linear-time suite of the text readers (issue 11): for the outline and the key-result
 * sentence, adversarial inputs of about 1 MB built from runs of every character class their
 * grammar has, placed where each part of the grammar reads them. Each must be read (or refused
 * with the documented exception) within a generous bound: a guard against hangs, not a
 * benchmark.
 */
class LinearTimeTest {
  /**
   * Generous: a linear reader takes at most a second or two of CPU on 1 MB; a quadratic one takes
   * minutes to hours. 60 s because a shared 2-core machine at load 13 once stretched a linear read
   * past 15 s of wall time (2026-12-01): this is a hang guard, not a timing.
   */
  private static final Duration BOUND = Duration.ofSeconds(60);

  private static final int MB = 1 << 20;

  /** One unit of every character class of the outline and sentence grammars. */
  static final List<String> UNITS =
      List.of("(", ")", " ", "\t", "{", "}", "\"", "\\", ":", ",", "-", "*", "+", "#", "[", "]",
          "x", "7", ".", "e", "a", "–", "\\u", "\u00a0", "😀", "1,000", "{a:b ", "(1 – 2", "10%",
          "$", "from ", "to ", "[x]", "- ", "  - ", "## ", "x-a: \"", "１", "one ", "k");

  static String run(String unit, int length) {
    StringBuilder b = new StringBuilder(length + unit.length());
    while (b.length() < length) {
      b.append(unit);
    }
    return b.toString();
  }

  /** Where a run goes in an outline: each place a different part of the reader reads it. */
  private static List<String> outlinePlaces(String r) {
    String q4 = "# Q4 2026 (2026-10-01 – 2026-12-31)\n";
    return List.of(
        "# " + r + "\n",
        "# Q4 " + r + " (2026-10-01 – 2026-12-31)\n",
        q4 + "## " + r + "\n",
        q4 + "## Grow  {owner: " + r + "}\n",
        q4 + "## Grow  {x-a: \"" + r + "\"}\n",
        q4 + "## Grow\n" + r + "\n",
        q4 + "## Grow\n- [x] Ship  {x-a: \"" + r + "\"}\n",
        q4 + "## Grow\n- [ ] Ship\n  - 2026-11-01: " + r + "\n",
        q4 + "## Grow\n- [ ] Ship\n  - " + r + "\n",
        // the same unit on many short lines: per-line work must not grow with the document
        run(r.substring(0, Math.min(r.length(), 40)) + "\n", MB));
  }

  @TestFactory
  Stream<DynamicTest> everyOutlineOfOneMegabyteIsReadInBoundedTime() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String unit : UNITS) {
      String r = run(unit, MB);
      int place = 0;
      for (String outline : outlinePlaces(r)) {
        int p = place++;
        tests.add(DynamicTest.dynamicTest("'" + unit + "' at place " + p, () ->
            assertTimeoutPreemptively(BOUND, () -> readOrRefuse(outline))));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> keyResultLinesOfLongNumbersAreRefusedBeforeTheSentenceParser() {
    String q4 = "# Q4 2026 (2026-10-01 – 2026-12-31)\n## Grow\n- Grow revenue to ";
    return Stream.of("1,000", "7", "１", "1.5", "1 000 ")
        .map(u -> DynamicTest.dynamicTest("'" + u + "'", () ->
            assertTimeoutPreemptively(BOUND, () -> readOrRefuse(q4 + run(u, MB) + "\n"))));
  }

  private static void readOrRefuse(String outline) {
    try {
      OkrOutline.write(OkrOutline.read(outline));
    } catch (OutlineException expected) {
      // refused with line and column: that is fine, as long as it is quick
    }
  }

  @TestFactory
  Stream<DynamicTest> everySentenceOfOneMegabyteIsReadInBoundedTime() {
    return UNITS.stream().map(u -> DynamicTest.dynamicTest("'" + u + "'", () ->
        assertTimeoutPreemptively(BOUND, () -> KeyResultParser.parse("Increase " + run(u, MB)))));
  }
}
