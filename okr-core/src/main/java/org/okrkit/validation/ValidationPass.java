package org.okrkit.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.okrkit.model.KeyResult;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Scorer;
import org.okrkit.text.ActivityDetector;

/**
 * One run of the {@link Validator} over one set: builds the {@link SetIndex} once, then walks the
 * set in document order (cycles, then each objective, its key results and their check-ins) and
 * asks every {@link Family} of rules, then every enabled {@link LintRule} of the user's, about
 * each element; whole-set user checks run last. The findings of one element are sorted into rule
 * order (built-in rules in the order of their constants, then user rules in the order they were
 * added) before they join the output, so the order does not depend on which family found what.
 * Check-ins, twelve or more per key result, are handed only to the families that check them,
 * each of which walks a key result's check-ins in one loop. Not thread-safe; used once.
 */
final class ValidationPass {
  private final SetIndex index;
  private final Checking ctx;
  private final List<RuleFamily> families = new ArrayList<>();
  /** The families with rules about single check-ins. */
  private final RuleFamily[] checkInFamilies;
  /** The user rules that run, in the order they were added, with their severities. */
  private final List<UserRule> users = new ArrayList<>();
  private final List<Severity> userSeverities = new ArrayList<>();

  ValidationPass(
      OkrSet set,
      LocalDate asOf,
      RuleSet rules,
      Scorer scorer,
      ActivityDetector activities,
      List<UserRule> userRules) {
    this.index = new SetIndex(set);
    this.ctx = new Checking(index, rules, asOf, scorer, activities);
    List<RuleFamily> checkIns = new ArrayList<>();
    for (Family f : Family.values()) {
      RuleFamily family = f.create(ctx);
      families.add(family);
      if (family.checksCheckIns()) {
        checkIns.add(family);
      }
    }
    this.checkInFamilies = checkIns.toArray(new RuleFamily[0]);
    for (UserRule u : userRules) {
      if (rules.isEnabled(u.frozen)) {
        users.add(u);
        userSeverities.add(rules.severityOf(u.frozen));
      }
    }
  }

  List<Finding> run() {
    for (int c = 0; c < index.cycles().size(); c++) {
      for (RuleFamily f : families) {
        f.checkCycle(c);
      }
      flush();
    }
    for (int i = 0; i < index.objectives().size(); i++) {
      checkObjective(i);
    }
    for (RuleFamily f : families) {
      f.checkSet();
    }
    flush();
    if (!users.isEmpty()) {
      SetContext set = new SetContext(ctx);
      for (int u = 0; u < users.size(); u++) {
        LintRule rule = users.get(u).rule;
        users.get(u).run(ctx, userSeverities.get(u), List.of(), "", () -> rule.checkSet(set));
      }
      flush();
    }
    return Collections.unmodifiableList(ctx.findings());
  }

  private void checkObjective(int i) {
    for (RuleFamily f : families) {
      f.checkObjective(i);
    }
    if (!users.isEmpty()) {
      ObjectiveContext objective = new ObjectiveContext(ctx, i);
      List<String> ids = List.of(index.objective(i).id());
      String at = index.objectiveAt(i);
      for (int u = 0; u < users.size(); u++) {
        LintRule rule = users.get(u).rule;
        users.get(u).run(ctx, userSeverities.get(u), ids, at, () -> rule.checkObjective(objective));
      }
    }
    flush();
    List<KeyResult> krs = index.objective(i).keyResults();
    for (int j = 0; j < krs.size(); j++) {
      for (RuleFamily f : families) {
        f.checkKeyResult(i, j);
      }
      if (!users.isEmpty()) {
        checkKeyResultWithUserRules(i, j);
      }
      flush();
      if (checkInFamilies.length == 1) {
        checkInFamilies[0].checkCheckIns(i, j);
      } else {
        int checkIns = krs.get(j).checkIns().size();
        for (int k = 0; k < checkIns; k++) {
          for (RuleFamily f : checkInFamilies) {
            f.checkCheckIn(i, j, k);
          }
          flush();
        }
      }
    }
  }

  private void checkKeyResultWithUserRules(int i, int j) {
    KeyResultContext keyResult = new KeyResultContext(ctx, i, j);
    List<String> ids = index.keyResultIds(i, j);
    String at = index.keyResultAt(i, j);
    for (int u = 0; u < users.size(); u++) {
      LintRule rule = users.get(u).rule;
      users.get(u).run(ctx, userSeverities.get(u), ids, at, () -> rule.checkKeyResult(keyResult));
    }
  }

  /** Moves the current element's findings to the output in rule order. */
  private void flush() {
    ctx.flush();
  }
}
