package org.okrkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * Writes an {@link OkrSet} as the two sheets, and says what the sheets cannot carry.
 *
 * <p>One row per key result with its objective's columns repeated (an objective without key
 * results gets one row of its own), so every row reads on its own after sorting or filtering in
 * a spreadsheet. Numbers are written digit for digit ({@code BigDecimal.toString()}), which the
 * reader reads back to an equal value.
 */
final class CsvSheetWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private CsvSheetWriter() {}

  static void keyResults(OkrSet set, boolean checkInSheet, Writer out) throws IOException {
    Map<String, Cycle> cycles = cycles(set);
    boolean commitColumns = false;
    boolean currentNotes = false;
    Set<String> extensionColumns = new LinkedHashSet<>();
    for (Objective o : set.objectives()) {
      for (KeyResult k : o.keyResults()) {
        commitColumns |= k.extensions().containsKey("x-commit") || k.extensions().containsKey("x-stretch")
            || k.target().map(Target::isStepped).orElse(false);
        for (Map.Entry<String, String> e : k.extensions().entrySet()) {
          if (!isCommitExtension(e.getKey()) && jsonString(e.getValue()) != null) {
            extensionColumns.add(e.getKey());
          }
        }
        Optional<CheckIn> latest = latest(k);
        currentNotes |= !checkInSheet && latest.isPresent()
            && (latest.get().confidence().isPresent() || latest.get().note().isPresent());
      }
    }
    List<String> header = new ArrayList<>();
    for (String c : CsvColumns.KEY_RESULTS) {
      if (commitColumns || !(c.equals("commit") || c.equals("stretch"))) {
        header.add(c);
      }
    }
    if (currentNotes) {
      header.add("confidence");
      header.add("note");
    }
    header.addAll(extensionColumns);
    try (SequenceWriter rows = csv(out)) {
      rows.write(header.toArray(new String[0]));
      for (Objective o : set.objectives()) {
        Cycle cycle = cycles.get(o.cycle());
        if (o.keyResults().isEmpty()) {
          rows.write(row(header, objectiveCells(o, cycle)));
        }
        for (KeyResult k : o.keyResults()) {
          Map<String, String> cells = objectiveCells(o, cycle);
          cells.put("key_result_id", k.id());
          cells.put("key_result", k.title());
          cells.put("kind", k.kind().name().toLowerCase(Locale.ROOT));
          k.unit().ifPresent(u -> cells.put("unit", u));
          k.baseline().ifPresent(b -> cells.put("baseline", b.value().toString()));
          k.target().ifPresent(t -> cells.put(targetColumn(o, k, t), t.value().toString()));
          k.target().flatMap(Target::upper).ifPresent(u -> cells.put("at_most", u.toString()));
          k.target().flatMap(Target::commit).ifPresent(c -> cells.put("commit", c.toString()));
          k.target().flatMap(Target::stretch).ifPresent(c -> cells.put("stretch", c.toString()));
          // a stepped target's levels fill commit and stretch: an x-commit / x-stretch is then lost
          boolean levels = k.target().map(Target::isStepped).orElse(false);
          if (!levels && o.type() == ObjectiveType.COMMITTED && k.extensions().containsKey("x-stretch")) {
            cells.put("stretch", k.extensions().get("x-stretch"));
          } else if (!levels && o.type() == ObjectiveType.ASPIRATIONAL && k.extensions().containsKey("x-commit")) {
            cells.put("commit", k.extensions().get("x-commit"));
          }
          if (k.weight().compareTo(BigDecimal.ONE) != 0 || k.weight().scale() != 0) {
            cells.put("weight", k.weight().toString());
          }
          latest(k).ifPresent(c -> {
            cells.put("current", current(k, c));
            c.confidence().ifPresent(v -> cells.put("confidence", v.toString()));
            c.note().ifPresent(n -> cells.put("note", n));
          });
          for (String x : extensionColumns) {
            String raw = k.extensions().get(x);
            String text = raw == null ? null : jsonString(raw);
            if (text != null) {
              cells.put(x, text);
            }
          }
          rows.write(row(header, cells));
        }
      }
    }
  }

  static void checkIns(OkrSet set, Writer out) throws IOException {
    boolean deltas = false;
    for (Objective o : set.objectives()) {
      for (KeyResult k : o.keyResults()) {
        for (CheckIn c : k.checkIns()) {
          deltas |= c.delta().isPresent();
        }
      }
    }
    List<String> header = new ArrayList<>(CsvColumns.CHECK_INS);
    if (deltas) {
      header.addAll(CsvColumns.CHECK_INS_OPTIONAL);
    }
    try (SequenceWriter rows = csv(out)) {
      rows.write(header.toArray(new String[0]));
      for (Objective o : set.objectives()) {
        for (KeyResult k : o.keyResults()) {
          for (CheckIn c : k.checkIns()) {
            Map<String, String> cells = new HashMap<>();
            cells.put("date", c.date().toString());
            cells.put("key_result_id", k.id());
            if (c.delta().isPresent()) {
              cells.put("delta", c.delta().get().toString());
            } else {
              cells.put("value", value(c));
            }
            c.confidence().ifPresent(v -> cells.put("confidence", v.toString()));
            c.note().ifPresent(n -> cells.put("note", n));
            rows.write(row(header, cells));
          }
        }
      }
    }
  }


  /** What the sheets cannot carry of {@code set}, one sentence each, in document order. */
  static List<String> losses(OkrSet set, boolean checkInSheet) {
    List<String> losses = new ArrayList<>();
    Map<String, Cycle> cycles = cycles(set);
    if (!set.extensions().isEmpty()) {
      losses.add("the set's extension fields " + set.extensions().keySet());
    }
    if (!set.initiatives().isEmpty()) {
      losses.add("the set's " + set.initiatives().size() + " initiatives (a sheet has rows of key results only)");
    }
    if (!set.kpis().isEmpty()) {
      losses.add("the set's " + set.kpis().size() + " KPIs (a sheet has rows of key results only)");
    }
    if (set.scoring().isPresent() && !set.scoring().get().isEmpty()) {
      losses.add("the set's scoring settings (cap, floor, credits, grades, cadence, roll-up,"
          + " confidence scale: a sheet has rows of key results only)");
    }
    // A sheet finds cycles and objectives by their id cells and a check-in row its key result by
    // id: ids that repeat (an invalid document, but a readable one) would merge on the way back.
    repeated(set.cycles().stream().map(Cycle::id), "cycle", "a sheet keeps one cycle per id", losses);
    repeated(set.objectives().stream().map(Objective::id), "objective",
        "a sheet keeps one objective per id", losses);
    if (checkInSheet) {
      repeated(
          set.objectives().stream()
              .flatMap(o -> o.keyResults().stream())
              .filter(k -> !k.checkIns().isEmpty())
              .map(KeyResult::id),
          "key result",
          "the check-ins sheet finds the key result of a check-in by its id",
          losses);
    }
    Set<String> used = new LinkedHashSet<>();
    for (Objective o : set.objectives()) {
      used.add(o.cycle());
    }
    for (Cycle c : set.cycles()) {
      if (!used.contains(c.id())) {
        losses.add("cycle '" + c.id() + "': no objective belongs to it, and a sheet has a row only per key result");
      }
      if (!c.extensions().isEmpty()) {
        losses.add("cycle '" + c.id() + "': extension fields " + c.extensions().keySet());
      }
      Optional<String> derived = derivedName(c.id());
      if (!c.name().equals(derived)) {
        losses.add("cycle '" + c.id() + "': its name" + c.name().map(n -> " '" + n + "'").orElse(" (none)")
            + (derived.isPresent() ? " (a sheet gives it '" + derived.get() + "')" : ""));
      }
    }
    for (Objective o : set.objectives()) {
      String obj = "objective '" + o.id() + "': ";
      if (!cycles.containsKey(o.cycle()) && derivedName(o.cycle()).isEmpty()) {
        losses.add(obj + "cycle '" + o.cycle() + "' is not in the set, so the sheet has no dates for it");
      }
      o.description().ifPresent(d -> losses.add(obj + "its description"));
      if (o.weight().compareTo(BigDecimal.ONE) != 0 || o.weight().scale() != 0) {
        losses.add(obj + "its weight " + o.weight() + " (the weight column is the key result's)");
      }
      if (!o.extensions().isEmpty()) {
        losses.add(obj + "extension fields " + o.extensions().keySet());
      }
      o.close().ifPresent(c -> losses.add(obj + "its close-out"));
      o.carriedFrom().ifPresent(c -> losses.add(obj + "that it was carried from '" + c + "'"));
      for (KeyResult k : o.keyResults()) {
        String kr = "key result '" + k.id() + "': ";
        k.baseline().map(Baseline::date).flatMap(d -> d).ifPresent(d -> losses.add(kr + "the baseline's date " + d));
        if (k.baseline().map(b -> !b.extensions().isEmpty()).orElse(false)) {
          losses.add(kr + "the baseline's extension fields");
        }
        if (k.target().map(t -> !t.extensions().isEmpty()).orElse(false)) {
          losses.add(kr + "the target's extension fields");
        }
        for (Map.Entry<String, String> e : k.extensions().entrySet()) {
          boolean carried = isCommitExtension(e.getKey())
              ? commitCarried(o, k, e.getKey())
              : jsonString(e.getValue()) != null;
          if (!carried) {
            losses.add(kr + "extension field " + e.getKey() + " (a sheet carries only text extensions)");
          }
        }
        if (!k.changes().isEmpty()) {
          losses.add(kr + "its " + k.changes().size() + " mid-cycle changes of target or baseline");
        }
        k.close().ifPresent(c -> losses.add(kr + "its close-out"));
        k.carriedFrom().ifPresent(c -> losses.add(kr + "that it was carried from '" + c + "'"));
        if (k.trackAfterClose()) {
          losses.add(kr + "that it is tracked after its close-out");
        }
        k.kpi().ifPresent(c -> losses.add(kr + "its link to KPI '" + c + "'"));
        k.zones().ifPresent(z -> losses.add(kr + "the descriptions of its zones"));
        if (k.targetPending()) {
          losses.add(kr + "that its target is pending (the sheet leaves the target blank)");
        }
        if (k.baselinePending()) {
          losses.add(kr + "that its baseline is pending (the sheet leaves the baseline blank)");
        }
        if (!checkInSheet && k.checkIns().stream().anyMatch(c -> c.delta().isPresent())) {
          losses.add(kr + "that its check-ins are increments (one sheet carries the level they"
              + " reach as the current value)");
        }
        for (CheckIn c : k.checkIns()) {
          if (!c.extensions().isEmpty()) {
            losses.add(kr + "the extension fields of the check-in of " + c.date());
          }
          c.confidenceAsGiven().ifPresent(g -> losses.add(kr + "the confidence of the check-in of "
              + c.date() + " as given, '" + g + "' (a sheet carries the 0-1 confidence)"));
        }
        if (!checkInSheet && !k.checkIns().isEmpty()) {
          CheckIn latest = latest(k).orElseThrow();
          losses.add(kr + (k.checkIns().size() == 1 ? "the date of its check-in " + latest.date()
              : k.checkIns().size() - 1 + " earlier check-ins and the date of the latest, " + latest.date())
              + " (one sheet carries only the current value; write the check-ins sheet too)");
        }
      }
    }
    return losses;
  }

  private static void repeated(Stream<String> ids, String what, String why, List<String> losses) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    ids.forEach(id -> counts.merge(id, 1, Integer::sum));
    counts.forEach((id, n) -> {
      if (n > 1) {
        losses.add(what + " id '" + id + "' appears " + n + " times, and " + why);
      }
    });
  }

  private static boolean isCommitExtension(String name) {
    return name.equals("x-commit") || name.equals("x-stretch");
  }

  /** x-commit / x-stretch go back into their column when they are the target the type does not pick. */
  private static boolean commitCarried(Objective o, KeyResult k, String name) {
    boolean reach = k.target()
        .map(t -> t.side() == TargetSide.REACH && t.extensions().isEmpty() && !t.isStepped())
        .orElse(false);
    boolean number = decimal(k.extensions().get(name)) != null;
    return reach && number && (name.equals("x-stretch") ? o.type() == ObjectiveType.COMMITTED
        : o.type() == ObjectiveType.ASPIRATIONAL);
  }

  private static String targetColumn(Objective o, KeyResult k, Target t) {
    return switch (t.side()) {
      case AT_LEAST -> "at_least";
      case AT_MOST -> "at_most";
      case REACH -> t.isStepped()
          ? "target"
          : o.type() == ObjectiveType.COMMITTED && k.extensions().containsKey("x-stretch")
          ? "commit"
          : o.type() == ObjectiveType.ASPIRATIONAL && k.extensions().containsKey("x-commit")
              ? "stretch"
              : "target";
    };
  }

  private static @Nullable BigDecimal decimal(@Nullable String raw) {
    try {
      return raw == null ? null : new BigDecimal(raw);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The name the reader gives a cycle with this id (quarters), if any. */
  static Optional<String> derivedName(String id) {
    if (id.matches("\\d{4}-Q[1-4]")) {
      return Optional.of("Q" + id.charAt(6) + " " + id.substring(0, 4));
    }
    return Optional.empty();
  }

  private static Map<String, String> objectiveCells(Objective o, @Nullable Cycle cycle) {
    Map<String, String> cells = new HashMap<>();
    cells.put("cycle", o.cycle());
    if (cycle != null) {
      cells.put("cycle_start", cycle.start().toString());
      cells.put("cycle_end", cycle.end().toString());
    }
    cells.put("objective_id", o.id());
    cells.put("objective", o.title());
    o.owner().ifPresent(v -> cells.put("objective_owner", v));
    o.level().ifPresent(v -> cells.put("level", v.name().toLowerCase(Locale.ROOT)));
    cells.put("type", o.type().name().toLowerCase(Locale.ROOT));
    o.parent().ifPresent(v -> cells.put("parent", v));
    return cells;
  }

  private static String[] row(List<String> header, Map<String, String> cells) {
    String[] row = new String[header.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = cells.getOrDefault(header.get(i), "");
    }
    return row;
  }

  private static Map<String, Cycle> cycles(OkrSet set) {
    Map<String, Cycle> cycles = new HashMap<>();
    for (Cycle c : set.cycles()) {
      cycles.putIfAbsent(c.id(), c);
    }
    return cycles;
  }

  /** The check-in scoring uses: the latest date, the later in the list for equal dates. */
  static Optional<CheckIn> latest(KeyResult k) {
    CheckIn latest = null;
    for (CheckIn c : k.checkIns()) {
      if (latest == null || !c.date().isBefore(latest.date())) {
        latest = c;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static String value(CheckIn c) {
    if (c.value().isPresent()) {
      return c.value().get().toString();
    }
    if (c.zone().isPresent()) {
      return c.zone().get().name().toLowerCase(Locale.ROOT);
    }
    if (c.delta().isPresent()) {
      // only the check-ins sheet's delta column carries an increment as such
      throw new IllegalStateException("a delta check-in has no value cell");
    }
    return c.done().orElse(false) ? "done" : "not done";
  }

  /** The current cell: the latest check-in's value, or the sum the increments reached. */
  private static String current(KeyResult k, CheckIn latest) {
    if (latest.delta().isEmpty()) {
      return value(latest);
    }
    BigDecimal level = level(k.baseline().map(Baseline::value).orElse(null), k.checkIns());
    return java.util.Objects.requireNonNull(level, "a delta check-in reaches a level").toString();
  }

  /**
   * The level the value and delta check-ins reach, as scoring reads them: in date order (ties in
   * list order), a value sets it, a delta adds to it (the first to the baseline, or to 0); null
   * without a value or delta check-in.
   */
  static @Nullable BigDecimal level(@Nullable BigDecimal baseline, List<CheckIn> checkIns) {
    List<CheckIn> levels = new ArrayList<>();
    for (CheckIn c : checkIns) {
      if (c.value().isPresent() || c.delta().isPresent()) {
        levels.add(c);
      }
    }
    if (levels.isEmpty()) {
      return null;
    }
    levels.sort(java.util.Comparator.comparing(CheckIn::date)); // stable: ties keep list order
    BigDecimal now = baseline;
    for (CheckIn c : levels) {
      now = c.value().isPresent()
          ? c.value().get()
          : (now == null ? BigDecimal.ZERO : now).add(c.delta().orElseThrow());
    }
    return now;
  }

  /** The text of a raw JSON string value, or null when the value is not a JSON string. */
  static @Nullable String jsonString(String raw) {
    try (JsonParser p = JSON.createParser(raw)) {
      if (p.nextToken() != JsonToken.VALUE_STRING) {
        return null;
      }
      String text = p.getText();
      return p.nextToken() == null ? text : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static SequenceWriter csv(Writer out) throws IOException {
    CsvMapper mapper = new CsvMapper();
    // quote only the cells that need it (a comma, a quote, a line break), as spreadsheets do
    mapper.enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
    return mapper.writerFor(String[].class).with(schema).writeValues(out);
  }

  static String toText(IoWrite write) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      write.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** A write into a {@link Writer}. */
  interface IoWrite {
    void to(Writer out) throws IOException;
  }
}
