package org.okrkit.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.health.CheckInCadence;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.ChangeField;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Corridor;
import org.okrkit.model.Decision;
import org.okrkit.model.Frequency;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;
import org.okrkit.model.Outcome;
import org.okrkit.model.CheckIn;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;

/**
 * Reads one outline; one instance per document. Every step is linear in the line it reads: lines
 * are scanned by hand or with patterns that cannot backtrack, and every line, string, number and
 * count is bounded by the {@link org.okrkit.model.DocumentLimits} of the options.
 */
final class OutlineReader {
  private static final Pattern CHECK_IN = Pattern.compile("([^\\s:]+):(?:\\s+(.*))?");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
  /** "(confidence 0.7)", also "(Confidence: 0.7)" and "(confidence=0.7)". */
  private static final Pattern CONFIDENCE =
      Pattern.compile("\\((?i:confidence)\\s*[:=]?\\s*([^\\s)]+)\\)");
  /** "confidence 0.8" without the parentheses, which would otherwise become the note. */
  private static final Pattern BARE_CONFIDENCE =
      Pattern.compile("(?i:confidence)\\s*[:=]?\\s*[-+]?[.\\d]");
  /** An ISO date with a four-digit year, as in the JSON format. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final List<String> CYCLE_KEYS = List.of("id", "name");
  private static final List<String> OBJECTIVE_KEYS =
      List.of("id", "title", "owner", "aligns", "aligns-kr", "link", "level", "type", "weight",
          "cycle", "description", "carried-from", "closed", "outcome", "decision",
          "computed-score", "adjusted-score", "adjustment-reason", "retrospective");
  private static final List<String> KEY_RESULT_KEYS =
      List.of("id", "title", "kind", "unit", "baseline", "baseline-date", "target", "side",
          "weight", "commit", "stretch", "at-most", "target-pending", "baseline-pending",
          "zone-fail", "zone-commit", "zone-target", "zone-stretch",
          "sum-of", "start", "due", "plan", "cadence", "grace-days", "carried-from",
          "track-after-close", "kpi", "closed", "outcome", "decision", "computed-score",
          "adjusted-score", "adjustment-reason", "retrospective");
  private static final List<String> CHECK_IN_KEYS = List.of("note", "confidence-given");
  private static final List<String> CHANGE_KEYS = List.of("reason");
  private static final List<String> INITIATIVE_KEYS =
      List.of("id", "title", "for", "owner", "status", "start", "end", "progress");
  private static final List<String> KPI_KEYS =
      List.of("id", "title", "unit", "owner", "direction", "healthy", "watch", "frequency");
  private static final List<String> MEASUREMENT_KEYS = List.of("note");
  private static final List<String> CLOSE_KEYS =
      List.of("outcome", "decision", "computed-score", "adjusted-score", "adjustment-reason",
          "retrospective");
  /** "changed target from 140 to 160: reason"; numbers hold no ':' or space, so no backtracking. */
  private static final Pattern CHANGE =
      Pattern.compile("changed ([^\\s:]+) from ([^\\s:]+) to ([^\\s:]+)(?::(?: (.*))?)?");
  private static final List<String> SET_KEYS =
      List.of("cap", "floor", "threshold-credit", "band-credit", "grade-green", "grade-yellow",
          "cadence", "grace-days", "rollup", "source", "own-share", "confidence-scale");

  private final CharSequence text;
  private final DocumentLimits limits;
  private final boolean lenient;
  private final List<OutlineWarning> warnings = new ArrayList<>();
  private final List<Cycle> cycles = new ArrayList<>();
  private final Map<String, Cycle> cyclesById = new HashMap<>();
  private final List<Objective> objectives = new ArrayList<>();
  private final OutlineFormat.ObjectiveIds objectiveIds = new OutlineFormat.ObjectiveIds();
  private int keyResultCount;
  private long checkInCount;
  private final Map<String, String> setExtensions = new java.util.LinkedHashMap<>();
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<Kpi> kpis = new ArrayList<>();
  private final OutlineFormat.ObjectiveIds initiativeIds =
      new OutlineFormat.ObjectiveIds("initiative");
  private final OutlineFormat.ObjectiveIds kpiIds = new OutlineFormat.ObjectiveIds("kpi");
  /** The "# Initiatives" or "# KPIs" section the lines belong to, or null among the cycles. */
  private @Nullable String section;
  private @Nullable KpiDraft kpi;
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

  private static final class KpiDraft {
    final Kpi.Builder builder;
    final int line;
    final List<Measurement> measurements = new ArrayList<>();

