package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void everyExampleReadsBackFromItsOutlineEqual(String name) throws Exception {
    OkrSet set = OkrJson.defaults().read(ExampleDocuments.text(name));
    // the writer refuses nothing: every field of every example has a place in the outline
    String outline = OkrOutline.write(set);
    assertEquals(set, OkrOutline.read(outline), name + ":\n" + outline);
    assertEquals(outline, OkrOutline.write(OkrOutline.read(outline)), name);
  }
}
