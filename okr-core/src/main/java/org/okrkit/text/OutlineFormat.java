package org.okrkit.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;

/** The conventions the outline reader and writer share: default ids, what a title implies. */
final class OutlineFormat {
  private OutlineFormat() {}

  static final Pattern QUARTER = Pattern.compile("Q([1-4]) (\\d{4})");
  static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** The id a cycle heading gets when none is given: "Q4 2026" is 2026-Q4, else the name. */
  static String defaultCycleId(String name) {
    Matcher q = QUARTER.matcher(name);
    if (q.matches()) {
      return q.group(2) + "-Q" + q.group(1);
    }
    return name;
  }

  /** The id an objective gets when none is given: its first six words, lower-case, hyphenated. */
  static String defaultObjectiveId(String title, int number) {
    StringBuilder b = new StringBuilder();
    int words = 0;
    boolean gap = false;
    for (int i = 0; i < title.length() && words < 6; i++) {
      char c = Character.toLowerCase(title.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && b.length() > 0) {
          b.append('-');
          words++;
          if (words >= 6) {
            b.setLength(b.length() - 1);
            break;
          }
        }
        gap = false;
        b.append(c);
      } else {
        gap = true;
      }
    }
    return b.length() == 0 ? "objective-" + number : b.toString();
  }

  /**
   * Default objective ids made unique against the ids of the objectives before (reader and
   * writer keep one each, fed in document order): two objectives titled alike get {@code
   * grow-revenue} and {@code grow-revenue-2}, so an outline never reads into a set with a
   * duplicate id it did not state. The next free suffix of each base is remembered, so 40,000
   * objectives titled alike take linear time, not quadratic.
   */
  static final class ObjectiveIds {
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    /** The id the objective at {@code number} (from 1) gets when its heading gives none. */
    String defaultFor(String title, int number) {
      String base = defaultObjectiveId(title, number);
      if (!taken.contains(base)) {
        return base;
      }
      // ids are only ever added, so the smallest free suffix never goes down
      int k = nextSuffix.getOrDefault(base, 2);
      while (taken.contains(base + "-" + k)) {
        k++;
      }
      nextSuffix.put(base, k);
      return base + "-" + k;
    }

    /** Records the id an objective was given (by default or explicitly). */
    void add(String id) {
      taken.add(id);
    }
  }

  /** The id a key result gets when none is given: its objective's id and its position. */
  static String defaultKeyResultId(String objectiveId, int position) {
    return objectiveId + "-" + position;
  }

  /** What a key-result line says by itself, before any metadata: kind, unit, baseline, target. */
  static KeyResult implied(String id, String title, boolean checkbox) {
    if (checkbox) {
      return KeyResult.milestone(id, title);
    }
    return implied(id, title, KeyResultParser.parse(title));
  }

  /**
   * The most digits in one run of digits and separators ({@code 1,000,000.5}) of {@code title}:
   * found in one linear scan, so that a sentence holding a number longer than any the model can
   * hold is refused, or written with explicit metadata, before the sentence parser has to read
   * it.
   */
  static int longestNumberRun(String title) {
    int longest = 0;
    int digits = 0;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
        longest = Math.max(longest, digits);
      } else if (c != ',' && c != '.' && c != '_' && c != '\'' && c != ' ' && c != '\u00a0'
          && c != '\u202f') {
        digits = 0;
      }
    }
    return longest;
  }

  /** What a key-result line says by itself, from its sentence's reading. */
  static KeyResult implied(String id, String title, KeyResultReading reading) {
    return reading.toKeyResult(id).withTitle(title);
  }

  /** A decimal as text that reads back to an equal {@link BigDecimal} (same scale). */
  static String format(BigDecimal value) {
    return value.scale() < 0 ? value.toString() : value.toPlainString();
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static Optional<KeyResultKind> kind(String text) {
    for (KeyResultKind k : KeyResultKind.values()) {
      if (lower(k).equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
