package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.math.BigDecimal;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;

// one string literal per sheet row keeps the row numbers the assertions name easy to count
@SuppressWarnings("StringConcatToTextBlock")
class OkrCsvWritingTest {
  private final OkrJson json = OkrJson.defaults();
  private final OkrCsv csv = OkrCsv.defaults();

  @Test
  void keyResultsSheetHasTheCanonicalColumnsAndOneRowPerKeyResult() {
    OkrSet set = csv.withCurrentDate(LocalDate.of(2026, 11, 20)).read(
        "cycle,objective_id,objective,key_result_id,key_result,baseline,target,current\n"
            + "2026-Q4,cs,\"Delight, truly\",cs-1,Raise CSAT,4.1,4.80,4.45\n");
    assertEquals(
        "cycle,cycle_start,cycle_end,objective_id,objective,objective_owner,level,type,parent,"
            + "key_result_id,key_result,kind,unit,baseline,target,at_least,at_most,weight,current\n"
            + "2026-Q4,2026-10-01,2026-12-31,cs,\"Delight, truly\",,,aspirational,,cs-1,Raise CSAT,"
            + "metric,,4.1,4.80,,,,4.45\n",
        csv.writeKeyResults(set, true));
    assertEquals("date,key_result_id,value,confidence,note\n2026-11-20,cs-1,4.45,,\n", csv.writeCheckIns(set));
  }

  @Test
  void theExampleDocumentRoundTripsThroughBothSheets() throws IOException {
    OkrSet set = json.read(OkrJsonReadingTest.EXAMPLES.resolve("company-tree.okr.json"));
    List<String> losses = csv.losses(set, true);
    OkrSet back = csv.read(csv.writeKeyResults(set, true), csv.writeCheckIns(set));
    if (losses.isEmpty()) {
      assertEquals(set, back);
    }
    // whatever is lost is said; the rest comes back: same objectives, key results and check-ins
    assertEquals(set.objectives().size(), back.objectives().size());
    for (int i = 0; i < set.objectives().size(); i++) {
      List<KeyResult> krs = set.objectives().get(i).keyResults();
      for (int j = 0; j < krs.size(); j++) {
        assertEquals(krs.get(j).checkIns().size(), back.objectives().get(i).keyResults().get(j).checkIns().size());
        assertEquals(krs.get(j).target(), back.objectives().get(i).keyResults().get(j).target());
      }
    }
  }

  @Test
  void lossesNameWhatASheetCannotCarry() throws IOException {
    OkrSet set = json.read(OkrJsonReadingTest.example("messy.okr.json"));
    List<String> losses = csv.losses(set, true);
    assertTrue(!losses.isEmpty());
    assertTrue(losses.stream().anyMatch(l -> l.contains("extension field")), losses.toString());
  }

  @Test
  void repeatedIdsThatASheetWouldMergeAreReported() throws OkrJsonException {
    // Invalid (validate says so) but readable: the sheets find rows by id, so they would merge.
    OkrSet set = json.read("{\"okr\":\"1.0\",\"cycles\":["
        + "{\"id\":\"2026-Q4\",\"start\":\"2026-10-01\",\"end\":\"2026-12-31\"},"
        + "{\"id\":\"2026-Q4\",\"start\":\"2026-10-01\",\"end\":\"2026-12-31\"}],"
        + "\"objectives\":[{\"id\":\"o\",\"title\":\"O\",\"cycle\":\"2026-Q4\",\"keyResults\":["
        + "{\"id\":\"k\",\"title\":\"K\",\"target\":5,\"checkIns\":[{\"date\":\"2026-11-01\",\"value\":1}]}]},"
        + "{\"id\":\"o\",\"title\":\"P\",\"cycle\":\"2026-Q4\",\"keyResults\":["
        + "{\"id\":\"k\",\"title\":\"L\",\"target\":5,\"checkIns\":[{\"date\":\"2026-11-02\",\"value\":2}]}]}]}");
    List<String> losses = csv.losses(set, true);
    assertTrue(losses.contains("cycle id '2026-Q4' appears 2 times, and a sheet keeps one cycle per id"),
        losses.toString());
    assertTrue(losses.contains("objective id 'o' appears 2 times, and a sheet keeps one objective per id"),
        losses.toString());
    assertTrue(losses.contains("key result id 'k' appears 2 times, and the check-ins sheet finds the key"
        + " result of a check-in by its id"), losses.toString());
  }

