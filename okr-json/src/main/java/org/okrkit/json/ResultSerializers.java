package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.okrkit.health.ConfidenceRollup;
import org.okrkit.health.HealthAssessment;
import org.okrkit.health.HealthReport;
import org.okrkit.health.NetConfidenceScore;
import org.okrkit.lifecycle.ClosedGrade;
import org.okrkit.lifecycle.Movement;
import org.okrkit.lifecycle.ResultSinceClose;
import org.okrkit.lifecycle.Review;
import org.okrkit.model.Decision;
import org.okrkit.model.Measurement;
import org.okrkit.model.Outcome;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.Confidence;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.KpiHealth;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.text.Direction;
import org.okrkit.text.KeyResultReading;
import org.okrkit.text.RelativeChange;
import org.okrkit.validation.Finding;

/**
 * Serializers for the results an application puts in its responses and {@code okr … --json}
 * prints: key-result and objective scores, roll-ups, derivations, findings and sentence readings,
 * in the shapes of docs/json-format.md ("Results"). Numbers are exact (rounding is for people,
 * see {@code ScoreRounding}); enum values are lower-case ids; an undefined score is {@code null}
 * with its {@code undefinedReason}. Results are written, not read: they are computed from a
 * document, never stored in one. One named serializer per type; what they share is {@link
 * ResultSerializer} and the field helpers here.
 */
final class ResultSerializers {
  private ResultSerializers() {}

  static void register(OkrJsonModule module) {
    module.addSerializer(Derivation.class, new DerivationSerializer());
    module.addSerializer(KeyResultScore.class, new KeyResultScoreSerializer());
    module.addSerializer(ObjectiveScore.class, new ObjectiveScoreSerializer());
    module.addSerializer(ObjectiveRollup.class, new ObjectiveRollupSerializer());
    module.addSerializer(RollupResult.class, new RollupResultSerializer());
    module.addSerializer(Finding.class, new FindingSerializer());
    module.addSerializer(KeyResultReading.class, new KeyResultReadingSerializer());
    module.addSerializer(Review.class, new ReviewSerializer());
    module.addSerializer(Movement.class, new MovementSerializer());
    module.addSerializer(ClosedGrade.class, new ClosedGradeSerializer());
    module.addSerializer(ResultSinceClose.class, new ResultSinceCloseSerializer());
    module.addSerializer(KpiHealth.class, new KpiHealthSerializer());
    module.addSerializer(HealthAssessment.class, new HealthAssessmentSerializer());
    module.addSerializer(NetConfidenceScore.class, new NetConfidenceScoreSerializer());
    module.addSerializer(ConfidenceRollup.ObjectiveConfidence.class, new ObjectiveConfidenceSerializer());
    module.addSerializer(HealthReport.class, new HealthReportSerializer());
    module.addSerializer(Forecast.class, new ForecastSerializer());
    module.addSerializer(Confidence.class, new ConfidenceSerializer());
  }

  /** How one result is written (serializable, like the serializer holding it). */
  @FunctionalInterface
  interface Writing<T> extends Serializable {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** The shared part of every result serializer: a writing function over the mapper's generator. */
  abstract static class ResultSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final Writing<T> writing;

    ResultSerializer(Class<T> type, Writing<T> writing) {
      super(type);
      this.writing = writing;
    }

