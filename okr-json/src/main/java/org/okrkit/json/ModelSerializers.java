package org.okrkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.io.Serializable;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Corridor;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultInSet;
import org.okrkit.model.Kpi;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.ZoneDescriptions;

/**
 * One serializer and one deserializer per model value, so that an application's DTO can hold an
 * {@link OkrSet}, a {@link KeyResult}, a {@link CheckIn} or any other part of a document and read
 * and write it in exactly the shape it has inside an OKR document (see docs/json-format.md).
 *
 * <p>Like the jsr310 module's {@code LocalDateSerializer} over its shared base, each type has its
 * own named class, and what they share lives once in {@link ValueSerializer} and {@link
 * ValueDeserializer}: every one delegates to the document writer and reader, so the exact
 * numbers, the errors with JSON Pointers (relative to the DTO) and the count limits are the same
 * as for a whole document.
 */
final class ModelSerializers {
  private ModelSerializers() {}

  static void register(OkrJsonModule module, OkrJsonLimits limits, boolean lenient) {
    module.addSerializer(OkrSet.class, new OkrSetSerializer());
    module.addDeserializer(OkrSet.class, new OkrSetDeserializer(limits, lenient));
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
    module.addSerializer(Measurement.class, new MeasurementSerializer());
    module.addDeserializer(Measurement.class, new MeasurementDeserializer(limits, lenient));
    module.addSerializer(Corridor.class, new CorridorSerializer());
    module.addDeserializer(Corridor.class, new CorridorDeserializer(limits, lenient));
    module.addSerializer(PlanPoint.class, new PlanPointSerializer());
    module.addDeserializer(PlanPoint.class, new PlanPointDeserializer(limits, lenient));
    module.addSerializer(ZoneDescriptions.class, new ZoneDescriptionsSerializer());
    module.addDeserializer(ZoneDescriptions.class, new ZoneDescriptionsDeserializer(limits, lenient));
    module.addSerializer(KeyResultInSet.class, new KeyResultInSetSerializer());
    module.addSerializer(ScoringSettings.class, new ScoringSettingsSerializer());
    module.addDeserializer(ScoringSettings.class, new ScoringSettingsDeserializer(limits, lenient));
  }

  /** How the document writer writes one value (serializable, like the serializer holding it). */
  @FunctionalInterface
  interface Writing<T> extends Serializable {
    void write(OkrWriter writer, T value) throws IOException;
  }

  /** How the document reader reads one value. */
  @FunctionalInterface
  interface Reading<T> extends Serializable {
    T read(OkrReader reader) throws IOException;
  }

  /**
   * The shared part of every model serializer: the result serializers' base, writing with the
   * document writer on the mapper's generator.
   */
  abstract static class ValueSerializer<T> extends ResultSerializers.ResultSerializer<T> {
    private static final long serialVersionUID = 1L;

    ValueSerializer(Class<T> type, Writing<T> writing) {
      super(type, (value, g) -> writing.write(new OkrWriter(g), value));
    }
  }

  /**
   * The shared part of every model deserializer: the document reader on the mapper's parser, with
   * the module's limits and leniency.
   */
  abstract static class ValueDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final OkrJsonLimits limits;
    private final boolean lenient;
    private final Reading<T> reading;

