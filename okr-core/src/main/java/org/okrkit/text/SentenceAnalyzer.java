package org.okrkit.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResultKind;
import org.okrkit.text.Lexicon.VerbClass;

/** Reads one key-result sentence; one instance per sentence. */
final class SentenceAnalyzer {

  private enum Slot {
    NONE,
    BASELINE,
    TARGET,
    RELATIVE,
    RANGE_HIGH
  }

  private static final Set<String> ARROWS = Set.of("→", "->", "=>", "–>", "—>", "-->", "⇒", "⟶");
  private static final Set<String> DASHES = Set.of("-", "–", "—", "‒");
  private static final Set<String> APPROX =
      Set.of("about", "around", "approximately", "approx", "roughly", "nearly", "almost", "circa",
          "~", "≈", "some", "c.");
  private static final Set<String> FILLERS =
      Set.of("a", "an", "the", "just", "only", "our", "its", "their", "current", "currently",
          "existing", "average", "avg", "level", "levels", "value", "baseline", "of", "today's",
          "todays", ":", "(", "usd", "eur", "gbp", "chf", "jpy", "inr", "cad", "aud", "total", "rate", "score", "mark", "new", "record", "high", "low",
          "all-time", "estimated", "same", "overall", "number");
  private static final Set<String> BASELINE_MARKERS =
      Set.of("from", "currently", "baseline", "was", "vs", "versus", "today", "now", "presently",
          "vs.", "starting");
  private static final Set<String> TARGET_MARKERS =
      Set.of("to", "into", "reach", "reaches", "reaching", "hit", "hitting", "hits", "at", "of",
          "=", "target", "goal", "towards", "toward", "attain", "achieve", "achieving", "is", "between",
          "be", "are", "for", "with");
  private static final Set<String> SOFT_CONTEXT_PREV =
      Set.of("top", "tier", "level", "version", "v", "phase", "stage", "step", "wave", "round",
          "sprint", "series", "gen", "generation", "release", "no", "no.", "number", "#", "kr",
          "okr", "section", "chapter", "class", "category", "sev", "severity", "priority",
          "grade", "day", "week", "month", "year", "quarter", "q", "fy", "h", "soc", "iso", "pci",
          "wcag", "hipaa", "web", "ios", "android", "python", "java", "windows", "iphone",
          "objective", "kr:", "page", "item", "rank", "ranked", "position", "p", "h1", "h2");
  private static final Set<String> TIMEFRAME_PREV =
      Set.of("within", "in", "over", "for", "during", "next", "first", "last", "every", "each",
          "past", "per", "after", "than", "under");
  private static final Set<String> YEAR_PREV =
      Set.of("in", "by", "of", "end", "since", "before", "after", "until", "through", "during",
          "for", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "year", "eoy", "(",
          "vs", "versus", "than", "summer", "spring", "autumn", "fall", "winter", "early", "late",
          "mid", "calendar", "fiscal", "cy");
  /** Words after a year that make it a reference point: "from 2025 levels". */
  private static final Set<String> YEAR_NEXT =
      Set.of("levels", "level", "figures", "numbers", "values", "actuals", "results", "baseline");
  /** Words before "12/31" or "1/3" that make it a date or a fraction, not two numbers. */
  private static final Set<String> DATE_PREV =
      Set.of("by", "on", "until", "till", "before", "after", "due", "through", "since");
  private static final Set<String> UNIT_STOPS =
      Set.of(
          "in", "on", "at", "by", "from", "to", "for", "of", "per", "within", "with", "across",
          "over", "under", "than", "into", "via", "through", "during", "before", "after",
          "among", "and", "or", "but", "while", "so", "as", "that", "which", "who", "each",
          "every", "a", "an", "the", "is", "are", "be", "this", "next", "vs", "versus", "worth",
          "more", "fewer", "less", "higher", "lower", "increase", "decrease", "growth",
          "reduction", "improvement", "uplift", "lift", "gain", "drop", "decline", "above",
          "below", "up", "down", "year-over-year", "yoy", "mom", "qoq", "month-over-month",
          "quarter-over-quarter", "annually", "target", "baseline", "minimum", "maximum", "max", "least", "most",
          "without", "when", "where", "if", "until", "since", "compared", "relative", "average", "out",
          "time", "times");

  private final String s;
  private final List<Token> t;
  private final ActivityCheck activities;
  private final KeyResultReading.Builder r;

  private Slot[] slots = new Slot[0];
  private @Nullable Direction[] sides = new Direction[0];
  private boolean[] approx = new boolean[0];
  private @Nullable VerbClass verbClass;
  private int verbIndex = -1;
  private String verbWord = "";

