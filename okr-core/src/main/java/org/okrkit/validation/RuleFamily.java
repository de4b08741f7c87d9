package org.okrkit.validation;

/**
 * One family of built-in rules (structure, cycles, alignment, objectives, key results, check-ins,
 * grades): the checks of related rules over the shared {@link SetIndex}, called element by
 * element in document order by {@link ValidationPass}. Each family declares the rules it reports
 * in its {@code RULES} constant, which {@link Family} and the rules table of the docs read.
 *
 * <p>A family may keep state between calls (a per-objective map of titles, the first inversion of
 * a key result's check-ins): calls come in document order, each key result after its objective
 * and each check-in after its key result. One instance serves one validation.
 */
abstract class RuleFamily {
  final Checking ctx;

  RuleFamily(Checking ctx) {
    this.ctx = ctx;
  }

  /** Checks cycle {@code c}. */
  void checkCycle(int c) {}

  /** Checks objective {@code i} itself (not its key results). */
  void checkObjective(int i) {}

  /** Checks key result {@code j} of objective {@code i} (not its check-ins). */
  void checkKeyResult(int i, int j) {}

  /**
   * Checks check-in {@code k} of key result {@code j} of objective {@code i}; called only when
   * {@link #checksCheckIns()}.
   */
  void checkCheckIn(int i, int j, int k) {}

  /** True when the family has rules about single check-ins (overrides {@link #checkCheckIn}). */
  boolean checksCheckIns() {
    return false;
  }

  /**
   * Checks every check-in of key result {@code j} of objective {@code i} in order, each one's
   * findings flushed before the next: when this is the only family that checks check-ins, the
   * pass hands it the whole list at once.
   */
  void checkCheckIns(int i, int j) {
    int n = ctx.index.keyResult(i, j).checkIns().size();
    for (int k = 0; k < n; k++) {
      checkCheckIn(i, j, k);
      ctx.flush();
    }
  }

  /** Checks what belongs to the set as a whole (initiatives, KPIs), after every objective. */
  void checkSet() {}
}
