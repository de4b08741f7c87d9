package org.okrkit.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;

/** Reads one outline; one instance per document. */
final class OutlineReader {
  private static final Pattern CYCLE =
      Pattern.compile("(.*?)\\s*\\((\\S+)\\s*(?:–|—|-|to|\\.\\.)\\s*(\\S+)\\)");
  private static final Pattern CHECK_IN = Pattern.compile("(\\S+?):(?:\\s+(.*))?");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");
  private static final Pattern CONFIDENCE = Pattern.compile("\\(confidence\\s+(\\S+?)\\)");
  private static final Pattern CHECKBOX = Pattern.compile("\\[([ xX])\\](?: |$)");

  private static final List<String> CYCLE_KEYS = List.of("id", "name");
  private static final List<String> OBJECTIVE_KEYS =
      List.of("id", "title", "owner", "aligns", "level", "type", "weight", "cycle", "description");
  private static final List<String> KEY_RESULT_KEYS =
      List.of("id", "title", "kind", "unit", "baseline", "baseline-date", "target", "side",
          "weight", "commit", "stretch", "at-most", "target-pending", "baseline-pending",
          "zone-fail", "zone-commit", "zone-target", "zone-stretch");
  private static final List<String> CHECK_IN_KEYS = List.of("note");
  private static final List<String> SET_KEYS =
      List.of("cap", "floor", "threshold-credit", "band-credit", "grade-green", "grade-yellow");

  private final String text;
  private final List<Cycle> cycles = new ArrayList<>();
  private final Map<String, Cycle> cyclesById = new HashMap<>();
  private final List<Objective> objectives = new ArrayList<>();
  private final Set<String> objectiveIds = new HashSet<>();
  private final Map<String, String> setExtensions = new java.util.LinkedHashMap<>();
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

