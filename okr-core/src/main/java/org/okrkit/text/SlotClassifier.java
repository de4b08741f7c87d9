package org.okrkit.text;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.text.Analysis.Slot;
import org.okrkit.text.Lexicon.VerbClass;

/**
 * Phase 5 of reading a sentence: the part each candidate number plays, from the words around it:
 * baseline ("from", "currently", "(was …)"), target ("to", a verb, a comparator), relative change
 * ("by 20%", "a 15% reduction", "3x"), the high end of a range, or nothing (left for the
 * assembler to decide or to report).
 */
final class SlotClassifier extends Phase {
  SlotClassifier(Analysis a) {
    super(a);
  }

  int meaningfulBefore(int v, Set<String> fillers) {
    int k = v - 1;
    while (k >= 0 && !t.get(k).isNum()) {
      String w = t.get(k).lower;
      if (Lexicon.APPROX.contains(w)) {
        approx[v] = true;
      } else if (!fillers.contains(w)) {
        break;
      }
      k--;
    }
    return k;
  }

  void classify(int v) {
    Token x = t.get(v);
    if (slots[v] != Slot.NONE) {
      return;
    }
    // ranges: "40–50%", "between 40 and 50"
    Token next = tok(v + 1);
    if (next != null && Lexicon.DASHES.contains(next.text) && tok(v + 2) != null && t.get(v + 2).isNum()
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
    if (next != null && Lexicon.ARROWS.contains(next.text) && tok(v + 2) != null && t.get(v + 2).isNum()) {
      slots[v] = Slot.BASELINE;
      slots[v + 2] = Slot.TARGET;
      return;
    }
    if (x.factor && !multiplierMeant(v)) {
      // "post 5 times a day", "2x SREs", "pipeline at 3x target": a count or a ratio, not a change
      x.factor = false;
      if (x.timesWord) {
        x.unitWord = "times";
      }
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
        if (a.verbClass == null || a.verbClass == VerbClass.REACH || a.verbClass == VerbClass.AMBIGUOUS) {
          boolean up = Lexicon.CHANGE_NOUNS_UP.contains(low(after));
          a.setVerb(after, up ? VerbClass.INCREASE : VerbClass.DECREASE);
        }
        return;
      }
    }
    // "6 more collaborators", "3 additional regions": a change by an amount
    if (Lexicon.MORE_AMOUNT.contains(low(v + 1)) && tok(v + 2) != null && t.get(v + 2).isWord()
        && !low(v + 2).equals("than") && !x.percent && !low(v - 1).equals("by")) {
      slots[v] = Slot.RELATIVE;
      if (a.verbClass == null || a.verbClass == VerbClass.REACH) {
        a.setVerb(v + 1, low(v + 1).equals("fewer") || low(v + 1).equals("less")
            ? VerbClass.DECREASE : VerbClass.INCREASE);
      }
      return;
    }
    int k = meaningfulBefore(v, Lexicon.NOTHING);
    String w = low(k);
    // comparators directly before (after approximations)
    int[] cmpStart = new int[1];
    Direction side = comparatorBefore(k, cmpStart);
    if (side != null && low(cmpStart[0] - 1).equals("by")
        && !Lexicon.MEASURED_BY.contains(low(cmpStart[0] - 2))) {
      // "outperforms the baseline by at least 15%": a relative change with a bound on it
      slots[v] = Slot.RELATIVE;
      return;
    }
    if (side != null) {
      sides[v] = side;
      slots[v] = Slot.TARGET;
      return;
    }
    // "Strive to reduce ten percent of open-source software mistakes": a share of what is to be
    // cut, a relative change
    if (a.verbClass == VerbClass.DECREASE && k == a.verbIndex && x.percent
        && low(v + 1).equals("of") && !low(v + 2).equals("the")) {
      slots[v] = Slot.RELATIVE;
      r.lower(ReadingConfidence.MEDIUM, "'" + text(x) + " of' after '" + a.verbWord
          + "' read as the share to cut, a relative change");
      return;
    }
    // "by 20%": relative
    int kb = meaningfulBefore(v, Lexicon.BY_FILLERS);
    if (low(kb).equals("by") && kb == v - 1 && countOfPeopleOrThings(v) && !changeVerb()
        && ContextMarker.isParticiple(low(kb - 1))) {
      // "a feature used by 10 team members": with no change verb, the number after a participle
      // and "by" counts who does it, it is no change by an amount
      slots[v] = Slot.TARGET;
      r.lower(ReadingConfidence.MEDIUM, "'by " + text(x) + "' after '" + t.get(kb - 1).text
          + "' read as a count of who does it, not a change");
      return;
    }
    if (low(kb).equals("by")) {
      slots[v] = Slot.RELATIVE;
      return;
    }
    if (isChangeNounBefore(k)) {
      slots[v] = Slot.RELATIVE;
      return;
    }
    // baseline markers
    int kf = meaningfulBefore(v, Lexicon.FILLERS);
    String wf = low(kf);
    boolean markerSkipped = false;
    for (int j = kf + 1; j < v; j++) {
      markerSkipped |= Lexicon.BASELINE_MARKERS.contains(low(j));
    }
    // "interviews from 10 of our existing implementers": the people a count is drawn from, not
    // where the key result starts
    int ofAt = v + 1 < t.size() && !t.get(v + 1).isWord() && !t.get(v + 1).isNum()
        && adjacent(v, v + 1) ? v + 2 : v + 1;
    boolean drawnFrom = wf.equals("from") && low(ofAt).equals("of")
        && (low(ofAt + 1).equals("our") || low(ofAt + 1).equals("the")
            || low(ofAt + 1).equals("their") || low(ofAt + 1).equals("its")
            || low(ofAt + 1).equals("these") || low(ofAt + 1).equals("all"));
    if (drawnFrom) {
      slots[v] = Slot.TARGET;
      return;
    }
    // "Get feedback on the prototype from 5 users", "contributions from 30 allies": with no
    // change verb and no "to" after it, "from" a count of people or things says where the work
    // draws on, not where the key result starts
    if (wf.equals("from") && kf == v - 1 && countOfPeopleOrThings(v) && !changeVerb()
        && !toAfter(v)) {
      slots[v] = Slot.TARGET;
      r.lower(ReadingConfidence.MEDIUM, "'from " + text(x) + "' with no change and no 'to' read"
          + " as the count, not a baseline");
      return;
    }
    if (markerSkipped
        || Lexicon.BASELINE_MARKERS.contains(wf)
        || (low(kf - 1).equals("(") && low(kf + 1).equals(":") && kf >= 0
            && ContextMarker.periodLabel(t.get(kf)))
        || (wf.equals("to") && (low(kf - 1).equals("compared") || low(kf - 1).equals("relative")))
        || (wf.equals("with") && low(kf - 1).equals("compared"))
        || (wf.equals("at") && (low(kf - 1).equals("starting") || low(kf - 1).equals("started")
            || low(kf - 1).equals("was") || low(kf - 1).equals("were")))) {
      slots[v] = Slot.BASELINE;
      return;
    }
    // "a returning class of 1,317 to 1,340": after "of" or "between", "A to B" is a range
    if (next != null && next.is("to") && tok(v + 2) != null && t.get(v + 2).isNum()
        && t.get(v + 2).role == Token.Role.VALUE
        && (low(v - 1).equals("of") || low(v - 1).equals("between"))) {
      slots[v + 2] = Slot.RANGE_HIGH;
    }
    // "A to B" with no "from": A is the baseline when a change verb is there
    if (next != null && next.is("to") && tok(v + 2) != null
        && slots[v + 2] != Slot.RANGE_HIGH && t.get(v + 2).isNum()
        && t.get(v + 2).role == Token.Role.VALUE && a.verbClass != null) {
      slots[v] = Slot.BASELINE;
      return;
    }
    Direction postCmp = comparatorAfter(v);
    if (postCmp != null) {
      // "CSAT of 4.5 or better": the comparator after the number decides, whatever precedes it
      sides[v] = postCmp;
      slots[v] = Slot.TARGET;
      return;
    }
    if (Lexicon.TARGET_MARKERS.contains(w) || Lexicon.TARGET_MARKERS.contains(wf) || Lexicon.ARROWS.contains(w)) {
      slots[v] = Slot.TARGET;
      return;
    }
    if (kf >= 0 && kf == a.verbIndex) {
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

  /** A plain count before a noun that is no time unit: "5 users", "30 allies", "2 teams". */
  private boolean countOfPeopleOrThings(int v) {
    Token x = t.get(v);
    Token next = tok(v + 1);
    return !x.percent && x.currency == null && !x.hasUnit() && !x.factor && !x.points
        && next != null && next.isWord() && !Lexicon.TIME_UNITS.contains(next.lower)
        && !Lexicon.UNIT_STOPS.contains(next.lower) && !Lexicon.CHANGE_NOUNS_UP.contains(next.lower)
        && !Lexicon.CHANGE_NOUNS_DOWN.contains(next.lower);
  }

  private boolean changeVerb() {
    return a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE
        || a.verbClass == VerbClass.AMBIGUOUS;
  }

  /** The index of the sentence's last "to" or arrow, found once (-1: none); -2 before that. */
  private int lastTo = -2;

  /** Whether "to" or an arrow follows later in the sentence (a from → to). */
  private boolean toAfter(int v) {
    if (lastTo == -2) {
      lastTo = -1;
      for (int k = t.size() - 1; k >= 0 && lastTo < 0; k--) {
        if (t.get(k).is("to") || Lexicon.ARROWS.contains(t.get(k).text)) {
          lastTo = k;
        }
      }
    }
    return lastTo > v;
  }

  /** "No customer waits more than 2 days": the bound is a most, not a least. */
  private boolean sentenceNegated() {
    return !t.isEmpty() && (t.get(0).is("no") || t.get(0).is("none"));
  }

  /** Whether "3x", "5 times" multiplies the metric: after a change verb, or before "faster". */
  private boolean multiplierMeant(int v) {
    if (Lexicon.PLAN_WORDS.contains(low(v + 1))) {
      return false; // "pipeline at 3x target": a ratio to a plan, not a change
    }
    boolean changeVerb = a.verbClass == VerbClass.INCREASE || a.verbClass == VerbClass.DECREASE
        || a.verbClass == VerbClass.AMBIGUOUS;
    return (changeVerb && a.verbIndex < v) || Lexicon.COMPARATIVES.contains(low(v + 1))
        || Lexicon.CHANGE_NOUNS_UP.contains(low(v + 1))
        || Lexicon.CHANGE_NOUNS_DOWN.contains(low(v + 1));
  }

  boolean isChangeNounBefore(int k) {
    // "growth of 20%", "a reduction of 15%"
    if (!low(k).equals("of")) {
      return false;
    }
    String noun = low(k - 1);
    return Lexicon.CHANGE_NOUNS_OF
        .contains(noun);
  }

  /** A comparator phrase ending at token {@code k}, its side, and where it starts. */
  @Nullable Direction comparatorBefore(int k, int[] start) {
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
      boolean negated = w3.equals("no") || w3.equals("not") || w3.equals("never")
          || sentenceNegated();
      if (w2.equals("more") || w2.equals("greater") || w2.equals("higher") || w2.equals("over")
          || w2.equals("bigger") || w2.equals("larger") || w2.equals("better")) {
        return negated ? Direction.AT_MOST : Direction.AT_LEAST;
      }
      if (w2.equals("less") || w2.equals("fewer") || w2.equals("lower") || w2.equals("smaller")
          || w2.equals("shorter")) {
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
      if (negatedBefore(k)) {
        // "Don't let churn exceed 5%": a ceiling, stated as what must not happen
        return Direction.AT_MOST;
      }
      return a.verbIndex == k ? null : Direction.AT_LEAST;
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
      case "above", "over", "beyond" -> sentenceNegated() ? Direction.AT_MOST : Direction.AT_LEAST;
      case "≥", ">=", ">", "min", "minimum" -> Direction.AT_LEAST;
      case "below", "under", "≤", "<=", "=<", "<", "max", "maximum", "sub", "within" ->
          Direction.AT_MOST;
      default -> null;
    };
  }

  /** A negation a few words before token {@code k}: "don't let churn exceed", "never goes over". */
  boolean negatedBefore(int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (Lexicon.NEGATIONS.contains(low(j))) {
        return true;
      }
    }
    return false;
  }

  /** "99.9% or higher", "50+", "2 hours max". */
  @Nullable Direction comparatorAfter(int v) {
    if (t.get(v).plus) {
      return Direction.AT_LEAST;
    }
    for (int k = v + 1; k < Math.min(t.size(), v + 5); k++) {
      String w = low(k);
      String w2 = low(k + 1);
      if (t.get(k).isNum()) {
        return null;
      }
      if ((w.equals("or") || w.equals("and")) && Lexicon.MORE_WORDS.contains(w2)) {
        return Direction.AT_LEAST;
      }
      if ((w.equals("or") || w.equals("and")) && Lexicon.LESS_WORDS.contains(w2)) {
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

}
