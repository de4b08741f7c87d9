package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules table of {@code docs/validation.md} is the rules' own metadata: one row per {@link
 * Rule} in declaration order with its id, default severity and summary, so the guide cannot drift
 * from the code. On a failure the message holds the rows as they should read.
 */
class RuleDocsTest {
  private static final Path GUIDE = Path.of("../docs/validation.md");
  private static final String MARKER = "<!-- rules table: generated from Rule.values()";

  @Test
  void rulesTableIsGeneratedFromTheRulesMetadata() throws IOException {
    List<String> lines = Files.readAllLines(GUIDE, StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(MARKER)) {
        start = i;
      }
    }
    assertTrue(start >= 0, "the generated rules table in " + GUIDE);
    List<String> documented = new ArrayList<>();
    for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|", -1);
      documented.add(String.join(" | ", cells[1].strip(), cells[2].strip(), cells[3].strip()));
    }
    List<String> expected = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      expected.add("`" + rule.id() + "` | " + rule.defaultSeverity() + " | " + rule.summary());
    }
    assertEquals(
        String.join("\n", expected),
        String.join("\n", documented),
        "rows of " + GUIDE + " (id | default | catches), in Rule order");
  }
}
