package org.okrkit.text;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResultKind;

/**
 * Phase 7 of reading a sentence: the confidence is earned, not assumed. After the reading is
 * assembled, a HIGH reading keeps HIGH only when nothing in the sentence could have carried the
 * number instead: every number the sentence states was used by a rule or is plainly context (a
 * year, a date, list numbering), no figure sits in a parenthesis unless it is the stated baseline,
 * no placeholder leaves a value open, and the target's unit is one the lexicon knows (%, a
 * currency, points, a time or data unit) or a counted noun. Otherwise the reading is capped at
 * MEDIUM with a note naming what might have been misread.
 *
 * <p>Why a separate phase: the earlier phases lower the confidence where they make a guess they
 * know about; this one looks at the sentence as a whole for what no rule explained, which is
 * where readings of text written by other people went wrong at HIGH (a qualifier, a scope, a side
 * figure in parentheses taken for the headline, or the headline taken while a qualifier carried
 * it). It only ever lowers the confidence; it never changes a value.
 */
final class ConfidenceAudit extends Phase {

  ConfidenceAudit(Analysis a) {
    super(a);
  }

  /** Lowers a HIGH reading to MEDIUM when some part of it did not come from a clear rule. */
  void run() {
    if (r.confidence != ReadingConfidence.HIGH) {
      return;
    }
    numbersOutsideTheReading();
    if (r.confidence == ReadingConfidence.HIGH) {
      placeholders();
    }
    if (r.confidence == ReadingConfidence.HIGH) {
      unknownUnit();
    }
    if (r.confidence == ReadingConfidence.HIGH) {
      qualifiedNumber();
    }
    if (r.confidence == ReadingConfidence.HIGH) {
      unmeasuredChange();
    }
    if (r.confidence == ReadingConfidence.HIGH) {
      unknownOpening();
    }
    if (r.confidence == ReadingConfidence.HIGH) {
      headlineInALaterClause();
    }
    if (r.confidence == ReadingConfidence.HIGH) {
      unmarkedBaseline();
    }
  }

