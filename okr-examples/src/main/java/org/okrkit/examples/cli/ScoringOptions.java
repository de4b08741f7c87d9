package org.okrkit.examples.cli;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.ScoringSettings;
import picocli.CommandLine.Option;

/**
 * The scoring options of {@code okr score}, {@code report} and {@code lint}: each overrides the
 * same part of the document's {@code "scoring"} settings.
 */
final class ScoringOptions {
  @Option(
      names = "--cap",
      paramLabel = "N|none",
      description = "Over-achievement earns at most N (at least 1; default: the document's, else 1), or none.")
  @Nullable String cap;

  @Option(
      names = "--floor",
      paramLabel = "N|none",
      description = "Regression earns at least N (0 or below; default: the document's, else 0), or none.")
  @Nullable String floor;

  @Option(
      names = "--threshold-credit",
      paramLabel = "all-or-nothing|partial|hit-ratio",
      description = "How unmet thresholds score (default: the document's, else all-or-nothing).")
  @Nullable String thresholdCredit;

  @Option(
      names = "--band-credit",
      paramLabel = "none|partial",
      description = "How bands score outside the band (default: the document's, else none).")
  @Nullable String bandCredit;

  @Option(
      names = "--grades",
      paramLabel = "GREEN,YELLOW",
      description = "The grade edges: green from GREEN, yellow from YELLOW (default: the document's, else 0.7,0.4).")
  @Nullable String grades;

  /** The overrides as settings; a malformed option is a usage error naming it. */
  ScoringSettings settings() {
    ScoringSettings.Builder b = ScoringSettings.builder();
    if (cap != null) {
      if (cap.equals("none")) {
        b.noCap(true);
      } else {
        b.cap(number("--cap", cap));
      }
    }
    if (floor != null) {
      if (floor.equals("none")) {
        b.noFloor(true);
      } else {
        b.floor(number("--floor", floor));
      }
    }
    if (thresholdCredit != null) {
      b.thresholdCredit(choice("--threshold-credit", thresholdCredit, ScoringSettings.THRESHOLD_CREDITS));
    }
    if (bandCredit != null) {
      b.bandCredit(choice("--band-credit", bandCredit, ScoringSettings.BAND_CREDITS));
    }
    if (grades != null) {
      int comma = grades.indexOf(',');
      if (comma < 0) {
        throw CliException.usage(
            "--grades: expected GREEN,YELLOW (two numbers such as 0.7,0.4), got '" + grades + "'");
      }
      b.greenFrom(number("--grades", grades.substring(0, comma)));
      b.yellowFrom(number("--grades", grades.substring(comma + 1)));
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
  }

  private static BigDecimal number(String option, String text) {
    try {
      BigDecimal v = new BigDecimal(text.strip());
      if (v.precision() - v.scale() > 100 || v.scale() > 100) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw CliException.usage(option + ": expected a number, got '" + text + "'");
    }
  }

  private static String choice(String option, String text, java.util.List<String> allowed) {
    String t = text.toLowerCase(Locale.ROOT);
    if (!allowed.contains(t)) {
      throw CliException.usage(
          option + ": expected one of " + String.join(", ", allowed) + ", got '" + text + "'");
    }
    return t;
  }
}
