package org.okrkit.json;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.model.OkrSet;

class OkrJsonModuleTest {
  private final OkrJson json = OkrJson.defaults();

  @Test
  void findAndRegisterModulesPicksTheModuleUp() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String document = OkrJsonReadingTest.example("company-tree.okr.json");
    OkrSet set = mapper.readValue(document, OkrSet.class);
    assertEquals(json.read(document), set);
    assertTrue(mapper.getRegisteredModuleIds().contains("OkrJsonModule"),
        mapper.getRegisteredModuleIds().toString());
  }

  @Test
  void moduleVersionIsTheBuildsProjectVersion() {
    // the build passes its own ${project.version}; nothing in the code spells a version
    String expected = System.getProperty("okr.version", "");
    assertTrue(!expected.isEmpty(), "surefire sets okr.version");
    com.fasterxml.jackson.core.Version version = new OkrJsonModule().version();
    assertEquals(expected, version.toString());
    assertEquals("org.okrkit", version.getGroupId());
    assertEquals("okr-json", version.getArtifactId());
  }

  @Test
  void mapperWritesTheSameDocumentAsTheFacade() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrJsonModule());
    OkrSet set = json.read(OkrJsonReadingTest.example("messy.okr.json"));
    assertEquals(json.writeCompact(set), mapper.writeValueAsString(set));
    // the user's own layout settings apply; the content stays exact
    String indented = mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(set);
    assertEquals(set, mapper.readValue(indented, OkrSet.class));
  }

  @Test
  void mapperThrowsTheDocumentedException() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new OkrJsonModule());
    OkrJsonException e =
        assertThrows(
            OkrJsonException.class,
            () -> mapper.readValue("{\"okr\":\"1.0\",\"cycels\":[]}", OkrSet.class));
    assertEquals("/cycels", e.pointer());
    assertTrue(e.detail().contains("did you mean \"cycles\"?"), e.detail());
  }

  @Test
  void configuredModuleCarriesLeniencyAndLimits() throws IOException {
    OkrJson lenient = json.withLenientUnknownFields(true)
        .withLimits(OkrJsonLimits.defaults().withMaxObjectives(1));
    ObjectMapper mapper = new ObjectMapper().registerModule(lenient.module());
    assertEquals(OkrSet.empty(), mapper.readValue("{\"okr\":\"1.0\",\"extra\":1}", OkrSet.class));
    assertThrows(
        OkrJsonException.class,
        () -> mapper.readValue("{\"okr\":\"1.0\",\"objectives\":["
            + "{\"id\":\"a\",\"title\":\"A\",\"cycle\":\"c\"},"
            + "{\"id\":\"b\",\"title\":\"B\",\"cycle\":\"c\"}]}", OkrSet.class));
  }

  @Test
  void moduleOptionsAreSetOnTheModuleItselfLikeOkrJsons() throws IOException {
    OkrJsonModule module = new OkrJsonModule()
        .withLenientUnknownFields(true)
        .withLimits(OkrJsonLimits.defaults().withMaxObjectives(1));
    assertTrue(module.isLenientUnknownFields());
    assertEquals(1, module.limits().maxObjectives());
    ObjectMapper mapper = new ObjectMapper().registerModule(module);
    assertEquals(OkrSet.empty(), mapper.readValue("{\"okr\":\"1.0\",\"extra\":1}", OkrSet.class));
    OkrJsonException e = assertThrows(
        OkrJsonException.class,
        () -> mapper.readValue("{\"okr\":\"1.0\",\"objectives\":["
            + "{\"id\":\"a\",\"title\":\"A\",\"cycle\":\"c\"},"
            + "{\"id\":\"b\",\"title\":\"B\",\"cycle\":\"c\"}]}", OkrSet.class));
    assertEquals("/objectives/1", e.pointer());
    ObjectMapper strict = new ObjectMapper().registerModule(module.withLenientUnknownFields(false));
    assertThrows(
        OkrJsonException.class,
        () -> strict.readValue("{\"okr\":\"1.0\",\"extra\":1}", OkrSet.class));
    assertEquals(1, module.withLenientUnknownFields(false).limits().maxObjectives());
  }

  @Test
  void jpmsModuleExportsOnlyTheJsonPackageAndProvidesTheModule() {
    Module module = OkrJson.class.getModule();
    assertTrue(module.isNamed(), "tests run on the module path");
    ModuleDescriptor descriptor = module.getDescriptor();
    assertEquals(
        Set.of("org.okrkit.json"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(toSet()));
    assertEquals(
        Set.of("org.okrkit.json.OkrJsonModule"),
        descriptor.provides().stream()
            .filter(p -> p.service().equals("com.fasterxml.jackson.databind.Module"))
            .flatMap(p -> p.providers().stream())
            .collect(toSet()));
  }

  @Test
  void newObjectMapperEnforcesParserLimits() {
    ObjectMapper mapper = json.withLimits(OkrJsonLimits.defaults().withMaxDepth(8)).newObjectMapper();
    String deep = "{\"okr\":\"1.0\",\"x-a\":" + "[".repeat(20) + "]".repeat(20) + "}";
    OkrJsonException e =
        assertThrows(OkrJsonException.class, () -> mapper.readValue(deep, OkrSet.class));
    assertTrue(e.detail().contains("than the limit"), e.detail());
  }
}
