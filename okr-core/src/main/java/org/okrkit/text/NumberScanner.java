package org.okrkit.text;

import java.math.BigDecimal;
import java.util.List;

/**
 * Phase 2 of reading a sentence: a number with its sign, currency, digits, multiplier (k, M, mln,
 * million, hundred), scientific exponent, percent or points and an attached unit ("200ms").
 *
 * <p>Hand-written rather than a regular expression so that every character is looked at a bounded
 * number of times: a run such as {@code 1,000,000,…,0000} that a backtracking pattern retried from
 * each of its groups (quadratic: a 128 KB run took 72 s) is consumed once here and reported as
 * malformed. Digits of any script ("１２３", full width) are read by their value.
 */
final class NumberScanner {

  /** The largest power of ten written as {@code 1e…} that is read as a value. */
  static final int MAX_EXPONENT = 50;

  /** The most digits a number in a sentence may have to be read, as in an OKR JSON document. */
  static final int MAX_DIGITS = 100;

  /**
   * Where the last run of space-separated digit groups that did not read as one number ended:
   * numbers starting inside it are not grouped again (keeps the scan linear).
   */
  private int spaceRunEnd = -1;

  private final String s;
  private final int n;

  NumberScanner(String s) {
    this.s = s;
    this.n = s.length();
  }

