package org.okrkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import org.okrkit.model.OkrSet;

/** Reads an OKR document into an {@link OkrSet}, streaming, for an application's mapper. */
final class OkrSetDeserializer extends StdDeserializer<OkrSet> {
  private static final long serialVersionUID = 1L;

  private final OkrJsonLimits limits;
  private final boolean lenient;

  OkrSetDeserializer(OkrJsonLimits limits, boolean lenient) {
    super(OkrSet.class);
    this.limits = limits;
    this.lenient = lenient;
  }

  @Override
  public OkrSet deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return new OkrReader(p, limits, lenient).read();
  }
}
