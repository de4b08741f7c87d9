package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;

/** The roll-up and health fields of format 1.0: read, written and read back unchanged. */
class RollupFieldsJsonTest {
  private static final String DOC =
      """
      {"okr": "1.0",
       "cycles": [{"id": "q4", "start": "2026-10-01", "end": "2026-12-31"}],
       "objectives": [
        {"id": "co", "title": "Grow", "cycle": "q4", "keyResults": [
          {"id": "rev", "title": "Grow revenue from 100 to 200", "unit": "USD", "baseline": 100,
           "target": 200, "sumOf": ["emea", "apac"], "start": "2026-10-05", "due": "2026-12-15",
           "plan": [{"date": "2026-11-15", "value": 140}], "cadence": "biweekly", "graceDays": 2}]},
        {"id": "team", "title": "Help", "cycle": "q4", "parent": "co", "parentKeyResult": "rev",
         "weight": 0, "keyResults": [
          {"id": "emea", "title": "Grow EMEA from 40 to 120", "unit": "USD", "baseline": 40, "target": 120, "weight": 0},
          {"id": "apac", "title": "Grow APAC from 60 to 80", "unit": "USD", "baseline": 60, "target": 80, "cadence": "P10D"}]},
        {"id": "brand", "title": "Be known", "cycle": "q4", "parent": "co", "link": "support"}]}
      """;

  @Test
  void everyRollupAndHealthFieldIsReadIntoTheModel() throws OkrJsonException {
    OkrSet set = OkrJson.defaults().read(DOC);
    KeyResult rev = set.objectives().get(0).keyResults().get(0);
    assertEquals(List.of("emea", "apac"), rev.sumOf());
    assertEquals(LocalDate.of(2026, 10, 5), rev.start().orElseThrow());
    assertEquals(LocalDate.of(2026, 12, 15), rev.due().orElseThrow());
    assertEquals(List.of(PlanPoint.of(LocalDate.of(2026, 11, 15), new BigDecimal("140"))), rev.plan());
    assertEquals(Period.ofWeeks(2), rev.cadence().orElseThrow());
    assertEquals(2, rev.graceDays().orElseThrow());
    Objective team = set.objectives().get(1);
    assertEquals("rev", team.parentKeyResult().orElseThrow());
    assertEquals(BigDecimal.ZERO, team.weight());
    assertEquals(AlignmentLink.SUPPORT, set.objectives().get(2).link());
    assertEquals(Period.ofDays(10), team.keyResults().get(1).cadence().orElseThrow());
  }

  @Test
  void writingThenReadingGivesAnEqualSet() throws OkrJsonException {
    OkrSet set = OkrJson.defaults().read(DOC);
    String written = OkrJson.defaults().write(set);
    assertEquals(set, OkrJson.defaults().read(written));
    assertTrue(written.contains("\"cadence\": \"biweekly\""), written);
    assertTrue(written.contains("\"link\": \"support\""), written);
  }

  @Test
  void aBadCadenceOrGraceIsOneErrorNamingThePointer() {
    OkrJsonException e =
        assertThrows(
            OkrJsonException.class,
            () -> OkrJson.defaults().read(DOC.replace("\"biweekly\"", "\"fortnightly\"")));
    assertTrue(e.getMessage().contains("/objectives/0/keyResults/0/cadence"), e.getMessage());
    assertTrue(e.getMessage().contains("got \"fortnightly\""), e.getMessage());
    OkrJsonException g =
        assertThrows(
            OkrJsonException.class,
            () -> OkrJson.defaults().read(DOC.replace("\"graceDays\": 2", "\"graceDays\": 1.5")));
    assertTrue(g.getMessage().contains("/objectives/0/keyResults/0/graceDays"), g.getMessage());
    OkrJsonException k =
        assertThrows(
            OkrJsonException.class,
            () -> OkrJson.defaults().read(DOC.replace("\"support\"", "\"helps\"")));
    assertTrue(k.getMessage().contains("expected one of \"contribute\", \"support\""), k.getMessage());
  }
}
