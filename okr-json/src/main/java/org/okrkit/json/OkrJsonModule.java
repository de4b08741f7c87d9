package org.okrkit.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Objects;
import org.okrkit.model.OkrSet;

/**
 * The Jackson module for OKR documents: lets an application's own {@code ObjectMapper} read and
 * write an {@link OkrSet} in the OKR document format 1.0, with the same exact numbers, errors and
 * count limits as {@link OkrJson}.
 *
 * <p>Registered through {@code META-INF/services}, so {@code mapper.findAndRegisterModules()}
 * picks it up with the default options; register {@code new OkrJsonModule().withLenientUnknownFields(true)}
 * (or {@link #withLimits}, or {@link OkrJson#module()}) instead for other options. Parser-level limits (document size, nesting depth, string and number length) belong
 * to the mapper's own {@code JsonFactory}; {@link OkrJson#newObjectMapper()} returns one set up
 * with them.
 */
public final class OkrJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module with the default options: strict about unknown fields, default limits. */
  public OkrJsonModule() {
    this(OkrJsonLimits.defaults(), false);
  }

  // The options are kept so that with* can derive a module; the registered (de)serializers already
  // hold them.
  /** The limits this module reads within. */
  private final OkrJsonLimits limits;

  /** Whether this module ignores unknown fields. */
  private final boolean lenient;

  OkrJsonModule(OkrJsonLimits limits, boolean lenient) {
    super("OkrJsonModule", PackageVersion.VERSION);
    this.limits = Objects.requireNonNull(limits, "limits");
    this.lenient = lenient;
    ModelSerializers.register(this, limits, lenient);
    ResultSerializers.register(this);
    EnumSerializers.register(this);
  }

  /**
   * Returns a module that ignores unknown fields ({@code true}), for documents written by a newer
   * or another tool, or refuses them naming the field and the closest known one ({@code false},
   * the default); the same option as {@link OkrJson#withLenientUnknownFields(boolean)}.
   *
   * @param lenient {@code true} to ignore unknown fields
   * @return a new module with this option and this module's limits
   */
  public OkrJsonModule withLenientUnknownFields(boolean lenient) {
    return new OkrJsonModule(limits, lenient);
  }

  /**
   * Returns a module that reads within {@code limits}: the counts of cycles, objectives, key
   * results and check-ins and the problem cap apply here, the parser-level limits (size, depth,
   * string and number length) belong to the mapper's {@code JsonFactory}, as {@link
   * OkrJson#newObjectMapper()} sets them up.
   *
   * @param limits the limits to read within
   * @return a new module with these limits and this module's leniency
   */
  public OkrJsonModule withLimits(OkrJsonLimits limits) {
    return new OkrJsonModule(limits, lenient);
  }

  /** {@return {@code true} when this module ignores unknown fields} */
  public boolean isLenientUnknownFields() {
    return lenient;
  }

  /** {@return the limits this module reads within} */
  public OkrJsonLimits limits() {
    return limits;
  }
}
