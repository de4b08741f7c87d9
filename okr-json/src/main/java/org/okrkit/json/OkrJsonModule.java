package org.okrkit.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.okrkit.model.OkrSet;

/**
 * The Jackson module for OKR documents: lets an application's own {@code ObjectMapper} read and
 * write an {@link OkrSet} in the OKR document format 1.0, with the same exact numbers, errors and
 * count limits as {@link OkrJson}.
 *
 * <p>Registered through {@code META-INF/services}, so {@code mapper.findAndRegisterModules()}
 * picks it up with the default options; register {@link OkrJson#module()} instead for other
 * options. Parser-level limits (document size, nesting depth, string and number length) belong
 * to the mapper's own {@code JsonFactory}; {@link OkrJson#newObjectMapper()} returns one set up
 * with them.
 */
public final class OkrJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with the default options: strict about unknown fields, default limits. */
  public OkrJsonModule() {
    this(OkrJsonLimits.defaults(), false);
  }

  OkrJsonModule(OkrJsonLimits limits, boolean lenient) {
    super("OkrJsonModule", PackageVersion.VERSION);
    ModelSerializers.register(this, limits, lenient);
    ResultSerializers.register(this);
    EnumSerializers.register(this);
  }
}
