package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code okr score}, {@code report} and {@code lint} score a document by its own {@code "scoring"}
 * settings, and each scoring option overrides the same part of them.
 */
class ScoringSettingsCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MODELS = example("scoring-models.json");

  @TempDir Path dir;

  private static JsonNode keyResult(CliRun.Result r, String id) throws Exception {
    assertEquals(0, r.code(), r.toString());
    for (JsonNode kr : JSON.readTree(r.out()).get("objectives").get(0).get("keyResults")) {
      if (kr.get("id").asText().equals(id)) {
        return kr;
      }
    }
    throw new AssertionError("no key result " + id + " in " + r.out());
  }

  @Test
  void scoreAppliesTheDocumentsBandCreditAndTheOptionOverridesIt() throws Exception {
    // the example says "bandCredit": "partial": 22 days is 2 outside a band 10 wide, 1 − 2/10
    JsonNode partial = keyResult(okr("score", MODELS, "--as-of", "2026-11-20", "--json"), "shop-2");
    assertEquals(0, new BigDecimal("0.8").compareTo(partial.get("score").decimalValue()));
    assertEquals("partial", partial.get("derivation").get("credit").asText());
    JsonNode none =
        keyResult(
            okr("score", MODELS, "--as-of", "2026-11-20", "--json", "--band-credit", "none"),
            "shop-2");
    assertEquals(0, BigDecimal.ZERO.compareTo(none.get("score").decimalValue()));
    assertEquals("none", none.get("derivation").get("credit").asText());
  }

  @Test
  void gradesFromTheDocumentColourTheScoresAndTheOptionOverridesThem() throws Exception {
    Path doc = withScoring("\"grades\": {\"green\": 0.6, \"yellow\": 0.3}");
    // the objective scores 0.6125: green from 0.6 under the document's grades, yellow by Google's
    CliRun.Result own = okr("score", doc.toString(), "--as-of", "2026-11-20");
    assertTrue(own.out().contains("0.61  roll-up 0.61  GREEN"), own.toString());
    assertTrue(own.out().contains("Grades: GREEN from 0.6, YELLOW from 0.3 to below 0.6"), own.out());
    CliRun.Result google = okr("score", doc.toString(), "--as-of", "2026-11-20", "--grades", "0.7,0.4");
    assertTrue(google.out().contains("0.61  roll-up 0.61  YELLOW"), google.toString());

    Path html = dir.resolve("q4.html");
    CliRun.Result report = okr("report", doc.toString(), "--as-of", "2026-11-20", "--html", html.toString());
    assertEquals(0, report.code(), report.toString());
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertTrue(page.contains("green from 0.6"), "the legend follows the document's grades");
    okr("report", doc.toString(), "--as-of", "2026-11-20", "--html", html.toString(), "--grades", "0.7,0.4");
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("green from 0.7"));
  }

  @Test
  void capFromTheDocumentHoldsOverAchievementAndTheOptionLiftsIt() throws Exception {
    // 45 sold of 100 scores 0.45 whatever the cap; a cap below 1 is refused by the document too
    Path doc = withScoring("\"cap\": 1.2");
    JsonNode kr = keyResult(okr("score", doc.toString(), "--as-of", "2026-11-20", "--json"), "shop-4");
    assertEquals(0, new BigDecimal("0.45").compareTo(kr.get("score").decimalValue()));
    Path over = Files.writeString(dir.resolve("over.json"),
        Files.readString(doc, StandardCharsets.UTF_8).replace("\"delta\": 10}", "\"delta\": 100}"),
        StandardCharsets.UTF_8);
    // 135 of 100: 1.35 raw, held at the document's cap 1.2, at 1 by --cap 1, raw by --cap none
    assertScore("1.2", over, "shop-4");
    assertScore("1", over, "shop-4", "--cap", "1");
    assertScore("1.35", over, "shop-4", "--cap", "none");
  }

  @Test
  void lintGradesTheCycleUnderTheDocumentsThresholdCreditAndTheOptionOverridesIt() throws Exception {
    // an aspirational objective whose one threshold met its bound at the end, but only 1 of 2
    // check-ins: all-or-nothing scores it 1 (fully met), hit ratio 0.5
    Path doc = Files.writeString(dir.resolve("control.json"), """
        {"okr": "1.0",
         "cycles": [{"id": "2026-Q3", "start": "2026-07-01", "end": "2026-09-30"}],
         "objectives": [{"id": "ops", "title": "Run a dependable service", "cycle": "2026-Q3",
           "keyResults": [{"id": "ops-1", "title": "Keep uptime at or above 99.9%",
             "kind": "threshold", "unit": "%", "target": {"atLeast": 99.9},
             "checkIns": [{"date": "2026-08-01", "value": 99.5},
                          {"date": "2026-09-15", "value": 99.95}]}]}],
         "scoring": {"thresholdCredit": "hit-ratio"}}
        """, StandardCharsets.UTF_8);
    CliRun.Result byDocument = okr("lint", doc.toString(), "--as-of", "2026-10-15");
    assertFalse(byDocument.out().contains("aspirational-fully-met"), byDocument.toString());
    CliRun.Result overridden =
        okr("lint", doc.toString(), "--as-of", "2026-10-15", "--threshold-credit", "all-or-nothing");
    assertTrue(overridden.out().contains("aspirational-fully-met"), overridden.toString());
    assertTrue(overridden.out().contains("scored 1 at the end of cycle"), overridden.toString());
  }

  @Test
  void theDerivationsTheJsonFormatDocShowsAreWhatScoreJsonPrints() throws Exception {
    String doc = Files.readString(Path.of("../docs/json-format.md"), StandardCharsets.UTF_8);
    int section = doc.indexOf("### The derivation object");
    int start = doc.indexOf("```json\n", section) + "```json\n".length();
    JsonNode documented = JSON.readTree(doc.substring(start, doc.indexOf("```", start)));
    CliRun.Result r = okr("score", MODELS, "--as-of", "2026-11-20", "--json");
    JsonNode objective = JSON.readTree(r.out()).get("objectives").get(0);
    assertEquals(documented, objective.get("derivation"));
    int band = doc.indexOf("{\"model\": \"band\"", start);
    JsonNode bandDoc = JSON.readTree(doc.substring(band, doc.indexOf('}', band) + 1)
        .replace("\n", " "));
    assertEquals(bandDoc, keyResult(r, "shop-2").get("derivation"));
  }

  @Test
  void theDocumentsCheckInCadenceDecidesWhatIsStale() throws Exception {
    // last checked in on 5 November: stale by 20 November when weekly (+3 days), not biweekly
    String doc = """
        {"okr": "1.0",
         "cycles": [{"id": "2026-Q4", "start": "2026-10-01", "end": "2026-12-31"}],
         "objectives": [{"id": "o", "title": "Grow", "cycle": "2026-Q4",
           "keyResults": [{"id": "k", "title": "Grow sales from 0 to 100", "baseline": 0,
             "target": 100, "checkIns": [{"date": "2026-11-05", "value": 60}]}]}]%s}
        """;
    Path weekly = Files.writeString(dir.resolve("weekly.json"), String.format(doc, ""), StandardCharsets.UTF_8);
    Path biweekly = Files.writeString(dir.resolve("biweekly.json"),
        String.format(doc, ", \"scoring\": {\"cadence\": \"biweekly\"}"), StandardCharsets.UTF_8);
    assertEquals("stale", keyResult(okr("score", weekly.toString(), "--as-of", "2026-11-20", "--json"), "k")
        .get("health").asText());
    assertEquals("on_track", keyResult(okr("score", biweekly.toString(), "--as-of", "2026-11-20", "--json"), "k")
        .get("health").asText());
  }

  @Test
  void confidencesOnTheDocumentsScaleAreShownAsGivenBesideTheirZeroToOneValue() throws Exception {
    String doc = """
        {"okr": "1.0",
         "cycles": [{"id": "2026-Q4", "start": "2026-10-01", "end": "2026-12-31"}],
         "objectives": [{"id": "o", "title": "Grow", "cycle": "2026-Q4",
           "keyResults": [{"id": "k", "title": "Grow sales from 0 to 100", "baseline": 0,
             "target": 100, "checkIns": [{"date": "2026-11-15", "value": 60, "confidence": CONF}]}]}],
         "scoring": {"confidenceScale": "SCALE"}}
        """;
    Path tens = Files.writeString(dir.resolve("tens.json"),
        doc.replace("CONF", "7").replace("SCALE", "0-10"), StandardCharsets.UTF_8);
    CliRun.Result text = okr("score", tens.toString(), "--as-of", "2026-11-20");
    assertEquals(0, text.code(), text.toString());
    assertTrue(text.out().contains("confidence 0.70 (7)"), text.out());
    JsonNode kr = keyResult(okr("score", tens.toString(), "--as-of", "2026-11-20", "--json"), "k");
    assertEquals(0, new BigDecimal("0.7").compareTo(kr.get("confidence").decimalValue()), kr.toString());
    Path words = Files.writeString(dir.resolve("words.json"),
        doc.replace("CONF", "\"amber\"").replace("SCALE", "red-amber-green"), StandardCharsets.UTF_8);
    Path html = dir.resolve("words.html");
    CliRun.Result report = okr("report", words.toString(), "--as-of", "2026-11-20", "--html", html.toString());
    assertEquals(0, report.code(), report.toString());
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("0.50 (amber)"), "as given beside 0.50");
    Path off = Files.writeString(dir.resolve("off.json"),
        doc.replace("CONF", "11").replace("SCALE", "0-10"), StandardCharsets.UTF_8);
    CliRun.Result refused = okr("score", off.toString(), "--as-of", "2026-11-20");
    assertEquals(2, refused.code(), "an unreadable document: " + refused);
    assertTrue(refused.err().contains("/objectives/0/keyResults/0/checkIns/0/confidence"), refused.err());
    assertTrue(refused.err().contains("expected a number from 0 to 10 (the document's confidenceScale"
        + " 0-10), got 11"), refused.err());
  }

  private void assertScore(String expected, Path doc, String id, String... options) throws Exception {
    String[] args = new String[4 + options.length];
    args[0] = "score";
    args[1] = doc.toString();
    args[2] = "--as-of=2026-11-20";
    args[3] = "--json";
    System.arraycopy(options, 0, args, 4, options.length);
    JsonNode kr = keyResult(okr(args), id);
    assertEquals(0, new BigDecimal(expected).compareTo(kr.get("score").decimalValue()), kr.toString());
  }

  /** The scoring-models example with its "scoring" object replaced by {@code settings}. */
  private Path withScoring(String settings) throws Exception {
    String text = Files.readString(Path.of(MODELS), StandardCharsets.UTF_8);
    String replaced = text.replace("\"scoring\": {\"bandCredit\": \"partial\"}",
        "\"scoring\": {\"bandCredit\": \"partial\", " + settings + "}");
    assertFalse(replaced.equals(text), "the example still has its scoring object");
    return Files.writeString(dir.resolve("models.json"), replaced, StandardCharsets.UTF_8);
  }
}
