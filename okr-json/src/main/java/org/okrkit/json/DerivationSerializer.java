package org.okrkit.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.ExplanationFormat;

/**
 * The one JSON shape of a {@link Derivation} (how a score came about), for every record the
 * sealed interface permits: {@code {"model": "ratio", "current": 4.45, "baseline": 4.1, …}}, the
 * numbers exact. A mean has {@code contributions}, each {@code {"id", "item", "weight", "score",
 * "share"}}, and {@code excluded} items, each {@code {"id", "item", "reason", "detail"}}; enum
 * values are lower-case with hyphens ({@code key-result}, {@code no-target-yet}). The fields are
 * written one by one rather than read off the record components so that the shape is a
 * documented contract (docs/json-format.md, "The derivation object") that a new component in the
 * engine cannot change by accident; {@code DerivationSerializerTest} fails when a record is
 * added without a shape here.
 */
final class DerivationSerializer extends ResultSerializers.ResultSerializer<Derivation> {
  private static final long serialVersionUID = 1L;

  DerivationSerializer() {
    super(Derivation.class, DerivationSerializer::write);
  }

  static void write(Derivation d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (d instanceof Derivation.Ratio r) {
      g.writeStringField("model", "ratio");
      num(g, "current", r.current());
      num(g, "baseline", r.baseline());
      num(g, "target", r.target());
      num(g, "raw", r.raw());
      g.writeStringField("curve", String.valueOf(r.curve()));
      num(g, "curved", r.curved());
      limit(g, r.limit());
      num(g, "score", r.score());
      source(g, r.source());
    } else if (d instanceof Derivation.ThresholdCheck t) {
      g.writeStringField("model", "threshold");
      opt(g, "current", t.current());
      g.writeStringField("side", id(t.side()));
      num(g, "bound", t.bound());
      g.writeBooleanField("met", t.met());
      g.writeStringField("credit", id(t.credit()));
      if (t.partialCredit().isPresent()) {
        g.writeFieldName("partialCredit");
        write(t.partialCredit().get(), g);
      }
      if (t.noPartialCredit().isPresent()) {
        g.writeStringField("noPartialCredit", id(t.noPartialCredit().get()));
      }
      num(g, "score", t.score());
      source(g, t.source());
    } else if (d instanceof Derivation.HitRatio h) {
      g.writeStringField("model", "hit-ratio");
      g.writeStringField("side", id(h.side()));
      num(g, "bound", h.bound());
      opt(g, "upper", h.upper());
      g.writeNumberField("met", h.met());
      g.writeNumberField("counted", h.counted());
      num(g, "score", h.score());
      source(g, h.source());
    } else if (d instanceof Derivation.Band b) {
      g.writeStringField("model", "band");
      opt(g, "current", b.current());
      num(g, "atLeast", b.atLeast());
      num(g, "atMost", b.atMost());
      g.writeStringField("credit", id(b.credit()));
      num(g, "distance", b.distance());
      num(g, "score", b.score());
      source(g, b.source());
    } else if (d instanceof Derivation.Stepped s) {
      g.writeStringField("model", "stepped");
      num(g, "current", s.current());
      g.writeArrayFieldStart("anchors");
      for (Derivation.Anchor a : s.anchors()) {
        g.writeStartObject();
        g.writeStringField("level", id(a.level()));
        num(g, "value", a.value());
        num(g, "score", a.score());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("from", id(s.from().level()));
      g.writeStringField("to", id(s.to().level()));
      num(g, "interpolated", s.interpolated());
      limit(g, s.limit());
      num(g, "score", s.score());
      source(g, s.source());
    } else if (d instanceof Derivation.Zones z) {
      g.writeStringField("model", "zones");
      g.writeFieldName("zone");
      if (z.zone().isPresent()) {
        g.writeString(id(z.zone().get()));
      } else {
        g.writeNull();
      }
      num(g, "score", z.score());
      source(g, z.source());
    } else if (d instanceof Derivation.Milestone m) {
      g.writeStringField("model", "milestone");
      g.writeBooleanField("done", m.done());
      num(g, "score", m.score());
      source(g, m.source());
    } else if (d instanceof Derivation.WeightedMean w) {
      g.writeStringField("model", "weighted-mean");
      contributions(g, w.contributions());
      excluded(g, w.excluded());
      num(g, "weightSum", w.weightSum());
      num(g, "score", w.score());
    } else if (d instanceof Derivation.WeakestLink l) {
      g.writeStringField("model", "weakest-link");
      contributions(g, l.contributions());
      excluded(g, l.excluded());
      g.writeStringField("weakest", l.weakestId());
      num(g, "score", l.score());
    } else if (d instanceof Derivation.Mixed m) {
      g.writeStringField("model", "mixed");
      num(g, "ownShare", m.ownShare());
      g.writeFieldName("own");
      write(m.own(), g);
      g.writeFieldName("children");
      write(m.children(), g);
      contributions(g, m.contributions());
      num(g, "score", m.score());
    } else if (d instanceof Derivation.Undefined u) {
      g.writeStringField("model", "undefined");
      g.writeStringField("reason", id(u.reason()));
      g.writeStringField("detail", ExplanationFormat.english().reason(u));
    } else {
      // unreachable while the interface is sealed; a new record must get its shape above
      throw new IllegalStateException("derivation " + d.getClass().getName() + " has no JSON shape");
    }
    g.writeEndObject();
  }

  private static void contributions(JsonGenerator g, List<Derivation.Contribution> items)
      throws IOException {
    g.writeArrayFieldStart("contributions");
    for (Derivation.Contribution c : items) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("item", id(c.item()));
      num(g, "weight", c.weight());
      num(g, "score", c.score());
      num(g, "share", c.share());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void excluded(JsonGenerator g, List<Derivation.Excluded> items)
      throws IOException {
    g.writeArrayFieldStart("excluded");
    for (Derivation.Excluded e : items) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("item", id(e.item()));
      g.writeStringField("reason", id(e.why().reason()));
      g.writeStringField("detail", ExplanationFormat.english().reason(e.why()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** {@code KEY_RESULT} → {@code key-result}: how every enum value inside a derivation reads. */
  static String id(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void num(JsonGenerator g, String field, BigDecimal v) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(OkrWriter.number(v));
  }

  private static void opt(JsonGenerator g, String field, Optional<BigDecimal> v)
      throws IOException {
    g.writeFieldName(field);
    if (v.isPresent()) {
      g.writeNumber(OkrWriter.number(v.get()));
    } else {
      g.writeNull();
    }
  }

  private static void limit(JsonGenerator g, Optional<Derivation.Limit> limit) throws IOException {
    if (limit.isPresent()) {
      g.writeObjectFieldStart("limit");
      g.writeStringField("kind", id(limit.get().kind()));
      num(g, "value", limit.get().value());
      g.writeEndObject();
    }
  }

  /** The check-in used, by its date ({@code null}: at the baseline), and the deltas summed. */
  private static void source(JsonGenerator g, Derivation.Source s) throws IOException {
    g.writeFieldName("checkIn");
    if (s.checkIn().isPresent()) {
      g.writeString(s.checkIn().get().date().toString());
    } else {
      g.writeNull();
    }
    if (s.deltas() > 0) {
      g.writeNumberField("deltas", s.deltas());
    }
  }
}