    @Override
    public final void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      writing.write(value, gen);
    }
  }

  static void number(JsonGenerator g, String field, Optional<BigDecimal> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeNumber(OkrWriter.number(value.get()));
    } else {
      g.writeNull();
    }
  }

  static void string(JsonGenerator g, String field, Optional<String> value) throws IOException {
    g.writeFieldName(field);
    if (value.isPresent()) {
      g.writeString(value.get());
    } else {
      g.writeNull();
    }
  }

  /** An enum value as the results spell it: {@code GREEN} → {@code green}, {@code ON_TRACK} → {@code on_track}. */
  static String id(Enum<?> e) {
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
    DerivationSerializer.write(s.derivation(), g);
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
    keyResultScores(s, g);
    g.writeFieldName("derivation");
    DerivationSerializer.write(s.derivation(), g);
    g.writeStringField("explanation", s.explanation());
    g.writeEndObject();
  }

  private static void keyResultScores(ObjectiveScore s, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("keyResults");
    for (KeyResultScore k : s.keyResultScores()) {
      keyResultScore(k, g);
    }
    g.writeEndArray();
  }

  /**
   * An objective in a roll-up, flat: its own score first ({@code score}, {@code grade}, {@code
   * keyResults}, {@code derivation}, {@code explanation}, as in {@link ObjectiveScore}), then its
   * roll-up ({@code rollup}, {@code rollupGrade}, {@code rollupStatus} (its pace), {@code
   * belowCommitment}, {@code ended}, {@code miss}, {@code rollupDerivation}, {@code
   * rollupExplanation}) and its place in the tree.
   */
  static void objectiveRollup(ObjectiveRollup r, JsonGenerator g) throws IOException {
    ObjectiveScore own = r.ownScore();
    g.writeStartObject();
    g.writeStringField("id", r.objectiveId());
    g.writeStringField("title", r.objective().title());
    number(g, "score", own.score());
    if (own.undefinedReason().isPresent()) {
      g.writeStringField("undefinedReason", own.undefinedReason().get());
    }
    string(g, "grade", own.grade().map(ResultSerializers::id));
    number(g, "rollup", r.rollup());
    string(g, "rollupGrade", r.grade().map(ResultSerializers::id));
    string(g, "rollupStatus", r.paceStatus().map(ResultSerializers::id));
    number(g, "expectedProgress", r.expectedProgress());
    g.writeBooleanField("committed", r.objective().isCommitted());
    g.writeBooleanField("belowCommitment", r.isBelowCommitment());
    g.writeBooleanField("ended", r.hasEnded());
    g.writeBooleanField("miss", r.isMiss());
    string(g, "parent", r.parentId());
    g.writeArrayFieldStart("children");
    for (String child : r.childIds()) {
      g.writeString(child);
    }
    g.writeEndArray();
    keyResultScores(own, g);
    g.writeFieldName("derivation");
    DerivationSerializer.write(own.derivation(), g);
    g.writeFieldName("rollupDerivation");
    DerivationSerializer.write(r.derivation(), g);
    g.writeStringField("explanation", own.explanation());
    g.writeStringField("rollupExplanation", r.explanation());
    g.writeEndObject();
  }

  static void rollupResult(RollupResult value, JsonGenerator g) throws IOException {
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

  static void finding(Finding value, JsonGenerator g) throws IOException {
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

  static void keyResultReading(KeyResultReading r, JsonGenerator g) throws IOException {
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

  /** The quarter-end review, as {@code okr review --json} prints it. */
  static void review(Review r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("scope", r.scope());
    g.writeStringField("asOf", r.asOf().toString());
    g.writeNumberField("objectives", r.objectives());
    g.writeNumberField("keyResults", r.keyResults());
    g.writeArrayFieldStart("histogram");
    for (int n : r.histogram()) {
      g.writeNumber(n);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("grades");
    for (Map.Entry<Grade, Integer> e : r.grades().entrySet()) {
      g.writeNumberField(id(e.getKey()), e.getValue());
    }
    g.writeNumberField("unscored", r.unscored());
    g.writeEndObject();
    g.writeObjectFieldStart("aspirational");
    g.writeNumberField("scored", r.aspirational());
    g.writeNumberField("inSweetSpot", r.aspirationalInSweetSpot());
    number(g, "share", r.sweetSpotShare());
    g.writeEndObject();
    g.writeObjectFieldStart("committed");
    g.writeNumberField("scored", r.committed());
    g.writeNumberField("delivered", r.committedDelivered());
    number(g, "share", r.committedDeliveredShare());
    g.writeEndObject();
    number(g, "averageStartingConfidence", r.averageStartingConfidence());
    g.writeArrayFieldStart("sandbagging");
    for (String s : r.sandbagging()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("leastMoved");
    for (Movement m : r.leastMoved()) {
      movement(m, g);
    }
    g.writeEndArray();
    g.writeNumberField("stale", r.stale());
    g.writeNumberField("neverCheckedIn", r.neverCheckedIn());
    g.writeArrayFieldStart("adjustments");
    for (ClosedGrade a : r.adjustments()) {
      closedGrade(a, g);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("outcomes");
    for (Map.Entry<Outcome, Integer> e : r.outcomes().entrySet()) {
      g.writeNumberField(e.getKey().spelling(), e.getValue());
    }
    g.writeNumberField("without", r.withoutOutcome());
    g.writeEndObject();
    g.writeObjectFieldStart("decisions");
    for (Map.Entry<Decision, Integer> e : r.decisions().entrySet()) {
      g.writeNumberField(e.getKey().spelling(), e.getValue());
    }
    g.writeNumberField("without", r.withoutDecision());
    g.writeEndObject();
    g.writeArrayFieldStart("sinceClose");
    for (ResultSinceClose c : r.sinceClose()) {
      resultSinceClose(c, g);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("kpis");
    for (KpiHealth k : r.kpis()) {
      kpiHealth(k, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void movement(Movement m, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", m.keyResultId());
    g.writeStringField("objective", m.objectiveId());
    number(g, "from", Optional.of(m.from()));
    number(g, "to", Optional.of(m.to()));
    g.writeEndObject();
  }

  static void closedGrade(ClosedGrade a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    number(g, "computed", a.computed());
    number(g, "adjusted", a.adjusted());
    string(g, "reason", a.adjustmentReason());
    g.writeEndObject();
  }

  static void resultSinceClose(ResultSinceClose s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.keyResultId());
    g.writeStringField("closedOn", s.closedOn().toString());
    number(g, "atClose", s.atClose());
    number(g, "now", s.now());
    string(g, "lastCheckIn", s.lastCheckIn().map(LocalDate::toString));
    g.writeBooleanField("held", s.held());
    g.writeEndObject();
  }

  static void kpiHealth(KpiHealth k, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", k.kpiId());
    g.writeStringField("status", id(k.status()));
    g.writeBooleanField("stale", k.stale());
    number(g, "latest", k.latest().map(Measurement::value));
    g.writeStringField("reason", k.reason());
    g.writeEndObject();
  }

  /** The health of a key result or objective, with the rule that decided it. */
  static void healthAssessment(HealthAssessment h, JsonGenerator g) throws IOException {
    g.writeStartObject();
    healthAssessmentFields(h, g);
    g.writeEndObject();
  }

  private static void healthAssessmentFields(HealthAssessment h, JsonGenerator g) throws IOException {
    g.writeStringField("id", h.id());
    g.writeStringField("health", h.health().code());
    g.writeStringField("rule", id(h.rule()));
    number(g, "expected", h.expected());
    string(g, "lastCheckIn", h.lastCheckIn().map(LocalDate::toString));
    string(g, "staleSince", h.staleSince().map(LocalDate::toString));
    g.writeStringField("detail", h.detail());
  }

  static void netConfidenceScore(NetConfidenceScore n, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("score");
    g.writeNumber(OkrWriter.number(n.score()));
    g.writeNumberField("onTrack", n.onTrack());
    g.writeNumberField("offTrack", n.offTrack());
    g.writeNumberField("rated", n.rated());
    g.writeNumberField("unrated", n.unrated());
    g.writeEndObject();
  }

  static void objectiveConfidence(ConfidenceRollup.ObjectiveConfidence c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.objectiveId());
    number(g, "confidence", c.confidence());
    number(g, "previous", c.previous());
    g.writeStringField("trend", id(c.trend()));
    g.writeEndObject();
  }

  /**
   * The health of a whole roll-up: each objective in tree order, its own assessment's fields flat
   * (as {@link HealthAssessment}) followed by its own key results' assessments.
   */
  static void healthReport(HealthReport r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("objectives");
    for (ObjectiveRollup node : r.objectives()) {
      HealthAssessment h = r.objective(node);
      g.writeStartObject();
      healthAssessmentFields(h, g);
      g.writeArrayFieldStart("keyResults");
      for (HealthAssessment k : r.keyResults(node)) {
        healthAssessment(k, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A key result's forecast: numbers {@code null} where none could be computed, and {@code
   * unavailableReason} only when there is no projection (like a score's {@code undefinedReason}).
   */
  static void forecast(Forecast f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.keyResultId());
    g.writeStringField("asOf", f.asOf().toString());
    g.writeStringField("cycleEnd", f.cycleEnd().toString());
    g.writeNumberField("usableCheckIns", f.usableCheckIns());
    g.writeBooleanField("available", f.isAvailable());
    number(g, "slopePerDay", f.slopePerDay());
    number(g, "projectedValue", f.projectedValue());
    number(g, "projectedScore", f.projectedScore());
    number(g, "requiredPerDay", f.requiredPerDay());
    number(g, "requiredPerWeek", f.requiredPerWeek());
    if (f.unavailableReason().isPresent()) {
      g.writeStringField("unavailableReason", f.unavailableReason().get());
    }
    g.writeStringField("explanation", f.explanation());
    g.writeEndObject();
  }

  /** A key result owner's confidence and its trend, on the 0–1 scale (the model's). */
  static void confidence(Confidence c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.keyResultId());
    g.writeStringField("asOf", c.asOf().toString());
    number(g, "latest", c.latest());
    string(g, "latestDate", c.latestDate().map(LocalDate::toString));
    number(g, "previous", c.previous());
    g.writeStringField("trend", id(c.trend()));
    g.writeEndObject();
  }

  static final class KeyResultScoreSerializer extends ResultSerializer<KeyResultScore> {
    private static final long serialVersionUID = 1L;

    KeyResultScoreSerializer() {
      super(KeyResultScore.class, ResultSerializers::keyResultScore);
    }
  }

  static final class ObjectiveScoreSerializer extends ResultSerializer<ObjectiveScore> {
    private static final long serialVersionUID = 1L;

    ObjectiveScoreSerializer() {
      super(ObjectiveScore.class, ResultSerializers::objectiveScore);
    }
  }

  static final class ObjectiveRollupSerializer extends ResultSerializer<ObjectiveRollup> {
    private static final long serialVersionUID = 1L;

    ObjectiveRollupSerializer() {
      super(ObjectiveRollup.class, ResultSerializers::objectiveRollup);
    }
  }

  static final class RollupResultSerializer extends ResultSerializer<RollupResult> {
    private static final long serialVersionUID = 1L;

    RollupResultSerializer() {
      super(RollupResult.class, ResultSerializers::rollupResult);
    }
  }

  static final class FindingSerializer extends ResultSerializer<Finding> {
    private static final long serialVersionUID = 1L;

    FindingSerializer() {
      super(Finding.class, ResultSerializers::finding);
    }
  }

  static final class KeyResultReadingSerializer extends ResultSerializer<KeyResultReading> {
    private static final long serialVersionUID = 1L;

    KeyResultReadingSerializer() {
      super(KeyResultReading.class, ResultSerializers::keyResultReading);
    }
  }

  static final class ReviewSerializer extends ResultSerializer<Review> {
    private static final long serialVersionUID = 1L;

    ReviewSerializer() {
      super(Review.class, ResultSerializers::review);
    }
  }

  static final class MovementSerializer extends ResultSerializer<Movement> {
    private static final long serialVersionUID = 1L;

    MovementSerializer() {
      super(Movement.class, ResultSerializers::movement);
    }
  }

  static final class ClosedGradeSerializer extends ResultSerializer<ClosedGrade> {
    private static final long serialVersionUID = 1L;

    ClosedGradeSerializer() {
      super(ClosedGrade.class, ResultSerializers::closedGrade);
    }
  }

  static final class ResultSinceCloseSerializer extends ResultSerializer<ResultSinceClose> {
    private static final long serialVersionUID = 1L;

    ResultSinceCloseSerializer() {
      super(ResultSinceClose.class, ResultSerializers::resultSinceClose);
    }
  }

  static final class KpiHealthSerializer extends ResultSerializer<KpiHealth> {
    private static final long serialVersionUID = 1L;

    KpiHealthSerializer() {
      super(KpiHealth.class, ResultSerializers::kpiHealth);
    }
  }

  static final class HealthAssessmentSerializer extends ResultSerializer<HealthAssessment> {
    private static final long serialVersionUID = 1L;

    HealthAssessmentSerializer() {
      super(HealthAssessment.class, ResultSerializers::healthAssessment);
    }
  }

  static final class NetConfidenceScoreSerializer extends ResultSerializer<NetConfidenceScore> {
    private static final long serialVersionUID = 1L;

    NetConfidenceScoreSerializer() {
      super(NetConfidenceScore.class, ResultSerializers::netConfidenceScore);
    }
  }

  static final class ObjectiveConfidenceSerializer
      extends ResultSerializer<ConfidenceRollup.ObjectiveConfidence> {
    private static final long serialVersionUID = 1L;

    ObjectiveConfidenceSerializer() {
      super(ConfidenceRollup.ObjectiveConfidence.class, ResultSerializers::objectiveConfidence);
    }
  }

  static final class HealthReportSerializer extends ResultSerializer<HealthReport> {
    private static final long serialVersionUID = 1L;

    HealthReportSerializer() {
      super(HealthReport.class, ResultSerializers::healthReport);
    }
  }

  static final class ForecastSerializer extends ResultSerializer<Forecast> {
    private static final long serialVersionUID = 1L;

    ForecastSerializer() {
      super(Forecast.class, ResultSerializers::forecast);
    }
  }

  static final class ConfidenceSerializer extends ResultSerializer<Confidence> {
    private static final long serialVersionUID = 1L;

    ConfidenceSerializer() {
      super(Confidence.class, ResultSerializers::confidence);
    }
  }
}
