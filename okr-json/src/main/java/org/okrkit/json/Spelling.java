package org.okrkit.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Typo suggestions for unknown field names and enum values ("tagret" is likely "target"). */
final class Spelling {
  // Beyond this a name is not a typo of a short known name, and the distance costs O(n * m).
  private static final int MAX_COMPARED_LENGTH = 64;

  private Spelling() {}

  /** The known names closest to {@code name}, if any is plausibly what was meant. */
  static List<String> suggest(String name, List<String> known) {
    List<String> best = new ArrayList<>();
    if (name.length() > MAX_COMPARED_LENGTH) {
      return best;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      int allowed = candidate.length() <= 4 ? 1 : 2;
      if (d > allowed || d > bestDistance) {
        continue;
      }
      if (d < bestDistance) {
        best.clear();
        bestDistance = d;
      }
      best.add(candidate);
    }
    return best;
  }

  /** "did you mean "target"?" or "known fields are: a, b, c", for the end of a message. */
  static String hint(String name, List<String> known, String knownLabel) {
    List<String> suggestions = suggest(name, known);
    if (!suggestions.isEmpty()) {
      return "did you mean " + quoteAll(suggestions, " or ") + "?";
    }
    return knownLabel + ": " + String.join(", ", known);
  }

  static String quoteAll(List<String> names, String separator) {
    StringBuilder sb = new StringBuilder();
    for (String n : names) {
      if (sb.length() > 0) {
        sb.append(separator);
      }
      sb.append('"').append(n).append('"');
    }
    return sb.toString();
  }

  /** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
