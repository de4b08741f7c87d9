package org.okrkit.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.internal.Stored;
import org.okrkit.text.ActivityMatch;

/** Objectives: how many per owner, how many key results, who owns them, how they are worded. */
final class ObjectiveRules extends RuleFamily {
  static final List<Rule> RULES =
      List.of(
          Rule.TOO_MANY_OBJECTIVES,
          Rule.TOO_FEW_KEY_RESULTS,
          Rule.TOO_MANY_KEY_RESULTS,
          Rule.MISSING_OWNER,
          Rule.OBJECTIVE_HAS_NUMBER,
          Rule.OBJECTIVE_NOT_CONCISE,
          Rule.OBJECTIVE_IS_TASK,
          Rule.COMMITTED_READS_ASPIRATIONAL,
          Rule.MOSTLY_MILESTONES);

  /** For the first objective over its owner's limit in a cycle: every objective of that group. */
  private final Map<Integer, List<String>> crowdedOwners = new HashMap<>();

  private static final Stored.Access STORED = Stored.access();

  /** What the titles say, kept with the set; null when no rule that reads it runs. */
  private final Titles.@Nullable ObjectiveText text;

  private final Titles.@Nullable ObjectiveTasks tasks;

  ObjectiveRules(Checking ctx) {
    super(ctx);
    if (ctx.isEnabled(Rule.TOO_MANY_OBJECTIVES)) {
      countOwners();
    }
    this.text =
        ctx.isEnabled(Rule.OBJECTIVE_HAS_NUMBER)
                || ctx.isEnabled(Rule.OBJECTIVE_NOT_CONCISE)
                || ctx.isEnabled(Rule.COMMITTED_READS_ASPIRATIONAL)
            ? Titles.objectiveText(ctx.index)
            : null;
    this.tasks =
        ctx.isEnabled(Rule.OBJECTIVE_IS_TASK)
            ? Titles.objectiveTasks(ctx.index, ctx.activities)
            : null;
  }

  /**
   * The objectives of every owner with more than the maximum in a cycle, kept for the first one
   * over the limit (the groups are worked out once per set, see {@link SetIndex#ownerGroups}).
   */
  private void countOwners() {
    SetIndex.OwnerGroups owners = ctx.index.ownerGroups();
    int max = ctx.rules.maxObjectivesPerOwner();
    if (owners.largest <= max) {
      return;
    }
    List<Objective> objectives = ctx.index.objectives();
    Map<Integer, List<String>> groups = new HashMap<>();
    int[] seen = new int[owners.groups()];
    for (int i = 0; i < objectives.size(); i++) {
      int g = owners.groupOf(i);
      if (g < 0 || owners.size(g) <= max) {
        continue;
      }
      List<String> ids = groups.computeIfAbsent(g, k -> new ArrayList<>());
      ids.add(objectives.get(i).id());
      if (++seen[g] == max + 1) {
        crowdedOwners.put(i, ids);
      }
    }
  }

  @Override
  void checkObjective(int i) {
    Objective o = ctx.index.objective(i);
    String at = ctx.index.objectiveAt(i);
    List<String> ids = ctx.index.objectiveIds(i);
    List<KeyResult> krs = o.keyResults();
    if (!krs.isEmpty()) {
      checkKeyResultCount(o, at, ids, krs);
    }
    List<String> crowd = crowdedOwners.get(i);
    if (crowd != null) {
      ctx.emit(
          Rule.TOO_MANY_OBJECTIVES,
          crowd,
          at,
          "owner " + Text.quote(o.owner().orElse("").trim()) + " has " + crowd.size()
              + " objectives in cycle " + Text.quote(o.cycle()) + ", more than the maximum of "
              + ctx.rules.maxObjectivesPerOwner() + ".",
          "Focus on the 3-5 objectives that matter most this cycle; drop or defer the rest.");
    }
    @Nullable String owner = STORED.owner(o);
    if (owner == null || owner.isBlank()) {
      ctx.emit(
          Rule.MISSING_OWNER,
          ids,
          at,
          "objective " + Text.quote(o.id()) + " has no owner.",
          "Name the person or team accountable for it; if nobody owns it, it is probably too"
              + " generic.");
    }
    checkTitle(i, o, at, ids);
  }

