package org.okrkit.validation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The text checks on titles: numbers, sentences, stretch wording. Pure and allocation-light. */
final class Text {
  private Text() {}

  private static final Set<String> NUMBER_WORDS =
      new HashSet<>(
          Arrays.asList(
              ("zero one two three four five six seven eight nine ten eleven twelve thirteen"
                      + " fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty"
                      + " fifty sixty seventy eighty ninety hundred thousand million billion dozen"
                      + " half halve halved double doubled triple tripled twice quadruple once")
                  .split(" ")));

  private static final Set<String> ABBREVIATIONS =
      new HashSet<>(Arrays.asList("e.g", "i.e", "etc", "vs", "inc", "mr", "ms", "dr", "st", "no"));

  private static final String[] STRETCH_WORDS = {
    "world class", "world-class", "best in class", "best-in-class", "industry leading",
    "industry-leading", "moonshot", "revolutionize", "revolutionise", "dominate", "disrupt",
    "legendary", "dream", "audacious", "10x", "unprecedented", "number one", "#1", "stretch",
    "the best"
  };

  /** {@link #STRETCH_WORDS} between spaces, as they are looked for in a normalised title. */
  private static final String[] SPACED_STRETCH_WORDS = new String[STRETCH_WORDS.length];

  static {
    for (int i = 0; i < STRETCH_WORDS.length; i++) {
      SPACED_STRETCH_WORDS[i] = " " + STRETCH_WORDS[i] + " ";
    }
  }

  /** True when the text states a number: a digit or a number word ("five", "double"). */
  static boolean hasNumber(String text) {
    int len = text.length();
    for (int k = 0; k < len; k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true;
      }
    }
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        return true;
      }
      if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < len && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (j - i >= 3
            && j - i <= 9
            && NUMBER_WORDS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
          return true;
        }
        i = j;
      } else {
        i++;
      }
    }
    return false;
  }

  /**
   * The first number or metric sign in an objective's title ("20%", "$5M", "3"), skipping what
   * only names a period: a year (2026), a quarter or half (Q4, H2, FY27).
   */
  static Optional<String> metricIn(String title) {
    int len = title.length();
    boolean any = false;
    for (int k = 0; k < len && !any; k++) {
      char c = title.charAt(k);
      any = Character.isDigit(c) || c == '%' || c == '$' || c == '\u20ac' || c == '\u00a3';
    }
    if (!any) {
      return Optional.empty();
    }
    int i = 0;
    while (i < len) {
      char c = title.charAt(i);
      if (c == '%' || c == '$' || c == '\u20ac' || c == '\u00a3') {
        return Optional.of(String.valueOf(c));
      }
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < len
            && (Character.isLetterOrDigit(title.charAt(j))
                || ((title.charAt(j) == '.' || title.charAt(j) == ',')
                    && j + 1 < len
                    && Character.isDigit(title.charAt(j + 1))))) {
          j++;
        }
        String token = title.substring(i, j);
        if (hasDigit(token) && !isPeriod(token)) {
          return Optional.of(j < len && title.charAt(j) == '%' ? token + "%" : token);
        }
        i = j;
      } else {
        i++;
      }
    }
    return Optional.empty();
  }

  private static boolean hasDigit(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPeriod(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (t.length() == 4 && (t.startsWith("19") || t.startsWith("20")) && allDigits(t, 0)) {
      return true;
    }
    if (t.length() == 2 && (t.charAt(0) == 'q' || t.charAt(0) == 'h') && allDigits(t, 1)) {
      return true;
    }
    return (t.startsWith("fy") || t.startsWith("cy")) && t.length() > 2 && allDigits(t, 2);
  }

  private static boolean allDigits(String t, int from) {
    for (int i = from; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The number of sentences: a full stop, ! or ? followed by a capitalised word starts another. */
  static int sentences(String text) {
    int count = 1;
    int len = text.length();
    for (int i = 0; i < len - 2; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == ';')
          && Character.isWhitespace(text.charAt(i + 1))
          && !endsWithAbbreviation(text, i)) {
        int j = i + 1;
        while (j < len && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < len && (Character.isUpperCase(text.charAt(j)) || c == ';')) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean endsWithAbbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    return ABBREVIATIONS.contains(text.substring(s, dot).toLowerCase(Locale.ROOT))
        || dot - s == 1;
  }

  /** The first stretch-goal word in the title ("world-class", "moonshot"), if any. */
  static Optional<String> stretchWordIn(String title) {
    StringBuilder b = new StringBuilder(title.length() + 2).append(' ');
    for (int i = 0; i < title.length(); i++) {
      char c = Character.toLowerCase(title.charAt(i));
      b.append(Character.isLetterOrDigit(c) || c == '-' || c == '#' ? c : ' ');
    }
    String norm = b.append(' ').toString();
    for (int i = 0; i < STRETCH_WORDS.length; i++) {
      if (norm.contains(SPACED_STRETCH_WORDS[i])) {
        return Optional.of(STRETCH_WORDS[i]);
      }
    }
    return Optional.empty();
  }

  /** A title reduced for comparison: trimmed, lower-cased, runs of spaces as one. */
  static String normalized(String title) {
    StringBuilder b = new StringBuilder(title.length());
    boolean space = false;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  private static final String[] PURPOSE_WORDS = {
    " that ", " which ", " so ", " in order to ", " enabling ", " empowering ", " helping ",
    " allowing ", " so that "
  };

  /**
   * True when the title says what the work is for ("Build a workflow that empowers employees…"):
   * such an objective states a change even though it starts with a work verb.
   */
  static boolean hasPurposeClause(String title) {
    String t = " " + title.toLowerCase(Locale.ROOT).replace(',', ' ') + " ";
    for (String w : PURPOSE_WORDS) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when the titles are equal ignoring case and runs of spaces; cheap when they differ. */
  static boolean sameTitle(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty();
    }
    if (Character.toLowerCase(x.charAt(0)) != Character.toLowerCase(y.charAt(0))
        || Character.toLowerCase(x.charAt(x.length() - 1))
            != Character.toLowerCase(y.charAt(y.length() - 1))) {
      return false;
    }
    return x.equalsIgnoreCase(y) || normalized(x).equals(normalized(y));
  }

  /** Quotes a user value for a message, shortened when very long. */
  static String quote(String value) {
    return "'" + (value.length() > 80 ? value.substring(0, 77) + "..." : value) + "'";
  }

  /**
   * {@code text} on one line for a message: line breaks and tabs as spaces, at most 200
   * characters, without a closing full stop (the message adds its own).
   */
  static String oneLine(String text) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), 201));
    for (int i = 0; i < text.length() && b.length() <= 200; i++) {
      char c = text.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    String line = b.length() > 200 ? b.substring(0, 197) + "..." : b.toString().strip();
    while (line.endsWith(".") && !line.endsWith("...")) {
      line = line.substring(0, line.length() - 1);
    }
    return line;
  }
}