    KpiDraft(Kpi.Builder builder, int line) {
      this.builder = builder;
      this.line = line;
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
    this.lenient = options.isLenientReadings();
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
    flushKpi();
    OkrSet set = OkrSet.builder()
        .cycles(cycles)
        .objectives(objectives)
        .initiatives(initiatives)
        .kpis(kpis)
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

  /** The document's scoring settings from the set's metadata, or null when it gives none. */
  private @Nullable ScoringSettings scoring(Meta m, int no) {
    ScoringSettings.Builder b = ScoringSettings.builder();
    boolean any = false;
    for (String key : List.of("cap", "floor")) {
      Optional<String> v = text(m, key);
      if (v.isPresent()) {
        any = true;
        boolean none = v.get().equals("none");
        if (key.equals("cap")) {
          if (none) {
            b.noCap(true);
          } else {
            b.cap(parseDecimal(v.get(), column(m, key), no));
          }
        } else if (none) {
          b.noFloor(true);
        } else {
          b.floor(parseDecimal(v.get(), column(m, key), no));
        }
      }
    }
    Optional<String> t = text(m, "threshold-credit");
    Optional<String> band = text(m, "band-credit");
    Optional<BigDecimal> green = decimal(m, "grade-green", no);
    Optional<BigDecimal> yellow = decimal(m, "grade-yellow", no);
    Optional<String> cadence = text(m, "cadence");
    Optional<BigDecimal> grace = decimal(m, "grace-days", no);
    Optional<String> rollup = text(m, "rollup");
    Optional<String> source = text(m, "source");
    Optional<BigDecimal> ownShare = decimal(m, "own-share", no);
    Optional<String> scale = text(m, "confidence-scale");
    any |= t.isPresent() || band.isPresent() || green.isPresent() || yellow.isPresent()
        || cadence.isPresent() || grace.isPresent() || rollup.isPresent() || source.isPresent()
        || ownShare.isPresent() || scale.isPresent();
    if (scale.isPresent()) {
      try {
        b.confidenceScale(org.okrkit.model.ConfidenceScale.named(scale.get()));
      } catch (IllegalArgumentException e) {
        throw new OutlineException(no, column(m, "confidence-scale"),
            "a confidence scale: 0-1, 0-10, 1-10, low-medium-high or red-amber-green",
            scale.get());
      }
    }
    b.thresholdCredit(t).bandCredit(band).greenFrom(green).yellowFrom(yellow);
    b.rollup(rollup).source(source).ownShare(ownShare);
    if (cadence.isPresent()) {
      b.cadence(period(cadence.get(), column(m, "cadence"), no));
    }
    if (grace.isPresent()) {
      BigDecimal g = grace.get();
      if (g.signum() < 0 || g.stripTrailingZeros().scale() > 0 || g.compareTo(BigDecimal.valueOf(3660)) > 0) {
        throw new OutlineException(no, column(m, "grace-days"),
            "a whole number of days from 0 to 3660 for grace-days", OutlineFormat.format(g));
      }
      b.graceDays(g.intValueExact());
    }
    if (!any) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, 1, message(e));
    }
  }

