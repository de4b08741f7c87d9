package org.okrkit.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.ChangeField;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.Kpi;
import org.okrkit.model.Measurement;
import org.okrkit.model.CheckIn;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;

/** Writes one set as an outline that reads back to an equal set. */
final class OutlineWriter {
  private final OkrSet set;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, Cycle> written = new java.util.HashMap<>();
  private boolean afterCycleHeading;

  OutlineWriter(OkrSet set) {
    this.set = set;
  }

  String write() {
    boolean scoring = set.scoring().isPresent() && !set.scoring().get().isEmpty();
    if (!set.extensions().isEmpty() || scoring) {
      Meta.Out m = new Meta.Out();
      set.scoring().ifPresent(s -> scoring(m, s));
      extensions(m, "", set.extensions());
      out.append(m).append("\n");
    }
    List<Cycle> cycles = set.cycles();
    String current = null;
    int next = 0;
    int number = 0;
    for (Objective o : set.objectives()) {
      number++;
      if ((current == null || !o.cycle().equals(current))
          && next < cycles.size()
          && cycles.get(next).id().equals(o.cycle())) {
        cycle(cycles.get(next));
        current = o.cycle();
        next++;
      }
      objective(o, !o.cycle().equals(current), number);
    }
    for (; next < cycles.size(); next++) {
      cycle(cycles.get(next));
    }
    if (!set.initiatives().isEmpty()) {
      initiatives();
    }
    if (!set.kpis().isEmpty()) {
      kpis();
    }
    return out.toString();
  }

  private void blankLine() {
    if (out.length() > 0) {
      out.append("\n");
    }
  }

  private void cycle(Cycle c) {
    blankLine();
    written.putIfAbsent(c.id(), c);
    Optional<String> name = c.name();
    boolean visible = name.isPresent() && isSafeCycleName(name.get());
    out.append("# ");
    if (visible) {
      out.append(name.get()).append(' ');
    }
    out.append('(').append(c.start()).append(" – ").append(c.end()).append(')');
    Meta.Out m = new Meta.Out();
    if (!(visible && OutlineFormat.defaultCycleId(name.get()).equals(c.id()))) {
      m.put("id", c.id());
    }
    if (name.isPresent() && !visible) {
      m.putQuoted("name", name.get());
    }
    extensions(m, "", c.extensions());
    meta(m);
    out.append("\n");
    afterCycleHeading = true;
  }

  private final OutlineFormat.ObjectiveIds writtenIds = new OutlineFormat.ObjectiveIds();

  private void objective(Objective o, boolean explicitCycle, int number) {
    if (!afterCycleHeading) {
      blankLine();
    }
    afterCycleHeading = false;
    boolean visible = isSafeTitle(o.title());
    out.append("## ");
    if (visible) {
      out.append(o.title());
    }
    Meta.Out m = new Meta.Out();
    // the reader derives the same id from the same title and the ids written before
    if (!writtenIds.defaultFor(o.title(), number).equals(o.id())) {
      m.put("id", o.id());
    }
    writtenIds.add(o.id());
    if (!visible) {
      m.putQuoted("title", o.title());
    }
    o.owner().ifPresent(v -> m.put("owner", v));
    o.parent().ifPresent(v -> m.put("aligns", v));
    o.parentKeyResult().ifPresent(v -> m.put("aligns-kr", v));
    if (o.link() != AlignmentLink.CONTRIBUTE) {
      m.putRaw("link", o.link().code());
    }
    o.level().ifPresent(v -> m.putRaw("level", OutlineFormat.lower(v)));
    if (o.type() != ObjectiveType.ASPIRATIONAL) {
      m.putRaw("type", OutlineFormat.lower(o.type()));
    }
    if (!isDefaultWeight(o.weight())) {
      m.putRaw("weight", OutlineFormat.format(o.weight()));
    }
    if (explicitCycle) {
      m.put("cycle", o.cycle());
    }
    boolean paragraph = o.description().isPresent() && isSafeParagraph(o.description().get());
    if (o.description().isPresent() && !paragraph) {
      m.putQuoted("description", o.description().get());
    }
    o.carriedFrom().ifPresent(v -> m.put("carried-from", v));
    Optional<String> retrospective = o.close().flatMap(CloseOut::retrospective);
    boolean retroParagraph = retrospective.isPresent() && isSafeRetrospective(retrospective.get());
    o.close().ifPresent(c -> closeOut(m, c, !retroParagraph));
    extensions(m, "", o.extensions());
    if (visible) {
      meta(m);
    } else {
      out.append(m);
    }
    out.append("\n");
    if (paragraph) {
      out.append(o.description().get()).append("\n");
    }
    if (retroParagraph) {
      out.append(OutlineFormat.RETROSPECTIVE).append(' ').append(retrospective.get()).append("\n");
    }
    int position = 0;
    for (KeyResult kr : o.keyResults()) {
      position++;
      keyResult(kr, o.id(), position, Optional.ofNullable(written.get(o.cycle())));
    }
  }

