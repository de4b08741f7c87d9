package org.okrkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.json.OkrCsvException.Problem;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;

/**
 * Reads the key-results sheet (and the check-ins sheet, if any) into an {@link OkrSet}.
 *
 * <p>The sheet is parsed by jackson-dataformat-csv as rows of strings (quotes, commas and line
 * breaks inside quoted cells, CRLF); everything after that is here: headers to columns, rows to
 * objectives (objective cells left blank continue the objective above, as templates with merged
 * cells export them), cells to exact values. Every problem is collected with its row and column,
 * and reading goes on, so one pass reports them all (up to the cap). Time is linear in the sheet.
 */
final class CsvSheetReader {
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern QUARTER_FIRST = Pattern.compile("(?i)q([1-4])\\s*[-/ ]?\\s*(\\d{4})");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?i)(\\d{4})\\s*[-/ ]?\\s*q([1-4])");

  private final OkrCsv options;
  private final List<Problem> problems = new ArrayList<>();

  // key-results sheet state
  private final Map<String, CycleDraft> cycles = new LinkedHashMap<>();
  private final Map<String, ObjectiveDraft> objectivesByKey = new HashMap<>();
  private final List<ObjectiveDraft> objectives = new ArrayList<>();
  private @Nullable ObjectiveDraft previous;
  private @Nullable String previousCycle;
  private int keyResultCount;
  private long checkInCount;

  CsvSheetReader(OkrCsv options) {
    this.options = options;
  }

  /** Thrown to stop reading at the problem cap or a limit; the problems so far are reported. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * One cell: its text stripped (for numbers, dates, names and blankness), its text as written
   * (for titles, owners, notes: a sheet keeps what it holds), 1-based column and header.
   */
  private record Cell(String text, String raw, int column, String header) {
    Cell(String text, int column, String header) {
      this(text, text, column, header);
    }

    boolean isBlank() {
      return text.isEmpty();
    }
  }

  /** One data row: the file, its 1-based number, its cells by canonical column. */
  private record Row(String file, long number, Map<String, Cell> cells, Map<String, Cell> extensions) {
    @Nullable Cell cell(String column) {
      Cell c = cells.get(column);
      return c == null || c.isBlank() ? null : c;
    }
  }

  private static final class CycleDraft {
    final String id;
    final @Nullable String name;
    final LocalDate start;
    final LocalDate end;

    CycleDraft(String id, @Nullable String name, LocalDate start, LocalDate end) {
      this.id = id;
      this.name = name;
      this.start = start;
      this.end = end;
    }
  }

  private static final class ObjectiveDraft {
    final Row first;
    String id = ""; // blank until given or derived
    String title = "";
    String cycle = "";
    @Nullable String owner;
    @Nullable Level level;
    @Nullable ObjectiveType type;
    @Nullable String parent;
    final List<KeyResultDraft> keyResults = new ArrayList<>();

    ObjectiveDraft(Row first) {
      this.first = first;
    }
  }

  private static final class KeyResultDraft {
    final Row row;
    final ObjectiveDraft objective;
    String id = ""; // blank until given or derived
    String title = "";
    KeyResultKind kind = KeyResultKind.METRIC;
    @Nullable String unit;
    @Nullable BigDecimal baseline;
    @Nullable Target target;
    @Nullable BigDecimal commit;
    @Nullable BigDecimal stretch;
    @Nullable BigDecimal weight;
    @Nullable BigDecimal currentValue;
    @Nullable Boolean currentDone;
    @Nullable Zone currentZone;
    @Nullable BigDecimal confidence;
    @Nullable String note;
    final Map<String, String> extensions = new LinkedHashMap<>();
    final List<CheckIn> checkIns = new ArrayList<>();

    KeyResultDraft(Row row, ObjectiveDraft objective) {
      this.row = row;
      this.objective = objective;
    }
  }

  // ---- entry point ----

  OkrSet read(Reader keyResults, String keyResultsName, @Nullable Reader checkIns, String checkInsName) {
    OkrSet set = null;
    try {
      rows(keyResults, keyResultsName, true, this::keyResultRow);
      Map<String, KeyResultDraft> byId = assignIds();
      if (checkIns != null) {
        Map<String, List<KeyResultDraft>> byTitle = new HashMap<>();
        for (ObjectiveDraft o : objectives) {
          for (KeyResultDraft k : o.keyResults) {
            byTitle.computeIfAbsent(k.title, t -> new ArrayList<>()).add(k);
          }
        }
        rows(checkIns, checkInsName, false, (row, unused) -> checkInRow(row, byId, byTitle));
      }
      set = build(checkIns != null);
    } catch (Stop stop) {
      // reported below with everything found before it
    }
    if (!problems.isEmpty() || set == null) {
      throw new OkrCsvException(problems, problems.size() >= options.limits().maxProblems());
    }
    return set;
  }

  private void problem(String file, long row, @Nullable Cell cell, String message) {
    problems.add(
        new Problem(file, row, cell == null ? 0 : cell.column(), cell == null ? "" : cell.header(), message));
    if (problems.size() >= options.limits().maxProblems()) {
      throw new Stop();
    }
  }

  private void problem(Row row, @Nullable Cell cell, String message) {
    problem(row.file(), row.number(), cell, message);
  }

  // ---- rows ----

  /** Counts characters so that a huge sheet stops at the document limit, not at the heap's. */
  private static final class Bounded extends FilterReader {
    private final long max;
    private long count;

    Bounded(Reader in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0 && ++count > max) {
        throw new LimitException();
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0 && (count += n) > max) {
        throw new LimitException();
      }
      return n;
    }
  }

  private static final class LimitException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private void rows(Reader input, String file, boolean keyResultSheet, BiConsumer<Row, Boolean> each) {
    CsvFactory factory =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength(options.limits().maxStringLength())
                    .build())
            .build();
    CsvMapper mapper = new CsvMapper(factory);
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    long row = 0;
    String[] headers = new String[0];
    String[] columns = new String[0];
    Reader bounded = new Bounded(input, options.limits().maxDocumentBytes());
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(bounded)) {
      while (it.hasNextValue()) {
        String[] cells = it.nextValue();
        row++;
        if (row == 1) {
          headers = cells;
          columns = header(file, cells, keyResultSheet);
          continue;
        }
        Map<String, Cell> byColumn = new HashMap<>();
        Map<String, Cell> extensions = new LinkedHashMap<>();
        boolean blank = true;
        for (int i = 0; i < cells.length; i++) {
          String raw = cells[i] == null ? "" : cells[i];
          String text = raw.strip();
          if (!text.isEmpty()) {
            blank = false;
          }
          if (i >= columns.length || columns[i] == null) {
            if (!text.isEmpty()) {
              problem(file, row, new Cell(text, i + 1, i < headers.length ? headers[i] : ""),
                  "a value in a column without a header: '" + OkrCsv.shorten(text) + "'");
            }
            continue;
          }
          Cell cell = new Cell(text, raw, i + 1, headers[i].strip());
          if (columns[i].startsWith("x-")) {
            extensions.put(columns[i], cell);
          } else {
            byColumn.put(columns[i], cell);
          }
        }
        if (!blank) {
          each.accept(new Row(file, row, byColumn, extensions), keyResultSheet);
        }
      }
      if (row == 0) {
        problem(file, 0, null, "the sheet is empty: expected a header row ("
            + String.join(", ", keyResultSheet ? CsvColumns.KEY_RESULTS : CsvColumns.CHECK_INS) + ")");
      }
    } catch (LimitException e) {
      problem(file, row + 1, null, "the sheet is longer than " + options.limits().maxDocumentBytes()
          + " characters (OkrJsonLimits.maxDocumentBytes)");
      throw new Stop();
    } catch (CharacterCodingException e) {
      problem(file, row + 1, null, "not UTF-8 text (save the sheet as CSV UTF-8)");
      throw new Stop();
    } catch (StreamConstraintsException e) {
      problem(file, row + 1, null, "a cell longer than " + options.limits().maxStringLength()
          + " characters (OkrJsonLimits.maxStringLength)");
      throw new Stop();
    } catch (JsonProcessingException e) {
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof StreamConstraintsException) {
          problem(file, row + 1, null, "a cell longer than " + options.limits().maxStringLength()
              + " characters (OkrJsonLimits.maxStringLength)");
          throw new Stop();
        }
      }
      if (String.valueOf(e.getOriginalMessage()).contains("exceeds the maximum allowed")) {
        problem(file, row + 1, null, "a cell longer than " + options.limits().maxStringLength()
            + " characters (OkrJsonLimits.maxStringLength)");
        throw new Stop();
      }
      problem(file, row + 1, null, "malformed CSV: " + e.getOriginalMessage());
      throw new Stop();
    } catch (IOException e) {
      problem(file, row + 1, null, "cannot read: " + String.valueOf(e.getMessage()));
      throw new Stop();
    }
  }

  /** Maps each header to its canonical column (null: ignored), reporting unknown and repeated ones. */
  private String[] header(String file, String[] headers, boolean keyResultSheet) {
    String[] columns = new String[headers.length];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < headers.length; i++) {
      String h = headers[i] == null ? "" : headers[i].strip();
      if (i == 0 && h.startsWith("\uFEFF")) {
        h = h.substring(1).strip();
        headers[i] = h;
      }
      if (h.isEmpty()) {
        continue;
      }
      Cell cell = new Cell(h, i + 1, h);
      Optional<String> column =
          CsvColumns.isExtension(h)
              ? Optional.of(h.toLowerCase(Locale.ROOT))
              : keyResultSheet ? CsvColumns.keyResultColumn(h) : CsvColumns.checkInColumn(h);
      if (column.isEmpty()) {
        problem(file, 1, cell, "unknown column '" + OkrCsv.shorten(h) + "'; expected one of "
            + String.join(", ", keyResultSheet ? CsvColumns.KEY_RESULTS : CsvColumns.CHECK_INS)
            + (keyResultSheet ? ", confidence, note" : ", delta")
            + " (or a template name such as "
            + (keyResultSheet ? "Objective, Key Result, Owner, Quarter, Start Value, Target Value,"
                + " Current Value" : "Date, Key Result, Value, Notes")
            + "; extension columns start with x-)");
        continue;
      }
      Integer before = seen.putIfAbsent(column.get(), i + 1);
      if (before != null) {
        problem(file, 1, cell, "column '" + OkrCsv.shorten(h) + "' repeats column "
            + OkrCsvException.columnLetters(before) + " (both mean " + column.get() + ")");
        continue;
      }
      columns[i] = column.get();
    }
    List<String> required = keyResultSheet ? List.of("objective", "key_result") : List.of("date", "key_result_id");
    for (String r : required) {
      if (!seen.containsKey(r)) {
        problem(file, 1, null, "no " + r + " column: the header row needs one");
      }
    }
    if (!keyResultSheet && !seen.containsKey("value") && !seen.containsKey("delta")) {
      problem(file, 1, null, "no value column: the header row needs one (or a delta column for increments)");
    }
    if (keyResultSheet && !seen.containsKey("cycle") && !(seen.containsKey("cycle_start") && seen.containsKey("cycle_end"))) {
      problem(file, 1, null, "no cycle column: add a cycle (or Quarter) column with values like 2026-Q4,"
          + " or cycle_start and cycle_end");
    }
    if (!problems.isEmpty()) {
      throw new Stop(); // rows cannot be read against a broken header
    }
    return columns;
  }

  // ---- key-results sheet ----

  private void keyResultRow(Row row, boolean unused) {
    Cell objectiveId = row.cell("objective_id");
    Cell title = row.cell("objective");
    String cycle = cycle(row);
    ObjectiveDraft objective;
    if (objectiveId == null && title == null) {
      objective = previous;
      if (objective == null) {
        problem(row, row.cells().get("objective"), "expected an objective title (the first row of a"
            + " sheet starts an objective; blank objective cells continue the one above)");
        return;
      }
      if (cycle != null && !cycle.equals(objective.cycle)) {
        problem(row, row.cell("cycle"), "objective '" + OkrCsv.shorten(objective.title) + "' is in cycle '"
            + objective.cycle + "' (row " + objective.first.number() + "), not '" + cycle
            + "': give the objective's title on this row to start another");
      }
    } else {
      if (cycle == null) {
        cycle = previousCycle;
      }
      if (cycle == null) {
        problem(row, row.cells().get("cycle"), "expected a cycle, like 2026-Q4 or Q4 2026");
        return;
      }
      String key =
          objectiveId != null
              ? "id\u0000" + objectiveId.raw()
              : "title\u0000" + cycle + "\u0000" + java.util.Objects.requireNonNull(title).raw();
      objective = objectivesByKey.get(key);
      if (objective == null) {
        if (objectives.size() >= options.limits().maxObjectives()) {
          problem(row, null, "more than " + options.limits().maxObjectives() + " objectives (OkrJsonLimits.maxObjectives)");
          throw new Stop();
        }
        objective = new ObjectiveDraft(row);
        objective.id = objectiveId == null ? "" : objectiveId.raw();
        objective.cycle = cycle;
        objectivesByKey.put(key, objective);
        objectives.add(objective);
        if (title == null) {
          problem(row, row.cells().get("objective"), "objective '" + OkrCsv.shorten(key.substring(3))
              + "' has no title");
        }
      } else if (!cycle.equals(objective.cycle)) {
        problem(row, row.cell("cycle"), "objective '" + OkrCsv.shorten(objective.id.isEmpty() ? objective.title : objective.id)
            + "' is in cycle '" + objective.cycle + "' on row " + objective.first.number() + ", not '" + cycle + "'");
      }
      String title0 = agree(row, "objective", objective.title.isEmpty() ? null : objective.title, objective, null);
      objective.title = title0 == null ? "" : title0;
      objective.owner = agree(row, "objective_owner", objective.owner, objective, null);
      objective.level = agree(row, "level", objective.level, objective, s -> parseEnum(Level.class, s));
      objective.type = agree(row, "type", objective.type, objective, s -> parseEnum(ObjectiveType.class, s));
      objective.parent = agree(row, "parent", objective.parent, objective, null);
      previousCycle = cycle;
    }
    previous = objective;
    keyResult(row, objective);
  }

  private interface Parse<T> {
    @Nullable T parse(String text);
  }

  /**
   * An objective cell: the first value given, and every later non-blank cell must repeat it.
   * Without {@code parse} the cell is text, taken as written.
   */
  @SuppressWarnings("unchecked") // without a parser T is String
  private <T> @Nullable T agree(
      Row row, String column, @Nullable T current, ObjectiveDraft objective, @Nullable Parse<T> parse) {
    Cell cell = row.cell(column);
    if (cell == null) {
      return current;
    }
    T value = parse == null ? (T) cell.raw() : parse.parse(cell.text());
    if (value == null) {
      problem(row, cell, expectedFor(column, cell.text()));
      return current;
    }
    if (current != null && !current.equals(value)) {
      problem(row, cell, "objective '" + OkrCsv.shorten(objective.id.isEmpty() ? objective.title : objective.id)
          + "' has " + column + " '" + OkrCsv.shorten(current instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(current)) + "' on row "
          + objective.first.number() + ", not '" + OkrCsv.shorten(cell.text()) + "'");
      return current;
    }
    return value;
  }

  private static String expectedFor(String column, String text) {
    String got = ", got '" + OkrCsv.shorten(text) + "'";
    return switch (column) {
      case "level" -> "expected a level: company, department, team or individual" + got;
      case "type" -> "expected a type: committed or aspirational" + got;
      case "kind" -> "expected a kind: metric, threshold, milestone or zones" + got;
      default -> "unexpected value" + got;
    };
  }

  private static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, String text) {
    String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The row's cycle id (registering the cycle), or null when the row names none. */
  private @Nullable String cycle(Row row) {
    Cell cell = row.cell("cycle");
    Cell startCell = row.cell("cycle_start");
    Cell endCell = row.cell("cycle_end");
    if (cell == null && startCell == null && endCell == null) {
      return null;
    }
    String id = null;
    String name = null;
    LocalDate start = null;
    LocalDate end = null;
    if (cell != null) {
      Matcher q = QUARTER_FIRST.matcher(cell.text());
      Matcher y = YEAR_FIRST.matcher(cell.text());
      Cycle quarter = null;
      if (q.matches()) {
        quarter = Cycle.quarter(Integer.parseInt(q.group(2)), Integer.parseInt(q.group(1)));
      } else if (y.matches()) {
        quarter = Cycle.quarter(Integer.parseInt(y.group(1)), Integer.parseInt(y.group(2)));
      }
      if (quarter != null) {
        id = quarter.id();
        name = quarter.name().orElse(null);
        start = quarter.start();
        end = quarter.end();
      } else {
        id = cell.text();
      }
    }
    if (startCell != null) {
      start = date(row, startCell);
    }
    if (endCell != null) {
      end = date(row, endCell);
    }
    if (id == null) {
      id = start != null && end != null ? start + ".." + end : null;
    }
    if (id == null) {
      problem(row, row.cells().get("cycle"), "expected a cycle, like 2026-Q4 or Q4 2026");
      return null;
    }
    CycleDraft known = cycles.get(id);
    if (known != null) {
      if ((start != null && !start.equals(known.start)) || (end != null && !end.equals(known.end))) {
        problem(row, startCell != null ? startCell : endCell, "cycle '" + OkrCsv.shorten(id) + "' runs "
            + known.start + " to " + known.end + " on an earlier row, not " + start + " to " + end);
      }
      return id;
    }
    if (start == null || end == null) {
      problem(row, cell, "cycle '" + OkrCsv.shorten(id) + "' has no dates: name a quarter (2026-Q4, Q4 2026)"
          + " or fill cycle_start and cycle_end");
      return id;
    }
    if (end.isBefore(start)) {
      problem(row, endCell, "cycle '" + OkrCsv.shorten(id) + "' ends (" + end + ") before it starts (" + start + ")");
      return id;
    }
    if (cycles.size() >= options.limits().maxCycles()) {
      problem(row, cell, "more than " + options.limits().maxCycles() + " cycles (OkrJsonLimits.maxCycles)");
      throw new Stop();
    }
    cycles.put(id, new CycleDraft(id, name, start, end));
    return id;
  }

  private void keyResult(Row row, ObjectiveDraft objective) {
    Cell title = row.cell("key_result");
    if (title == null) {
      for (String c : List.of("key_result_id", "kind", "unit", "baseline", "target", "at_least", "at_most",
          "commit", "stretch", "weight", "current", "confidence", "note")) {
        Cell other = row.cell(c);
        if (other != null) {
          problem(row, row.cells().get("key_result"), "expected a key result title (the row has a "
              + c + ")");
          return;
        }
      }
      return; // an objective row without key results
    }
    if (++keyResultCount > options.limits().maxKeyResults()) {
      problem(row, null, "more than " + options.limits().maxKeyResults() + " key results (OkrJsonLimits.maxKeyResults)");
      throw new Stop();
    }
    KeyResultDraft kr = new KeyResultDraft(row, objective);
    kr.title = title.raw();
    Cell id = row.cell("key_result_id");
    kr.id = id == null ? "" : id.raw();
    Cell unit = row.cell("unit");
    kr.unit = unit == null ? null : unit.raw();
    Cell kind = row.cell("kind");
    Cell atLeast = row.cell("at_least");
    Cell atMost = row.cell("at_most");
    if (kind != null) {
      KeyResultKind k = parseEnum(KeyResultKind.class, kind.text());
      if (k == null) {
        problem(row, kind, expectedFor("kind", kind.text()));
      } else {
        kr.kind = k;
      }
    } else if (atLeast != null || atMost != null) {
      kr.kind = KeyResultKind.THRESHOLD;
    }
    kr.baseline = number(row, "baseline", kr);
    BigDecimal target = number(row, "target", kr);
    BigDecimal least = number(row, "at_least", kr);
    BigDecimal most = number(row, "at_most", kr);
    kr.commit = number(row, "commit", kr);
    kr.stretch = number(row, "stretch", kr);
    List<Cell> targets = new ArrayList<>();
    for (String c : List.of("target", "at_least", "at_most", "commit", "stretch")) {
      Cell cell = row.cell(c);
      if (cell != null) {
        targets.add(cell);
      }
    }
    // commit and stretch together are the one pair a template gives (the type picks the target);
    // beside a target they are its levels (stepped scoring); at_least with at_most is a band
    boolean pair = targets.size() == 2 && kr.commit != null && kr.stretch != null;
    boolean stepped = target != null && least == null && most == null
        && (kr.commit != null || kr.stretch != null);
    boolean band = least != null && most != null && targets.size() == 2;
    if (targets.size() > 1 && !pair && !stepped && !band) {
      problem(row, targets.get(1), "a key result has one target; this row also has "
          + targets.get(0).header() + " (column " + OkrCsvException.columnLetters(targets.get(0).column()) + ")"
          + " (a target may have commit and stretch levels beside it; at_least with at_most is a band)");
    }
    if (stepped && target != null) {
      kr.target = Target.stepped(target, kr.commit, kr.stretch);
      kr.commit = null;
      kr.stretch = null;
    } else if (band && least != null && most != null) {
      try {
        kr.target = Target.between(least, most);
      } catch (IllegalArgumentException e) {
        problem(row, row.cell("at_most"), String.valueOf(e.getMessage()));
      }
    } else if (target != null) {
      kr.target = Target.of(target);
    } else if (least != null) {
      kr.target = Target.atLeast(least);
    } else if (most != null) {
      kr.target = Target.atMost(most);
    }
    kr.weight = number(row, "weight", kr);
    Cell current = row.cell("current");
    if (current != null) {
      if (kr.kind == KeyResultKind.MILESTONE) {
        kr.currentDone = done(row, current);
      } else if (kr.kind == KeyResultKind.ZONES) {
        kr.currentZone = zone(row, current);
      } else {
        kr.currentValue = number(row, "current", kr);
      }
    }
    kr.confidence = confidence(row, row.cell("confidence"));
    Cell note = row.cell("note");
    kr.note = note == null ? null : note.raw();
    for (Map.Entry<String, Cell> e : row.extensions().entrySet()) {
      if (!e.getValue().isBlank()) {
        kr.extensions.put(e.getKey(), "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(e.getValue().raw())) + "\"");
      }
    }
    objective.keyResults.add(kr);
  }

  private @Nullable BigDecimal number(Row row, String column, KeyResultDraft kr) {
    Cell cell = row.cell(column);
    if (cell == null) {
      return null;
    }
    String text = cell.text();
    boolean percent = text.endsWith("%");
    if (percent) {
      text = text.substring(0, text.length() - 1).strip();
      if (!column.equals("weight") && !column.equals("current")) {
        if (kr.unit == null) {
          kr.unit = "%";
        } else if (!kr.unit.equals("%")) {
          problem(row, cell, "a percentage in a key result whose unit is '" + OkrCsv.shorten(kr.unit) + "'");
        }
      }
    }
    return decimal(row, cell, text);
  }

  /** An exact decimal: the sheet's text, digit for digit (with the configured decimal separator). */
  private @Nullable BigDecimal decimal(Row row, Cell cell, String raw) {
    String text = raw;
    Locale locale = options.locale().orElse(null);
    if (locale != null) {
      DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
      String grouping = Pattern.quote(String.valueOf(symbols.getGroupingSeparator()));
      String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
      if (text.matches("[+-]?\\d{1,3}(" + grouping + "\\d{3})+(" + decimal + "\\d+)?")) {
        text = text.replaceAll(grouping, "");
      }
      text = text.replace(String.valueOf(symbols.getDecimalSeparator()), ".");
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    if (digits > options.limits().maxNumberLength()) {
      problem(row, cell, "a number of " + digits + " digits; at most " + options.limits().maxNumberLength()
          + " (OkrJsonLimits.maxNumberLength)");
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      String hint = raw.matches("[+-]?\\d+,\\d+")
          ? " (a comma is not read as a decimal point or a thousands separator: write 4.5, or read the"
              + " sheet with its locale, OkrCsv.withLocale(Locale.GERMANY) / okr --locale de)"
          : "";
      problem(row, cell, "expected a number like 4.5, got '" + OkrCsv.shorten(raw) + "'" + hint);
      return null;
    }
    return new BigDecimal(text);
  }

  private @Nullable BigDecimal confidence(Row row, @Nullable Cell cell) {
    if (cell == null) {
      return null;
    }
    String text = cell.text();
    if (text.endsWith("%")) {
      BigDecimal p = decimal(row, cell, text.substring(0, text.length() - 1).strip());
      return p == null ? null : p.movePointLeft(2);
    }
    return decimal(row, cell, text);
  }

  private @Nullable Boolean done(Row row, Cell cell) {
    return switch (cell.text().toLowerCase(Locale.ROOT)) {
      case "done", "yes", "true", "1", "x" -> Boolean.TRUE;
      case "not done", "no", "false", "0" -> Boolean.FALSE;
      default -> {
        problem(row, cell, "expected done or not done for a milestone, got '" + OkrCsv.shorten(cell.text()) + "'");
        yield null;
      }
    };
  }

  private @Nullable Zone zone(Row row, Cell cell) {
    Zone zone = parseEnum(Zone.class, cell.text());
    if (zone == null) {
      problem(row, cell, "expected the zone reached, fail, commit, target or stretch, for a zones"
          + " key result, got '" + OkrCsv.shorten(cell.text()) + "'");
    }
    return zone;
  }

  private @Nullable LocalDate date(Row row, Cell cell) {
    try {
      return LocalDate.parse(cell.text());
    } catch (DateTimeParseException e) {
      problem(row, cell, "expected a date as YYYY-MM-DD, like 2026-11-15, got '" + OkrCsv.shorten(cell.text()) + "'");
      return null;
    }
  }

  // ---- ids ----

  /** Gives every objective and key result without an id a stable one, and indexes key results. */
  private Map<String, KeyResultDraft> assignIds() {
    Set<String> objectiveIds = new HashSet<>();
    Set<String> keyResultIds = new HashSet<>();
    for (ObjectiveDraft o : objectives) {
      if (!o.id.isEmpty()) {
        objectiveIds.add(o.id);
      }
      for (KeyResultDraft k : o.keyResults) {
        if (!k.id.isEmpty()) {
          keyResultIds.add(k.id);
        }
      }
    }
    for (ObjectiveDraft o : objectives) {
      if (o.id.isEmpty()) {
        o.id = unique(slug(o.title), objectiveIds);
      }
    }
    Map<String, KeyResultDraft> byId = new HashMap<>();
    for (ObjectiveDraft o : objectives) {
      int n = 0;
      for (KeyResultDraft k : o.keyResults) {
        n++;
        if (k.id.isEmpty()) {
          String id = o.id + "-" + n;
          while (keyResultIds.contains(id)) {
            id = o.id + "-" + ++n;
          }
          k.id = id;
          keyResultIds.add(id);
        }
        byId.putIfAbsent(k.id, k);
      }
    }
    return byId;
  }

  /** The first six words of a title, lower-case and hyphenated (as the Markdown outline does). */
  static String slug(String title) {
    StringBuilder s = new StringBuilder();
    int words = 0;
    Matcher m = WORD.matcher(title.toLowerCase(Locale.ROOT));
    while (m.find() && words++ < 6) {
      s.append(s.length() == 0 ? "" : "-").append(m.group());
    }
    return s.length() == 0 ? "objective" : s.toString();
  }

  private static String unique(String base, Set<String> taken) {
    String id = base;
    for (int n = 2; taken.contains(id); n++) {
      id = base + "-" + n;
    }
    taken.add(id);
    return id;
  }

  // ---- check-ins sheet ----

  private void checkInRow(Row row, Map<String, KeyResultDraft> byId, Map<String, List<KeyResultDraft>> byTitle) {
    if (++checkInCount > options.limits().maxCheckIns()) {
      problem(row, null, "more than " + options.limits().maxCheckIns() + " check-ins (OkrJsonLimits.maxCheckIns)");
      throw new Stop();
    }
    Cell dateCell = row.cell("date");
    Cell krCell = row.cell("key_result_id");
    Cell valueCell = row.cell("value");
    LocalDate date = null;
    if (dateCell == null) {
      problem(row, row.cells().get("date"), "expected the check-in's date, like 2026-11-15");
    } else {
      date = date(row, dateCell);
    }
    KeyResultDraft kr = null;
    if (krCell == null) {
      problem(row, row.cells().get("key_result_id"), "expected the id of the key result checked in");
    } else {
      kr = byId.get(krCell.raw());
      if (kr == null) {
        List<KeyResultDraft> titled = byTitle.getOrDefault(krCell.raw(), List.of());
        if (titled.size() == 1) {
          kr = titled.get(0);
        } else {
          problem(row, krCell, titled.isEmpty()
              ? "no key result '" + OkrCsv.shorten(krCell.text()) + "' in the key-results sheet"
              : "key result title '" + OkrCsv.shorten(krCell.text()) + "' names " + titled.size()
                  + " key results; use the key_result_id");
        }
      }
    }
    Cell deltaCell = row.cell("delta");
    if (valueCell != null && deltaCell != null) {
      problem(row, deltaCell, "a check-in records a value or a delta (an increment), not both; this"
          + " row also has value (column " + OkrCsvException.columnLetters(valueCell.column()) + ")");
      return;
    }
    if (deltaCell != null && kr != null
        && (kr.kind == KeyResultKind.MILESTONE || kr.kind == KeyResultKind.ZONES)) {
      problem(row, deltaCell, "a delta (an increment) belongs to a metric or threshold key result;"
          + " key result '" + OkrCsv.shorten(kr.id) + "' is a " + kr.kind.name().toLowerCase(Locale.ROOT));
      return;
    }
    if (valueCell == null && deltaCell == null) {
      problem(row, row.cells().get("value"), kr != null && kr.kind == KeyResultKind.MILESTONE
          ? "expected done or not done"
          : kr != null && kr.kind == KeyResultKind.ZONES
              ? "expected the zone reached: fail, commit, target or stretch"
              : "expected the value checked in, like 4.5");
    }
    BigDecimal confidence = confidence(row, row.cell("confidence"));
    Cell note = row.cell("note");
    Cell measured = deltaCell != null ? deltaCell : valueCell;
    if (date == null || kr == null || measured == null) {
      return;
    }
    CheckIn.Builder b = CheckIn.builder().date(date);
    if (deltaCell != null) {
      BigDecimal delta = decimal(row, measured, measured.text());
      if (delta == null) {
        return;
      }
      b.delta(delta);
    } else if (kr.kind == KeyResultKind.ZONES) {
      Zone zone = zone(row, measured);
      if (zone == null) {
        return;
      }
      b.zone(zone);
    } else if (kr.kind == KeyResultKind.MILESTONE) {
      Boolean done = done(row, measured);
      if (done == null) {
        return;
      }
      b.done(done);
    } else {
      BigDecimal value = decimal(row, measured, measured.text().endsWith("%")
          ? measured.text().substring(0, measured.text().length() - 1).strip() : measured.text());
      if (value == null) {
        return;
      }
      b.value(value);
    }
    if (confidence != null) {
      b.confidence(confidence);
    }
    if (note != null) {
      b.note(note.raw());
    }
    try {
      kr.checkIns.add(b.build());
    } catch (IllegalArgumentException e) {
      problem(row, confidence != null ? row.cell("confidence") : measured, String.valueOf(e.getMessage()));
    }
  }

  // ---- the model ----

  private OkrSet build(boolean checkInSheet) {
    List<Cycle> builtCycles = new ArrayList<>();
    for (CycleDraft c : cycles.values()) {
      Cycle.Builder b = Cycle.builder().id(c.id).start(c.start).end(c.end);
      if (c.name != null) {
        b.name(c.name);
      }
      builtCycles.add(b.build());
    }
    List<Objective> built = new ArrayList<>();
    for (ObjectiveDraft o : objectives) {
      if (o.title.isEmpty()) {
        continue; // reported where it was read
      }
      ObjectiveType type = o.type;
      if (type == null) {
        boolean commit = false;
        for (KeyResultDraft k : o.keyResults) {
          commit |= k.commit != null;
        }
        type = commit ? ObjectiveType.COMMITTED : ObjectiveType.ASPIRATIONAL;
      }
      List<KeyResult> keyResults = new ArrayList<>();
      for (KeyResultDraft k : o.keyResults) {
        KeyResult kr = keyResult(k, type, checkInSheet);
        if (kr != null) {
          keyResults.add(kr);
        }
      }
      try {
        Objective.Builder b =
            Objective.builder().id(o.id).title(o.title).cycle(o.cycle).type(type).addAllKeyResults(keyResults);
        if (o.owner != null) {
          b.owner(o.owner);
        }
        if (o.level != null) {
          b.level(o.level);
        }
        if (o.parent != null) {
          b.parent(o.parent);
        }
        built.add(b.build());
      } catch (IllegalArgumentException e) {
        problem(o.first, null, String.valueOf(e.getMessage()));
      }
    }
    return OkrSet.of(builtCycles, built);
  }

  private @Nullable KeyResult keyResult(KeyResultDraft k, ObjectiveType type, boolean checkInSheet) {
    Row row = k.row;
    Target target = k.target;
    Map<String, String> extensions = new LinkedHashMap<>(k.extensions);
    if (k.commit != null || k.stretch != null) {
      // one target in the model: the objective's type says which one counts; the other is kept
      boolean committed = type == ObjectiveType.COMMITTED;
      BigDecimal commit = k.commit;
      BigDecimal stretch = k.stretch;
      target = Target.of(commit == null ? java.util.Objects.requireNonNull(stretch)
          : stretch == null || committed ? commit : stretch);
      if (k.commit != null && k.stretch != null) {
        if (committed) {
          extensions.put("x-stretch", k.stretch.toString());
        } else {
          extensions.put("x-commit", k.commit.toString());
        }
      }
    }
    List<CheckIn> checkIns = new ArrayList<>(k.checkIns);
    if (checkInSheet) {
      agreesWithLatest(k);
    } else if (k.currentValue != null || k.currentDone != null || k.currentZone != null) {
      LocalDate date = currentDate(k);
      if (date == null) {
        return null;
      }
      CheckIn.Builder b = CheckIn.builder().date(date);
      if (k.currentValue != null) {
        b.value(k.currentValue);
      } else if (k.currentZone != null) {
        b.zone(k.currentZone);
      } else {
        b.done(Boolean.TRUE.equals(k.currentDone));
      }
      if (k.confidence != null) {
        b.confidence(k.confidence);
      }
      if (k.note != null) {
        b.note(k.note);
      }
      try {
        checkIns.add(b.build());
      } catch (IllegalArgumentException e) {
        problem(row, row.cell("confidence"), String.valueOf(e.getMessage()));
        return null;
      }
    } else if (k.confidence != null || k.note != null) {
      problem(row, k.confidence != null ? row.cell("confidence") : row.cell("note"),
          "a confidence or note belongs to a current value: fill the current column of this row");
      return null;
    }
    try {
      KeyResult.Builder b = KeyResult.builder().id(k.id).title(k.title).kind(k.kind).addAllCheckIns(checkIns)
          .putAllExtensions(extensions);
      if (k.unit != null) {
        b.unit(k.unit);
      }
      if (k.baseline != null) {
        b.baseline(Baseline.of(k.baseline));
      }
      if (target != null) {
        b.target(target);
      }
      if (k.weight != null) {
        b.weight(k.weight);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(String.valueOf(e.getMessage()));
      problem(row, message.contains("weight") ? row.cell("weight") : null, message);
      return null;
    }
  }

  private @Nullable LocalDate currentDate(KeyResultDraft k) {
    Optional<LocalDate> fixed = options.currentDate();
    CycleDraft cycle = cycles.get(k.objective.cycle);
    if (fixed.isEmpty()) {
      problem(k.row, k.row.cell("current"), "a current value needs the date it was measured: read with"
          + " OkrCsv.withCurrentDate(date) (okr: --current-date DATE), or add a check-ins sheet");
      return null;
    }
    LocalDate date = fixed.get();
    if (options.clampsCurrentDate() && cycle != null) {
      date = date.isBefore(cycle.start) ? cycle.start : date.isAfter(cycle.end) ? cycle.end : date;
    }
    return date;
  }

  /** With a check-ins sheet, a current cell must repeat the latest check-in, not contradict it. */
  private void agreesWithLatest(KeyResultDraft k) {
    Cell cell = k.row.cell("current");
    if (cell == null || (k.currentValue == null && k.currentDone == null && k.currentZone == null)) {
      return;
    }
    CheckIn latest = null;
    for (CheckIn c : k.checkIns) {
      if (latest == null || !c.date().isBefore(latest.date())) {
        latest = c;
      }
    }
    if (latest == null) {
      problem(k.row, cell, "current value '" + OkrCsv.shorten(cell.text()) + "' but the check-ins sheet has no"
          + " check-in for key result '" + OkrCsv.shorten(k.id) + "'");
      return;
    }
    // increments add up to the current value: the cell repeats their sum, not the last increment
    BigDecimal level = CsvSheetWriter.level(k.baseline, k.checkIns);
    boolean same = k.currentValue != null
        ? level != null && level.compareTo(k.currentValue) == 0
        : k.currentZone != null
            ? latest.zone().map(z -> z == k.currentZone).orElse(false)
            : latest.done().map(d -> d.equals(k.currentDone)).orElse(false);
    if (!same) {
      String shown = latest.done().isPresent()
          ? (latest.done().get() ? "done" : "not done")
          : latest.zone().isPresent()
              ? latest.zone().get().name().toLowerCase(Locale.ROOT)
              : level == null ? "no value" : level.toString();
      problem(k.row, cell, "current value '" + OkrCsv.shorten(cell.text()) + "' differs from the latest check-in of '"
          + OkrCsv.shorten(k.id) + "' (" + shown + " on " + latest.date() + ")");
    }
  }

}
