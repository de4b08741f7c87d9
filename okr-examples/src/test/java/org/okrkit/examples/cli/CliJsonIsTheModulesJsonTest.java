package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.okrkit.json.OkrJson;
import org.okrkit.lifecycle.KpiCheckIns;
import org.okrkit.lifecycle.QuarterReview;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.text.KeyResultParser;
import org.okrkit.validation.Finding;

/**
 * Every {@code okr … --json} output is made of what an application's own mapper with {@code
 * findAndRegisterModules()} writes for the same library objects: take away the fields the
 * command documents as its own, and each objective, key result, finding, reading and review is
 * the module's JSON, number for number.
 */
class CliJsonIsTheModulesJsonTest {
  /** The REST user's mapper. */
  private static final ObjectMapper USER = new ObjectMapper().findAndRegisterModules();

  /** Reads both sides exactly: 0.7428571428571429 stays that, 4.10 stays 4.10. */
  private static final ObjectMapper TREE =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private static JsonNode user(Object value) throws Exception {
    return TREE.readTree(USER.writeValueAsString(value));
  }

  private static JsonNode without(JsonNode node, String... fields) {
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.remove(List.of(fields));
    return copy;
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme-q4.json", "cascade-q4.json", "scoring-models.json", "invalid-structure.json", "customer-success.json"})
  void scoreJsonIsEveryRollupAndKeyResultScoreAsTheModuleWritesIt(String name) throws Exception {
    JsonNode printed = TREE.readTree(okr("score", example(name), "--as-of", AS_OF.toString(), "--json").out());
    OkrSet set = OkrJson.defaults().read(Path.of(example(name)));
    // the objects the command scored: the document's roll-up, the command's default options
    RollupResult result = new RollupOptions().apply(Views.rollup(set))
        .computeTolerant(KpiCheckIns.apply(set, AS_OF), AS_OF);
    assertEquals(set.objectives().size(), printed.get("objectives").size());
    for (JsonNode objective : printed.get("objectives")) {
      ObjectiveRollup node = result.node(objective.get("id").asText()).orElseThrow();
      JsonNode mine = without(objective, "status", "health", "confidence", "madeOf");
      List<JsonNode> keyResults = new ArrayList<>();
      for (JsonNode kr : objective.get("keyResults")) {
        keyResults.add(without(kr, "health", "confidence"));
      }
      ((ObjectNode) mine).putArray("keyResults").addAll(keyResults);
      assertEquals(user(node), mine, name + ": objective " + node.objectiveId());
      for (int i = 0; i < keyResults.size(); i++) {
        KeyResultScore score = node.ownScore().keyResultScores().get(i);
        assertEquals(user(score), keyResults.get(i), name + ": key result " + score.keyResultId());
        assertTrue(objective.get("keyResults").get(i).has("health"), "the view adds health");
      }
    }
  }

  @Test
  void lintJsonIsEveryFindingAsTheModuleWritesIt() throws Exception {
    JsonNode printed = TREE.readTree(okr("lint", example("activity-trap.json"), "--as-of", AS_OF.toString(), "--json").out());
    OkrSet set = OkrJson.defaults().read(Path.of(example("activity-trap.json")));
    List<Finding> findings = Lint.validator(set, org.okrkit.validation.RuleSet.defaults(), List.of())
        .validate(KpiCheckIns.apply(set, AS_OF), AS_OF);
    assertEquals(findings.size(), printed.get("findings").size());
    for (int i = 0; i < findings.size(); i++) {
      assertEquals(user(findings.get(i)), printed.get("findings").get(i));
    }
    assertEquals(List.of("file", "findings", "errors", "warnings", "infos"), fields(printed));
  }

  @Test
  void krJsonIsTheReadingAsTheModuleWritesIt() throws Exception {
    String sentence = "Reduce average task turnaround time from five days to three";
    assertEquals(user(KeyResultParser.parse(sentence)), TREE.readTree(okr("kr", sentence, "--json").out()));
  }

  @Test
  void reviewJsonIsTheReviewAsTheModuleWritesIt() throws Exception {
    String name = example("year-2026.json");
    LocalDate date = LocalDate.of(2026, 10, 2);
    OkrSet set = OkrJson.defaults().read(Path.of(name));
    JsonNode printed = TREE.readTree(okr("review", name, "--as-of", date.toString(), "--json").out());
    String cycle = ReviewCommand.defaultCycle(set, date).orElseThrow().id();
    assertEquals(user(QuarterReview.ofCycle(KpiCheckIns.apply(set, date), cycle, date, Views.scorer(set))), printed);
  }

  @Test
  void theScoreJsonDocsCliShowsIsWhatTheCommandPrints() throws Exception {
    // docs/cli.md shows the first lines of the output, then "..."
    String doc = Files.readString(Path.of("../docs/cli.md"), StandardCharsets.UTF_8);
    String command = "$ okr score okr-examples/src/main/resources/examples/customer-success.json --json\n";
    int start = doc.indexOf(command) + command.length();
    String shown = doc.substring(start, doc.indexOf("\n...\n", start) + 1);
    String printed = okr("score", example("customer-success.json"), "--json").out();
    assertTrue(shown.length() > 200 && printed.startsWith(shown),
        "docs/cli.md's score --json example is the start of what okr prints:\n" + printed);
  }

  @Test
  void aUserMapperNeedsNoOptionsToMatchTheCommand() {
    // the module is found the way the REST user finds it
    assertTrue(USER.getRegisteredModuleIds().contains("OkrJsonModule"),
        USER.getRegisteredModuleIds().toString());
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