  private void keyResult(
      KeyResult kr, String objectiveId, int position, Optional<Cycle> cycle) {
    boolean checkbox = kr.kind() == KeyResultKind.MILESTONE;
    boolean visible = isSafeTitle(kr.title()) && !kr.title().startsWith("[");
    KeyResult implied;
    // a sentence the reader would refuse (or warn about) carries every value explicitly
    boolean unsure = false;
    if (checkbox) {
      implied = KeyResult.milestone(kr.id(), kr.title());
    } else {
      if (OutlineFormat.longestNumberRun(kr.title()) > DocumentLimits.MODEL_MAX_DIGITS) {
        // the reader refuses to parse such a sentence: every value goes into the metadata
        implied = kr;
        unsure = true;
      } else {
        KeyResultReading reading = KeyResultParser.parse(kr.title());
        implied = OutlineFormat.implied(kr.id(), kr.title(), reading);
        unsure = reading.confidence() != ReadingConfidence.HIGH;
      }
    }
    Meta.Out m = new Meta.Out();
    if (!OutlineFormat.defaultKeyResultId(objectiveId, position).equals(kr.id())) {
      m.put("id", kr.id());
    }
    if (!visible) {
      m.putQuoted("title", kr.title());
    }
    if (unsure || implied.kind() != kr.kind()) {
      m.putRaw("kind", OutlineFormat.lower(kr.kind()));
    }
    if (unsure || !implied.unit().equals(kr.unit())) {
      if (kr.unit().isPresent()) {
        m.put("unit", kr.unit().get());
      } else {
        m.putRaw("unit", "none");
      }
    }
    if (unsure || !implied.baseline().equals(kr.baseline())) {
      Optional<Baseline> b = kr.baseline();
      if (b.isPresent()) {
        m.putRaw("baseline", OutlineFormat.format(b.get().value()));
        b.get().date().ifPresent(d -> m.putRaw("baseline-date", d.toString()));
        extensions(m, "baseline.", b.get().extensions());
      } else {
        m.putRaw("baseline", "none");
      }
    }
    if (unsure || !implied.target().equals(kr.target())) {
      Optional<Target> t = kr.target();
      if (t.isPresent()) {
        m.putRaw("target", OutlineFormat.format(t.get().value()));
        m.putRaw("side", OutlineFormat.lower(t.get().side()));
        t.get().commit().ifPresent(v -> m.putRaw("commit", OutlineFormat.format(v)));
        t.get().stretch().ifPresent(v -> m.putRaw("stretch", OutlineFormat.format(v)));
        t.get().upper().ifPresent(v -> m.putRaw("at-most", OutlineFormat.format(v)));
        extensions(m, "target.", t.get().extensions());
      } else {
        m.putRaw("target", "none");
      }
    }
    if (kr.targetPending()) {
      m.putRaw("target-pending", "yes");
    }
    if (kr.baselinePending()) {
      m.putRaw("baseline-pending", "yes");
    }
    kr.zones().ifPresent(z -> {
      m.putQuoted("zone-fail", z.fail());
      m.putQuoted("zone-commit", z.commit());
      m.putQuoted("zone-target", z.target());
      m.putQuoted("zone-stretch", z.stretch());
    });
    if (!isDefaultWeight(kr.weight())) {
      m.putRaw("weight", OutlineFormat.format(kr.weight()));
    }
    rollup(m, kr);
    kr.carriedFrom().ifPresent(v -> m.put("carried-from", v));
    if (kr.trackAfterClose()) {
      m.putRaw("track-after-close", "yes");
    }
    kr.kpi().ifPresent(v -> m.put("kpi", v));
    kr.close().ifPresent(c -> closeOut(m, c, true));
    extensions(m, "", kr.extensions());
    out.append("- ");
    if (checkbox) {
      out.append(isDone(kr) ? "[x] " : "[ ] ");
    }
    if (visible) {
      out.append(kr.title());
      meta(m);
    } else {
      out.append(m);
    }
    out.append("\n");
    List<CheckIn> checkIns = kr.checkIns();
    if (checkbox && isImplicitDone(checkIns, cycle)) {
      // the reader records a bare "[x]" as this very check-in: leave it implicit
      checkIns = checkIns.subList(0, checkIns.size() - 1);
    }
    // check-ins and changes in date order, each list keeping its own order
    List<Change> changes = kr.changes();
    int i = 0;
    int j = 0;
    while (i < checkIns.size() || j < changes.size()) {
      if (j < changes.size()
          && (i == checkIns.size() || !changes.get(j).date().isAfter(checkIns.get(i).date()))) {
        change(changes.get(j++));
      } else {
        checkIn(checkIns.get(i++));
      }
    }
  }

