package org.okrkit.text;

import static org.okrkit.text.OutlineValues.abbreviate;
import static org.okrkit.text.OutlineValues.column;
import static org.okrkit.text.OutlineValues.date;
import static org.okrkit.text.OutlineValues.enumValue;
import static org.okrkit.text.OutlineValues.message;
import static org.okrkit.text.OutlineValues.text;
import static org.okrkit.text.OutlineValues.tooMany;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Corridor;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.Frequency;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;

/**
 * Reads the items of an outline's "# Initiatives" and "# KPIs" sections: the work planned for key
 * results, and the health metrics watched beside the OKRs with their indented measurements.
 */
final class OutlineSections {
  private static final List<String> INITIATIVE_KEYS =
      List.of("id", "title", "for", "owner", "status", "start", "end", "progress");
  private static final List<String> KPI_KEYS =
      List.of("id", "title", "unit", "owner", "direction", "healthy", "watch", "frequency");
  private static final List<String> MEASUREMENT_KEYS = List.of("note");

  private final OutlineValues values;
  private final DocumentLimits limits;
  private final List<Initiative> initiatives = new ArrayList<>();
  private final List<Kpi> kpis = new ArrayList<>();
  private final OutlineFormat.ObjectiveIds initiativeIds =
      new OutlineFormat.ObjectiveIds("initiative");
  private final OutlineFormat.ObjectiveIds kpiIds = new OutlineFormat.ObjectiveIds("kpi");
  private @Nullable KpiDraft kpi;

  private static final class KpiDraft {
    final Kpi.Builder builder;
    final int line;
    final List<Measurement> measurements = new ArrayList<>();

    KpiDraft(Kpi.Builder builder, int line) {
      this.builder = builder;
      this.line = line;
    }
  }

  OutlineSections(OutlineValues values) {
    this.values = values;
    this.limits = values.limits();
  }

  /** The initiatives read so far, in document order. */
  List<Initiative> initiatives() {
    return initiatives;
  }

  /** The KPIs read and ended so far, in document order. */
  List<Kpi> kpis() {
    return kpis;
  }

  /** An item of the "# Initiatives" section. */
  void initiative(String content, int no) {
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
    values.decimal(m, "progress", no).ifPresent(b::progress);
    b.extensions(values.extensions(m, "x-", no));
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
    values.checkLength(title, no, 3, "a title");
    return title;
  }

  /** An item of the "# KPIs" section; its measurements follow, indented. */
  void kpi(String content, int no) {
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
    b.extensions(values.extensions(m, "x-", no));
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
      b.min(values.parseDecimal(min, column, no));
    }
    if (!max.isEmpty()) {
      b.max(values.parseDecimal(max, column + dots + 2, no));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, column, message(e));
    }
  }

  /** A measurement of the KPI above: "2026-10-31: 42 note". */
  void measurement(String content, int no, int offset, long checkInCount) {
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
    Matcher c = OutlineValues.DATED_LINE.matcher(visible);
    if (!c.matches()) {
      throw new OutlineException(no, offset + 1, "a measurement like '2026-10-31: 42 note'",
          abbreviate(visible));
    }
    LocalDate date = date(c.group(1), no, offset + 1);
    String rest = c.group(2) == null ? "" : c.group(2).strip();
    int restColumn = offset + 1 + visible.indexOf(':') + 2;
    Matcher v = OutlineValues.DECIMAL.matcher(rest);
    if (!v.lookingAt() || (v.end() < rest.length() && rest.charAt(v.end()) != ' ')) {
      throw new OutlineException(no, restColumn, "a measured value (a number)", abbreviate(rest));
    }
    Measurement.Builder b = Measurement.builder().date(date)
        .value(values.parseDecimal(v.group(), restColumn, no));
    String note = rest.substring(v.end()).strip();
    values.checkLength(note, no, restColumn, "a measurement note");
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
    b.extensions(values.extensions(m, "x-", no));
    try {
      k.measurements.add(b.build());
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, offset + 1, message(e));
    }
  }

  /** Ends the KPI being read, if any: its measurements are complete. */
  void flushKpi() {
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
}
