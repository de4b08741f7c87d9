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

  /** The key result being checked. */
  public KeyResult keyResult() {
    return ctx.index.keyResult(objective, keyResult);
  }

  /** The objective it belongs to. */
  public Objective objective() {
    return ctx.index.objective(objective);
  }

  /** Its objective's cycle, if the set defines it. */
  public Optional<Cycle> cycle() {
    return Optional.ofNullable(ctx.index.cycleOfObjective(objective));
  }

  /** The whole set being validated. */
  public OkrSet set() {
    return ctx.index.set();
  }

  /** The day the OKRs are looked at. */
  public LocalDate asOf() {
    return ctx.asOf;
  }

  /** The rule set the validator runs, for its thresholds (including {@link RuleSet#threshold}). */
  public RuleSet rules() {
    return ctx.rules;
  }

  /** The key result's JSON Pointer, such as {@code /objectives/0/keyResults/1}. */
  public String pointer() {
    return SetIndex.keyResultPointer(objective, keyResult);
  }

  /** The ids of the key result and its objective, in that order. */
  public List<String> ids() {
    return ctx.index.keyResultIds(objective, keyResult);
  }

  /** The key result's score as of {@link #asOf()}, with the validator's scorer. */
  public KeyResultScore score() {
    return ctx.scorer.score(keyResult(), ctx.asOf);
  }

  /**
   * A problem at the key result itself.
   *
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public Problem problem(String message, String hint) {
    return new Problem(pointer(), ids(), message, hint);
  }

  /**
   * A problem at a place inside the key result, given as a pointer relative to it such as {@code
   * /title} or {@code /checkIns/2/date}.
   *
   * @throws IllegalArgumentException if {@code relativePointer} is not a JSON Pointer or {@code
   *     message} is blank
   */
  public Problem problemAt(String relativePointer, String message, String hint) {
    Problem.checkPointer(relativePointer);
    return new Problem(pointer() + relativePointer, ids(), message, hint);
  }
}