  /**
   * Checks a check-in's confidence as given against the set's {@code confidence-scale} (one
   * other than 0-1, checked by the caller): it must be a value of the scale whose normalised
   * confidence is the one stated in parentheses.
   */
  private void onScale(String given, @Nullable BigDecimal stated, int no, int column) {
    org.okrkit.model.ConfidenceScale scale =
        scoring == null ? null : scoring.confidenceScale().orElse(null);
    if (scale == null || stated == null) {
      return;
    }
    BigDecimal normalised;
    try {
      normalised = scale.isWords() ? scale.normalise(given) : scale.normalise(new BigDecimal(given));
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, column, scale.expected() + " (the set's confidence-scale "
          + scale.scaleName() + ")", given);
    }
    if (normalised.compareTo(stated) != 0) {
      throw new OutlineException(no, column, "confidence-given '" + given + "' is "
          + OutlineFormat.format(normalised) + " on the " + scale.scaleName()
          + " scale, not the stated (confidence " + OutlineFormat.format(stated) + ")");
    }
  }

  /** A check-in cadence: daily, weekly, biweekly, monthly, quarterly or an ISO-8601 period. */
  private static java.time.Period period(String text, int column, int no) {
    java.time.Period named =
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
          case "daily" -> java.time.Period.ofDays(1);
          case "weekly" -> java.time.Period.ofWeeks(1);
          case "biweekly" -> java.time.Period.ofWeeks(2);
          case "monthly" -> java.time.Period.ofMonths(1);
          case "quarterly" -> java.time.Period.ofMonths(3);
          default -> null;
        };
    if (named != null) {
      return named;
    }
    try {
      java.time.Period p = java.time.Period.parse(text);
      if (!p.isNegative() && !p.isZero()) {
        return p;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // reported below, with the expected forms
    }
    throw new OutlineException(no, column,
        "daily, weekly, biweekly, monthly, quarterly or an ISO-8601 period such as P10D for cadence",
        text);
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
        flushKpi();
        section = line.substring(2).strip();
        currentCycle = null;
      } else if (h == 1) {
        flushKpi();
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
        initiative(item, no);
      } else {
        kpi(item, no);
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
      setExtensions.putAll(extensions(m, "x-", no));
      scoring = scoring(m, no);
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

  private static String abbreviate(String s) {
    return s.length() > 30 ? s.substring(0, 30) + "…" : s;
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
    CycleDates c = cycleDates(visible);
    if (c == null) {
      throw new OutlineException(no, 3,
          "a cycle heading like '# Q4 2026 (2026-10-01 – 2026-12-31)'", abbreviate(visible));
    }
    LocalDate start = date(visible.substring(c.startFrom, c.startTo), no, base + c.startFrom + 1);
    LocalDate end = date(visible.substring(c.endFrom, c.endTo), no, base + c.endFrom + 1);
    String name = visible.substring(0, c.open).strip();
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
      b.extensions(extensions(m, "x-", no));
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

  /** Where the name ends and the two dates are in a cycle heading's visible text. */
  private record CycleDates(int open, int startFrom, int startTo, int endFrom, int endTo) {}

  /**
   * Finds "(start – end)" at the end of {@code v} by scanning, never by a backtracking pattern:
   * a heading of 32 KB of '(' or 200 KB of spaces takes linear time. The separator is an en or
   * em dash, "-", "to" or "..", with or without spaces around the dashes and dots.
   */
  private static @Nullable CycleDates cycleDates(String v) {
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
    return from + 10 <= v.length() && DATE.matcher(v.substring(from, from + 10)).matches();
  }

  private static int leadingSpaces(String v) {
    return skipSpaces(v, 0, v.length());
  }

  private static int skipSpaces(String v, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(v.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String message(IllegalArgumentException e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }

  /** An ISO date with a four-digit year (0000–9999), as the JSON format allows. */
  private static LocalDate date(String text, int no, int column) {
    if (!DATE.matcher(text).matches()) {
      throw new OutlineException(no, column, "a date like 2026-11-01 (years 0000–9999)", text);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new OutlineException(no, column, "a date like 2026-11-01", text);
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
    checkLength(title, no, 4, "an objective title");
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
    decimal(m, "weight", no).ifPresent(b::weight);
    Optional<String> description = text(m, "description");
    description.ifPresent(b::description);
    text(m, "carried-from").ifPresent(b::carriedFrom);
    b.extensions(extensions(m, "x-", no));
    objective = new ObjectiveDraft(b, no, id, cycleId);
    objective.metaDescription = description.isPresent();
    objective.close = closeOut(m, no);
  }

  private static <E extends Enum<E>> E enumValue(
      Class<E> type, String text, @Nullable Meta m, String key, int no) {
    for (E e : type.getEnumConstants()) {
      if (OutlineFormat.lower(e).equals(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(OutlineFormat.lower(e));
    }
    throw new OutlineException(no, column(m, key), "a " + key + " (one of "
        + String.join(", ", names) + ")", text);
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
      checkLength(description, o.line + 1, 1, "a description");
      o.builder.description(description);
    }
    CloseOut close = o.close;
    if (close != null && !o.retrospective.isEmpty()) {
      String retrospective = String.join("\n", o.retrospective);
      checkLength(retrospective, o.retrospectiveLine, 1, "a retrospective");
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

  // ------------------------------------------------------------------ key results

  private void keyResult(String content, int no) {
    ObjectiveDraft o = objective;
    if (o == null) {
      throw new OutlineException(no, 1, "a '## ' objective heading before the first key result",
          abbreviate(content));
    }
    int offset = 2;
    boolean checkbox = false;
    boolean ticked = false;
    if (content.startsWith("[") && (content.startsWith("[]") || (content.length() >= 3
        && content.charAt(2) == ']'))) {
      char mark = content.charAt(1);
      if (mark != ' ' && mark != 'x' && mark != 'X') {
        throw new OutlineException(no, 3, "a checkbox '[ ]' or '[x]' for a milestone",
            content.substring(0, Math.min(3, content.length())));
      }
      checkbox = true;
      ticked = mark != ' ';
      // "[x]Publish" is an obvious "[x] Publish"
      int skip = content.length() > 3 && content.charAt(3) == ' ' ? 4 : 3;
      offset += skip;
      content = content.substring(skip);
    }
    if (keyResultCount == limits.maxKeyResults()) {
      throw tooMany(no, "key results", limits.maxKeyResults(), "maxKeyResults");
    }
    Meta m = Meta.find(content, no, offset);
    String visible = (m == null ? content : content.substring(0, m.column - 1 - offset)).strip();
    if (m != null) {
      m.checkKeys(no, "a key result", KEY_RESULT_KEYS, limits.maxStringLength());
    }
    Optional<String> metaTitle = text(m, "title");
    if (metaTitle.isPresent() && !visible.isEmpty()) {
      throw new OutlineException(no, offset + 1,
          "the title either as text or as {title: …}, not both", abbreviate(visible));
    }
    String title = metaTitle.orElse(visible);
    if (title.isEmpty()) {
      throw new OutlineException(no, offset + 1, "a key-result sentence after '- '", "");
    }
    checkLength(title, no, offset + 1, "a key-result title");
    String id =
        text(m, "id").orElse(OutlineFormat.defaultKeyResultId(o.id, o.keyResults.size() + 1));
    try {
      KeyResult implied;
      if (checkbox) {
        implied = KeyResult.milestone(id, title);
      } else {
        boolean stated = has(m, "kind") && has(m, "unit") && has(m, "baseline")
            && has(m, "target");
        int run = OutlineFormat.longestNumberRun(title);
        if (run > limits.maxNumberLength()) {
          if (!stated) {
            throw new OutlineException(no, offset + 1, "a number in the sentence has " + run
                + " digits; at most " + limits.maxNumberLength() + " are allowed"
                + " (maxNumberLength): give the values in metadata ({kind: …, unit: …,"
                + " baseline: …, target: …})");
          }
        }
        KeyResultReading reading = KeyResultParser.parse(run > limits.maxNumberLength() ? "x" : title);
        implied = run > limits.maxNumberLength()
            ? KeyResult.builder().id(id).title(title).build()
            : OutlineFormat.implied(id, title, reading);
        if (reading.confidence() != ReadingConfidence.HIGH && !stated) {
          String what = "the sentence is read with " + reading.confidence().jsonName()
              + " confidence (" + String.join("; ", reading.notes()) + ")";
          if (!lenient) {
            throw new OutlineException(no, offset + 1, what + ": state its numbers in metadata"
                + " ({kind: …, unit: …, baseline: …, target: …}, none where absent) or reword"
                + " it, or read the outline leniently to keep the guess");
          }
          warnings.add(new OutlineWarning(no, offset + 1, what + "; read as: "
              + reading.toString().replaceFirst(" confidence=.*$", "")));
        }
        for (Optional<BigDecimal> v : List.of(implied.baseline().map(Baseline::value),
            implied.target().map(Target::value))) {
          if (v.isPresent() && !limits.fitsNumberLength(v.get()) && !stated) {
            throw new OutlineException(no, offset + 1, "a number in the sentence has "
                + limits.numberLengthProblem(v.get()) + " (maxNumberLength)");
          }
        }
      }
      KeyResult.Builder b = KeyResult.builder().from(implied);
      Optional<String> kind = text(m, "kind");
      if (kind.isPresent()) {
        b.kind(enumValue(KeyResultKind.class, kind.get(), m, "kind", no));
      }
      if (has(m, "unit")) {
        b.unit(noneOr(m, "unit"));
      }
      b.baseline(baseline(m, implied.baseline(), no));
      b.target(levels(m, target(m, implied.target(), no), no));
      flag(m, "target-pending", no).ifPresent(b::targetPending);
      flag(m, "baseline-pending", no).ifPresent(b::baselinePending);
      zones(m, no).ifPresent(b::zones);
      decimal(m, "weight", no).ifPresent(b::weight);
      rollup(m, b, no);
      text(m, "carried-from").ifPresent(b::carriedFrom);
      flag(m, "track-after-close", no).ifPresent(b::trackAfterClose);
      text(m, "kpi").ifPresent(b::kpi);
      b.close(Optional.ofNullable(closeOut(m, no)));
      b.extensions(extensions(m, "x-", no));
      KeyResultDraft d = new KeyResultDraft(b.build(), no, ticked);
      o.keyResults.add(d);
      keyResultCount++;
      keyResult = d;
    } catch (IllegalArgumentException e) {
      if (e instanceof OutlineException oe) {
        throw oe;
      }
      throw new OutlineException(no, 1, message(e));
    }
  }

  /** The roll-up metadata of a key result: sum-of, start, due, plan, cadence, grace-days. */
  private void rollup(@Nullable Meta m, KeyResult.Builder b, int no) {
    Optional<String> sum = text(m, "sum-of");
    if (sum.isPresent()) {
      b.sumOf(OutlineFormat.parseIdList(sum.get(), no, column(m, "sum-of"), "sum-of"));
    }
    Optional<String> start = text(m, "start");
    if (start.isPresent()) {
      b.start(date(start.get(), no, column(m, "start")));
    }
    Optional<String> due = text(m, "due");
    if (due.isPresent()) {
      b.due(date(due.get(), no, column(m, "due")));
    }
    Optional<String> plan = text(m, "plan");
    if (plan.isPresent()) {
      b.plan(plan(plan.get(), no, column(m, "plan")));
    }
    Optional<String> cadence = text(m, "cadence");
    if (cadence.isPresent()) {
      try {
        b.cadence(CheckInCadence.parsePeriod(cadence.get()));
      } catch (IllegalArgumentException e) {
        throw new OutlineException(no, column(m, "cadence"), "a cadence: daily, weekly,"
            + " biweekly, monthly, quarterly or an ISO-8601 period such as P14D", cadence.get());
      }
    }
    Optional<String> grace = text(m, "grace-days");
    if (grace.isPresent()) {
      b.graceDays(wholeNumber(grace.get(), 3660, no, column(m, "grace-days"), "grace-days"));
    }
  }

  /** A whole number from 0 to {@code max}, as written (no sign, no decimal point). */
  private static int wholeNumber(String text, int max, int no, int column, String key) {
    boolean digits = !text.isEmpty() && text.length() <= 9;
    for (int i = 0; i < text.length() && digits; i++) {
      digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    if (!digits || Integer.parseInt(text) > max) {
      throw new OutlineException(no, column, "a whole number from 0 to " + max + " for " + key,
          text);
    }
    return Integer.parseInt(text);
  }

  /** A plan "2026-11-15 1200; 2026-12-15 1400": points separated by ';', each a date and value. */
  private List<PlanPoint> plan(String text, int no, int column) {
    List<PlanPoint> points = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int end = text.indexOf(';', from);
      if (end < 0) {
        end = text.length();
      }
      String part = text.substring(from, end);
      int lead = leadingSpaces(part);
      String point = part.strip();
      int space = point.indexOf(' ');
      if (space < 0) {
        throw new OutlineException(no, column + from + lead, "a plan point like"
            + " '2026-11-15 1200' (a date, a space and the value planned that day; points"
            + " separated by ';')", abbreviate(point));
      }
      LocalDate date = date(point.substring(0, space), no, column + from + lead);
      String value = point.substring(space).strip();
      int at = column + from + lead + point.indexOf(value, space);
      points.add(PlanPoint.of(date, parseDecimal(value, at, no)));
      from = end + 1;
    }
    return points;
  }

  private static OutlineException tooMany(int no, String what, long limit, String name) {
    return new OutlineException(no, 1, "too many " + what + ": more than the limit of " + limit
        + " (" + name + ")");
  }

  /** Fails on a text longer than the limit, naming the line, column and limit. */
  private void checkLength(String s, int no, int column, String what) {
    if (s.length() > limits.maxStringLength()) {
      throw new OutlineException(no, column, what + " of " + s.length() + " characters, more than"
          + " the limit of " + limits.maxStringLength() + " (maxStringLength)");
    }
  }

  private Optional<Baseline> baseline(@Nullable Meta m, Optional<Baseline> implied, int no) {
    Optional<Baseline> base = implied;
    if (has(m, "baseline")) {
      Optional<String> v = noneOr(m, "baseline");
      base = v.isEmpty()
          ? Optional.empty()
          : Optional.of(Baseline.of(parseDecimal(v.get(), column(m, "baseline"), no)));
    }
    Optional<String> date = text(m, "baseline-date");
    Map<String, String> ext = extensions(m, "baseline.", no);
    if (date.isPresent() || !ext.isEmpty()) {
      if (base.isEmpty()) {
        throw new OutlineException(no, column(m, date.isPresent() ? "baseline-date" : "baseline"),
            "a {baseline: …} value for the baseline's date or extensions", "");
      }
      Baseline.Builder b = Baseline.builder().from(base.get());
      if (date.isPresent()) {
        b.date(date(date.get(), no, column(m, "baseline-date")));
      }
      b.extensions(ext);
      base = Optional.of(b.build());
    }
    return base;
  }

  private Optional<Target> target(@Nullable Meta m, Optional<Target> implied, int no) {
    Optional<Target> target = implied;
    Optional<String> side = text(m, "side");
    TargetSide s = side.isPresent()
        ? enumValue(TargetSide.class, side.get(), m, "side", no)
        : implied.map(Target::side).orElse(TargetSide.REACH);
    if (has(m, "target")) {
      Optional<String> v = noneOr(m, "target");
      target = v.isEmpty()
          ? Optional.empty()
          : Optional.of(Target.builder()
              .value(parseDecimal(v.get(), column(m, "target"), no))
              .side(s)
              .build());
    } else if (side.isPresent()) {
      if (target.isEmpty()) {
        throw new OutlineException(no, column(m, "side"), "a {target: …} value for the side", "");
      }
      target = Optional.of(Target.builder().from(target.get()).side(s).build());
    }
    Map<String, String> ext = extensions(m, "target.", no);
    if (!ext.isEmpty()) {
      if (target.isEmpty()) {
        throw new OutlineException(no, 1, "a {target: …} value for the target's extensions", "");
      }
      target = Optional.of(Target.builder().from(target.get()).extensions(ext).build());
    }
    return target;
  }

  /** The target with the {commit: …}, {stretch: …} and {at-most: …} metadata applied. */
  private Optional<Target> levels(@Nullable Meta m, Optional<Target> target, int no) {
    Optional<BigDecimal> commit = decimal(m, "commit", no);
    Optional<BigDecimal> stretch = decimal(m, "stretch", no);
    Optional<BigDecimal> upper = decimal(m, "at-most", no);
    if (commit.isEmpty() && stretch.isEmpty() && upper.isEmpty()) {
      return target;
    }
    if (target.isEmpty()) {
      String key = commit.isPresent() ? "commit" : stretch.isPresent() ? "stretch" : "at-most";
      throw new OutlineException(no, column(m, key), "a {target: …} value for the " + key, "");
    }
    Target.Builder b = Target.builder().from(target.get());
    commit.ifPresent(b::commit);
    stretch.ifPresent(b::stretch);
    upper.ifPresent(u -> b.side(TargetSide.AT_LEAST).upper(u));
    return Optional.of(b.build());
  }

  private static Optional<Boolean> flag(@Nullable Meta m, String key, int no) {
    Optional<String> v = text(m, key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get().equals("yes") || v.get().equals("no")) {
      return Optional.of(v.get().equals("yes"));
    }
    throw new OutlineException(no, column(m, key), "yes or no for " + key, v.get());
  }

  private static Optional<ZoneDescriptions> zones(@Nullable Meta m, int no) {
    Optional<String> fail = text(m, "zone-fail");
    Optional<String> commit = text(m, "zone-commit");
    Optional<String> target = text(m, "zone-target");
    Optional<String> stretch = text(m, "zone-stretch");
    if (fail.isEmpty() && commit.isEmpty() && target.isEmpty() && stretch.isEmpty()) {
      return Optional.empty();
    }
    if (fail.isEmpty() || commit.isEmpty() || target.isEmpty() || stretch.isEmpty()) {
      String key = fail.isPresent() ? "zone-fail" : commit.isPresent() ? "zone-commit"
          : target.isPresent() ? "zone-target" : "zone-stretch";
      throw new OutlineException(no, column(m, key),
          "all four of zone-fail, zone-commit, zone-target and zone-stretch", "");
    }
    return Optional.of(ZoneDescriptions.of(fail.get(), commit.get(), target.get(), stretch.get()));
  }

  // ------------------------------------------------------------------ check-ins

  private void checkIn(String content, int no, int offset) {
    KeyResultDraft d = keyResult;
    if (d == null) {
      throw new OutlineException(no, 1, "a '- ' key result before its check-ins",
          abbreviate(content));
    }
    if (checkInCount == limits.maxCheckIns()) {
      throw tooMany(no, "check-ins", limits.maxCheckIns(), "maxCheckIns");
    }
    Meta m = Meta.find(content, no, offset);
    String visible = (m == null ? content : content.substring(0, m.column - 1 - offset)).strip();
    Matcher c = CHECK_IN.matcher(visible);
    if (!c.matches()) {
      throw new OutlineException(no, offset + 1,
          "a check-in like '2026-11-01: 4.45 (confidence 0.7) note'", abbreviate(visible));
    }
    LocalDate date = date(c.group(1), no, offset + 1);
    String rest = c.group(2) == null ? "" : c.group(2).strip();
    int restColumn = offset + 1 + visible.indexOf(':') + 1;
    if (rest.startsWith("changed ") || rest.equals("added") || rest.startsWith("added:")) {
      change(d, m, date, rest, no, restColumn + 1);
      return;
    }
    if (m != null) {
      m.checkKeys(no, "a check-in", CHECK_IN_KEYS, limits.maxStringLength());
    }
    CheckIn.Builder b = CheckIn.builder().date(date);
    if (rest.equals("done") || rest.startsWith("done ")) {
      b.done(true);
      rest = rest.substring(4).strip();
    } else if (rest.equals("not done") || rest.startsWith("not done ")) {
      b.done(false);
      rest = rest.substring(8).strip();
    } else if (rest.startsWith("zone ")) {
      String word = rest.substring(5).strip();
      int space = word.indexOf(' ');
      String zone = space < 0 ? word : word.substring(0, space);
      b.zone(enumValue(Zone.class, zone, null, "zone", no));
      rest = space < 0 ? "" : word.substring(space).strip();
    } else if (rest.startsWith("delta ")) {
      String after = rest.substring(6);
      Matcher v = DECIMAL.matcher(after);
      if (!v.lookingAt() || (v.end() < after.length() && after.charAt(v.end()) != ' ')) {
        throw new OutlineException(no, restColumn + 7, "an increment (a number) after 'delta'",
            abbreviate(after));
      }
      b.delta(parseDecimal(v.group(), restColumn + 7, no));
      rest = after.substring(v.end()).strip();
    } else {
      Matcher v = DECIMAL.matcher(rest);
      if (!v.lookingAt() || (v.end() < rest.length() && rest.charAt(v.end()) != ' ')) {
        throw new OutlineException(no, restColumn + 1,
            "a value (a number, 'delta' and a number, 'done', 'not done' or 'zone' and a zone)",
            abbreviate(rest));
      }
      b.value(parseDecimal(v.group(), restColumn + 1, no));
      rest = rest.substring(v.end()).strip();
    }
    Matcher conf = CONFIDENCE.matcher(rest);
    boolean confidence = conf.lookingAt();
    BigDecimal stated = null;
    if (confidence) {
      stated = parseDecimal(conf.group(1), restColumn, no);
      b.confidence(stated);
      rest = rest.substring(conf.end()).strip();
    } else if (BARE_CONFIDENCE.matcher(rest).lookingAt()
        || (rest.startsWith("(") && rest.regionMatches(true, 1, "confidence", 0, 10))) {
      // "confidence 0.8" or "(confidence high)" would silently become the note
      throw new OutlineException(no, restColumn + 1,
          "a confidence in parentheses, like '(confidence 0.8)'", abbreviate(rest));
    }
    checkLength(rest, no, restColumn + 1, "a check-in note");
    Optional<String> given = text(m, "confidence-given");
    org.okrkit.model.ConfidenceScale scale =
        scoring == null ? null : scoring.confidenceScale().orElse(null);
    boolean scaled = scale != null && scale != org.okrkit.model.ConfidenceScale.UNIT;
    if (confidence && given.isEmpty() && scale != null && scaled) {
      // the document's JSON carries only the value as given: without it the check-in is lost
      throw new OutlineException(no, restColumn + 1, "a {confidence-given: …} beside the"
          + " confidence: the set's confidence-scale is " + scale.scaleName(), abbreviate(rest));
    }
    if (given.isPresent() && !scaled) {
      throw new OutlineException(no, column(m, "confidence-given"), "a confidence-scale other"
          + " than 0-1 in the set's metadata for a confidence as given", given.get());
    }
    if (given.isPresent()) {
      if (!confidence) {
        throw new OutlineException(no, column(m, "confidence-given"), "a '(confidence …)' for"
            + " the confidence as given", given.get());
      }
      b.confidenceAsGiven(given.get());
      onScale(given.get(), stated, no, column(m, "confidence-given"));
    }
    Optional<String> note = text(m, "note");
    if (note.isPresent() && !rest.isEmpty()) {
      throw new OutlineException(no, restColumn, "the note either as text or as {note: …}, not both",
          abbreviate(rest));
    }
    if (note.isPresent()) {
      b.note(note.get());
    } else if (!rest.isEmpty()) {
      b.note(rest);
    }
    b.extensions(extensions(m, "x-", no));
    try {
      d.checkIns.add(b.build());
      checkInCount++;
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, offset + 1, message(e));
    }
  }

  /** A mid-cycle change: "changed target from 140 to 160: reason" or "added: reason". */
  private void change(
      KeyResultDraft d, @Nullable Meta m, LocalDate date, String rest, int no, int column) {
    if (m != null) {
      m.checkKeys(no, "a change", CHANGE_KEYS, limits.maxStringLength());
    }
    Change.Builder b = Change.builder().date(date);
    String reason;
    if (rest.startsWith("added")) {
      b.field(ChangeField.ADDED);
      reason = rest.length() > 6 ? rest.substring(6).strip() : "";
    } else {
      Matcher c = CHANGE.matcher(rest);
      if (!c.matches()) {
        throw new OutlineException(no, column, "a change like 'changed target from 140 to 160:"
            + " reason' (or 'added: reason')", abbreviate(rest));
      }
      Optional<ChangeField> field = ChangeField.ofSpelling(c.group(1));
      if (field.isEmpty() || field.get() == ChangeField.ADDED) {
        throw new OutlineException(no, column + 8, "target or baseline after 'changed'",
            c.group(1));
      }
      b.field(field.get());
      b.from(parseDecimal(c.group(2), column + c.start(2), no));
      b.to(parseDecimal(c.group(3), column + c.start(3), no));
      reason = c.group(4) == null ? "" : c.group(4).strip();
    }
    checkLength(reason, no, column, "a change's reason");
    Optional<String> metaReason = text(m, "reason");
    if (metaReason.isPresent() && !reason.isEmpty()) {
      throw new OutlineException(no, column, "the reason either after ':' or as {reason: …},"
          + " not both", abbreviate(reason));
    }
    if (metaReason.isPresent()) {
      b.reason(metaReason.get());
    } else if (!reason.isEmpty()) {
      b.reason(reason);
    }
    b.extensions(extensions(m, "x-", no));
    try {
      d.changes.add(b.build());
      checkInCount++;
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, column, message(e));
    }
  }

  /**
   * The close-out in the metadata of an objective or key result, or null when it has none: its
   * {@code closed} key (a date, or {@code open} for a reopened one) says there is one.
   */
  private @Nullable CloseOut closeOut(@Nullable Meta m, int no) {
    Optional<String> closed = text(m, "closed");
    if (closed.isEmpty()) {
      for (String key : CLOSE_KEYS) {
        if (has(m, key)) {
          throw new OutlineException(no, column(m, key), "{closed: DATE} (or {closed: open})"
              + " with the close-out's " + key, "");
        }
      }
      if (!extensions(m, "close.", no).isEmpty()) {
        throw new OutlineException(no, 1, "{closed: DATE} (or {closed: open}) with the"
            + " close-out's extensions", "");
      }
      return null;
    }
    CloseOut.Builder b = CloseOut.builder();
    if (!closed.get().equals("open")) {
      b.date(date(closed.get(), no, column(m, "closed")));
    }
    Optional<String> outcome = text(m, "outcome");
    if (outcome.isPresent()) {
      b.outcome(Outcome.ofSpelling(outcome.get()).orElseThrow(() -> new OutlineException(no,
          column(m, "outcome"), "an outcome (one of achieved, partially-achieved, missed)",
          outcome.get())));
    }
    Optional<String> decision = text(m, "decision");
    if (decision.isPresent()) {
      b.decision(Decision.ofSpelling(decision.get()).orElseThrow(() -> new OutlineException(no,
          column(m, "decision"), "a decision (one of keep, modify, abandon, defer)",
          decision.get())));
    }
    Optional<BigDecimal> computed = decimal(m, "computed-score", no);
    Optional<BigDecimal> adjusted = decimal(m, "adjusted-score", no);
    b.computedScore(computed).adjustedScore(adjusted);
    text(m, "adjustment-reason").ifPresent(b::adjustmentReason);
    text(m, "retrospective").ifPresent(b::retrospective);
    b.extensions(extensions(m, "close.", no));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      String key = computed.isPresent() ? "computed-score" : "adjusted-score";
      throw new OutlineException(no, column(m, key), message(e));
    }
  }

  // ------------------------------------------------------------------ initiatives and KPIs

  /** An item of the "# Initiatives" section. */
  private void initiative(String content, int no) {
    if (initiatives.size() + kpis.size() + (kpi == null ? 0 : 1) >= limits.maxObjectives()) {
      throw tooMany(no, "initiatives and KPIs", limits.maxObjectives(), "maxObjectives");
    }
    Meta m = Meta.find(content, no, 2);
    String title = itemTitle(content, m, no, INITIATIVE_KEYS, "an initiative");
    String id = text(m, "id").orElse(initiativeIds.defaultFor(title, initiatives.size() + 1));
    Initiative.Builder b = Initiative.builder().id(id).title(title);
    Optional<String> links = text(m, "for");
    if (links.isPresent()) {
      b.keyResults(OutlineFormat.parseIdList(links.get(), no, column(m, "for"), "for"));
    }
    text(m, "owner").ifPresent(b::owner);
    Optional<String> status = text(m, "status");
    if (status.isPresent()) {
      b.status(enumValue(InitiativeStatus.class, status.get(), m, "status", no));
    }
    Optional<String> start = text(m, "start");
    if (start.isPresent()) {
      b.start(date(start.get(), no, column(m, "start")));
    }
    Optional<String> end = text(m, "end");
    if (end.isPresent()) {
      b.end(date(end.get(), no, column(m, "end")));
    }
    decimal(m, "progress", no).ifPresent(b::progress);
    b.extensions(extensions(m, "x-", no));
    try {
      Initiative built = b.build();
      initiatives.add(built);
      initiativeIds.add(built.id());
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, 1, message(e));
    }
  }

  /** The title of a section item: the text before its metadata, or its {title: …}. */
  private String itemTitle(
      String content, @Nullable Meta m, int no, List<String> keys, String what) {
    String visible = (m == null ? content : content.substring(0, m.column - 3)).strip();
    if (m != null) {
      m.checkKeys(no, what, keys, limits.maxStringLength());
    }
    Optional<String> metaTitle = text(m, "title");
    if (metaTitle.isPresent() && !visible.isEmpty()) {
      throw new OutlineException(no, 3, "the title either as text or as {title: …}, not both",
          abbreviate(visible));
    }
    String title = metaTitle.orElse(visible);
    if (title.isEmpty()) {
      throw new OutlineException(no, 3, "a title for " + what + " after '- '", "");
    }
    checkLength(title, no, 3, "a title");
    return title;
  }

  /** An item of the "# KPIs" section; its measurements follow, indented. */
  private void kpi(String content, int no) {
    flushKpi();
    if (initiatives.size() + kpis.size() >= limits.maxObjectives()) {
      throw tooMany(no, "initiatives and KPIs", limits.maxObjectives(), "maxObjectives");
    }
    Meta m = Meta.find(content, no, 2);
    String title = itemTitle(content, m, no, KPI_KEYS, "a KPI");
    String id = text(m, "id").orElse(kpiIds.defaultFor(title, kpis.size() + 1));
    kpiIds.add(id);
    Kpi.Builder b = Kpi.builder().id(id).title(title);
    text(m, "unit").ifPresent(b::unit);
    text(m, "owner").ifPresent(b::owner);
    Optional<String> direction = text(m, "direction");
    if (direction.isPresent()) {
      b.direction(enumValue(KpiDirection.class, direction.get(), m, "direction", no));
    }
    Optional<String> healthy = text(m, "healthy");
    if (healthy.isPresent()) {
      b.healthy(corridor(healthy.get(), no, column(m, "healthy")));
    }
    Optional<String> watch = text(m, "watch");
    if (watch.isPresent()) {
      b.watch(corridor(watch.get(), no, column(m, "watch")));
    }
    Optional<String> frequency = text(m, "frequency");
    if (frequency.isPresent()) {
      b.frequency(enumValue(Frequency.class, frequency.get(), m, "frequency", no));
    }
    b.extensions(extensions(m, "x-", no));
    kpi = new KpiDraft(b, no);
  }

  /** A corridor "40..60", "40.." (at least) or "..60" (at most). */
  private Corridor corridor(String text, int no, int column) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new OutlineException(no, column, "a corridor like 40..60, 40.. or ..60", text);
    }
    String min = text.substring(0, dots).strip();
    String max = text.substring(dots + 2).strip();
    Corridor.Builder b = Corridor.builder();
    if (!min.isEmpty()) {
      b.min(parseDecimal(min, column, no));
    }
    if (!max.isEmpty()) {
      b.max(parseDecimal(max, column + dots + 2, no));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, column, message(e));
    }
  }

  /** A measurement of the KPI above: "2026-10-31: 42 note". */
  private void measurement(String content, int no, int offset) {
    KpiDraft k = kpi;
    if (k == null) {
      throw new OutlineException(no, 1, "a '- ' KPI before its measurements", abbreviate(content));
    }
    if (checkInCount == limits.maxCheckIns()) {
      throw tooMany(no, "check-ins, changes and measurements", limits.maxCheckIns(),
          "maxCheckIns");
    }
    Meta m = Meta.find(content, no, offset);
    String visible = (m == null ? content : content.substring(0, m.column - 1 - offset)).strip();
    if (m != null) {
      m.checkKeys(no, "a measurement", MEASUREMENT_KEYS, limits.maxStringLength());
    }
    Matcher c = CHECK_IN.matcher(visible);
    if (!c.matches()) {
      throw new OutlineException(no, offset + 1, "a measurement like '2026-10-31: 42 note'",
          abbreviate(visible));
    }
    LocalDate date = date(c.group(1), no, offset + 1);
    String rest = c.group(2) == null ? "" : c.group(2).strip();
    int restColumn = offset + 1 + visible.indexOf(':') + 2;
    Matcher v = DECIMAL.matcher(rest);
    if (!v.lookingAt() || (v.end() < rest.length() && rest.charAt(v.end()) != ' ')) {
      throw new OutlineException(no, restColumn, "a measured value (a number)", abbreviate(rest));
    }
    Measurement.Builder b = Measurement.builder().date(date)
        .value(parseDecimal(v.group(), restColumn, no));
    String note = rest.substring(v.end()).strip();
    checkLength(note, no, restColumn, "a measurement note");
    Optional<String> metaNote = text(m, "note");
    if (metaNote.isPresent() && !note.isEmpty()) {
      throw new OutlineException(no, restColumn, "the note either as text or as {note: …}, not"
          + " both", abbreviate(note));
    }
    if (metaNote.isPresent()) {
      b.note(metaNote.get());
    } else if (!note.isEmpty()) {
      b.note(note);
    }
    b.extensions(extensions(m, "x-", no));
    try {
      k.measurements.add(b.build());
      checkInCount++;
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, offset + 1, message(e));
    }
  }

  private void flushKpi() {
    KpiDraft k = kpi;
    if (k == null) {
      return;
    }
    kpi = null;
    try {
      kpis.add(k.builder.measurements(k.measurements).build());
    } catch (IllegalArgumentException e) {
      throw new OutlineException(k.line, 1, message(e));
    }
  }

  // ------------------------------------------------------------------ metadata values

  private static boolean has(@Nullable Meta m, String key) {
    return m != null && m.values.containsKey(key);
  }

  private static Optional<String> text(@Nullable Meta m, String key) {
    if (m == null) {
      return Optional.empty();
    }
    Meta.Value v = m.values.get(key);
    return v == null ? Optional.empty() : Optional.of(v.text());
  }

  /** The value, or empty for an unquoted {@code none}. */
  private static Optional<String> noneOr(@Nullable Meta m, String key) {
    if (m == null) {
      return Optional.empty();
    }
    Meta.Value v = m.values.get(key);
    if (v == null || (!v.quoted() && v.text().equals("none"))) {
      return Optional.empty();
    }
    return Optional.of(v.text());
  }

  private static int column(@Nullable Meta m, String key) {
    if (m == null) {
      return 1;
    }
    Meta.Value v = m.values.get(key);
    return v == null ? m.column : v.column();
  }

  private Optional<BigDecimal> decimal(@Nullable Meta m, String key, int no) {
    Optional<String> t = text(m, key);
    return t.map(v -> parseDecimal(v, column(m, key), no));
  }

  private BigDecimal parseDecimal(String text, int column, int no) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        digits++;
      }
    }
    if (digits > 2L * limits.maxNumberLength() + 20) {
      // more digits than any number within the limit: refused before BigDecimal, whose parsing
      // of a million digits takes quadratic time
      throw new OutlineException(no, column, "a number with at most " + limits.maxNumberLength()
          + " digits before and after the decimal point, found one of " + digits + " digits"
          + " (maxNumberLength)");
    }
    if (!DECIMAL.matcher(text).matches()) {
      throw new OutlineException(no, column, "a number", text);
    }
    BigDecimal d;
    try {
      d = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new OutlineException(no, column, "a number", text);
    }
    if (!limits.fitsNumberLength(d)) {
      throw new OutlineException(no, column, "a number with at most " + limits.maxNumberLength()
          + " digits before and after the decimal point, found one with "
          + limits.numberLengthProblem(d) + " (maxNumberLength)");
    }
    return d;
  }

  /**
   * The extensions of a metadata group with this prefix; each value must be one JSON value (the
   * model holds raw JSON text), checked here with its line and column, never when written.
   */
  private Map<String, String> extensions(@Nullable Meta m, String prefix, int no) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, Meta.Value> e : m.values.entrySet()) {
      String key = e.getKey();
      String name;
      if (prefix.equals("x-") && key.startsWith("x-")) {
        name = key;
      } else if (!prefix.equals("x-") && key.startsWith(prefix + "x-")) {
        name = key.substring(prefix.length());
      } else {
        continue;
      }
      Meta.Value v = e.getValue();
      String problem = JsonText.problem(v.text(), limits.maxDepth());
      if (problem != null) {
        throw new OutlineException(no, v.column(), "a JSON value for the extension '" + key
            + "' (" + problem + "; a JSON string is written with its quotes escaped, as in"
            + " \"\\\"OKR-12\\\"\")", v.text());
      }
      out.put(name, v.text());
    }
    return out;
  }
}
