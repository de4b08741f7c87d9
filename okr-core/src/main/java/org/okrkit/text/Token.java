package org.okrkit.text;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One token of a key-result sentence, with its position; numbers carry their reading. */
final class Token {
  enum Type {
    WORD,
    NUM,
    DATE,
    SYMBOL
  }

  /** Whether a number is a value of the key result or part of its context. */
  enum Role {
    /** A candidate value. */
    VALUE,
    /** Probably context (a time frame, a rank, "30-day"): used only when nothing else is there. */
    SOFT,
    /** Never a value (a year, a date, an ordinal, list numbering). */
    HARD
  }

  final Type type;
  final int start;
  int end;
  final String text;
  final String lower;

  // numbers only
  BigDecimal value = BigDecimal.ZERO;
  @Nullable String currency;
  boolean percent;
  boolean points;
  boolean percentagePoints;
  boolean factor;
  /** The factor was written as a word ("5 times"), not as "5x". */
  boolean timesWord;
  boolean multiplied;
  boolean plus;
  boolean wordNumber;
  boolean fraction;
  /** Digits and separators that do not make one readable number ("1,000,0000", "1.2.3"). */
  boolean malformed;
  /** Thousands written with points ("10.000", "1.000.000"). */
  boolean dotThousands;
  /** One point and three digits ("2.500"): a decimal read as such, but it may be thousands. */
  boolean dotAmbiguous;
  /** Read with a decimal comma ("2,5" as 2.5). */
  boolean decimalComma;
  /** Written in scientific notation ("1e6"). */
  boolean scientific;
  /** Number words with one scale word on another ("a million million"). */
  boolean stackedScale;
  /** Digits glued to letters that are no unit: a name ("2REIMAGINE", "3D", "5G"), not a value. */
  boolean name;
  @Nullable String unitWord;
  int unitStart = -1;
  int unitEnd = -1;
  Role role = Role.VALUE;
  /** The position of this token in the sentence's token list. */
  int index;

  Token(Type type, int start, int end, String text) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.text = text;
    this.lower = text.toLowerCase(java.util.Locale.ROOT);
  }

  boolean isNum() {
    return type == Type.NUM;
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  /** True for a number that carries its own unit (%, a currency, points, an attached unit). */
  boolean hasUnit() {
    return percent || points || currency != null || unitWord != null;
  }

  @Override
  public String toString() {
    return type == Type.NUM ? "NUM(" + value.toPlainString() + "," + role + ")" : text;
  }
}
