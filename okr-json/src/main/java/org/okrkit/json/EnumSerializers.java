package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrkit.health.Health;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.ChangeField;
import org.okrkit.model.Decision;
import org.okrkit.model.Frequency;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Level;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.Outcome;
import org.okrkit.model.Zone;
import org.okrkit.scoring.ConfidenceTrend;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KpiStatus;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.validation.Severity;

/**
 * The enum values a user's DTO may hold, spelled as the document and the results spell them
 * ({@code "team"}, {@code "partially-achieved"}, {@code "on_track"}) instead of Jackson's default
 * constant names ({@code "TEAM"}), which the document reader would refuse: a {@code Level} in a
 * REST response reads back, and a misspelt one is an error naming the value and the known ones.
 * One serializer and one deserializer per enum, over one spelling table each.
 */
final class EnumSerializers {
  private EnumSerializers() {}

  static void register(OkrJsonModule module) {
    // the document's enums
    spelled(module, Level.class, EnumSerializers::lowerCase);
    spelled(module, ObjectiveType.class, EnumSerializers::lowerCase);
    spelled(module, KeyResultKind.class, EnumSerializers::lowerCase);
    spelled(module, AlignmentLink.class, EnumSerializers::lowerCase);
    spelled(module, Zone.class, EnumSerializers::lowerCase);
    spelled(module, InitiativeStatus.class, EnumSerializers::lowerCase);
    spelled(module, KpiDirection.class, EnumSerializers::lowerCase);
    spelled(module, Frequency.class, EnumSerializers::lowerCase);
    spelled(module, ChangeField.class, ChangeField::spelling);
    spelled(module, Outcome.class, Outcome::spelling);
    spelled(module, Decision.class, Decision::spelling);
    // the results' enums, as the result serializers write them
    spelled(module, Grade.class, EnumSerializers::lowerCase);
    spelled(module, PaceStatus.class, EnumSerializers::lowerCase);
    spelled(module, KpiStatus.class, EnumSerializers::lowerCase);
    spelled(module, ConfidenceTrend.class, EnumSerializers::lowerCase);
    spelled(module, Severity.class, EnumSerializers::lowerCase);
    spelled(module, Health.class, Health::code);
  }

  /** How one enum constant is spelled in JSON. */
  @FunctionalInterface
  interface Spelt<E extends Enum<E>> extends Serializable {
    String of(E value);
  }

  static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static <E extends Enum<E>> void spelled(OkrJsonModule module, Class<E> type, Spelt<E> spelling) {
    Map<E, String> names = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      names.put(e, spelling.of(e));
    }
    module.addSerializer(type, new SpelledEnumSerializer<>(type, names));
    module.addDeserializer(type, new SpelledEnumDeserializer<>(type, names));
  }

  static final class SpelledEnumSerializer<E extends Enum<E>> extends StdSerializer<E> {
    private static final long serialVersionUID = 1L;
    private final EnumMap<E, String> names;

    SpelledEnumSerializer(Class<E> type, Map<E, String> names) {
      super(type);
      this.names = new EnumMap<>(names);
    }

    @Override
    public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(names.get(value));
    }
  }

  static final class SpelledEnumDeserializer<E extends Enum<E>> extends StdDeserializer<E> {
    private static final long serialVersionUID = 1L;
    private final LinkedHashMap<String, E> values = new LinkedHashMap<>();

    SpelledEnumDeserializer(Class<E> type, Map<E, String> names) {
      super(type);
      for (Map.Entry<E, String> e : names.entrySet()) {
        values.put(e.getValue(), e.getKey());
      }
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      List<String> known = new ArrayList<>(values.keySet());
      String what = handledType().getSimpleName();
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(this, "expected a %s as a string, one of %s, got %s",
            what, Spelling.quoteAll(known, ", "), p.currentToken());
      }
      String text = p.getText();
      E value = values.get(text);
      if (value == null) {
        List<String> close = Spelling.suggest(text, known);
        throw InvalidFormatException.from(p, "expected a " + what + ", one of "
            + Spelling.quoteAll(known, ", ") + ", got \"" + text + "\""
            + (close.isEmpty() ? "" : "; did you mean " + Spelling.quoteAll(close, " or ") + "?"),
            text, handledType());
      }
      return value;
    }
  }
}
