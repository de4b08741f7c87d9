package org.okrkit.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.KeyResultScore;

/**
 * What a {@link LintRule}'s {@linkplain LintRule#checkKeyResult(KeyResultContext) key result
 * check} is given: the key result, where it is, the set around it, the as-of date, the rule set
 * (for thresholds of your own) and its score under the validator's scorer; and factories for the
 * problems it reports. Valid only during the check; not thread-safe.
 */
public final class KeyResultContext {
  private final Checking ctx;
  private final int objective;
  private final int keyResult;

  KeyResultContext(Checking ctx, int objective, int keyResult) {
    this.ctx = ctx;
    this.objective = objective;
    this.keyResult = keyResult;
  }

  /** {@return the key result being checked} */
  public KeyResult keyResult() {
    return ctx.index.keyResult(objective, keyResult);
  }

  /** {@return the objective it belongs to} */
  public Objective objective() {
    return ctx.index.objective(objective);
  }

  /** {@return its objective's cycle, if the set defines it} */
  public Optional<Cycle> cycle() {
    return Optional.ofNullable(ctx.index.cycleOfObjective(objective));
  }

  /** {@return the whole set being validated} */
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

  /** {@return the key result's JSON Pointer, such as {@code /objectives/0/keyResults/1}} */
  public String pointer() {
    return SetIndex.keyResultPointer(objective, keyResult);
  }

  /** {@return the ids of the key result and its objective, in that order} */
  public List<String> ids() {
    return ctx.index.keyResultIds(objective, keyResult);
  }

  /** {@return the key result's score as of {@link #asOf()}, with the validator's scorer} */
  public KeyResultScore score() {
    return ctx.scorer.score(keyResult(), ctx.asOf);
  }

  /**
   * A problem at the key result itself.
   *
   * @param message the message, one line for a person to read
   * @param hint the hint on how to fix it
   * @return a problem at the key result itself
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public Problem problem(String message, String hint) {
    return new Problem(pointer(), ids(), message, hint);
  }

  /**
   * A problem at a place inside the key result, given as a pointer relative to it such as {@code
   * /title} or {@code /checkIns/2/date}.
   *
   * @param relativePointer the relative pointer
   * @param message the message, one line for a person to read
   * @param hint the hint on how to fix it
   * @return a problem at a place inside the key result, given as a pointer relative to it such as
   *     {@code /title} or {@code /checkIns/2/date}
   * @throws IllegalArgumentException if {@code relativePointer} is not a JSON Pointer or {@code
   *     message} is blank
   */
  public Problem problemAt(String relativePointer, String message, String hint) {
    Problem.checkPointer(relativePointer);
    return new Problem(pointer() + relativePointer, ids(), message, hint);
  }
}
