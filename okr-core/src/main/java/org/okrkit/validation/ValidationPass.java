package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;

/**
 * One run of the {@link Validator} over one set: a few linear pre-passes that resolve ids,
 * parents, alignment loops and owner counts into arrays, then one walk in document order that
 * emits the findings. Not thread-safe; used once.
 */
final class ValidationPass {
  private static final Comparator<Finding> BY_RULE = Comparator.comparing(Finding::rule);
  private static final int MAX_IDS_IN_MESSAGE = 10;

  private final OkrSet set;
  private final LocalDate asOf;
  private final RuleSet rules;
  private final ActivityDetector activities = ActivityDetector.defaults();
  private final List<Finding> out = new ArrayList<>();
  private final List<Finding> buffer = new ArrayList<>();

  private final List<Cycle> cycles;
  private final List<Objective> objectives;
  private final Map<String, Integer> cycleIndex = new HashMap<>();
  private final Map<String, Integer> objectiveIndex = new HashMap<>();
  /** Index of each objective's cycle, or -1 when it names none. */
  private final int[] cycleOf;
  /** Index of each objective's parent, or -1 when it has none or names none. */
  private final int[] parentOf;
  /** For the first objective (in document order) on each alignment loop: the loop in order. */
  private final Map<Integer, int[]> loops = new HashMap<>();
  /** For the first objective over its owner's limit in a cycle: every objective of that group. */
  private final Map<Integer, List<String>> crowdedOwners = new HashMap<>();
  /** First occurrence of each key result id, as objective index (high) and key result index. */
  private final Map<String, Long> keyResultIndex;

  ValidationPass(OkrSet set, LocalDate asOf, RuleSet rules) {
    this.set = set;
    this.asOf = asOf;
    this.rules = rules;
    this.cycles = set.cycles();
    this.objectives = set.objectives();
    this.cycleOf = new int[objectives.size()];
    this.parentOf = new int[objectives.size()];
    long krs = set.keyResultCount();
    this.keyResultIndex = new HashMap<>((int) Math.min(1 << 30, krs + krs / 3 + 1));
  }

  List<Finding> run() {
    indexIds();
    findLoops();
    countOwners();
    boolean[] used = new boolean[cycles.size()];
    for (int c : cycleOf) {
      if (c >= 0) {
        used[c] = true;
      }
    }
    for (int i = 0; i < cycles.size(); i++) {
      checkCycle(i, used[i]);
      flush();
    }
    for (int i = 0; i < objectives.size(); i++) {
      checkObjective(i);
    }
    new LifecycleChecks(set, asOf, rules, new LifecycleChecks.Emitter() {
      @Override
      public void emit(Rule rule, List<String> ids, String pointer, String message, String hint) {
        ValidationPass.this.emit(rule, ids, pointer, message, hint);
      }

      @Override
      public void flush() {
        ValidationPass.this.flush();
      }
    }).run();
    return Collections.unmodifiableList(out);
  }

  // ---- pre-passes ----

