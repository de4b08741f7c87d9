package org.okrkit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * Generated OKR sets with awkward values, built through the model's public builders: numbers
 * with trailing zeros, negative scales and many digits; strings with quotes, backslashes,
 * control characters, JSON Pointer specials, accents and emoji; extension values of every JSON
 * type; dates from year 0 to 9999.
 */
final class OkrSets {
  private static final String CHARS = "aZ09 -_\"\\/~\n\t\u0001é漢\u00a0{}[]:,";
  private static final List<String> AWKWARD_NUMBERS =
      List.of("4.1", "0.2", "10000", "4.10", "0", "-0.5", "1E+3", "0.000001", "123456789.987654321");
  private static final List<String> EXTENSION_VALUES =
      List.of(
          "1", "2.50", "1e3", "-0.0", "\"s\"", "\"é\\n\\\"\"", "null", "true", "false", "[]", "{}",
          "{\"a\":[1,{\"b\":null}],\"c\":\"d\"}", "[[[]],{}]", "\"😀\"");
  private static final long MIN_DAY = LocalDate.of(0, 1, 1).toEpochDay();
  private static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay() - 400;

  private OkrSets() {}

  /** Sets of up to a few cycles and objectives; every value is a valid model value. */
  static Arbitrary<OkrSet> sets() {
    return Arbitraries.longs().map(seed -> set(new Random(seed)));
  }

  static OkrSet set(Random r) {
    OkrSet.Builder b = OkrSet.builder();
    int cycles = r.nextInt(3);
    for (int i = 0; i < cycles; i++) {
      b.addCycles(cycle(r));
    }
    int objectives = r.nextInt(4);
    for (int i = 0; i < objectives; i++) {
      b.addObjectives(objective(r));
    }
    if (r.nextInt(3) == 0) {
      // empty settings are no settings: the writer leaves out a "scoring" with nothing in it
      ScoringSettings scoring = scoring(r);
      if (!scoring.isEmpty()) {
        b.scoring(scoring);
      }
      OkrSet unscaled = b.build();
      b.objectives(onScale(unscaled.objectives(), scoring.confidenceScale(), r));
    }
    b.extensions(extensions(r));
    return b.build();
  }

