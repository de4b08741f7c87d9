package org.okrkit.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Splits a key-result sentence into words, symbols and numbers, reading each number with its
 * currency, multiplier (k, M, million), percent or points, and number words ("five", "a dozen").
 */
final class Tokenizer {
  private Tokenizer() {}

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?!\\d)");
  private static final Pattern NUMBER =
      Pattern.compile(
          "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d|,\\d)"
              + "|\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d.,]\\d)(?:\\.\\d+)?(?!\\d)"
              + "|\\d+(?:\\.\\d+)?"
              + "|\\.\\d+");
  private static final String CURRENCY_SYMBOLS = "$€£¥₹";

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

  static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));
  private static final Map<String, BigDecimal> SCALE_WORDS =
      Map.of(
          "hundred", BigDecimal.valueOf(100),
          "thousand", THOUSAND,
          "million", MILLION,
          "billion", BILLION,
          "dozen", BigDecimal.valueOf(12));
  private static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("usd", "USD"),
          Map.entry("eur", "EUR"),
          Map.entry("gbp", "GBP"),
          Map.entry("chf", "CHF"),
          Map.entry("jpy", "JPY"),
          Map.entry("inr", "INR"),
          Map.entry("cad", "CAD"),
          Map.entry("aud", "AUD"),
          Map.entry("dollars", "$"),
          Map.entry("dollar", "$"),
          Map.entry("euros", "€"),
          Map.entry("euro", "€"),
          Map.entry("pounds", "£"));
  private static final Set<String> FRACTIONS =
      Set.of("third", "thirds", "quarter", "quarters", "half", "halves", "fifth", "fifths",
          "tenth", "tenths");
  private static final Set<String> POINT_WORDS = Set.of("points", "point", "pts", "pt");
  private static final Set<String> PP_WORDS = Set.of("pp", "ppt", "ppts", "p.p.");

  static List<Token> tokenize(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (Character.isDigit(c)) {
        Matcher d = ISO_DATE.matcher(s).region(i, n);
        if (d.lookingAt()) {
          out.add(new Token(Token.Type.DATE, i, d.end(), d.group()));
          i = d.end();
          continue;
        }
      }
      int numEnd = tryNumber(s, i, out);
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
      out.add(new Token(Token.Type.SYMBOL, i, symEnd, s.substring(i, symEnd)));
      i = symEnd;
    }
    return out;
  }

  private static boolean isSpace(char c) {
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
      } else {
        break;
      }
    }
    return j == i ? i + 1 : j;
  }

  private static @Nullable Token last(List<Token> out) {
    return out.isEmpty() ? null : out.get(out.size() - 1);
  }

  private static int tryNumber(String s, int i, List<Token> out) {
    int n = s.length();
    int p = i;
    boolean negative = false;
    boolean signed = false;
    String currency = null;
    char c = s.charAt(p);
    if (c == '-' || c == '−' || c == '+') {
      Token prev = last(out);
      boolean afterNumber = prev != null && (prev.isNum() || prev.type == Token.Type.DATE);
      boolean spaceBefore = i == 0 || isSpace(s.charAt(i - 1)) || "(:→".indexOf(s.charAt(i - 1)) >= 0;
      if (afterNumber || !spaceBefore || p + 1 >= n) {
        return i;
      }
      char d = s.charAt(p + 1);
      if (!Character.isDigit(d) && CURRENCY_SYMBOLS.indexOf(d) < 0) {
        return i;
      }
      negative = c != '+';
      signed = true;
      p++;
    }
    if (p < n && CURRENCY_SYMBOLS.indexOf(s.charAt(p)) >= 0) {
      currency = String.valueOf(s.charAt(p));
      p++;
      if (p < n && isSpace(s.charAt(p))) {
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
    if (!Character.isDigit(s.charAt(p))
        && !(s.charAt(p) == '.' && p + 1 < n && Character.isDigit(s.charAt(p + 1)))) {
      return i;
    }
    if (p > 0 && Character.isLetter(s.charAt(p - 1)) && currency == null) {
      return i;
    }
    Matcher m = NUMBER.matcher(s).region(p, n);
    if (!m.lookingAt()) {
      return i;
    }
    String digits = m.group().replace(",", "").replace(" ", "").replace("\u00A0", "");
    digits = digits.replace("\u202F", "");
    if (digits.startsWith(".")) {
      digits = "0" + digits;
    }
    Token t = new Token(Token.Type.NUM, i, m.end(), s.substring(i, m.end()));
    t.value = new BigDecimal(digits);
    t.currency = currency;
    p = m.end();
    p = attachedSuffix(s, p, t);
    p = suffixes(s, p, t);
    if (negative) {
      t.value = t.value.negate();
    }
    t.end = Math.max(t.end, p);
    out.add(t);
    return p;
  }

  /** Letters glued to the digits: 50k, $1.2M, 2x, 200ms, 3rd. */
  private static int attachedSuffix(String s, int p, Token t) {
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
      } else if (suf.equals("M") || low.equals("mm") || low.equals("mn") || low.equals("mio")) {
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
      } else if (PP_WORDS.contains(low)) {
        t.points = true;
        t.percentagePoints = true;
      } else if (low.equals("pts") || low.equals("pt")) {
        t.points = true;
      } else if (low.equals("bps")) {
        t.points = true;
        t.percentagePoints = true;
        t.value = Numbers.clean(t.value.movePointLeft(2));
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
  private static int suffixes(String s, int p, Token t) {
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
      } else if (low.equals("percentage") && nextWordIn(s, we, POINT_WORDS) > 0) {
        t.percent = true;
        t.points = true;
        t.percentagePoints = true;
        next = nextWordIn(s, we, POINT_WORDS);
      } else if (POINT_WORDS.contains(low)) {
        t.points = true;
        if (t.percent) {
          t.percentagePoints = true;
        }
      } else if (PP_WORDS.contains(low)) {
        t.points = true;
        t.percentagePoints = true;
      } else if (low.equals("bps") || (low.equals("basis") && nextWordIn(s, we, POINT_WORDS) > 0)) {
        t.points = true;
        t.percentagePoints = true;
        t.value = Numbers.clean(t.value.movePointLeft(2));
        if (low.equals("basis")) {
          next = nextWordIn(s, we, POINT_WORDS);
        }
      } else if (!t.multiplied && (low.equals("thousand") || (low.equals("k") && t.currency != null))) {
        multiply(t, THOUSAND);
      } else if (!t.multiplied
          && (low.equals("million") || low.equals("millions") || low.equals("mn")
              || (low.equals("mm") && t.currency != null) || word.equals("M"))) {
        multiply(t, MILLION);
      } else if (!t.multiplied && (low.equals("billion") || low.equals("bn") || word.equals("B"))) {
        multiply(t, BILLION);
      } else if (!t.multiplied && low.equals("trillion")) {
        multiply(t, TRILLION);
      } else if (low.equals("times") || low.equals("fold") || low.equals("x")) {
        t.factor = true;
      } else if (t.currency == null && CURRENCY_WORDS.containsKey(low)) {
        t.currency = CURRENCY_WORDS.get(low);
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

  /** Number words: "five", "twenty-five", "two hundred", "a dozen", "three million". */
  private static int tryNumberWords(String s, int i, List<Token> out) {
    int n = s.length();
    int p = i;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal current = BigDecimal.ZERO;
    boolean any = false;
    boolean article = false;
    int end = i;
    while (p < n) {
      int we = p;
      while (we < n && Character.isLetter(s.charAt(we))) {
        we++;
      }
      if (we == p) {
        break;
      }
      if (we < n && (Character.isDigit(s.charAt(we)) || s.charAt(we) == '\'')) {
        break;
      }
      String w = s.substring(p, we).toLowerCase(java.util.Locale.ROOT);
      Integer small = SMALL.get(w);
      BigDecimal scale = SCALE_WORDS.get(w);
      if (small != null) {
        current = current.add(BigDecimal.valueOf(small));
        any = true;
      } else if (scale != null && (any || article)) {
        if (w.equals("hundred") || w.equals("dozen")) {
          current = (current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale);
        } else {
          total = total.add((current.signum() == 0 ? BigDecimal.ONE : current).multiply(scale));
          current = BigDecimal.ZERO;
        }
        any = true;
      } else if ((w.equals("a") || w.equals("an")) && !any && !article) {
        int q = skipSpaces(s, we);
        int qe = q;
        while (qe < n && Character.isLetter(s.charAt(qe))) {
          qe++;
        }
        if (!SCALE_WORDS.containsKey(s.substring(q, qe).toLowerCase(java.util.Locale.ROOT))) {
          break;
        }
        article = true;
      } else if (w.equals("and") && any) {
        int q = skipSpaces(s, we);
        int qe = q;
        while (qe < n && Character.isLetter(s.charAt(qe))) {
          qe++;
        }
        if (!SMALL.containsKey(s.substring(q, qe).toLowerCase(java.util.Locale.ROOT))) {
          break;
        }
      } else {
        break;
      }
      if (any) {
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
    int fractionEnd = nextWordIn(s, end, FRACTIONS);
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

  private static int skipSpaces(String s, int p) {
    int q = p;
    while (q < s.length() && isSpace(s.charAt(q))) {
      q++;
    }
    return q;
  }
}
