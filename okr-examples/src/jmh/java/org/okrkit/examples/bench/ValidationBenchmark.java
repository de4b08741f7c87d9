package org.okrkit.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.validation.Finding;
import org.okrkit.validation.RuleSet;
import org.okrkit.validation.Validator;
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
 * Linting a whole organisation (what {@code okr lint} and {@code okr validate} run): the
 * structural rules alone and every built-in rule (wording rules with the default activity
 * detector included), measured against scoring and rolling up the same organisation in the same
 * run, the target being at most three times the roll-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {
  /** Key results in the organisation. */
  @Param({"10000", "100000"})
  public int keyResults;

  private OkrSet set;
  private Rollup rollup;
  private Validator lint;
  private Validator structural;

  /** Generates the organisation; a first validation checks that it runs to the end. */
  @Setup(Level.Trial)
  public void setUp() {
    set = Workloads.organisation(keyResults);
    rollup = Rollup.defaults();
    lint = Validator.defaults();
    structural = Validator.of(RuleSet.structuralOnly());
    List<Finding> findings = structural.validate(set, Workloads.AS_OF);
    if (findings.stream().anyMatch(Finding::isError)) {
      throw new IllegalStateException("the generated organisation has errors: " + findings.get(0));
    }
  }

  /** Every built-in rule at its default severity: structure, wording, check-ins, grades… */
  @Benchmark
  public List<Finding> allRules() {
    return lint.validate(set, Workloads.AS_OF);
  }

  /** Only the structural rules: whether the set can be scored. */
  @Benchmark
  public List<Finding> structuralOnly() {
    return structural.validate(set, Workloads.AS_OF);
  }

  /** The reference: every key result scored, every objective rolled up, with pace status. */
  @Benchmark
  public RollupResult rollup() {
    return rollup.compute(set, Workloads.AS_OF);
  }
}
