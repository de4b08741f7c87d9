package org.okrkit.examples.bench;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.PaceStatus;
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
 * Rollup.defaults().compute}, every number then read) against the flat primitive-array loop
 * computing the same numbers.
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

  /**
   * The library: every key result scored, every objective rolled up, with pace status; then every
   * objective's roll-up and pace and every key result's score READ, as a dashboard reads them, so
   * that results made on demand are paid for here too (derivations and explanations, which a
   * dashboard opens one at a time, are not read).
   */
  @Benchmark
  public long library() {
    return read(rollup.compute(set, Workloads.AS_OF));
  }

  /**
   * The library as a dashboard of objectives uses it: every key result scored, every objective
   * rolled up, then every objective's roll-up and pace read, but no key result's score (what is
   * made on demand for key results is left unmade).
   */
  @Benchmark
  public long libraryObjectivesRead() {
    long sum = 0;
    for (ObjectiveRollup node : rollup.compute(set, Workloads.AS_OF).nodes()) {
      sum += objectiveChecksum(node);
    }
    return sum;
  }

  /** A checksum of the objective's roll-up and pace, what every read below reads of it. */
  private static long objectiveChecksum(ObjectiveRollup node) {
    BigDecimal r = node.rollup().orElse(null);
    PaceStatus pace = node.paceStatus().orElse(null);
    return (long) (r == null ? 0 : r.hashCode()) + (pace == null ? 0 : pace.name().hashCode());
  }

  /**
   * Reads every objective's roll-up and pace and every key result's score, as a dashboard listing
   * each objective's key results reads them (by position, {@link ObjectiveRollup#keyResultCount}
   * and {@link ObjectiveRollup#keyResultScore}): a checksum of them.
   */
  static long read(RollupResult result) {
    long sum = 0;
    for (ObjectiveRollup node : result.nodes()) {
      sum += objectiveChecksum(node);
      for (int k = 0, n = node.keyResultCount(); k < n; k++) {
        BigDecimal s = node.keyResultScore(k).orElse(null);
        sum += s == null ? 0 : s.hashCode();
      }
    }
    return sum;
  }

  /**
   * {@link #read}, the key results counted in the model ({@code objective().keyResults()}), as a
   * dashboard that also shows each key result's title reads them.
   */
  static long readCountingInTheModel(RollupResult result) {
    long sum = 0;
    for (ObjectiveRollup node : result.nodes()) {
      sum += objectiveChecksum(node);
      for (int k = 0, n = node.objective().keyResults().size(); k < n; k++) {
        BigDecimal s = node.keyResultScore(k).orElse(null);
        sum += s == null ? 0 : s.hashCode();
      }
    }
    return sum;
  }

  /**
   * {@link #read}, each key result's score read through its {@link KeyResultScore} in the
   * objective's own score (what a caller that also wants the derivations goes through).
   */
  static long readScoreObjects(RollupResult result) {
    long sum = 0;
    for (ObjectiveRollup node : result.nodes()) {
      sum += objectiveChecksum(node);
      for (KeyResultScore score : node.ownScore().keyResultScores()) {
        BigDecimal s = score.score().orElse(null);
        sum += s == null ? 0 : s.hashCode();
      }
    }
    return sum;
  }

  /**
   * {@link #library}, each key result's score read through its {@link KeyResultScore} ({@link
   * #readScoreObjects}).
   */
  @Benchmark
  public long libraryScoreObjects() {
    return readScoreObjects(rollup.compute(set, Workloads.AS_OF));
  }

  /** The baseline: the same numbers from primitive arrays. */
  @Benchmark
  public double flatArrays() {
    return flat.compute(Workloads.AS_OF);
  }
}
