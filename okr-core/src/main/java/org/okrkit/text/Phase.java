package org.okrkit.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What every phase of reading a sentence shares: the one {@link Analysis} they all work on, and
 * small helpers to look at its tokens. The aliases point at the analysis' own (mutable) objects,
 * so a phase sees what the previous phases decided.
 */
abstract class Phase {
  final Analysis a;
  final String s;
  final List<Token> t;
  final KeyResultReading.Builder r;
  final Analysis.Slot[] slots;
  final @Nullable Direction[] sides;
  final boolean[] approx;

  Phase(Analysis a) {
    this.a = a;
    this.s = a.s;
    this.t = a.t;
    this.r = a.r;
    this.slots = a.slots;
    this.sides = a.sides;
    this.approx = a.approx;
  }

  @Nullable Token tok(int i) {
    return i >= 0 && i < t.size() ? t.get(i) : null;
  }

  String low(int i) {
    Token x = tok(i);
    return x == null ? "" : x.lower;
  }

  boolean adjacent(int x, int y) {
    return t.get(x).end == t.get(y).start;
  }

  String text(Token x) {
    return s.substring(x.start, x.end).strip();
  }

  /** The index of token {@code x} in the sentence (tokens know their own index). */
  int indexOf(Token x) {
    return x.index;
  }

  List<Integer> values(Token.Role role) {
    return a.values(role);
  }
}
