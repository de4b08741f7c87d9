package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.okrkit.health.Health;
import org.okrkit.model.Level;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.ConfidenceTrend;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.PaceStatus;

/**
 * An enum in a user's DTO reads and writes as the document and the results spell it, not as
 * Jackson's constant name: a {@code Level} in a response reads back, a misspelt one says which
 * values there are.
 */
class OkrJsonEnumTypesTest {
  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  @Test
  void enumsAreSpelledAsInTheDocumentAndTheResults() throws IOException {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("level", Level.TEAM);
    dto.put("type", ObjectiveType.COMMITTED);
    dto.put("outcome", Outcome.PARTIALLY_ACHIEVED);
    dto.put("grade", Grade.GREEN);
    dto.put("status", PaceStatus.ON_TRACK);
    dto.put("health", Health.NOT_STARTED);
    dto.put("trend", ConfidenceTrend.RISING);
    assertEquals("{\"level\":\"team\",\"type\":\"committed\",\"outcome\":\"partially-achieved\","
        + "\"grade\":\"green\",\"status\":\"on_track\",\"health\":\"not_started\",\"trend\":\"rising\"}",
        mapper.writeValueAsString(dto));
    for (Object value : dto.values()) {
      assertEquals(value, mapper.readValue(mapper.writeValueAsString(value), value.getClass()));
    }
  }

  @Test
  void aMisspeltValueNamesTheKnownOnesAndTheClosest() {
    InvalidFormatException e = assertThrows(InvalidFormatException.class,
        () -> mapper.readValue("\"taem\"", Level.class));
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("expected a Level, one of \"company\", \"department\", \"team\""), message);
    assertTrue(message.contains("got \"taem\"; did you mean \"team\"?"), message);
  }

  @Test
  void jacksonsConstantNameIsNotTheSpelling() {
    assertThrows(InvalidFormatException.class, () -> mapper.readValue("\"TEAM\"", Level.class));
    assertThrows(MismatchedInputException.class, () -> mapper.readValue("3", Level.class));
  }
}