  @Test
  void oneSheetSaysItKeepsOnlyTheCurrentValue() {
    OkrSet set = csv.read(
        "cycle,objective,key_result,target\n2026-Q4,O,K,5\n",
        "date,key_result_id,value\n2026-10-15,o-1,1\n2026-11-15,o-1,2\n");
    assertEquals(
        List.of("key result 'o-1': 1 earlier check-ins and the date of the latest, 2026-11-15 (one sheet"
            + " carries only the current value; write the check-ins sheet too)"),
        csv.losses(set, false));
    assertEquals(List.of(), csv.losses(set, true));
  }

  @Test
  void descriptionsWeightsAndBaselineDatesAreReported() throws OkrJsonException {
    OkrSet set = json.read("{\"okr\":\"1.0\",\"cycles\":[{\"id\":\"2026-Q4\",\"name\":\"Q4 2026\","
        + "\"start\":\"2026-10-01\",\"end\":\"2026-12-31\"},{\"id\":\"spare\",\"start\":\"2026-10-01\","
        + "\"end\":\"2026-12-31\"}],\"objectives\":[{\"id\":\"o\",\"title\":\"O\",\"cycle\":\"2026-Q4\","
        + "\"description\":\"why\",\"weight\":2,\"x-a\":1,\"keyResults\":[{\"id\":\"k\",\"title\":\"K\","
        + "\"baseline\":{\"value\":1,\"date\":\"2026-10-01\"},\"target\":2,\"x-n\":5,\"x-s\":\"text\"}]}]}");
    assertEquals(
        List.of(
            "cycle 'spare': no objective belongs to it, and a sheet has a row only per key result",
            "objective 'o': its description",
            "objective 'o': its weight 2 (the weight column is the key result's)",
            "objective 'o': extension fields [x-a]",
            "key result 'k': the baseline's date 2026-10-01",
            "key result 'k': extension field x-n (a sheet carries only text extensions)"),
        csv.losses(set, true));
  }

  @Test
  void commitAndStretchRoundTrip() {
    String sheet = "cycle,objective,type,key_result,commit,stretch\n2026-Q4,O,committed,K,80,100\n";
    OkrSet set = csv.read(sheet);
    assertEquals(List.of(), csv.losses(set, true));
    assertEquals(set, csv.read(csv.writeKeyResults(set, true), csv.writeCheckIns(set)));
    assertTrue(csv.writeKeyResults(set, true).contains(",80,100,"), csv.writeKeyResults(set, true));
  }

  @Test
  void steppedBandZonesAndDeltaKeyResultsRoundTripThroughBothSheets() throws IOException {
    OkrSet set = csv.read(
        "cycle,objective_id,objective,key_result_id,key_result,kind,baseline,target,at_least,at_most,"
            + "commit,stretch\n"
            + "2026-Q4,o,O,rec,Recommendations,metric,120,150,,,130,180\n"
            + "2026-Q4,o,O,inv,Inventory cover,threshold,,,10,20,,\n"
            + "2026-Q4,o,O,nps,Onboarding delight,zones,,,,,,\n"
            + "2026-Q4,o,O,sold,Units sold,metric,0,40,,,,\n",
        "date,key_result_id,value,delta\n"
            + "2026-11-01,rec,140,\n"
            + "2026-11-01,inv,22,\n"
            + "2026-11-01,nps,commit,\n"
            + "2026-11-02,nps,target,\n"
            + "2026-11-01,sold,,5\n"
            + "2026-11-08,sold,,7\n");
    List<KeyResult> krs = set.objectives().get(0).keyResults();
    assertEquals(Target.stepped(new BigDecimal("150"), new BigDecimal("130"), new BigDecimal("180")),
        krs.get(0).target().orElseThrow());
    assertEquals(Target.between(new BigDecimal("10"), new BigDecimal("20")), krs.get(1).target().orElseThrow());
    assertEquals(KeyResultKind.ZONES, krs.get(2).kind());
    assertEquals(List.of(Zone.COMMIT, Zone.TARGET),
        krs.get(2).checkIns().stream().map(c -> c.zone().orElseThrow()).toList());
    assertEquals(List.of(new BigDecimal("5"), new BigDecimal("7")),
        krs.get(3).checkIns().stream().map(c -> c.delta().orElseThrow()).toList());

    assertEquals(List.of(), csv.losses(set, true));
    String keyResults = csv.writeKeyResults(set, true);
    String checkIns = csv.writeCheckIns(set);
    assertTrue(keyResults.contains(",metric,,120,150,,,130,180,,140\n"), keyResults);
    assertTrue(keyResults.contains(",threshold,,,,10,20,,,,22\n"), keyResults);
    assertTrue(keyResults.contains(",zones,,,,,,,,,target\n"), keyResults);
    // the current cell of a cumulative key result is the level its increments reach: 0 + 5 + 7
    assertTrue(keyResults.contains(",metric,,0,40,,,,,,12\n"), keyResults);
    assertEquals("date,key_result_id,value,confidence,note,delta\n"
        + "2026-11-01,rec,140,,,\n2026-11-01,inv,22,,,\n2026-11-01,nps,commit,,,\n"
        + "2026-11-02,nps,target,,,\n2026-11-01,sold,,,,5\n2026-11-08,sold,,,,7\n", checkIns);
    assertEquals(set, csv.read(keyResults, checkIns));
  }

