package org.okrkit.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResult;
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
    // the crowded owners depend on the set and the limit alone: kept with the set for the limit
    crowdedOwners.putAll(
        ctx.index.set().derived(new CrowdKey(max), s -> crowded(ctx.index, owners, max)));
  }

  /** Names the crowded owners for one limit among what engines derive from the set. */
  private record CrowdKey(int max) {}

  /**
   * For the first objective over its owner's limit of {@code max} in a cycle: every objective of
   * that group, by the objective's position.
   */
  private static Map<Integer, List<String>> crowded(
      SetIndex index, SetIndex.OwnerGroups owners, int max) {
    Map<Integer, List<String>> crowdedOwners = new HashMap<>();
    List<Objective> objectives = index.objectives();
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
    Map<Integer, List<String>> kept = new HashMap<>();
    for (Map.Entry<Integer, List<String>> e : crowdedOwners.entrySet()) {
      kept.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Map.copyOf(kept);
  }

  @Override
  void checkObjective(int i) {
    Objective o = ctx.index.objective(i);
    List<String> ids = ctx.index.objectiveIds(i);
    List<KeyResult> krs = o.keyResults();
    if (!krs.isEmpty()) {
      checkKeyResultCount(i, o, ids, krs);
    }
    List<String> crowd = crowdedOwners.get(i);
    if (crowd != null) {
      ctx.emit(
          Rule.TOO_MANY_OBJECTIVES,
          crowd,
          ctx.index.objectiveAt(i),
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
          ctx.index.objectiveAt(i),
          "objective " + Text.quote(o.id()) + " has no owner.",
          "Name the person or team accountable for it; if nobody owns it, it is probably too"
              + " generic.");
    }
    checkTitle(i, o, ids);
  }

  /** The most milestones an objective of {@code size} key results may have, by size. */
  private final @Nullable BigDecimal[] milestoneLimits = new BigDecimal[64];

  /** The configured share of milestones times {@code size}: made once per size and validation. */
  private BigDecimal milestoneLimit(int size) {
    if (size >= milestoneLimits.length) {
      return ctx.rules.maxMilestoneShare().multiply(BigDecimal.valueOf(size));
    }
    BigDecimal limit = milestoneLimits[size];
    if (limit == null) {
      limit = ctx.rules.maxMilestoneShare().multiply(BigDecimal.valueOf(size));
      milestoneLimits[size] = limit;
    }
    return limit;
  }

  private void checkKeyResultCount(int i, Objective o, List<String> ids, List<KeyResult> krs) {
    int milestones = ctx.index.milestones(i);
    if (krs.size() < ctx.rules.minKeyResultsPerObjective()) {
      ctx.emit(
          Rule.TOO_FEW_KEY_RESULTS,
          ids,
          ctx.index.objectiveAt(i) + "/keyResults",
          "objective " + Text.quote(o.id()) + " has " + krs.size() + " key result"
              + (krs.size() == 1 ? "" : "s") + ", fewer than the minimum of "
              + ctx.rules.minKeyResultsPerObjective() + ".",
          "Add key results until together they show the objective is achieved (usually 2-4).");
    }
    if (krs.size() > ctx.rules.maxKeyResultsPerObjective()) {
      ctx.emit(
          Rule.TOO_MANY_KEY_RESULTS,
          ids,
          ctx.index.objectiveAt(i) + "/keyResults",
          "objective " + Text.quote(o.id()) + " has " + krs.size()
              + " key results, more than the maximum of " + ctx.rules.maxKeyResultsPerObjective()
              + ".",
          "Keep the few key results that matter most (usually 2-4); track the rest as KPIs.");
    }
    if (milestones > 0
        && BigDecimal.valueOf(milestones).compareTo(milestoneLimit(krs.size())) > 0) {
      ctx.emit(
          Rule.MOSTLY_MILESTONES,
          ids,
          ctx.index.objectiveAt(i) + "/keyResults",
          milestones + " of the " + krs.size() + " key results of objective "
              + Text.quote(o.id()) + " are milestones (done or not done).",
          "Replace milestones with metrics that measure the outcome the work should deliver.");
    }
  }

  private void checkTitle(int i, Objective o, List<String> ids) {
    String title = o.title();
    Titles.@Nullable ObjectiveText read = text;
    if (read != null && ctx.isEnabled(Rule.OBJECTIVE_HAS_NUMBER)) {
      String metric = read.metric(i);
      if (metric != null) {
        // the most frequent objective finding: its pointer and sentence are written when read
        ctx.emit(
            Rule.OBJECTIVE_HAS_NUMBER,
            new FindingText.OfTitle(
                FindingText.OfTitle.OBJECTIVE_NUMBER, ids, i, -1, o.id(), title, metric,
                FindingText.OfTitle.OBJECTIVE_NUMBER_HINT));
      }
    }
    boolean concise = read != null && ctx.isEnabled(Rule.OBJECTIVE_NOT_CONCISE);
    int sentences = read != null && concise ? read.sentences(i) : 0;
    if (concise && (title.length() > ctx.rules.maxObjectiveTitleLength() || sentences > 1)) {
      ctx.emit(
          Rule.OBJECTIVE_NOT_CONCISE,
          ids,
          ctx.index.objectiveAt(i) + "/title",
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
          ctx.index.objectiveAt(i) + "/title",
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
            ctx.index.objectiveAt(i) + "/title",
            "committed objective " + Text.quote(o.id()) + " uses stretch wording ("
                + Text.quote(w) + ").",
            "Make it aspirational, or word it as something you are sure to deliver.");
      }
    }
  }
}
