package org.okrkit.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResultKind;
import org.okrkit.text.Analysis.Slot;
import org.okrkit.text.Lexicon.VerbClass;

/**
 * Phase 6 of reading a sentence: from the slots the numbers were given, the kind (metric,
 * threshold, milestone), the direction (from the numbers first, then the verb, then the metric's
 * polarity), the baseline, the target (derived exactly from a baseline and a relative change when
 * only those are stated) and the relative change; every guess lowers the confidence with a note.
 */
final class ReadingAssembler extends Phase {
  private final VerbFinder verbs;
  private final UnitReader units;

  ReadingAssembler(Analysis a) {
    super(a);
    this.verbs = new VerbFinder(a);
    this.units = new UnitReader(a);
  }

  KeyResultReading run(List<Integer> values) {
    List<Integer> baselines = new ArrayList<>();
    List<Integer> targets = new ArrayList<>();
    List<Integer> relatives = new ArrayList<>();
    List<Integer> loose = new ArrayList<>();
    List<Integer> rangeHighs = new ArrayList<>();
    for (int v : values) {
      switch (slots[v]) {
        case BASELINE -> baselines.add(v);
        case TARGET -> targets.add(v);
        case RELATIVE -> relatives.add(v);
        case RANGE_HIGH -> rangeHighs.add(v);
        case NONE -> loose.add(v);
      }
    }
    // a lone number that nothing anchors: the target, said so
    if (targets.isEmpty() && relatives.isEmpty() && loose.size() == 1
        && (a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE)
        && t.get(loose.get(0)).percent && baselines.isEmpty() && loose.get(0) > a.verbIndex) {
      // "Grow paid subscribers 50% year over year": a change, not an end value
      int v = loose.remove(0);
      relatives.add(v);
      r.lower(ReadingConfidence.MEDIUM, "'" + text(t.get(v)) + "' read as a relative change");
    } else if (targets.isEmpty() && relatives.isEmpty() && loose.size() == 1) {
      int v = loose.remove(0);
      targets.add(v);
      if (!(baselines.isEmpty() && a.verbClass == VerbClass.REACH && v > a.verbIndex)) {
        r.lower(ReadingConfidence.MEDIUM, "the number " + text(t.get(v)) + " was taken as the target");
      }
    } else if (targets.isEmpty() && relatives.isEmpty() && loose.size() >= 2 && baselines.isEmpty()
        && loose.size() == 2 && a.verbClass != null && a.verbClass != VerbClass.THRESHOLD) {
      // "Grow MRR $50k → …" without markers: do not guess
      r.lower(ReadingConfidence.LOW, "could not tell which number is the baseline and which the target");
    }
    if (baselines.size() > 1) {
      r.lower(ReadingConfidence.LOW, "more than one baseline stated; the first is used");
    }
    if (targets.size() > 1) {
      r.lower(ReadingConfidence.LOW, "more than one target stated; the first is used");
    }
    if (relatives.size() > 1) {
      r.lower(ReadingConfidence.LOW, "more than one relative change stated; the first is used");
    }
    for (int k = 0; k < Math.min(loose.size(), 3); k++) {
      r.lower(ReadingConfidence.MEDIUM, "ignored the number '" + text(t.get(loose.get(k))) + "'");
    }
    if (loose.size() > 3) {
      r.lower(ReadingConfidence.MEDIUM, "ignored " + (loose.size() - 3) + " more numbers");
    }
    if (targets.size() == 1 && !relatives.isEmpty() && baselines.isEmpty()) {
      int v = targets.get(0);
      Token x = t.get(v);
      if (v < relatives.get(0) && low(v - 1).equals("of") && low(v - 2).equals("number")
          && !x.hasUnit() && tok(v + 1) != null && t.get(v + 1).isWord()
          && !Lexicon.UNIT_STOPS.contains(low(v + 1))) {
        // "Reduce the number of 500 errors by 50%": the number names what is counted
        targets.clear();
        slots[v] = Slot.NONE;
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' names what is counted, not a value");
      }
    }
    int share = shareWithBound(values);
    if (share >= 0) {
      // "98% of builds finish in < 5 min": the share is the key result, the bound its condition
      for (int v : values) {
        if (v != share) {
          slots[v] = Slot.NONE;
        }
      }
      slots[share] = Slot.TARGET;
      sides[share] = Direction.AT_LEAST;
      baselines.clear();
      relatives.clear();
      loose.clear();
      rangeHighs.clear();
      targets.clear();
      targets.add(share);
      r.lower(ReadingConfidence.MEDIUM, "'" + text(t.get(share)) + "' read as the share that"
          + " must meet the bound stated after it");
    }
    if (baselines.size() == 1 && targets.isEmpty() && rangeHighs.size() == 1
        && rangeHighs.get(0) == baselines.get(0) + 2) {
      // "from 20% - 25%": a dash written for "to" after a stated baseline
      int v = rangeHighs.remove(0);
      slots[v] = Slot.TARGET;
      targets.add(v);
      r.lower(ReadingConfidence.MEDIUM, "the dash after the baseline read as 'to'");
    }
    @Nullable Token base = baselines.isEmpty() ? null : t.get(baselines.get(0));
    @Nullable Token targ = targets.isEmpty() ? null : t.get(targets.get(0));
    @Nullable Token rel = relatives.isEmpty() ? null : t.get(relatives.get(0));
    Direction cmpSide = targets.isEmpty() ? null : sides[targets.get(0)];
    if (targ != null && cmpSide == null && base == null && rel == null && a.verbClass == null
        && indexOf(targ) == 0 && targ.value.signum() == 0 && !targ.percent) {
      // "Zero critical findings in the pen test": like "No P1 incident …", a bound of none
      cmpSide = Direction.AT_MOST;
      sides[targets.get(0)] = cmpSide;
    }
    for (int v : values) {
      if (approx[v] && slots[v] != Slot.NONE) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(t.get(v)) + "' is stated as approximate");
      }
    }

    // ---- kind and direction
    boolean shareAfterThat = targ != null && a.verbIndex >= 0 && indexOf(targ) == a.verbIndex + 2
        && low(a.verbIndex + 1).equals("that");
    if (a.verbClass == VerbClass.THRESHOLD && targ != null && cmpSide == null && base == null
        && rel == null && targ.percent && (indexOf(targ) <= 1 || shareAfterThat)
        && low(indexOf(targ) + 1).equals("of")
        && (a.verbIndex > indexOf(targ) || shareAfterThat) && shareWithBound(values) < 0) {
      // also "ensure that 97.5 percent of the accounts have realistic SLA targets": the keep
      // verb introduces the state a share of the population is to reach
      // "100% of end-user facing systems maintain a ranked list of pain points": the share is
      // the measure, the keep verb says what the population does
      a.verbClass = null;
      a.verbWord = "";
    }
    if (a.verbClass == VerbClass.REACH && !values.isEmpty() && a.verbIndex > values.get(0)) {
      a.verbClass = null; // "At least 80% of staff complete training": the verb is not the KR's
      a.verbWord = "";
      if (targ != null && cmpSide == null && base == null && rel == null
          && indexOf(targ) == 0 && targ.value.signum() == 0 && !targ.percent) {
        // "Zero failed CI processes related to a release": the verb qualifies what is counted
        cmpSide = Direction.AT_MOST;
        sides[targets.get(0)] = cmpSide;
      }
    }
    boolean thresholdVerb = a.verbClass == VerbClass.THRESHOLD;
    boolean changeVerb = a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE
        || a.verbClass == VerbClass.AMBIGUOUS;
    boolean anyNumber = base != null || targ != null || rel != null || verbs.verbFactor() != null;
    if (targ != null) {
      laterClause(indexOf(targ));
    }

    boolean serviceLevel = targ != null && base == null && rel == null && cmpSide == null
        && rangeHighs.isEmpty() && serviceLevel(targ);
    if (thresholdVerb && !anyNumber) {
      return noNumbers();
    } else if (thresholdVerb && base == null && rel == null) {
      r.kind = KeyResultKind.THRESHOLD;
    } else if (!changeVerb && cmpSide != null && base == null && rel == null) {
      // a bound without a change verb: "Have at least 50 users", "over 99% of builds pass"
      r.kind = KeyResultKind.THRESHOLD;
    } else if (a.verbClass == null && targ != null && !rangeHighs.isEmpty() && base == null
        && rel == null) {
      // "Pilot 2-3 experiments", "3-4 star reviews": a range with no change verb is a bound,
      // its least ambitious end
      r.kind = KeyResultKind.THRESHOLD;
    } else if (serviceLevel && targ != null) {
      // "99.9% availability", "Engine tests have a 99% success rate": a level to hold
      r.kind = KeyResultKind.THRESHOLD;
      r.lower(ReadingConfidence.MEDIUM, "'" + text(targ) + "' read as a service level to hold");
    } else if (!anyNumber) {
      return noNumbers();
    } else if (loneOne(base, targ, rel, rangeHighs.isEmpty(), changeVerb)) {
      // "Add 1 full time designer", "Make one hire": one item is a deliverable, not a count
      r.kind = KeyResultKind.MILESTONE;
      r.lower(ReadingConfidence.MEDIUM, "a count of one read as a single deliverable, done or not");
      return r.build();
    } else {
      r.kind = KeyResultKind.METRIC;
    }
    if (a.verbIndex >= 0) {
      Token vt = t.get(a.verbIndex);
      r.directionSpan = Span.of(s, vt.start, vt.end);
    }

    if (r.kind == KeyResultKind.THRESHOLD) {
      if (cmpSide != null) {
        r.direction = cmpSide;
      } else if (serviceLevel) {
        // "99.9% availability", "Deploys succeed 98% of the time": a share of success to hold
        r.direction = Direction.AT_LEAST;
      } else {
        r.direction = verbs.lowerIsBetter(targ) ? Direction.AT_MOST : Direction.AT_LEAST;
        r.lower(ReadingConfidence.MEDIUM, "no 'at least' or 'at most' stated; "
            + r.direction.jsonName() + " inferred from the metric");
      }
      if (targ != null && !rangeHighs.isEmpty()) {
        range(targ, t.get(rangeHighs.get(0)));
      } else {
        setTarget(targ, null);
      }
      units.unit(null, rangeHighs.isEmpty() ? targ : t.get(rangeHighs.get(0)));
      if (targ == null) {
        r.lower(ReadingConfidence.LOW, "no bound stated");
      }
      return r.build();
    }

    // metric
    Direction dir = null;
    if (a.verbClass == VerbClass.INCREASE) {
      dir = Direction.INCREASE;
    } else if (a.verbClass == VerbClass.DECREASE) {
      dir = Direction.DECREASE;
    }
    BigDecimal baseValue = base == null ? null : base.value;
    BigDecimal targValue = targ == null ? null : targ.value;
    // multiplier stated once for both: "from 1.2 to 1.5 million"
    if (base != null && targ != null && targ.multiplied && !base.multiplied
        && targ.currency == null == (base.currency == null)) {
      BigDecimal factor = targ.value.divide(rawValue(targ), MathContext.DECIMAL64);
      BigDecimal scaled = Numbers.clean(base.value.multiply(factor));
      if (base.value.abs().compareTo(BigDecimal.valueOf(1000)) < 0
          && ratioWithin(scaled, targ.value)) {
        baseValue = scaled;
        r.lower(ReadingConfidence.MEDIUM, "took the multiplier of " + text(targ)
            + " to apply to the baseline too");
      }
    }
    if (base != null && targ != null && baseValue != null) {
      baseValue = converted(base, targ, baseValue);
    }
    if (base != null && targ != null && indexOf(base) > indexOf(targ) && !a.baselineConverted
        && otherNoun(base, targ)) {
      // "Get 5 design partners from 2 industries": where they come from, not where it starts
      r.lower(ReadingConfidence.MEDIUM, "'" + text(base) + "' counts something else than the"
          + " target: not read as the baseline");
      base = null;
      baseValue = null;
    }
    if (baseValue != null && targValue != null) {
      int cmp = targValue.compareTo(baseValue);
      Direction byNumbers = cmp > 0 ? Direction.INCREASE : cmp < 0 ? Direction.DECREASE : null;
      if (byNumbers == null) {
        r.lower(ReadingConfidence.LOW, "baseline and target are equal");
      } else if (dir != null && dir != byNumbers) {
        // "Increase time-to-first-value from 3 days to under 1 day": the numbers say which way
        r.lower(ReadingConfidence.MEDIUM, "'" + a.verbWord + "' contradicts going from "
            + baseValue.toPlainString() + " to " + targValue.toPlainString()
            + ": the direction follows the numbers");
        dir = byNumbers;
      } else {
        dir = byNumbers;
      }
    }
    if (rel != null && !rangeHighs.isEmpty() && targ == null) {
      r.lower(ReadingConfidence.MEDIUM, "the relative change is a range; its first end "
          + text(rel) + " is used");
    }
    RelativeChange relative = null;
    String relText = rel == null ? "" : text(rel);
    if (rel != null) {
      relative = relativeOf(rel, base);
      r.relativeSpan = Span.of(s, rel.start, rel.end);
    } else {
      BigDecimal f = verbs.verbFactor();
      if (f != null) {
        relative = RelativeChange.factor(f);
        Token vt = t.get(a.verbIndex);
        r.relativeSpan = Span.of(s, vt.start, vt.end);
      }
    }
    BigDecimal divisor = null;
    if (rel != null && relative != null && relative.form() == RelativeChange.Form.FACTOR
        && relative.amount().compareTo(BigDecimal.ONE) > 0
        && (Lexicon.LESS_COMPARATIVES.contains(low(indexOf(rel) + 1))
            || (dir == Direction.DECREASE && !Lexicon.COMPARATIVES.contains(low(indexOf(rel) + 1))))) {
      // "10 times less memory", "cut errors by 10x": a tenth of what it was
      divisor = relative.amount();
      try {
        relative = RelativeChange.factor(
            Numbers.clean(BigDecimal.ONE.divide(relative.amount())));
      } catch (ArithmeticException e) {
        relative = RelativeChange.factor(Numbers.clean(
            BigDecimal.ONE.divide(relative.amount(), MathContext.DECIMAL64)));
        r.lower(ReadingConfidence.MEDIUM, "'" + relText + "' less is " + relative
            + ", rounded");
      }
      if (dir == null) {
        dir = Direction.DECREASE;
      }
    }
    if (dir == null && relative != null && relative.form() == RelativeChange.Form.FACTOR) {
      dir = relative.amount().compareTo(BigDecimal.ONE) > 0 ? Direction.INCREASE
          : Direction.DECREASE;
    }
    if (dir == null && targ != null && base == null && targ.percent && !targ.points
        && targ.value.compareTo(BigDecimal.valueOf(100)) == 0) {
      // "100% of transactions … are processed correctly": a share of all can only be reached
      // from below, whatever the words around it say of the metric
      dir = Direction.INCREASE;
      r.lower(ReadingConfidence.MEDIUM, "a share of 100% read as one to reach (increase)");
    }
    if (dir == null) {
      boolean countVerb = a.verbClass == VerbClass.REACH
          && !Lexicon.REACH_LEVEL_VERBS
              .contains(a.verbWord);
      dir = !countVerb && verbs.lowerIsBetter(targ != null ? targ : base)
          ? Direction.DECREASE
          : Direction.INCREASE;
      // "Achieve 10,000 downloads": reaching a number is read as growing towards it, unless the
      // metric is one where lower is better ("Reach a churn rate of 2%")
      if (!countVerb && !(a.verbClass == VerbClass.REACH && dir == Direction.INCREASE)) {
        r.lower(ReadingConfidence.MEDIUM, "direction " + dir.jsonName() + " inferred from "
            + (a.verbWord.isEmpty() ? "the metric" : "'" + a.verbWord + "' and the metric"));
      }
    }
    if (relative != null && relative.form() != RelativeChange.Form.FACTOR
        && relative.amount().signum() > 0 && dir == Direction.DECREASE && !relText.startsWith("+")) {
      relative = relative.form() == RelativeChange.Form.PERCENT
          ? RelativeChange.percent(relative.amount().negate())
          : relative.isPercentagePoints()
              ? RelativeChange.percentagePoints(relative.amount().negate())
              : RelativeChange.amount(relative.amount().negate());
    }
    r.direction = dir;
    r.relative = relative;
    if (baseValue != null && base != null) {
      r.baseline = baseValue;
      r.baselineSpan = Span.of(s, base.start, base.end);
    }
    if (targ != null && !rangeHighs.isEmpty()) {
      range(targ, t.get(rangeHighs.get(0)));
    } else {
      setTarget(targ, targValue);
    }
    String otherUnit = rel == null || relative == null
        || relative.form() != RelativeChange.Form.AMOUNT || relative.isPercentagePoints()
        ? null
        : units.otherUnit(rel, r.baseline != null ? base : targ);
    if (relative != null) {
      if (otherUnit != null) {
        // "by 90 seconds from 7 minutes": adding the two would give a wrong number
        r.lower(ReadingConfidence.MEDIUM, "'" + relText + "' is in " + otherUnit
            + "; nothing derived from it");
        if (r.baseline == null || r.target == null) {
          r.note(r.baseline == null ? "no baseline stated" : "no target stated");
        }
      } else if (r.baseline != null && r.target != null && rangeHighs.isEmpty()
          && contradicts(relative, r.baseline, r.target)) {
        r.lower(ReadingConfidence.LOW, "'" + (relText.isEmpty() ? a.verbWord : relText)
            + "' contradicts going from " + r.baseline.toPlainString() + " to "
            + r.target.toPlainString());
      } else if (r.baseline != null && r.target == null) {
        if (relative.form() == RelativeChange.Form.PERCENT && base != null && base.percent) {
          r.lower(ReadingConfidence.MEDIUM, "'" + relText + "' of a percentage read as relative ("
              + "percent of " + r.baseline.toPlainString() + "), not percentage points");
        }
        r.target = divisor != null
            ? Numbers.clean(r.baseline.divide(divisor, MathContext.DECIMAL64))
            : relative.applyTo(r.baseline);
        r.note("target derived from the baseline and " + relative);
        if (r.target.compareTo(r.baseline) == 0) {
          // "Double NPS from 0": the change leaves the number where it is
          r.lower(ReadingConfidence.LOW, relative + " of " + r.baseline.toPlainString()
              + " leaves it unchanged: the target equals the baseline");
        }
      } else if (r.baseline == null && r.target != null) {
        // "by 50,000 to 140,000", "Triple downloads to 30k": the start is derivable but not
        // stated, and a baseline is recorded only when it is stated
        BigDecimal derived = inverse(relative, r.target);
        r.note(derived == null ? "no baseline stated"
            : "no baseline stated (" + derived.toPlainString() + " would follow from the target"
                + " and " + relative + ")");
      } else if (r.baseline == null) {
        r.note("no baseline stated; the change is relative (" + relative + ")");
      }
    }
    if (r.baseline == null && relative == null) {
      r.note("no baseline stated");
    }
    if (r.target == null && relative == null) {
      if (a.verbWord.startsWith("eliminat") || a.verbWord.startsWith("eradicat")) {
        r.target = BigDecimal.ZERO;
        r.lower(ReadingConfidence.MEDIUM, "'" + a.verbWord + "' read as a target of 0");
      } else {
        r.lower(ReadingConfidence.MEDIUM, "no target stated");
      }
    }
    units.unit(base, targ != null && !rangeHighs.isEmpty() ? t.get(rangeHighs.get(0)) : targ);
    if (r.unit == null && targ != null) {
      units.unit(base, targ);
    }
    if (r.unit == null && rel != null && !rel.percent && !rel.points && !rel.factor) {
      r.unit = units.unitOf(rel);
    }
    return r.build();
  }

  /** Whether two numbers count different nouns ("5 partners" and "2 industries"). */
  private boolean otherNoun(Token base, Token targ) {
    if (base.percent || targ.percent || base.currency != null || targ.currency != null) {
      return false;
    }
    @Nullable String bu = units.peekUnit(base);
    @Nullable String tu = units.peekUnit(targ);
    return bu != null && tu != null && !UnitReader.sameUnit(bu, tu)
        && UnitReader.scaleOf(bu) == null && UnitReader.scaleOf(tu) == null;
  }

  /**
   * "From 3 hours to 45 minutes": the baseline in the target's unit (180), for time and data sizes;
   * the value unchanged when the units are the same or do not convert.
   */
  private BigDecimal converted(Token base, Token targ, BigDecimal baseValue) {
    @Nullable String bu = units.peekUnit(base);
    @Nullable String tu = units.peekUnit(targ);
    UnitReader.Scale from = UnitReader.scaleOf(bu);
    UnitReader.Scale to = UnitReader.scaleOf(tu);
    if (bu == null || tu == null || from == null || to == null
        || !from.dimension().equals(to.dimension())
        || UnitReader.sameUnit(bu, tu)) {
      return baseValue;
    }
    BigDecimal value = Numbers.clean(
        baseValue.multiply(from.size()).divide(to.size(), MathContext.DECIMAL64));
    a.baselineConverted = true;
    String note = "baseline " + baseValue.toPlainString() + " " + bu + " converted to "
        + value.toPlainString() + " " + tu;
    if (from.exact() && to.exact()) {
      r.note(note);
    } else {
      r.lower(ReadingConfidence.MEDIUM, note + (from.dimension().equals("time")
          ? " (a day read as 24 hours, a week as 7 days)" : " (1000, not 1024, per step)"));
    }
    return value;
  }

  /**
   * The units of a relative amount and of the number it would be added to, as "U1 but the
   * baseline in U2", when both are stated and differ; null when they agree or one is unstated.
   */
  static boolean contradicts(RelativeChange c, BigDecimal baseline, BigDecimal target) {
    BigDecimal implied;
    switch (c.form()) {
      case PERCENT -> {
        if (baseline.signum() == 0) {
          return false;
        }
        implied = target.subtract(baseline).multiply(BigDecimal.valueOf(100))
            .divide(baseline, MathContext.DECIMAL64);
      }
      case FACTOR -> {
        if (baseline.signum() == 0) {
          return false;
        }
        implied = target.divide(baseline, MathContext.DECIMAL64);
        // "3x", "triple": within 5% of the stated factor
        return implied.subtract(c.amount()).abs()
            .compareTo(c.amount().abs().multiply(new BigDecimal("0.05"))) > 0;
      }
      default -> implied = target.subtract(baseline);
    }
    BigDecimal halfUlp = BigDecimal.valueOf(5, Math.max(0, c.amount().scale()) + 1);
    return implied.subtract(c.amount()).abs().compareTo(halfUlp) > 0;
  }


  static boolean ratioWithin(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0 || b.signum() == 0) {
      return false;
    }
    BigDecimal q = b.divide(a, MathContext.DECIMAL64).abs();
    return q.compareTo(new BigDecimal("0.1")) >= 0 && q.compareTo(BigDecimal.TEN) <= 0;
  }

  static BigDecimal rawValue(Token x) {
    String digits = x.text.replaceAll("[^0-9.]", "");
    if (digits.isEmpty() || digits.equals(".")) {
      return BigDecimal.ONE;
    }
    try {
      BigDecimal raw = new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
      return raw.signum() == 0 ? BigDecimal.ONE : raw;
    } catch (NumberFormatException e) {
      return BigDecimal.ONE;
    }
  }

  void range(Token low, Token high) {
    BigDecimal a = low.value;
    BigDecimal b = high.value;
    if (high.multiplied && !low.multiplied) {
      // "$1-1.2M": the multiplier written once belongs to both ends
      BigDecimal scaled =
          Numbers.clean(a.multiply(high.value.divide(rawValue(high), MathContext.DECIMAL64)));
      if (ratioWithin(scaled, b)) {
        a = scaled;
      }
    }
    boolean lowerBetter = r.direction == Direction.DECREASE || r.direction == Direction.AT_MOST;
    BigDecimal min = a.min(b);
    BigDecimal max = a.max(b);
    r.target = lowerBetter ? max : min;
    Token chosen = lowerBetter == (b.compareTo(a) >= 0) ? high : low;
    r.targetSpan = Span.of(s, chosen.start, chosen.end);
    r.lower(ReadingConfidence.MEDIUM, "the target is a range " + min.toPlainString() + "–"
        + max.toPlainString() + "; its least ambitious end is used");
  }

  void setTarget(@Nullable Token targ, @Nullable BigDecimal value) {
    if (targ != null) {
      r.target = value != null ? value : targ.value;
      r.targetSpan = Span.of(s, targ.start, targ.end);
    }
  }

  RelativeChange relativeOf(Token rel, @Nullable Token base) {
    if (rel.factor) {
      return RelativeChange.factor(rel.value);
    }
    if (rel.percentagePoints || (rel.points && base != null && base.percent)) {
      return RelativeChange.percentagePoints(rel.value);
    }
    if (rel.percent) {
      return RelativeChange.percent(rel.value);
    }
    return RelativeChange.amount(rel.value);
  }

  static @Nullable BigDecimal inverse(RelativeChange c, BigDecimal target) {
    try {
      BigDecimal f = BigDecimal.ONE.add(c.amount().movePointLeft(2));
      return switch (c.form()) {
        case FACTOR -> c.amount().signum() == 0 ? null : Numbers.clean(target.divide(c.amount()));
        case PERCENT -> f.signum() == 0 ? null : Numbers.clean(target.divide(f));
        case AMOUNT -> target.subtract(c.amount());
      };
    } catch (ArithmeticException e) {
      return null; // not an exact decimal: better unknown than rounded
    }
  }

  /**
   * The task or end state of a later clause ("by changing the layout", ", with a programme
   * launched", ". Incorporate digital screens"), or null; at most a few clauses are asked, so
   * the reading stays linear.
   */
  private @Nullable String deliverableClause() {
    for (int i = a.verbIndex + 1; i < t.size() && !t.get(i).is("by"); i++) {
      if (Lexicon.MEASURE_NAMES.contains(t.get(i).lower)) {
        // "Improve volunteer engagement by providing more opportunities": the change is named
        // on a measure, the work after "by" is its means
        return null;
      }
    }
    int asked = 0;
    for (int i = a.verbIndex + 1; i + 1 < t.size() && asked < 4; i++) {
      Token x = t.get(i);
      boolean byGerund = x.is("by") && t.get(i + 1).isWord() && t.get(i + 1).lower.endsWith("ing");
      // after "increase"/"reduce" only "by doing X" names the means; a later clause may list
      // the changes themselves ("…, conferences, and other development activities")
      boolean boundary = byGerund || (a.verbClass == VerbClass.AMBIGUOUS
          && (x.is(",") || x.is(".") || x.is(";") || x.is(":")));
      if (!boundary) {
        continue;
      }
      int from = i + 1;
      while (from < t.size() && (t.get(from).is("and") || t.get(from).is("then")
          || t.get(from).is("with") || t.get(from).is("starting") || t.get(from).is("by"))) {
        from++;
      }
      if (from >= t.size()) {
        break;
      }
      asked++;
      VerbClass next = Lexicon.VERBS.get(t.get(from).lower);
      if (next == VerbClass.INCREASE || next == VerbClass.DECREASE
          || next == VerbClass.AMBIGUOUS) {
        continue; // "by increasing participation": another change, not a deliverable
      }
      java.util.Optional<String> act = a.activities.activityVerb(s.substring(t.get(from).start));
      if (act.isPresent()
          && !act.get().toLowerCase(Locale.ROOT).matches("(by|before|until) .*")) {
        return act.get();
      }
    }
    return null;
  }

  /**
   * The index of "N%" in "N% of &lt;things&gt; … &lt;bound&gt;" (a share opening the key result,
   * then a bound that each of them must meet: "within 5 days", "in under 10 minutes"), or -1.
   */
  private int shareWithBound(List<Integer> values) {
    int first = -1;
    for (int i = 0; i < t.size() && first < 0; i++) {
      if (t.get(i).isNum() && t.get(i).role != Token.Role.HARD) {
        first = i;
      }
    }
    if (first < 0 || first > 2 || !t.get(first).percent || !low(first + 1).equals("of")
        || a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE) {
      return -1;
    }
    for (int i = first + 2; i < t.size(); i++) {
      Token x = t.get(i);
      if (!x.isNum() || x.role == Token.Role.HARD) {
        continue;
      }
      String prev = low(i - 1);
      boolean bound = (sides[i] != null && !values.contains(i)) || sides[i] != null
          || prev.equals("within") || prev.equals("under") || prev.equals("<")
          || prev.equals("<=") || prev.equals("≤") || (prev.equals("than")
              && (low(i - 2).equals("less") || low(i - 2).equals("more")));
      if (bound) {
        return first;
      }
    }
    return -1;
  }

  /**
   * Whether a percentage with no change verb is a service level: next to a word such as uptime,
   * availability, success rate or "of the time", or written with the nines of one (99.9%).
   */
  private boolean serviceLevel(Token targ) {
    if (!targ.percent || targ.points) {
      return false;
    }
    boolean nines = targ.value.compareTo(new BigDecimal("99.9")) >= 0
        && targ.value.compareTo(BigDecimal.valueOf(100)) < 0;
    boolean weakVerb = a.verbClass == null
        || (a.verbClass == VerbClass.REACH && ((nines
            && !Lexicon.REACH_LEVEL_VERBS.contains(a.verbWord))
            || Lexicon.HAVE_VERBS.contains(a.verbWord)));
    if (!weakVerb) {
      return false;
    }
    int v = indexOf(targ);
    for (int k = Math.max(0, v - 3); k < Math.min(t.size(), v + 4); k++) {
      if (Lexicon.SERVICE_LEVEL_WORDS.contains(t.get(k).lower)) {
        return true;
      }
      if (k > v && t.get(k).is("of") && low(k + 1).equals("the") && low(k + 2).equals("time")) {
        return true;
      }
    }
    return nines;
  }

  /**
   * "All roles are contested, and at least one operation is taking part": the number sits in a
   * later clause of a sentence that first states something else, so which one the key result
   * measures is a guess.
   */
  private void laterClause(int v) {
    if (v >= 2 && low(v - 2).equals("by") && low(v - 1).endsWith("ing") && v - 2 > a.verbIndex
        && a.verbIndex >= 0) {
      // "Reduce incidents by shipping 3 runbooks": the number counts the means, not the result
      r.lower(ReadingConfidence.MEDIUM, "the number counts the means ('" + low(v - 1)
          + "'), not what the key result changes");
    }
    for (int k = v - 1; k >= 1; k--) {
      Token x = t.get(k);
      if (x.isNum() && x.role != Token.Role.HARD) {
        return;
      }
      boolean nextSentence = x.is(".") && k + 1 < t.size() && t.get(k + 1).isWord()
          && Character.isUpperCase(t.get(k + 1).text.charAt(0));
      if ((x.is("and") && t.get(k - 1).is(",") && k > 2) || x.is(";") || nextSentence) {
        r.lower(ReadingConfidence.MEDIUM, "the number is in a later clause of the sentence");
        return;
      }
    }
  }

  /**
   * A quantity stated without a number: "power twice as many interactions", "half as many
   * incidents", "a faster transaction time than those they replaced", "Deliver a dedicated number
   * of features", "Additional blog posts on …". A metric with its direction (and the multiplier,
   * where one is said), never a milestone; no value is invented, so the reading is LOW.
   */
  private @Nullable KeyResultReading unstatedQuantity() {
    boolean changeVerb = a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE
        || a.verbClass == VerbClass.AMBIGUOUS;
    for (int i = 1; i < t.size() && !changeVerb; i++) {
      // "Platform user happiness trends in positive direction", "NPS trending upward"
      Token x = t.get(i);
      if (!(x.is("trends") || x.is("trending") || x.is("trend") || x.is("trended"))) {
        continue;
      }
      for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
        boolean up = Lexicon.TREND_UP.contains(low(k));
        if (up || Lexicon.TREND_DOWN.contains(low(k))) {
          r.kind = KeyResultKind.METRIC;
          r.direction = up ? Direction.INCREASE : Direction.DECREASE;
          r.directionSpan = Span.of(s, x.start, t.get(k).end);
          r.lower(ReadingConfidence.LOW, "a trend's direction ('" + s.substring(x.start,
              t.get(k).end) + "'), with no number: no target stated");
          return r.build();
        }
      }
    }
    for (int i = 0; i + 2 < t.size(); i++) {
      Token x = t.get(i);
      boolean twice = x.is("twice") && t.get(i + 1).is("as")
          && (low(i + 2).equals("many") || low(i + 2).equals("much"));
      boolean half = x.is("half") && t.get(i + 1).is("as")
          && (low(i + 2).equals("many") || low(i + 2).equals("much"));
      if ((twice || half) && !changeVerb) {
        r.kind = KeyResultKind.METRIC;
        r.relative = RelativeChange.factor(twice ? BigDecimal.valueOf(2) : new BigDecimal("0.5"));
        r.direction = twice ? Direction.INCREASE : Direction.DECREASE;
        r.relativeSpan = Span.of(s, x.start, t.get(i + 2).end);
        r.directionSpan = r.relativeSpan;
        r.lower(ReadingConfidence.LOW, "'" + s.substring(x.start, t.get(i + 2).end) + "' read as "
            + r.relative + ", with no baseline or target stated");
        return r.build();
      }
    }
    if (!changeVerb && a.verbClass != VerbClass.THRESHOLD) {
      for (int i = 0; i < t.size(); i++) {
        Token x = t.get(i);
        boolean less = Lexicon.LESS_THAN_COMPARATIVES.contains(x.lower);
        boolean more = Lexicon.MORE_THAN_COMPARATIVES.contains(x.lower);
        if (!less && !more) {
          continue;
        }
        for (int k = i + 1; k < Math.min(t.size(), i + 6); k++) {
          if (t.get(k).is(",") || t.get(k).is(".")) {
            break;
          }
          if (t.get(k).is("than")) {
            // "a faster transaction time than those they replaced": faster is less time, but
            // "faster" of a speed or a count is more of it
            boolean time = false;
            for (int j = i + 1; j < k; j++) {
              time |= Lexicon.TIME_UNITS.contains(t.get(j).lower) || t.get(j).is("time")
                  || t.get(j).is("times") || t.get(j).is("latency");
            }
            boolean down = less && (time || !(x.is("faster") || x.is("quicker")));
            r.kind = KeyResultKind.METRIC;
            r.direction = down ? Direction.DECREASE : Direction.INCREASE;
            r.directionSpan = Span.of(s, x.start, x.end);
            r.lower(ReadingConfidence.LOW, "no number: '" + x.text + " … than' compares with a"
                + " level not stated; the direction " + r.direction.jsonName() + " read from it");
            return r.build();
          }
        }
      }
    }
    for (int i = 0; i + 3 < t.size(); i++) {
      // "a dedicated number of features", "a significant amount of traffic": a count is meant,
      // its number left open
      if (!(t.get(i).is("a") || t.get(i).is("an"))) {
        continue;
      }
      for (int k = i + 2; k <= Math.min(t.size() - 2, i + 3); k++) {
        if (Lexicon.UNSTATED_COUNT_HEADS.contains(low(k)) && low(k + 1).equals("of")
            && t.get(i + 1).isWord() && !Lexicon.UNSTATED_COUNT_HEADS.contains(low(i + 1))) {
          r.kind = KeyResultKind.METRIC;
          boolean lower = a.verbClass == VerbClass.DECREASE
              || (a.verbClass != VerbClass.INCREASE && a.verbClass != VerbClass.REACH
                  && verbs.lowerIsBetter(null));
          r.direction = lower ? Direction.DECREASE : Direction.INCREASE;
          r.lower(ReadingConfidence.LOW, "'" + s.substring(t.get(i).start, t.get(k + 1).end)
              + "' leaves the count unstated: no target stated");
          return r.build();
        }
      }
    }
    Token first = null;
    for (Token x : t) {
      if (x.isWord()) {
        first = x;
        break;
      }
    }
    if (first != null && (first.is("additional") || first.is("more") || first.is("fewer"))
        && (a.verbClass == null || (a.verbClass == VerbClass.REACH && a.verbIndex > indexOf(first)))
        && pluralAfter(indexOf(first))) {
      // "Additional blog posts on Startup, Open Source, & Tech": more of the outputs, no number
      r.kind = KeyResultKind.METRIC;
      r.direction = first.is("fewer") ? Direction.DECREASE : Direction.INCREASE;
      r.directionSpan = Span.of(s, first.start, first.end);
      r.lower(ReadingConfidence.LOW, "'" + first.text + "' asks for more of what follows, with no"
          + " number: no target stated");
      return r.build();
    }
    return null;
  }

  /** The last word of a phrase, lower-cased. */
  private static String lastWord(String phrase) {
    String p = phrase.strip().toLowerCase(Locale.ROOT);
    int sp = p.lastIndexOf(' ');
    return sp < 0 ? p : p.substring(sp + 1);
  }

  /**
   * The side of a comparator after a keep verb that names its level instead of giving a number
   * ("remain below the error budget", "stay within budget", "above the SLO"), or null.
   */
  private @Nullable Direction namedBound() {
    for (int i = a.verbIndex + 1; i < Math.min(t.size(), a.verbIndex + 5); i++) {
      String w = low(i);
      if (w.equals("below") || w.equals("under") || w.equals("within") || w.equals("beneath")) {
        return Direction.AT_MOST;
      }
      if (w.equals("above") || w.equals("over")) {
        return Direction.AT_LEAST;
      }
    }
    return null;
  }

  /** "more views", "fewer incidents than last quarter": the direction of a comparative. */
  private @Nullable Direction comparativeDirection() {
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      Token next = tok(i + 1);
      if (next == null || !next.isWord() || next.is("and") || next.is("or")) {
        continue;
      }
      if (x.is("more") || x.is("higher")) {
        return verbs.lowerIsBetter(null) ? null : Direction.INCREASE;
      }
      if (x.is("fewer") || x.is("less") || x.is("lower")) {
        return Direction.DECREASE;
      }
    }
    return null;
  }

  /** Whether a relative pronoun ("who", "which", "that") comes before token {@code i}. */
  private boolean relativePronounBefore(int i) {
    for (int k = 0; k < i && k < t.size(); k++) {
      if (Lexicon.RELATIVE_PRONOUNS.contains(t.get(k).lower)) {
        return true;
      }
    }
    return false;
  }

  /** "By updating …", "By shipping …": the key result opens with the means of the work. */
  private boolean opensWithMeans() {
    return t.size() > 3 && t.get(0).is("by") && t.get(1).isWord() && t.get(1).lower.endsWith("ing")
        && t.get(1).lower.length() > 5;
  }

  private boolean loneOne(@Nullable Token base, @Nullable Token targ, @Nullable Token rel,
      boolean noRange, boolean changeVerb) {
    return targ != null && base == null && rel == null && noRange && !changeVerb
        && a.verbClass != VerbClass.THRESHOLD && targ.value.compareTo(BigDecimal.ONE) == 0
        && !targ.percent && targ.currency == null && !targ.multiplied && !targ.points
        && sides[indexOf(targ)] == null && (targ.unitWord == null
            || !Lexicon.TIME_UNITS.contains(targ.unitWord.toLowerCase(Locale.ROOT)))
        && !Lexicon.TIME_UNITS.contains(low(indexOf(targ) + 1)) && !pluralAfter(indexOf(targ))
        && !perPeriodAfter(indexOf(targ));
  }

  /** "more" or "fewer" right after the sentence's first word ("Develop more …"), or null. */
  private @Nullable Token moreAfterOpening() {
    int first = -1;
    for (int i = 0; i < t.size() && first < 0; i++) {
      if (t.get(i).isWord()) {
        first = i;
      }
    }
    Token next = first >= 0 ? tok(first + 1) : null;
    return next != null && (next.is("more") || next.is("fewer") || next.is("additional"))
        ? next : null;
  }

  /** "One workshop per semester": a count of one in every period is a rate, not one item. */
  private boolean perPeriodAfter(int v) {
    for (int k = v + 1; k < Math.min(t.size(), v + 4); k++) {
      String w = low(k);
      if ((w.equals("per") || w.equals("each") || w.equals("every") || w.equals("a"))
          && k + 1 < t.size() && Lexicon.PERIODS.contains(low(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A placeholder standing where the number goes: "X", "Y", "N", "XX" or "TBD" before a noun or
   * "%", or after "$", "of", "to", "from", "by", "at least"; -1 when there is none.
   */
  private int placeholderNumber() {
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      boolean word = x.isWord() && (Lexicon.PLACEHOLDERS.contains(x.text)
          || x.lower.equals("tbd") || x.lower.equals("tbc"));
      if (!word) {
        continue;
      }
      Token next = tok(i + 1);
      String before = low(i - 1);
      boolean numberPlace = (next != null && (Lexicon.PLACEHOLDER_SIGNS.contains(next.text)
          || (next.isWord()
          && !Lexicon.UNIT_STOPS.contains(next.lower))))
          || Lexicon.PLACEHOLDER_PREV.contains(before);
      if (numberPlace) {
        return i;
      }
    }
    return -1;
  }

  /** "1 new customers" is still a count (a template filled in): a plural noun follows. */
  private boolean pluralAfter(int v) {
    for (int k = v + 1; k < Math.min(t.size(), v + 5); k++) {
      Token w = t.get(k);
      if (!w.isWord() || Lexicon.UNIT_STOPS.contains(w.lower)) {
        return false;
      }
      if (w.lower.length() > 3 && w.lower.endsWith("s") && !w.lower.endsWith("ss")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The measure a short verbless noun phrase names when that is all it says ("Weekly program
   * attendance."), or null: its last word is the name of a measure.
   */
  private @Nullable String namedMeasureOnly() {
    return namedMeasureOnly(t);
  }

  /** {@link #namedMeasureOnly()} on any token list (the activity check asks it too). */
  static @Nullable String namedMeasureOnly(List<Token> t) {
    int words = 0;
    @Nullable Token first = null;
    @Nullable Token last = null;
    for (Token x : t) {
      if (x.isWord()) {
        if ((Lexicon.TARGET_MARKERS.contains(x.lower) && !x.is("of") && !x.is("for")
            && !x.is("are") && !x.is("is")) || Lexicon.COMPARATIVES.contains(x.lower)) {
          return null; // "… at 72%", "… above 90%": a level or a bound is stated
        }
        words++;
        if (first == null) {
          first = x;
        }
        last = x;
      } else if (!x.is(".") && !x.is(",") && !x.isNum()) {
        return null;
      }
    }
    if (first == null || last == null || Lexicon.isVerb(first.lower)) {
      return null;
    }
    // "Percent of residents who attended an event", "Number of active volunteers"
    int i = t.indexOf(first);
    if (Lexicon.MEASURE_HEADS.contains(first.lower) && i + 1 < t.size() && t.get(i + 1).is("of")
        && words <= 20) {
      return first.text;
    }
    // "Part 1 crimes per 1,000 residents": a rate defined, no level of it stated
    for (int k = 0; k + 1 < t.size() && words <= 10; k++) {
      if (t.get(k).is("per") && (t.get(k + 1).isNum() || Lexicon.PERIODS.contains(t.get(k + 1).lower))) {
        return "per";
      }
    }
    // "Weekly program attendance.", "Participation rates"
    return words <= 6 && (Lexicon.MEASURE_NAMES.contains(last.lower)
        || Lexicon.MEASURE_HEADS.contains(last.lower)) ? last.text : null;
  }

  KeyResultReading noNumbers() {
    if (a.idiom != null && (a.verbClass == null || a.verbClass == VerbClass.REACH)) {
      // "Double down on onboarding": neither a quantity nor a deliverable
      r.kind = KeyResultKind.MILESTONE;
      r.lower(ReadingConfidence.LOW, "'" + a.idiom + "' asks for effort, not a change by a"
          + " number; no measure and no deliverable stated");
      return r.build();
    }
    if (a.setAside != null) {
      r.lower(ReadingConfidence.MEDIUM, a.setAside);
    }
    int placeholder = placeholderNumber();
    if (placeholder >= 0) {
      // "Build X brand partnerships", "an average NPS of X", "X% of hosts …": a quantity is
      // meant, its number not yet decided; the kind and direction stand, no value is invented
      String before = low(placeholder - 1);
      boolean bound = before.equals("least") || before.equals("most") || before.equals("than");
      r.kind = bound ? KeyResultKind.THRESHOLD : KeyResultKind.METRIC;
      boolean lower = a.verbClass == VerbClass.DECREASE
          || (a.verbClass != VerbClass.INCREASE && verbs.lowerIsBetter(null));
      if (bound) {
        r.direction = before.equals("least") || low(placeholder - 2).equals("more")
            ? Direction.AT_LEAST : Direction.AT_MOST;
      } else {
        r.direction = lower ? Direction.DECREASE : Direction.INCREASE;
      }
      r.lower(ReadingConfidence.LOW, "'" + text(t.get(placeholder)) + "' stands for a number not"
          + " yet decided: no target stated");
      return r.build();
    }
    java.util.Optional<String> activity = a.activities.activityVerb(s);
    boolean changeVerb = a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE
        || a.verbClass == VerbClass.AMBIGUOUS;
    String lastOfActivity = activity.isPresent() ? lastWord(activity.get()) : "";
    if (activity.isPresent() && changeVerb
        && (activity.get().toLowerCase(Locale.ROOT).matches("(by|before|until) .*")
            // "Increase off-site programming": the team's outputs grow, a metric with no number;
            // "Expand the getting started section of documentation" is a document, written once
            || (activity.get().toLowerCase(Locale.ROOT).startsWith(a.verbWord + " ")
                && !VocabularyActivityDetector.DOCUMENTS.contains(lastOfActivity)))) {
      // "Improve sustainability by June 2024": a change with no measure, not a deliverable
      activity = java.util.Optional.empty();
    }
    KeyResultReading unstated = unstatedQuantity();
    if (unstated != null) {
      return unstated;
    }
    if (t.size() > 2 && Lexicon.MEASURE_HEADS.contains(t.get(0).lower) && t.get(1).is("of")
        && relativePronounBefore(t.size())) {
      // "Number of residents who have organised an event in the past year": a measure whose
      // population a clause qualifies; the work in that clause is not a deliverable
      String named = namedMeasureOnly();
      if (named != null) {
        r.kind = KeyResultKind.MILESTONE;
        r.lower(ReadingConfidence.LOW, "'" + named + "' names a measure but states no level, no"
            + " change and no deliverable");
        return r.build();
      }
    }
    Direction meansThenMore = opensWithMeans() ? comparativeDirection() : null;
    if (meansThenMore != null) {
      // "By updating the description in all resources … more people could explain the
      // purpose": the work is the means, the result is "more" of something, with no number
      r.kind = KeyResultKind.METRIC;
      r.direction = meansThenMore;
      r.lower(ReadingConfidence.LOW, "the key result opens with its means ('" + t.get(0).text + " "
          + t.get(1).text + "'); the direction " + meansThenMore.jsonName() + " read from a"
          + " comparative after it; no target stated");
      return r.build();
    }
    Token moreAfter = activity.isPresent() && a.verbClass == null ? moreAfterOpening() : null;
    if (moreAfter != null) {
      // "Develop more student organizations": the team's outputs are to grow, no number given
      r.kind = KeyResultKind.METRIC;
      r.direction = moreAfter.is("fewer") || moreAfter.is("less") ? Direction.DECREASE
          : Direction.INCREASE;
      r.directionSpan = Span.of(s, moreAfter.start, moreAfter.end);
      r.lower(ReadingConfidence.LOW, "'" + text(moreAfter) + "' after the work asks for more of"
          + " its outputs, with no number: no target stated");
      return r.build();
    }
    if (activity.isPresent()) {
      r.kind = KeyResultKind.MILESTONE;
      r.direction = null;
      int at = s.indexOf(activity.get());
      r.directionSpan = null;
      r.note("no number: '" + activity.get() + "' is an activity, read as a milestone (done or not)");
      if (at < 0) {
        r.confidence = ReadingConfidence.MEDIUM;
      } else if (t.size() > 3 && at > t.get(3).start) {
        // "certified skills get used more … (after the list is published)": a deliverable named
        // late in the sentence may be a side remark of a result
        r.lower(ReadingConfidence.MEDIUM, "the activity '" + activity.get()
            + "' is not what the sentence opens with");
      }
      if (changeVerb) {
        // "Implement SSO to improve security": the work is said to change something, unmeasured
        r.lower(ReadingConfidence.MEDIUM, "'" + a.verbWord + "' names a change the work should"
            + " bring, with no measure");
      }
      String verb = activity.get().toLowerCase(Locale.ROOT);
      if (Lexicon.OPEN_ENDED_VERBS.contains(verb)) {
        // "Learn Rust": work with no end state to check off
        r.lower(ReadingConfidence.LOW, "'" + activity.get() + "' has no end state to check off");
      }
      return r.build();
    }
    if (a.verbClass == VerbClass.THRESHOLD) {
      Direction bound = namedBound();
      if (bound != null) {
        // "Ensure incidents remain below the error budget": a bound on a level named, not given
        r.kind = KeyResultKind.THRESHOLD;
        r.direction = bound;
        r.lower(ReadingConfidence.LOW, "a bound (" + bound.jsonName() + ") on a level that is"
            + " named but not given as a number: no target stated");
        return r.build();
      }
      // "Ensure e2e coverage of core workflows", "We keep the docs updated": a state, no level
      r.kind = KeyResultKind.MILESTONE;
      r.lower(ReadingConfidence.MEDIUM, "'" + a.verbWord + "' keeps a state but states no level:"
          + " read as a milestone (done or not)");
      return r.build();
    }
    if (!t.isEmpty() && (t.get(0).is("no") || t.get(0).is("zero")) && t.size() > 1
        && t.get(1).isWord()) {
      // "No PRs merged to master after the freeze": a bound of none
      r.kind = KeyResultKind.THRESHOLD;
      r.direction = Direction.AT_MOST;
      r.target = BigDecimal.ZERO;
      Token no = t.get(0);
      r.targetSpan = Span.of(s, no.start, no.end);
      r.lower(ReadingConfidence.MEDIUM, "'" + text(no) + "' read as a bound of at most 0");
      return r.build();
    }
    Direction comparative = a.verbClass == null || a.verbClass == VerbClass.REACH
        ? comparativeDirection() : null;
    if (comparative != null) {
      // "Newsletters getting more views each time": a direction without a number
      r.kind = KeyResultKind.METRIC;
      r.direction = comparative;
      r.lower(ReadingConfidence.LOW, "no number: the direction " + comparative.jsonName()
          + " read from a comparative; no target stated");
      return r.build();
    }
    String deliverable = a.verbClass == VerbClass.AMBIGUOUS || a.verbClass == VerbClass.INCREASE
        || a.verbClass == VerbClass.DECREASE ? deliverableClause() : null;
    if (deliverable != null) {
      // "Improve the reception area by changing its layout": the improvement is the work itself
      r.kind = KeyResultKind.MILESTONE;
      r.lower(ReadingConfidence.MEDIUM, "'" + a.verbWord + "' states no measure; the change is"
          + " made by a deliverable ('" + deliverable + "'): read as a milestone (done or not)");
      return r.build();
    }
    if (a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE
        || a.verbClass == VerbClass.AMBIGUOUS) {
      r.kind = KeyResultKind.METRIC;
      Token vt = t.get(a.verbIndex);
      r.directionSpan = Span.of(s, vt.start, vt.end);
      if (a.verbClass == VerbClass.AMBIGUOUS) {
        r.direction = verbs.lowerIsBetter(null) ? Direction.DECREASE : Direction.INCREASE;
        r.lower(ReadingConfidence.LOW, "direction " + r.direction.jsonName() + " inferred from the metric");
      } else {
        r.direction = a.verbClass == VerbClass.INCREASE ? Direction.INCREASE : Direction.DECREASE;
      }
      if (a.verbWord.startsWith("eliminat") || a.verbWord.startsWith("eradicat")) {
        r.target = BigDecimal.ZERO;
        r.lower(ReadingConfidence.MEDIUM, "'" + a.verbWord + "' read as a target of 0");
        r.note("no baseline stated");
        return r.build();
      }
      r.lower(ReadingConfidence.LOW, "no baseline stated");
      r.lower(ReadingConfidence.LOW, "no target stated: not measurable as written");
      return r.build();
    }
    r.kind = KeyResultKind.MILESTONE;
    // "Percent of residents who have attended an event": a verb in a clause qualifying the
    // measure's population is not what the key result asks
    String measure = a.verbClass == null
        || (a.verbClass == VerbClass.REACH && relativePronounBefore(a.verbIndex))
        ? namedMeasureOnly() : null;
    if (measure != null) {
      // "Weekly program attendance.": a measure is named, but neither a level nor a change
      r.lower(ReadingConfidence.LOW, "'" + measure + "' names a measure but states no level, no"
          + " change and no deliverable");
      return r.build();
    }
    Token opener = null;
    for (Token x : t) {
      if (x.isWord()) {
        opener = x;
        break;
      }
    }
    if (opener != null && Lexicon.INFLUENCE_VERBS.contains(opener.lower)) {
      // "Encourage engineers to document code": influence on others, no end state to check off
      r.lower(ReadingConfidence.LOW, "'" + opener.text + "' asks for influence on others, with no"
          + " end state and no measure");
      return r.build();
    }
    r.lower(ReadingConfidence.MEDIUM, "no number and no change verb: read as a milestone (done or not)");
    if (!a.activities.opensWithResult(s)) {
      // the activity check's own reading of a deliverable with no measure ("Mac signing")
      r.note("a deliverable with no measure is an activity");
    }
    return r.build();
  }

}
