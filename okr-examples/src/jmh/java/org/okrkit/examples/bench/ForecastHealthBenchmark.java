package org.okrkit.examples.bench;

import java.util.concurrent.TimeUnit;
import org.okrkit.health.HealthPolicy;
import org.okrkit.health.HealthReport;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.Forecast;
import org.okrkit.scoring.Forecaster;
import org.okrkit.scoring.Forecasts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A forecast for every key result of an organisation ({@link Forecaster#forecast} one at a time,
 * {@link Forecaster#forecastAll} all at once) and the health
 * of every objective and key result of its roll-up ({@link HealthPolicy#assess}), each measured
 * against scoring and rolling up the same organisation in the same run; the target is the two
 * together at most twice the roll-up. Health is assessed on a roll-up computed once in the set-up
 * (an application has it already: it shows the scores beside the health).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForecastHealthBenchmark {
  /** Key results in the organisation. */
  @Param({"10000", "100000"})
  public int keyResults;

  private OkrSet set;
  private Rollup rollup;
  private RollupResult scored;
  private Forecaster forecaster;
  private HealthPolicy health;

  /** Generates and scores the organisation once. */
  @Setup(Level.Trial)
  public void setUp() {
    set = Workloads.organisation(keyResults);
    rollup = Rollup.defaults();
    scored = rollup.compute(set, Workloads.AS_OF);
    forecaster = Forecaster.defaults();
    health = HealthPolicy.defaults();
    if (health.assess(set, scored).size() != set.objectives().size()) {
      throw new IllegalStateException("health did not assess every objective");
    }
  }

  /** A forecast to the end of its cycle for every key result of the organisation. */
  @Benchmark
  public void forecasts(Blackhole bh) {
    for (Objective o : set.objectives()) {
      Cycle cycle = set.cycle(o.cycle()).orElseThrow();
      for (KeyResult kr : o.keyResults()) {
        Forecast f = forecaster.forecast(kr, cycle, Workloads.AS_OF);
        bh.consume(f);
      }
    }
  }

  /** The forecast of every key result at once ({@link Forecaster#forecastAll}), each one read. */
  @Benchmark
  public void forecastAll(Blackhole bh) {
    Forecasts all = forecaster.forecastAll(set, Workloads.AS_OF);
    for (int i = 0; i < set.objectives().size(); i++) {
      for (int j = 0; j < set.objectives().get(i).keyResults().size(); j++) {
        bh.consume(all.forecast(i, j));
      }
    }
  }

  /** The health of every objective and key result, from the roll-up. */
  @Benchmark
  public HealthReport health() {
    return health.assess(set, scored);
  }

  /** The reference: every key result scored, every objective rolled up, with pace status. */
  @Benchmark
  public RollupResult rollup() {
    return rollup.compute(set, Workloads.AS_OF);
  }
}
