package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;
import org.okrkit.text.OkrOutline;

/**
 * Every bundled example converts to a Markdown outline and back to an equal set: the outline
 * drops nothing silently (roll-up fields, lifecycle fields, initiatives, KPIs included).
 */
class OutlineRoundTripTest {
  static List<String> names() {
    return ExampleDocuments.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyExampleReadsBackFromItsOutlineEqualOrIsRefusedByName(String name) throws Exception {
    OkrSet set = OkrJson.defaults().read(ExampleDocuments.text(name));
    String outline;
    try {
      outline = OkrOutline.write(set);
    } catch (IllegalArgumentException e) {
      // a refusal must name the place (an id in quotes) and what cannot be carried
      String m = String.valueOf(e.getMessage());
      assertTrue(m.matches("(?s).*'[^']+'.*cannot be written.*"), m);
      return;
    }
    assertEquals(set, OkrOutline.read(outline), name + ":\n" + outline);
    assertEquals(outline, OkrOutline.write(OkrOutline.read(outline)), name);
  }
}
