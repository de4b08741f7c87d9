package org.okrkit.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.okrkit.model.OkrSet;

/**
 * The OKR linter: checks a whole {@link OkrSet} in one pass and returns every {@link Finding}, from
 * structural errors that stop the set from being scored (a dangling parent, an alignment cycle, a
 * metric whose baseline equals its target) to best-practice advice (a key result that reads as an
 * activity, an objective with a number in it). Think ESLint for OKRs.
 *
 * <pre>{@code
 * List<Finding> findings = Validator.defaults().validate(set, LocalDate.of(2026, 11, 15));
 * boolean scorable = findings.stream().noneMatch(Finding::isError);
 * }</pre>
 *
 * <p>Validation never throws on a bad set, including sets a tool is still editing: it reports. The
 * findings come in a deterministic order that follows the document: cycles first, then each
 * objective followed by its key results and each key result by its check-ins; findings on the same
 * element follow the order of the {@link Rule} constants. The pass is iterative (no recursion, so
 * alignment chains of any depth are fine) and linear in the size of the set in time and memory.
 *
 * <p>Time-dependent rules (stale or future check-ins, a cycle that is over) read the date from the
 * {@code asOf} parameter, never from a clock. Immutable and thread-safe.
 */
public final class Validator {
  private final RuleSet rules;

  private Validator(RuleSet rules) {
    this.rules = rules;
  }

  /** A validator running {@link RuleSet#defaults()}: every rule at its default severity. */
  public static Validator defaults() {
    return new Validator(RuleSet.defaults());
  }

  /** A validator running {@code rules}. */
  public static Validator of(RuleSet rules) {
    return new Validator(Objects.requireNonNull(rules, "rules"));
  }

  /** The rules this validator runs. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Every finding in {@code set} as of {@code asOf} (the day the OKRs are looked at, which decides
   * whether a cycle is running or over and whether a check-in is stale or in the future), in
   * document order; empty when the set is clean.
   */
  public List<Finding> validate(OkrSet set, LocalDate asOf) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    return new ValidationPass(set, asOf, rules).run();
  }
}
