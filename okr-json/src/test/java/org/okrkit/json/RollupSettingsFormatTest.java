package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.text.OkrOutline;

/** How the document rolls up, in "scoring": read, written back, refused when wrong. */
class RollupSettingsFormatTest {
  private static OkrSet read(String scoring) throws OkrJsonException {
    String doc =
        """
        {"okr": "1.0",
         "cycles": [{"id": "q", "start": "2026-10-01", "end": "2026-12-31"}],
         "objectives": [{"id": "o", "title": "Shop", "cycle": "q", "keyResults": [
           {"id": "k", "title": "Grow", "baseline": 1, "target": 2}]}],
         "scoring": {SCORING}}
        """;
    return OkrJson.defaults().read(doc.replace("SCORING", scoring));
  }

  @Test
  void rollupSourceAndOwnShareReadAndWriteBackInJsonAndTheOutline() throws Exception {
    OkrSet set = read("\"rollup\": \"weakest\", \"source\": \"both\", \"ownShare\": 0.50");
    ScoringSettings s = set.scoring().orElseThrow();
    assertEquals(Optional.of("weakest"), s.rollup());
    assertEquals(Optional.of("both"), s.source());
    assertEquals(Optional.of(new BigDecimal("0.50")), s.ownShare());
    String written = OkrJson.defaults().write(set);
    assertTrue(
        written.contains("\"rollup\": \"weakest\",\n    \"source\": \"both\",\n    \"ownShare\": 0.50"),
        written);
    assertEquals(set, OkrJson.defaults().read(written));
    String md = OkrOutline.write(set);
    assertTrue(md.contains("rollup: weakest, source: both, own-share: 0.50"), md);
    assertEquals(set, OkrOutline.read(md));
    assertEquals(Optional.of("children"), read("\"source\": \"children\"").scoring().orElseThrow().source());
    assertEquals(Optional.of("sum"), read("\"rollup\": \"sum\"").scoring().orElseThrow().rollup());
  }

  @Test
  void anUnknownStrategyOrSourceIsRefusedNamingThePlaceAndTheChoices() {
    OkrJsonException rollup = assertThrows(OkrJsonException.class, () -> read("\"rollup\": \"median\""));
    assertTrue(rollup.getMessage().contains("/scoring/rollup"), rollup.getMessage());
    assertTrue(rollup.getMessage().contains("expected one of \"mean\", \"weakest\", \"sum\", got \"median\""),
        rollup.getMessage());
    OkrJsonException source = assertThrows(OkrJsonException.class, () -> read("\"source\": \"parents\""));
    assertTrue(source.getMessage().contains("/scoring/source"), source.getMessage());
    assertTrue(source.getMessage().contains("\"own\", \"children\", \"both\""), source.getMessage());
  }

  @Test
  void anOwnShareOutsideZeroToOneOrWithoutBothSourcesIsRefused() {
    OkrJsonException range = assertThrows(OkrJsonException.class, () -> read("\"ownShare\": 1.5"));
    assertTrue(range.getMessage().contains("/scoring/ownShare"), range.getMessage());
    assertTrue(range.getMessage().contains("expected a number from 0 to 1, got 1.5"), range.getMessage());
    OkrJsonException own =
        assertThrows(OkrJsonException.class, () -> read("\"source\": \"own\", \"ownShare\": 0.5"));
    assertTrue(own.getMessage().contains("/scoring"), own.getMessage());
    assertTrue(own.getMessage().contains("ownShare mixes own key results and aligned objectives, so it"
        + " needs the source both, was 'own'"), own.getMessage());
  }

  @Test
  void theSchemaTakesTheRollupSettingsTheReaderTakesAndRefusesTheOnesItRefuses() throws Exception {
    String good = OkrJson.defaults().write(read("\"rollup\": \"sum\", \"ownShare\": 0.25"));
    assertEquals(java.util.Set.of(), OkrJsonSchemaTest.validate(good));
    for (String bad : new String[] {"\"rollup\": \"median\"", "\"source\": \"parents\"",
        "\"ownShare\": 2", "\"source\": \"children\", \"ownShare\": 0.5"}) {
      String doc = good.replace("\"rollup\": \"sum\",\n    \"ownShare\": 0.25", bad);
      assertTrue(!doc.equals(good), good);
      assertTrue(!OkrJsonSchemaTest.validate(doc).isEmpty(), doc);
      assertThrows(OkrJsonException.class, () -> OkrJson.defaults().read(doc), doc);
    }
  }
}