  /** A close-out as metadata; its retrospective too unless it is written as a paragraph. */
  private static void closeOut(Meta.Out m, CloseOut c, boolean retrospective) {
    m.putRaw("closed", c.date().map(LocalDate::toString).orElse("open"));
    c.outcome().ifPresent(v -> m.putRaw("outcome", v.spelling()));
    c.decision().ifPresent(v -> m.putRaw("decision", v.spelling()));
    c.computedScore().ifPresent(v -> m.putRaw("computed-score", OutlineFormat.format(v)));
    c.adjustedScore().ifPresent(v -> m.putRaw("adjusted-score", OutlineFormat.format(v)));
    c.adjustmentReason().ifPresent(v -> m.putQuoted("adjustment-reason", v));
    if (retrospective) {
      c.retrospective().ifPresent(v -> m.putQuoted("retrospective", v));
    }
    extensions(m, "close.", c.extensions());
  }

  /** A mid-cycle change: "- 2026-11-15: changed target from 140 to 160: reason". */
  private void change(Change c) {
    out.append("  - ").append(c.date()).append(": ");
    if (c.field() == ChangeField.ADDED) {
      out.append("added");
    } else {
      out.append("changed ").append(c.field().spelling())
          .append(" from ").append(OutlineFormat.format(c.from().orElseThrow()))
          .append(" to ").append(OutlineFormat.format(c.to().orElseThrow()));
    }
    Meta.Out m = new Meta.Out();
    if (c.reason().isPresent()) {
      String reason = c.reason().get();
      if (isSafeTitle(reason)) {
        out.append(": ").append(reason);
      } else {
        m.putQuoted("reason", reason);
      }
    }
    extensions(m, "", c.extensions());
    meta(m);
    out.append("\n");
  }

  private final OutlineFormat.ObjectiveIds initiativeIds = new OutlineFormat.ObjectiveIds("initiative");

  /** The "# Initiatives" section: one item per initiative, in the set's order. */
  private void initiatives() {
    blankLine();
    out.append("# ").append(OutlineFormat.INITIATIVES).append("\n");
    int number = 0;
    for (Initiative i : set.initiatives()) {
      number++;
      Meta.Out m = new Meta.Out();
      boolean visible = isSafeTitle(i.title()) && !i.title().startsWith("[");
      if (!initiativeIds.defaultFor(i.title(), number).equals(i.id())) {
        m.put("id", i.id());
      }
      initiativeIds.add(i.id());
      if (!visible) {
        m.putQuoted("title", i.title());
      }
      if (!i.keyResults().isEmpty()) {
        String ids = OutlineFormat.idList(i.keyResults());
        if (OutlineFormat.isBareIdList(i.keyResults())) {
          m.putRaw("for", ids);
        } else {
          m.putQuoted("for", ids);
        }
      }
      i.owner().ifPresent(v -> m.put("owner", v));
      if (i.status() != InitiativeStatus.PLANNED) {
        m.putRaw("status", OutlineFormat.lower(i.status()));
      }
      i.start().ifPresent(d -> m.putRaw("start", d.toString()));
      i.end().ifPresent(d -> m.putRaw("end", d.toString()));
      i.progress().ifPresent(v -> m.putRaw("progress", OutlineFormat.format(v)));
      extensions(m, "", i.extensions());
      item(visible ? i.title() : null, m);
    }
  }

