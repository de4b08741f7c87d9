package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;

/**
 * One serializer and one deserializer per model value, so that an application's DTO can hold a
 * {@link KeyResult}, a {@link CheckIn} or any other part of a document and read and write it in
 * exactly the shape it has inside an OKR document (see docs/json-format.md). Each delegates to
 * the document reader and writer, so the exact numbers, the errors with JSON Pointers (relative
 * to the DTO) and the count limits are the same.
 */
final class ModelSerializers {
  private ModelSerializers() {}

  static void register(OkrJsonModule module, OkrJsonLimits limits, boolean lenient) {
    module.addSerializer(Cycle.class, new CycleSerializer());
    module.addDeserializer(Cycle.class, new CycleDeserializer(limits, lenient));
    module.addSerializer(Objective.class, new ObjectiveSerializer());
    module.addDeserializer(Objective.class, new ObjectiveDeserializer(limits, lenient));
    module.addSerializer(KeyResult.class, new KeyResultSerializer());
    module.addDeserializer(KeyResult.class, new KeyResultDeserializer(limits, lenient));
    module.addSerializer(Baseline.class, new BaselineSerializer());
    module.addDeserializer(Baseline.class, new BaselineDeserializer(limits, lenient));
    module.addSerializer(Target.class, new TargetSerializer());
    module.addDeserializer(Target.class, new TargetDeserializer(limits, lenient));
    module.addSerializer(CheckIn.class, new CheckInSerializer());
    module.addDeserializer(CheckIn.class, new CheckInDeserializer(limits, lenient));
    module.addSerializer(CloseOut.class, new CloseOutSerializer());
    module.addDeserializer(CloseOut.class, new CloseOutDeserializer(limits, lenient));
    module.addSerializer(Change.class, new ChangeSerializer());
    module.addDeserializer(Change.class, new ChangeDeserializer(limits, lenient));
    module.addSerializer(Initiative.class, new InitiativeSerializer());
    module.addDeserializer(Initiative.class, new InitiativeDeserializer(limits, lenient));
    module.addSerializer(Kpi.class, new KpiSerializer());
    module.addDeserializer(Kpi.class, new KpiDeserializer(limits, lenient));
  }

  static final class CycleSerializer extends StdSerializer<Cycle> {
    private static final long serialVersionUID = 1L;

    CycleSerializer() {
      super(Cycle.class);
    }

    @Override
    public void serialize(Cycle value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).cycle(value);
    }
  }

  static final class CycleDeserializer extends StdDeserializer<Cycle> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    CycleDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Cycle.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public Cycle deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readCycle();
    }
  }

  static final class ObjectiveSerializer extends StdSerializer<Objective> {
    private static final long serialVersionUID = 1L;

    ObjectiveSerializer() {
      super(Objective.class);
    }

    @Override
    public void serialize(Objective value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).objective(value);
    }
  }

  static final class ObjectiveDeserializer extends StdDeserializer<Objective> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    ObjectiveDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Objective.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public Objective deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readObjective();
    }
  }

  static final class KeyResultSerializer extends StdSerializer<KeyResult> {
    private static final long serialVersionUID = 1L;

    KeyResultSerializer() {
      super(KeyResult.class);
    }

    @Override
    public void serialize(KeyResult value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).keyResult(value);
    }
  }

  static final class KeyResultDeserializer extends StdDeserializer<KeyResult> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    KeyResultDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(KeyResult.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public KeyResult deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readKeyResult();
    }
  }

  static final class BaselineSerializer extends StdSerializer<Baseline> {
    private static final long serialVersionUID = 1L;

    BaselineSerializer() {
      super(Baseline.class);
    }

    @Override
    public void serialize(Baseline value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).baselineValue(value, "");
    }
  }

  static final class BaselineDeserializer extends StdDeserializer<Baseline> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    BaselineDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Baseline.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public Baseline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readBaseline();
    }
  }

  static final class TargetSerializer extends StdSerializer<Target> {
    private static final long serialVersionUID = 1L;

    TargetSerializer() {
      super(Target.class);
    }

    @Override
    public void serialize(Target value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).targetValue(value, "");
    }
  }

  static final class TargetDeserializer extends StdDeserializer<Target> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    TargetDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Target.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public Target deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readTarget();
    }
  }

  static final class CheckInSerializer extends StdSerializer<CheckIn> {
    private static final long serialVersionUID = 1L;

    CheckInSerializer() {
      super(CheckIn.class);
    }

    @Override
    public void serialize(CheckIn value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).checkIn(value);
    }
  }

  static final class CheckInDeserializer extends StdDeserializer<CheckIn> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    CheckInDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(CheckIn.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public CheckIn deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readCheckIn();
    }
  }

  static final class CloseOutSerializer extends StdSerializer<CloseOut> {
    private static final long serialVersionUID = 1L;

    CloseOutSerializer() {
      super(CloseOut.class);
    }

    @Override
    public void serialize(CloseOut value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).closeValue(value, "close-out", "");
    }
  }

  static final class CloseOutDeserializer extends StdDeserializer<CloseOut> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    CloseOutDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(CloseOut.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public CloseOut deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readCloseOut();
    }
  }

  static final class ChangeSerializer extends StdSerializer<Change> {
    private static final long serialVersionUID = 1L;

    ChangeSerializer() {
      super(Change.class);
    }

    @Override
    public void serialize(Change value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).change(value, "");
    }
  }

  static final class ChangeDeserializer extends StdDeserializer<Change> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    ChangeDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Change.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public Change deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readChange();
    }
  }

  static final class InitiativeSerializer extends StdSerializer<Initiative> {
    private static final long serialVersionUID = 1L;

    InitiativeSerializer() {
      super(Initiative.class);
    }

    @Override
    public void serialize(Initiative value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).initiative(value);
    }
  }

  static final class InitiativeDeserializer extends StdDeserializer<Initiative> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    InitiativeDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Initiative.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public Initiative deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readInitiative();
    }
  }

  static final class KpiSerializer extends StdSerializer<Kpi> {
    private static final long serialVersionUID = 1L;

    KpiSerializer() {
      super(Kpi.class);
    }

    @Override
    public void serialize(Kpi value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      new OkrWriter(gen).kpi(value);
    }
  }

  static final class KpiDeserializer extends StdDeserializer<Kpi> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;

    KpiDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Kpi.class);
      this.limits = limits;
      this.lenient = lenient;
    }

    @Override
    public Kpi deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return new OkrReader(p, limits, lenient).readKpi();
    }
  }
}
