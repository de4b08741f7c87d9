package org.okrkit.examples.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Edit;
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
 * One check-in arrives (or a key result is edited, an objective added or removed) and the
 * dashboard needs the new roll-up: the
 * incremental {@link RollupResult#apply} against recomputing the whole edited organisation with
 * {@link Rollup#compute} (the only way before it). Each call applies one of 64 prepared edits on
 * random key results to the same scored organisation, so the size never grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IncrementalRollupBenchmark {
  private static final int EDITS = 64;

  /** Key results in the organisation. */
  @Param({"10000", "100000"})
  public int keyResults;

  private Rollup rollup;
  private RollupResult scored;
  private final List<Edit> checkIns = new ArrayList<>();
  private final List<Edit> additions = new ArrayList<>();
  private final List<Edit> keyResultEdits = new ArrayList<>();
  private final List<Edit> removals = new ArrayList<>();
  private final List<OkrSet> edited = new ArrayList<>();
  private int next;

  /** Scores the organisation once and prepares the edits (and, for the baseline, edited sets). */
  @Setup(Level.Trial)
  public void setUp() {
    OkrSet set = Workloads.organisation(keyResults);
    rollup = Rollup.defaults();
    scored = rollup.compute(set, Workloads.AS_OF);
    Random random = new Random(42);
    List<Objective> objectives = set.objectives();
    java.util.Set<String> parents = new java.util.HashSet<>();
    for (Objective o : objectives) {
      o.parent().ifPresent(parents::add);
    }
    while (removals.size() < EDITS) {
      Objective o = objectives.get(random.nextInt(objectives.size()));
      if (!parents.contains(o.id())) {
        removals.add(Edit.removeObjective(o.id())); // a leaf: an individual's objective
      }
    }
    while (checkIns.size() < EDITS) {
      Objective o = objectives.get(random.nextInt(objectives.size()));
      KeyResult kr = o.keyResults().get(random.nextInt(o.keyResults().size()));
      if (kr.kind() == KeyResultKind.MILESTONE) {
        continue;
      }
      Edit e = Edit.checkIn(kr.id(), CheckIn.of(Workloads.AS_OF, BigDecimal.valueOf(random.nextInt(100))));
      checkIns.add(e);
      keyResultEdits.add(Edit.keyResult(kr.withWeight(BigDecimal.valueOf(1 + random.nextInt(3)))));
      if (edited.size() < 8) {
        edited.add(e.applyTo(set));
      }
      Objective parent = objectives.get(random.nextInt(objectives.size()));
      additions.add(
          Edit.objective(
              Objective.of("bench-new-" + checkIns.size(), "Added", parent.cycle(),
                      KeyResult.metric("bench-kr-" + checkIns.size(), "Added", 0, 10)
                          .plusCheckIn(CheckIn.of(Workloads.AS_OF, 5)))
                  .withParent(parent.id())));
    }
  }

  /** The incremental roll-up after one check-in. */
  @Benchmark
  public RollupResult checkIn() {
    return scored.apply(checkIns.get(next++ & (EDITS - 1)));
  }

  /** The incremental roll-up after one added objective (the shape changes). */
  @Benchmark
  public RollupResult addObjective() {
    return scored.apply(additions.get(next++ & (EDITS - 1)));
  }

  /** The incremental roll-up after one edited key result (a new weight). */
  @Benchmark
  public RollupResult editKeyResult() {
    return scored.apply(keyResultEdits.get(next++ & (EDITS - 1)));
  }

  /** The incremental roll-up after one removed objective (a leaf; the shape changes). */
  @Benchmark
  public RollupResult removeObjective() {
    return scored.apply(removals.get(next++ & (EDITS - 1)));
  }

  /** The baseline: the whole edited organisation scored and rolled up again. */
  @Benchmark
  public RollupResult fullRecompute() {
    return rollup.compute(edited.get(next++ & 7), Workloads.AS_OF);
  }
}