  /**
   * The objectives with every check-in confidence given on {@code scale}, as a document naming
   * the scale has them: a value of the scale (words, whole and decimal numbers, trailing zeros).
   */
  private static List<Objective> onScale(
      List<Objective> objectives, java.util.Optional<ConfidenceScale> scale, Random r) {
    if (scale.isEmpty() || scale.get() == ConfidenceScale.UNIT) {
      return objectives;
    }
    List<String> values = scale.get().isWords() ? scale.get().words()
        : scale.get() == ConfidenceScale.ONE_TO_TEN ? List.of("1", "5.5", "10", "7", "3.0")
        : List.of("0", "7", "10", "2.50", "0.5");
    List<Objective> out = new java.util.ArrayList<>();
    for (Objective o : objectives) {
      List<KeyResult> krs = new java.util.ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        List<CheckIn> cs = new java.util.ArrayList<>();
        for (CheckIn c : kr.checkIns()) {
          cs.add(c.confidence().isEmpty() ? c
              : c.withConfidence(scale.get(), values.get(r.nextInt(values.size()))));
        }
        krs.add(kr.withCheckIns(cs));
      }
      out.add(o.withKeyResults(krs));
    }
    return out;
  }

  /** The document's "scoring" settings: each part present or not, in every spelling. */
  static ScoringSettings scoring(Random r) {
    ScoringSettings.Builder b = ScoringSettings.builder();
    switch (r.nextInt(3)) {
      case 0 -> b.noCap(true);
      case 1 -> b.cap(new BigDecimal(r.nextBoolean() ? "1.5" : "1"));
      default -> { }
    }
    switch (r.nextInt(3)) {
      case 0 -> b.noFloor(true);
      case 1 -> b.floor(new BigDecimal(r.nextBoolean() ? "-0.50" : "0"));
      default -> { }
    }
    if (r.nextBoolean()) {
      b.thresholdCredit(pick(r, ScoringSettings.THRESHOLD_CREDITS.toArray(new String[0])));
    }
    if (r.nextBoolean()) {
      b.bandCredit(pick(r, ScoringSettings.BAND_CREDITS.toArray(new String[0])));
    }
    if (r.nextBoolean()) {
      b.greenFrom(new BigDecimal("0.75")).yellowFrom(new BigDecimal("0.4"));
    }
    if (r.nextBoolean()) {
      b.cadence(pick(r, new Period[] {Period.ofDays(1), Period.ofWeeks(2), Period.ofMonths(1)}));
    }
    if (r.nextBoolean()) {
      b.graceDays(r.nextInt(10));
    }
    if (r.nextBoolean()) {
      b.rollup(pick(r, ScoringSettings.ROLLUPS.toArray(new String[0])));
    }
    String source = r.nextBoolean() ? pick(r, ScoringSettings.SOURCES.toArray(new String[0])) : null;
    if (source != null) {
      b.source(source);
    }
    if ((source == null || source.equals("both")) && r.nextBoolean()) {
      b.ownShare(unit(r));
    }
    if (r.nextBoolean()) {
      b.confidenceScale(pick(r, ConfidenceScale.values()));
    }
    return b.build();
  }

  private static String text(Random r) {
    int n = r.nextInt(8);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
    }
    if (r.nextInt(5) == 0) {
      sb.append("😀");
    }
    return sb.toString();
  }

  /** Non-blank: ids and titles must have a visible character. */
  private static String id(Random r) {
    return (char) ('a' + r.nextInt(26)) + text(r);
  }

  static BigDecimal number(Random r) {
    if (r.nextBoolean()) {
      return new BigDecimal(AWKWARD_NUMBERS.get(r.nextInt(AWKWARD_NUMBERS.size())));
    }
    long unscaled = r.nextLong() % 1_000_000_000_000L;
    int scale = r.nextInt(18) - 5;
    return new BigDecimal(BigInteger.valueOf(unscaled), scale);
  }

  private static BigDecimal positive(Random r) {
    if (r.nextInt(3) == 0) {
      return BigDecimal.ONE;
    }
    BigDecimal n = number(r).abs();
    return n.signum() == 0 ? new BigDecimal("0.5") : n;
  }

  private static BigDecimal unit(Random r) {
    return new BigDecimal(BigInteger.valueOf(r.nextInt(101)), r.nextInt(3) == 0 ? 0 : 2)
        .min(r.nextBoolean() ? BigDecimal.ONE : new BigDecimal("1.00"));
  }

  private static <T> T pick(Random r, T[] values) {
    return List.of(values).get(r.nextInt(values.length));
  }

  private static LocalDate date(Random r) {
    return LocalDate.ofEpochDay(MIN_DAY + (long) (r.nextDouble() * (MAX_DAY - MIN_DAY)));
  }

  private static java.util.Map<String, String> extensions(Random r) {
    java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
    int n = r.nextInt(4) == 0 ? r.nextInt(3) + 1 : 0;
    for (int i = 0; i < n; i++) {
      map.put("x-" + text(r), EXTENSION_VALUES.get(r.nextInt(EXTENSION_VALUES.size())));
    }
    return map;
  }

  private static Cycle cycle(Random r) {
    LocalDate start = date(r);
    Cycle.Builder b =
        Cycle.builder().id(id(r)).start(start).end(start.plusDays(r.nextInt(366)));
    if (r.nextBoolean()) {
      b.name(text(r));
    }
    return b.extensions(extensions(r)).build();
  }

  private static Objective objective(Random r) {
    Objective.Builder b =
        Objective.builder().id(id(r)).title(id(r)).cycle(id(r)).weight(positive(r));
    if (r.nextBoolean()) {
      b.description(text(r));
    }
    if (r.nextBoolean()) {
      b.owner(text(r));
    }
    if (r.nextBoolean()) {
      b.level(pick(r, Level.values()));
    }
    b.type(r.nextBoolean() ? ObjectiveType.COMMITTED : ObjectiveType.ASPIRATIONAL);
    if (r.nextBoolean()) {
      b.parent(text(r));
    }
    int krs = r.nextInt(4);
    for (int i = 0; i < krs; i++) {
      b.addKeyResults(keyResult(r));
    }
    return b.extensions(extensions(r)).build();
  }

  private static KeyResult keyResult(Random r) {
    KeyResult.Builder b =
        KeyResult.builder()
            .id(id(r))
            .title(id(r))
            .kind(pick(r, KeyResultKind.values()))
            .weight(positive(r));
    if (r.nextBoolean()) {
      b.unit(text(r));
    }
    if (r.nextBoolean()) {
      Baseline.Builder base = Baseline.builder().value(number(r)).extensions(extensions(r));
      if (r.nextBoolean()) {
        base.date(date(r));
      }
      b.baseline(base.build());
    }
    if (r.nextBoolean()) {
      b.target(
          Target.builder()
              .value(number(r))
              .side(pick(r, TargetSide.values()))
              .extensions(extensions(r))
              .build());
    }
    int checkIns = r.nextInt(4);
    for (int i = 0; i < checkIns; i++) {
      b.addCheckIns(checkIn(r));
    }
    return b.extensions(extensions(r)).build();
  }

  private static CheckIn checkIn(Random r) {
    CheckIn.Builder b = CheckIn.builder().date(date(r));
    if (r.nextBoolean()) {
      b.value(number(r));
    } else {
      b.done(r.nextBoolean());
    }
    if (r.nextBoolean()) {
      b.confidence(unit(r));
    }
    if (r.nextBoolean()) {
      b.note(text(r));
    }
    return b.extensions(extensions(r)).build();
  }
}
