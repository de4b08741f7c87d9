package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;

/** The scoring models' fields and the "scoring" object: read, written back, refused when wrong. */
class ScoringFormatTest {
  private static final String DOC =
      """
      {"okr": "1.0",
       "cycles": [{"id": "q", "start": "2026-10-01", "end": "2026-12-31"}],
       "objectives": [{"id": "o", "title": "Shop", "cycle": "q", "keyResults": [
         {"id": "s", "title": "Grow", "baseline": 120,
          "target": {"value": 150, "commit": 130, "stretch": 180}},
         {"id": "b", "title": "Hold", "kind": "threshold", "target": {"atLeast": 10, "atMost": 20}},
         {"id": "z", "title": "Win", "kind": "zones",
          "zones": {"fail": "f", "commit": "c", "target": "t", "stretch": "s"},
          "checkIns": [{"date": "2026-11-01", "zone": "target"}]},
         {"id": "d", "title": "Sell", "baseline": 0, "target": 100,
          "checkIns": [{"date": "2026-11-01", "delta": 20}]},
         {"id": "p", "title": "Lift", "baseline": 31, "targetPending": true}]}],
       "scoring": {"cap": "none", "floor": -0.5, "thresholdCredit": "partial",
                   "bandCredit": "partial", "grades": {"green": 0.8, "yellow": 0.5}}}
      """;

  @Test
  void everyScoringFieldReadsAndWritesBack() throws Exception {
    OkrSet set = OkrJson.defaults().read(DOC);
    KeyResult stepped = set.objectives().get(0).keyResults().get(0);
    assertEquals(new BigDecimal("130"), stepped.target().orElseThrow().commit().orElseThrow());
    assertEquals(Target.between(10, 20), set.objectives().get(0).keyResults().get(1).target().orElseThrow());
    KeyResult zones = set.objectives().get(0).keyResults().get(2);
    assertEquals(KeyResultKind.ZONES, zones.kind());
    assertEquals(Zone.TARGET, zones.checkIns().get(0).zone().orElseThrow());
    assertEquals(new BigDecimal("20"), set.objectives().get(0).keyResults().get(3).checkIns().get(0).delta().orElseThrow());
    assertTrue(set.objectives().get(0).keyResults().get(4).targetPending());
    ScoringSettings s = set.scoring().orElseThrow();
    assertTrue(s.noCap());
    assertEquals(new BigDecimal("-0.5"), s.floor().orElseThrow());
    assertEquals("partial", s.thresholdCredit().orElseThrow());
    assertEquals(new BigDecimal("0.8"), s.greenFrom().orElseThrow());
    String written = OkrJson.defaults().write(set);
    assertEquals(set, OkrJson.defaults().read(written), written);
  }

  @Test
  void aDocumentWithoutScoringFieldsIsWrittenAsBefore() throws Exception {
    String plain =
        "{\"okr\": \"1.0\", \"objectives\": [{\"id\": \"o\", \"title\": \"T\", \"cycle\": \"q\","
            + " \"keyResults\": [{\"id\": \"k\", \"title\": \"K\", \"baseline\": 1, \"target\": 2}]}]}";
    String written = OkrJson.defaults().write(OkrJson.defaults().read(plain));
    assertTrue(!written.contains("scoring") && !written.contains("commit"), written);
  }

  @Test
  void wrongScoringFieldsAreReportedWithTheirPointer() {
    OkrJsonException levels =
        assertThrows(OkrJsonException.class, () -> OkrJson.defaults().read(
            DOC.replace("{\"atLeast\": 10, \"atMost\": 20}", "{\"atLeast\": 10, \"commit\": 5}")));
    assertTrue(String.valueOf(levels.getMessage()).contains("\"commit\" and \"stretch\" belong to a \"value\""),
        levels.getMessage());
    OkrJsonException twice =
        assertThrows(OkrJsonException.class, () -> OkrJson.defaults().read(
            DOC.replace("\"delta\": 20", "\"delta\": 20, \"value\": 3")));
    assertTrue(String.valueOf(twice.getMessage()).contains("exactly one of \"value\", \"delta\", \"done\" and"
        + " \"zone\", got 2"), twice.getMessage());
    OkrJsonException credit =
        assertThrows(OkrJsonException.class, () -> OkrJson.defaults().read(
            DOC.replace("\"thresholdCredit\": \"partial\"", "\"thresholdCredit\": \"some\"")));
    assertTrue(String.valueOf(credit.getMessage()).contains("/scoring/thresholdCredit"), credit.getMessage());
    OkrJsonException cap =
        assertThrows(OkrJsonException.class, () -> OkrJson.defaults().read(
            DOC.replace("\"cap\": \"none\"", "\"cap\": 0.5")));
    assertTrue(String.valueOf(cap.getMessage()).contains("cap must be at least 1, was 0.5"), cap.getMessage());
  }
}
