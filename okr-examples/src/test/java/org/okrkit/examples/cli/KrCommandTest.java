package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrCommandTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static JsonNode json(String sentence) throws Exception {
    CliRun.Result r = okr("kr", sentence, "--json");
    assertEquals(0, r.code(), r.toString());
    return JSON.readTree(r.out());
  }

  @Test
  void jsonHasExactlyTheDocumentedFieldsWithNumbersAsNumbers() throws Exception {
    JsonNode n = json("Reduce average task turnaround time from five days to three");
    List<String> fields = new ArrayList<>();
    n.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of("kind", "direction", "baseline", "target", "unit", "relative", "confidence", "notes"), fields);
    assertEquals("metric", n.get("kind").asText());
    assertEquals("decrease", n.get("direction").asText());
    assertTrue(n.get("baseline").isNumber());
    assertEquals(new BigDecimal("5"), n.get("baseline").decimalValue());
    assertEquals(new BigDecimal("3"), n.get("target").decimalValue());
    assertEquals("days", n.get("unit").asText());
    assertTrue(n.get("relative").isNull());
    assertTrue(n.get("confidence").isNumber());
    assertTrue(n.get("notes").isArray());
  }

  @Test
  void thresholdsAndMilestonesReadAsSuch() throws Exception {
    JsonNode uptime = json("Keep uptime at or above 99.9%");
    assertEquals("threshold", uptime.get("kind").asText());
    assertEquals("at_least", uptime.get("direction").asText());
    assertEquals(new BigDecimal("99.9"), uptime.get("target").decimalValue());
    assertTrue(uptime.get("baseline").isNull());
    JsonNode launch = json("Launch the new app");
    assertEquals("milestone", launch.get("kind").asText());
    assertTrue(launch.get("direction").isNull(), "milestones have no direction");
    assertTrue(launch.get("target").isNull());
  }

  @Test
  void relativeChangesWithoutBaselineStayRelative() throws Exception {
    JsonNode n = json("Reduce defect rate by 20%");
    assertEquals("decrease", n.get("direction").asText());
    assertTrue(n.get("target").isNull(), n.toString());
    assertTrue(n.get("relative").isTextual(), n.toString());
    assertTrue(n.get("notes").size() > 0, "says what it could not determine: " + n);
  }

  @Test
  void textFormShowsEachPart() {
    CliRun.Result r = okr("kr", "Increase the customer satisfaction score from 4.1 to 4.8");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("kind:       metric"), r.out());
    assertTrue(r.out().contains("baseline:   4.1"), r.out());
    assertTrue(r.out().contains("target:     4.8"), r.out());
  }

  @Test
  void aMissingOrBlankSentenceIsExit2() {
    assertEquals(2, okr("kr").code());
    CliRun.Result blank = okr("kr", "   ");
    assertEquals(2, blank.code(), blank.toString());
    assertEquals(1, blank.err().lines().count(), blank.toString());
  }
}
