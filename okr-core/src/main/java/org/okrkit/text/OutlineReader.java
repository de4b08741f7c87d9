package org.okrkit.text;

import static org.okrkit.text.OutlineValues.abbreviate;
import static org.okrkit.text.OutlineValues.column;
import static org.okrkit.text.OutlineValues.date;
import static org.okrkit.text.OutlineValues.enumValue;
import static org.okrkit.text.OutlineValues.has;
import static org.okrkit.text.OutlineValues.leadingSpaces;
import static org.okrkit.text.OutlineValues.message;
import static org.okrkit.text.OutlineValues.text;
import static org.okrkit.text.OutlineValues.tooMany;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;

/**
 * Reads one outline; one instance per document. Every step is linear in the line it reads: lines
 * are scanned by hand or with patterns that cannot backtrack, and every line, string, number and
 * count is bounded by the {@link org.okrkit.model.DocumentLimits} of the options.
 *
 * <p>This class splits the document into lines, tells what each line is, and keeps the cycles,
 * objectives and counts; a key-result line is read by {@link OutlineKeyResultLine}, a check-in
 * line by {@link OutlineCheckInLine}, the initiative and KPI sections by {@link OutlineSections},
 * the set's scoring metadata by {@link OutlineSetScoring}, and every value by {@link
 * OutlineValues}.
 */
final class OutlineReader {
  private static final List<String> CYCLE_KEYS = List.of("id", "name");
  private static final List<String> OBJECTIVE_KEYS =
      List.of("id", "title", "owner", "aligns", "aligns-kr", "link", "level", "type", "weight",
          "cycle", "description", "carried-from", "closed", "outcome", "decision",
          "computed-score", "adjusted-score", "adjustment-reason", "retrospective");
  private static final List<String> SET_KEYS =
      List.of("cap", "floor", "threshold-credit", "band-credit", "grade-green", "grade-yellow",
          "cadence", "grace-days", "rollup", "source", "own-share", "confidence-scale");

  private final CharSequence text;
  private final DocumentLimits limits;
  private final OutlineValues values;
  private final OutlineKeyResultLine keyResultLine;
  private final OutlineCheckInLine checkInLine;
  private final OutlineSections sections;
  private final List<OutlineWarning> warnings = new ArrayList<>();
  private final List<Cycle> cycles = new ArrayList<>();
  private final Map<String, Cycle> cyclesById = new HashMap<>();
  private final List<Objective> objectives = new ArrayList<>();
  private final OutlineFormat.ObjectiveIds objectiveIds = new OutlineFormat.ObjectiveIds();
  private int keyResultCount;
  private long checkInCount;
  private final Map<String, String> setExtensions = new java.util.LinkedHashMap<>();
  /** The "# Initiatives" or "# KPIs" section the lines belong to, or null among the cycles. */
  private @Nullable String section;
  private @Nullable ScoringSettings scoring;
  private @Nullable String currentCycle;
  private @Nullable ObjectiveDraft objective;
  private @Nullable KeyResultDraft keyResult;
  private boolean headingSeen;

  private static final class ObjectiveDraft {
    final Objective.Builder builder;
    final int line;
    final String id;
    final String cycle;
    final List<KeyResultDraft> keyResults = new ArrayList<>();
    final List<String> description = new ArrayList<>();
    boolean metaDescription;
    @Nullable CloseOut close;
    final List<String> retrospective = new ArrayList<>();
    int retrospectiveLine;

    ObjectiveDraft(Objective.Builder builder, int line, String id, String cycle) {
      this.builder = builder;
      this.line = line;
      this.id = id;
      this.cycle = cycle;
    }
  }

  private static final class KeyResultDraft {
    final KeyResult keyResult;
    final int line;
    final boolean ticked;
    final List<CheckIn> checkIns = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();

    KeyResultDraft(KeyResult keyResult, int line, boolean ticked) {
      this.keyResult = keyResult;
      this.line = line;
      this.ticked = ticked;
    }
  }