  /** True for a decimal digit of any script. */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c > 127 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
  }

  static int digit(char c) {
    return c >= '0' && c <= '9' ? c - '0' : Character.digit(c, 10);
  }

  /** True for a currency sign ($, €, £, ¥, ₹, ₽…). */
  static boolean isCurrency(char c) {
    return Character.getType(c) == Character.CURRENCY_SYMBOL;
  }

  /**
   * Reads a number starting at {@code i}, adds its token to {@code out} and returns the index
   * after it; returns {@code i} when no number starts there.
   */
  int scan(int i, List<Token> out) {
    int p = i;
    boolean negative = false;
    boolean signed = false;
    String currency = null;
    char c = s.charAt(p);
    if (c == '-' || c == '−' || c == '+') {
      Token prev = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean afterNumber = prev != null && (prev.isNum() || prev.type == Token.Type.DATE);
      boolean spaceBefore =
          i == 0 || Tokenizer.isSpace(s.charAt(i - 1)) || "(:→".indexOf(s.charAt(i - 1)) >= 0;
      if (afterNumber || !spaceBefore || p + 1 >= n) {
        return i;
      }
      char d = s.charAt(p + 1);
      if (!isDigit(d) && !isCurrency(d)) {
        return i;
      }
      negative = c != '+';
      signed = true;
      p++;
    }
    if (p < n && isCurrency(s.charAt(p))) {
      currency = String.valueOf(s.charAt(p));
      p++;
      if (p < n && Tokenizer.isSpace(s.charAt(p))) {
        p++;
      }
      if (!signed && p < n && (s.charAt(p) == '-' || s.charAt(p) == '−')) {
        negative = true;
        p++;
      }
    }
    if (p >= n) {
      return i;
    }
    boolean leadingPoint = s.charAt(p) == '.' && p + 1 < n && isDigit(s.charAt(p + 1));
    if (!isDigit(s.charAt(p)) && !leadingPoint) {
      return i;
    }
    if (p > 0 && Character.isLetter(s.charAt(p - 1)) && currency == null) {
      return i;
    }
    StringBuilder digits = new StringBuilder();
    int q = leadingPoint ? p : digitsInto(p, digits);
    boolean malformed = false;
    boolean decimalComma = false;
    int intDigits = digits.length();
    if (!leadingPoint && q < n && s.charAt(q) == ',' && q + 1 < n && isDigit(s.charAt(q + 1))) {
      // thousands groups "48,000", a decimal comma "2,5", or neither "1,000,0000"
      int groups = 0;
      int r = q;
      boolean bad = false;
      while (r < n && s.charAt(r) == ',' && r + 1 < n && isDigit(s.charAt(r + 1))) {
        int e = r + 1;
        while (e < n && isDigit(s.charAt(e))) {
          e++;
        }
        if (e - r - 1 != 3) {
          bad = true;
        }
        groups++;
        r = e;
      }
      if (!bad && intDigits <= 3) {
        for (int k = q; k < r; k++) {
          if (s.charAt(k) != ',') {
            digits.append((char) ('0' + digit(s.charAt(k))));
          }
        }
        q = r;
      } else if (groups == 1 && r - q - 1 <= 2 && !(r < n && s.charAt(r) == '.' && r + 1 < n
          && isDigit(s.charAt(r + 1)))) {
        // "2,5%", "€1,75": one comma and one or two digits after it
        digits.append('.');
        for (int k = q + 1; k < r; k++) {
          digits.append((char) ('0' + digit(s.charAt(k))));
        }
        decimalComma = true;
        q = r;
      } else {
        // consumed whole, once: not a number anyone can read with certainty
        malformed = true;
        q = r;
      }
    } else if (!leadingPoint && intDigits <= 3 && p >= spaceRunEnd) {
      q = spaceGroups(q, digits);
    }
    boolean dotThousands = false;
    boolean dotAmbiguous = false;
    if (!malformed && !decimalComma && !leadingPoint && intDigits <= 3 && digits.length() == intDigits
        && digits.charAt(0) != '0' && q < n && s.charAt(q) == '.' && dotGroups(q) > 0) {
      // "10.000", "1.000.000": thousands written with points, as in much of Europe; one group
      // reads so only when it is "000" (nobody writes ten as "10.000"), several groups always
      int r = q;
      int groups = dotGroups(q);
      boolean zeros = true;
      for (int g = 0; g < groups; g++) {
        for (int k = r + 1; k < r + 4; k++) {
          zeros &= s.charAt(k) == '0';
        }
        r += 4;
      }
      if (groups > 1 || zeros) {
        for (int k = q; k < r; k++) {
          if (s.charAt(k) != '.') {
            digits.append((char) ('0' + digit(s.charAt(k))));
          }
        }
        q = r;
        dotThousands = true;
      } else {
        dotAmbiguous = true; // "2.500": two and a half, or two thousand five hundred?
      }
    }
    if (!malformed && q < n && s.charAt(q) == '.' && q + 1 < n && isDigit(s.charAt(q + 1))) {
      digits.append('.');
      q = digitsInto(q + 1, digits);
      if (decimalComma) {
        malformed = true;
      }
    }
    if (!malformed && q < n && (s.charAt(q) == ',' || s.charAt(q) == '.') && q + 1 < n
        && isDigit(s.charAt(q + 1))) {
      // "1.2.3", "1.000,5": a version or a format this reader does not guess at
      int r = q;
      while (r < n && (isDigit(s.charAt(r)) || ((s.charAt(r) == ',' || s.charAt(r) == '.')
          && r + 1 < n && isDigit(s.charAt(r + 1))))) {
        r++;
      }
      malformed = true;
      q = r;
    }
    if (digits.length() > MAX_DIGITS) {
      // longer than any number a document may hold: never a value, and never slow arithmetic
      malformed = true;
    }
    String text = digits.toString();
    if (text.startsWith(".")) {
      text = "0" + text;
    }
    Token t = new Token(Token.Type.NUM, i, q, s.substring(i, q));
    t.currency = currency;
    if (malformed) {
      t.malformed = true;
      t.role = Token.Role.HARD;
      out.add(t);
      return q;
    }
    t.value = new BigDecimal(text);
    t.decimalComma = decimalComma;
    t.dotThousands = dotThousands;
    t.dotAmbiguous = dotAmbiguous;
    q = exponent(q, t);
    if (t.malformed) {
      out.add(t);
      return t.end;
    }
    q = Tokenizer.attachedSuffix(s, q, t);
    q = Tokenizer.suffixes(s, q, t);
    if (negative) {
      t.value = t.value.negate();
    }
    t.end = Math.max(t.end, q);
    out.add(t);
    return q;
  }

  /**
   * How many ".ddd" groups of exactly three digits follow at {@code q}, ending where no digit,
   * point or comma follows; 0 when the run is anything else ("1.25", "1.000,5").
   */
  private int dotGroups(int q) {
    int groups = 0;
    int r = q;
    while (r + 3 < n && s.charAt(r) == '.' && isDigit(s.charAt(r + 1)) && isDigit(s.charAt(r + 2))
        && isDigit(s.charAt(r + 3))) {
      groups++;
      r += 4;
      if (groups > MAX_DIGITS) {
        return 0;
      }
    }
    if (r < n && (isDigit(s.charAt(r)) || ((s.charAt(r) == '.' || s.charAt(r) == ',')
        && r + 1 < n && isDigit(s.charAt(r + 1))))) {
      return 0;
    }
    return groups;
  }

  private int digitsInto(int from, StringBuilder into) {
    int q = from;
    while (q < n && isDigit(s.charAt(q))) {
      into.append((char) ('0' + digit(s.charAt(q))));
      q++;
    }
    return q;
  }

  /** "10 000", "1 250 000": groups of three after a space (or a no-break space). */
  private int spaceGroups(int q, StringBuilder digits) {
    int r = q;
    int lastGood = q;
    StringBuilder extra = new StringBuilder();
    while (r + 4 <= n && isGroupSpace(s.charAt(r)) && isDigit(s.charAt(r + 1))
        && isDigit(s.charAt(r + 2)) && isDigit(s.charAt(r + 3))
        && (r + 4 == n || !isDigit(s.charAt(r + 4)))) {
      for (int k = r + 1; k < r + 4; k++) {
        extra.append((char) ('0' + digit(s.charAt(k))));
      }
      r += 4;
      lastGood = r;
    }
    if (lastGood == q) {
      return q;
    }
    // "10 000.5" is fine; "10 000,5" or "1 000 0000" is not one number: leave the groups alone
    if (lastGood + 1 < n && isDigit(s.charAt(lastGood + 1))
        && (s.charAt(lastGood) == ',' || isGroupSpace(s.charAt(lastGood)))) {
      spaceRunEnd = lastGood + 1;
      return q;
    }
    digits.append(extra);
    return lastGood;
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  /** "1e6", "2.5E+3": scientific notation; an exponent beyond {@link #MAX_EXPONENT} is malformed. */
  private int exponent(int q, Token t) {
    if (q + 1 >= n || (s.charAt(q) != 'e' && s.charAt(q) != 'E')) {
      return q;
    }
    int r = q + 1;
    boolean minus = false;
    if (s.charAt(r) == '+' || s.charAt(r) == '-') {
      minus = s.charAt(r) == '-';
      r++;
    }
    int start = r;
    while (r < n && s.charAt(r) >= '0' && s.charAt(r) <= '9') {
      r++;
    }
    if (r == start || (r < n && Character.isLetter(s.charAt(r)))) {
      return q;
    }
    t.end = r;
    if (r - start > 3 || Integer.parseInt(s.substring(start, r)) > MAX_EXPONENT) {
      t.malformed = true;
      t.role = Token.Role.HARD;
      return r;
    }
    int e = Integer.parseInt(s.substring(start, r));
    t.value = Numbers.clean(t.value.scaleByPowerOfTen(minus ? -e : e));
    t.scientific = true;
    return r;
  }

}
