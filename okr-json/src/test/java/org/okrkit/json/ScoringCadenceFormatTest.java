package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.text.OkrOutline;

/** The document's check-in cadence in "scoring": read, written back, refused when wrong. */
class ScoringCadenceFormatTest {
  private static OkrSet read(String cadence, String grace) throws OkrJsonException {
    String doc =
      """
      {"okr": "1.0",
       "cycles": [{"id": "q", "start": "2026-10-01", "end": "2026-12-31"}],
       "objectives": [{"id": "o", "title": "Shop", "cycle": "q", "keyResults": [
         {"id": "k", "title": "Grow", "baseline": 1, "target": 2}]}],
       "scoring": {"cadence": "CADENCE", "graceDays": GRACE}}
      """;
    return OkrJson.defaults().read(doc.replace("CADENCE", cadence).replace("GRACE", grace));
  }

  @Test
  void theCadenceAndGraceReadAndWriteBackInJsonAndTheOutline() throws Exception {
    OkrSet set = read("biweekly", "2");
    ScoringSettings s = set.scoring().orElseThrow();
    assertEquals(Optional.of(Period.ofWeeks(2)), s.cadence());
    assertEquals(Optional.of(2), s.graceDays());
    String written = OkrJson.defaults().write(set);
    assertTrue(written.contains("\"cadence\": \"biweekly\""), written);
    assertTrue(written.contains("\"graceDays\": 2"), written);
    assertEquals(set, OkrJson.defaults().read(written));
    assertEquals(set, OkrOutline.read(OkrOutline.write(set)));
    assertEquals(Optional.of(Period.ofDays(10)), read("P10D", "0").scoring().orElseThrow().cadence());
  }

  @Test
  void aCadenceThatIsNoPeriodOrANegativeGraceIsRefusedNamingThePlace() {
    OkrJsonException e = assertThrows(OkrJsonException.class, () -> read("sometimes", "3"));
    assertTrue(e.getMessage().contains("/scoring/cadence"), e.getMessage());
    assertTrue(e.getMessage().contains("expected daily, weekly, biweekly, monthly, quarterly"), e.getMessage());
    OkrJsonException g = assertThrows(OkrJsonException.class, () -> read("weekly", "-1"));
    assertTrue(g.getMessage().contains("/scoring/graceDays"), g.getMessage());
  }
}
