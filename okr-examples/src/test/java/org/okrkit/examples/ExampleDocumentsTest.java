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

  @Test
  void theYearExampleIsQ3CarriedIntoQ4ByTheLibrary() throws Exception {
    OkrSet year = OkrJson.defaults().read(ExampleDocuments.text(ExampleDocuments.YEAR_2026));
    OkrSet q3 = year.withObjectives(year.objectives().stream()
        .filter(o -> !o.cycle().equals("2026-Q4")).toList())
        .withCycles(year.cycles().stream().filter(c -> !c.id().equals("2026-Q4")).toList());
    org.okrkit.lifecycle.CarryResult r = org.okrkit.lifecycle.CarryForward.carryForward(
        q3, "2026-Q3", org.okrkit.model.Cycle.quarter(2026, 4));
    for (java.util.Map.Entry<String, String> e : r.newIds().entrySet()) {
      boolean inYear = year.objectives().stream().anyMatch(o -> (o.id().equals(e.getValue())
          && o.carriedFrom().equals(java.util.Optional.of(e.getKey())))
          || o.keyResults().stream().anyMatch(k -> k.id().equals(e.getValue())
              && k.carriedFrom().equals(java.util.Optional.of(e.getKey()))));
      assertEquals(true, inYear, e.toString());
    }
    for (org.okrkit.model.Objective o : r.set().objectives().subList(q3.objectives().size(),
        r.set().objectives().size())) {
      org.okrkit.model.Objective written = year.objective(o.id()).orElseThrow();
      for (org.okrkit.model.KeyResult kr : o.keyResults()) {
        assertEquals(kr.baseline(), written.keyResults().stream()
            .filter(k -> k.id().equals(kr.id())).findFirst().orElseThrow().baseline(), kr.id());
      }
    }
    assertEquals(List.of(), org.okrkit.validation.Validator.of(
        org.okrkit.validation.RuleSet.structuralOnly()).validate(year,
            java.time.LocalDate.of(2026, 11, 20)));
  }
}

