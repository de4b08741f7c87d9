package org.okrkit.examples.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;

/**
 * The in-memory roll-up of organisations too large for a JMH fork's repeated iterations (the
 * issue's ten-million-key-result run): per size, the model's and the result's retained heap per key
 * result, and the time of a first and of repeated roll-ups (every number read) against the
 * flat-array loop over the same organisation in the same JVM.
 *
 * <p>Single shots, not a benchmark: read the times as indicative and the bytes as exact. Run with
 * {@code java -Xmx20g -cp … org.okrkit.examples.bench.LargeRollupRun 1000000 10000000}; the flat
 * arrays are dropped before the library runs so that both fit.
 */
public final class LargeRollupRun {
  private static final int REPEATS = 3;

  private LargeRollupRun() {}

  /**
   * Runs each size given in key results and prints one Markdown table row per size.
   *
   * @param args the sizes, in key results
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(
        "| key results | model retained per KR | columns + result retained per KR | flat loop | first"
            + " roll-up | repeated roll-up (best of "
            + REPEATS
            + ") | repeated vs flat | ns per KR (repeated) |");
    out.println("|---|---|---|---|---|---|---|---|");
    // A small organisation first, not reported: the shared date and decimal tables, the classes
    // and the compiled loops are then in place before the first measured size, whose retained
    // heap would otherwise be measured against a heap still settling.
    run(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8), 10_000);
    for (String arg : args) {
      run(out, Integer.parseInt(arg));
    }
  }

  private static void run(PrintStream out, int size) {
    long base = usedAfterGc();
    OkrSet set = Workloads.organisation(size);
    long model = usedAfterGc() - base;
    int krs = Workloads.keyResults(set);

    FlatRollup flat = FlatRollup.of(set);
    long flatBest = Long.MAX_VALUE;
    double sink = 0;
    for (int i = 0; i < REPEATS + 2; i++) {
      long t = System.nanoTime();
      sink += flat.compute(Workloads.AS_OF);
      flatBest = Math.min(flatBest, System.nanoTime() - t);
    }
    flat = null; // the arrays go before the library's columns and results are made
    long beforeResult = usedAfterGc();

    Rollup rollup = Rollup.defaults();
    long t = System.nanoTime();
    RollupResult kept = rollup.compute(set, Workloads.AS_OF);
    long checksum = ScoreRollupBenchmark.read(kept);
    long first = System.nanoTime() - t;
    long withResult = usedAfterGc() - beforeResult;
    long best = Long.MAX_VALUE;
    for (int i = 0; i < REPEATS; i++) {
      t = System.nanoTime();
      checksum += ScoreRollupBenchmark.read(rollup.compute(set, Workloads.AS_OF));
      best = Math.min(best, System.nanoTime() - t);
    }
    out.printf(
        Locale.ROOT,
        "| %,d | %,.0f B | %,.0f B | %,.1f ms | %,.0f ms | %,.0f ms | %.1fx | %,.0f |%n",
        krs,
        (double) model / krs,
        (double) withResult / krs,
        flatBest / 1e6,
        first / 1e6,
        best / 1e6,
        (double) best / flatBest,
        (double) best / krs);
    // keeps the checksums alive so the loops cannot be optimised away
    if (sink == 42.0 && checksum == 42L && kept.nodes().isEmpty()) {
      out.println();
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
