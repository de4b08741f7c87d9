package org.okrkit.examples.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.okrkit.health.HealthPolicy;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Forecaster;
import org.okrkit.scoring.Forecasts;
import org.okrkit.validation.Finding;
import org.okrkit.validation.RuleSet;
import org.okrkit.validation.Validator;

/**
 * The thread CPU time of the main thread for a full lint, a structural-only validation, a
 * forecast of every key result ({@link Forecaster#forecastAll}, every number of it read), the health of every objective and key
 * result, and the score + roll-up they are held against, the loops alternating in one JVM so that
 * a load change on a shared machine hits them alike. The roll-up keeps its alignment tree and
 * columns with the set, the validation its index: two more loops time a full lint and the
 * roll-up each on a fresh copy of the set, so that neither reuses what an earlier loop derived. Thread CPU leaves out the time the thread waits for a core
 * (what a loaded machine adds to wall time) and the collector's threads.
 *
 * <p>Single shots, not a benchmark: the median of {@code rounds} rounds. Run with {@code java
 * -Xmx4g -cp … org.okrkit.examples.bench.LintCpuRun 100000 [rounds]}.
 */
public final class LintCpuRun {
  private LintCpuRun() {}

  /**
   * Runs the loops on an organisation of {@code args[0]} key results, {@code args[1]} rounds
   * (default 7), and prints their medians and ratios to the roll-up.
   *
   * @param args the size in key results, then optionally the number of rounds
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int size = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    OkrSet set = Workloads.organisation(size);
    int krs = Workloads.keyResults(set);
    Rollup rollup = Rollup.defaults();
    RollupResult scored = rollup.compute(set, Workloads.AS_OF);
    Validator lint = Validator.defaults();
    Validator structural = Validator.of(RuleSet.structuralOnly());
    Forecaster forecaster = Forecaster.defaults();
    HealthPolicy health = HealthPolicy.defaults();
    String[] names = {
      "all rules", "structural only", "forecasts", "health", "all rules, fresh set",
      "roll-up, fresh set", "roll-up"
    };
    // a loop on a fresh set gets a copy made before its timer starts: nothing derived from the
    // set (the roll-up's tree and columns, the validation's index) is kept from an earlier loop
    boolean[] fresh = {false, false, false, false, true, true, false};
    List<ToLongFunction<OkrSet>> loops =
        List.of(
            s -> findings(lint.validate(s, Workloads.AS_OF)),
            s -> findings(structural.validate(s, Workloads.AS_OF)),
            s -> forecasts(forecaster, s),
            s -> health.assess(s, scored).size(),
            s -> findings(lint.validate(s, Workloads.AS_OF)),
            s -> ScoreRollupBenchmark.read(rollup.compute(s, Workloads.AS_OF)),
            s -> ScoreRollupBenchmark.read(rollup.compute(s, Workloads.AS_OF)));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[loops.size()][rounds];
    long sink = 0;
    // two rounds of warm-up, then the measured rounds
    for (int r = -2; r < rounds; r++) {
      for (int l = 0; l < loops.size(); l++) {
        OkrSet input = fresh[l] ? OkrSet.builder().from(set).build() : set;
        if (fresh[l] && input == set) {
          throw new IllegalStateException("the copy of the set is the set itself");
        }
        System.gc();
        long t = threads.getCurrentThreadCpuTime();
        sink += loops.get(l).applyAsLong(input);
        long spent = threads.getCurrentThreadCpuTime() - t;
        if (r >= 0) {
          cpu[l][r] = spent;
        }
      }
    }
    long[] median = new long[loops.size()];
    for (int l = 0; l < loops.size(); l++) {
      long[] sorted = cpu[l].clone();
      Arrays.sort(sorted);
      median[l] = sorted[rounds / 2];
    }
    long base = median[loops.size() - 1];
    out.printf(Locale.ROOT, "%,d key results, median of %d rounds (thread CPU)%n", krs, rounds);
    out.println("| loop | ms | per KR | vs roll-up |");
    out.println("|---|---|---|---|");
    for (int l = 0; l < loops.size(); l++) {
      out.printf(
          Locale.ROOT,
          "| %s | %,.0f | %,.2f µs | %.2fx |%n",
          names[l],
          median[l] / 1e6,
          median[l] / 1e3 / krs,
          (double) median[l] / base);
    }
    out.printf(
        Locale.ROOT,
        "forecasts + health: %.2fx%n",
        (double) (median[2] + median[3]) / base);
    out.printf(
        Locale.ROOT,
        "all rules vs roll-up, both on a fresh set: %.2fx%n",
        (double) median[4] / median[5]);
    if (sink == 42L) {
      out.println();
    }
  }

  private static long signum(Optional<BigDecimal> value) {
    return value.isPresent() ? value.get().signum() + 2 : 0;
  }

  private static long findings(List<Finding> findings) {
    return findings.size();
  }

  private static long forecasts(Forecaster forecaster, OkrSet set) {
    long n = 0;
    Forecasts all = forecaster.forecastAll(set, Workloads.AS_OF);
    List<Objective> objectives = set.objectives();
    for (int i = 0; i < objectives.size(); i++) {
      for (int j = 0; j < objectives.get(i).keyResults().size(); j++) {
        Forecast f = all.forecast(i, j);
        // every number read, as the roll-up's loop reads every score: nothing made on demand
        // escapes the measurement
        n += f.usableCheckIns() + signum(f.slopePerDay()) + signum(f.projectedValue())
            + signum(f.projectedScore()) + signum(f.requiredPerDay())
            + signum(f.requiredPerWeek());
      }
    }
    return n;
  }
}
