package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;

/** The bundled documents are valid OKR documents: schema-valid, readable, and all listed. */
class ExampleDocumentsTest {
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(OkrJson.schema());

  static List<String> names() {
    return ExampleDocuments.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyExampleIsValidAgainstTheSchemaAndReads(String name) throws IOException {
    String text = ExampleDocuments.text(name);
    assertEquals(Set.of(), SCHEMA.validate(text, InputFormat.JSON), name);
    OkrSet set = OkrJson.defaults().read(text);
    assertFalse(set.objectives().isEmpty(), name);
  }

  @Test
  void theListNamesEveryFileInTheExamplesDirectory() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/examples"))) {
      List<String> onDisk = files.map(p -> p.getFileName().toString()).sorted().toList();
      List<String> listed = new java.util.ArrayList<>(names());
      listed.addAll(ExampleDocuments.sheets());
      assertEquals(onDisk, listed.stream().sorted().toList());
    }
  }

  @Test
  void theTemplateStyleSheetImportsWithEveryKeyResultCheckedIn() {
    OkrSet set =
        org.okrkit.json.OkrCsv.defaults()
            .withCurrentDate(java.time.LocalDate.of(2026, 11, 20))
            .read(ExampleDocuments.text(ExampleDocuments.TEAM_SHEET));
    assertEquals(2, set.objectives().size());
    assertEquals("2026-Q4", set.cycles().get(0).id());
    assertEquals(
        List.of(3, 3), set.objectives().stream().map(o -> o.keyResults().size()).toList());
    set.objectives().forEach(o -> o.keyResults().forEach(k -> assertEquals(1, k.checkIns().size(), k.id())));
    assertEquals(
        List.of(),
        org.okrkit.validation.Validator.of(org.okrkit.validation.RuleSet.structuralOnly())
            .validate(set, java.time.LocalDate.of(2026, 11, 20)));
  }

  @Test
  void anUnknownNameIsRejectedWithTheName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExampleDocuments.text("nope.json"));
    assertEquals("example document: no such document, was 'nope.json'", e.getMessage());
  }
}
