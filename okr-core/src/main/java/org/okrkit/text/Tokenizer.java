package org.okrkit.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a key-result sentence into words, symbols and numbers, reading each number with its
 * currency, multiplier (k, M, million), percent or points, and number words ("five", "a dozen").
 */
final class Tokenizer {
  private Tokenizer() {}

  static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    NumberScanner numbers = new NumberScanner(s);
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int dateEnd = NumberScanner.isDigit(c) ? isoDateEnd(s, i) : -1;
      if (dateEnd > 0) {
        out.add(new Token(Token.Type.DATE, i, dateEnd, s.substring(i, dateEnd)));
        i = dateEnd;
        continue;
      }
      int numEnd = numbers.scan(i, out);
      if (numEnd > i) {
        i = numEnd;
        continue;
      }
      if (Character.isLetter(c)) {
        int wEnd = tryNumberWords(s, i, out);
        if (wEnd > i) {
          i = wEnd;
          continue;
        }
        int j = wordEnd(s, i);
        out.add(new Token(Token.Type.WORD, i, j, s.substring(i, j)));
        i = j;
        continue;
      }
      int symEnd = symbolEnd(s, i);
      if (Character.isHighSurrogate(c) && symEnd < n && Character.isLowSurrogate(s.charAt(symEnd))) {
        symEnd++;
      }
      out.add(new Token(Token.Type.SYMBOL, i, symEnd, s.substring(i, symEnd)));
      i = symEnd;
    }
    return out;
  }

  /** The end of an ISO date "2026-09-30" starting at {@code i}, or -1. */
  private static int isoDateEnd(String s, int i) {
    if (i + 10 > s.length()) {
      return -1;
    }
    for (int k = 0; k < 10; k++) {
      char c = s.charAt(i + k);
      boolean ok = (k == 4 || k == 7) ? c == '-' : (c >= '0' && c <= '9');
      if (!ok) {
        return -1;
      }
    }
    return i + 10 < s.length() && NumberScanner.isDigit(s.charAt(i + 10)) ? -1 : i + 10;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
  }

  private static int symbolEnd(String s, int i) {
    int n = s.length();
    if (i + 1 < n) {
      String two = s.substring(i, i + 2);
      if (two.equals("->")
          || two.equals("=>")
          || two.equals(">=")
          || two.equals("<=")
          || two.equals("=<")
          || two.equals("–>")
          || two.equals("—>")) {
        return i + 2;
      }
    }
    if (i + 2 < n && s.startsWith("-->", i)) {
      return i + 3;
    }
    return i + 1;
  }

  private static int wordEnd(String s, int i) {
    int n = s.length();
    int j = i;
    while (j < n) {
      char c = s.charAt(j);
      if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '_' || c == '&') {
        j++;
      } else if ((c == '-' || c == '/' || c == '.')
          && j + 1 < n
          && Character.isLetter(s.charAt(j + 1))
          && j > i
          && Character.isLetter(s.charAt(j - 1))) {
        j++;
      } else if (c == '.' && j + 1 < n && NumberScanner.isDigit(s.charAt(j + 1)) && j > i
          && NumberScanner.isDigit(s.charAt(j - 1))) {
        // "v2.0", "ES2015.1": a version is one word, not a word and a number
        j++;
      } else {
        break;
      }
    }
    return j == i ? i + 1 : j;
  }

  /**
   * Letters glued to digits that no unit reading explains: an all-capitals word ("2REIMAGINE",
   * "3D", "2FA") that is no time, data or other known unit ("5GB" stays 5 GB). Lower-case
   * suffixes stay units ("200ms", "30mins").
   */
  private static boolean gluedName(String suffix) {
    String low = suffix.toLowerCase(java.util.Locale.ROOT);
    if (UnitReader.scaleOf(low) != null || Lexicon.TIME_UNITS.contains(low)
        || Lexicon.CURRENCY_CODES.contains(low) || Lexicon.POINT_WORDS.contains(low)) {
      return false;
    }
    return suffix.chars().allMatch(Character::isUpperCase);
  }

  /** Letters glued to the digits: 50k, $1.2M, 2x, 200ms, 3rd. */
  static int attachedSuffix(String s, int p, Token t) {
    int n = s.length();
    if (p < n && Character.isLetter(s.charAt(p))) {
      int q = p;
      while (q < n && Character.isLetter(s.charAt(q))) {
        q++;
      }
      if (q < n && Character.isDigit(s.charAt(q))) {
        return p; // "3D2"-like codes: leave it
      }
      String suf = s.substring(p, q);
      String low = suf.toLowerCase(java.util.Locale.ROOT);
      boolean money = t.currency != null;
      if (low.equals("k")) {
        multiply(t, THOUSAND);
      } else if (suf.equals("M") || low.equals("mm") || low.equals("mn") || low.equals("mio")
          || low.equals("mln")) {
        multiply(t, MILLION);
      } else if (suf.equals("m") && money) {
        multiply(t, MILLION);
      } else if (suf.equals("B") || low.equals("bn") || (suf.equals("b") && money)) {
        multiply(t, BILLION);
      } else if ((suf.equals("T") || low.equals("tn")) && money) {
        multiply(t, TRILLION);
      } else if (low.equals("x")) {
        t.factor = true;
      } else if (low.equals("st") || low.equals("nd") || low.equals("rd") || low.equals("th")) {
        t.role = Token.Role.HARD;
      } else if (Lexicon.PP_WORDS.contains(low)) {
        t.points = true;
        t.percentagePoints = true;
      } else if (low.equals("pts") || low.equals("pt")) {
        t.points = true;
      } else if (low.equals("bps")) {
        t.points = true;
        t.percentagePoints = true;
        t.value = Numbers.clean(t.value.movePointLeft(2));
      } else if (gluedName(suf)) {
        // "the 2REIMAGINE renovation", "3D printing", "5G coverage": the digits are part of a
        // name, not a quantity of something
        t.name = true;
        t.role = Token.Role.HARD;
      } else {
        t.unitWord = suf;
        t.unitStart = p;
        t.unitEnd = q;
      }
      t.end = q;
      return q;
    }
    if (p + 1 < n && s.charAt(p) == '-' && Character.isLetter(s.charAt(p + 1))) {
      int q = p + 1;
      while (q < n && Character.isLetter(s.charAt(q))) {
        q++;
      }
      String word = s.substring(p + 1, q).toLowerCase(java.util.Locale.ROOT);
      if (word.equals("fold")) {
        t.factor = true;
        t.end = q;
        return q;
      }
      if (word.equals("star") || word.equals("stars")) {
        t.unitWord = s.substring(p + 1, q);
        t.unitStart = p + 1;
        t.unitEnd = q;
        t.end = q;
        return q;
      }
      // "30-day retention", "24-hour SLA": a modifier, not the value
      t.role = Token.Role.SOFT;
      return p;
    }
    return p;
  }

  private static void multiply(Token t, BigDecimal by) {
    t.value = Numbers.clean(t.value.multiply(by));
    t.multiplied = true;
  }

  /** Percent signs and words after the number: %, percent, points, million, x, times, USD. */
  static int suffixes(String s, int p, Token t) {
    int n = s.length();
    for (int round = 0; round < 3; round++) {
      if (p < n && s.charAt(p) == '%') {
        t.percent = true;
        p++;
        t.end = p;
        continue;
      }
      if (p < n && s.charAt(p) == '+' && !t.percent) {
        t.plus = true;
        p++;
        t.end = p;
        continue;
      }
      int w = p;
      while (w < n && isSpace(s.charAt(w))) {
        w++;
      }
      if (w < n && s.charAt(w) == '%') {
        t.percent = true;
        p = w + 1;
        t.end = p;
        continue;
      }
      int we = w;
      while (we < n && (Character.isLetter(s.charAt(we)) || s.charAt(we) == '.')) {
        we++;
      }
      while (we > w && s.charAt(we - 1) == '.') {
        we--;
      }
      if (we == w || (we < n && Character.isDigit(s.charAt(we)))) {
        break;
      }
      String word = s.substring(w, we);
      String low = word.toLowerCase(java.util.Locale.ROOT);
      int next = we;
      if (low.equals("percent") || low.equals("pct")) {
        t.percent = true;
      } else if (low.equals("per") && s.regionMatches(true, we, " cent", 0, 5)) {
        t.percent = true;
        next = we + 5;
      } else if (low.equals("percentage") && nextWordIn(s, we, Lexicon.POINT_WORDS) > 0) {
        t.percent = true;
        t.points = true;
        t.percentagePoints = true;
        next = nextWordIn(s, we, Lexicon.POINT_WORDS);
      } else if (Lexicon.POINT_WORDS.contains(low)) {
        t.points = true;
        if (t.percent) {
          t.percentagePoints = true;
        }
      } else if (Lexicon.PP_WORDS.contains(low)) {
        t.points = true;
        t.percentagePoints = true;
      } else if (low.equals("bps") || (low.equals("basis") && nextWordIn(s, we, Lexicon.POINT_WORDS) > 0)) {
        t.points = true;
        t.percentagePoints = true;
        t.value = Numbers.clean(t.value.movePointLeft(2));
        if (low.equals("basis")) {
          next = nextWordIn(s, we, Lexicon.POINT_WORDS);
        }
      } else if (!t.multiplied && (low.equals("thousand") || (low.equals("k") && t.currency != null)
          || word.equals("K"))) {
        multiply(t, THOUSAND);
      } else if (!t.multiplied && (low.equals("lakh") || low.equals("lakhs") || low.equals("lac")
          || low.equals("lacs"))) {
        multiply(t, BigDecimal.valueOf(100_000)); // Indian numbering: "₹40 lakh" = 4,000,000
      } else if (!t.multiplied && (low.equals("crore") || low.equals("crores") || low.equals("cr"))) {
        multiply(t, BigDecimal.valueOf(10_000_000));
      } else if (!t.multiplied && low.equals("hundred")) {
        multiply(t, BigDecimal.valueOf(100));
      } else if (!t.multiplied
          && (low.equals("million") || low.equals("millions") || low.equals("mn")
              || low.equals("mln") || low.equals("mio")
              || (low.equals("mm") && t.currency != null) || word.equals("M"))) {
        multiply(t, MILLION);
      } else if (!t.multiplied && (low.equals("billion") || low.equals("bn") || word.equals("B"))) {
        multiply(t, BILLION);
      } else if (!t.multiplied && low.equals("trillion")) {
        multiply(t, TRILLION);
      } else if (low.equals("times") || low.equals("fold") || low.equals("x")) {
        t.factor = true;
        t.timesWord = low.equals("times");
      } else if (t.currency == null && Lexicon.CURRENCY_WORDS.containsKey(low)) {
        t.currency = Lexicon.CURRENCY_WORDS.get(low);
        t.unitStart = w;
        t.unitEnd = we;
      } else {
        break;
      }
      p = next;
      t.end = p;
    }
    return p;
  }

  /** The end of the next word if it is one of {@code words}, else -1. */
  private static int nextWordIn(String s, int from, Set<String> words) {
    int n = s.length();
    int w = from;
    while (w < n && (isSpace(s.charAt(w)) || s.charAt(w) == '-')) {
      w++;
    }
    int we = w;
    while (we < n && Character.isLetter(s.charAt(we))) {
      we++;
    }
    return we > w && words.contains(s.substring(w, we).toLowerCase(java.util.Locale.ROOT))
        ? we
        : -1;
  }

  /** What the previous number word was, for the rules of how number words combine. */
  private enum Last {
    NONE,
    UNIT,
    TENS,
    HUNDRED,
    BIG
  }

  /** The next letters-only word from {@code p} (after spaces), lower-cased, or "". */
  private static String wordAt(String s, int p) {
    int q = skipSpaces(s, p);
    int qe = q;
    while (qe < s.length() && Character.isLetter(s.charAt(qe))) {
      qe++;
    }
    return s.substring(q, qe).toLowerCase(java.util.Locale.ROOT);
  }

  /** The index after the next letters-only word from {@code p} (after spaces). */
  private static int wordEndAt(String s, int p) {
    int q = skipSpaces(s, p);
    while (q < s.length() && Character.isLetter(s.charAt(q))) {
      q++;
    }
    return q;
  }

  /**
   * Number words: "five", "twenty-five", "two hundred", "a dozen", "three million", "one and a
   * half million". Words combine only the way English writes one number: units after tens
   * ("twenty-five"), anything after a scale word; "five five" is two numbers, and "a million
   * million" is a million times a million (flagged as stacked).
   */
  private static int tryNumberWords(String s, int i, List<Token> out) {
    int n = s.length();
    int p = i;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    boolean any = false;
    boolean article = false;
    boolean stacked = false;
    Last last = Last.NONE;
    int end = i;
    while (p < n) {
      int we = p;
      while (we < n && Character.isLetter(s.charAt(we))) {
        we++;
      }
      if (we == p || we - p > 12) {
        break;
      }
      if (we < n && (NumberScanner.isDigit(s.charAt(we)) || s.charAt(we) == '\'')) {
        break;
      }
      if (p == i && !mayOpenNumber(s, p, we)) {
        break; // the first word is none of the words below: no number (nothing made to find out)
      }
      String w = s.substring(p, we).toLowerCase(java.util.Locale.ROOT);
      Integer small = Lexicon.SMALL.get(w);
      BigDecimal scale = Lexicon.SCALE_WORDS.get(w);
      if (small != null) {
        boolean tens = small >= 20;
        boolean fits = last == Last.NONE || last == Last.HUNDRED || last == Last.BIG
            || (last == Last.TENS && !tens && small > 0 && small < 10);
        if (!fits || article) {
          break;
        }
        current = current.add(BigDecimal.valueOf(small));
        last = tens ? Last.TENS : Last.UNIT;
        any = true;
      } else if (scale != null && (any || article)) {
        if (w.equals("dozen")) {
          if (last == Last.HUNDRED || (last == Last.BIG && current.signum() == 0 && !article)) {
            break;
          }
          current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale);
          last = Last.HUNDRED;
        } else if (w.equals("hundred")) {
          if (last == Last.HUNDRED || (last == Last.BIG && !article)) {
            break;
          }
          current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale);
          last = Last.HUNDRED;
        } else if (last == Last.BIG) {
          // "a million million": a scale word on a scale word multiplies
          total = total.add(current).multiply(scale);
          current = BigDecimal.ZERO;
          stacked = true;
        } else {
          total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale));
          current = BigDecimal.ZERO;
          last = Last.BIG;
        }
        article = false;
        any = true;
      } else if ((w.equals("a") || w.equals("an")) && !any && !article) {
        if (!Lexicon.SCALE_WORDS.containsKey(wordAt(s, we))) {
          break;
        }
        article = true;
      } else if (w.equals("and") && any && (last == Last.UNIT || last == Last.TENS)
          && wordAt(s, we).equals("a") && wordAt(s, wordEndAt(s, we)).equals("half")) {
        // "one and a half million"
        current = current.add(new BigDecimal("0.5"));
        we = wordEndAt(s, wordEndAt(s, we));
        last = Last.UNIT;
      } else if (w.equals("and") && any && (last == Last.HUNDRED || last == Last.BIG)
          && Lexicon.SMALL.containsKey(wordAt(s, we))) {
        assert true; // "two hundred and fifty": the number goes on after "and"
      } else {
        break;
      }
      if (any && !article) {
        end = we;
      }
      // continue over a space or a hyphen between number words
      int q = we;
      if (q < n && s.charAt(q) == '-') {
        q++;
      } else {
        q = skipSpaces(s, q);
      }
      p = q;
    }
    if (!any) {
      return i;
    }
    if (end < n && Character.isLetterOrDigit(s.charAt(end))) {
      return i;
    }
    Token t = new Token(Token.Type.NUM, i, end, s.substring(i, end));
    t.value = Numbers.clean(total.add(current));
    t.wordNumber = true;
    t.stackedScale = stacked;
    int fractionEnd = nextWordIn(s, end, Lexicon.FRACTIONS);
    if (fractionEnd > 0) {
      // "one third", "two fifths": a fraction, not the number before it
      t.fraction = true;
      t.role = Token.Role.HARD;
      t.end = fractionEnd;
      out.add(t);
      return fractionEnd;
    }
    int p2 = suffixes(s, end, t);
    out.add(t);
    return Math.max(p2, end);
  }

  /**
   * The ASCII letters that begin a word of {@link Lexicon#SMALL} or "a"/"an" (by the letter
   * lower-cased, {@code 'a' * 128 + 'n'} for two), the words a number in words can open with: a
   * holder, so that they are read once {@link Lexicon} is complete (its scale words name this
   * class's constants).
   */
  private static final class Openers {
    static final boolean[] PAIRS = new boolean[128 * 128];
    static final boolean[] LETTERS = new boolean[128];

    static {
      List<String> openers = new ArrayList<>(Lexicon.SMALL.keySet());
      openers.add("a");
      openers.add("an");
      for (String w : openers) {
        char c0 = w.charAt(0);
        if (c0 < 128) {
          if (w.length() == 1) {
            LETTERS[c0] = true;
          } else if (w.charAt(1) < 128) {
            PAIRS[c0 * 128 + w.charAt(1)] = true;
          }
        }
      }
    }

    private Openers() {}
  }

  /**
   * False when the letters {@code s[p, we)} lower-cased are certainly no word a number in words
   * can open with ({@link Lexicon#SMALL}, "a", "an"): their first one or two letters are ASCII and
   * no such word starts with them. Lower-casing maps an ASCII letter to one ASCII letter wherever
   * it stands, so the check is exact for those letters; any other text is left to the look-up.
   */
  private static boolean mayOpenNumber(String s, int p, int we) {
    char c0 = s.charAt(p);
    if (c0 >= 128) {
      return true;
    }
    c0 = Character.toLowerCase(c0);
    if (we - p == 1) {
      return Openers.LETTERS[c0];
    }
    char c1 = s.charAt(p + 1);
    if (c1 >= 128) {
      return true;
    }
    return Openers.PAIRS[c0 * 128 + Character.toLowerCase(c1)];
  }

  private static int skipSpaces(String s, int p) {
    int q = p;
    while (q < s.length() && isSpace(s.charAt(q))) {
      q++;
    }
    return q;
  }
}
