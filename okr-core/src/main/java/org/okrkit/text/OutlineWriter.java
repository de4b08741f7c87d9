package org.okrkit.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okrkit.model.Baseline;
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
    refuseLifecycle();
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
    return out.toString();
  }

  /**
   * The outline has no syntax for the cycle's life yet (close-outs, carried links, changes,
   * initiatives, KPIs): refuse rather than drop them without a word.
   */
  private void refuseLifecycle() {
    if (!set.initiatives().isEmpty()) {
      throw cannotCarry("initiative '" + set.initiatives().get(0).id() + "'");
    }
    if (!set.kpis().isEmpty()) {
      throw cannotCarry("KPI '" + set.kpis().get(0).id() + "'");
    }
    for (Objective o : set.objectives()) {
      if (o.close().isPresent() || o.carriedFrom().isPresent()) {
        throw cannotCarry("objective '" + o.id() + "': its "
            + (o.close().isPresent() ? "close-out" : "carriedFrom link"));
      }
      for (KeyResult kr : o.keyResults()) {
        String what = kr.close().isPresent() ? "close-out"
            : kr.carriedFrom().isPresent() ? "carriedFrom link"
            : !kr.changes().isEmpty() ? "changes"
            : kr.trackAfterClose() ? "trackAfterClose flag"
            : kr.kpi().isPresent() ? "KPI link" : null;
        if (what != null) {
          throw cannotCarry("key result '" + kr.id() + "': its " + what);
        }
      }
    }
  }

  private static IllegalArgumentException cannotCarry(String what) {
    return new IllegalArgumentException(what + " cannot be written in a Markdown outline, which"
        + " has no syntax for close-outs, carried links, changes, initiatives or KPIs; keep the"
        + " document as JSON");
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
    for (CheckIn c : checkIns) {
      checkIn(c);
    }
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

  private static boolean isSafeParagraph(String text) {
    for (String line : text.split("\n", -1)) {
      if (!isSafeTitle(line)) {
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
