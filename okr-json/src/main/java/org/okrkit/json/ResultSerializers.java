package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.text.Direction;
import org.okrkit.text.KeyResultReading;
import org.okrkit.text.RelativeChange;
import org.okrkit.validation.Finding;

/**
 * Serializers for the results an application puts in its responses: key-result and objective
 * scores, roll-ups, findings and sentence readings, in the shapes of docs/json-format.md
 * ("Results"). Numbers are exact (the CLI rounds for display; an API should not); enum values are
 * lower-case ids; an undefined score is {@code null} with its {@code undefinedReason}. Results
 * are written, not read: they are computed from a document, never stored in one.
 */
final class ResultSerializers {
  private ResultSerializers() {}

  static void register(OkrJsonModule module) {
    module.addSerializer(KeyResultScore.class, new KeyResultScoreSerializer());
    module.addSerializer(ObjectiveScore.class, new ObjectiveScoreSerializer());
    module.addSerializer(ObjectiveRollup.class, new ObjectiveRollupSerializer());
    module.addSerializer(RollupResult.class, new RollupResultSerializer());
    module.addSerializer(Finding.class, new FindingSerializer());
    module.addSerializer(KeyResultReading.class, new KeyResultReadingSerializer());
  }

  private static void number(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeNumber(OkrWriter.number(value.get()));
    } else {
      g.writeNull();
    }
  }

  private static void string(JsonGenerator g, String field, Optional<String> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  private static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static void keyResultScore(KeyResultScore s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.keyResultId());
    g.writeStringField("kind", id(s.kind()));
    g.writeStringField("asOf", s.asOf().toString());
    number(g, "score", s.score());
    if (s.undefinedReason().isPresent()) {
      g.writeStringField("undefinedReason", s.undefinedReason().get());
    }
    number(g, "current", s.current());
    if (s.checkIn().isPresent()) {
      g.writeStringField("checkInDate", s.checkIn().get().date().toString());
    }
    g.writeBooleanField("clamped", s.isClamped());
    g.writeFieldName("derivation");
    DerivationWriter.write(s.derivation(), g);
    g.writeStringField("explanation", s.explanation());
    g.writeEndObject();
  }

  static void objectiveScore(ObjectiveScore s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.objectiveId());
    g.writeStringField("asOf", s.asOf().toString());
    number(g, "score", s.score());
    if (s.undefinedReason().isPresent()) {
      g.writeStringField("undefinedReason", s.undefinedReason().get());
    }
    string(g, "grade", s.grade().map(ResultSerializers::id));
    g.writeBooleanField("committed", s.isCommitted());
    g.writeBooleanField("belowCommitment", s.isBelowCommitment());
    g.writeArrayFieldStart("keyResults");
    for (KeyResultScore k : s.keyResultScores()) {
      keyResultScore(k, g);
    }
    g.writeEndArray();
    g.writeFieldName("derivation");
    DerivationWriter.write(s.derivation(), g);
    g.writeStringField("explanation", s.explanation());
    g.writeEndObject();
  }

  static void objectiveRollup(ObjectiveRollup r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.objectiveId());
    g.writeStringField("title", r.objective().title());
    number(g, "score", r.ownScore().score());
    number(g, "rollup", r.rollup());
    if (r.undefinedReason().isPresent()) {
      g.writeStringField("undefinedReason", r.undefinedReason().get());
    }
    string(g, "grade", r.grade().map(ResultSerializers::id));
    string(g, "status", r.paceStatus().map(ResultSerializers::id));
    number(g, "expectedProgress", r.expectedProgress());
    g.writeBooleanField("belowCommitment", r.isBelowCommitment());
    g.writeBooleanField("ended", r.hasEnded());
    g.writeBooleanField("miss", r.isMiss());
    string(g, "parent", r.parentId());
    g.writeArrayFieldStart("children");
    for (String child : r.childIds()) {
      g.writeString(child);
    }
    g.writeEndArray();
    g.writeFieldName("objectiveScore");
    objectiveScore(r.ownScore(), g);
    g.writeFieldName("derivation");
    DerivationWriter.write(r.derivation(), g);
    g.writeStringField("explanation", r.explanation());
    g.writeEndObject();
  }

  static final class KeyResultScoreSerializer extends StdSerializer<KeyResultScore> {
    private static final long serialVersionUID = 1L;

    KeyResultScoreSerializer() {
      super(KeyResultScore.class);
    }

    @Override
    public void serialize(KeyResultScore value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      keyResultScore(value, gen);
    }
  }

  static final class ObjectiveScoreSerializer extends StdSerializer<ObjectiveScore> {
    private static final long serialVersionUID = 1L;

    ObjectiveScoreSerializer() {
      super(ObjectiveScore.class);
    }

    @Override
    public void serialize(ObjectiveScore value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      objectiveScore(value, gen);
    }
  }

  static final class ObjectiveRollupSerializer extends StdSerializer<ObjectiveRollup> {
    private static final long serialVersionUID = 1L;

    ObjectiveRollupSerializer() {
      super(ObjectiveRollup.class);
    }

    @Override
    public void serialize(ObjectiveRollup value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      objectiveRollup(value, gen);
    }
  }

  static final class RollupResultSerializer extends StdSerializer<RollupResult> {
    private static final long serialVersionUID = 1L;

    RollupResultSerializer() {
      super(RollupResult.class);
    }

    @Override
    public void serialize(RollupResult value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("asOf", value.asOf().toString());
      g.writeArrayFieldStart("roots");
      for (String root : value.roots()) {
        g.writeString(root);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("objectives");
      for (ObjectiveRollup node : value.nodes()) {
        objectiveRollup(node, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  static final class FindingSerializer extends StdSerializer<Finding> {
    private static final long serialVersionUID = 1L;

    FindingSerializer() {
      super(Finding.class);
    }

    @Override
    public void serialize(Finding value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("rule", value.ruleId());
      g.writeStringField("severity", id(value.severity()));
      g.writeArrayFieldStart("ids");
      for (String id : value.location().ids()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeStringField("pointer", value.pointer());
      g.writeStringField("message", value.message());
      g.writeStringField("hint", value.hint());
      g.writeEndObject();
    }
  }

  static final class KeyResultReadingSerializer extends StdSerializer<KeyResultReading> {
    private static final long serialVersionUID = 1L;

    KeyResultReadingSerializer() {
      super(KeyResultReading.class);
    }

    @Override
    public void serialize(KeyResultReading r, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("kind", id(r.kind()));
      string(g, "direction", r.direction().map(Direction::jsonName));
      number(g, "baseline", r.baseline());
      number(g, "target", r.target());
      string(g, "unit", r.unit());
      string(g, "relative", r.relative().map(RelativeChange::toString));
      g.writeFieldName("confidence");
      g.writeNumber(OkrWriter.number(r.confidence().score()));
      g.writeArrayFieldStart("notes");
      for (String n : r.notes()) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }
}
