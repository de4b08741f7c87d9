package org.okrkit.json;

import static com.fasterxml.jackson.core.JsonToken.START_OBJECT;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.Corridor;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.Measurement;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.ZoneDescriptions;

/**
 * Reads one OKR document from a streaming parser into an {@link OkrSet}. Not thread-safe: one
 * instance per document.
 *
 * <p>Reading goes on after a problem so that independent problems are all reported, but an
 * object with a problem inside is never built, and no set is returned if there was any problem:
 * the caller gets a complete set or an {@link OkrJsonException}, never a half-read result. The
 * format has a fixed depth, so nothing here recurses over user data; extension values of any
 * depth are copied by an iterative loop.
 *
 * <p>Each model type has its reader ({@link CycleReader}, {@link ObjectiveReader}, {@link
 * KeyResultReader}, {@link CheckInReader}, {@link ConfidenceReader}, {@link CloseOutReader},
 * {@link ChangeReader}, {@link InitiativeReader}, {@link KpiReader}, {@link ScoringReader}), each
 * with its field list and its draft; they share one {@link JsonInput}: the parser, the places,
 * the problem collector, the limits and the values every type takes. This class reads the
 * document itself and is the entry point for a whole document or one value.
 */
final class OkrReader {
  static final String VERSION = "1.0";

  static final List<String> ROOT_FIELDS =
      List.of("okr", "cycles", "objectives", "initiatives", "kpis", "scoring");

  private final JsonInput in;
  private final JsonParser p;
  private final ConfidenceReader confidenceReader;
  private final CheckInReader checkInReader;
  private final CloseOutReader closeOutReader;
  private final ChangeReader changeReader;
  private final KeyResultReader keyResultReader;
  private final ObjectiveReader objectiveReader;
  private final CycleReader cycleReader;
  private final InitiativeReader initiativeReader;
  private final KpiReader kpiReader;
  private final ScoringReader scoringReader;

  OkrReader(JsonParser p, OkrJsonLimits limits, boolean lenient) {
    this.in = new JsonInput(p, limits, lenient);
    this.p = p;
    this.confidenceReader = new ConfidenceReader(in);
    this.checkInReader = new CheckInReader(in, confidenceReader);
    this.closeOutReader = new CloseOutReader(in);
    this.changeReader = new ChangeReader(in);
    this.keyResultReader = new KeyResultReader(in, checkInReader, changeReader, closeOutReader);
    this.objectiveReader = new ObjectiveReader(in, keyResultReader, closeOutReader);
    this.cycleReader = new CycleReader(in);
    this.initiativeReader = new InitiativeReader(in);
    this.kpiReader = new KpiReader(in);
    this.scoringReader = new ScoringReader(in);
  }

  /**
   * Reads the document whose first token is the parser's current token (or its next one when
   * there is no current token), leaving the parser on the document's closing brace.
   */
  OkrSet read() throws IOException {
    try {
      JsonToken t = p.hasCurrentToken() ? p.currentToken() : p.nextToken();
      if (t == null) {
        throw in.fatal("", p.currentLocation(), "expected an OKR document (a JSON object), got nothing");
      }
      if (t != START_OBJECT) {
        in.wrong("an OKR document (a JSON object)");
        throw in.stop();
      }
      confidenceReader.inDocument = true;
      OkrSet set = root();
      if (set == null || !in.problems.isEmpty()) {
        throw in.stop();
      }
      return set;
    } catch (OkrJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw in.fromJackson(e);
    }
  }

  /** Reads one model value; null means it was reported as a problem. */
  @FunctionalInterface
  private interface Element<T> {
    @Nullable T read() throws IOException;
  }

  /**
   * Reads one value whose first token is the parser's current token (or its next one), as the
   * same part of a document would be read: a DTO field holding a key result, a check-in… Problems
   * name JSON Pointers relative to the value's place in the caller's document.
   */
  private <T> T readValue(Element<T> element) throws IOException {
    try {
      JsonToken t = p.hasCurrentToken() ? p.currentToken() : p.nextToken();
      if (t == null) {
        throw in.fatal("", p.currentLocation(), "expected a value, got nothing");
      }
      T value = element.read();
      if (value == null || !in.problems.isEmpty()) {
        throw in.stop();
      }
      return value;
    } catch (OkrJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      throw in.fromJackson(e);
    }
  }

