package org.okrkit.examples.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.ScoringSettings;
import org.okrkit.rollup.Rollup;
import picocli.CommandLine.Option;

/** {@code --rollup} and {@code --source}: how {@code okr score} and {@code okr report} roll up. */
final class RollupOptions {
  @Option(
      names = "--rollup",
      paramLabel = "mean|weakest|sum",
      description =
          "How an objective's items combine into its roll-up (default: the document's \"rollup\"):"
              + " mean (weighted mean, the default),"
              + " weakest (the weakest link: the lowest item), sum (sum of values: value travelled"
              + " over value to travel, for items in one unit).")
  @Nullable String rollup;

  @Option(
      names = "--source",
      paramLabel = "own|children|both",
      description =
          "What an objective's roll-up counts (default: the document's \"source\"): own (its own"
              + " key results), children (the"
              + " objectives aligned to it; a leaf uses its own), both (the default: each aligned"
              + " objective one item beside the key results).")
  @Nullable String source;

  /**
   * {@code base} with the options applied over whatever it rolls up by (the document's {@code
   * "scoring"}: {@code "rollup"}, {@code "source"}, {@code "ownShare"}); {@code --source} replaces
   * the whole progress source, so {@code --source both} pools own key results and aligned
   * objectives even where the document mixes them. A value the option does not take is exit 2.
   */
  Rollup apply(Rollup base) {
    return base.with(settings());
  }

  /** The options as scoring settings. */
  ScoringSettings settings() {
    ScoringSettings.Builder b = ScoringSettings.builder();
    if (rollup != null) {
      b.rollup(choice("--rollup", rollup, ScoringSettings.ROLLUPS, "mean, weakest or sum"));
    }
    if (source != null) {
      b.source(choice("--source", source, ScoringSettings.SOURCES, "own, children or both"));
    }
    return b.build();
  }

  private static String choice(String option, String text, List<String> allowed, String words) {
    String t = text.toLowerCase(Locale.ROOT);
    if (!allowed.contains(t)) {
      throw new CliException(ExitCode.USAGE, option + ": expected " + words + ", was '" + text + "'");
    }
    return t;
  }
}
