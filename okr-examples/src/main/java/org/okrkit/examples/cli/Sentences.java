package org.okrkit.examples.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The key-result sentence parser as {@code okr kr} uses it. */
final class Sentences {
  /** Until the library part lands on main. */
  private static final boolean PENDING = true;

  private Sentences() {}

  /**
   * The structured reading of one sentence.
   *
   * @param kind {@code metric}, {@code threshold} or {@code milestone}
   * @param direction {@code increase}, {@code decrease}, {@code at_least}, {@code at_most}; empty
   *     for milestones
   * @param baseline the starting value, if stated
   * @param target the target value, if stated or derivable
   * @param unit the unit, if stated
   * @param relative the relative change ("by 20%") when no baseline anchors it
   * @param confidence how sure the parser is, 0.0–1.0
   * @param notes what could not be determined, in words
   */
  record Reading(
      String kind,
      Optional<String> direction,
      Optional<BigDecimal> baseline,
      Optional<BigDecimal> target,
      Optional<String> unit,
      Optional<String> relative,
      BigDecimal confidence,
      List<String> notes) {}

  static Reading read(String sentence) {
    if (PENDING) {
      throw CliException.usage("the sentence parser is not merged yet: " + sentence);
    }
    return new Reading("milestone", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ZERO, List.of());
  }
}
