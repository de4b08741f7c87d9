package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.okrkit.model.OkrSet;

/** Writes an {@link OkrSet} as an OKR document, streaming, for an application's mapper. */
final class OkrSetSerializer extends StdSerializer<OkrSet> {
  private static final long serialVersionUID = 1L;

  OkrSetSerializer() {
    super(OkrSet.class);
  }

  @Override
  public void serialize(OkrSet value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    new OkrWriter(gen).write(value);
  }
}
