package org.okrkit.examples.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupPolicy;
import org.okrkit.rollup.RollupStrategy;
import picocli.CommandLine.Option;

/** {@code --rollup} and {@code --source}: how {@code okr score} and {@code okr report} roll up. */
final class RollupOptions {
  @Option(
      names = "--rollup",
      paramLabel = "mean|weakest|sum",
      description =
          "How an objective's items combine into its roll-up: mean (weighted mean, the default),"
              + " weakest (the weakest link: the lowest item), sum (sum of values: value travelled"
              + " over value to travel, for items in one unit).")
  @Nullable String rollup;

  @Option(
      names = "--source",
      paramLabel = "own|children|both",
      description =
          "What an objective's roll-up counts: own (its own key results), children (the"
              + " objectives aligned to it; a leaf uses its own), both (the default: each aligned"
              + " objective one item beside the key results).")
  @Nullable String source;

  /** {@code base} with the options applied; a value the option does not take is exit 2. */
  Rollup apply(Rollup base) {
    Rollup r = base;
    if (rollup != null) {
      r =
          r.withStrategy(
              switch (rollup.toLowerCase(Locale.ROOT)) {
                case "mean" -> RollupStrategy.weightedMean();
                case "weakest" -> RollupStrategy.weakestLink();
                case "sum" -> RollupStrategy.sumOfValues();
                default ->
                    throw new CliException(
                        ExitCode.USAGE,
                        "--rollup: expected mean, weakest or sum, was '" + rollup + "'");
              });
    }
    if (source != null) {
      r =
          r.withPolicy(
              switch (source.toLowerCase(Locale.ROOT)) {
                case "own" -> RollupPolicy.OWN_KEY_RESULTS_ONLY;
                case "children" -> RollupPolicy.CHILDREN_ONLY;
                case "both" -> RollupPolicy.OWN_AND_CHILDREN;
                default ->
                    throw new CliException(
                        ExitCode.USAGE,
                        "--source: expected own, children or both, was '" + source + "'");
              });
    }
    return r;
  }
}
