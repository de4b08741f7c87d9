package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published schema agrees with the reader on the example documents and on bad ones. */
class OkrJsonSchemaTest {
  static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(OkrJson.schema());

  static Set<ValidationMessage> validate(String document) {
    return SCHEMA.validate(document, InputFormat.JSON);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "customer-success.okr.json",
        "company-tree.okr.json",
        "messy.okr.json",
        "messy.canonical.okr.json"
      })
  void everyExampleDocumentIsValid(String example) throws IOException {
    String document = OkrJsonReadingTest.example(example);
    assertEquals(Set.of(), validate(document));
    OkrJson json = OkrJson.defaults();
    assertEquals(Set.of(), validate(json.write(json.read(document))));
  }

  @Test
  void documentsTheReaderRejectsAreInvalid() {
    for (String bad :
        List.of(
            "{}",
            "{\"okr\":\"2.0\"}",
            "{\"okr\":\"1.0\",\"colour\":1}",
            OkrJsonReadingTest.withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"target\":\"high\"}"),
            OkrJsonReadingTest.withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"weight\":-1}"),
            OkrJsonReadingTest.withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"target\":{}}"),
            OkrJsonReadingTest.withKeyResults(
                "{\"id\":\"k\",\"title\":\"t\",\"target\":{\"value\":1,\"atMost\":2}}"),
            OkrJsonReadingTest.withKeyResults("{\"id\":\"k\",\"title\":\" \"}"),
            OkrJsonReadingTest.withKeyResults(
                "{\"id\":\"k\",\"title\":\"t\",\"checkIns\":[{\"date\":\"2026-01-01\"}]}"),
            OkrJsonReadingTest.withKeyResults(
                "{\"id\":\"k\",\"title\":\"t\",\"checkIns\":[{\"date\":\"2026-01-01\","
                    + "\"value\":1,\"done\":true}]}"),
            OkrJsonReadingTest.withKeyResults(
                "{\"id\":\"k\",\"title\":\"t\",\"checkIns\":[{\"date\":\"2026-1-1\",\"value\":1,"
                    + "\"confidence\":1.5}]}"),
            OkrJsonReadingTest.withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"kind\":\"METRIC\"}"))) {
      assertFalse(validate(bad).isEmpty(), bad);
    }
  }

  @Test
  void confidencesOutsideZeroToOneAreRefusedBySchemaAndReaderAlike() {
    for (String confidence : List.of("7", "\"high\"")) {
      String bad =
          OkrJsonReadingTest.withKeyResults(
              "{\"id\":\"k\",\"title\":\"t\",\"checkIns\":[{\"date\":\"2026-10-15\","
                  + "\"value\":1,\"confidence\":" + confidence + "}]}");
      // each refuses the confidence itself, not something else in the document
      assertTrue(
          validate(bad).stream().anyMatch(m -> m.getMessage().contains("confidence")),
          validate(bad).toString());
      OkrJsonException e =
          assertThrows(OkrJsonException.class, () -> OkrJson.defaults().read(bad), bad);
      assertTrue(e.getMessage().contains("/checkIns/0/confidence"), e.getMessage());
    }
  }

  @Test
  void extensionFieldsAreAllowedEverywhere() {
    assertTrue(validate(OkrJsonReadingTest.withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\",\"x-a\":{},\"target\":{\"atLeast\":1,\"x-b\":[]},"
            + "\"checkIns\":[{\"date\":\"2026-01-01\",\"done\":true,\"x-c\":null}]}")).isEmpty());
  }

  @Test
  void schemaResourceIsTheDocumentedDraft() throws IOException {
    String schema = OkrJson.schema();
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    // the format guide links the shipped resource instead of pasting a copy that could drift
    String guide = Files.readString(Path.of("../docs/json-format.md"));
    String link = "../okr-json/src/main/resources/org/okrkit/json/okr-1.0.schema.json";
    assertTrue(guide.contains("(" + link + ")"), "docs/json-format.md links the schema");
    assertEquals(schema, Files.readString(Path.of("../docs").resolve(link)), "the linked file");
    assertFalse(guide.contains("\"$schema\""), "docs/json-format.md pastes no copy of the schema");
  }
}