  @Test
  void oneSheetCarriesTheLevelIncrementsReachAndSaysSo() {
    OkrSet set = csv.read(
        "cycle,objective_id,objective,key_result_id,key_result,baseline,target\n"
            + "2026-Q4,o,O,sold,Units sold,10,40\n",
        "date,key_result_id,delta\n2026-11-01,sold,5\n2026-11-08,sold,7\n");
    assertEquals(
        List.of("key result 'sold': that its check-ins are increments (one sheet carries the level"
                + " they reach as the current value)",
            "key result 'sold': 1 earlier check-ins and the date of the latest, 2026-11-08 (one sheet"
                + " carries only the current value; write the check-ins sheet too)"),
        csv.losses(set, false));
    OkrSet back = csv.withCurrentDate(LocalDate.of(2026, 11, 8)).read(csv.writeKeyResults(set, false));
    assertEquals(List.of(CheckIn.of(LocalDate.of(2026, 11, 8), new BigDecimal("22"))),
        back.objectives().get(0).keyResults().get(0).checkIns());
  }

  @Test
  void whatASheetCannotCarryOfTheScoringModelsIsNamed() throws OkrJsonException {
    OkrSet set = json.read(
        "{\"okr\": \"1.0\", \"scoring\": {\"cap\": 1.2},"
            + " \"cycles\": [{\"id\": \"2026-Q4\", \"name\": \"Q4 2026\", \"start\": \"2026-10-01\", \"end\": \"2026-12-31\"}],"
            + " \"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"cycle\": \"2026-Q4\", \"keyResults\": ["
            + "{\"id\": \"z\", \"title\": \"Z\", \"kind\": \"zones\", \"zones\": {\"fail\": \"a\","
            + " \"commit\": \"b\", \"target\": \"c\", \"stretch\": \"d\"}},"
            + "{\"id\": \"p\", \"title\": \"P\", \"targetPending\": true, \"baselinePending\": true}]}]}");
    assertEquals(
        List.of(
            "the set's scoring settings (cap, floor, credits, grades, cadence, roll-up, confidence scale: a sheet has rows of key results only)",
            "key result 'z': the descriptions of its zones",
            "key result 'p': that its target is pending (the sheet leaves the target blank)",
            "key result 'p': that its baseline is pending (the sheet leaves the baseline blank)"),
        csv.losses(set, true));
  }

  @Test
  void aConfidenceGivenOnTheDocumentsScaleIsNamedAsALossTheSheetKeepsItsZeroToOneValue()
      throws OkrJsonException {
    OkrSet set = json.read(
        "{\"okr\": \"1.0\","
            + " \"cycles\": [{\"id\": \"2026-Q4\", \"name\": \"Q4 2026\", \"start\": \"2026-10-01\", \"end\": \"2026-12-31\"}],"
            + " \"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"cycle\": \"2026-Q4\", \"keyResults\": ["
            + "{\"id\": \"k\", \"title\": \"K\", \"baseline\": 0, \"target\": 10, \"checkIns\": ["
            + "{\"date\": \"2026-11-01\", \"value\": 4, \"confidence\": \"amber\"}]}]}],"
            + " \"scoring\": {\"confidenceScale\": \"red-amber-green\"}}");
    assertEquals(
        List.of(
            "the set's scoring settings (cap, floor, credits, grades, cadence, roll-up, confidence scale: a sheet has rows of key results only)",
            "key result 'k': the confidence of the check-in of 2026-11-01 as given, 'amber' (a sheet carries the 0-1 confidence)"),
        csv.losses(set, true));
    String sheet = csv.writeCheckIns(set);
    assertTrue(sheet.contains("0.5"), sheet);
  }
}