    KeyResultDraft(KeyResult keyResult, int line, boolean ticked) {
      this.keyResult = keyResult;
      this.line = line;
      this.ticked = ticked;
    }
  }

  OutlineReader(String text) {
    this.text = text;
  }

  OkrSet read() {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      line(lines.get(i), i + 1);
    }
    flushObjective();
    return OkrSet.builder()
        .cycles(cycles)
        .objectives(objectives)
        .extensions(setExtensions)
        .scoring(Optional.ofNullable(scoring))
        .build();
  }

  /** The document's scoring settings from the set's metadata, or null when it gives none. */
  private static @Nullable ScoringSettings scoring(Meta m, int no) {
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
    any |= t.isPresent() || band.isPresent() || green.isPresent() || yellow.isPresent();
    b.thresholdCredit(t).bandCredit(band).greenFrom(green).yellowFrom(yellow);
    if (!any) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, 1, message(e));
    }
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
      if (h == 1) {
        cycle(line.substring(2), no);
      } else {
        objective(line.substring(3), no);
      }
      return;
    }
    if (line.startsWith("- ") || line.startsWith("* ") || line.equals("-")) {
      keyResult(line.length() < 2 ? "" : line.substring(2), no);
      return;
    }
    int indent = 0;
    while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
      indent++;
    }
    String stripped = line.substring(indent);
    if (indent > 0 && (stripped.startsWith("- ") || stripped.startsWith("* "))) {
      checkIn(stripped.substring(2), no, indent + 2);
      return;
    }
    if (!headingSeen && objective == null && stripped.startsWith("{")) {
      Meta m = Meta.parse(line, indent, no, 0);
      m.checkKeys(no, "the set", SET_KEYS);
      m.values.forEach((k, v) -> {
        if (k.startsWith("x-")) {
          setExtensions.put(k, v.text());
        }
      });
      scoring = scoring(m, no);
      return;
    }
    if (objective != null && objective.keyResults.isEmpty() && indent == 0) {
      if (objective.metaDescription) {
        throw new OutlineException(no, 1, "a key result ('- '): the description is already given"
            + " in the heading's metadata", abbreviate(stripped));
      }
      objective.description.add(stripped);
      return;
    }
    throw new OutlineException(no, indent + 1,
        "a '# ' cycle heading, a '## ' objective heading, a '- ' key result"
            + " or an indented '- ' check-in", abbreviate(stripped));
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
      m.checkKeys(no, "a cycle", CYCLE_KEYS);
    }
    Matcher c = CYCLE.matcher(visible);
    if (!c.matches()) {
      throw new OutlineException(no, 3,
          "a cycle heading like '# Q4 2026 (2026-10-01 – 2026-12-31)'", abbreviate(visible));
    }
    int base = 2 + content.indexOf(visible);
    LocalDate start = date(c.group(2), no, base + c.start(2) + 1);
    LocalDate end = date(c.group(3), no, base + c.start(3) + 1);
    String name = c.group(1).strip();
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
      b.extensions(extensions(m, "x-"));
      Cycle cycle = b.build();
      cycles.add(cycle);
      cyclesById.putIfAbsent(id, cycle);
      currentCycle = id;
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, 1, message(e));
    }
  }

  private static String message(IllegalArgumentException e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }

  private static LocalDate date(String text, int no, int column) {
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
      m.checkKeys(no, "an objective", OBJECTIVE_KEYS);
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
    String id = text(m, "id")
            .orElse(OutlineFormat.defaultObjectiveId(title, objectives.size() + 1, objectiveIds));
    Objective.Builder b = Objective.builder().id(id).title(title).cycle(cycleId);
    text(m, "owner").ifPresent(b::owner);
    text(m, "aligns").ifPresent(b::parent);
    text(m, "level").ifPresent(l -> b.level(enumValue(Level.class, l, m, "level", no)));
    text(m, "type").ifPresent(t -> b.type(enumValue(ObjectiveType.class, t, m, "type", no)));
    decimal(m, "weight", no).ifPresent(b::weight);
    Optional<String> description = text(m, "description");
    description.ifPresent(b::description);
    b.extensions(extensions(m, "x-"));
    objective = new ObjectiveDraft(b, no, id, cycleId);
    objective.metaDescription = description.isPresent();
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
      o.builder.description(String.join("\n", o.description));
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
      o.builder.addKeyResults(KeyResult.builder().from(d.keyResult).checkIns(checkIns).build());
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
    Matcher box = CHECKBOX.matcher(content);
    if (box.lookingAt()) {
      checkbox = true;
      ticked = !box.group(1).equals(" ");
      offset += box.end();
      content = content.substring(box.end());
    }
    Meta m = Meta.find(content, no, offset);
    String visible = (m == null ? content : content.substring(0, m.column - 1 - offset)).strip();
    if (m != null) {
      m.checkKeys(no, "a key result", KEY_RESULT_KEYS);
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
    String id =
        text(m, "id").orElse(OutlineFormat.defaultKeyResultId(o.id, o.keyResults.size() + 1));
    try {
      KeyResult implied = OutlineFormat.implied(id, title, checkbox);
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
      b.extensions(extensions(m, "x-"));
      KeyResultDraft d = new KeyResultDraft(b.build(), no, ticked);
      o.keyResults.add(d);
      keyResult = d;
    } catch (IllegalArgumentException e) {
      if (e instanceof OutlineException oe) {
        throw oe;
      }
      throw new OutlineException(no, 1, message(e));
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
    Map<String, String> ext = extensions(m, "baseline.");
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
    Map<String, String> ext = extensions(m, "target.");
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
    Meta m = Meta.find(content, no, offset);
    String visible = (m == null ? content : content.substring(0, m.column - 1 - offset)).strip();
    if (m != null) {
      m.checkKeys(no, "a check-in", CHECK_IN_KEYS);
    }
    Matcher c = CHECK_IN.matcher(visible);
    if (!c.matches()) {
      throw new OutlineException(no, offset + 1,
          "a check-in like '2026-11-01: 4.45 (confidence 0.7) note'", abbreviate(visible));
    }
    LocalDate date = date(c.group(1), no, offset + 1);
    String rest = c.group(2) == null ? "" : c.group(2).strip();
    int restColumn = offset + 1 + visible.indexOf(':') + 1;
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
    if (conf.lookingAt()) {
      b.confidence(parseDecimal(conf.group(1), restColumn, no));
      rest = rest.substring(conf.end()).strip();
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
    b.extensions(extensions(m, "x-"));
    try {
      d.checkIns.add(b.build());
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, offset + 1, message(e));
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

  private static Optional<BigDecimal> decimal(@Nullable Meta m, String key, int no) {
    Optional<String> t = text(m, key);
    return t.map(v -> parseDecimal(v, column(m, key), no));
  }

  private static BigDecimal parseDecimal(String text, int column, int no) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new OutlineException(no, column, "a number", text);
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new OutlineException(no, column, "a number", text);
    }
  }

  private static Map<String, String> extensions(@Nullable Meta m, String prefix) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    if (m == null) {
      return out;
    }
    for (Map.Entry<String, Meta.Value> e : m.values.entrySet()) {
      String key = e.getKey();
      if (prefix.equals("x-") && key.startsWith("x-")) {
        out.put(key, e.getValue().text());
      } else if (!prefix.equals("x-") && key.startsWith(prefix + "x-")) {
        out.put(key.substring(prefix.length()), e.getValue().text());
      }
    }
    return out;
  }
}
