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
