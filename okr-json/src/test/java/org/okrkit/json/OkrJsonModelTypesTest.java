package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

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
}
