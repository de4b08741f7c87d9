package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupStrategy;
import org.okrkit.scoring.Derivation;

/** The roll-up derivations of {@code okr score --json}: contributions as data, not text. */
class DerivationJsonTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private static JsonNode json(Derivation d) throws Exception {
    return JSON.readTree(JsonOut.of(g -> JsonOut.value(g, d)));
  }

  private static OkrSet acme() throws Exception {
    return OkrJson.defaults().read(Path.of(example("acme-q4.json")));
  }

  @Test
  void theRollUpsContributionsAreStructuredAndTheirSharesAddUpToTheRollUp() throws Exception {
    JsonNode root = JSON.readTree(okr("score", example("acme-q4.json"), "--json").out());
    JsonNode acme = root.get("objectives").get(0);
    JsonNode rollup = acme.get("rollupDerivation");
    assertEquals("weighted-mean", rollup.get("model").asText());
    BigDecimal shares = BigDecimal.ZERO;
    boolean child = false;
    for (JsonNode c : rollup.get("contributions")) {
      assertEquals(List.of("id", "item", "weight", "score", "share"), fields(c));
      shares = shares.add(c.get("share").decimalValue());
      child |= c.get("item").asText().equals("objective");
    }
    assertTrue(child, "an aligned objective is one item of the company's roll-up: " + rollup);
    assertTrue(shares.subtract(rollup.get("score").decimalValue()).abs()
        .compareTo(new BigDecimal("1E-14")) <= 0, "shares " + shares + " vs " + rollup);
    assertEquals(acme.get("rollup").decimalValue(), rollup.get("score").decimalValue());
  }

  @Test
  void aWeakestLinkNamesTheWeakestItem() throws Exception {
    JsonNode root =
        JSON.readTree(okr("score", example("acme-q4.json"), "--json", "--rollup", "weakest").out());
    JsonNode rollup = root.get("objectives").get(0).get("rollupDerivation");
    assertEquals("weakest-link", rollup.get("model").asText());
    String weakest = rollup.get("weakest").asText();
    BigDecimal lowest = null;
    String lowestId = null;
    for (JsonNode c : rollup.get("contributions")) {
      if (lowest == null || c.get("score").decimalValue().compareTo(lowest) < 0) {
        lowest = c.get("score").decimalValue();
        lowestId = c.get("id").asText();
      }
    }
    assertEquals(lowestId, weakest);
    assertEquals(0, rollup.get("score").decimalValue().compareTo(lowest));
  }

  @Test
  void aMixedRollUpCarriesBothGroupsAndTheirScaledContributions() throws Exception {
    Rollup mixed = Rollup.defaults().withOwnShare(new BigDecimal("0.25"));
    Derivation d = mixed.compute(acme(), AS_OF).node("acme").orElseThrow().derivation();
    JsonNode j = json(d);
    assertEquals("mixed", j.get("model").asText());
    assertEquals(0, new BigDecimal("0.25").compareTo(j.get("ownShare").decimalValue()));
    assertEquals("weighted-mean", j.get("own").get("model").asText());
    assertTrue(j.get("children").has("model"), j.toString());
    BigDecimal shares = BigDecimal.ZERO;
    for (JsonNode c : j.get("contributions")) {
      shares = shares.add(c.get("share").decimalValue());
    }
    assertTrue(shares.subtract(j.get("score").decimalValue()).abs()
        .compareTo(new BigDecimal("1E-14")) <= 0, j.toString());
  }

  @Test
  void aWeakestLinkFromTheLibraryWritesItsExcludedItems() throws Exception {
    Rollup weakest = Rollup.defaults().withStrategy(RollupStrategy.weakestLink());
    Derivation d = weakest.compute(acme(), AS_OF).node("acme").orElseThrow().derivation();
    JsonNode j = json(d);
    assertEquals("weakest-link", j.get("model").asText());
    assertTrue(j.get("excluded").isArray(), j.toString());
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
