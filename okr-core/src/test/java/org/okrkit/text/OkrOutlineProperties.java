package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.time.Period;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.ChangeField;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.Corridor;
import org.okrkit.model.Decision;
import org.okrkit.model.Frequency;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;
import org.okrkit.model.Outcome;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;
import org.okrkit.model.TargetSide;

/** Any set, written as an outline, reads back to an equal set. */
class OkrOutlineProperties {

  private static final List<String> SENTENCES =
      List.of(
          "Increase customer satisfaction from 4.1 to 4.8",
          "Reduce average task turnaround time from five days to three",
          "Achieve 10,000 app downloads",
          "Keep uptime at or above 99.9%",
          "Publish the support handbook",
          "Reduce churn by 20%",
          "Grow ARR from $1.2M to $2M",
          "No more than 2 P1 incidents per quarter",
          "Double qualified leads from 200",
          "Make happy customers the core of our growth",
          "Increase NPS from 30 to 40-45");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(SENTENCES)),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(25)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("{a: b}", "[x] done", " lead", "trail ",
            "two\nlines", "(confidence 0.5)", "none", "- dash", "# hash", "\"quoted\"",
            "x {id: 1}", "a, b: c", "Q4 2026", "2026-11-01: 4", "done", "not done",
            "confidence 0.4 later", "+ plus", "1. first", "-glued")))
        // every reader refuses half a surrogate pair (not Unicode text), so no set holds one
        .filter(s -> OutlineReader.loneSurrogate(s) < 0);
  }

  /** {@code s} as a JSON string, the raw text an extension value holds. */
  static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Provide
  Arbitrary<String> nonBlank() {
    return text().filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<BigDecimal> decimal() {
    return Combinators.combine(
            Arbitraries.longs().between(-2_000_000, 2_000_000), Arbitraries.integers().between(-2, 4))
        .as((u, s) -> new BigDecimal(BigInteger.valueOf(u), s));
  }

  @Provide
  Arbitrary<BigDecimal> positive() {
    return decimal().filter(d -> d.signum() > 0);
  }

  @Provide
  Arbitrary<BigDecimal> unit() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs().between(0, 1000))
        .as((s, u) -> new BigDecimal(BigInteger.valueOf(Math.min(u, (long) Math.pow(10, s))), s));
  }

  @Provide
  Arbitrary<Map<String, String>> extensions() {
    return Arbitraries.maps(
            Arbitraries.strings().alpha().numeric().withChars('-', '_', '.', '/', '~', '😀', ' ')
                .ofMinLength(1).ofMaxLength(6).map(k -> "x-" + k)
                .filter(k -> OutlineReader.loneSurrogate(k) < 0),
            Arbitraries.oneOf(text().map(OkrOutlineProperties::jsonString),
                Arbitraries.of("1", "-2.50", "true", "null", "[1, {\"a\": []}]", "{}")))
        .ofMaxSize(2);
  }

  @Provide
  Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2025, 1, 1).plusDays(d));
  }

  @Provide
  Arbitrary<Cycle> cycle() {
    return Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of("2026-Q4", "2026", "Q4 2026", "h1"), nonBlank()),
            text().optional(),
            date(),
            Arbitraries.integers().between(0, 400),
            extensions())
        .as((id, name, start, len, ext) ->
            Cycle.builder().id(id).name(name).start(start).end(start.plusDays(len))
                .extensions(ext).build());
  }

  @Provide
  Arbitrary<CheckIn> checkIn() {
    return Combinators.combine(
            date(),
            Arbitraries.oneOf(decimal().map(Optional::of), Arbitraries.just(Optional.<BigDecimal>empty())),
            unit().optional(),
            text().optional(),
            extensions(),
            Arbitraries.integers().between(0, 5),
            Arbitraries.of("amber", "7", "high", "a b", "{x}").optional(),
            Arbitraries.of(Zone.class))
        .as((date, value, conf, note, ext, how, given, zone) -> {
          CheckIn.Builder b = CheckIn.builder().date(date).confidence(conf).note(note)
              .extensions(ext);
          if (conf.isPresent()) {
            b.confidenceAsGiven(given);
          }
          if (how == 4) {
            b.delta(value.orElse(BigDecimal.ONE));
          } else if (how == 5) {
            b.zone(zone);
          } else if (value.isPresent()) {
            b.value(value.get());
          } else {
            b.done(how % 2 == 0);
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<CloseOut> closeOut() {
    return Builders.withBuilder(CloseOut::builder)
        .use(date()).withProbability(0.8).in((b, v) -> b.date(v))
        .use(Arbitraries.of(Outcome.class)).withProbability(0.7).in((b, v) -> b.outcome(v))
        .use(Arbitraries.of(Decision.class)).withProbability(0.7).in((b, v) -> b.decision(v))
        .use(Arbitraries.oneOf(text(), Arbitraries.of("What worked: the rota.\nWhat did not: hiring.",
            "Retrospective: twice", "line\n- dash", "ok\n\nafter a blank"))).withProbability(0.6)
        .in((b, v) -> b.retrospective(v))
        .use(unit()).withProbability(0.5).in((b, v) -> b.computedScore(v))
        .use(unit()).withProbability(0.4).in((b, v) -> b.adjustedScore(v))
        .use(text()).withProbability(0.4).in((b, v) -> b.adjustmentReason(v))
        .use(extensions()).withProbability(0.2).in((b, v) -> b.extensions(v))
        .build(CloseOut.Builder::build);
  }

  @Provide
  Arbitrary<Change> change() {
    return Combinators.combine(date(), Arbitraries.of(ChangeField.class), decimal(), decimal(),
            text().optional(), extensions())
        .as((d, f, from, to, reason, ext) -> {
          Change.Builder b = Change.builder().date(d).field(f).reason(reason).extensions(ext);
          if (f != ChangeField.ADDED) {
            b.from(from).to(to);
          }
          return b.build();
        });
  }

  @Provide
  Arbitrary<Initiative> initiative() {
    return Builders.withBuilder(Initiative::builder)
        .use(nonBlank()).in((b, v) -> b.id(v))
        .use(nonBlank()).in((b, v) -> b.title(v))
        .use(text()).withProbability(0.5).in((b, v) -> b.owner(v))
        .use(Arbitraries.of(InitiativeStatus.class)).in((b, v) -> b.status(v))
        .use(Combinators.combine(date(), Arbitraries.integers().between(0, 60))
            .as((d, n) -> List.of(d, d.plusDays(n)))).withProbability(0.5)
        .in((b, v) -> b.start(v.get(0)).end(v.get(1)))
        .use(unit()).withProbability(0.5).in((b, v) -> b.progress(v))
        .use(nonBlank().list().ofMaxSize(3)).in((b, v) -> b.keyResults(v))
        .use(extensions()).in((b, v) -> b.extensions(v))
        .build(Initiative.Builder::build);
  }

  @Provide
  Arbitrary<Kpi> kpi() {
    Arbitrary<Corridor> corridor = Arbitraries.oneOf(
        Combinators.combine(decimal(), positive()).as((lo, w) -> Corridor.of(lo, lo.add(w))),
        decimal().map(Corridor::atLeast), decimal().map(Corridor::atMost));
    Arbitrary<Measurement> measurement =
        Combinators.combine(date(), decimal(), text().optional(), extensions())
            .as((d, v, n, e) -> Measurement.builder().date(d).value(v).note(n).extensions(e)
                .build());
    return Builders.withBuilder(Kpi::builder)
        .use(nonBlank()).in((b, v) -> b.id(v))
        .use(nonBlank()).in((b, v) -> b.title(v))
        .use(text()).withProbability(0.5).in((b, v) -> b.unit(v))
        .use(text()).withProbability(0.3).in((b, v) -> b.owner(v))
        .use(Arbitraries.of(KpiDirection.class)).withProbability(0.5).in((b, v) -> b.direction(v))
        .use(Combinators.combine(corridor, corridor.optional()).as((h, w) -> List.of(
            Optional.of(h), w))).withProbability(0.6)
        .in((b, v) -> b.healthy(v.get(0)).watch(v.get(1)))
        .use(Arbitraries.of(Frequency.class)).withProbability(0.5).in((b, v) -> b.frequency(v))
        .use(measurement.list().ofMaxSize(3)).in((b, v) -> b.measurements(v))
        .use(extensions()).in((b, v) -> b.extensions(v))
        .build(Kpi.Builder::build);
  }

  @Provide
  Arbitrary<KeyResult> keyResult() {
    Arbitrary<Optional<Baseline>> baseline =
        Combinators.combine(decimal(), date().optional(), extensions())
            .as((v, d, e) -> Baseline.builder().value(v).date(d).extensions(e).build())
            .optional();
    Arbitrary<Optional<Target>> target = Arbitraries.oneOf(
        Combinators.combine(decimal(), Arbitraries.of(TargetSide.class), extensions())
            .as((v, s, e) -> Target.builder().value(v).side(s).extensions(e).build()),
        // the engine's stepped targets (commit and stretch levels) and bands (at most)
        Combinators.combine(decimal(), decimal().optional(), decimal())
            .as((v, c, st) -> Target.stepped(v, c.orElse(null), v.add(st.abs()))),
        Combinators.combine(decimal(), positive())
            .as((lo, w) -> Target.between(lo, lo.add(w))))
        .optional();
    Arbitrary<List<PlanPoint>> plan = Combinators.combine(date(), decimal())
        .as(PlanPoint::of).list().ofMaxSize(3);
    Arbitrary<Optional<ZoneDescriptions>> zones = Combinators.combine(nonBlank(), nonBlank(),
            nonBlank(), nonBlank())
        .as(ZoneDescriptions::of).optional(0.2);
    Arbitrary<Optional<Period>> cadence =
        Arbitraries.of(Period.ofDays(1), Period.ofWeeks(2), Period.ofMonths(1), Period.of(1, 2, 3))
            .optional(0.3);
    return Builders.withBuilder(KeyResult::builder)
        .use(nonBlank()).in((b, v) -> b.id(v))
        .use(nonBlank()).in((b, v) -> b.title(v))
        .use(Arbitraries.of(KeyResultKind.class)).in((b, v) -> b.kind(v))
        .use(Arbitraries.oneOf(Arbitraries.of("%", "days", "$", "USD", "none"), text()).optional())
        .in((b, v) -> b.unit(v))
        .use(baseline).in((b, v) -> b.baseline(v))
        .use(target).in((b, v) -> b.target(v))
        .use(positive()).withProbability(0.3).in((b, v) -> b.weight(v))
        .use(checkIn().list().ofMaxSize(3)).in((b, v) -> b.checkIns(v))
        .use(extensions()).in((b, v) -> b.extensions(v))
        .use(Arbitraries.oneOf(nonBlank(), Arbitraries.of("emea-1", "apac-1")).list()
            .ofMaxSize(3)).withProbability(0.3).in((b, v) -> b.sumOf(v))
        .use(Combinators.combine(date(), Arbitraries.integers().between(0, 90)).as((d, n) ->
            List.of(d, d.plusDays(n)))).withProbability(0.3)
        .in((b, v) -> b.start(v.get(0)).due(v.get(1)))
        .use(plan).withProbability(0.3).in((b, v) -> b.plan(v))
        .use(cadence).in((b, v) -> b.cadence(v))
        .use(Arbitraries.integers().between(0, 3660)).withProbability(0.2)
        .in((b, v) -> b.graceDays(v))
        .use(zones).in((b, v) -> b.zones(v))
        .use(closeOut()).withProbability(0.2).in((b, v) -> b.close(v))
        .use(nonBlank()).withProbability(0.2).in((b, v) -> b.carriedFrom(v))
        .use(Arbitraries.of(true, false)).in((b, v) -> b.trackAfterClose(v))
        .use(nonBlank()).withProbability(0.2).in((b, v) -> b.kpi(v))
        .use(change().list().ofMaxSize(3)).withProbability(0.3).in((b, v) -> b.changes(v))
        .build(KeyResult.Builder::build);
  }

  /** The document's "scoring" settings, every part optional. */
  Arbitrary<Optional<ScoringSettings>> scoring() {
    return Combinators.combine(
            Arbitraries.of("none", "1", "1.5", "").optional(),
            Arbitraries.of("none", "0", "-0.5").optional(),
            Arbitraries.of(ScoringSettings.THRESHOLD_CREDITS).optional(),
            Arbitraries.of(ScoringSettings.BAND_CREDITS).optional(),
            Arbitraries.of(true, false),
            Arbitraries.of(ScoringSettings.ROLLUPS).optional(),
            Arbitraries.of(ScoringSettings.SOURCES).optional(),
            Arbitraries.of("0", "0.5", "1.00", "0.25").optional())
        .as((cap, floor, t, band, grades, rollup, source, share) -> {
          ScoringSettings.Builder b = ScoringSettings.builder().thresholdCredit(t).bandCredit(band)
              .rollup(rollup).source(source);
          // a mix needs both own key results and aligned objectives counted
          share.filter(x -> source.isEmpty() || source.get().equals("both"))
              .ifPresent(x -> b.ownShare(new BigDecimal(x)));
          cap.filter(c -> !c.isEmpty()).ifPresent(c -> {
            if (c.equals("none")) {
              b.noCap(true);
            } else {
              b.cap(new BigDecimal(c));
            }
          });
          floor.ifPresent(f -> {
            if (f.equals("none")) {
              b.noFloor(true);
            } else {
              b.floor(new BigDecimal(f));
            }
          });
          if (grades) {
            b.greenFrom(new BigDecimal("0.75")).yellowFrom(new BigDecimal("0.4"));
          }
          return Optional.of(b.build());
        })
        .optional(0.3)
        // an empty "scoring" object means the defaults: JSON and the outline both leave it out
        .map(o -> o.flatMap(x -> x).filter(x -> !x.isEmpty()));
  }

  @Provide
  Arbitrary<OkrSet> set() {
    Arbitrary<List<Cycle>> cycles = cycle().list().ofMaxSize(3);
    return cycles.flatMap(cs -> {
      Arbitrary<String> cycleIds = cs.isEmpty()
          ? nonBlank()
          : Arbitraries.oneOf(Arbitraries.of(cs.stream().map(Cycle::id).toList()), nonBlank());
      Arbitrary<Objective> objective =
          Builders.withBuilder(Objective::builder)
              .use(nonBlank()).in((b, v) -> b.id(v))
              .use(nonBlank()).in((b, v) -> b.title(v))
              .use(cycleIds).in((b, v) -> b.cycle(v))
              .use(text().optional()).in((b, v) -> b.description(v))
              .use(text().optional()).in((b, v) -> b.owner(v))
              .use(Arbitraries.of(Level.class).optional()).in((b, v) -> b.level(v))
              .use(Arbitraries.of(ObjectiveType.class)).in((b, v) -> b.type(v))
              .use(Combinators.combine(nonBlank().optional(), nonBlank().optional(0.3))
                  .as((p, kr) -> List.of(p, p.isPresent() ? kr : Optional.<String>empty())))
              .in((b, v) -> b.parent(v.get(0)).parentKeyResult(v.get(1)))
              .use(Arbitraries.of(AlignmentLink.class)).in((b, v) -> b.link(v))
              .use(positive()).withProbability(0.3).in((b, v) -> b.weight(v))
              .use(keyResult().list().ofMaxSize(3)).in((b, v) -> b.keyResults(v))
              .use(closeOut()).withProbability(0.3).in((b, v) -> b.close(v))
              .use(nonBlank()).withProbability(0.2).in((b, v) -> b.carriedFrom(v))
              .use(extensions()).in((b, v) -> b.extensions(v))
              .build(Objective.Builder::build);
      return Combinators.combine(objective.list().ofMaxSize(4), extensions(), scoring(),
              initiative().list().ofMaxSize(3), kpi().list().ofMaxSize(2),
              Arbitraries.of(ConfidenceScale.class).optional(0.3))
          .as((os, ext, sc, is, ks, scale) -> {
            Optional<ScoringSettings> scoring = scale.isEmpty() ? sc
                : Optional.of(ScoringSettings.builder().from(sc.orElse(ScoringSettings.builder().build()))
                    .confidenceScale(scale).build());
            return OkrSet.builder().cycles(cs).objectives(onScale(os, scale)).extensions(ext)
                .scoring(scoring).initiatives(is).kpis(ks).build();
          });
    });
  }

  /**
   * The objectives with every check-in confidence given on {@code scale} (a value of the scale
   * picked by the check-in's place), as a document naming the scale has them; without a scale, or
   * on 0-1, no confidence has a value as given.
   */
  private static List<Objective> onScale(List<Objective> objectives, Optional<ConfidenceScale> scale) {
    boolean plain = scale.isEmpty() || scale.get() == ConfidenceScale.UNIT;
    List<String> values = plain ? List.of() : scale.get().isWords() ? scale.get().words()
        : scale.get() == ConfidenceScale.ONE_TO_TEN ? List.of("1", "5.5", "10", "7")
        : List.of("0", "7", "10", "2.50");
    List<Objective> out = new ArrayList<>();
    int n = 0;
    for (Objective o : objectives) {
      List<KeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        List<CheckIn> cs = new ArrayList<>();
        for (CheckIn c : kr.checkIns()) {
          cs.add(c.confidence().isEmpty() ? c
              : plain ? CheckIn.builder().from(c).confidenceAsGiven(Optional.empty()).build()
              : c.withConfidence(scale.orElseThrow(), values.get(n++ % values.size())));
        }
        krs.add(kr.withCheckIns(cs));
      }
      out.add(o.withKeyResults(krs));
    }
    return out;
  }

  @Property(tries = 250)
  void writtenOutlineReadsBackToAnEqualSet(@ForAll("set") OkrSet set) {
    String outline = OkrOutline.write(set);
    OkrSet back;
    try {
      back = OkrOutline.read(outline);
    } catch (OutlineException e) {
      throw new AssertionError(e.getMessage() + "\n" + outline, e);
    }
    assertEquals(set, back, outline);
  }

  @Property(tries = 200)
  void writingIsStableAfterOneRoundTrip(@ForAll("set") OkrSet set) {
    String once = OkrOutline.write(set);
    assertEquals(once, OkrOutline.write(OkrOutline.read(once)));
  }
}
