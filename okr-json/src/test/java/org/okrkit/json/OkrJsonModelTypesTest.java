package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.Corridor;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultInSet;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.ZoneDescriptions;

/**
 * Every model value has its own serializer and deserializer in {@link OkrJsonModule}: a DTO
 * holding any of them reads and writes through a user's mapper, in the shape that value has
 * inside a document (docs/json-format.md, "Java type → JSON shape").
 */
class OkrJsonModelTypesTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
  private static final LocalDate NOV15 = LocalDate.of(2026, 11, 15);

  private static KeyResult csat() {
    return KeyResult.metric("cs-1", "Increase customer satisfaction from 4.1 to 4.8", 4.1, 4.8)
        .plusCheckIn(CheckIn.of(NOV15, 4.45).withConfidence(new java.math.BigDecimal("0.7")));
  }

  @Test
  void aDtoOfModelValuesWritesTheDocumentedShapes() throws IOException {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("cycle", Cycle.quarter(2026, 4));
    dto.put("keyResult", csat());
    dto.put("checkIn", CheckIn.ofDone(NOV15, true));
    dto.put("baseline", Baseline.of(new java.math.BigDecimal("4.10"), LocalDate.of(2026, 10, 1)));
    dto.put("target", Target.atLeast(99.9));
    dto.put("reach", Target.of(4.8));
    dto.put("objective", Objective.of("cs", "Make happy customers the core of our growth", "2026-Q4"));
    assertEquals(
        "{\"cycle\":{\"id\":\"2026-Q4\",\"name\":\"Q4 2026\",\"start\":\"2026-10-01\",\"end\":\"2026-12-31\"},"
            + "\"keyResult\":{\"id\":\"cs-1\",\"title\":\"Increase customer satisfaction from 4.1 to 4.8\","
            + "\"baseline\":4.1,\"target\":4.8,\"checkIns\":[{\"date\":\"2026-11-15\",\"value\":4.45,\"confidence\":0.7}]},"
            + "\"checkIn\":{\"date\":\"2026-11-15\",\"done\":true},"
            + "\"baseline\":{\"value\":4.10,\"date\":\"2026-10-01\"},"
            + "\"target\":{\"atLeast\":99.9},\"reach\":4.8,"
            + "\"objective\":{\"id\":\"cs\",\"title\":\"Make happy customers the core of our growth\",\"cycle\":\"2026-Q4\"}}",
        mapper.writeValueAsString(dto));
  }

  @Test
  void eachValueReadsBackEqual() throws IOException {
    Map<Class<?>, Object> values = new LinkedHashMap<>();
    values.put(Cycle.class, Cycle.quarter(2026, 4));
    values.put(KeyResult.class, csat());
    values.put(CheckIn.class, CheckIn.of(NOV15, 4.45));
    values.put(Baseline.class, Baseline.of(4.1));
    values.put(Target.class, Target.atMost(2));
    values.put(Objective.class, Objective.of("cs", "Delight", "2026-Q4", csat()));
    values.put(OkrSet.class, OkrSet.empty());
    for (Map.Entry<Class<?>, Object> e : values.entrySet()) {
      String json = mapper.writeValueAsString(e.getValue());
      assertEquals(e.getValue(), mapper.readValue(json, e.getKey()), json);
    }
  }

  @Test
  void aListOfKeyResultsInADtoReadsWithTheDocumentRules() throws IOException {
    Map<String, List<KeyResult>> dto = Map.of("keyResults", List.of(csat()));
    String json = mapper.writeValueAsString(dto);
    assertEquals(dto, mapper.readValue(json, new TypeReference<Map<String, List<KeyResult>>>() {}));
  }

  @Test
  void aBadValueInsideADtoNamesItsPointerInTheDto() {
    OkrJsonException e = assertThrows(OkrJsonException.class, () -> mapper.readValue(
        "{\"keyResult\":{\"id\":\"k\",\"title\":\"t\",\"weight\":-2,\"tagret\":1}}",
        new TypeReference<Map<String, KeyResult>>() {}));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertEquals("/keyResult/weight", e.problems().get(0).pointer());
    assertEquals("/keyResult/tagret", e.problems().get(1).pointer());
  }

  @Test
  void theLenientModuleIgnoresUnknownFieldsInValuesToo() throws IOException {
    ObjectMapper lenient = new ObjectMapper().registerModule(OkrJson.defaults().withLenientUnknownFields(true).module());
    assertEquals(CheckIn.of(NOV15, 4.45),
        lenient.readValue("{\"date\":\"2026-11-15\",\"value\":4.45,\"mood\":\"good\"}", CheckIn.class));
  }

  /** A DTO with one field of each of the KPI, plan, zones and scoring parts of a document. */
  public static final class PartsDto {
    public @Nullable Measurement measurement;
    public @Nullable Corridor corridor;
    public @Nullable PlanPoint planPoint;
    public @Nullable ZoneDescriptions zones;
    public @Nullable ScoringSettings scoring;
  }

  private static PartsDto parts() {
    PartsDto dto = new PartsDto();
    dto.measurement = Measurement.builder().date(NOV15).value(new BigDecimal("41.50"))
        .note("after the onboarding fix").putExtensions("x-source", "\"survey\"").build();
    dto.corridor = Corridor.of(new BigDecimal("40"), new BigDecimal("60"));
    dto.planPoint = PlanPoint.of(NOV15, new BigDecimal("4.5"));
    dto.zones = ZoneDescriptions.of("under 100 sign-ups", "100", "250", "500 or more");
    dto.scoring = ScoringSettings.builder().cap(new BigDecimal("1.2")).greenFrom(new BigDecimal("0.7"))
        .yellowFrom(new BigDecimal("0.4")).rollup("weakest").confidenceScale(ConfidenceScale.ZERO_TO_TEN).build();
    return dto;
  }

  @Test
  void aDtoOfKpiPlanZonesAndScoringPartsWritesTheirDocumentShapes() throws IOException {
    assertEquals(
        "{\"measurement\":{\"date\":\"2026-11-15\",\"value\":41.50,\"note\":\"after the onboarding fix\",\"x-source\":\"survey\"},"
            + "\"corridor\":{\"min\":40,\"max\":60},"
            + "\"planPoint\":{\"date\":\"2026-11-15\",\"value\":4.5},"
            + "\"zones\":{\"fail\":\"under 100 sign-ups\",\"commit\":\"100\",\"target\":\"250\",\"stretch\":\"500 or more\"},"
            + "\"scoring\":{\"cap\":1.2,\"grades\":{\"green\":0.7,\"yellow\":0.4},\"rollup\":\"weakest\",\"confidenceScale\":\"0-10\"}}",
        mapper.writeValueAsString(parts()));
  }

  @Test
  void aDtoOfKpiPlanZonesAndScoringPartsReadsBackEqual() throws IOException {
    PartsDto dto = parts();
    PartsDto back = mapper.readValue(mapper.writeValueAsString(dto), PartsDto.class);
    assertEquals(dto.measurement, back.measurement);
    assertEquals(dto.corridor, back.corridor);
    assertEquals(dto.planPoint, back.planPoint);
    assertEquals(dto.zones, back.zones);
    assertEquals(dto.scoring, back.scoring);
    // the one-sided corridor and the scoring settings without any field read back too
    assertEquals(Corridor.atMost(new BigDecimal("2")), mapper.readValue("{\"max\":2}", Corridor.class));
    assertEquals(ScoringSettings.builder().build(), mapper.readValue(mapper.writeValueAsString(ScoringSettings.builder().build()), ScoringSettings.class));
  }

  @Test
  void aBadKpiPlanZonesOrScoringPartNamesItsPointerInTheDto() {
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("{\"measurement\":{\"date\":\"2026-13-01\",\"value\":1}}", "/measurement/date");
    bad.put("{\"corridor\":{\"min\":5,\"max\":1}}", "/corridor");
    bad.put("{\"planPoint\":{\"date\":\"2026-11-15\",\"value\":\"high\"}}", "/planPoint/value");
    bad.put("{\"zones\":{\"fail\":\"a\",\"commit\":\"b\",\"target\":\"c\",\"strech\":\"d\"}}", "/zones/strech");
    bad.put("{\"scoring\":{\"rollup\":\"median\"}}", "/scoring/rollup");
    for (Map.Entry<String, String> e : bad.entrySet()) {
      OkrJsonException x = assertThrows(OkrJsonException.class, () -> mapper.readValue(e.getKey(), PartsDto.class), e.getKey());
      assertTrue(x.problems().stream().anyMatch(pr -> pr.pointer().equals(e.getValue())), x.getMessage());
    }
  }

  @Test
  void aKeyResultFoundInASetWritesItsObjectiveAndItselfInTheirDocumentShapes() throws IOException {
    Objective cs = Objective.of("cs", "Delight", "2026-Q4", csat());
    KeyResultInSet found = OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(cs)).keyResult("cs-1").orElseThrow();
    assertEquals("{\"objective\":" + mapper.writeValueAsString(cs) + ",\"keyResult\":" + mapper.writeValueAsString(csat()) + "}",
        mapper.writeValueAsString(found));
  }
}
