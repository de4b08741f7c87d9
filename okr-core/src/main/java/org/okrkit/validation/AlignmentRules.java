package org.okrkit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.internal.Stored;

/** Parent links: dangling, looping, across cycles that do not overlap, across levels. */
final class AlignmentRules extends RuleFamily {
  static final List<Rule> RULES =
      List.of(
          Rule.UNKNOWN_PARENT,
          Rule.ALIGNMENT_CYCLE,
          Rule.PARENT_CYCLE_NOT_OVERLAPPING,
          Rule.UNALIGNED_OBJECTIVE,
          Rule.ALIGNMENT_LEVEL_INVERTED);

  /** A loop longer than this is named by its first ids and its length in the message. */
  private static final int MAX_IDS_IN_MESSAGE = 10;

  private static final Stored.Access STORED = Stored.access();

  AlignmentRules(Checking ctx) {
    super(ctx);
  }

  @Override
  void checkObjective(int i) {
    Objective o = ctx.index.objective(i);
    List<String> ids = ctx.index.objectiveIds(i);
    // the parts as stored: no Optional per objective
    @Nullable String parentId = STORED.parent(o);
    if (parentId == null) {
      @Nullable Level level = STORED.level(o);
      if (level != null && level != Level.COMPANY) {
        ctx.emit(
            Rule.UNALIGNED_OBJECTIVE,
            ids,
            ctx.index.objectiveAt(i),
            levelName(level) + " objective " + Text.quote(o.id())
                + " is aligned to no parent objective.",
            "Set parent to the higher-level objective it contributes to.");
      }
      return;
    }
    int p = ctx.index.parentOf(i);
    if (p < 0) {
      ctx.emit(
          Rule.UNKNOWN_PARENT,
          ids,
          ctx.index.objectiveAt(i) + "/parent",
          "objective " + Text.quote(o.id()) + " is aligned to parent " + Text.quote(parentId)
              + ", which the set does not define.",
          "Correct the parent id, add the parent objective, or remove the parent.");
      return;
    }
    int[] loop = ctx.index.loopAt(i);
    if (loop != null) {
      reportLoop(o, ctx.index.objectiveAt(i), loop);
    }
    Objective parent = ctx.index.objective(p);
    @Nullable Cycle cycle = ctx.index.cycleOfObjective(i);
    @Nullable Cycle parentCycle = ctx.index.cycleOfObjective(p);
    if (cycle != null
        && parentCycle != null
        && p != i
        && (cycle.end().isBefore(parentCycle.start())
            || parentCycle.end().isBefore(cycle.start()))) {
      ctx.emit(
          Rule.PARENT_CYCLE_NOT_OVERLAPPING,
          List.of(o.id(), parent.id()),
          ctx.index.objectiveAt(i) + "/parent",
          "objective " + Text.quote(o.id()) + " in cycle " + Text.quote(cycle.id()) + " ("
              + cycle.start() + " to " + cycle.end() + ") is aligned to " + Text.quote(parent.id())
              + " in cycle " + Text.quote(parentCycle.id()) + " (" + parentCycle.start() + " to "
              + parentCycle.end() + "), which does not overlap it.",
          "Align it to an objective of an overlapping cycle, or move it to that cycle.");
    }
    @Nullable Level level = STORED.level(o);
    @Nullable Level parentLevel = STORED.level(parent);
    if (level != null && parentLevel != null && level.compareTo(parentLevel) < 0) {
      ctx.emit(
          Rule.ALIGNMENT_LEVEL_INVERTED,
          List.of(o.id(), parent.id()),
          ctx.index.objectiveAt(i) + "/parent",
          levelName(level) + " objective " + Text.quote(o.id()) + " is aligned to "
              + levelName(parentLevel) + " objective " + Text.quote(parent.id()) + ".",
          "Align objectives upwards: individual to team, team to department, department to"
              + " company.");
    }
  }

  private void reportLoop(Objective o, String at, int[] loop) {
    if (!ctx.isEnabled(Rule.ALIGNMENT_CYCLE)) {
      return;
    }
    List<String> loopIds = new ArrayList<>(loop.length);
    for (int k : loop) {
      loopIds.add(ctx.index.objective(k).id());
    }
    // A loop of thousands of objectives would make a message nobody reads: the first ids show
    // where it starts, the count says how long it is, and the last id closes it back to the
    // start; every id is still in the finding's location.
    StringBuilder chain = new StringBuilder();
    for (int k = 0; k < loopIds.size(); k++) {
      if (k == MAX_IDS_IN_MESSAGE && loopIds.size() > MAX_IDS_IN_MESSAGE + 1) {
        int skipped = loopIds.size() - MAX_IDS_IN_MESSAGE - 1;
        chain.append("(").append(skipped).append(" more) -> ");
        k = loopIds.size() - 1;
      }
      chain.append(Text.quote(loopIds.get(k))).append(" -> ");
    }
    chain.append(Text.quote(o.id()));
    ctx.emit(
        Rule.ALIGNMENT_CYCLE,
        loopIds,
        at + "/parent",
        "parent links form a loop of " + loopIds.size() + " objectives: " + chain + ".",
        "Break the loop: the top objective of an alignment tree has no parent.");
  }

  private static String levelName(Level level) {
    return level.name().toLowerCase(Locale.ROOT);
  }
}
