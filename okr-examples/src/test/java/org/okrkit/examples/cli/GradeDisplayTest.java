package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Printed scores agree with their grades in every view (reliability item 13): 0.696 is not a
 * "0.70" beside YELLOW, 0.3995 not a "0.40" beside RED, and the legend has no gaps.
 */
class GradeDisplayTest {
  private static final Path REPRO = Path.of("src/test/resources/repro/F-grade-display.json");

  @Test
  void textShowsEnoughDigitsToAgreeWithTheGrade() {
    CliRun.Result r = okr("score", REPRO.toString(), "--as-of", "2026-11-20");
    String out = r.out();
    assertTrue(out.contains("] 0.696  roll-up 0.696  YELLOW"), out);
    assertTrue(out.contains("] 0.3995  roll-up 0.3995  RED"), out);
    assertFalse(out.contains("0.70  roll-up 0.70  YELLOW"), out);
    assertFalse(out.contains("0.40  roll-up 0.40  RED"), out);
    assertTrue(
        out.contains("Grades: GREEN from 0.7, YELLOW from 0.4 to below 0.7, RED below 0.4."), out);
  }

  @Test
  void explanationsAndJsonUseTheSameRule() throws Exception {
    CliRun.Result r = okr("score", REPRO.toString(), "--as-of", "2026-11-20", "--json");
    JsonNode root =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(r.out());
    JsonNode grade = root.get("objectives").get(0);
    assertEquals("grade", grade.get("id").asText());
    assertEquals("yellow", grade.get("grade").asText());
    assertEquals("0.696", grade.get("score").decimalValue().toPlainString());
    String why = grade.get("keyResults").get(0).get("explanation").asText();
    assertTrue(why.startsWith("(696 − 0) / (1000 − 0) = 0.696,"), why);
  }

  @Test
  void htmlBarsAndLegendAgreeWithTheGrade(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    CliRun.Result r =
        okr("report", REPRO.toString(), "--as-of", "2026-11-20", "--html", html.toString());
    assertTrue(Files.exists(html), r.toString());
    String page = Files.readString(html);
    assertTrue(page.contains("aria-valuenow=\"0.696\""), "bar value");
    assertTrue(page.contains("<span class=\"num\">0.3995</span>"), "bar number");
    assertTrue(page.contains("yellow from 0.4 to below 0.7"), "legend without gaps");
    assertFalse(page.contains("0.4–0.6"), "old legend with gaps");
  }
}
