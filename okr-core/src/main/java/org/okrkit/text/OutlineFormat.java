package org.okrkit.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrkit.model.Corridor;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.PlanPoint;

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

  /** The heading of the section listing the set's initiatives: {@code # Initiatives}. */
  static final String INITIATIVES = "Initiatives";

  /** The heading of the section listing the set's KPIs: {@code # KPIs}. */
  static final String KPIS = "KPIs";

  /** What starts an objective's retrospective paragraph, under its heading. */
  static final String RETROSPECTIVE = "Retrospective:";

  /** True for the text after "# " of a section heading (no cycle has a heading without dates). */
  static boolean isSection(String heading) {
    String h = heading.strip();
    return h.equals(INITIATIVES) || h.equals(KPIS);
  }

  /** A KPI's corridor as {@code 40..60}, {@code 40..} (at least) or {@code ..60} (at most). */
  static String corridor(Corridor c) {
    return c.min().map(OutlineFormat::format).orElse("") + ".."
        + c.max().map(OutlineFormat::format).orElse("");
  }

  /** The id an objective gets when none is given: its first six words, lower-case, hyphenated. */
  static String defaultObjectiveId(String title, int number) {
    return defaultId(title, number, "objective");
  }

  /** The first six words of {@code title}, lower-case, hyphenated; else prefix-number. */
  static String defaultId(String title, int number, String prefix) {
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
    return b.length() == 0 ? prefix + "-" + number : b.toString();
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
    private final String prefix;

    /** Default ids of objectives ({@code objective-3} for a title without a word). */
    ObjectiveIds() {
      this("objective");
    }

    /** Default ids of other items: initiatives, KPIs ({@code kpi-2}). */
    ObjectiveIds(String prefix) {
      this.prefix = prefix;
    }

    /** The id the objective at {@code number} (from 1) gets when its heading gives none. */
    String defaultFor(String title, int number) {
      String base = defaultId(title, number, prefix);
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

  /** An id that reads back unquoted in a {@code +} list: no space, no '+', no quote or comma. */
  private static final Pattern BARE_ID = Pattern.compile("[A-Za-z0-9_.:/@#-]+");

  /** True when every id of the list can be written bare: the list needs no quotes. */
  static boolean isBareIdList(List<String> ids) {
    for (String id : ids) {
      if (!BARE_ID.matcher(id).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A list of ids as {@code emea-1 + apac-1}: bare ids as they are, any other id in double quotes
   * with {@code \"} and {@code \\} escaped ({@code "EMEA 1" + apac-1}).
   */
  static String idList(List<String> ids) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      if (b.length() > 0) {
        b.append(" + ");
      }
      if (BARE_ID.matcher(id).matches()) {
        b.append(id);
      } else {
        b.append('"');
        for (int i = 0; i < id.length(); i++) {
          char c = id.charAt(i);
          if (c == '"' || c == '\\') {
            b.append('\\');
          }
          b.append(c);
        }
        b.append('"');
      }
    }
    return b.toString();
  }

  /**
   * Reads a list written by {@link #idList}; {@code column} is where {@code text} starts on line
   * {@code no} (exact for an unquoted value), named in the error for an empty or unclosed id.
   */
  static List<String> parseIdList(String text, int no, int column, String key) {
    List<String> ids = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (true) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      StringBuilder id = new StringBuilder();
      int from = i;
      if (i < n && text.charAt(i) == '"') {
        i++;
        while (i < n && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          id.append(text.charAt(i));
          i++;
        }
        if (i >= n) {
          throw new OutlineException(no, column + from, "a closing '\"' after the id in " + key,
              text.substring(from));
        }
        i++;
      } else {
        while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '+') {
          id.append(text.charAt(i));
          i++;
        }
      }
      if (id.toString().isBlank()) {
        throw new OutlineException(no, column + from, "a key-result id in " + key
            + " (ids joined by ' + ', like 'emea-1 + apac-1')", text.substring(from));
      }
      ids.add(id.toString());
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        return ids;
      }
      if (text.charAt(i) != '+') {
        throw new OutlineException(no, column + i, "' + ' between the ids of " + key,
            text.substring(i));
      }
      i++;
    }
  }

  /** A plan as {@code 2026-11-15 1200; 2026-12-15 1400}: each point's date and value. */
  static String plan(List<PlanPoint> plan) {
    StringBuilder b = new StringBuilder();
    for (PlanPoint p : plan) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(p.date()).append(' ').append(format(p.value()));
    }
    return b.toString();
  }
}
