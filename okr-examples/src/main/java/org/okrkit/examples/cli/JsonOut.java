package org.okrkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.okrkit.json.OkrJsonModule;

/**
 * The commands' own JSON output: pretty-printed, through an {@link ObjectMapper} with {@link
 * OkrJsonModule}, so that every library value a command prints (a score, a roll-up, a derivation,
 * a finding, a reading) is exactly what an application's own mapper writes for it.
 */
final class JsonOut {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  /** The module, as {@code findAndRegisterModules()} registers it (explicit: the jar is shaded). */
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY).registerModule(new OkrJsonModule());

  /** Two-space indents, arrays one element per line, {@code "key": value} as jq prints it. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withRootSeparator(""))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private JsonOut() {}

  /** What writes one JSON value into a generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** The JSON text {@code body} writes, pretty-printed, ending in a newline. */
  static String of(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = MAPPER.createGenerator(w)) {
      g.setPrettyPrinter(PRETTY);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  /**
   * The JSON text {@code body} writes, as {@link #of}, streamed to {@code out} (flushed at the
   * end, not closed): a score of a million key results is never one string.
   */
  static void write(Body body, PrintWriter out) {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(PRETTY);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print("\n");
    out.flush();
  }

  /** {@code value} as {@link OkrJsonModule} writes it. */
  static void value(JsonGenerator g, Object value) throws IOException {
    MAPPER.writeValue(g, value);
  }

  /**
   * {@code value} as {@link OkrJsonModule} writes it, with the fields a view knows beyond the
   * library value (a key result's health) added at the end of some of its objects: {@code more}
   * maps the JSON Pointer of an object inside the value ({@code ""} for the value itself, {@code
   * "/keyResults/0"}) to what writes its extra fields. Removing those fields gives back exactly the
   * module's JSON, numbers digit for digit.
   */
  static void valueWith(JsonGenerator g, Object value, Map<String, Body> more) throws IOException {
    TokenBuffer tokens = new TokenBuffer(MAPPER, false);
    MAPPER.writeValue(tokens, value);
    try (JsonParser p = tokens.asParser()) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        switch (t) {
          case START_OBJECT -> g.writeStartObject();
          case START_ARRAY -> g.writeStartArray();
          case END_ARRAY -> g.writeEndArray();
          case END_OBJECT -> {
            // past an object's end the context is its parent's, whose path is the object's place
            Body extra = more.get(p.getParsingContext().pathAsPointer().toString());
            if (extra != null) {
              extra.write(g);
            }
            g.writeEndObject();
          }
          case FIELD_NAME -> g.writeFieldName(p.currentName());
          case VALUE_STRING -> g.writeString(p.getText());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
          case VALUE_TRUE -> g.writeBoolean(true);
          case VALUE_FALSE -> g.writeBoolean(false);
          case VALUE_NULL -> g.writeNull();
          default -> throw new IllegalStateException("unexpected " + t + " in the JSON of " + value);
        }
      }
    }
  }

  /** An exact number, or null. */
  static void number(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeNumber(value.get());
    } else {
      g.writeNull();
    }
  }

  /** A string, or null. */
  static void string(JsonGenerator g, String field, Optional<String> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }
}