  private final OutlineFormat.ObjectiveIds kpiIds = new OutlineFormat.ObjectiveIds("kpi");

  /** The "# KPIs" section: one item per KPI, its measurements indented under it. */
  private void kpis() {
    blankLine();
    out.append("# ").append(OutlineFormat.KPIS).append("\n");
    int number = 0;
    for (Kpi k : set.kpis()) {
      number++;
      Meta.Out m = new Meta.Out();
      boolean visible = isSafeTitle(k.title()) && !k.title().startsWith("[");
      if (!kpiIds.defaultFor(k.title(), number).equals(k.id())) {
        m.put("id", k.id());
      }
      kpiIds.add(k.id());
      if (!visible) {
        m.putQuoted("title", k.title());
      }
      k.unit().ifPresent(v -> m.put("unit", v));
      k.owner().ifPresent(v -> m.put("owner", v));
      k.direction().ifPresent(v -> m.putRaw("direction", OutlineFormat.lower(v)));
      k.healthy().ifPresent(v -> m.putRaw("healthy", OutlineFormat.corridor(v)));
      k.watch().ifPresent(v -> m.putRaw("watch", OutlineFormat.corridor(v)));
      k.frequency().ifPresent(v -> m.putRaw("frequency", OutlineFormat.lower(v)));
      extensions(m, "", k.extensions());
      item(visible ? k.title() : null, m);
      for (Measurement x : k.measurements()) {
        out.append("  - ").append(x.date()).append(": ").append(OutlineFormat.format(x.value()));
        Meta.Out mm = new Meta.Out();
        if (x.note().isPresent()) {
          String note = x.note().get();
          if (isSafeTitle(note)) {
            out.append(' ').append(note);
          } else {
            mm.putQuoted("note", note);
          }
        }
        extensions(mm, "", x.extensions());
        meta(mm);
        out.append("\n");
      }
    }
  }

  /** A "- TITLE  {…}" item of a section; a null title is given in the metadata. */
  private void item(@Nullable String title, Meta.Out m) {
    out.append("- ");
    if (title != null) {
      out.append(title);
      meta(m);
    } else {
      out.append(m);
    }
    out.append("\n");
  }

  /** The roll-up fields: value sums, the key result's own dates, plan and check-in cadence. */
  private static void rollup(Meta.Out m, KeyResult kr) {
    if (!kr.sumOf().isEmpty()) {
      String ids = OutlineFormat.idList(kr.sumOf());
      if (OutlineFormat.isBareIdList(kr.sumOf())) {
        m.putRaw("sum-of", ids);
      } else {
        m.putQuoted("sum-of", ids);
      }
    }
    kr.start().ifPresent(d -> m.putRaw("start", d.toString()));
    kr.due().ifPresent(d -> m.putRaw("due", d.toString()));
    if (!kr.plan().isEmpty()) {
      m.putRaw("plan", OutlineFormat.plan(kr.plan()));
    }
    kr.cadence().ifPresent(p -> m.putRaw("cadence", p.toString()));
    kr.graceDays().ifPresent(g -> m.putRaw("grace-days", Integer.toString(g)));
  }

  private static void scoring(Meta.Out m, org.okrkit.model.ScoringSettings s) {
    if (s.noCap()) {
      m.putRaw("cap", "none");
    }
    s.cap().ifPresent(v -> m.putRaw("cap", OutlineFormat.format(v)));
    if (s.noFloor()) {
      m.putRaw("floor", "none");
    }
    s.floor().ifPresent(v -> m.putRaw("floor", OutlineFormat.format(v)));
    s.thresholdCredit().ifPresent(v -> m.putRaw("threshold-credit", v));
    s.bandCredit().ifPresent(v -> m.putRaw("band-credit", v));
    s.greenFrom().ifPresent(v -> m.putRaw("grade-green", OutlineFormat.format(v)));
    s.yellowFrom().ifPresent(v -> m.putRaw("grade-yellow", OutlineFormat.format(v)));
    s.cadence().ifPresent(v -> m.putRaw("cadence", v.toString()));
    s.graceDays().ifPresent(v -> m.putRaw("grace-days", String.valueOf(v)));
    s.rollup().ifPresent(v -> m.putRaw("rollup", v));
    s.source().ifPresent(v -> m.putRaw("source", v));
    s.ownShare().ifPresent(v -> m.putRaw("own-share", OutlineFormat.format(v)));
    s.confidenceScale().ifPresent(v -> m.putRaw("confidence-scale", v.scaleName()));
  }

