package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theActivityTrapIsCaughtWithSeverityRulePlaceAndHint() {
    String file = example("activity-trap.json");
    CliRun.Result r = okr("lint", file);
    assertEquals(0, r.code(), "warnings do not fail: " + r);
    assertTrue(
        r.out()
            .contains(
                file
                    + ": /objectives/0/keyResults/0/title: warning: key result 'brand-1' reads as an"
                    + " activity, not a result: 'Run' in 'Run four campaigns'. [kr-is-activity]"),
        r.toString());
    assertTrue(r.out().contains("    hint: Measure the outcome it should deliver"), r.toString());
    assertTrue(r.out().strip().endsWith(file + ": 0 errors, 4 warnings, 0 info"), r.toString());
  }

  @Test
  void theFixedDocumentHasNoFindings() {
    CliRun.Result r = okr("lint", example("activity-fixed.json"));
    assertEquals(0, r.code(), r.toString());
    assertEquals(example("activity-fixed.json") + ": no findings", r.out().strip());
  }

  @Test
  void jsonListsEveryFindingWithItsFields() throws Exception {
    CliRun.Result r = okr("lint", example("activity-trap.json"), "--json");
    assertEquals(0, r.code(), r.toString());
    JsonNode root = JSON.readTree(r.out());
    assertEquals(4, root.get("findings").size());
    JsonNode first = root.get("findings").get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertEquals(List.of("rule", "severity", "ids", "pointer", "message", "hint"), fields);
    assertEquals(0, root.get("errors").asInt());
    assertEquals(4, root.get("warnings").asInt());
  }

  @Test
  void disabledRulesDoNotRunRepeatedOrCommaSeparated() throws Exception {
    CliRun.Result r =
        okr("lint", example("activity-trap.json"), "--json", "--disable", "kr-is-activity", "--disable", "mostly-milestones,kr-without-number");
    assertEquals(0, r.code(), r.toString());
    assertEquals(0, JSON.readTree(r.out()).get("findings").size(), r.toString());
  }

  @Test
  void anUnknownRuleIsExit2NamingItAndTheKnownRules() {
    CliRun.Result r = okr("lint", example("activity-trap.json"), "--disable", "kr-is-activty");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().startsWith("okr lint: unknown rule 'kr-is-activty' for --disable; known rules: "), r.toString());
    assertTrue(r.err().contains("kr-is-activity"), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void structuralErrorsMakeLintExitOne() {
    CliRun.Result r = okr("lint", example("invalid-structure.json"));
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.out().contains(": error: "), r.toString());
    assertFalse(r.out().contains("Exception"), r.toString());
  }

  @Test
  void missingFileIsExit2() {
    CliRun.Result r = okr("lint", "nope.json", "--json");
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr lint: nope.json: no such file", r.err().strip());
  }
}
