package org.okrkit.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.ExplanationFormat;

/**
 * The {@code "derivation"} object of {@code okr score --json}: the structured "why" of a score,
 * one {@code "model"} per derivation record with its numbers exact (scores elsewhere are rounded
 * for people; these are the data). A mean has {@code contributions}, each with {@code id},
 * {@code item}, {@code weight}, {@code score} and {@code share}, and {@code excluded} items, each
 * with {@code id}, {@code item} and {@code reason}. See docs/cli.md.
 */
final class DerivationJson {
  private DerivationJson() {}

  static void write(JsonGenerator g, String field, Optional<Derivation> derivation)
      throws IOException {
    if (derivation.isEmpty()) {
      return;
    }
    g.writeFieldName(field);
    write(g, derivation.get());
  }

  static void write(JsonGenerator g, Derivation d) throws IOException {
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
      g.writeStringField("side", lower(t.side().name()));
      num(g, "bound", t.bound());
      g.writeBooleanField("met", t.met());
      g.writeStringField("credit", lower(t.credit().name()));
      if (t.partialCredit().isPresent()) {
        g.writeFieldName("partialCredit");
        write(g, t.partialCredit().get());
      }
      if (t.noPartialCredit().isPresent()) {
        g.writeStringField("noPartialCredit", lower(t.noPartialCredit().get().name()));
      }
      num(g, "score", t.score());
      source(g, t.source());
    } else if (d instanceof Derivation.HitRatio h) {
      g.writeStringField("model", "hit-ratio");
      g.writeStringField("side", lower(h.side().name()));
      num(g, "bound", h.bound());
      opt(g, "upper", h.upper());
      g.writeNumberField("met", h.met());
      g.writeNumberField("counted", h.counted());
      num(g, "score", h.score());
    } else if (d instanceof Derivation.Band b) {
      g.writeStringField("model", "band");
      opt(g, "current", b.current());
      num(g, "atLeast", b.atLeast());
      num(g, "atMost", b.atMost());
      g.writeStringField("credit", lower(b.credit().name()));
      num(g, "distance", b.distance());
      num(g, "score", b.score());
      source(g, b.source());
    } else if (d instanceof Derivation.Stepped s) {
      g.writeStringField("model", "stepped");
      num(g, "current", s.current());
      g.writeArrayFieldStart("anchors");
      for (Derivation.Anchor a : s.anchors()) {
        g.writeStartObject();
        g.writeStringField("level", lower(a.level().name()));
        num(g, "value", a.value());
        num(g, "score", a.score());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("from", lower(s.from().level().name()));
      g.writeStringField("to", lower(s.to().level().name()));
      num(g, "interpolated", s.interpolated());
      limit(g, s.limit());
      num(g, "score", s.score());
      source(g, s.source());
    } else if (d instanceof Derivation.Zones z) {
      g.writeStringField("model", "zones");
      g.writeFieldName("zone");
      if (z.zone().isPresent()) {
        g.writeString(lower(z.zone().get().name()));
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
      write(g, m.own());
      g.writeFieldName("children");
      write(g, m.children());
      contributions(g, m.contributions());
      num(g, "score", m.score());
    } else if (d instanceof Derivation.Undefined u) {
      g.writeStringField("model", "undefined");
      g.writeStringField("reason", lower(u.reason().name()));
      g.writeStringField("detail", ExplanationFormat.english().reason(u));
    }
    g.writeEndObject();
  }

  private static void contributions(JsonGenerator g, List<Derivation.Contribution> items)
      throws IOException {
    g.writeArrayFieldStart("contributions");
    for (Derivation.Contribution c : items) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("item", item(c.item()));
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
      g.writeStringField("item", item(e.item()));
      g.writeStringField("reason", lower(e.why().reason().name()));
      g.writeStringField("detail", ExplanationFormat.english().reason(e.why()));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static String item(Derivation.Item item) {
    return item.noun().replace(' ', '-');
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void num(JsonGenerator g, String field, BigDecimal v) throws IOException {
    g.writeFieldName(field);
    g.writeNumber(v);
  }

  private static void opt(JsonGenerator g, String field, Optional<BigDecimal> v)
      throws IOException {
    g.writeFieldName(field);
    if (v.isPresent()) {
      g.writeNumber(v.get());
    } else {
      g.writeNull();
    }
  }

  private static void limit(JsonGenerator g, Optional<Derivation.Limit> limit) throws IOException {
    if (limit.isPresent()) {
      g.writeObjectFieldStart("limit");
      g.writeStringField("kind", lower(limit.get().kind().name()));
      num(g, "value", limit.get().value());
      g.writeEndObject();
    }
  }

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
