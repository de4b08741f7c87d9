package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.model.CheckIn;
import org.okrkit.scoring.Derivation;

/**
 * Writes a {@link Derivation} (how a score came about) as JSON, component by component: {@code
 * {"type": "ratio", "current": 4.45, "baseline": 4.1, …}}. The derivation records are plain
 * public records, so their components are the shape: each becomes a field of the same name
 * ({@code contributions} with {@code id}, {@code item}, {@code weight}, {@code score}, {@code
 * share} for a weighted mean), an empty {@code Optional} is left out, numbers are exact, enum
 * values lower-case, the check-in used is written as in a document. Walking the components
 * keeps the JSON in step with the records as the engine adds kinds, without a hand-kept copy of
 * each; the records nest only a few levels, so the recursion is bounded by the types, not by data.
 */
final class DerivationWriter {
  private DerivationWriter() {}

  static void write(Derivation d, JsonGenerator g) throws IOException {
    value(d, g);
  }

  private static void value(Object value, JsonGenerator g) throws IOException {
    if (value instanceof Record r) {
      record(r, g);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(OkrWriter.number(d));
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name().toLowerCase(Locale.ROOT));
    } else if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        value(item, g);
      }
      g.writeEndArray();
    } else if (value instanceof CheckIn c) {
      new OkrWriter(g).checkIn(c);
    } else if (value instanceof LocalDate date) {
      g.writeString(date.toString());
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else {
      g.writeString(String.valueOf(value));
    }
  }

  private static void record(Record r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (r instanceof Derivation) {
      g.writeStringField("type", kebab(r.getClass().getSimpleName()));
    }
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object v;
      try {
        v = c.getAccessor().invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("derivation " + r.getClass().getSimpleName() + ": cannot read "
            + c.getName(), e);
      }
      if (v instanceof Optional<?> o) {
        if (o.isEmpty()) {
          continue;
        }
        v = o.get();
      }
      g.writeFieldName(c.getName());
      value(v, g);
    }
    g.writeEndObject();
  }

  /** {@code ThresholdCheck} → {@code threshold-check}. */
  static String kebab(String name) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Character.isUpperCase(ch) && i > 0) {
        s.append('-');
      }
      s.append(Character.toLowerCase(ch));
    }
    return s.toString();
  }
}
