package org.okrkit.examples.tour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.okrkit.scoring.ScoreRounding;

/** Number formatting for the lessons: scores with two decimals, values as written. */
final class Fmt {
  private Fmt() {}

  /** A score with two decimals ({@code 0.50}), more where two would contradict its grade. */
  static String two(BigDecimal v) {
    return ScoreRounding.format(v);
  }

  /** A score with two decimals, or {@code n/a} when the library could not score. */
  static String two(Optional<BigDecimal> v) {
    return v.map(Fmt::two).orElse("n/a");
  }

  /** A measured value as written ({@code 4.45}), without trailing noise. */
  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : v.stripTrailingZeros().toPlainString();
  }

  /** A text progress bar of ten characters for a 0.0–1.0 score. */
  static String bar(Optional<BigDecimal> v) {
    int filled =
        v.map(s -> s.max(BigDecimal.ZERO).min(BigDecimal.ONE).movePointRight(1).setScale(0, ScoreRounding.MODE).intValue())
            .orElse(0);
    return "[" + "#".repeat(filled) + ".".repeat(10 - filled) + "]";
  }
}
