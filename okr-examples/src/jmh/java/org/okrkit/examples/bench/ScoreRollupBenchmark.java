package org.okrkit.examples.bench;

import java.util.concurrent.TimeUnit;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Scoring and rolling up a whole organisation as of a date: the library ({@code
 * Rollup.defaults().compute}) against the flat primitive-array loop computing the same numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoreRollupBenchmark {
  /** Key results in the organisation. */
  @Param({"10000", "100000"})
  public int keyResults;

  private OkrSet set;
  private FlatRollup flat;
  private Rollup rollup;

  /** Generates the organisation and checks that the baseline computes the library's numbers. */
  @Setup(Level.Trial)
  public void setUp() {
    set = Workloads.organisation(keyResults);
    rollup = Rollup.defaults();
    flat = FlatRollup.of(set);
    Agreement.check(rollup.compute(set, Workloads.AS_OF), flat, Workloads.AS_OF);
  }

  /** The library: every key result scored, every objective rolled up, with pace status. */
  @Benchmark
  public RollupResult library() {
    return rollup.compute(set, Workloads.AS_OF);
  }

  /** The baseline: the same numbers from primitive arrays. */
  @Benchmark
  public double flatArrays() {
    return flat.compute(Workloads.AS_OF);
  }
}
