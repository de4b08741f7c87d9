package org.okrkit.text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The unit of a reading: a currency, %, points, a unit written on the number ("200ms") or the noun
 * after it ("10,000 app downloads"), with where it was read.
 */
final class UnitReader extends Phase {
  UnitReader(Analysis a) {
    super(a);
  }

  @Nullable String otherUnit(Token rel, @Nullable Token other) {
    if (other == null) {
      return null;
    }
    @Nullable Span savedSpan = r.unitSpan;
    int relStart = rel.unitStart;
    int relEnd = rel.unitEnd;
    int otherStart = other.unitStart;
    int otherEnd = other.unitEnd;
    @Nullable String ru = unitOf(rel);
    @Nullable String ou = unitOf(other);
    r.unitSpan = savedSpan;
    rel.unitStart = relStart;
    rel.unitEnd = relEnd;
    other.unitStart = otherStart;
    other.unitEnd = otherEnd;
    if (ru == null || ou == null || sameUnit(ru, ou)) {
      return null;
    }
    return ru + " but the " + (other.start < rel.start || r.baseline != null ? "baseline" : "target")
        + " in " + ou;
  }

  /**
   * The unit of {@code x} as {@link #unitOf} reads it, without recording where it was read: for
   * comparing the units of two numbers before one of them is chosen.
   */
  @Nullable String peekUnit(Token x) {
    @Nullable Span savedSpan = r.unitSpan;
    int start = x.unitStart;
    int end = x.unitEnd;
    @Nullable String u = unitOf(x);
    r.unitSpan = savedSpan;
    x.unitStart = start;
    x.unitEnd = end;
    return u;
  }

  /** A unit one amount can be converted from or to: its dimension and its size in a base unit. */
  record Scale(String dimension, BigDecimal size, boolean exact) {}

  private static final Map<String, Scale> SCALES = scales();

  private static Map<String, Scale> scales() {
    Map<String, Scale> m = new HashMap<>();
    BigDecimal ms = new BigDecimal("0.001");
    for (String w : new String[] {"ms", "msec", "millisecond", "milliseconds"}) {
      m.put(w, new Scale("time", ms, true));
    }
    for (String w : new String[] {"s", "sec", "secs", "second", "seconds"}) {
      m.put(w, new Scale("time", BigDecimal.ONE, true));
    }
    for (String w : new String[] {"min", "mins", "minute", "minutes"}) {
      m.put(w, new Scale("time", BigDecimal.valueOf(60), true));
    }
    for (String w : new String[] {"h", "hr", "hrs", "hour", "hours"}) {
      m.put(w, new Scale("time", BigDecimal.valueOf(3600), true));
    }
    // a day could be a working day: converting it to hours is a guess, said so
    for (String w : new String[] {"d", "day", "days"}) {
      m.put(w, new Scale("time", BigDecimal.valueOf(86_400), false));
    }
    for (String w : new String[] {"wk", "wks", "week", "weeks"}) {
      m.put(w, new Scale("time", BigDecimal.valueOf(604_800), false));
    }
    String[] si = {"b", "kb", "mb", "gb", "tb", "pb"};
    String[] iec = {"b", "kib", "mib", "gib", "tib", "pib"};
    for (int i = 0; i < si.length; i++) {
      // "GB" may mean 1000 or 1024 MB: decimal is read, and the conversion is said to be a guess
      m.put(si[i], new Scale("data", BigDecimal.valueOf(1000).pow(i), i == 0));
      m.put(iec[i], new Scale("data", BigDecimal.valueOf(1024).pow(i), true));
    }
    m.put("bytes", m.get("b"));
    m.put("byte", m.get("b"));
    return Map.copyOf(m);
  }

  /** The scale of a unit ("hours", "ms", "GB"), or null when it is not one that converts. */
  static @Nullable Scale scaleOf(@Nullable String unit) {
    return unit == null ? null : SCALES.get(unit.toLowerCase(Locale.ROOT));
  }

  /** "day" and "days", "USD" and "usd" are one unit. */
  static boolean sameUnit(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    if (x.length() > 2 && x.endsWith("s")) {
      x = x.substring(0, x.length() - 1);
    }
    if (y.length() > 2 && y.endsWith("s")) {
      y = y.substring(0, y.length() - 1);
    }
    return x.equals(y);
  }

  /**
   * Whether a stated relative change disagrees with a stated baseline and target ("by 30% from
   * $500k to $400k"), allowing for the stated change being rounded to its last digit (a factor:
   * within 5%).
   */
  void unit(@Nullable Token base, @Nullable Token targ) {
    String tu = targ == null ? null : unitOf(targ);
    String bu = base == null ? null : unitOf(base);
    if (tu != null) {
      r.unit = tu;
      if (bu != null && !sameUnit(bu, tu) && !(bu.equals("%") || tu.equals("%"))
          && !a.baselineConverted) {
        r.lower(ReadingConfidence.MEDIUM, "baseline in " + bu + " but target in " + tu);
      }
    } else if (bu != null) {
      r.unit = bu;
      spanOfUnit(base);
    }
  }

  void spanOfUnit(@Nullable Token x) {
    if (x != null && x.unitStart >= 0 && r.unitSpan == null) {
      r.unitSpan = Span.of(s, x.unitStart, x.unitEnd);
    }
  }

  @Nullable String unitOf(Token x) {
    if (x.currency != null) {
      if (x.unitStart < 0) {
        int at = s.indexOf(x.currency, x.start);
        if (at >= 0 && at < x.end) {
          x.unitStart = at;
          x.unitEnd = at + x.currency.length();
        }
      }
      spanOfUnit(x);
      return x.currency;
    }
    if (x.percent && !(x.points && !x.percentagePoints)) {
      int at = s.indexOf('%', x.start);
      if (at >= 0 && at < x.end) {
        x.unitStart = at;
        x.unitEnd = at + 1;
      }
      spanOfUnit(x);
      return "%";
    }
    if (x.percentagePoints) {
      return "%";
    }
    if (x.points) {
      return "points";
    }
    if (x.unitWord != null) {
      spanOfUnit(x);
      return x.unitWord;
    }
    if (x.factor) {
      return null;
    }
    // the noun after the number: "10,000 app downloads" → downloads
    int i = indexOf(x) + 1;
    int lastIndex = -1;
    int count = 0;
    while (i < t.size() && count < 3) {
      Token w = t.get(i);
      if (!w.isWord() || Lexicon.UNIT_STOPS.contains(w.lower) || Lexicon.MONTHS.contains(w.lower)
          || w.lower.matches("[qh][1-4]|fy\\d+|eo[qy]|\\d.*")) {
        break;
      }
      if (Lexicon.isVerb(w.lower) && count > 0 && !w.lower.endsWith("s")) {
        break;
      }
      if (!(w.lower.endsWith("ed") && count > 0)) {
        lastIndex = i;
      }
      count++;
      i++;
    }
    if (lastIndex < 0) {
      return null;
    }
    Token u = t.get(lastIndex);
    x.unitStart = u.start;
    x.unitEnd = u.end;
    spanOfUnit(x);
    return u.text;
  }

}
