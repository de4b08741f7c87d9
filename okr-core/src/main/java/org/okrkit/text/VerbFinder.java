package org.okrkit.text;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.text.Lexicon.VerbClass;

/**
 * Phase 4 of reading a sentence: the verb that says what the key result asks of its number
 * (increase, decrease, reach, keep, or a change of unknown direction), the multiplier a verb
 * states ("double", "halve", "cut in half"), and the polarity of the metric when no verb says
 * which way is better (cost, time and errors are better smaller).
 */
final class VerbFinder extends Phase {
  VerbFinder(Analysis a) {
    super(a);
  }

  void run() {
    int reachIndex = -1;
    int depth = 0;
    boolean numberSeen = false;
    boolean relativeClause = false;
    for (int i = 0; i < t.size(); i++) {
      Token x = t.get(i);
      if (x.is("(")) {
        depth++;
      } else if (x.is(")") && depth > 0) {
        depth--;
      }
      numberSeen |= x.isNum() && x.role == Token.Role.VALUE;
      if (x.is(",") || x.is(";") || x.is(".") || x.is(":")) {
        relativeClause = false;
      } else if (numberSeen && Lexicon.RELATIVE_PRONOUNS.contains(x.lower)) {
        // "Delivered 25 or more releases that have measurably improved …": the verbs of a clause
        // qualifying the counted noun, up to the end of that clause
        relativeClause = true;
      }
      if (!x.isWord() || !Lexicon.isVerb(x.lower)) {
        continue;
      }
      // "Gain feedback on onboarding", "Get feedback from 5 users": asking for feedback is work
      if (Lexicon.FEEDBACK_VERBS.contains(x.lower) && low(i + 1).equals("feedback")) {
        if (reachIndex < 0) {
          reachIndex = i;
        }
        continue;
      }
      if (relativeClause && Lexicon.verbClass(x.lower) != VerbClass.REACH) {
        continue;
      }
      // "artifacts focused on improving delivery practices": a gerund after a preposition is
      // part of a phrase, not what the key result asks, once a number or a verb came before it
      // "Articulation of strategic options for bringing local advantage": after a noun of
      // making something that opens the sentence, such a gerund belongs to that noun phrase
      if (x.lower.endsWith("ing") && Lexicon.GERUND_PREPOSITIONS.contains(low(i - 1))
          && (numberSeen || reachIndex >= 0 || nominalOpener())) {
        continue;
      }
      // "deliver better services": 'better' is a verb only where a key result opens with it
      if (x.is("better") && i > 0 && !low(i - 1).equals("to") && !low(i - 1).equals("will")) {
        continue;
      }
      // "(limits, not Jsg)": a remark in parentheses does not say what the key result asks
      if (depth > 0) {
        continue;
      }
      // "4.5 or better", "99% or higher": a comparator after the number, not a verb
      if ((low(i - 1).equals("or") || low(i - 1).equals("and")) && i >= 2 && t.get(i - 2).isNum()) {
        continue;
      }
      // "reach out to", "reaching out": contacting people, not reaching a level
      if (x.lower.startsWith("reach") && low(i + 1).equals("out")) {
        continue;
      }
      // "Double down on onboarding": more effort, not a doubling
      if (Lexicon.NOT_A_CHANGE_AFTER.contains(low(i + 1)) && Lexicon.verbClass(x.lower)
          == VerbClass.INCREASE) {
        a.idiom = x.text + " " + t.get(i + 1).text;
        continue;
      }
      // "5 beta users who retain for 3 weeks": the verb of a clause qualifying the counted noun
      if (numberSeen && Lexicon.RELATIVE_PRONOUNS.contains(low(i - 1))) {
        continue;
      }
      VerbClass c = Lexicon.verbClass(x.lower);
      // "up to", "at least": comparators, not verbs; "lower"/"higher" after a number are nouns
      if (x.is("cut") && low(i + 1).equals("in") && low(i + 2).equals("half")) {
        a.setVerb(i, VerbClass.DECREASE);
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
      a.setVerb(i, c);
      return;
    }
    if (reachIndex >= 0) {
      a.setVerb(reachIndex, VerbClass.REACH);
      return;
    }
    for (int i = 0; i < t.size(); i++) {
      // "Set up the schema", "follow up with", "scale down": a phrasal verb, not a change
      if (Lexicon.PHRASAL_PARTICLE_VERBS.contains(low(i - 1))) {
        continue;
      }
      if ((t.get(i).is("up") && !low(i + 1).equals("to"))
          || (t.get(i).is("down") && a.idiom == null)) {
        a.setVerb(i, t.get(i).is("up") ? VerbClass.INCREASE : VerbClass.DECREASE);
        return;
      }
    }
  }


  /**
   * Whether the sentence opens with a noun of making something ("Articulation of …",
   * "Documentation of …"): a word with a noun ending that the lexicon knows neither as a verb
   * nor as a change.
   */
  private boolean nominalOpener() {
    Token first = tok(0);
    if (first == null || !first.isWord() || !low(1).equals("of")) {
      return false;
    }
    String w = first.lower;
    return Lexicon.isMakingNoun(w);
  }

  @Nullable BigDecimal verbFactor() {
    if (a.verbIndex < 0) {
      return null;
    }
    String w = a.verbWord;
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
        && (low(a.verbIndex + 1).equals("in") || containsSeq("by", "half") || containsSeq("in", "half"))
        && (containsSeq("in", "half") || containsSeq("by", "half")))) {
      return new BigDecimal("0.5");
    }
    return null;
  }

  boolean containsSeq(String a, String b) {
    for (int i = 0; i + 1 < t.size(); i++) {
      if (t.get(i).is(a) && t.get(i + 1).is(b)) {
        return true;
      }
    }
    return false;
  }

  boolean lowerIsBetter(@Nullable Token near) {
    if (near != null && near.unitWord != null
        && Lexicon.TIME_UNITS.contains(near.unitWord.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (near != null) {
      int i = indexOf(near);
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
          int i = indexOf(x);
          String prev = low(i - 1);
          if (Lexicon.NOT_DURATION_BEFORE_TIME.contains(prev)) {
            continue;
          }
        }
        return true;
      }
    }
    return false;
  }

}
