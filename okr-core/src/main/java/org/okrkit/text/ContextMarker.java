package org.okrkit.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Phase 3 of reading a sentence: tells the headline numbers from the context around them. A year,
 * a date, a day of the month, an ordinal, list numbering, a scale after a slash ("4.5/5"), a
 * fraction are never values ({@link Token.Role#HARD}); a time frame ("within 30 days"), a rank or
 * version ("top 3", "v2"), a modifier ("30-day retention") or a qualifier ("3+ products") is
 * context ({@link Token.Role#SOFT}), used only when nothing else is there.
 */
final class ContextMarker extends Phase {
  ContextMarker(Analysis a) {
    super(a);
  }

  private String shortText(Token x) {
    String w = text(x);
    return w.length() > 40 ? w.substring(0, 37) + "..." : w;
  }

  private boolean onlySpaces(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Tokenizer.isSpace(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Numbers inside parentheses qualify what is outside ("(>1 concurrent user)", "Staked (4)"),
   * unless the parenthesis states a baseline ("(currently 31)", "(it was 8 in Q2)"), a change
   * ("(40% increase)"), or is the bare number itself ("(50+)").
   */
  private void parentheses() {
    int open = -1;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.is("(")) {
        open = i;
      } else if (x.is(")") && open >= 0) {
        qualify(open, i);
        open = -1;
      }
    }
  }

  private void qualify(int open, int close) {
    boolean baseline = false;
    int numbers = 0;
    int words = 0;
    for (int k = open + 1; k < close; k++) {
      Token x = t.get(k);
      if (x.isNum()) {
        numbers++;
        if (Lexicon.CHANGE_NOUNS_UP.contains(low(k + 1))
            || Lexicon.CHANGE_NOUNS_DOWN.contains(low(k + 1))) {
          return;
        }
      } else if (x.isWord()) {
        words++;
        baseline |= Lexicon.PAREN_BASELINE.contains(x.lower)
            // "(Q2: 85%)", "(2025: 61%)": the figure of an earlier period, a baseline
            || (k == open + 1 && periodLabel(x) && t.get(k + 1).is(":"));
      }
    }
    boolean bound = numbers == 1 && words == 0 && (t.get(close - 1).plus
        || (close - open > 2 && Lexicon.BOUND_SYMBOLS.contains(t.get(open + 1).text)));
    boolean partial = baseline && numbers >= 2 && !hasToOrArrow(open, close);
    if (partial) {
      // "(currently 10 in Europe, 4 in Asia)": several partial figures, no single baseline
      r.lower(ReadingConfidence.MEDIUM, "several partial figures in parentheses: no single"
          + " baseline");
    }
    // "(70% to 80%)" after "10% increase in …": the change stated as from → to, read as such
    boolean fromTo = numbers == 2 && words <= 1 && hasToOrArrow(open, close)
        && t.get(open + 1).isNum();
    if ((baseline && !partial) || bound || fromTo || close - open > 12) {
      return;
    }
    for (int k = open + 1; k < close; k++) {
      Token x = t.get(k);
      if (x.isNum() && x.role == Token.Role.VALUE) {
        x.role = Token.Role.SOFT;
      }
    }
  }

  /**
   * Numbers that name rather than measure: a version after a product's name ("Upgrade to
   * Kubernetes 1.25"), and after a task verb a definite scope ("Migrate the 340 legacy forms",
   * "Roll out SSO to all 12 offices", "to 100% of users") or a named exercise ("Run a 360
   * review"). They are context, and the reading says which number it set aside.
   */
  private void versionsAndScopes() {
    java.util.Optional<String> task = a.activities.activityVerb(s);
    boolean taskOpening = task.isPresent() && t.size() > 2
        && s.indexOf(task.get()) >= 0 && s.indexOf(task.get()) <= t.get(Math.min(2, t.size() - 1)).start;
    for (int i = 1; i < t.size(); i++) {
      Token x = t.get(i);
      if (!x.isNum() || x.role != Token.Role.VALUE || x.multiplied || x.currency != null) {
        continue;
      }
      Token prev = t.get(i - 1);
      Token next = tok(i + 1);
      boolean nothingCounted = next == null || !next.isWord() || Lexicon.UNIT_STOPS.contains(next.lower);
      // "Gerrit 3.5 release", "JDK 11", "API 2.0": a dotted number or a known versioned name
      boolean versionLike = x.value.scale() > 0 && !x.hasUnit() && !x.percent;
      if (!x.percent && prev.isWord() && i >= 2 && !x.hasUnit()
          && ((isProductName(prev.text) && (nothingCounted || versionLike))
              || Lexicon.VERSIONED_NAMES.contains(prev.lower)
              || (versionLike && x.text.endsWith(".0") && Character.isUpperCase(prev.text.charAt(0))))) {
        setAside(x, "a version");
        continue;
      }
      // "Kubernetes 1.25 upgrade done": a dotted number after the name a key result opens with,
      // before the noun of the work done on it, is that name's version
      if (i == 1 && versionLike && Character.isUpperCase(prev.text.charAt(0))
          && !Lexicon.isVerb(prev.lower) && next != null && Lexicon.WORK_NOUNS.contains(next.lower)) {
        setAside(x, "a version");
        continue;
      }
      // "A single dashboard for all 12 teams": "all N …" names a definite scope, not a count
      if (prev.is("all") && !x.percent && !x.hasUnit() && x.value.scale() == 0 && next != null
          && next.isWord() && !Lexicon.UNIT_STOPS.contains(next.lower)
          && !Lexicon.TIME_UNITS.contains(next.lower)) {
        setAside(x, "a definite scope");
        continue;
      }
      // "New onboarding flow live for 100% of new signups", "available to 20% of users": how
      // far a deliverable reaches once it is in place, not a value the key result moves
      if (x.percent && (prev.is("for") || prev.is("to")) && i >= 2
          && Lexicon.REACH_STATES.contains(low(i - 2))) {
        setAside(x, "a roll-out scope");
        continue;
      }
      if (!taskOpening) {
        // "All C100 systems are monitoring the 4 golden signals": after a task verb anywhere in
        // the sentence, "the N …" names a definite scope too
        Token verb = tok(i - 2);
        if (prev.is("the") && verb != null && verb.isWord() && !x.percent && !x.hasUnit()
            && a.activities.activityVerb(verb.text).isPresent() && !Lexicon.isVerb(verb.lower)) {
          setAside(x, "a scope");
        }
        continue;
      }
      String before = prev.lower;
      String determiner = determinerBefore(i);
      boolean definite = determiner.equals("the") || determiner.equals("all")
          || determiner.equals("these") || determiner.equals("those") || determiner.equals("our")
          || determiner.equals("its");
      if (definite && !x.percent && !x.hasUnit()) {
        setAside(x, "a scope");
      } else if (x.percent && (x.value.compareTo(BigDecimal.valueOf(100)) == 0
              || (low(i + 1).equals("of") && before.equals("to")))
          && (before.equals("to") || before.equals("for"))) {
        // ("Publish error documentation for 90% of the API endpoints" is how much of the work is
        // done: a value; "for 100% of" and "to N% of" are how far it reaches)
        // "Roll out SSO to 100% of users", "Ship LayoutNG to 10% of stable users": how far a
        // launch reaches, not a value the key result moves
        setAside(x, "a roll-out scope");
      } else if (x.percent && before.equals("for") && low(i + 1).equals("of")) {
        // "Publish error documentation for 90% of the API endpoints": read as how much of the
        // work is done, but it may be how far a launch reaches ("Enable X for 5% of users")
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' after a task verb may be how far"
            + " the work reaches (a roll-out scope) rather than a value");
      } else if ((before.equals("a") || before.equals("an")) && !x.hasUnit() && next != null
          && next.isWord() && !next.lower.endsWith("s") && !Lexicon.MEASURE_NOUNS.contains(next.lower)
          && !Lexicon.UNIT_STOPS.contains(next.lower)) {
        setAside(x, "a name");
      }
    }
  }

  /**
   * The determiner before the number at {@code i}, skipping up to two describing words: "the
   * main two cities" gives "the"; the word right before the number when there is none.
   */
  private String determinerBefore(int i) {
    int k = i - 1;
    for (int skipped = 0; skipped < 2 && k >= 1; skipped++) {
      Token w = t.get(k);
      if (!w.isWord() || !Character.isLowerCase(w.text.charAt(0))
          || Lexicon.UNIT_STOPS.contains(w.lower) || Lexicon.isVerb(w.lower)
          || w.is("a") || w.is("an") || w.is("the") || w.is("all") || w.is("our")
          || w.is("these") || w.is("those") || w.is("its") || w.is("and") || w.is("or")) {
        break;
      }
      k--;
    }
    return k < i - 1 && k >= 0 ? low(k) : low(i - 1);
  }

  /**
   * "The program runs with a test group of ten members", "a panel of 12 experts": a number after
   * "of" that sizes one group. After "with" it qualifies the work (context); elsewhere it may
   * still be the count the key result asks for, so the reading is never more than MEDIUM.
   */
  private void groupSizes() {
    for (int i = 2; i < t.size(); i++) {
      Token x = t.get(i);
      if (!x.isNum() || x.role != Token.Role.VALUE || x.percent || x.currency != null
          || !low(i - 1).equals("of") || !Lexicon.GROUP_NOUNS.contains(low(i - 2))) {
        continue;
      }
      int article = -1;
      for (int k = i - 3; k >= Math.max(0, i - 5); k--) {
        if (t.get(k).is("a") || t.get(k).is("an") || t.get(k).is("one")) {
          article = k;
          break;
        }
        if (!t.get(k).isWord()) {
          break;
        }
      }
      if (article < 0) {
        continue;
      }
      if (low(article - 1).equals("with")) {
        setAside(x, "the size of a group the work is done with");
      } else {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' sizes one group ('" + t.get(i - 2).text
            + " of'): it may qualify rather than count");
      }
    }
  }

  /**
   * "…, including identifying up to three KPIs", "(e.g., 4 trainings)", "such as 2 guides": a
   * number in a list of examples illustrates the work; it is never the key result's value.
   */
  private void examples() {
    int depth = 0;
    int from = -1;
    int fromDepth = 0;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.is("(")) {
        depth++;
      } else if (x.is(")")) {
        if (from >= 0 && depth == fromDepth && depth > 0) {
          from = -1;
        }
        depth = Math.max(0, depth - 1);
      }
      if (from < 0 && i > 0 && (Lexicon.EXAMPLE_WORDS.contains(x.lower)
          || (x.is("such") && low(i + 1).equals("as")))) {
        from = i;
        fromDepth = depth;
      } else if (from >= 0 && (x.is(";") || (x.is(".") && tok(i + 1) != null
          && t.get(i + 1).isWord() && Character.isUpperCase(t.get(i + 1).text.charAt(0))))) {
        from = -1;
      } else if (from >= 0 && x.isNum() && x.role != Token.Role.HARD) {
        x.role = Token.Role.HARD;
        if (a.setAside == null) {
          a.setAside = "'" + text(x) + "' read as part of an example ('" + t.get(from).text
              + "'), not a value";
        }
      }
    }
  }

  /** "11 and a half": one number, 11.5, not 11 and a half of something. */
  private void andAHalf() {
    for (int i = 0; i + 3 < t.size(); i++) {
      Token x = t.get(i);
      if (x.isNum() && x.value.scale() == 0 && x.value.signum() >= 0 && !x.hasUnit()
          && t.get(i + 1).is("and") && t.get(i + 2).is("a") && t.get(i + 3).is("half")) {
        x.value = x.value.add(new BigDecimal("0.5"));
        x.end = t.get(i + 3).end;
      }
    }
  }

  /** Whether a number that may be a value comes after token {@code i}. */
  private boolean laterNumber(int i) {
    for (int k = i + 1; k < t.size(); k++) {
      if (t.get(k).isNum() && t.get(k).role != Token.Role.HARD) {
        return true;
      }
    }
    return false;
  }

  /**
   * "3m page views", "1.5m downloads": a lower-case "m" glued to the number before a counted
   * noun is a million, not metres or minutes (those are followed by no noun, or by a time
   * word: "under 1m30s"). Read as a million, and the guess is said.
   */
  private void millionsBeforeCountedNouns() {
    for (int i = 0; i + 1 < t.size(); i++) {
      Token x = t.get(i);
      Token next = t.get(i + 1);
      if (x.isNum() && "m".equals(x.unitWord) && x.currency == null && !x.percent
          && next.isWord() && !Lexicon.UNIT_STOPS.contains(next.lower)
          && !Lexicon.TIME_UNITS.contains(next.lower) && next.lower.length() > 2
          && !Lexicon.isVerb(next.lower)) {
        x.value = Numbers.clean(x.value.multiply(BigDecimal.valueOf(1_000_000)));
        x.multiplied = true;
        x.unitWord = null;
        x.unitStart = -1;
        x.unitEnd = -1;
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + " " + next.text + "' read with 'm' as a"
            + " million");
      }
    }
  }

  /**
   * "a list … ready to be tested by 2 teams": the number after "to be" and a participle and
   * "by" names who will take the next step with the deliverable, not its value or a change.
   */
  private void agentsOfAPlannedStep() {
    for (int i = 4; i + 1 < t.size(); i++) {
      Token x = t.get(i);
      if (x.isNum() && x.role == Token.Role.VALUE && !x.percent && x.currency == null
          && !x.hasUnit() && low(i - 1).equals("by") && t.get(i + 1).isWord()
          && !Lexicon.TIME_UNITS.contains(t.get(i + 1).lower)
          && isParticiple(low(i - 2)) && low(i - 3).equals("be") && low(i - 4).equals("to")) {
        setAside(x, "who takes the next step with the deliverable");
      }
    }
  }

  /**
   * "Medium-term planning process in 3 communities is developed and tested": with no change verb,
   * a count after "in" or "across" inside the subject of a passive end state ("is developed",
   * "are implemented") says where the deliverable is made, it is not its value.
   */
  private void scopesOfAPassiveDeliverable() {
    for (Token w : t) {
      if (w.isWord() && Lexicon.isVerb(w.lower) && (Lexicon.verbClass(w.lower) == Lexicon.VerbClass.INCREASE
          || Lexicon.verbClass(w.lower) == Lexicon.VerbClass.DECREASE
          || Lexicon.verbClass(w.lower) == Lexicon.VerbClass.AMBIGUOUS)) {
        return;
      }
    }
    for (int i = 1; i + 2 < t.size(); i++) {
      Token x = t.get(i);
      if (!x.isNum() || x.role != Token.Role.VALUE || x.percent || x.currency != null
          || x.hasUnit() || !(low(i - 1).equals("in") || low(i - 1).equals("across"))
          || !t.get(i + 1).isWord()) {
        continue;
      }
      for (int k = i + 2; k + 1 < t.size(); k++) {
        Token w = t.get(k);
        if (!w.isWord() || w.is("and") || w.is("or")) {
          break;
        }
        if ((w.is("is") || w.is("are")) && isParticiple(low(k + 1))) {
          setAside(x, "a scope of the deliverable");
          break;
        }
      }
    }
  }

  static boolean isParticiple(String w) {
    return (w.length() > 3 && w.endsWith("ed")) || Lexicon.IRREGULAR_PARTICIPLES.contains(w);
  }

  private void setAside(Token x, String what) {
    x.role = Token.Role.SOFT;
    if (a.setAside == null) {
      a.setAside = "'" + text(x) + "' read as " + what + ", not a value";
    }
  }

  /**
   * A number that opens a capitalised name of three or more words with a capitalised small word
   * in it, in a sentence not written in title case: "Provide free 1,000 Books Before Kindergarten
   * t-shirts" names a programme, it does not count books.
   */
  private void programmeNames() {
    int lowerWords = 0;
    for (Token x : t) {
      if (x.isWord() && Character.isLowerCase(x.text.charAt(0))) {
        lowerWords++;
      }
    }
    if (lowerWords < 2) {
      return;
    }
    for (int i = 0; i + 3 < t.size(); i++) {
      Token x = t.get(i);
      if (!x.isNum() || x.role == Token.Role.HARD || x.percent || x.currency != null) {
        continue;
      }
      int k = i + 1;
      boolean small = false;
      while (k < t.size() && t.get(k).isWord() && Character.isUpperCase(t.get(k).text.charAt(0))
          && !t.get(k).text.equals(t.get(k).text.toUpperCase(Locale.ROOT))) {
        small |= Lexicon.NAME_SMALL_WORDS.contains(t.get(k).lower);
        k++;
      }
      if (k - i - 1 >= 3 && small) {
        x.role = Token.Role.HARD;
        x.name = true;
        if (a.setAside == null) {
          a.setAside = "'" + s.substring(x.start, t.get(k - 1).end) + "' read as a name, not a"
              + " value";
        }
      }
    }
  }

  /**
   * Numbers that say when or how the work is done rather than what it reaches: in a condition
   * clause after a sentence that does not open with a change or keep verb ("Add additional session
   * once attendance reaches 20 participants", "A/B test until the variation receives a 5 percent
   * difference"), and in a clause after a comma headed by a participle that is not a verb the
   * lexicon knows, after a task verb ("Establish a long term plan, forecasting at least 10
   * years"). They are never the value of the key result; the reading notes what it set aside.
   */
  private void conditionsAndQualifyingClauses() {
    int firstWord = -1;
    for (int i = 0; i < t.size() && firstWord < 0; i++) {
      if (t.get(i).isWord()) {
        firstWord = i;
      }
    }
    if (firstWord < 0) {
      return;
    }
    final int first = firstWord;
    final int firstEnd = t.get(first).end;
    Lexicon.VerbClass opening = Lexicon.VERBS.get(t.get(first).lower);
    if (opening == Lexicon.VerbClass.INCREASE || opening == Lexicon.VerbClass.DECREASE
        || opening == Lexicon.VerbClass.THRESHOLD || opening == Lexicon.VerbClass.AMBIGUOUS) {
      return;
    }
    boolean taskOpening = a.activities.activityVerb(s)
        .map(v -> s.indexOf(v) >= 0 && s.indexOf(v) <= firstEnd)
        .orElse(false);
    String why = null;
    for (int i = first + 1; i < t.size(); i++) {
      Token x = t.get(i);
      if (why == null && x.isWord() && Lexicon.CONDITION_WORDS.contains(x.lower)) {
        why = "a condition ('" + x.text + "')";
      } else if (why == null && taskOpening && x.is(",") && i + 1 < t.size()
          && t.get(i + 1).isWord() && t.get(i + 1).lower.endsWith("ing")
          && !Lexicon.VERBS.containsKey(t.get(i + 1).lower)
          && a.activities.activityVerb(t.get(i + 1).lower).isEmpty()) {
        why = "a qualifier of the deliverable ('" + t.get(i + 1).text + "')";
      } else if (why != null && x.isNum() && x.role != Token.Role.HARD) {
        x.role = Token.Role.HARD;
        if (a.setAside == null) {
          a.setAside = "'" + text(x) + "' read as " + why + ", not a value";
        }
      }
    }
  }

  /** "Kubernetes", "Gerrit", "PostgreSQL": a capitalised name that is not an all-caps metric. */
  private static boolean isProductName(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (Character.isLowerCase(w.charAt(k))) {
        return !Lexicon.isVerb(w.toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** "Q2", "H1", "FY25", "2025", a month: a period a figure belongs to. */
  static boolean periodLabel(Token x) {
    return x.lower.matches("(q[1-4]|h[12]|fy\\d{0,4}|cy\\d{0,4})") || Lexicon.MONTHS.contains(x.lower);
  }

  private boolean hasToOrArrow(int open, int close) {
    for (int k = open + 1; k < close; k++) {
      if (t.get(k).is("to") || Lexicon.ARROWS.contains(t.get(k).text)) {
        return true;
      }
    }
    return false;
  }

  void run() {
    boolean sideBySide = false;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.fraction) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' is a fraction: not read as a value");
      }
      if (x.malformed) {
        r.lower(ReadingConfidence.LOW, "'" + shortText(x) + "' is not a number this reader can"
            + " read with certainty (separators or exponent out of place): not read as a value");
      }
      if (x.decimalComma) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' read with a decimal comma as "
            + x.value.toPlainString());
      }
      if (x.dotThousands) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' read with points as thousands"
            + " separators: " + x.value.toPlainString());
      }
      if (x.dotAmbiguous) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' may be a decimal or thousands"
            + " written with a point: read as the decimal " + x.value.toPlainString());
      }
      if (x.stackedScale) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' stacks scale words: read as "
            + x.value.toPlainString());
      }
      // "five five", "10 20": two numbers with nothing between them say neither clearly
      Token next = tok(i + 1);
      if (!sideBySide && x.isNum() && !x.malformed && next != null && next.isNum()
          && !next.malformed && x.role != Token.Role.HARD && next.role != Token.Role.HARD
          && (x.wordNumber || next.wordNumber || !x.hasUnit()) && onlySpaces(x.end, next.start)) {
        sideBySide = true;
        r.lower(ReadingConfidence.LOW, "'" + s.substring(x.start, next.end).strip()
            + "' is two numbers side by side: which one is meant is unclear");
      }
    }
    int[] depth = new int[t.size()];
    for (int i = 0, d = 0; i < t.size(); i++) {
      if (t.get(i).is("(")) {
        d++;
      } else if (t.get(i).is(")") && d > 0) {
        d--;
      }
      depth[i] = d;
    }
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
          && (Lexicon.YEAR_PREV.contains(prev) || Lexicon.MONTHS.contains(prev) || prev.equals("the")
              || prev.equals("our") || prev.equals("this") || prev.equals("next")
              || next == null || next.is(".") || next.is(",") || next.is(")")
              || (next.isWord() && Lexicon.YEAR_NEXT.contains(next.lower))
              || (prev.equals("the") && prev2.equals("of")))) {
        x.role = Token.Role.HARD;
        continue;
      }
      // "2017 Internet Health Report contains contributions from 30 allies": a year opening the
      // sentence before a capitalised name is the name's year when another number follows
      if (i == 0 && plain && x.text.length() == 4 && x.value.compareTo(BigDecimal.valueOf(1900)) >= 0
          && x.value.compareTo(BigDecimal.valueOf(2100)) <= 0 && next != null && next.isWord()
          && Character.isUpperCase(next.text.charAt(0)) && laterNumber(i)) {
        x.role = Token.Role.HARD;
        continue;
      }
      // "from 2022-2023", "FY2024–2025": a range of years is a period, never a value
      if (plain && x.text.length() == 4 && x.value.compareTo(BigDecimal.valueOf(1900)) >= 0
          && x.value.compareTo(BigDecimal.valueOf(2100)) <= 0 && next != null
          && Lexicon.DASHES.contains(next.text) && tok(i + 2) != null && t.get(i + 2).isNum()
          && t.get(i + 2).text.length() == 4 && t.get(i + 2).value.compareTo(x.value) > 0
          && t.get(i + 2).value.subtract(x.value).compareTo(BigDecimal.TEN) <= 0) {
        x.role = Token.Role.HARD;
        t.get(i + 2).role = Token.Role.HARD;
        continue;
      }
      // "Points # 1,2 & 3": numbering after '#', with the numbers listed after it
      if (prev.equals("#") && !x.percent && x.currency == null) {
        x.role = Token.Role.HARD;
        for (int j = i + 1; j + 1 < t.size() && (t.get(j).is(",") || t.get(j).is("&")
            || t.get(j).is("and")) && t.get(j + 1).isNum(); j += 2) {
          t.get(j + 1).role = Token.Role.HARD;
        }
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
          && t.get(i + 2).isNum() && adjacent(i + 1, i + 2) && Lexicon.DATE_PREV.contains(prev)) {
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
        // "the number of one-sprint increments": a modifier of the counted noun after "of" is
        // never the value
        x.role = prev.equals("of") ? Token.Role.HARD : Token.Role.SOFT;
        // "at the 30, 60, and 90-day marks": the numbers listed before the modifier are too
        for (int j = i - 1; j >= 1 && (t.get(j).is(",") || t.get(j).is("and") || t.get(j).is("or")
            || t.get(j).is("&")); j--) {
          Token listed = t.get(j - 1);
          if (listed.isNum() && !listed.hasUnit() && listed.role == Token.Role.VALUE) {
            listed.role = x.role;
            j--;
          } else if (!(listed.is(",") || listed.is("and") || listed.is("or"))) {
            break;
          }
        }
        continue;
      }
      // "customers aged 18-24": an age band qualifies the population
      if (Lexicon.AGE_WORDS.contains(prev) && !x.hasUnit()) {
        x.role = Token.Role.HARD;
        Token dash = tok(i + 1);
        Token high = tok(i + 2);
        if (dash != null && high != null && Lexicon.DASHES.contains(dash.text) && high.isNum()) {
          high.role = Token.Role.HARD;
        }
        continue;
      }
      if (Lexicon.SOFT_CONTEXT_PREV.contains(prev) && !x.hasUnit() && !x.multiplied
          && !(prev.equals("number") && prev2.equals("the"))) {
        x.role = Token.Role.SOFT;
        // "(Year 1)", "Phase 2", "(Year 2, 3)": a numbered period or part names when the work
        // happens, it is never the value of the key result
        Token label = t.get(i - 1);
        if (plain && Lexicon.PERIOD_NAMES.contains(prev)
            && (Character.isUpperCase(label.text.charAt(0)) || depth[i] > 0)) {
          x.role = Token.Role.HARD;
          for (int j = i + 1; j + 1 < t.size()
              && (t.get(j).is(",") || t.get(j).is("and") || t.get(j).is("&"))
              && t.get(j + 1).isNum() && !t.get(j + 1).hasUnit()
              && t.get(j + 1).value.scale() == 0; j += 2) {
            t.get(j + 1).role = Token.Role.HARD;
          }
        }
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
      if (next != null && next.is("or") && Lexicon.MORE_OR_FEWER.contains(low(i + 2))
          && tok(i + 3) != null && t.get(i + 3).isWord() && !Lexicon.UNIT_STOPS.contains(low(i + 3))
          && Lexicon.QUALIFIER_PREV
              .contains(prev)) {
        x.role = Token.Role.SOFT;
        continue;
      }
      // "3+ products": a qualifier, unless it ends the clause or is what the sentence opens
      // with ("Secure 10+ speaking slots", "50+ partners signed")
      boolean opening = i == 0 || (i == 1 && t.get(0).isWord() && !Lexicon.QUALIFIER_PREV.contains(prev));
      if (x.plus && next != null && next.isWord() && !next.is("or") && !opening) {
        x.role = Token.Role.SOFT;
        continue;
      }
      // "a free book after each 100 books": the number after "each", "every" or "per" is the
      // size of the unit a rate counts by, not the headline
      if ((prev.equals("each") || prev.equals("every") || prev.equals("per")) && !x.percent
          && x.currency == null) {
        x.role = Token.Role.SOFT;
        // "every 4-6 weeks": both ends of the range are the size of the period
        if (next != null && Lexicon.DASHES.contains(next.text) && tok(i + 2) != null
            && t.get(i + 2).isNum()) {
          t.get(i + 2).role = Token.Role.SOFT;
        }
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
        int unitAt = x.unitWord != null ? i : i + 1;
        if ((before.equals("than") && Lexicon.AGE_COMPARATIVES.contains(low(k - 1)))
            || low(unitAt + 1).equals("old")) {
          // "Archive tickets older than 90 days", "issues 30 days old": an age that picks the
          // items, not a value of the key result
          setAside(x, "an age qualifier");
          continue;
        }
        if (Lexicon.TIMEFRAME_PREV.contains(before) && !before.equals("than") && !before.equals("under")) {
          x.role = Token.Role.SOFT;
          continue;
        }
        if ((prev.equals("next") || prev.equals("first") || prev.equals("last")
            || prev.equals("past")) ) {
          x.role = Token.Role.SOFT;
        }
      }
    }
    millionsBeforeCountedNouns();
    scopesOfAPassiveDeliverable();
    agentsOfAPlannedStep();
    parentheses();
    programmeNames();
    versionsAndScopes();
    groupSizes();
    examples();
    conditionsAndQualifyingClauses();
    andAHalf();
    // a currency code written before the number: "USD 5M"
    for (int i = 1; i < t.size(); i++) {
      Token x = t.get(i);
      Token p = t.get(i - 1);
      if (x.isNum() && x.currency == null && p.isWord()
          && Lexicon.CURRENCY_CODES.contains(p.lower)) {
        x.currency = p.text.toUpperCase(Locale.ROOT);
        x.unitStart = p.start;
        x.unitEnd = p.end;
      }
    }
  }

}
