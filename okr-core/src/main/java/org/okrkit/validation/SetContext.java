package org.okrkit.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Scorer;

/**
 * What a {@link LintRule}'s {@linkplain LintRule#checkSet(SetContext) whole-set check} is given:
 * the set, the as-of date, the rule set (for thresholds of your own), the validator's scorer and
 * the JSON Pointer of any objective or key result by id. Valid only during the check; not
 * thread-safe.
 */
public final class SetContext {
  private final Checking ctx;

  SetContext(Checking ctx) {
    this.ctx = ctx;
  }

  /** {@return the set being validated} */
  public OkrSet set() {
    return ctx.index.set();
  }

  /** {@return the day the OKRs are looked at} */
  public LocalDate asOf() {
    return ctx.asOf;
  }

  /**
   * {@return the rule set the validator runs, for its thresholds (including {@link
   * RuleSet#threshold})}
   */
  public RuleSet rules() {
    return ctx.rules;
  }

  /**
   * The scorer the validator was built with: score with it to judge as the application does.
   *
   * @return the scorer the validator was built with
   */
  public Scorer scorer() {
    return ctx.scorer;
  }

  /**
   * The JSON Pointer of the first objective with this id, such as {@code /objectives/2}.
   *
   * @param objectiveId the objective's id
   * @return the JSON Pointer of the first objective with this id, such as {@code /objectives/2}
   */
  public Optional<String> objectivePointer(String objectiveId) {
    int i = ctx.index.firstObjective(objectiveId, -1);
    return i < 0 ? Optional.empty() : Optional.of(SetIndex.objectivePointer(i));
  }

  /**
   * The JSON Pointer of the first key result with this id, such as {@code
   * /objectives/2/keyResults/0}.
   *
   * @param keyResultId the key result's id
   * @return the JSON Pointer of the first key result with this id, such as {@code
   *     /objectives/2/keyResults/0}
   */
  public Optional<String> keyResultPointer(String keyResultId) {
    long at = ctx.index.firstKeyResult(keyResultId);
    return at < 0
        ? Optional.empty()
        : Optional.of(SetIndex.keyResultPointer((int) (at >>> 32), (int) (at & 0xffffffffL)));
  }

  /**
   * A problem at {@code pointer} involving {@code ids}.
   *
   * @param pointer the JSON Pointer of the place
   * @param ids the ids
   * @param message the message, one line for a person to read
   * @param hint the hint on how to fix it
   * @return a problem at {@code pointer} involving {@code ids}
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer or {@code message}
   *     is blank
   */
  public Problem problem(String pointer, List<String> ids, String message, String hint) {
    return new Problem(pointer, ids, message, hint);
  }
}
