package org.okrkit.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.text.Lexicon.VerbClass;

/**
 * The state one sentence's reading builds up, phase by phase: its tokens (phases 1–2), the role
 * of each number (3), the verb (4), the slot of each number (5) and the reading being assembled
 * with its confidence (6). One instance per sentence; not thread-safe, never shared.
 */
final class Analysis {

  /** The part a number plays in the key result. */
  enum Slot {
    NONE,
    BASELINE,
    TARGET,
    RELATIVE,
    RANGE_HIGH
  }

  final String s;
  final List<Token> t;
  final ActivityCheck activities;
  final KeyResultReading.Builder r;
  final Slot[] slots;
  final @Nullable Direction[] sides;
  final boolean[] approx;
  @Nullable VerbClass verbClass;
  int verbIndex = -1;
  String verbWord = "";
  /** The baseline was converted to the target's unit ("from 3 hours to 45 minutes"). */
  boolean baselineConverted;
  /** A change verb used as an idiom that asks for no change ("double down"), or null. */
  @Nullable String idiom;
  /** A number set aside as a version, a scope or a name ("Kubernetes 1.25", "the 340 forms"). */
  @Nullable String setAside;

  Analysis(String sentence, ActivityCheck activities) {
    this.s = sentence;
    this.t = Tokenizer.tokenize(sentence);
    for (int i = 0; i < t.size(); i++) {
      t.get(i).index = i;
    }
    this.activities = activities;
    this.r = KeyResultReading.builder(sentence);
    this.slots = new Slot[t.size()];
    this.sides = new Direction[t.size()];
    this.approx = new boolean[t.size()];
    Arrays.fill(slots, Slot.NONE);
  }

  List<Integer> values(Token.Role role) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).isNum() && t.get(i).role == role) {
        out.add(i);
      }
    }
    return out;
  }

  void setVerb(int i, VerbClass c) {
    verbIndex = i;
    verbClass = c;
    verbWord = t.get(i).lower;
  }
}
