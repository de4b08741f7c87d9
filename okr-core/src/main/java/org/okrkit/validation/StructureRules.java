package org.okrkit.validation;

import java.math.BigDecimal;
import java.util.List;
import org.okrkit.internal.Checks;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;

/** Ids, references and weights: what makes a set scorable at all. */
final class StructureRules extends RuleFamily {
  static final List<Rule> RULES =
      List.of(
          Rule.DUPLICATE_ID,
          Rule.UNKNOWN_CYCLE,
          Rule.OBJECTIVE_WITHOUT_KEY_RESULTS,
          Rule.ZERO_TOTAL_WEIGHT);

  StructureRules(Checking ctx) {
    super(ctx);
  }

  @Override
  void checkCycle(int c) {
    Cycle cycle = ctx.index.cycle(c);
    int first = ctx.index.firstCycle(cycle.id(), c);
    if (first != c) {
      ctx.emit(
          Rule.DUPLICATE_ID,
          List.of(cycle.id()),
          SetIndex.cyclePointer(c) + "/id",
          "cycle id " + Text.quote(cycle.id()) + " is already used by the cycle at /cycles/" + first
              + ".",
          "Give every cycle its own id.");
    }
  }

  @Override
  void checkObjective(int i) {
    Objective o = ctx.index.objective(i);
    List<String> ids = ctx.index.objectiveIds(i);
    // the set's shape knows which ids repeat: no look-up per objective
    int first = ctx.index.repeatsObjectiveId(i) ? ctx.index.firstObjective(o.id(), i) : i;
    if (first != i) {
      ctx.emit(
          Rule.DUPLICATE_ID,
          ids,
          ctx.index.objectiveAt(i) + "/id",
          "objective id " + Text.quote(o.id()) + " is already used by the objective at /objectives/"
              + first + ".",
          "Give every objective its own id; parents refer to the first objective with an id.");
    }
    if (ctx.index.cycleOf(i) < 0) {
      ctx.emit(
          Rule.UNKNOWN_CYCLE,
          ids,
          ctx.index.objectiveAt(i) + "/cycle",
          "objective " + Text.quote(o.id()) + " belongs to cycle " + Text.quote(o.cycle())
              + ", which the set does not define.",
          "Add a cycle with id " + Text.quote(o.cycle()) + " to cycles, or correct the objective's"
              + " cycle.");
    }
    List<KeyResult> krs = o.keyResults();
    if (krs.isEmpty()) {
      ctx.emit(
          Rule.OBJECTIVE_WITHOUT_KEY_RESULTS,
          ids,
          ctx.index.objectiveAt(i),
          "objective " + Text.quote(o.id()) + " has no key results, so nothing measures it.",
          "Add two to four key results that show the objective is achieved.");
      return;
    }
    // the set's shape knows which objectives weigh nothing: the sum is made for a finding only
    if (ctx.index.hasZeroTotalWeight(i)) {
      BigDecimal total = SetIndex.totalWeight(krs);
      ctx.emit(
          Rule.ZERO_TOTAL_WEIGHT,
          ids,
          ctx.index.objectiveAt(i) + "/keyResults",
          "the key result weights of objective " + Text.quote(o.id()) + " add up to "
              + Checks.format(total) + ".",
          "Give at least one key result a weight greater than 0 (weight 0 means tracked, not"
              + " counted).");
    }
  }

  @Override
  void checkKeyResult(int i, int j) {
    // the set's shape knows which ids repeat: no look-up per key result
    if (ctx.index.repeatsKeyResultId(i, j)) {
      KeyResult kr = ctx.index.keyResult(i, j);
      long first = ctx.index.firstKeyResult(kr.id());
      ctx.emit(
          Rule.DUPLICATE_ID,
          ctx.index.keyResultIds(i, j),
          ctx.index.keyResultAt(i, j) + "/id",
          "key result id " + Text.quote(kr.id()) + " is already used by the key result at "
              + SetIndex.keyResultPointer((int) (first >>> 32), (int) (first & 0xffffffffL)) + ".",
          "Give every key result its own id.");
    }
  }
}