  OutlineReader(CharSequence text, OutlineOptions options) {
    this.text = text;
    this.limits = options.limits();
    this.values = new OutlineValues(limits);
    this.keyResultLine =
        new OutlineKeyResultLine(values, options.isLenientReadings(), warnings);
    this.checkInLine = new OutlineCheckInLine(values);
    this.sections = new OutlineSections(values);
  }

  OutlineResult read() {
    if (text.length() > limits.maxDocumentBytes()) {
      throw new OutlineException(1, 1, "the outline is " + text.length()
          + " characters, more than the limit of " + limits.maxDocumentBytes()
          + " (maxDocumentBytes)");
    }
    if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
      throw new OutlineException(1, 1, "a UTF-8 outline without a byte order mark, got a byte"
          + " order mark (U+FEFF) before the first line; save the file without one");
    }
    int n = text.length();
    int start = 0;
    int no = 0;
    while (start < n) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      no++;
      if (end - start > limits.maxLineLength()) {
        throw new OutlineException(no, 1, "a line of " + (end - start) + " characters, more than"
            + " the limit of " + limits.maxLineLength() + " (maxLineLength)");
      }
      String line = text.subSequence(start, end).toString();
      int lone = loneSurrogate(line);
      if (lone >= 0) {
        throw new OutlineException(no, lone + 1, String.format(java.util.Locale.ROOT,
            "expected Unicode text, found a lone surrogate \\u%04x (half of a pair such as an"
                + " emoji's)", (int) line.charAt(lone)));
      }
      line(line, no);
      if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
        end++;
      }
      start = end + 1;
    }
    flushObjective();
    sections.flushKpi();
    OkrSet set = OkrSet.builder()
        .cycles(cycles)
        .objectives(objectives)
        .initiatives(sections.initiatives())
        .kpis(sections.kpis())
        .extensions(setExtensions)
        .scoring(Optional.ofNullable(scoring))
        .build();
    return new OutlineResult(set, warnings);
  }

  /** Where {@code s} holds half of a surrogate pair on its own, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private void line(String raw, int no) {
    String line = raw.stripTrailing();
    if (line.isBlank()) {
      return;
    }
    if (line.startsWith("#")) {
      int h = 0;
      while (h < line.length() && line.charAt(h) == '#') {
        h++;
      }
      if (h > 2 || h >= line.length() || line.charAt(h) != ' ') {
        throw new OutlineException(no, 1, "'# ' for a cycle or '## ' for an objective",
            line.substring(0, Math.min(line.length(), h + 1)));
      }
      headingSeen = true;
      if (h == 1 && OutlineFormat.isSection(line.substring(2))) {
        flushObjective();
        sections.flushKpi();
        section = line.substring(2).strip();
        currentCycle = null;
      } else if (h == 1) {
        sections.flushKpi();
        section = null;
        cycle(line.substring(2), no);
      } else if (section != null) {
        throw new OutlineException(no, 1, "a '- ' item of the " + section + " section, or a"
            + " '# ' cycle heading before the objective", abbreviate(line));
      } else {
        objective(line.substring(3), no);
      }
      return;
    }
    if (section != null && (line.startsWith("- ") || line.startsWith("* ") || line.equals("-"))) {
      String item = line.length() < 2 ? "" : line.substring(2);
      if (section.equals(OutlineFormat.INITIATIVES)) {
        sections.initiative(item, no);
      } else {
        sections.kpi(item, no);
      }
      return;
    }
    if (line.startsWith("- ") || line.startsWith("* ") || line.equals("-")) {
      keyResult(line.length() < 2 ? "" : line.substring(2), no);
      return;
    }
    if (objective != null && !objective.keyResults.isEmpty() && listMarker(line) != null) {
      throw new OutlineException(no, 1, "a key result starting with '- '", abbreviate(line));
    }
    int indent = 0;
    while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
      indent++;
    }
    String stripped = line.substring(indent);
    if (indent > 0 && (stripped.startsWith("- ") || stripped.startsWith("* "))) {
      if (OutlineFormat.KPIS.equals(section)) {
        measurement(stripped.substring(2), no, indent + 2);
      } else if (section != null) {
        throw new OutlineException(no, indent + 1, "an initiative ('- ' at the start of the"
            + " line): initiatives have no indented items", abbreviate(stripped));
      } else {
        checkIn(stripped.substring(2), no, indent + 2);
      }
      return;
    }
    if (!headingSeen && objective == null && stripped.startsWith("{")) {
      Meta m = Meta.parse(line, indent, no, 0);
      m.checkKeys(no, "the set", SET_KEYS, limits.maxStringLength());
      setExtensions.putAll(values.extensions(m, "x-", no));
      scoring = OutlineSetScoring.read(values, m, no);
      return;
    }
    if (objective != null && objective.keyResults.isEmpty() && indent == 0) {
      String marker = listMarker(stripped);
      if (marker != null) {
        throw new OutlineException(no, 1, "a key result starting with '- ' (or a description"
            + " line that does not start like a list item)", abbreviate(stripped));
      }
      if (stripped.startsWith(OutlineFormat.RETROSPECTIVE) || objective.retrospectiveLine > 0) {
        retrospective(objective, stripped, no);
        return;
      }
      if (objective.metaDescription) {
        throw new OutlineException(no, 1, "a key result ('- '): the description is already given"
            + " in the heading's metadata", abbreviate(stripped));
      }
      objective.description.add(stripped);
      return;
    }
    if (indent > 0 && listMarker(stripped) != null) {
      throw new OutlineException(no, indent + 1, "an indented '- ' check-in",
          abbreviate(stripped));
    }
    throw new OutlineException(no, indent + 1,
        "a '# ' cycle heading, a '## ' objective heading, a '- ' key result"
            + " or an indented '- ' check-in", abbreviate(stripped));
  }

  /** A line of the objective's "Retrospective: …" paragraph (the first or a later one). */
  private void retrospective(ObjectiveDraft o, String line, int no) {
    if (!line.startsWith(OutlineFormat.RETROSPECTIVE)) {
      o.retrospective.add(line);
      return;
    }
    if (o.retrospectiveLine > 0) {
      throw new OutlineException(no, 1, "one 'Retrospective:' paragraph per objective (line "
          + o.retrospectiveLine + " started it)", abbreviate(line));
    }
    CloseOut close = o.close;
    if (close == null) {
      throw new OutlineException(no, 1, "a close-out on the objective's heading ({closed: DATE}"
          + " or {closed: open}) for its retrospective", abbreviate(line));
    }
    if (close.retrospective().isPresent()) {
      throw new OutlineException(no, 1, "the retrospective either as a 'Retrospective:'"
          + " paragraph or as {retrospective: …}, not both", abbreviate(line));
    }
    String text = line.substring(OutlineFormat.RETROSPECTIVE.length()).strip();
    if (text.isEmpty()) {
      throw new OutlineException(no, OutlineFormat.RETROSPECTIVE.length() + 1,
          "the retrospective's text after 'Retrospective:'", "");
    }
    o.retrospectiveLine = no;
    o.retrospective.add(text);
  }

  /**
   * The list marker a line starts with other than "- " and "* " ("+ ", "1. ", "-" glued to the
   * text), or null: a typo for a key result, which must not silently become description text.
   */
  static @Nullable String listMarker(String s) {
    if (s.startsWith("+ ") || s.equals("+") || s.equals("*")) {
      return s.substring(0, 1);
    }
    if ((s.startsWith("-") || s.startsWith("*")) && s.length() > 1
        && !Character.isWhitespace(s.charAt(1)) && s.charAt(1) != '-' && s.charAt(1) != '*') {
      return s.substring(0, 1);
    }
    int d = 0;
    while (d < s.length() && d < 10 && Character.isDigit(s.charAt(d))) {
      d++;
    }
    if (d > 0 && d < s.length() && (s.charAt(d) == '.' || s.charAt(d) == ')')
        && (d + 1 == s.length() || s.charAt(d + 1) == ' ')) {
      return s.substring(0, d + 1);
    }
    return null;
  }

  // ------------------------------------------------------------------ cycles

  private void cycle(String content, int no) {
    flushObjective();
    Meta m = Meta.find(content, no, 2);
    String visible = m == null ? content : content.substring(0, m.column - 3);
    visible = visible.strip();
    if (m != null) {
      m.checkKeys(no, "a cycle", CYCLE_KEYS, limits.maxStringLength());
    }
    int base = 2 + leadingSpaces(content);
    OutlineCycleHeading.CycleDates c = OutlineCycleHeading.find(visible);
    if (c == null) {
      throw new OutlineException(no, 3,
          "a cycle heading like '# Q4 2026 (2026-10-01 – 2026-12-31)'", abbreviate(visible));
    }
    LocalDate start = date(visible.substring(c.startFrom(), c.startTo()), no, base + c.startFrom() + 1);
    LocalDate end = date(visible.substring(c.endFrom(), c.endTo()), no, base + c.endFrom() + 1);
    String name = visible.substring(0, c.open()).strip();
    Optional<String> metaName = text(m, "name");
    Optional<String> finalName =
        metaName.isPresent() ? metaName : name.isEmpty() ? Optional.empty() : Optional.of(name);
    if (metaName.isPresent() && !name.isEmpty()) {
      throw new OutlineException(no, 3, "the cycle name either before the dates or as"
          + " {name: …}, not both", name);
    }
    Optional<String> metaId = text(m, "id");
    String id;
    if (metaId.isPresent()) {
      id = metaId.get();
    } else if (finalName.isPresent()) {
      id = OutlineFormat.defaultCycleId(finalName.get());
    } else {
      throw new OutlineException(no, 3, "a cycle name or an {id: …} for the cycle", visible);
    }
    try {
      Cycle.Builder b = Cycle.builder().id(id).start(start).end(end).name(finalName);
      b.extensions(values.extensions(m, "x-", no));
      Cycle cycle = b.build();
      if (cycles.size() == limits.maxCycles()) {
        throw tooMany(no, "cycles", limits.maxCycles(), "maxCycles");
      }
      cycles.add(cycle);
      cyclesById.putIfAbsent(id, cycle);
      currentCycle = id;
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, 1, message(e));
    }
  }

  // ------------------------------------------------------------------ objectives

  private void objective(String content, int no) {
    flushObjective();
    Meta m = Meta.find(content, no, 3);
    String visible = (m == null ? content : content.substring(0, m.column - 4)).strip();
    if (m != null) {
      m.checkKeys(no, "an objective", OBJECTIVE_KEYS, limits.maxStringLength());
    }
    Optional<String> metaTitle = text(m, "title");
    if (metaTitle.isPresent() && !visible.isEmpty()) {
      throw new OutlineException(no, 4, "the title either as text or as {title: …}, not both",
          abbreviate(visible));
    }
    String title = metaTitle.orElse(visible);
    if (title.isEmpty()) {
      throw new OutlineException(no, 4, "an objective title after '## '", "");
    }
    Optional<String> cycle = text(m, "cycle");
    if (cycle.isEmpty() && currentCycle == null) {
      throw new OutlineException(no, 1, "a '# ' cycle heading before the first objective, or"
          + " {cycle: …} on the objective", abbreviate(title));
    }
    String cycleId = cycle.isPresent() ? cycle.get() : java.util.Objects.requireNonNull(currentCycle);
    if (objectives.size() == limits.maxObjectives()) {
      throw tooMany(no, "objectives", limits.maxObjectives(), "maxObjectives");
    }
    values.checkLength(title, no, 4, "an objective title");
    String id = text(m, "id").orElse(objectiveIds.defaultFor(title, objectives.size() + 1));
    Objective.Builder b = Objective.builder().id(id).title(title).cycle(cycleId);
    text(m, "owner").ifPresent(b::owner);
    text(m, "aligns").ifPresent(b::parent);
    Optional<String> alignsKr = text(m, "aligns-kr");
    if (alignsKr.isPresent() && !has(m, "aligns")) {
      throw new OutlineException(no, column(m, "aligns-kr"), "{aligns: …} naming the objective"
          + " whose key result '" + alignsKr.get() + "' this objective aligns to", "");
    }
    alignsKr.ifPresent(b::parentKeyResult);
    Optional<String> link = text(m, "link");
    if (link.isPresent()) {
      b.link(enumValue(AlignmentLink.class, link.get(), m, "link", no));
    }
    text(m, "level").ifPresent(l -> b.level(enumValue(Level.class, l, m, "level", no)));
    text(m, "type").ifPresent(t -> b.type(enumValue(ObjectiveType.class, t, m, "type", no)));
    values.decimal(m, "weight", no).ifPresent(b::weight);
    Optional<String> description = text(m, "description");
    description.ifPresent(b::description);
    text(m, "carried-from").ifPresent(b::carriedFrom);
    b.extensions(values.extensions(m, "x-", no));
    objective = new ObjectiveDraft(b, no, id, cycleId);
    objective.metaDescription = description.isPresent();
    objective.close = OutlineCloseOut.read(values, m, no);
  }

  private void flushObjective() {
    ObjectiveDraft o = objective;
    if (o == null) {
      return;
    }
    objective = null;
    keyResult = null;
    if (!o.description.isEmpty()) {
      String description = String.join("\n", o.description);
      values.checkLength(description, o.line + 1, 1, "a description");
      o.builder.description(description);
    }
    CloseOut close = o.close;
    if (close != null && !o.retrospective.isEmpty()) {
      String retrospective = String.join("\n", o.retrospective);
      values.checkLength(retrospective, o.retrospectiveLine, 1, "a retrospective");
      close = CloseOut.builder().from(close).retrospective(retrospective).build();
    }
    if (close != null) {
      o.builder.close(close);
    }
    for (KeyResultDraft d : o.keyResults) {
      List<CheckIn> checkIns = new ArrayList<>(d.checkIns);
      boolean anyDone = checkIns.stream().anyMatch(c -> c.done().isPresent());
      if (d.ticked && !anyDone) {
        Cycle cycle = cyclesById.get(o.cycle);
        if (cycle == null) {
          throw new OutlineException(d.line, 3, "a dated check-in ('  - 2026-11-03: done') for a"
              + " ticked milestone whose cycle '" + o.cycle + "' is not in the outline", "[x]");
        }
        // the outline says "done" without a date: record it as done from the cycle's first day
        checkIns.add(CheckIn.ofDone(cycle.start(), true));
      }
      o.builder.addKeyResults(KeyResult.builder().from(d.keyResult).checkIns(checkIns)
          .changes(d.changes).build());
    }
    try {
      Objective built = o.builder.build();
      objectives.add(built);
      objectiveIds.add(built.id());
    } catch (IllegalArgumentException e) {
      throw new OutlineException(o.line, 1, message(e));
    }
  }

  // ------------------------------------------------------------------ key results and check-ins

  private void keyResult(String content, int no) {
    ObjectiveDraft o = objective;
    if (o == null) {
      throw new OutlineException(no, 1, "a '## ' objective heading before the first key result",
          abbreviate(content));
    }
    OutlineKeyResultLine.Checkbox box = OutlineKeyResultLine.checkbox(content, no);
    if (keyResultCount == limits.maxKeyResults()) {
      throw tooMany(no, "key results", limits.maxKeyResults(), "maxKeyResults");
    }
    KeyResult read = box == null
        ? keyResultLine.read(content, no, 2, false, o.id, o.keyResults.size() + 1)
        : keyResultLine.read(content.substring(box.length()), no, 2 + box.length(), true, o.id,
            o.keyResults.size() + 1);
    KeyResultDraft d = new KeyResultDraft(read, no, box != null && box.ticked());
    o.keyResults.add(d);
    keyResultCount++;
    keyResult = d;
  }

  private void checkIn(String content, int no, int offset) {
    KeyResultDraft d = keyResult;
    if (d == null) {
      throw new OutlineException(no, 1, "a '- ' key result before its check-ins",
          abbreviate(content));
    }
    if (checkInCount == limits.maxCheckIns()) {
      throw tooMany(no, "check-ins", limits.maxCheckIns(), "maxCheckIns");
    }
    checkInLine.read(content, no, offset, d.checkIns, d.changes,
        scoring == null ? null : scoring.confidenceScale().orElse(null));
    checkInCount++;
  }

  private void measurement(String content, int no, int offset) {
    sections.measurement(content, no, offset, checkInCount);
    checkInCount++;
  }
}
