package org.okrkit.examples.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.Rollup;
import org.okrkit.scoring.PaceStatus;

/**
 * The thread CPU time and the bytes allocated per key result of the score + roll-up against the
 * flat-array loop, the loops alternating in one JVM so that a load change on a shared machine hits
 * them alike: the flat loop, the library computing only, computing and reading every objective's
 * roll-up and pace, and computing and reading every number (as {@link ScoreRollupBenchmark#read},
 * and through the key results' score objects as {@link ScoreRollupBenchmark#readScoreObjects}).
 * Thread CPU leaves out the time the thread waits for a core (what a loaded machine adds to wall
 * time) and the collector's threads.
 *
 * <p>Single shots, not a benchmark: per loop the median of {@code rounds} rounds, each round
 * {@code repeats} runs of the loop. Run with {@code java -Xmx4g -cp …
 * org.okrkit.examples.bench.ScoreRollupCpuRun 100000 [rounds] [repeats]}.
 */
public final class ScoreRollupCpuRun {
  private ScoreRollupCpuRun() {}

  /**
   * Runs the seven loops on an organisation of {@code args[0]} key results and prints their medians,
   * their ratios to the flat loop and their allocation per key result.
   *
   * @param args the size in key results, then optionally the rounds (default 9) and the runs per
   *     round (default: about a million key results' worth)
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int size = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 9;
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : Math.max(1, 1_000_000 / size);
    OkrSet set = Workloads.organisation(size);
    int krs = Workloads.keyResults(set);
    Rollup rollup = Rollup.defaults();
    FlatRollup flat = FlatRollup.of(set);
    Agreement.check(rollup.compute(set, Workloads.AS_OF), flat, Workloads.AS_OF);
    String[] names = {
      "flat loop", "compute only", "objectives read", "every number read",
      "every number read, key results counted in the model",
      "every number read, through KeyResultScore", "first roll-up, every number read"
    };
    List<LongSupplier> loops =
        List.of(
            () -> (long) flat.compute(Workloads.AS_OF),
            () -> rollup.compute(set, Workloads.AS_OF).nodes().size(),
            () -> objectivesRead(rollup, set),
            () -> ScoreRollupBenchmark.read(rollup.compute(set, Workloads.AS_OF)),
            () ->
                ScoreRollupBenchmark.readCountingInTheModel(rollup.compute(set, Workloads.AS_OF)),
            () -> ScoreRollupBenchmark.readScoreObjects(rollup.compute(set, Workloads.AS_OF)),
            // a copy of the set keeps nothing derived: its tree and columns are laid out again
            () ->
                ScoreRollupBenchmark.read(
                    rollup.compute(OkrSet.of(set.cycles(), set.objectives()), Workloads.AS_OF)));
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[loops.size()][rounds];
    long[] bytes = new long[loops.size()];
    long sink = 0;
    // three rounds of warm-up, then the measured rounds
    for (int r = -3; r < rounds; r++) {
      for (int l = 0; l < loops.size(); l++) {
        System.gc();
        long a = threads.getCurrentThreadAllocatedBytes();
        long t = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < repeats; i++) {
          sink += loops.get(l).getAsLong();
        }
        long spent = threads.getCurrentThreadCpuTime() - t;
        long allocated = threads.getCurrentThreadAllocatedBytes() - a;
        if (r >= 0) {
          cpu[l][r] = spent;
          bytes[l] = allocated;
        }
      }
    }
    long[] median = new long[loops.size()];
    for (int l = 0; l < loops.size(); l++) {
      long[] sorted = cpu[l].clone();
      Arrays.sort(sorted);
      median[l] = sorted[rounds / 2];
    }
    long base = median[0];
    out.printf(
        Locale.ROOT,
        "%,d key results, median of %d rounds of %d runs (thread CPU)%n",
        krs,
        rounds,
        repeats);
    out.println("| loop | ns per KR | vs flat loop | B allocated per KR |");
    out.println("|---|---|---|---|");
    for (int l = 0; l < loops.size(); l++) {
      out.printf(
          Locale.ROOT,
          "| %s | %,.1f | %.2fx | %.1f |%n",
          names[l],
          (double) median[l] / repeats / krs,
          (double) median[l] / base,
          (double) bytes[l] / repeats / krs);
    }
    if (sink == 42L) {
      out.println();
    }
  }

  private static long objectivesRead(Rollup rollup, OkrSet set) {
    long sum = 0;
    for (ObjectiveRollup node : rollup.compute(set, Workloads.AS_OF).nodes()) {
      BigDecimal r = node.rollup().orElse(null);
      sum += r == null ? 0 : r.hashCode();
      PaceStatus pace = node.paceStatus().orElse(null);
      sum += pace == null ? 0 : pace.name().hashCode();
    }
    return sum;
  }
}
