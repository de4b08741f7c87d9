package org.okrkit.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;

/**
 * End-of-cycle grades: once the cycle is over, a committed objective should have scored 1.0 and
 * an aspirational one should not have. Scores come from the validator's {@link
 * org.okrkit.scoring.Scorer} (the one the application scores with), so the verdict follows the
 * same policy as the score shown beside it.
 */
final class GradeRules extends RuleFamily {
  static final List<Rule> RULES = List.of(Rule.COMMITTED_MISSED, Rule.ASPIRATIONAL_FULLY_MET);

  GradeRules(Checking ctx) {
    super(ctx);
  }

  @Override
  void checkObjective(int i) {
    @Nullable Cycle cycle = ctx.index.cycleOfObjective(i);
    if (cycle == null || !ctx.asOf.isAfter(cycle.end())) {
      return;
    }
    Objective o = ctx.index.objective(i);
    Rule rule = o.isCommitted() ? Rule.COMMITTED_MISSED : Rule.ASPIRATIONAL_FULLY_MET;
    if (!ctx.isEnabled(rule)) {
      return;
    }
    String at = ctx.index.objectiveAt(i);
    ObjectiveScore grade;
    try {
      grade = ctx.scorer.score(o, cycle.end());
    } catch (RuntimeException e) {
      // a scorer with user-supplied curves may fail on odd data; validation still reports
      ctx.failed(
          rule,
          List.of(o.id()),
          at,
          "scoring objective " + Text.quote(o.id()) + " as of " + cycle.end() + ", "
              + Checking.describe(e));
      return;
    }
    Optional<BigDecimal> score = grade.score();
    if (score.isEmpty()) {
      return;
    }
    if (!o.isCommitted()) {
      if (score.get().compareTo(BigDecimal.ONE) >= 0) {
        ctx.emit(
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
    for (KeyResultScore kr : grade.keyResultScores()) {
      if (kr.score().filter(s -> s.compareTo(BigDecimal.ONE) < 0).isPresent()) {
        ids.add(kr.keyResultId());
        below.append(below.length() == 0 ? "" : ", ").append(Text.quote(kr.keyResultId()));
      }
    }
    ctx.emit(
        Rule.COMMITTED_MISSED,
        ids,
        at,
        "committed objective " + Text.quote(o.id()) + " scored " + Checks.format(score.get())
            + " at the end of cycle " + Text.quote(cycle.id()) + " (" + cycle.end()
            + "), below 1.0; key results short of target: " + below + ".",
        "Review why the commitment was missed and what it costs the teams that depend on it;"
            + " commit only to what you are sure to deliver.");
  }
}