    ValueDeserializer(Class<T> type, OkrJsonLimits limits, boolean lenient, Reading<T> reading) {
      super(type);
      this.limits = limits;
      this.lenient = lenient;
      this.reading = reading;
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reading.read(new OkrReader(p, limits, lenient));
    }
  }

  static final class OkrSetSerializer extends ValueSerializer<OkrSet> {
    private static final long serialVersionUID = 1L;

    OkrSetSerializer() {
      super(OkrSet.class, OkrWriter::write);
    }
  }

  static final class OkrSetDeserializer extends ValueDeserializer<OkrSet> {
    private static final long serialVersionUID = 1L;

    OkrSetDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(OkrSet.class, limits, lenient, OkrReader::read);
    }
  }

  static final class CycleSerializer extends ValueSerializer<Cycle> {
    private static final long serialVersionUID = 1L;

    CycleSerializer() {
      super(Cycle.class, OkrWriter::cycle);
    }
  }

  static final class CycleDeserializer extends ValueDeserializer<Cycle> {
    private static final long serialVersionUID = 1L;

    CycleDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Cycle.class, limits, lenient, OkrReader::readCycle);
    }
  }

  static final class ObjectiveSerializer extends ValueSerializer<Objective> {
    private static final long serialVersionUID = 1L;

    ObjectiveSerializer() {
      super(Objective.class, OkrWriter::objective);
    }
  }

  static final class ObjectiveDeserializer extends ValueDeserializer<Objective> {
    private static final long serialVersionUID = 1L;

    ObjectiveDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Objective.class, limits, lenient, OkrReader::readObjective);
    }
  }

  static final class KeyResultSerializer extends ValueSerializer<KeyResult> {
    private static final long serialVersionUID = 1L;

    KeyResultSerializer() {
      super(KeyResult.class, OkrWriter::keyResult);
    }
  }

  static final class KeyResultDeserializer extends ValueDeserializer<KeyResult> {
    private static final long serialVersionUID = 1L;

    KeyResultDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(KeyResult.class, limits, lenient, OkrReader::readKeyResult);
    }
  }

  static final class BaselineSerializer extends ValueSerializer<Baseline> {
    private static final long serialVersionUID = 1L;

    BaselineSerializer() {
      // a value on its own belongs to no key result: no id for the writer's messages
      super(Baseline.class, (w, b) -> w.baselineValue(b, ""));
    }
  }

  static final class BaselineDeserializer extends ValueDeserializer<Baseline> {
    private static final long serialVersionUID = 1L;

    BaselineDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Baseline.class, limits, lenient, OkrReader::readBaseline);
    }
  }

  static final class TargetSerializer extends ValueSerializer<Target> {
    private static final long serialVersionUID = 1L;

    TargetSerializer() {
      super(Target.class, (w, t) -> w.targetValue(t, ""));
    }
  }

  static final class TargetDeserializer extends ValueDeserializer<Target> {
    private static final long serialVersionUID = 1L;

    TargetDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Target.class, limits, lenient, OkrReader::readTarget);
    }
  }

  static final class CheckInSerializer extends ValueSerializer<CheckIn> {
    private static final long serialVersionUID = 1L;

    CheckInSerializer() {
      super(CheckIn.class, OkrWriter::checkIn);
    }
  }

  static final class CheckInDeserializer extends ValueDeserializer<CheckIn> {
    private static final long serialVersionUID = 1L;

    CheckInDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(CheckIn.class, limits, lenient, OkrReader::readCheckIn);
    }
  }

  static final class CloseOutSerializer extends ValueSerializer<CloseOut> {
    private static final long serialVersionUID = 1L;

    CloseOutSerializer() {
      super(CloseOut.class, (w, c) -> w.closeValue(c, "close-out", ""));
    }
  }

  static final class CloseOutDeserializer extends ValueDeserializer<CloseOut> {
    private static final long serialVersionUID = 1L;

    CloseOutDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(CloseOut.class, limits, lenient, OkrReader::readCloseOut);
    }
  }

  static final class ChangeSerializer extends ValueSerializer<Change> {
    private static final long serialVersionUID = 1L;

    ChangeSerializer() {
      super(Change.class, (w, c) -> w.change(c, ""));
    }
  }

  static final class ChangeDeserializer extends ValueDeserializer<Change> {
    private static final long serialVersionUID = 1L;

    ChangeDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Change.class, limits, lenient, OkrReader::readChange);
    }
  }

  static final class InitiativeSerializer extends ValueSerializer<Initiative> {
    private static final long serialVersionUID = 1L;

    InitiativeSerializer() {
      super(Initiative.class, OkrWriter::initiative);
    }
  }

  static final class InitiativeDeserializer extends ValueDeserializer<Initiative> {
    private static final long serialVersionUID = 1L;

    InitiativeDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Initiative.class, limits, lenient, OkrReader::readInitiative);
    }
  }

  static final class KpiSerializer extends ValueSerializer<Kpi> {
    private static final long serialVersionUID = 1L;

    KpiSerializer() {
      super(Kpi.class, OkrWriter::kpi);
    }
  }

  static final class KpiDeserializer extends ValueDeserializer<Kpi> {
    private static final long serialVersionUID = 1L;

    KpiDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Kpi.class, limits, lenient, OkrReader::readKpi);
    }
  }

  static final class MeasurementSerializer extends ValueSerializer<Measurement> {
    private static final long serialVersionUID = 1L;

    MeasurementSerializer() {
      // a measurement on its own belongs to no KPI: no id for the writer's messages
      super(Measurement.class, (w, m) -> w.measurement(m, ""));
    }
  }

  static final class MeasurementDeserializer extends ValueDeserializer<Measurement> {
    private static final long serialVersionUID = 1L;

    MeasurementDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Measurement.class, limits, lenient, OkrReader::readMeasurement);
    }
  }

  static final class CorridorSerializer extends ValueSerializer<Corridor> {
    private static final long serialVersionUID = 1L;

    CorridorSerializer() {
      super(Corridor.class, OkrWriter::corridorValue);
    }
  }

  static final class CorridorDeserializer extends ValueDeserializer<Corridor> {
    private static final long serialVersionUID = 1L;

    CorridorDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(Corridor.class, limits, lenient, OkrReader::readCorridor);
    }
  }

  static final class PlanPointSerializer extends ValueSerializer<PlanPoint> {
    private static final long serialVersionUID = 1L;

    PlanPointSerializer() {
      // a plan point on its own belongs to no key result: no id for the writer's messages
      super(PlanPoint.class, (w, p) -> w.planPoint(p, ""));
    }
  }

  static final class PlanPointDeserializer extends ValueDeserializer<PlanPoint> {
    private static final long serialVersionUID = 1L;

    PlanPointDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(PlanPoint.class, limits, lenient, OkrReader::readPlanPoint);
    }
  }

  static final class ZoneDescriptionsSerializer extends ValueSerializer<ZoneDescriptions> {
    private static final long serialVersionUID = 1L;

    ZoneDescriptionsSerializer() {
      super(ZoneDescriptions.class, OkrWriter::zones);
    }
  }

  static final class ZoneDescriptionsDeserializer extends ValueDeserializer<ZoneDescriptions> {
    private static final long serialVersionUID = 1L;

    ZoneDescriptionsDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(ZoneDescriptions.class, limits, lenient, OkrReader::readZones);
    }
  }

  static final class ScoringSettingsSerializer extends ValueSerializer<ScoringSettings> {
    private static final long serialVersionUID = 1L;

    ScoringSettingsSerializer() {
      super(ScoringSettings.class, OkrWriter::scoringValue);
    }
  }

  static final class ScoringSettingsDeserializer extends ValueDeserializer<ScoringSettings> {
    private static final long serialVersionUID = 1L;

    ScoringSettingsDeserializer(OkrJsonLimits limits, boolean lenient) {
      super(ScoringSettings.class, limits, lenient, OkrReader::readScoring);
    }
  }

  /**
   * A key result found in a set, with its objective, both in their document shapes: {@code {
   * "objective": Objective, "keyResult": KeyResult }}. Written, not read: it is what a look-up in
   * a set returns, not a part of a document.
   */
  static final class KeyResultInSetSerializer extends ValueSerializer<KeyResultInSet> {
    private static final long serialVersionUID = 1L;

    KeyResultInSetSerializer() {
      super(KeyResultInSet.class, OkrWriter::keyResultInSet);
    }
  }
}
