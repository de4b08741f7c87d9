package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.model.OkrSet;

/** Round trips over generated sets with awkward values, and the schema on written documents. */
class OkrJsonProperties {
  private static final OkrJson JSON = OkrJson.defaults();
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @Provide
  Arbitrary<OkrSet> sets() {
    return OkrSets.sets();
  }

  @Property
  void readOfWriteGivesTheSameSetInEveryLayout(@ForAll("sets") OkrSet set)
      throws OkrJsonException {
    assertEquals(set, JSON.read(JSON.write(set)));
    assertEquals(set, JSON.read(JSON.writePretty(set)));
    assertEquals(set, JSON.read(JSON.writeCompact(set)));
  }

  @Property
  void canonicalFormIsAFixedPoint(@ForAll("sets") OkrSet set) throws OkrJsonException {
    String canonical = JSON.write(set);
    assertEquals(canonical, JSON.write(JSON.read(JSON.writeCompact(set))));
  }

  @Property(tries = 300)
  void applicationMappersAgreeWithTheFacade(@ForAll("sets") OkrSet set) throws IOException {
    assertEquals(JSON.writeCompact(set), MAPPER.writeValueAsString(set));
    assertEquals(set, MAPPER.readValue(JSON.write(set), OkrSet.class));
  }

  @Property(tries = 200)
  void writtenDocumentsValidateAgainstTheSchema(@ForAll("sets") OkrSet set) {
    assertEquals(Set.of(), OkrJsonSchemaTest.validate(JSON.write(set)));
  }
}
