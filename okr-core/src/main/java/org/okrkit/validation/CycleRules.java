package org.okrkit.validation;

import java.util.List;
import org.okrkit.model.Cycle;

/** Cycles: their dates, their length, whether anything belongs to them. */
final class CycleRules extends RuleFamily {
  static final List<Rule> RULES =
      List.of(Rule.CYCLE_END_BEFORE_START, Rule.CYCLE_TOO_LONG, Rule.UNUSED_CYCLE);

  CycleRules(Checking ctx) {
    super(ctx);
  }

  @Override
  void checkCycle(int i) {
    Cycle c = ctx.index.cycle(i);
    String at = SetIndex.cyclePointer(i);
    List<String> ids = List.of(c.id());
    if (c.end().isBefore(c.start())) {
      ctx.emit(
          Rule.CYCLE_END_BEFORE_START,
          ids,
          at + "/end",
          "cycle " + Text.quote(c.id()) + " ends on " + c.end() + ", before it starts on "
              + c.start() + ".",
          "Swap or correct the start and end dates.");
    } else if (c.lengthInDays() > ctx.rules.maxCycleLengthDays()) {
      ctx.emit(
          Rule.CYCLE_TOO_LONG,
          ids,
          at + "/end",
          "cycle " + Text.quote(c.id()) + " runs " + c.lengthInDays()
              + " days, longer than the maximum of " + ctx.rules.maxCycleLengthDays() + ".",
          "Use quarters (or at most a year): short cycles keep OKRs relevant and allow course"
              + " corrections.");
    }
    // a duplicate cycle is reported as a duplicate id only, not as unused as well
    if (!ctx.index.isUsed(i) && ctx.index.firstCycle(c.id(), i) == i) {
      ctx.emit(
          Rule.UNUSED_CYCLE,
          ids,
          at,
          "no objective belongs to cycle " + Text.quote(c.id()) + ".",
          "Remove the cycle, or add the objectives planned for it.");
    }
  }
}