  Cycle readCycle() throws IOException {
    return readValue(cycleReader::cycle);
  }

  Objective readObjective() throws IOException {
    return readValue(objectiveReader::objective);
  }

  KeyResult readKeyResult() throws IOException {
    return readValue(keyResultReader::keyResult);
  }

  Baseline readBaseline() throws IOException {
    return readValue(keyResultReader::baseline);
  }

  Target readTarget() throws IOException {
    return readValue(keyResultReader::target);
  }

  CheckIn readCheckIn() throws IOException {
    return readValue(checkInReader::checkIn);
  }

  CloseOut readCloseOut() throws IOException {
    return readValue(closeOutReader::closeOut);
  }

  Change readChange() throws IOException {
    return readValue(changeReader::change);
  }

  Initiative readInitiative() throws IOException {
    return readValue(initiativeReader::initiative);
  }

  Kpi readKpi() throws IOException {
    return readValue(kpiReader::kpi);
  }

  Measurement readMeasurement() throws IOException {
    return readValue(kpiReader::measurement);
  }

  Corridor readCorridor() throws IOException {
    return readValue(kpiReader::corridor);
  }

  PlanPoint readPlanPoint() throws IOException {
    return readValue(keyResultReader::planPoint);
  }

  ZoneDescriptions readZones() throws IOException {
    return readValue(keyResultReader::zones);
  }

  ScoringSettings readScoring() throws IOException {
    return readValue(scoringReader::scoring);
  }

  /** Reads a whole input that must hold exactly one document and nothing after it. */
  OkrSet readDocument() throws IOException {
    OkrSet set = read();
    JsonToken after;
    try {
      after = p.nextToken();
    } catch (StreamConstraintsException e) {
      throw in.fromJackson(e);
    } catch (JsonProcessingException e) {
      throw in.fatal("", p.currentLocation(),
          "expected the end of the input after the document, got " + ReadMessages.plain(e.getOriginalMessage()));
    }
    if (after != null) {
      String what;
      try {
        what = in.got(); // reading the token's text can itself meet malformed bytes
      } catch (JsonProcessingException e) {
        throw in.fromJackson(e);
      }
      throw in.fatal("", in.loc(), "expected the end of the input after the document, got " + what);
    }
    return set;
  }

  private final class RootDraft extends JsonCursor.Draft {
    final List<Cycle> cycles = new ArrayList<>();
    final List<Objective> objectives = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<Kpi> kpis = new ArrayList<>();
    @Nullable ScoringSettings scoring;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> {
          String version = in.string();
          if (version != null && !version.equals(VERSION)) {
            in.report(in.here(), in.loc(), "expected format version \"" + VERSION + "\", got "
                + ReadMessages.quote(version));
          }
        }
        case 1 -> in.elements("cycles", cycleReader::cycle, cycles);
        case 2 -> in.elements("objectives", objectiveReader::objective, objectives);
        case 3 -> in.elements("initiatives", initiativeReader::initiative, initiatives);
        case 4 -> in.elements("KPIs", kpiReader::kpi, kpis);
        default -> {
          scoring = scoringReader.scoring();
          if (scoring != null) {
            confidenceReader.confidenceScale = scoring.confidenceScale().orElse(ConfidenceScale.UNIT);
          }
        }
      }
    }
  }

  private @Nullable OkrSet root() throws IOException {
    long start = in.loc();
    confidenceReader.documentPointer = in.here();
    RootDraft d = new RootDraft();
    in.fields(ROOT_FIELDS, d);
    in.missing(d, 0, ROOT_FIELDS, start, " (the format version, \"" + VERSION + "\")");
    confidenceReader.settleConfidences(d.objectives,
        d.scoring == null ? ConfidenceScale.UNIT
            : d.scoring.confidenceScale().orElse(ConfidenceScale.UNIT),
        d.has(ROOT_FIELDS.indexOf("scoring")) && d.scoring == null);
    if (!in.problems.isEmpty()) {
      return null;
    }
    return in.built(
        start,
        () ->
            OkrSet.builder()
                .cycles(d.cycles)
                .objectives(d.objectives)
                .initiatives(d.initiatives)
                .kpis(d.kpis)
                .scoring(Optional.ofNullable(d.scoring))
                .extensions(d.extensions)
                .build());
  }
}
