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
      assertEquals(onDisk, names().stream().sorted().toList());
    }
  }

  @Test
  void anUnknownNameIsRejectedWithTheName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExampleDocuments.text("nope.json"));
    assertEquals("example document: no such document, was 'nope.json'", e.getMessage());
  }
}
