package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules table of {@code docs/validation.md} is generated from the rules' own metadata; this
 * test fails when the doc and the code drift apart. Regenerate the table with {@code ./mvnw -o -pl
 * okr-core test -Dtest=RulesTableTest -Dokr.updateDocs=true}.
 */
class RulesTableTest {
  static final Path DOC = Path.of("..", "docs", "validation.md");
  static final String BEGIN =
      "<!-- rules table: generated from the Rule constants by RulesTableTest; edit Rule.java, then"
          + " run ./mvnw -o -pl okr-core test -Dtest=RulesTableTest -Dokr.updateDocs=true -->";
  static final String END = "<!-- end of rules table -->";

  /** The family of every built-in rule; check-failed is the validator's own. */
  static Map<Rule, String> families() {
    Map<Rule, String> families = new EnumMap<>(Rule.class);
    for (Family f : Family.values()) {
      for (Rule r : f.rules()) {
        families.put(r, f.displayName());
      }
    }
    families.put(Rule.CHECK_FAILED, "validator");
    return families;
  }

  /** The Markdown table, one row per built-in rule in the order of the constants. */
  static String table() {
    Map<Rule, String> families = families();
    StringBuilder b = new StringBuilder();
    b.append("| id | family | default | structural | catches | fails | passes |\n");
    b.append("|---|---|---|---|---|---|---|\n");
    for (Rule r : Rule.values()) {
      b.append("| `").append(r.id()).append("` | ")
          .append(families.get(r)).append(" | ")
          .append(r.defaultSeverity().name()).append(" | ")
          .append(r.isStructural() ? "yes" : "no").append(" | ")
          .append(cell(r.summary())).append(" | ")
          .append(cell(r.failsExample())).append(" | ")
          .append(cell(r.passesExample())).append(" |\n");
    }
    return b.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  @Test
  void everyBuiltInRuleBelongsToExactlyOneFamily() {
    Map<Rule, Integer> count = new EnumMap<>(Rule.class);
    for (Family f : Family.values()) {
      for (Rule r : f.rules()) {
        count.merge(r, 1, Integer::sum);
      }
    }
    for (Rule r : Rule.values()) {
      assertEquals(r == Rule.CHECK_FAILED ? null : 1, count.get(r), r.id());
    }
  }

  @Test
  void everyRuleHasASummaryAndExamples() {
    for (Rule r : Rule.values()) {
      assertTrue(!r.summary().isBlank() && !r.summary().endsWith("."), r.id());
      assertTrue(!r.failsExample().isBlank() && !r.passesExample().isBlank(), r.id());
      assertEquals(r.summary().toLowerCase(Locale.ROOT).charAt(0), r.summary().charAt(0), r.id());
    }
  }

  @Test
  void docsRulesTableMatchesTheRulesMetadata() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertTrue(begin >= 0 && end > begin, DOC + " must hold the generated table between its markers");
    String current = doc.substring(begin + BEGIN.length() + 1, end);
    String expected = table();
    if (!current.equals(expected) && Boolean.getBoolean("okr.updateDocs")) {
      Files.writeString(
          DOC,
          doc.substring(0, begin + BEGIN.length() + 1) + expected + doc.substring(end),
          StandardCharsets.UTF_8);
      current = expected;
    }
    assertEquals(
        expected,
        current,
        "docs/validation.md drifted from the Rule metadata; regenerate it with -Dokr.updateDocs=true");
  }
}
