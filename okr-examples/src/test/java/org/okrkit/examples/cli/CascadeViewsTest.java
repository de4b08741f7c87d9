package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code okr score} and {@code okr report --html} show of roll-ups and health on the bundled
 * cascade (a value-sum cascade, an objective aligned to a key result, a support link, stale key
 * results): a value-sum key result's current value is the sum at every date, health and
 * confidence on every objective and key result with the spellings {@code --json} promises, the
 * contributions in the roll-up's derivation, and the report's "made of" lists and stale marks.
 */
class CascadeViewsTest {
  private static final String CASCADE = example("cascade-q4.json");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Set<String> HEALTH =
      Set.of("not_started", "on_track", "at_risk", "off_track", "done", "stale", "achieved",
          "partially_achieved", "missed", "closed");

  private static JsonNode score(String asOf) throws IOException {
    CliRun.Result r = okr("score", CASCADE, "--as-of", asOf, "--json");
    assertEquals(0, r.code(), r.toString());
    return JSON.readTree(r.out());
  }

  private static JsonNode keyResult(JsonNode score, String id) {
    for (JsonNode o : score.get("objectives")) {
      for (JsonNode k : o.get("keyResults")) {
        if (k.get("id").asText().equals(id)) {
          return k;
        }
      }
    }
    throw new AssertionError("no key result " + id);
  }

  @Test
  void aValueSumKeyResultsCurrentIsTheSumOfItsSourcesAtEveryDate() throws IOException {
    for (String asOf : new String[] {"2026-10-01", "2026-10-15", "2026-10-25", "2026-11-05",
        "2026-11-20", "2026-12-31"}) {
      JsonNode s = score(asOf);
      BigDecimal sum = keyResult(s, "emea-1").get("current").decimalValue()
          .add(keyResult(s, "apac-1").get("current").decimalValue());
      JsonNode grow1 = keyResult(s, "grow-1");
      assertEquals(0, sum.compareTo(grow1.get("current").decimalValue()), asOf + ": " + grow1);
    }
    // as of 20 November: EMEA 800 + APAC 470
    assertEquals(0, new BigDecimal("1270").compareTo(
        keyResult(score("2026-11-20"), "grow-1").get("current").decimalValue()));
  }

  @Test
  void everyObjectiveAndKeyResultHasAHealthSpelledAsPromisedAndAConfidence() throws IOException {
    JsonNode s = score("2026-11-20");
    Set<String> seen = new HashSet<>();
    for (JsonNode o : s.get("objectives")) {
      assertTrue(HEALTH.contains(o.get("health").asText()), o.get("id") + ": " + o.get("health"));
      assertTrue(o.has("confidence"), o.toString());
      seen.add(o.get("health").asText());
      for (JsonNode k : o.get("keyResults")) {
        assertTrue(HEALTH.contains(k.get("health").asText()), k.get("id") + ": " + k.get("health"));
        assertTrue(k.has("confidence"), k.toString());
        seen.add(k.get("health").asText());
      }
    }
    assertTrue(seen.containsAll(Set.of("stale", "on_track", "off_track")), seen.toString());
    assertEquals("stale", keyResult(s, "grow-2").get("health").asText());
    assertEquals(0, new BigDecimal("0.5").compareTo(keyResult(s, "grow-2").get("confidence").decimalValue()));
  }

  @Test
  void theRollupsDerivationListsItsContributionsWhoseSharesSumToTheRollup() throws IOException {
    for (JsonNode o : score("2026-11-20").get("objectives")) {
      JsonNode d = o.get("rollupDerivation");
      if (!d.has("contributions")) {
        continue;
      }
      BigDecimal shares = BigDecimal.ZERO;
      for (JsonNode c : d.get("contributions")) {
        shares = shares.add(c.get("share").decimalValue());
      }
      assertEquals(o.get("rollup").decimalValue().doubleValue(), shares.doubleValue(), 1e-4,
          o.get("id").asText());
    }
  }

  @Test
  void theTextNamesHealthAndConfidencePerObjectiveAndKeyResult() {
    CliRun.Result r = okr("score", CASCADE, "--as-of", "2026-11-20");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Roll-up: weighted mean of own key results and aligned objectives."), r.out());
    assertTrue(r.out().contains("grow-2  Raise net revenue retention from 98% to 110% (now 103%)  stale since"),
        r.out());
    assertTrue(r.out().contains("  confidence 0.50"), r.out());
  }

  @Test
  void theHtmlReportListsWhatEachRollupIsMadeOfAndMarksStaleKeyResults(@TempDir Path dir)
      throws IOException {
    Path html = dir.resolve("cascade.html");
    CliRun.Result r = okr("report", CASCADE, "--as-of", "2026-11-20", "--html", html.toString());
    assertEquals(0, r.code(), r.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("<div class=\"made-of\"><span class=\"label\">made of</span><ul>"), page);
    assertTrue(page.contains("objective emea: 0.57 × 1"), page);
    assertTrue(page.contains("<span class=\"stale-mark\">stale since"), page);
  }
}