  private void indexIds() {
    for (int i = 0; i < cycles.size(); i++) {
      cycleIndex.putIfAbsent(cycles.get(i).id(), i);
    }
    for (int i = 0; i < objectives.size(); i++) {
      objectiveIndex.putIfAbsent(objectives.get(i).id(), i);
    }
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      cycleOf[i] = cycleIndex.getOrDefault(o.cycle(), -1);
      parentOf[i] = o.parent().map(p -> objectiveIndex.getOrDefault(p, -1)).orElse(-1);
    }
  }

  /**
   * Every parent chain is walked once, marking each objective with the walk that reached it; a
   * walk that meets its own mark has closed a loop. Linear and without recursion, whatever the
   * depth of the alignment tree.
   */
  private void findLoops() {
    int n = objectives.size();
    int[] walk = new int[n];
    Arrays.fill(walk, -1);
    int[] path = new int[Math.max(1, n)];
    for (int start = 0; start < n; start++) {
      if (walk[start] >= 0) {
        continue;
      }
      int len = 0;
      int j = start;
      while (j >= 0 && walk[j] < 0) {
        walk[j] = start;
        path[len++] = j;
        j = parentOf[j];
      }
      if (j >= 0 && walk[j] == start) {
        int from = 0;
        while (path[from] != j) {
          from++;
        }
        int first = j;
        for (int k = from; k < len; k++) {
          first = Math.min(first, path[k]);
        }
        int[] loop = new int[len - from];
        int at = first;
        for (int k = 0; k < loop.length; k++) {
          loop[k] = at;
          at = parentOf[at];
        }
        loops.put(first, loop);
      }
    }
  }

  private void countOwners() {
    if (!rules.isEnabled(Rule.TOO_MANY_OBJECTIVES)) {
      return;
    }
    Map<String, int[]> counts = new HashMap<>();
    for (Objective o : objectives) {
      ownerKey(o).ifPresent(k -> counts.computeIfAbsent(k, x -> new int[1])[0]++);
    }
    int max = rules.maxObjectivesPerOwner();
    Map<String, List<String>> groups = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      Optional<String> key = ownerKey(o);
      int[] count = key.isEmpty() ? null : counts.get(key.get());
      if (key.isEmpty() || count == null || count[0] <= max) {
        continue;
      }
      List<String> ids = groups.computeIfAbsent(key.get(), k -> new ArrayList<>());
      ids.add(o.id());
      if (seen.merge(key.get(), 1, Integer::sum) == max + 1) {
        crowdedOwners.put(i, ids);
      }
    }
  }

  private static Optional<String> ownerKey(Objective o) {
    return o.owner().filter(w -> !w.isBlank()).map(w -> w.trim() + "\u0000" + o.cycle());
  }

  // ---- cycles ----

  private void checkCycle(int i, boolean used) {
    Cycle c = cycles.get(i);
    String at = "/cycles/" + i;
    List<String> ids = List.of(c.id());
    int first = cycleIndex.getOrDefault(c.id(), i);
    if (first != i) {
      emit(
          Rule.DUPLICATE_ID,
          ids,
          at + "/id",
          "cycle id " + Text.quote(c.id()) + " is already used by the cycle at /cycles/" + first + ".",
          "Give every cycle its own id.");
    }
    if (c.end().isBefore(c.start())) {
      emit(
          Rule.CYCLE_END_BEFORE_START,
          ids,
          at + "/end",
          "cycle " + Text.quote(c.id()) + " ends on " + c.end() + ", before it starts on "
              + c.start() + ".",
          "Swap or correct the start and end dates.");
    } else if (c.lengthInDays() > rules.maxCycleLengthDays()) {
      emit(
          Rule.CYCLE_TOO_LONG,
          ids,
          at + "/end",
          "cycle " + Text.quote(c.id()) + " runs " + c.lengthInDays()
              + " days, longer than the maximum of " + rules.maxCycleLengthDays() + ".",
          "Use quarters (or at most a year): short cycles keep OKRs relevant and allow course"
              + " corrections.");
    }
    if (!used && first == i) {
      emit(
          Rule.UNUSED_CYCLE,
          ids,
          at,
          "no objective belongs to cycle " + Text.quote(c.id()) + ".",
          "Remove the cycle, or add the objectives planned for it.");
    }
  }

  // ---- objectives ----

  private void checkObjective(int i) {
    Objective o = objectives.get(i);
    String at = "/objectives/" + i;
    List<String> ids = List.of(o.id());
    @Nullable Cycle cycle = cycleOf[i] >= 0 ? cycles.get(cycleOf[i]) : null;
    List<KeyResult> krs = o.keyResults();

    int first = objectiveIndex.getOrDefault(o.id(), i);
    if (first != i) {
      emit(
          Rule.DUPLICATE_ID,
          ids,
          at + "/id",
          "objective id " + Text.quote(o.id()) + " is already used by the objective at /objectives/"
              + first + ".",
          "Give every objective its own id; parents refer to the first objective with an id.");
    }
    if (cycle == null) {
      emit(
          Rule.UNKNOWN_CYCLE,
          ids,
          at + "/cycle",
          "objective " + Text.quote(o.id()) + " belongs to cycle " + Text.quote(o.cycle())
              + ", which the set does not define.",
          "Add a cycle with id " + Text.quote(o.cycle()) + " to cycles, or correct the objective's"
              + " cycle.");
    }
    checkAlignment(i, o, at, ids, cycle);
    if (krs.isEmpty()) {
      emit(
          Rule.OBJECTIVE_WITHOUT_KEY_RESULTS,
          ids,
          at,
          "objective " + Text.quote(o.id()) + " has no key results, so nothing measures it.",
          "Add two to four key results that show the objective is achieved.");
    } else {
      BigDecimal total = BigDecimal.ZERO;
      int milestones = 0;
      for (KeyResult kr : krs) {
        total = total.add(kr.weight());
        milestones += kr.kind() == KeyResultKind.MILESTONE ? 1 : 0;
      }
      if (total.signum() <= 0) {
        emit(
            Rule.ZERO_TOTAL_WEIGHT,
            ids,
            at + "/keyResults",
            "the key result weights of objective " + Text.quote(o.id()) + " add up to "
                + Checks.format(total) + ".",
            "Give every key result a weight greater than 0.");
      }
      if (krs.size() < rules.minKeyResultsPerObjective()) {
        emit(
            Rule.TOO_FEW_KEY_RESULTS,
            ids,
            at + "/keyResults",
            "objective " + Text.quote(o.id()) + " has " + krs.size() + " key result"
                + (krs.size() == 1 ? "" : "s") + ", fewer than the minimum of "
                + rules.minKeyResultsPerObjective() + ".",
            "Add key results until together they show the objective is achieved (usually 2-4).");
      }
      if (krs.size() > rules.maxKeyResultsPerObjective()) {
        emit(
            Rule.TOO_MANY_KEY_RESULTS,
            ids,
            at + "/keyResults",
            "objective " + Text.quote(o.id()) + " has " + krs.size()
                + " key results, more than the maximum of " + rules.maxKeyResultsPerObjective()
                + ".",
            "Keep the few key results that matter most (usually 2-4); track the rest as KPIs.");
      }
      if (milestones > 0
          && BigDecimal.valueOf(milestones)
              .compareTo(rules.maxMilestoneShare().multiply(BigDecimal.valueOf(krs.size())))
          > 0) {
        emit(
            Rule.MOSTLY_MILESTONES,
            ids,
            at + "/keyResults",
            milestones + " of the " + krs.size() + " key results of objective "
                + Text.quote(o.id()) + " are milestones (done or not done).",
            "Replace milestones with metrics that measure the outcome the work should deliver.");
      }
    }
    List<String> crowd = crowdedOwners.get(i);
    if (crowd != null) {
      emit(
          Rule.TOO_MANY_OBJECTIVES,
          crowd,
          at,
          "owner " + Text.quote(o.owner().orElse("").trim()) + " has " + crowd.size()
              + " objectives in cycle " + Text.quote(o.cycle()) + ", more than the maximum of "
              + rules.maxObjectivesPerOwner() + ".",
          "Focus on the 3-5 objectives that matter most this cycle; drop or defer the rest.");
    }
    if (o.owner().filter(w -> !w.isBlank()).isEmpty()) {
      emit(
          Rule.MISSING_OWNER,
          ids,
          at,
          "objective " + Text.quote(o.id()) + " has no owner.",
          "Name the person or team accountable for it; if nobody owns it, it is probably too"
              + " generic.");
    }
    checkObjectiveTitle(o, at, ids);
    if (o.level().filter(l -> l != Level.COMPANY).isPresent() && o.parent().isEmpty()) {
      emit(
          Rule.UNALIGNED_OBJECTIVE,
          ids,
          at,
          o.level().get().name().toLowerCase(Locale.ROOT) + " objective "
              + Text.quote(o.id()) + " is aligned to no parent objective.",
          "Set parent to the higher-level objective it contributes to.");
    }
    if (cycle != null && asOf.isAfter(cycle.end())) {
      checkGrade(o, at, cycle);
    }
    flush();

    // pairwise for the usual handful of key results (no allocation), a map for long lists
    @Nullable Map<String, Integer> titles =
        krs.size() > 16 && rules.isEnabled(Rule.DUPLICATE_KEY_RESULT_TITLE) ? new HashMap<>() : null;
    for (int j = 0; j < krs.size(); j++) {
      checkKeyResult(i, o, j, krs.get(j), cycle, titles);
    }
  }

  /**
   * Grades the objective as of its cycle's last day with the default {@link Scorer}: a committed
   * objective should reach 1.0, an aspirational one should not.
   */
  private void checkGrade(Objective o, String at, Cycle cycle) {
    Rule rule = o.isCommitted() ? Rule.COMMITTED_MISSED : Rule.ASPIRATIONAL_FULLY_MET;
    if (!rules.isEnabled(rule)) {
      return;
    }
    ObjectiveScore grade = Scorer.defaults().score(o, cycle.end());
    Optional<BigDecimal> score = grade.score();
    if (score.isEmpty()) {
      return;
    }
    if (!o.isCommitted()) {
      if (score.get().compareTo(BigDecimal.ONE) >= 0) {
        emit(
            Rule.ASPIRATIONAL_FULLY_MET,
            List.of(o.id()),
            at,
            "aspirational objective " + Text.quote(o.id()) + " scored "
                + Checks.format(score.get()) + " at the end of cycle " + Text.quote(cycle.id())
                + ".",
            "Set bolder targets next cycle: a stretch goal that is fully met was not a stretch;"
                + " 0.6-0.7 is the healthy score. Mark it committed if it had to be met.");
      }
      return;
    }
    if (score.get().compareTo(BigDecimal.ONE) >= 0) {
      return;
    }
    List<String> ids = new ArrayList<>();
    ids.add(o.id());
    StringBuilder below = new StringBuilder();
    for (KeyResultScore kr : grade.keyResults()) {
      if (kr.score().filter(s -> s.compareTo(BigDecimal.ONE) < 0).isPresent()) {
        ids.add(kr.keyResultId());
        below.append(below.length() == 0 ? "" : ", ").append(Text.quote(kr.keyResultId()));
      }
    }
    emit(
        Rule.COMMITTED_MISSED,
        ids,
        at,
        "committed objective " + Text.quote(o.id()) + " scored " + Checks.format(score.get())
            + " at the end of cycle " + Text.quote(cycle.id()) + " (" + cycle.end()
            + "), below 1.0; key results short of target: " + below + ".",
        "Review why the commitment was missed and what it costs the teams that depend on it;"
            + " commit only to what you are sure to deliver.");
  }

  private void checkAlignment(int i, Objective o, String at, List<String> ids, @Nullable Cycle cycle) {
    if (o.parent().isEmpty()) {
      return;
    }
    String parentId = o.parent().get();
    int p = parentOf[i];
    if (p < 0) {
      emit(
          Rule.UNKNOWN_PARENT,
          ids,
          at + "/parent",
          "objective " + Text.quote(o.id()) + " is aligned to parent " + Text.quote(parentId)
              + ", which the set does not define.",
          "Correct the parent id, add the parent objective, or remove the parent.");
      return;
    }
    int[] loop = loops.get(i);
    if (loop != null) {
      List<String> loopIds = new ArrayList<>(loop.length);
      StringBuilder chain = new StringBuilder();
      for (int k = 0; k < loop.length; k++) {
        String id = objectives.get(loop[k]).id();
        loopIds.add(id);
        if (k < MAX_IDS_IN_MESSAGE) {
          chain.append(Text.quote(id)).append(" -> ");
        }
      }
      if (loop.length > MAX_IDS_IN_MESSAGE) {
        chain.append("... (").append(loop.length).append(" objectives, all in the location) -> ");
      }
      chain.append(Text.quote(o.id()));
      emit(
          Rule.ALIGNMENT_CYCLE,
          loopIds,
          at + "/parent",
          "parent links form a loop: " + chain + ".",
          "Break the loop: the top objective of an alignment tree has no parent.");
    }
    Objective parent = objectives.get(p);
    int pc = cycleOf[p];
    if (cycle != null && pc >= 0 && p != i) {
      Cycle parentCycle = cycles.get(pc);
      if (cycle.end().isBefore(parentCycle.start()) || parentCycle.end().isBefore(cycle.start())) {
        emit(
            Rule.PARENT_CYCLE_NOT_OVERLAPPING,
            List.of(o.id(), parent.id()),
            at + "/parent",
            "objective " + Text.quote(o.id()) + " in cycle " + Text.quote(cycle.id()) + " ("
                + cycle.start() + " to " + cycle.end() + ") is aligned to " + Text.quote(parent.id())
                + " in cycle " + Text.quote(parentCycle.id()) + " (" + parentCycle.start() + " to "
                + parentCycle.end() + "), which does not overlap it.",
            "Align it to an objective of an overlapping cycle, or move it to that cycle.");
      }
    }
    if (o.level().isPresent()
        && parent.level().isPresent()
        && o.level().get().compareTo(parent.level().get()) < 0) {
      emit(
          Rule.ALIGNMENT_LEVEL_INVERTED,
          List.of(o.id(), parent.id()),
          at + "/parent",
          levelName(o.level().get()) + " objective " + Text.quote(o.id()) + " is aligned to "
              + levelName(parent.level().get()) + " objective " + Text.quote(parent.id()) + ".",
          "Align objectives upwards: individual to team, team to department, department to"
              + " company.");
    }
  }

  private static String levelName(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }

  private void checkObjectiveTitle(Objective o, String at, List<String> ids) {
    String title = o.title();
    Optional<String> metric = Text.metricIn(title);
    if (metric.isPresent()) {
      emit(
          Rule.OBJECTIVE_HAS_NUMBER,
          ids,
          at + "/title",
          "objective " + Text.quote(o.id()) + " carries the number " + Text.quote(metric.get())
              + " in " + Text.quote(title) + ".",
          "Keep the objective qualitative and inspiring; move the number into a key result.");
    }
    int sentences = Text.sentences(title);
    if (title.length() > rules.maxObjectiveTitleLength() || sentences > 1) {
      emit(
          Rule.OBJECTIVE_NOT_CONCISE,
          ids,
          at + "/title",
          "objective " + Text.quote(o.id()) + " is "
              + (sentences > 1
                  ? sentences + " sentences long"
                  : title.length() + " characters long, more than the maximum of "
                      + rules.maxObjectiveTitleLength())
              + ".",
          "Say what you want to achieve in one short sentence; put the why in the description.");
    }
    if (rules.isEnabled(Rule.OBJECTIVE_IS_TASK)) {
      activities
          .detect(title)
          .filter(m -> !Text.hasPurposeClause(title))
          .ifPresent(
              m ->
                  emit(
                      Rule.OBJECTIVE_IS_TASK,
                      ids,
                      at + "/title",
                      "objective " + Text.quote(o.id()) + " reads as a task ("
                          + Text.quote(m.phrase()) + ") rather than a change to achieve.",
                      "State the change the work should bring about, e.g. 'Build a workflow that"
                          + " lets every team ship faster', and make the task an initiative."));
    }
    if (o.isCommitted()) {
      Text.stretchWordIn(title)
          .ifPresent(
              w ->
                  emit(
                      Rule.COMMITTED_READS_ASPIRATIONAL,
                      ids,
                      at + "/title",
                      "committed objective " + Text.quote(o.id()) + " uses stretch wording ("
                          + Text.quote(w) + ").",
                      "Make it aspirational, or word it as something you are sure to deliver."));
    }
  }

  // ---- key results ----

  private void checkKeyResult(
      int i,
      Objective o,
      int j,
      KeyResult kr,
      @Nullable Cycle cycle,
      @Nullable Map<String, Integer> titles) {
    Long first = keyResultIndex.putIfAbsent(kr.id(), ((long) i << 32) | j);
    if (first != null) {
      emit(
          Rule.DUPLICATE_ID,
          krIds(o, kr),
          krAt(i, j) + "/id",
          "key result id " + Text.quote(kr.id()) + " is already used by the key result at /objectives/"
              + (first >>> 32) + "/keyResults/" + (first & 0xffffffffL) + ".",
          "Give every key result its own id.");
    }
    KeyResultKind kind = kr.kind();
    Optional<Target> target = kr.target();
    Optional<Baseline> baseline = kr.baseline();
    if (kind != KeyResultKind.MILESTONE && target.isEmpty()) {
      emit(
          Rule.MISSING_TARGET,
          krIds(o, kr),
          krAt(i, j),
          kindName(kind) + " key result " + Text.quote(kr.id()) + " has no target.",
          kind == KeyResultKind.METRIC
              ? "Add the value to reach by the end of the cycle."
              : "Add the bound to stay at least or at most at.");
    }
    if (target.isPresent()) {
      Target t = target.get();
      if (kind == KeyResultKind.METRIC
          && t.side() == TargetSide.REACH
          && baseline.isPresent()
          && baseline.get().value().compareTo(t.value()) == 0) {
        emit(
            Rule.BASELINE_EQUALS_TARGET,
            krIds(o, kr),
            krAt(i, j) + "/target",
            "metric key result " + Text.quote(kr.id()) + " starts and ends at "
                + Checks.format(t.value()) + ", so there is no distance to score.",
            "Set a target that moves the number, or make it a threshold to keep it where it is.");
      }
      if (kind == KeyResultKind.THRESHOLD && t.side() == TargetSide.REACH) {
        emit(
            Rule.TARGET_KIND_MISMATCH,
            krIds(o, kr),
            krAt(i, j) + "/target",
            "threshold key result " + Text.quote(kr.id()) + " has a value to reach ("
                + Checks.format(t.value()) + ") instead of an at-least or at-most bound.",
            "Make the target an at-least or at-most bound, or make the key result a metric.");
      } else if (kind == KeyResultKind.METRIC && t.isBound()) {
        emit(
            Rule.TARGET_KIND_MISMATCH,
            krIds(o, kr),
            krAt(i, j) + "/target",
            "metric key result " + Text.quote(kr.id()) + " has a bound ("
                + t.side().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                + Checks.format(t.value()) + ") instead of a value to reach.",
            "Make the target a value to reach, or make the key result a threshold.");
      }
    }
    if (rules.isEnabled(Rule.KR_IS_ACTIVITY)) {
      activities
          .detect(kr.title())
          .ifPresent(
              m ->
                  emit(
                      Rule.KR_IS_ACTIVITY,
                      krIds(o, kr),
                      krAt(i, j) + "/title",
                      "key result " + Text.quote(kr.id()) + " reads as an activity, not a result: "
                          + Text.quote(m.phrase()) + " in " + Text.quote(kr.title()) + ".",
                      m.rewriteHint()));
    }
    if (rules.isEnabled(Rule.KR_WITHOUT_NUMBER) && !Text.hasNumber(kr.title())) {
      emit(
          Rule.KR_WITHOUT_NUMBER,
          krIds(o, kr),
          krAt(i, j) + "/title",
          "key result " + Text.quote(kr.id()) + " has no number in " + Text.quote(kr.title()) + ".",
          "State the number to move, e.g. 'Increase weekly active users from 2,000 to 3,000'.");
    }
    int same = -1;
    if (titles != null) {
      Integer previous = titles.putIfAbsent(Text.normalized(kr.title()), j);
      same = previous == null ? -1 : previous;
    } else if (j > 0 && rules.isEnabled(Rule.DUPLICATE_KEY_RESULT_TITLE)) {
      List<KeyResult> krs = o.keyResults();
      for (int p = 0; p < j && same < 0; p++) {
        same = Text.sameTitle(krs.get(p).title(), kr.title()) ? p : -1;
      }
    }
    if (same >= 0) {
      emit(
          Rule.DUPLICATE_KEY_RESULT_TITLE,
          krIds(o, kr),
          krAt(i, j) + "/title",
          "key result " + Text.quote(kr.id()) + " repeats the title " + Text.quote(kr.title())
              + " of the key result at /objectives/" + i + "/keyResults/" + same + ".",
          "Merge the two key results, or say what distinguishes them.");
    }
    if (kind == KeyResultKind.METRIC && target.isPresent() && baseline.isEmpty()) {
      emit(
          Rule.MISSING_BASELINE,
          krIds(o, kr),
          krAt(i, j),
          "metric key result " + Text.quote(kr.id()) + " has a target of "
              + Checks.format(target.get().value()) + " but no baseline.",
          "Add the value measured when the OKR was set: progress is measured from it.");
    }
    if (kind == KeyResultKind.THRESHOLD
        && baseline.isPresent()
        && target.isPresent()
        && target.get().isBound()) {
      int cmp = baseline.get().value().compareTo(target.get().value());
      boolean met = target.get().side() == TargetSide.AT_LEAST ? cmp >= 0 : cmp <= 0;
      if (met) {
        emit(
            Rule.ALREADY_AT_TARGET,
            krIds(o, kr),
            krAt(i, j) + "/baseline",
            "threshold key result " + Text.quote(kr.id()) + " already meets its bound at its baseline of "
                + Checks.format(baseline.get().value()) + ".",
            "Raise the bar, or track it as a health metric (KPI) rather than a key result.");
      }
    }
    if (kind == KeyResultKind.MILESTONE && (target.isPresent() || baseline.isPresent())) {
      emit(
          Rule.MILESTONE_HAS_TARGET,
          krIds(o, kr),
          krAt(i, j) + (target.isPresent() ? "/target" : "/baseline"),
          "milestone key result " + Text.quote(kr.id()) + " carries a "
              + (target.isPresent() ? "target" : "baseline")
              + ", which a done-or-not-done score ignores.",
          "Remove it, or make the key result a metric if the number matters.");
    }
    checkProgress(i, o, j, kr, cycle);
    flush();

    List<CheckIn> checkIns = kr.checkIns();
    boolean disorderReported = false;
    for (int k = 0; k < checkIns.size(); k++) {
      CheckIn c = checkIns.get(k);
      boolean outOfOrder =
          !disorderReported && k > 0 && c.date().isBefore(checkIns.get(k - 1).date());
      checkCheckIn(i, o, j, kr, k, c, cycle, outOfOrder ? k - 1 : -1);
      disorderReported |= outOfOrder;
      flush();
    }
  }

  private void checkProgress(int i, Objective o, int j, KeyResult kr, @Nullable Cycle cycle) {
    if (cycle == null || asOf.isBefore(cycle.start())) {
      return;
    }
    List<CheckIn> checkIns = kr.checkIns();
    if (asOf.isAfter(cycle.end())) {
      if (checkIns.isEmpty()) {
        emit(
            Rule.NEVER_CHECKED_IN,
            krIds(o, kr),
            krAt(i, j),
            "key result " + Text.quote(kr.id()) + " was never checked in during cycle "
                + Text.quote(cycle.id()) + ", which ended on " + cycle.end() + ".",
            "Record the final value now, and check in weekly or every other week next cycle.");
      }
      return;
    }
    LocalDate last = null;
    for (CheckIn c : checkIns) {
      if (!c.date().isAfter(asOf) && (last == null || c.date().isAfter(last))) {
        last = c.date();
      }
    }
    LocalDate since = last == null || last.isBefore(cycle.start()) ? cycle.start() : last;
    long days = ChronoUnit.DAYS.between(since, asOf);
    if (days > 7L * rules.staleCheckInWeeks()) {
      emit(
          Rule.STALE_CHECK_INS,
          krIds(o, kr),
          checkIns.isEmpty() ? krAt(i, j) : krAt(i, j) + "/checkIns",
          "key result " + Text.quote(kr.id()) + " has had no check-in "
              + (since.equals(last) ? "since " : "since its cycle started on ") + since + ", " + days
              + " days before " + asOf + " (limit " + rules.staleCheckInWeeks() + " weeks).",
          "Check in weekly or every other week: record the current value and your confidence.");
    }
  }

  private void checkCheckIn(
      int i,
      Objective o,
      int j,
      KeyResult kr,
      int k,
      CheckIn c,
      @Nullable Cycle cycle,
      int previous) {
    LocalDate date = c.date();
    if (kr.kind() == KeyResultKind.MILESTONE && c.value().isPresent()) {
      emit(
          Rule.CHECK_IN_KIND_MISMATCH,
          krIds(o, kr),
          krAt(i, j) + "/checkIns/" + k + "/value",
          "the " + date + " check-in of milestone key result " + Text.quote(kr.id()) + " records the value "
              + Checks.format(c.value().get()) + " instead of done or not done.",
          "Record done: true or false for a milestone, or make the key result a metric.");
    } else if (kr.kind() != KeyResultKind.MILESTONE && c.done().isPresent()) {
      emit(
          Rule.CHECK_IN_KIND_MISMATCH,
          krIds(o, kr),
          krAt(i, j) + "/checkIns/" + k + "/done",
          "the " + date + " check-in of " + kindName(kr.kind()) + " key result " + Text.quote(kr.id())
              + " records done: " + c.done().get() + " instead of a measured value.",
          "Record the measured value, or make the key result a milestone.");
    }
    // a key result tracked after close may record how the result held after its cycle's end
    boolean trackedAfterEnd = cycle != null && kr.trackAfterClose() && date.isAfter(cycle.end());
    if (cycle != null && !cycle.contains(date) && !trackedAfterEnd) {
      emit(
          Rule.CHECK_IN_OUTSIDE_CYCLE,
          krIds(o, kr),
          krAt(i, j) + "/checkIns/" + k + "/date",
          "key result " + Text.quote(kr.id()) + " has a check-in dated " + date + ", outside its cycle "
              + Text.quote(cycle.id()) + " (" + cycle.start() + " to " + cycle.end() + ").",
          "Correct the date, or move the key result to the cycle the check-in belongs to.");
    }
    Optional<LocalDate> measured = kr.baseline().flatMap(Baseline::date);
    if (measured.isPresent() && date.isBefore(measured.get())) {
      emit(
          Rule.CHECK_IN_BEFORE_BASELINE,
          krIds(o, kr),
          krAt(i, j) + "/checkIns/" + k + "/date",
          "key result " + Text.quote(kr.id()) + " has a check-in dated " + date
              + ", before its baseline was measured on " + measured.get() + ".",
          "Correct the check-in date or the baseline date.");
    }
    Optional<BigDecimal> confidence = c.confidence();
    if (confidence.isPresent()
        && (confidence.get().signum() < 0 || confidence.get().compareTo(BigDecimal.ONE) > 0)) {
      emit(
          Rule.CONFIDENCE_OUT_OF_RANGE,
          krIds(o, kr),
          krAt(i, j) + "/checkIns/" + k + "/confidence",
          "the " + date + " check-in of key result " + Text.quote(kr.id()) + " has a confidence of "
              + Checks.format(confidence.get()) + ", outside 0.0-1.0.",
          "Give confidence as a fraction between 0.0 and 1.0 (0.7 for 70%).");
    }
    if (date.isAfter(asOf)) {
      emit(
          Rule.CHECK_IN_IN_FUTURE,
          krIds(o, kr),
          krAt(i, j) + "/checkIns/" + k + "/date",
          "key result " + Text.quote(kr.id()) + " has a check-in dated " + date + ", after the as-of date "
              + asOf + ".",
          "Correct the date: a check-in records a value already measured.");
    }
    if (previous >= 0) {
      emit(
          Rule.CHECK_INS_OUT_OF_ORDER,
          krIds(o, kr),
          krAt(i, j) + "/checkIns/" + k + "/date",
          "the check-in dated " + date + " of key result " + Text.quote(kr.id())
              + " comes after one dated " + kr.checkIns().get(previous).date() + ".",
          "Keep check-ins in date order, oldest first.");
    }
  }

  private static String krAt(int i, int j) {
    return "/objectives/" + i + "/keyResults/" + j;
  }

  private static List<String> krIds(Objective o, KeyResult kr) {
    return List.of(kr.id(), o.id());
  }

  private static String kindName(KeyResultKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  // ---- output ----

  private void emit(Rule rule, List<String> ids, String pointer, String message, String hint) {
    if (rules.isEnabled(rule)) {
      buffer.add(
          new Finding(rule, rules.severityOf(rule), new Location(ids, pointer), message, hint));
    }
  }

  /** Moves the current element's findings to the output in rule order. */
  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    if (buffer.size() > 1) {
      buffer.sort(BY_RULE);
    }
    out.addAll(buffer);
    buffer.clear();
  }
}
