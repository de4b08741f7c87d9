package org.okrkit.examples.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okrkit.model.OkrSet;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark of this package once and prints one table of ratios against the baselines
 * measured in the same run (the machines are shared and noisy: only ratios travel).
 *
 * <p>System properties: {@code bench.sizes} (key results, default {@code 10000,100000}), {@code
 * bench.include} (a regex of benchmark names, default all), {@code bench.forks} (1), {@code
 * bench.warmups} (3), {@code bench.iterations} (5), {@code bench.seconds} (1 per iteration), {@code
 * bench.heap} (the forks' {@code -Xmx}, default {@code 4g}).
 */
public final class BenchTable {
  private BenchTable() {}

  /** Runs the benchmarks and prints the table; see the class comment for the properties. */
  public static void main(String[] args) throws RunnerException {
    String[] sizes = System.getProperty("bench.sizes", "10000,100000").split(",");
    String heap = System.getProperty("bench.heap", "4g");
    int seconds = Integer.getInteger("bench.seconds", 1);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(BenchTable.class.getPackageName() + "." + System.getProperty("bench.include", ".*"))
            .param("keyResults", sizes)
            .forks(Integer.getInteger("bench.forks", 1))
            .warmupIterations(Integer.getInteger("bench.warmups", 3))
            .measurementIterations(Integer.getInteger("bench.iterations", 5))
            .warmupTime(TimeValue.seconds(seconds))
            .measurementTime(TimeValue.seconds(seconds))
            .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap)
            .addProfiler(GCProfiler.class)
            .shouldDoGC(true);
    Collection<RunResult> results = new Runner(options.build()).run();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    printTable(out, results);
    printRetainedHeap(out, sizes);
  }

  private static void printTable(PrintStream out, Collection<RunResult> results) {
    // benchmark class -> size -> method -> result
    Map<String, Map<String, Map<String, RunResult>>> byGroup = new LinkedHashMap<>();
    for (RunResult r : results) {
      String full = r.getParams().getBenchmark();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String group = full.substring(0, full.lastIndexOf('.'));
      group = group.substring(group.lastIndexOf('.') + 1);
      byGroup
          .computeIfAbsent(group, g -> new LinkedHashMap<>())
          .computeIfAbsent(r.getParams().getParam("keyResults"), s -> new LinkedHashMap<>())
          .put(method, r);
    }
    out.println();
    out.println("| benchmark | key results | method | time/op (± error) | ratio to baseline | B allocated per KR |");
    out.println("|---|---|---|---|---|---|");
    for (var group : byGroup.entrySet()) {
      String baseline = baselineOf(group.getKey());
      for (var size : group.getValue().entrySet()) {
        RunResult base = size.getValue().get(baseline);
        double kr = Double.parseDouble(size.getKey());
        for (var method : size.getValue().entrySet()) {
          Result<?> primary = method.getValue().getPrimaryResult();
          double r = base == null ? Double.NaN : primary.getScore() / base.getPrimaryResult().getScore();
          // Far faster than its baseline (incremental roll-up): say how many times faster.
          String ratio =
              base == null
                  ? "n/a"
                  : r < 0.01
                      ? String.format(Locale.ROOT, "1/%.0fx", 1 / r)
                      : String.format(Locale.ROOT, "%.2fx", r);
          Result<?> alloc = method.getValue().getSecondaryResults().get("gc.alloc.rate.norm");
          out.printf(
              Locale.ROOT,
              "| %s | %s | %s%s | %.3f ± %.3f %s | %s | %s |%n",
              group.getKey(),
              size.getKey(),
              method.getKey(),
              method.getKey().equals(baseline) ? " (baseline)" : "",
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit(),
              ratio,
              alloc == null ? "n/a" : String.format(Locale.ROOT, "%.0f", alloc.getScore() / kr));
        }
      }
    }
  }

  /** The method each benchmark class is measured against. */
  private static String baselineOf(String group) {
    return switch (group) {
      case "ScoreRollupBenchmark" -> "flatArrays";
      case "JsonReadBenchmark" -> "tokenLoop";
      case "JsonWriteBenchmark" -> "treeWriteBack";
      case "IncrementalRollupBenchmark" -> "fullRecompute";
      case "ValidationBenchmark", "ForecastHealthBenchmark" -> "rollup";
      default -> "baseline";
    };
  }

  /** Retained heap of the model per key result, measured after full collections. */
  private static void printRetainedHeap(PrintStream out, String[] sizes) {
    out.println();
    out.println("| key results | check-ins | retained heap | bytes per key result |");
    out.println("|---|---|---|---|");
    for (String size : sizes) {
      long before = usedAfterGc();
      List<OkrSet> hold = new ArrayList<>(1);
      hold.add(Workloads.organisation(Integer.parseInt(size)));
      long after = usedAfterGc();
      OkrSet set = hold.get(0);
      int krs = Workloads.keyResults(set);
      out.printf(
          Locale.ROOT,
          "| %d | %d | %.1f MB | %.0f |%n",
          krs,
          Workloads.checkIns(set),
          (after - before) / 1e6,
          (double) (after - before) / krs);
      hold.clear();
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
