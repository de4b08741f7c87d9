package org.okrkit.examples.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.okrkit.text.Direction;
import org.okrkit.text.KeyResultParser;
import org.okrkit.text.KeyResultReading;
import org.okrkit.text.RelativeChange;

/** The key-result sentence parser as {@code okr kr} uses it. */
final class Sentences {
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
   * @param relative the relative change ("by 20%" is {@code +20%}, "halve" {@code x0.5}), if stated
   * @param confidence how sure the parser is: 0.9 high, 0.6 medium, 0.3 low
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

  /** The parser's reading of {@code sentence}; a sentence it refuses is a usage error. */
  static KeyResultReading parse(String sentence) {
    try {
      return KeyResultParser.parse(sentence);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("cannot read the sentence: " + e.getMessage());
    }
  }

  static Reading read(String sentence) {
    KeyResultReading r = parse(sentence);
    return new Reading(
        r.kind().name().toLowerCase(Locale.ROOT),
        r.direction().map(Direction::jsonName),
        r.baseline(),
        r.target(),
        r.unit(),
        r.relative().map(RelativeChange::toString),
        r.confidence().score(),
        r.notes());
  }
}