  /**
   * A baseline read from a bare "A to B", with no "from", "currently" or arrow to mark it: "A to
   * B" may also be a range ("a class of 1,317 to 1,340"), so the reading is capped at MEDIUM.
   */
  private void unmarkedBaseline() {
    if (r.baseline == null) {
      return;
    }
    for (Token x : t) {
      if (!x.isNum() || !isBaseline(x)) {
        continue;
      }
      Token next = x.index + 1 < t.size() ? t.get(x.index + 1) : null;
      if (next != null && Lexicon.ARROWS.contains(next.text)) {
        return;
      }
      for (int k = x.index - 1; k >= Math.max(0, x.index - 3); k--) {
        String w = t.get(k).lower;
        if (Lexicon.BASELINE_MARKERS.contains(w) || Lexicon.PAREN_BASELINE.contains(w)) {
          return;
        }
      }
      r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + " to …' has no 'from' to mark a"
          + " baseline: it may be a range");
      return;
    }
  }

  /**
   * The sentence opens with a word the reader does not know as a verb, a number or a word that
   * can open a measure ("Weed a minimum of 3% …", "A/B test until …"): what the sentence asks of
   * its number was not read from a rule, so the reading is capped at MEDIUM.
   */
  private void unknownOpening() {
    if (r.baseline != null && r.target != null) {
      // "customer satisfaction 30 -> 45": a from → to says what is asked whatever comes first
      return;
    }
    java.util.Optional<String> activity = a.activities.activityVerb(s);
    if (r.kind == KeyResultKind.MILESTONE && !hasValue() && activity.isPresent()) {
      // "Service deployed on a staging environment": a deliverable read from the activity words
      return;
    }
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.isNum() || x.currency != null || Lexicon.BOUND_SYMBOLS.contains(x.text)) {
        return;
      }
      if (!x.isWord() || (x.lower.endsWith("ly") && x.lower.length() > 4)) {
        continue; // "Successfully launch …", "Formally adopt …"
      }
      int at = activity.map(s::indexOf).orElse(-1);
      if (Lexicon.VERBS.containsKey(x.lower) || Lexicon.OPENING_WORDS.contains(x.lower)
          || Lexicon.PLACEHOLDERS.contains(x.text) || (at >= 0 && at <= x.start)) {
        return;
      }
      r.lower(ReadingConfidence.MEDIUM, "the sentence opens with '" + x.text + "', not a verb or"
          + " a measure the reader knows: what it asks of the number is a guess");
      return;
    }
  }

  /**
   * The verb and the headline number sit on two sides of a clause boundary (a comma, a
   * semicolon, a relative pronoun or a condition): the number may belong to a side clause
   * ("Establish a plan, forecasting at least 10 years", "Add a session once attendance reaches
   * 20"), so the reading is capped at MEDIUM.
   */
  private void headlineInALaterClause() {
    if (a.verbIndex < 0) {
      return;
    }
    int boundary = -1;
    for (int i = a.verbIndex + 1; i < t.size() && boundary < 0; i++) {
      Token x = t.get(i);
      if (x.is(",") || x.is(";") || (x.isWord() && (Lexicon.CONDITION_WORDS.contains(x.lower)
          || Lexicon.RELATIVE_PRONOUNS.contains(x.lower) || x.is("while")
          || x.is("because") || x.is("whilst")))) {
        boundary = i;
      }
    }
    if (boundary < 0) {
      return;
    }
    Token b = t.get(boundary);
    @Nullable Span target = r.targetSpan;
    @Nullable Span relative = r.relativeSpan;
    if ((target != null && target.start() > b.start)
        || (target == null && relative != null && relative.start() > b.start)) {
      r.lower(ReadingConfidence.MEDIUM, "the number comes after '" + b.text + "', in another"
          + " clause than the verb '" + a.verbWord + "': it may qualify rather than measure");
    }
  }

  /** Whether the reading states a value at all (a baseline, a target or a relative change). */
  private boolean hasValue() {
    return r.target != null || r.baseline != null || r.relative != null;
  }

  /**
   * The sentence says something around its number that a rule read but that can change what
   * the number means: a negation ("not", "never", "without"), a rate or per-item qualifier
   * ("per week", "each", "every"), alternatives or a range ("5 or 6", "2-3"), a number that
   * looks like a year, a multiplier of speed ("3x faster": of the time or of the throughput?),
   * a count of items a task transforms (a scope or a count?), or a long sentence with several
   * clauses. Each of these is where readings of other people's text went wrong, so the reading
   * is capped at MEDIUM with a note naming the word.
   */
  private void qualifiedNumber() {
    if (!hasValue()) {
      return;
    }
    int words = 0;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.isWord()) {
        words++;
      }
      if (x.isWord() && Lexicon.NEGATIONS.contains(x.lower) && !(i == 0 && x.is("no"))) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' negates part of the sentence: the"
            + " bound or direction may be the other way");
        return;
      }
      if (Lexicon.RATE_WORDS.contains(x.lower) && !(x.is("/") && i > 0 && t.get(i - 1).isNum()
          && i + 1 < t.size() && t.get(i + 1).isNum())) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' makes a number a rate or a per-item"
            + " qualifier: which number is the headline is a guess");
        return;
      }
      if (x.isNum() && x.role != Token.Role.HARD && i + 2 < t.size()
          && (t.get(i + 1).is("or") || Lexicon.DASHES.contains(t.get(i + 1).text))
          && t.get(i + 2).isNum()) {
        r.lower(ReadingConfidence.MEDIUM, "'" + s.substring(x.start, t.get(i + 2).end).strip()
            + "' states alternatives or a range: which end is meant is a guess");
        return;
      }
      if (x.isNum() && x.factor && i + 1 < t.size()
          && Lexicon.SPEED_COMPARATIVES.contains(t.get(i + 1).lower)) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + " " + text(t.get(i + 1)) + "' may"
            + " multiply a time or a rate: the direction is a guess");
        return;
      }
    }
    if (r.target != null && r.unit == null && r.target.scale() <= 0 && r.targetSpan != null
        && fourDigits(s.substring(r.targetSpan.start(), r.targetSpan.end()))
        && r.target.compareTo(BigDecimal.valueOf(1900)) >= 0
        && r.target.compareTo(BigDecimal.valueOf(2100)) <= 0) {
      r.lower(ReadingConfidence.MEDIUM, "the target " + r.target.toPlainString()
          + " looks like a year");
      return;
    }
    if (r.kind != KeyResultKind.MILESTONE && r.target != null && r.baseline == null
        && Lexicon.TRANSFORM_VERBS.contains(firstWord())) {
      r.lower(ReadingConfidence.MEDIUM, "'" + firstWord() + "' works on existing items: the"
          + " number may be the scope of one deliverable rather than a count");
      return;
    }
    if (words > LONG_SENTENCE_WORDS) {
      r.lower(ReadingConfidence.MEDIUM, "a long sentence (" + words + " words): another clause"
          + " may carry the measure");
    }
  }

  /** "2025" as written: four digits and nothing else (not "2,000", not "$2025"). */
  private static boolean fourDigits(String w) {
    String x = w.strip();
    return x.length() == 4 && x.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** More than this many words, a sentence usually holds several clauses. */
  static final int LONG_SENTENCE_WORDS = 24;

  private String firstWord() {
    for (Token x : t) {
      if (x.isWord()) {
        return x.lower;
      }
    }
    return "";
  }

  /**
   * A milestone read from a task verb, in a sentence that also names a change ("Launch referrals
   * to grow signups", "Make onboarding faster"): it may be a metric stated without its number.
   */
  private void unmeasuredChange() {
    if (r.kind != KeyResultKind.MILESTONE || hasValue()) {
      return;
    }
    for (Token x : t) {
      if (!x.isWord()) {
        continue;
      }
      Lexicon.VerbClass c = Lexicon.VERBS.get(x.lower);
      if (c == Lexicon.VerbClass.INCREASE || c == Lexicon.VerbClass.DECREASE
          || c == Lexicon.VerbClass.AMBIGUOUS || Lexicon.SPEED_COMPARATIVES.contains(x.lower)
          || x.is("more") || x.is("fewer") || x.is("less")) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' names a change: this may be a"
            + " metric stated without its number");
        return;
      }
    }
  }

  /**
   * A number the reading did not use, or one in parentheses: which of the numbers is the
   * headline was decided by position, not by a rule that rules the others out.
   */
  private void numbersOutsideTheReading() {
    int depth = 0;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.is("(") || x.is("[")) {
        depth++;
        continue;
      }
      if ((x.is(")") || x.is("]")) && depth > 0) {
        depth--;
        continue;
      }
      if (x.isNum() && x.name) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' read as a name, not a value");
        return;
      }
      if (!x.isNum() || x.role == Token.Role.HARD) {
        continue;
      }
      boolean used = used(x);
      if (depth > 0 && !(used && isBaseline(x))) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' is a figure in parentheses: it may"
            + " qualify the key result rather than be its measure");
        return;
      }
      if (!used) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' is a number no rule explains (a"
            + " time frame, a scope or a qualifier?): the headline may be another number");
        return;
      }
    }
  }

  private boolean used(Token x) {
    if (slots[x.index] != Analysis.Slot.NONE) {
      return true;
    }
    return overlaps(r.baselineSpan, x) || overlaps(r.targetSpan, x) || overlaps(r.relativeSpan, x);
  }

  private boolean isBaseline(Token x) {
    return slots[x.index] == Analysis.Slot.BASELINE || overlaps(r.baselineSpan, x);
  }

  private static boolean overlaps(@Nullable Span span, Token x) {
    return span != null && span.start() < x.end && x.start < span.end();
  }

  /** "from X to Y", "Exact metric TBD": a value is still open. */
  private void placeholders() {
    for (Token x : t) {
      if (x.isWord() && (Lexicon.PLACEHOLDERS.contains(x.text) || x.lower.equals("tbd")
          || x.lower.equals("tbc"))) {
        r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + "' is a placeholder: a value is still"
            + " open");
        return;
      }
    }
  }

  /**
   * The target's unit is what is counted or measured; a word the lexicon does not know as a unit
   * and that does not read as a counted noun ("3 full time …", "two demos showing …") means the
   * number may count something else than the key result.
   */
  private void unknownUnit() {
    if (r.kind == KeyResultKind.MILESTONE || r.target == null || r.baseline != null) {
      return;
    }
    String unit = r.unit;
    if (unit == null && !markedTarget()) {
      r.lower(ReadingConfidence.MEDIUM, "no unit stated for the target: what it counts is a"
          + " guess");
      return;
    }
    if (unit == null || knownUnit(unit, r.target)) {
      return;
    }
    r.lower(ReadingConfidence.MEDIUM, "'" + unit + "' is not a known unit or a counted noun");
  }

  /**
   * "Grow NPS to 50", "an NRR of 110": the measure is named before a target marker, so the
   * number needs no unit of its own ("get 20 to join" has neither).
   */
  private boolean markedTarget() {
    for (Token x : t) {
      if (x.isNum() && overlaps(r.targetSpan, x)) {
        String prev = low(x.index - 1);
        return prev.equals("to") || prev.equals("of") || prev.equals("at");
      }
    }
    return false;
  }

  private static boolean knownUnit(String unit, BigDecimal target) {
    String u = unit.toLowerCase(Locale.ROOT);
    if (u.equals("%") || UnitReader.scaleOf(u) != null || Lexicon.TIME_UNITS.contains(u)
        || Lexicon.POINT_WORDS.contains(u) || Lexicon.PP_WORDS.contains(u)
        || Lexicon.CURRENCY_CODES.contains(u) || unit.codePoints().anyMatch(
            c -> Character.getType(c) == Character.CURRENCY_SYMBOL)) {
      return true;
    }
    String last = u.contains(" ") ? u.substring(u.lastIndexOf(' ') + 1) : u;
    if (unit.length() >= 2 && unit.chars().allMatch(c -> Character.isUpperCase(c)
        || Character.isDigit(c))) {
      return true; // an acronym names a measure: NPS, ARR, MAU
    }
    if (last.endsWith("ing") || last.endsWith("ly") || last.endsWith("ed")) {
      return false;
    }
    boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")
        && !last.endsWith("us");
    return plural || (target.compareTo(BigDecimal.ONE) == 0 && last.length() > 2);
  }
}