  private void checkKeyResultCount(Objective o, String at, List<String> ids, List<KeyResult> krs) {
    int milestones = 0;
    for (KeyResult kr : krs) {
      milestones += kr.kind() == KeyResultKind.MILESTONE ? 1 : 0;
    }
    if (krs.size() < ctx.rules.minKeyResultsPerObjective()) {
      ctx.emit(
          Rule.TOO_FEW_KEY_RESULTS,
          ids,
          at + "/keyResults",
          "objective " + Text.quote(o.id()) + " has " + krs.size() + " key result"
              + (krs.size() == 1 ? "" : "s") + ", fewer than the minimum of "
              + ctx.rules.minKeyResultsPerObjective() + ".",
          "Add key results until together they show the objective is achieved (usually 2-4).");
    }
    if (krs.size() > ctx.rules.maxKeyResultsPerObjective()) {
      ctx.emit(
          Rule.TOO_MANY_KEY_RESULTS,
          ids,
          at + "/keyResults",
          "objective " + Text.quote(o.id()) + " has " + krs.size()
              + " key results, more than the maximum of " + ctx.rules.maxKeyResultsPerObjective()
              + ".",
          "Keep the few key results that matter most (usually 2-4); track the rest as KPIs.");
    }
    if (milestones > 0
        && BigDecimal.valueOf(milestones)
                .compareTo(ctx.rules.maxMilestoneShare().multiply(BigDecimal.valueOf(krs.size())))
            > 0) {
      ctx.emit(
          Rule.MOSTLY_MILESTONES,
          ids,
          at + "/keyResults",
          milestones + " of the " + krs.size() + " key results of objective "
              + Text.quote(o.id()) + " are milestones (done or not done).",
          "Replace milestones with metrics that measure the outcome the work should deliver.");
    }
  }

  private void checkTitle(int i, Objective o, String at, List<String> ids) {
    String title = o.title();
    Titles.@Nullable ObjectiveText read = text;
    if (read != null && ctx.isEnabled(Rule.OBJECTIVE_HAS_NUMBER)) {
      String metric = read.metric(i);
      if (metric != null) {
        ctx.emit(
            Rule.OBJECTIVE_HAS_NUMBER,
            ids,
            at + "/title",
            "objective " + Text.quote(o.id()) + " carries the number " + Text.quote(metric)
                + " in " + Text.quote(title) + ".",
            "Keep the objective qualitative and inspiring; move the number into a key result.");
      }
    }
    boolean concise = read != null && ctx.isEnabled(Rule.OBJECTIVE_NOT_CONCISE);
    int sentences = read != null && concise ? read.sentences(i) : 0;
    if (concise && (title.length() > ctx.rules.maxObjectiveTitleLength() || sentences > 1)) {
      ctx.emit(
          Rule.OBJECTIVE_NOT_CONCISE,
          ids,
          at + "/title",
          "objective " + Text.quote(o.id()) + " is "
              + (sentences > 1
                  ? sentences + " sentences long"
                  : title.length() + " characters long, more than the maximum of "
                      + ctx.rules.maxObjectiveTitleLength())
              + ".",
          "Say what you want to achieve in one short sentence; put the why in the description.");
    }
    Titles.@Nullable ObjectiveTasks task = tasks;
    @Nullable ActivityMatch m = task == null ? null : task.task(i);
    if (m != null) {
      ctx.emit(
          Rule.OBJECTIVE_IS_TASK,
          ids,
          at + "/title",
          "objective " + Text.quote(o.id()) + " reads as a task ("
              + Text.quote(m.phrase()) + ") rather than a change to achieve.",
          "State the change the work should bring about, e.g. 'Build a workflow that"
              + " lets every team ship faster', and make the task an initiative.");
    }
    if (read != null && o.isCommitted() && ctx.isEnabled(Rule.COMMITTED_READS_ASPIRATIONAL)) {
      String w = read.stretch(i);
      if (w != null) {
        ctx.emit(
            Rule.COMMITTED_READS_ASPIRATIONAL,
            ids,
            at + "/title",
            "committed objective " + Text.quote(o.id()) + " uses stretch wording ("
                + Text.quote(w) + ").",
            "Make it aspirational, or word it as something you are sure to deliver.");
      }
    }
  }
}
