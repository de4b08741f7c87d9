package org.okrkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The compiled module descriptor: the public API is exactly these packages, and nothing leaks. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() {
    return ModuleFinder.of(Path.of("target/classes"))
        .find("org.okrkit.core")
        .orElseThrow(() -> new AssertionError("no module org.okrkit.core in target/classes"))
        .descriptor();
  }

  @Test
  void exportsThePublicApiPackagesAndTheStoredPartsToOkrJsonAlone() {
    Set<String> exported = new TreeSet<>();
    Set<String> qualified = new TreeSet<>();
    for (ModuleDescriptor.Exports e : descriptor().exports()) {
      if (e.targets().isEmpty()) {
        exported.add(e.source());
      } else {
        qualified.add(e.source() + " to " + e.targets());
      }
    }
    // the model's stored parts, for okr-json's writer only
    assertEquals(Set.of("org.okrkit.model.internal to [org.okrkit.json]"), qualified);
    assertEquals(
        Set.of(
            "org.okrkit.health",
            "org.okrkit.lifecycle",
            "org.okrkit.model",
            "org.okrkit.rollup",
            "org.okrkit.scoring",
            "org.okrkit.text",
            "org.okrkit.validation"),
        exported);
    assertTrue(descriptor().packages().contains("org.okrkit.internal"), "internal exists");
    assertTrue(descriptor().opens().isEmpty(), "nothing opened for reflection");
  }

  @Test
  void requiresNothingAtRuntimeButTheJdk() {
    Set<String> runtime =
        descriptor().requires().stream()
            .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
            .map(ModuleDescriptor.Requires::name)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("java.base"), runtime);
  }
}
