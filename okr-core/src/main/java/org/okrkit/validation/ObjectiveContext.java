package org.okrkit.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.ObjectiveScore;

/**
 * What a {@link LintRule}'s {@linkplain LintRule#checkObjective(ObjectiveContext) objective
 * check} is given: the objective, where it is, the set around it, the as-of date, the rule set
 * (for thresholds of your own) and its score under the validator's scorer; and factories for the
 * problems it reports. Valid only during the check; not thread-safe.
 */
public final class ObjectiveContext {
  private final Checking ctx;
  private final int objective;

  ObjectiveContext(Checking ctx, int objective) {
    this.ctx = ctx;
    this.objective = objective;
  }

  /** {@return the objective being checked} */
  public Objective objective() {
    return ctx.index.objective(objective);
  }

  /** {@return its cycle, if the set defines it} */
  public Optional<Cycle> cycle() {
    return Optional.ofNullable(ctx.index.cycleOfObjective(objective));
  }

  /**
   * Its parent objective, if it names one the set defines (the first with that id).
   *
   * @return its parent objective, if it names one the set defines
   */
  public Optional<Objective> parent() {
    int p = ctx.index.parentOf(objective);
    return p < 0 ? Optional.empty() : Optional.of(ctx.index.objective(p));
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

  /** {@return the objective's JSON Pointer, such as {@code /objectives/2}} */
  public String pointer() {
    return SetIndex.objectivePointer(objective);
  }

  /**
   * The JSON Pointer of its key result at {@code index}, such as {@code /objectives/2/keyResults/0}.
   *
   * @param index the index
   * @return the JSON Pointer of its key result at {@code index}, such as {@code
   *     /objectives/2/keyResults/0}
   */
  public String keyResultPointer(int index) {
    return SetIndex.keyResultPointer(objective, index);
  }

  /** {@return the objective's score as of {@link #asOf()}, with the validator's scorer} */
  public ObjectiveScore score() {
    return ctx.scorer.score(objective(), ctx.asOf);
  }

  /**
   * A problem at the objective itself, naming its id.
   *
   * @param message the message, one line for a person to read
   * @param hint the hint on how to fix it
   * @return a problem at the objective itself, naming its id
   * @throws IllegalArgumentException if {@code message} is blank
   */
  public Problem problem(String message, String hint) {
    return new Problem(pointer(), List.of(objective().id()), message, hint);
  }

  /**
   * A problem at a place inside the objective, given as a pointer relative to it such as {@code
   * /title} or {@code /keyResults/1/target}.
   *
   * @param relativePointer the relative pointer
   * @param message the message, one line for a person to read
   * @param hint the hint on how to fix it
   * @return a problem at a place inside the objective, given as a pointer relative to it such as
   *     {@code /title} or {@code /keyResults/1/target}
   * @throws IllegalArgumentException if {@code relativePointer} is not a JSON Pointer or {@code
   *     message} is blank
   */
  public Problem problemAt(String relativePointer, String message, String hint) {
    Problem.checkPointer(relativePointer);
    return new Problem(pointer() + relativePointer, List.of(objective().id()), message, hint);
  }
}
