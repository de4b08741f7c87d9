package org.okrkit.text;

import java.util.List;

/**
 * Reads one key-result sentence; one instance per sentence.
 *
 * <p>The reading is a pipeline of phases over one {@link Analysis}:
 *
 * <ol>
 *   <li>{@link Tokenizer}: words, symbols and dates with their spans;
 *   <li>{@link NumberScanner}: numbers with their sign, currency, multiplier, exponent, percent,
 *       points and attached unit;
 *   <li>{@link ContextMarker}: which numbers are headline values and which are context (years,
 *       dates, versions, scopes, time frames, qualifiers);
 *   <li>{@link VerbFinder}: the verb and what it asks of the number;
 *   <li>{@link SlotClassifier}: baseline, target, relative change or range for each value;
 *   <li>{@link ReadingAssembler} (with {@link UnitReader}): kind, direction, numbers, unit and
 *       the confidence each decision earned;
 *   <li>{@link ConfidenceAudit}: HIGH kept only when every number the sentence states was used
 *       by a rule or is plain context, none sits in a parenthesis unless it is the baseline, no
 *       placeholder is left and the unit is a known one or a counted noun.
 * </ol>
 *
 * <p>Every phase looks at each token a bounded number of times, so a reading is linear in the
 * length of the sentence.
 */
final class SentenceAnalyzer {
  private final Analysis a;

  SentenceAnalyzer(String sentence, ActivityCheck activities) {
    this.a = new Analysis(sentence, activities);
  }

  /**
   * Whether the number at {@code v} is a time frame after "within" and the key result opens with
   * a task verb on "all" or "every" item ("Resolve all … within 7 days", "Triage every bug within
   * 2 days"), with no other number before it.
   */
  private boolean allItemsWithin(int v) {
    boolean taskFirst = (a.verbClass == Lexicon.VerbClass.REACH && a.verbIndex == 0)
        || (a.verbClass == null && !a.t.isEmpty()
            && a.activities.activityVerb(a.s).map(p -> a.s.startsWith(p)).orElse(false));
    if (!taskFirst || v < 2 || !a.t.get(v - 1).is("within")) {
      return false;
    }
    String next = a.t.size() > 1 ? a.t.get(1).lower : "";
    if (!next.equals("all") && !next.equals("every") && !next.equals("each")) {
      return false;
    }
    Token x = a.t.get(v);
    String unit = x.unitWord != null ? x.unitWord.toLowerCase(java.util.Locale.ROOT)
        : v + 1 < a.t.size() ? a.t.get(v + 1).lower : "";
    return Lexicon.TIME_UNITS.contains(unit);
  }

  KeyResultReading analyze() {
    if (a.s.isBlank()) {
      a.r.kind = org.okrkit.model.KeyResultKind.MILESTONE;
      return a.r.lower(ReadingConfidence.LOW, "empty sentence").build();
    }
    new ContextMarker(a).run();
    new VerbFinder(a).run();
    List<Integer> values = a.values(Token.Role.VALUE);
    if (values.isEmpty()) {
      List<Integer> soft = a.values(Token.Role.SOFT);
      if (!soft.isEmpty() && a.verbClass != null && a.verbClass != Lexicon.VerbClass.REACH
          && a.verbIndex < soft.get(0)) {
        values = soft;
        a.r.lower(ReadingConfidence.MEDIUM,
            "the only number reads like context (a time frame or a rank)");
      } else if (!soft.isEmpty() && allItemsWithin(soft.get(0))) {
        // "Resolve all critical alerts within 7 days": a time bound on every item of the work
        values = List.of(soft.get(0));
        a.r.lower(ReadingConfidence.MEDIUM, "'within " + a.t.get(soft.get(0)).text
            + "' read as a bound on every item the work handles");
      } else if (soft.size() == 1 && a.verbClass == null && a.t.get(soft.get(0)).plus) {
        // "a 4+ star rating": the only number, a bound written with its plus
        values = soft;
        a.r.lower(ReadingConfidence.MEDIUM, "'" + a.t.get(soft.get(0)).text
            + "' read as a bound, the only number stated");
      }
    }
    SlotClassifier classifier = new SlotClassifier(a);
    for (int v : values) {
      classifier.classify(v);
    }
    KeyResultReading reading = new ReadingAssembler(a).run(values);
    if (reading.confidence() != ReadingConfidence.HIGH) {
      return reading;
    }
    new ConfidenceAudit(a).run();
    // the builder still holds the reading: build it again only when the audit lowered it
    return a.r.confidence == ReadingConfidence.HIGH ? reading : a.r.build();
  }
}
