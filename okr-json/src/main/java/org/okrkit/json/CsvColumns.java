package org.okrkit.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the two sheets: canonical names, and the names popular templates use for them.
 * Headers match ignoring case, spaces and punctuation ({@code Key Result ID} is {@code
 * key_result_id}); a header starting with {@code x-} is an extension column.
 */
final class CsvColumns {
  private CsvColumns() {}

  /** The key-results sheet's canonical columns, in the order they are written. */
  static final List<String> KEY_RESULTS =
      List.of(
          "cycle", "cycle_start", "cycle_end", "objective_id", "objective", "objective_owner",
          "level", "type", "parent", "key_result_id", "key_result", "kind", "unit", "baseline",
          "target", "at_least", "at_most", "commit", "stretch", "weight", "current");

  /** Read on the key-results sheet as well: the current value's confidence and note. */
  static final List<String> KEY_RESULTS_READ_ONLY = List.of("confidence", "note", "progress");

  /** The check-ins sheet's canonical columns, in the order they are written. */
  static final List<String> CHECK_INS = List.of("date", "key_result_id", "value", "confidence", "note");

  /** Check-ins sheet columns written only when needed: an increment instead of a value. */
  static final List<String> CHECK_INS_OPTIONAL = List.of("delta");

  private static final Map<String, String> KEY_RESULT_ALIASES = new LinkedHashMap<>();
  private static final Map<String, String> CHECK_IN_ALIASES = new LinkedHashMap<>();

  static {
    for (String c : KEY_RESULTS) {
      KEY_RESULT_ALIASES.put(normalise(c), c);
    }
    for (String c : KEY_RESULTS_READ_ONLY) {
      KEY_RESULT_ALIASES.put(normalise(c), c);
    }
    // names of the common Google Sheets / Excel templates
    KEY_RESULT_ALIASES.put("owner", "objective_owner");
    KEY_RESULT_ALIASES.put("quarter", "cycle");
    KEY_RESULT_ALIASES.put("startvalue", "baseline");
    KEY_RESULT_ALIASES.put("startingvalue", "baseline");
    KEY_RESULT_ALIASES.put("targetvalue", "target");
    KEY_RESULT_ALIASES.put("currentvalue", "current");
    KEY_RESULT_ALIASES.put("notes", "note");
    for (String c : CHECK_INS) {
      CHECK_IN_ALIASES.put(normalise(c), c);
    }
    for (String c : CHECK_INS_OPTIONAL) {
      CHECK_IN_ALIASES.put(normalise(c), c);
    }
    CHECK_IN_ALIASES.put("increment", "delta");
    CHECK_IN_ALIASES.put("keyresult", "key_result_id");
    CHECK_IN_ALIASES.put("kr", "key_result_id");
    CHECK_IN_ALIASES.put("krid", "key_result_id");
    CHECK_IN_ALIASES.put("currentvalue", "value");
    CHECK_IN_ALIASES.put("notes", "note");
  }

  /** A header without case, spaces or punctuation. */
  static String normalise(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /** True for an extension column ({@code x-…}). */
  static boolean isExtension(String header) {
    return header.strip().toLowerCase(Locale.ROOT).startsWith("x-");
  }

  static Optional<String> keyResultColumn(String header) {
    return Optional.ofNullable(KEY_RESULT_ALIASES.get(normalise(header)));
  }

  static Optional<String> checkInColumn(String header) {
    return Optional.ofNullable(CHECK_IN_ALIASES.get(normalise(header)));
  }
}
