package org.okrkit.text;

import static org.okrkit.text.OutlineValues.skipSpaces;

import org.jspecify.annotations.Nullable;

/** Finds the dates in a cycle heading such as {@code # Q4 2026 (2026-10-01 – 2026-12-31)}. */
final class OutlineCycleHeading {
  private OutlineCycleHeading() {}

  /** Where the name ends and the two dates are in a cycle heading's visible text. */
  record CycleDates(int open, int startFrom, int startTo, int endFrom, int endTo) {}

  /**
   * Finds "(start – end)" at the end of {@code v} by scanning, never by a backtracking pattern:
   * a heading of 32 KB of '(' or 200 KB of spaces takes linear time. The separator is an en or
   * em dash, "-", "to" or "..", with or without spaces around the dashes and dots.
   */
  static @Nullable CycleDates find(String v) {
    if (!v.endsWith(")")) {
      return null;
    }
    int open = v.lastIndexOf('(');
    if (open < 0) {
      return null;
    }
    int close = v.length() - 1;
    int a = skipSpaces(v, open + 1, close);
    int aEnd = a;
    while (aEnd < close && !Character.isWhitespace(v.charAt(aEnd)) && v.charAt(aEnd) != '\u2013'
        && v.charAt(aEnd) != '\u2014' && !v.startsWith("..", aEnd)
        && !(v.charAt(aEnd) == '-' && aEnd - a == 10 && looksLikeDate(v, a))) {
      aEnd++;
    }
    if (aEnd == a) {
      return null;
    }
    int sep = skipSpaces(v, aEnd, close);
    int sepEnd;
    if (sep < close && (v.charAt(sep) == '\u2013' || v.charAt(sep) == '\u2014'
        || v.charAt(sep) == '-')) {
      sepEnd = sep + 1;
    } else if (v.startsWith("..", sep)) {
      sepEnd = sep + 2;
    } else if (v.startsWith("to", sep) && sep > aEnd && sep + 2 < close
        && Character.isWhitespace(v.charAt(sep + 2))) {
      sepEnd = sep + 2;
    } else {
      return null;
    }
    int b = skipSpaces(v, sepEnd, close);
    int bEnd = b;
    while (bEnd < close && !Character.isWhitespace(v.charAt(bEnd))) {
      bEnd++;
    }
    if (bEnd == b || skipSpaces(v, bEnd, close) != close) {
      return null;
    }
    return new CycleDates(open, a, aEnd, b, bEnd);
  }

  private static boolean looksLikeDate(String v, int from) {
    return from + 10 <= v.length() && OutlineValues.DATE.matcher(v.substring(from, from + 10)).matches();
  }
}