  private static boolean isImplicitDone(List<CheckIn> checkIns, Optional<Cycle> cycle) {
    if (checkIns.isEmpty() || cycle.isEmpty()) {
      return false;
    }
    CheckIn last = checkIns.get(checkIns.size() - 1);
    if (!last.equals(CheckIn.ofDone(cycle.get().start(), true))) {
      return false;
    }
    for (int i = 0; i < checkIns.size() - 1; i++) {
      if (checkIns.get(i).done().isPresent()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDone(KeyResult kr) {
    boolean done = false;
    for (CheckIn c : kr.checkIns()) {
      if (c.done().isPresent()) {
        done = c.done().get();
      }
    }
    return done;
  }

  private void checkIn(CheckIn c) {
    out.append("  - ").append(c.date()).append(": ");
    if (c.value().isPresent()) {
      out.append(OutlineFormat.format(c.value().get()));
    } else if (c.delta().isPresent()) {
      out.append("delta ").append(OutlineFormat.format(c.delta().get()));
    } else if (c.zone().isPresent()) {
      out.append("zone ").append(OutlineFormat.lower(c.zone().get()));
    } else {
      out.append(c.done().orElse(false) ? "done" : "not done");
    }
    c.confidence().ifPresent(v ->
        out.append(" (confidence ").append(OutlineFormat.format(v)).append(')'));
    Meta.Out m = new Meta.Out();
    c.confidenceAsGiven().ifPresent(v -> m.put("confidence-given", v));
    if (c.note().isPresent()) {
      String note = c.note().get();
      if (isSafeTitle(note) && !note.startsWith("(")
          && !note.regionMatches(true, 0, "confidence", 0, 10)) {
        out.append(' ').append(note);
      } else {
        m.putQuoted("note", note);
      }
    }
    extensions(m, "", c.extensions());
    meta(m);
    out.append("\n");
    afterCycleHeading = true;
  }

  /** Exactly 1 as the model's default (scale 0): 1.0 is written, to read back as 1.0. */
  private static boolean isDefaultWeight(BigDecimal weight) {
    return weight.scale() == 0 && weight.compareTo(BigDecimal.ONE) == 0;
  }

  private void meta(Meta.Out m) {
    if (!m.isEmpty()) {
      out.append("  ").append(m);
    }
  }

  private static void extensions(Meta.Out m, String prefix, Map<String, String> extensions) {
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      m.putExtension(prefix + e.getKey(), e.getValue());
    }
  }

  /** Text that can stand on a line as written and reads back the same. */
  static boolean isSafeTitle(String t) {
    if (t.isEmpty() || !t.strip().equals(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '{' || c == '}' || c == '\n' || c == '\r' || c < 0x20 || c == '\u0085'
          || c == '\u2028' || c == '\u2029' || (Character.isWhitespace(c) && c != ' ')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSafeCycleName(String name) {
    return isSafeTitle(name) && name.indexOf('(') < 0 && name.indexOf(')') < 0;
  }

  /** A retrospective that can follow "Retrospective: " as plain lines and reads back the same. */
  private static boolean isSafeRetrospective(String text) {
    return !text.isEmpty() && !Character.isWhitespace(text.charAt(0)) && isSafeParagraph(text);
  }

  private static boolean isSafeParagraph(String text) {
    for (String line : text.split("\n", -1)) {
      if (!isSafeTitle(line) || line.startsWith(OutlineFormat.RETROSPECTIVE)) {
        return false;
      }
      char c = line.charAt(0);
      if (c == '#' || c == '-' || c == '*' || c == '{' || c == '+'
          || OutlineReader.listMarker(line) != null) {
        return false;
      }
    }
    return true;
  }
}