  SentenceAnalyzer(String sentence, ActivityCheck activities) {
    this.s = sentence;
    this.t = Tokenizer.tokenize(sentence);
    this.activities = activities;
    this.r = KeyResultReading.builder(sentence);
  }

  KeyResultReading analyze() {
    if (s.isBlank()) {
      r.kind = KeyResultKind.MILESTONE;
      return r.lower(ReadingConfidence.LOW, "empty sentence").build();
    }
    markContext();
    findVerb();
    for (Token x : t) {
      if (x.fraction) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' is a fraction: not read as a value");
      }
    }
    List<Integer> values = values(Token.Role.VALUE);
    if (values.isEmpty()) {
      List<Integer> soft = values(Token.Role.SOFT);
      if (!soft.isEmpty() && verbClass != null && verbClass != VerbClass.REACH) {
        values = soft;
        r.lower(ReadingConfidence.MEDIUM, "the only number reads like context (a time frame or a rank)");
      }
    }
    slots = new Slot[t.size()];
    sides = new Direction[t.size()];
    approx = new boolean[t.size()];
    java.util.Arrays.fill(slots, Slot.NONE);
    for (int v : values) {
      classify(v);
    }
    return assemble(values);
  }

  // ---------------------------------------------------------------- context marking

  private List<Integer> values(Token.Role role) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).isNum() && t.get(i).role == role) {
        out.add(i);
      }
    }
    return out;
  }

  private @Nullable Token tok(int i) {
    return i >= 0 && i < t.size() ? t.get(i) : null;
  }

  private String low(int i) {
    Token x = tok(i);
    return x == null ? "" : x.lower;
  }

  private boolean adjacent(int a, int b) {
    return t.get(a).end == t.get(b).start;
  }

  private void markContext() {
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (!x.isNum() || x.role == Token.Role.HARD) {
        continue;
      }
      boolean plain =
          !x.hasUnit() && !x.multiplied && x.value.scale() == 0 && !x.factor && !x.wordNumber;
      String prev = low(i - 1);
      String prev2 = low(i - 2);
      Token next = tok(i + 1);
      // list numbering "1. Increase…", "KR 2:"
      if (i == 0 && plain && next != null && (next.is(".") || next.is(")") || next.is(":"))) {
        x.role = Token.Role.HARD;
        continue;
      }
      // years
      if (plain && x.value.compareTo(BigDecimal.valueOf(1900)) >= 0
          && x.value.compareTo(BigDecimal.valueOf(2100)) <= 0
          && x.text.length() == 4
          && (YEAR_PREV.contains(prev) || Lexicon.MONTHS.contains(prev) || prev.equals("the")
              || prev.equals("our") || prev.equals("this") || prev.equals("next")
              || next == null || next.is(".") || next.is(",") || next.is(")")
              || (next.isWord() && YEAR_NEXT.contains(next.lower))
              || (prev.equals("the") && prev2.equals("of")))) {
        x.role = Token.Role.HARD;
        continue;
      }
      // day of month next to a month name
      if (plain && x.value.compareTo(BigDecimal.valueOf(31)) <= 0 && x.value.signum() > 0
          && (Lexicon.MONTHS.contains(prev) || (next != null && Lexicon.MONTHS.contains(next.lower)))) {
        x.role = Token.Role.HARD;
        continue;
      }
      // "by 12/31", "by 1/3": a date or a fraction, not a value
      if (plain && next != null && next.is("/") && adjacent(i, i + 1) && tok(i + 2) != null
          && t.get(i + 2).isNum() && adjacent(i + 1, i + 2) && DATE_PREV.contains(prev)) {
        Token after = t.get(i + 2);
        if (after.value.scale() == 0 && after.value.signum() > 0 && !after.hasUnit()
            && after.value.compareTo(BigDecimal.valueOf(31)) <= 0
            && x.value.compareTo(BigDecimal.valueOf(31)) <= 0) {
          x.role = Token.Role.HARD;
          after.role = Token.Role.HARD;
          if (x.value.compareTo(after.value) < 0 && after.value.compareTo(BigDecimal.TEN) <= 0) {
            r.lower(ReadingConfidence.MEDIUM, "'" + s.substring(x.start, after.end)
                + "' is a fraction: not read as a value");
          }
          continue;
        }
      }
      // 24/7, 4.5/5: the part after the slash is a scale
      if (prev.equals("/") && i >= 2 && t.get(i - 2).isNum() && adjacent(i - 2, i - 1)) {
        x.role = Token.Role.HARD;
        if (t.get(i - 2).value.intValue() == 24 && x.value.intValue() == 7) {
          t.get(i - 2).role = Token.Role.HARD;
        }
        continue;
      }
      // "five-day", "30-day retention"
      if (next != null && next.is("-") && adjacent(i, i + 1) && tok(i + 2) != null
          && t.get(i + 2).isWord() && adjacent(i + 1, i + 2)) {
        x.role = Token.Role.SOFT;
        continue;
      }
      if (SOFT_CONTEXT_PREV.contains(prev) && !x.hasUnit() && !x.multiplied
          && !(prev.equals("number") && prev2.equals("the"))) {
        x.role = Token.Role.SOFT;
        continue;
      }
      if (prev.equals("of") && prev2.equals("out")) {
        x.role = Token.Role.HARD;
        continue;
      }
      // "day-7 retention"
      if (prev.equals("-") && i >= 2 && adjacent(i - 1, i) && adjacent(i - 2, i - 1)
          && t.get(i - 2).isWord()) {
        x.role = Token.Role.SOFT;
        continue;
      }
      // "customers using two or more products": a qualifier of the metric
      if (next != null && next.is("or") && Set.of("more", "fewer", "less").contains(low(i + 2))
          && tok(i + 3) != null && t.get(i + 3).isWord() && !UNIT_STOPS.contains(low(i + 3))
          && Set.of("using", "with", "having", "of", "buying", "owning", "across", "in", "on")
              .contains(prev)) {
        x.role = Token.Role.SOFT;
        continue;
      }
      // "3+ products": a qualifier, unless it ends the clause
      if (x.plus && next != null && next.isWord() && !next.is("or")) {
        x.role = Token.Role.SOFT;
        continue;
      }
      // time frames: "within 30 days", "in the next 6 months", "per week"
      String unitAfter = x.unitWord != null ? x.unitWord.toLowerCase(Locale.ROOT)
          : next != null && next.isWord() ? next.lower : "";
      if (Lexicon.TIME_UNITS.contains(unitAfter) && !x.percent && x.currency == null) {
        int k = i - 1;
        while (k >= 0 && (low(k).equals("the") || low(k).equals("next") || low(k).equals("first")
            || low(k).equals("last") || low(k).equals("past"))) {
          if (!low(k).equals("the")) {
            break;
          }
          k--;
        }
        String before = low(k);
        if (TIMEFRAME_PREV.contains(before) && !before.equals("than") && !before.equals("under")) {
          x.role = Token.Role.SOFT;
          continue;
        }
        if ((prev.equals("next") || prev.equals("first") || prev.equals("last")
            || prev.equals("past")) ) {
          x.role = Token.Role.SOFT;
        }
      }
    }
    // a currency code written before the number: "USD 5M"
    for (int i = 1; i < t.size(); i++) {
      Token x = t.get(i);
      Token p = t.get(i - 1);
      if (x.isNum() && x.currency == null && p.isWord()
          && Set.of("usd", "eur", "gbp", "chf", "jpy", "inr", "cad", "aud").contains(p.lower)) {
        x.currency = p.text.toUpperCase(Locale.ROOT);
        x.unitStart = p.start;
        x.unitEnd = p.end;
      }
    }
  }

  // ---------------------------------------------------------------- verb

  private void findVerb() {
    int reachIndex = -1;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (!x.isWord() || !Lexicon.isVerb(x.lower)) {
        continue;
      }
      VerbClass c = Lexicon.verbClass(x.lower);
      // "up to", "at least": comparators, not verbs; "lower"/"higher" after a number are nouns
      if (x.is("cut") && low(i + 1).equals("in") && low(i + 2).equals("half")) {
        setVerb(i, VerbClass.DECREASE);
        return;
      }
      if (c == VerbClass.REACH) {
        if (reachIndex < 0) {
          reachIndex = i;
        }
        continue;
      }
      if (c == VerbClass.THRESHOLD && (x.is("limit") || x.is("cap")) && i > 0) {
        continue;
      }
      if ((x.is("lower") || x.is("drop") || x.is("cut") || x.is("lift") || x.is("gain")
          || x.is("boost") || x.is("increase") || x.is("decrease") || x.is("growth")
          || x.is("reduction") || x.is("decline"))
          && i > 0 && t.get(i - 1).isNum()) {
        continue; // "20% increase", "10% lower": a relative change noun, handled with the number
      }
      setVerb(i, c);
      return;
    }
    if (reachIndex >= 0) {
      setVerb(reachIndex, VerbClass.REACH);
      return;
    }
    for (int i = 0; i < t.size(); i++) {
      if ((t.get(i).is("up") && !low(i + 1).equals("to")) || t.get(i).is("down")) {
        setVerb(i, t.get(i).is("up") ? VerbClass.INCREASE : VerbClass.DECREASE);
        return;
      }
    }
  }

  private void setVerb(int i, VerbClass c) {
    verbIndex = i;
    verbClass = c;
    verbWord = t.get(i).lower;
  }

  // ---------------------------------------------------------------- classify numbers

  /** The index of the first non-filler token before {@code v}, marking approximations. */
  private int meaningfulBefore(int v, Set<String> fillers) {
    int k = v - 1;
    while (k >= 0 && !t.get(k).isNum()) {
      String w = t.get(k).lower;
      if (APPROX.contains(w)) {
        approx[v] = true;
      } else if (!fillers.contains(w)) {
        break;
      }
      k--;
    }
    return k;
  }

  private void classify(int v) {
    Token x = t.get(v);
    if (slots[v] != Slot.NONE) {
      return;
    }
    // ranges: "40–50%", "between 40 and 50"
    Token next = tok(v + 1);
    if (next != null && DASHES.contains(next.text) && tok(v + 2) != null && t.get(v + 2).isNum()
        && t.get(v + 2).role != Token.Role.HARD) {
      slots[v + 2] = Slot.RANGE_HIGH;
      Token high = t.get(v + 2);
      if (!x.hasUnit()) {
        // "10-15%": the unit written once belongs to both ends
        x.percent = high.percent;
        x.points = high.points;
        x.percentagePoints = high.percentagePoints;
        x.currency = high.currency;
      }
    }
    if (next != null && next.is("and") && low(v - 1).equals("between") && tok(v + 2) != null
        && t.get(v + 2).isNum()) {
      slots[v + 2] = Slot.RANGE_HIGH;
    }
    // arrows
    if (next != null && ARROWS.contains(next.text) && tok(v + 2) != null && t.get(v + 2).isNum()) {
      slots[v] = Slot.BASELINE;
      slots[v + 2] = Slot.TARGET;
      return;
    }
    if (x.factor) {
      slots[v] = Slot.RELATIVE;
      return;
    }
    // a relative change noun right after the number: "20% increase", "15% reduction"
    int after = v + 1;
    if (Lexicon.CHANGE_NOUNS_UP.contains(low(after)) || Lexicon.CHANGE_NOUNS_DOWN.contains(low(after))) {
      if (x.percent || x.points || x.factor) {
        slots[v] = Slot.RELATIVE;
        if (verbClass == null || verbClass == VerbClass.REACH || verbClass == VerbClass.AMBIGUOUS) {
          boolean up = Lexicon.CHANGE_NOUNS_UP.contains(low(after));
          setVerb(after, up ? VerbClass.INCREASE : VerbClass.DECREASE);
        }
        return;
      }
    }
    int k = meaningfulBefore(v, Set.of());
    String w = low(k);
    // comparators directly before (after approximations)
    int[] cmpStart = new int[1];
    Direction side = comparatorBefore(k, cmpStart);
    if (side != null) {
      sides[v] = side;
      slots[v] = Slot.TARGET;
      return;
    }
    // "by 20%": relative
    int kb = meaningfulBefore(v, Set.of("a", "an", "the", "another", "additional", "further",
        "extra", "at", "least", "more", "than", "over", "up", "to"));
    if (low(kb).equals("by")) {
      slots[v] = Slot.RELATIVE;
      return;
    }
    if (isChangeNounBefore(k)) {
      slots[v] = Slot.RELATIVE;
      return;
    }
    // baseline markers
    int kf = meaningfulBefore(v, FILLERS);
    String wf = low(kf);
    boolean markerSkipped = false;
    for (int j = kf + 1; j < v; j++) {
      markerSkipped |= BASELINE_MARKERS.contains(low(j));
    }
    if (markerSkipped
        || BASELINE_MARKERS.contains(wf)
        || (wf.equals("to") && (low(kf - 1).equals("compared") || low(kf - 1).equals("relative")))
        || (wf.equals("with") && low(kf - 1).equals("compared"))
        || (wf.equals("at") && low(kf - 1).equals("starting"))) {
      slots[v] = Slot.BASELINE;
      return;
    }
    // "A to B" with no "from": A is the baseline when a change verb is there
    if (next != null && next.is("to") && tok(v + 2) != null && t.get(v + 2).isNum()
        && t.get(v + 2).role == Token.Role.VALUE && verbClass != null) {
      slots[v] = Slot.BASELINE;
      return;
    }
    if (TARGET_MARKERS.contains(w) || TARGET_MARKERS.contains(wf) || ARROWS.contains(w)) {
      slots[v] = Slot.TARGET;
      return;
    }
    if (kf >= 0 && kf == verbIndex) {
      slots[v] = Slot.TARGET;
      return;
    }
    if (kf >= 0 && t.get(kf).isWord() && Lexicon.isVerb(t.get(kf).lower)
        && Lexicon.verbClass(t.get(kf).lower) != VerbClass.THRESHOLD) {
      slots[v] = Slot.TARGET;
      return;
    }
    Direction post = comparatorAfter(v);
    if (post != null) {
      sides[v] = post;
      slots[v] = Slot.TARGET;
    }
  }

  private boolean isChangeNounBefore(int k) {
    // "growth of 20%", "a reduction of 15%"
    if (!low(k).equals("of")) {
      return false;
    }
    String noun = low(k - 1);
    return Set.of("growth", "increase", "reduction", "decrease", "improvement", "uplift", "lift",
            "gain", "decline", "drop", "boost", "rise", "cut")
        .contains(noun);
  }

  /** A comparator phrase ending at token {@code k}, its side, and where it starts. */
  private @Nullable Direction comparatorBefore(int k, int[] start) {
    String w1 = low(k);
    String w2 = low(k - 1);
    String w3 = low(k - 2);
    start[0] = k;
    if (w1.equals("above") && w2.equals("or") && w3.equals("at")) {
      start[0] = k - 2;
      return Direction.AT_LEAST;
    }
    if ((w1.equals("below") || w1.equals("under")) && w2.equals("or") && w3.equals("at")) {
      start[0] = k - 2;
      return Direction.AT_MOST;
    }
    if (w1.equals("least") && w2.equals("at")) {
      start[0] = k - 1;
      return Direction.AT_LEAST;
    }
    if (w1.equals("most") && w2.equals("at")) {
      start[0] = k - 1;
      return Direction.AT_MOST;
    }
    if (w1.equals("than")) {
      start[0] = k - 2;
      boolean negated = w3.equals("no") || w3.equals("not") || w3.equals("never");
      if (w2.equals("more") || w2.equals("greater") || w2.equals("higher") || w2.equals("over")) {
        return negated ? Direction.AT_MOST : Direction.AT_LEAST;
      }
      if (w2.equals("less") || w2.equals("fewer") || w2.equals("lower")) {
        return negated ? Direction.AT_LEAST : Direction.AT_MOST;
      }
      return null;
    }
    if (w1.equals("to") && w2.equals("up")) {
      start[0] = k - 1;
      return Direction.AT_MOST;
    }
    if (w1.equals("exceed") || w1.equals("exceeds") || w1.equals("exceeding")) {
      if (w2.equals("not") || w2.equals("never") || (w2.equals("to") && w3.equals("not"))
          || w2.equals("don't") || w2.equals("doesn't") || w2.equals("won't")) {
        start[0] = w2.equals("to") ? k - 2 : k - 1;
        return Direction.AT_MOST;
      }
      return verbIndex == k ? null : Direction.AT_LEAST;
    }
    if (w1.equals("of") && (w2.equals("minimum") || w2.equals("maximum"))) {
      start[0] = k - 1;
      return w2.equals("minimum") ? Direction.AT_LEAST : Direction.AT_MOST;
    }
    if (w1.equals("of") && w2.equals("north")) {
      start[0] = k - 1;
      return Direction.AT_LEAST;
    }
    return switch (w1) {
      case "above", "over", "beyond", "≥", ">=", ">", "min", "minimum" -> Direction.AT_LEAST;
      case "below", "under", "≤", "<=", "=<", "<", "max", "maximum", "sub", "within" ->
          Direction.AT_MOST;
      default -> null;
    };
  }

  /** "99.9% or higher", "50+", "2 hours max". */
  private @Nullable Direction comparatorAfter(int v) {
    if (t.get(v).plus) {
      return Direction.AT_LEAST;
    }
    for (int k = v + 1; k < Math.min(t.size(), v + 5); k++) {
      String w = low(k);
      String w2 = low(k + 1);
      if (t.get(k).isNum()) {
        return null;
      }
      if ((w.equals("or") || w.equals("and")) && MORE_WORDS.contains(w2)) {
        return Direction.AT_LEAST;
      }
      if ((w.equals("or") || w.equals("and")) && LESS_WORDS.contains(w2)) {
        return Direction.AT_MOST;
      }
      if (w.equals("minimum") || (w.equals("at") && w2.equals("minimum"))) {
        return Direction.AT_LEAST;
      }
      if (w.equals("max") || w.equals("maximum") || (w.equals("at") && w2.equals("most"))) {
        return Direction.AT_MOST;
      }
    }
    return null;
  }

  private static final Set<String> MORE_WORDS =
      Set.of("more", "higher", "above", "greater", "up", "better", "over");
  private static final Set<String> LESS_WORDS = Set.of("less", "fewer", "lower", "below", "under");

  // ---------------------------------------------------------------- assemble

  private KeyResultReading assemble(List<Integer> values) {
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
        && (verbClass == VerbClass.INCREASE || verbClass == VerbClass.DECREASE)
        && t.get(loose.get(0)).percent && baselines.isEmpty() && loose.get(0) > verbIndex) {
      // "Grow paid subscribers 50% year over year": a change, not an end value
      int v = loose.remove(0);
      relatives.add(v);
      r.lower(ReadingConfidence.MEDIUM, "'" + text(t.get(v)) + "' read as a relative change");
    } else if (targets.isEmpty() && relatives.isEmpty() && loose.size() == 1) {
      int v = loose.remove(0);
      targets.add(v);
      if (!(baselines.isEmpty() && verbClass == VerbClass.REACH && v > verbIndex)) {
        r.lower(ReadingConfidence.MEDIUM, "the number " + text(t.get(v)) + " was taken as the target");
      }
    } else if (targets.isEmpty() && relatives.isEmpty() && loose.size() >= 2 && baselines.isEmpty()
        && loose.size() == 2 && verbClass != null && verbClass != VerbClass.THRESHOLD) {
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
    for (int v : loose) {
      r.lower(ReadingConfidence.MEDIUM, "ignored the number '" + text(t.get(v)) + "'");
    }
    @Nullable Token base = baselines.isEmpty() ? null : t.get(baselines.get(0));
    @Nullable Token targ = targets.isEmpty() ? null : t.get(targets.get(0));
    @Nullable Token rel = relatives.isEmpty() ? null : t.get(relatives.get(0));
    Direction cmpSide = targets.isEmpty() ? null : sides[targets.get(0)];
    for (int v : values) {
      if (approx[v] && slots[v] != Slot.NONE) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(t.get(v)) + "' is stated as approximate");
      }
    }

    // ---- kind and direction
    if (verbClass == VerbClass.REACH && !values.isEmpty() && verbIndex > values.get(0)) {
      verbClass = null; // "At least 80% of staff complete training": the verb is not the KR's
      verbWord = "";
    }
    boolean thresholdVerb = verbClass == VerbClass.THRESHOLD;
    boolean changeVerb = verbClass == VerbClass.INCREASE || verbClass == VerbClass.DECREASE
        || verbClass == VerbClass.AMBIGUOUS;
    boolean anyNumber = base != null || targ != null || rel != null || verbFactor() != null;
    if (thresholdVerb && base == null && rel == null) {
      r.kind = KeyResultKind.THRESHOLD;
    } else if (!changeVerb && verbClass != VerbClass.REACH && cmpSide != null && base == null
        && rel == null) {
      r.kind = KeyResultKind.THRESHOLD;
    } else if (!anyNumber) {
      return noNumbers();
    } else {
      r.kind = KeyResultKind.METRIC;
    }
    if (verbIndex >= 0) {
      Token vt = t.get(verbIndex);
      r.directionSpan = Span.of(s, vt.start, vt.end);
    }

    if (r.kind == KeyResultKind.THRESHOLD) {
      if (cmpSide != null) {
        r.direction = cmpSide;
      } else {
        r.direction = lowerIsBetter(targ) ? Direction.AT_MOST : Direction.AT_LEAST;
        r.lower(ReadingConfidence.MEDIUM, "no 'at least' or 'at most' stated; "
            + r.direction.jsonName() + " inferred from the metric");
      }
      if (targ != null && !rangeHighs.isEmpty()) {
        range(targ, t.get(rangeHighs.get(0)));
      }
      setTarget(targ, null);
      unit(null, rangeHighs.isEmpty() ? targ : t.get(rangeHighs.get(0)));
      if (targ == null) {
        r.lower(ReadingConfidence.LOW, "no bound stated");
      }
      return r.build();
    }

    // metric
    Direction dir = null;
    if (verbClass == VerbClass.INCREASE) {
      dir = Direction.INCREASE;
    } else if (verbClass == VerbClass.DECREASE) {
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
    if (baseValue != null && targValue != null) {
      int cmp = targValue.compareTo(baseValue);
      Direction byNumbers = cmp > 0 ? Direction.INCREASE : cmp < 0 ? Direction.DECREASE : null;
      if (byNumbers == null) {
        r.lower(ReadingConfidence.LOW, "baseline and target are equal");
      } else if (dir != null && dir != byNumbers) {
        r.lower(ReadingConfidence.LOW, "'" + verbWord + "' contradicts going from "
            + baseValue.toPlainString() + " to " + targValue.toPlainString());
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
      BigDecimal f = verbFactor();
      if (f != null) {
        relative = RelativeChange.factor(f);
        Token vt = t.get(verbIndex);
        r.relativeSpan = Span.of(s, vt.start, vt.end);
      }
    }
    if (dir == null && relative != null && relative.form() == RelativeChange.Form.FACTOR) {
      dir = relative.amount().compareTo(BigDecimal.ONE) > 0 ? Direction.INCREASE
          : Direction.DECREASE;
    }
    if (dir == null) {
      boolean countVerb = verbClass == VerbClass.REACH
          && !Set.of("achieve", "reach", "hit", "attain", "get", "bring", "achieving",
              "reaching", "hitting", "attaining", "getting", "achieved", "reached")
              .contains(verbWord);
      dir = !countVerb && lowerIsBetter(targ != null ? targ : base)
          ? Direction.DECREASE
          : Direction.INCREASE;
      // "Achieve 10,000 downloads": reaching a number is read as growing towards it, unless the
      // metric is one where lower is better ("Reach a churn rate of 2%")
      if (!countVerb && !(verbClass == VerbClass.REACH && dir == Direction.INCREASE)) {
        r.lower(ReadingConfidence.MEDIUM, "direction " + dir.jsonName() + " inferred from "
            + (verbWord.isEmpty() ? "the metric" : "'" + verbWord + "' and the metric"));
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
        : otherUnit(rel, r.baseline != null ? base : targ);
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
        r.lower(ReadingConfidence.LOW, "'" + (relText.isEmpty() ? verbWord : relText)
            + "' contradicts going from " + r.baseline.toPlainString() + " to "
            + r.target.toPlainString());
      } else if (r.baseline != null && r.target == null) {
        if (relative.form() == RelativeChange.Form.PERCENT && base != null && base.percent) {
          r.lower(ReadingConfidence.MEDIUM, "'" + relText + "' of a percentage read as relative ("
              + "percent of " + r.baseline.toPlainString() + "), not percentage points");
        }
        r.target = relative.applyTo(r.baseline);
        r.note("target derived from the baseline and " + relative);
      } else if (r.baseline == null && r.target != null) {
        BigDecimal derived = inverse(relative, r.target);
        if (derived != null) {
          r.baseline = derived;
          r.lower(ReadingConfidence.MEDIUM, "baseline derived from the target and " + relative);
        } else {
          r.note("no baseline stated");
        }
      } else if (r.baseline == null) {
        r.note("no baseline stated; the change is relative (" + relative + ")");
      }
    }
    if (r.baseline == null && relative == null) {
      r.note("no baseline stated");
    }
    if (r.target == null && relative == null) {
      if (verbWord.startsWith("eliminat") || verbWord.startsWith("eradicat")) {
        r.target = BigDecimal.ZERO;
        r.lower(ReadingConfidence.MEDIUM, "'" + verbWord + "' read as a target of 0");
      } else {
        r.lower(ReadingConfidence.MEDIUM, "no target stated");
      }
    }
    unit(base, targ != null && !rangeHighs.isEmpty() ? t.get(rangeHighs.get(0)) : targ);
    if (r.unit == null && targ != null) {
      unit(base, targ);
    }
    if (r.unit == null && rel != null && !rel.percent && !rel.points && !rel.factor) {
      r.unit = unitOf(rel);
    }
    return r.build();
  }

  /**
   * The units of a relative amount and of the number it would be added to, as "U1 but the
   * baseline in U2", when both are stated and differ; null when they agree or one is unstated.
   */
  private @Nullable String otherUnit(Token rel, @Nullable Token other) {
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

  /** "day" and "days", "USD" and "usd" are one unit. */
  private static boolean sameUnit(String a, String b) {
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
  private static boolean contradicts(RelativeChange c, BigDecimal baseline, BigDecimal target) {
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

  private String text(Token x) {
    return s.substring(x.start, x.end).strip();
  }

  private static boolean ratioWithin(BigDecimal a, BigDecimal b) {
    if (a.signum() == 0 || b.signum() == 0) {
      return false;
    }
    BigDecimal q = b.divide(a, MathContext.DECIMAL64).abs();
    return q.compareTo(new BigDecimal("0.1")) >= 0 && q.compareTo(BigDecimal.TEN) <= 0;
  }

  private static BigDecimal rawValue(Token x) {
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

  private void range(Token low, Token high) {
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

  private void setTarget(@Nullable Token targ, @Nullable BigDecimal value) {
    if (targ != null) {
      r.target = value != null ? value : targ.value;
      r.targetSpan = Span.of(s, targ.start, targ.end);
    }
  }

  private @Nullable BigDecimal verbFactor() {
    if (verbIndex < 0) {
      return null;
    }
    String w = verbWord;
    if (w.startsWith("doubl")) {
      return BigDecimal.valueOf(2);
    }
    if (w.startsWith("tripl")) {
      return BigDecimal.valueOf(3);
    }
    if (w.startsWith("quadrupl")) {
      return BigDecimal.valueOf(4);
    }
    if (w.startsWith("halv") || ((w.startsWith("cut") || w.startsWith("reduc"))
        && (low(verbIndex + 1).equals("in") || containsSeq("by", "half") || containsSeq("in", "half"))
        && (containsSeq("in", "half") || containsSeq("by", "half")))) {
      return new BigDecimal("0.5");
    }
    return null;
  }

  private boolean containsSeq(String a, String b) {
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.get(i).is(a) && t.get(i + 1).is(b)) {
        return true;
      }
    }
    return false;
  }

  private RelativeChange relativeOf(Token rel, @Nullable Token base) {
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

  private static @Nullable BigDecimal inverse(RelativeChange c, BigDecimal target) {
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

  private boolean lowerIsBetter(@Nullable Token near) {
    if (near != null && near.unitWord != null
        && Lexicon.TIME_UNITS.contains(near.unitWord.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (near != null) {
      int i = t.indexOf(near);
      if (i + 1 < t.size() && t.get(i + 1).isWord()
          && Lexicon.TIME_UNITS.contains(t.get(i + 1).lower) && !t.get(i + 1).is("business")) {
        return true;
      }
    }
    for (Token x : t) {
      // time units count only next to the value itself: "within 30 days" is a time frame
      if (x.isWord() && Lexicon.LOWER_IS_BETTER.contains(x.lower)
          && !Lexicon.TIME_UNITS.contains(x.lower)) {
        if (x.is("time") || x.is("times")) {
          // "on time", "full time" are not durations
          int i = t.indexOf(x);
          String prev = low(i - 1);
          if (prev.equals("on") || prev.equals("full") || prev.equals("real") || prev.equals("part")) {
            continue;
          }
        }
        return true;
      }
    }
    return false;
  }

  private KeyResultReading noNumbers() {
    java.util.Optional<String> activity = activities.activityVerb(s);
    if (activity.isPresent()) {
      r.kind = KeyResultKind.MILESTONE;
      r.direction = null;
      int at = s.indexOf(activity.get());
      r.directionSpan = null;
      r.note("no number: '" + activity.get() + "' is an activity, read as a milestone (done or not)");
      if (at < 0) {
        r.confidence = ReadingConfidence.MEDIUM;
      }
      return r.build();
    }
    if (verbClass == VerbClass.INCREASE || verbClass == VerbClass.DECREASE
        || verbClass == VerbClass.AMBIGUOUS) {
      r.kind = KeyResultKind.METRIC;
      Token vt = t.get(verbIndex);
      r.directionSpan = Span.of(s, vt.start, vt.end);
      if (verbClass == VerbClass.AMBIGUOUS) {
        r.direction = lowerIsBetter(null) ? Direction.DECREASE : Direction.INCREASE;
        r.lower(ReadingConfidence.LOW, "direction " + r.direction.jsonName() + " inferred from the metric");
      } else {
        r.direction = verbClass == VerbClass.INCREASE ? Direction.INCREASE : Direction.DECREASE;
      }
      if (verbWord.startsWith("eliminat") || verbWord.startsWith("eradicat")) {
        r.target = BigDecimal.ZERO;
        r.lower(ReadingConfidence.MEDIUM, "'" + verbWord + "' read as a target of 0");
        r.note("no baseline stated");
        return r.build();
      }
      r.lower(ReadingConfidence.LOW, "no baseline stated");
      r.lower(ReadingConfidence.LOW, "no target stated: not measurable as written");
      return r.build();
    }
    r.kind = KeyResultKind.MILESTONE;
    r.lower(ReadingConfidence.MEDIUM, "no number and no change verb: read as a milestone (done or not)");
    return r.build();
  }

  // ---------------------------------------------------------------- unit

  private void unit(@Nullable Token base, @Nullable Token targ) {
    String tu = targ == null ? null : unitOf(targ);
    String bu = base == null ? null : unitOf(base);
    if (tu != null) {
      r.unit = tu;
      if (bu != null && !sameUnit(bu, tu) && !(bu.equals("%") || tu.equals("%"))) {
        r.lower(ReadingConfidence.MEDIUM, "baseline in " + bu + " but target in " + tu);
      }
    } else if (bu != null) {
      r.unit = bu;
      spanOfUnit(base);
    }
  }

  private void spanOfUnit(@Nullable Token x) {
    if (x != null && x.unitStart >= 0 && r.unitSpan == null) {
      r.unitSpan = Span.of(s, x.unitStart, x.unitEnd);
    }
  }

  private @Nullable String unitOf(Token x) {
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
    int i = t.indexOf(x) + 1;
    int lastIndex = -1;
    int count = 0;
    while (i < t.size() && count < 3) {
      Token w = t.get(i);
      if (!w.isWord() || UNIT_STOPS.contains(w.lower) || Lexicon.MONTHS.contains(w.lower)
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
