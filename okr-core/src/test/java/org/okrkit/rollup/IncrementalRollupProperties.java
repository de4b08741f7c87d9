package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Target;
import org.okrkit.scoring.Scorer;

/**
 * {@link RollupResult#apply(Edit)} against a full recompute of the edited set, over random sets
 * (value-sum cascades, key-result alignment, support links, zero weights; broken trees in
 * tolerant mode) and random sequences of check-ins, key-result edits, objective edits, additions
 * and removals, under every roll-up strategy and policy.
 */
class IncrementalRollupProperties {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 15);

  /** One generated objective: its parent choice, key results and alignment details as numbers. */
  record Shape(int parentSeed, int krCount, int sumSeed, int linkSeed, int weight, int value) {}

  /** One generated edit: its kind and the numbers that pick its target and content. */
  record Step(int kind, int pick, int value, int extra) {}

  @Provide
  Arbitrary<List<Shape>> shapes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(-5, 15))
        .as(Shape::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(14);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(-5, 15),
            Arbitraries.integers().between(0, 1000))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Provide
  Arbitrary<Rollup> rollups() {
    return Combinators.combine(
            Arbitraries.of(RollupPolicy.class),
            Arbitraries.of(
                RollupStrategy.weightedMean(),
                RollupStrategy.weakestLink(),
                RollupStrategy.sumOfValues()),
            Arbitraries.of(-1, 0, 3, 10))
        .as(
            (p, s, mix) -> {
              Rollup r = Rollup.of(Scorer.defaults(), p).withStrategy(s);
              return mix < 0 ? r : r.withOwnShare(BigDecimal.valueOf(mix, 1));
            });
  }

  /**
   * A set from shapes. Clean sets align each objective to an earlier one and sum only earlier key
   * results in the same unit; broken ones also name missing parents, align forward (cycles), sum
   * forward (sum cycles), sum across units and repeat ids.
   */
  static OkrSet build(List<Shape> shapes, boolean broken) {
    List<Objective> out = new ArrayList<>();
    List<String> krIds = new ArrayList<>();
    int n = shapes.size();
    for (int i = 0; i < n; i++) {
      Shape s = shapes.get(i);
      List<KeyResult> krs = new ArrayList<>();
      for (int k = 0; k < Math.max(1, s.krCount()); k++) {
        String id = "k" + i + "-" + k;
        KeyResult kr =
            KeyResult.metric(id, "Key result", 0, 10 + k)
                .withUnit("USD")
                .withWeight(BigDecimal.valueOf((s.weight() + k) % 4))
                .plusCheckIn(CheckIn.of(AS_OF.minusDays(k), s.value() + k));
        if (s.sumSeed() % 5 == 0 && (k == 0 || broken)) {
          List<String> sources = new ArrayList<>();
          int pool = broken ? n * 3 : krIds.size();
          for (int t = 0; t < 1 + s.sumSeed() % 2 && pool > 0; t++) {
            int j = (s.sumSeed() / 5 + t * 7) % pool;
            sources.add(broken ? "k" + (j / 3) + "-" + (j % 3) : krIds.get(j));
          }
          if (!sources.isEmpty()) {
            kr = kr.withSumOf(sources);
          }
        }
        if (broken && s.sumSeed() % 11 == 1) {
          kr = kr.withUnit("EUR");
        }
        krs.add(kr);
      }
      for (KeyResult kr : krs) {
        krIds.add(kr.id());
      }
      String id = broken && s.linkSeed() % 13 == 0 && i > 0 ? "o" + (i - 1) : "o" + i;
      Objective.Builder b =
          Objective.builder()
              .id(id)
              .title("Objective")
              .cycle(Q4.id())
              .weight(BigDecimal.valueOf(s.weight()))
              .addAllKeyResults(krs);
      int parent = s.parentSeed() % (i + 1) - 1;
      if (broken && s.parentSeed() % 7 == 0) {
        parent = s.parentSeed() % n; // forward or self: a cycle or a long way round
      }
      if (broken && s.parentSeed() % 9 == 1) {
        b.parent("ghost");
      } else if (parent >= 0) {
        b.parent("o" + parent);
        if (s.linkSeed() % 3 == 0) {
          b.parentKeyResult(broken && s.linkSeed() % 2 == 1 ? "nope" : "k" + parent + "-0");
        }
      }
      if (s.linkSeed() % 4 == 1) {
        b.link(AlignmentLink.SUPPORT);
      }
      out.add(b.build());
    }
    return OkrSet.of(List.of(Q4), out);
  }

  /** The edit a step means for {@code set}. */
  static Edit edit(OkrSet set, Step step, int fresh) {
    List<Objective> objectives = set.objectives();
    if (objectives.isEmpty()) {
      return Edit.objective(Objective.of("new" + fresh, "New", Q4.id(),
          KeyResult.metric("nk" + fresh, "New key result", 0, 10)));
    }
    Objective o = objectives.get(step.pick() % objectives.size());
    KeyResult kr = o.keyResults().isEmpty() ? null : o.keyResults().get(step.extra() % o.keyResults().size());
    switch (step.kind()) {
      case 0, 1, 2, 3 -> {
        if (kr != null) {
          return Edit.checkIn(kr.id(), CheckIn.of(AS_OF.minusDays(step.extra() % 20 - 5), step.value()));
        }
      }
      case 4 -> {
        if (kr != null) {
          KeyResult e = kr.withTarget(Target.of(BigDecimal.valueOf(20 + step.value())))
              .withWeight(BigDecimal.valueOf(step.extra() % 3));
          if (step.value() % 4 == 0) {
            e = e.withSumOf(List.of(objectives.get(step.extra() % objectives.size()).keyResults().isEmpty()
                ? "k0-0" : objectives.get(step.extra() % objectives.size()).keyResults().get(0).id()));
          }
          return Edit.keyResult(e);
        }
      }
      case 5 -> {
        return Edit.objective(o.withWeight(BigDecimal.valueOf(step.extra() % 4))
            .withLink(step.value() % 3 == 0 ? AlignmentLink.SUPPORT : AlignmentLink.CONTRIBUTE));
      }
      case 6 -> {
        Objective p = objectives.get(step.extra() % objectives.size());
        Objective moved = o.withParentKeyResult(java.util.Optional.empty());
        return Edit.objective(p.id().equals(o.id()) ? moved.withParent(java.util.Optional.empty()) : moved.withParent(p.id()));
      }
      case 7, 8 -> {
        Objective p = objectives.get(step.extra() % objectives.size());
        return Edit.objective(
            Objective.of("new" + fresh, "New", Q4.id(),
                    KeyResult.metric("nk" + fresh, "New key result", 0, 10)
                        .plusCheckIn(CheckIn.of(AS_OF, step.value())))
                .withParent(p.id()));
      }
      default -> {
        return Edit.removeObjective(o.id());
      }
    }
    return Edit.removeObjective(o.id());
  }

  @Property(tries = 250)
  void applyingEditsEqualsRecomputingTheEditedSet(
      @ForAll("shapes") List<Shape> shapes,
      @ForAll("steps") List<Step> steps,
      @ForAll("rollups") Rollup rollup,
      @ForAll boolean tolerant) {
    OkrSet set = build(shapes, tolerant);
    RollupResult result;
    try {
      result = tolerant ? rollup.computeTolerant(set, AS_OF) : rollup.compute(set, AS_OF);
    } catch (AlignmentException e) {
      return; // a clean generator can still sum across an id it repeats: nothing to edit
    }
    int fresh = 0;
    for (Step step : steps) {
      Edit edit = edit(result.set(), step, fresh++);
      OkrSet edited;
      try {
        edited = edit.applyTo(result.set());
      } catch (IllegalArgumentException e) {
        RollupResult before = result;
        assertEquals(e.getMessage(), assertThrows(IllegalArgumentException.class, () -> before.apply(edit)).getMessage());
        continue;
      }
      RollupResult expected;
      try {
        expected = tolerant ? rollup.computeTolerant(edited, AS_OF) : rollup.compute(edited, AS_OF);
      } catch (AlignmentException e) {
        RollupResult before = result;
        assertEquals(e.getMessage(), assertThrows(AlignmentException.class, () -> before.apply(edit)).getMessage(), edit.toString());
        continue;
      }
      RollupResult previous = result;
      result = result.apply(edit);
      RollupComparison.assertSameRollup(expected, result, edit.toString());
      assertEquals(edited.objectives(), result.set().objectives(), edit.toString());
      // Sharing is pinned on sound trees; over a broken one (repeated ids) a node may be
      // recomputed to an equal one.
      if (edit.toString().startsWith("Edit{check-in") && !hasSums(edited) && expected.problems().isEmpty()) {
        assertSharesEverythingOffTheChain(previous, result, edit.id());
      }
      // An added or removed objective: every node off its parent's chain is shared as well.
      boolean sound = !hasSums(edited) && expected.problems().isEmpty() && previous.problems().isEmpty();
      if (sound && edit.toString().startsWith("Edit{objective") && previous.node(edit.id()).isEmpty()) {
        assertSharesEverythingOffTheChainOf(previous, result, edited.objective(edit.id()).orElseThrow().parent().orElse(null), edited);
      }
      if (sound && edit.toString().startsWith("Edit{remove objective")) {
        assertSharesEverythingOffTheChainOf(previous, result, previous.set().objective(edit.id()).orElseThrow().parent().orElse(null), edited);
      }
    }
  }

  private static boolean hasSums(OkrSet set) {
    return set.objectives().stream().anyMatch(o -> o.keyResults().stream().anyMatch(k -> !k.sumOf().isEmpty()));
  }

  /** Every node of {@code after} off the chain from {@code parentId} up is {@code before}'s. */
  private static void assertSharesEverythingOffTheChainOf(
      RollupResult before, RollupResult after, @Nullable String parentId, OkrSet edited) {
    Set<String> chain = new HashSet<>();
    for (@Nullable String id = parentId; id != null && chain.add(id); ) {
      id = edited.objective(id).flatMap(Objective::parent).orElse(null);
    }
    for (ObjectiveRollup now : after.nodes()) {
      ObjectiveRollup was = before.node(now.objectiveId()).orElse(null);
      if (was != null && !chain.contains(now.objectiveId())) {
        assertSame(was, now, now.objectiveId() + " is off the chain of " + parentId);
      }
    }
  }

  /** Every node but the edited objective's and its ancestors' is the very same object. */
  private static void assertSharesEverythingOffTheChain(RollupResult before, RollupResult after, String krId) {
    String owner = before.set().keyResult(krId).orElseThrow().objective().id();
    Set<String> chain = new HashSet<>();
    for (String id = owner; id != null && chain.add(id); ) {
      id = before.set().objective(id).flatMap(Objective::parent).orElse(null);
    }
    for (int i = 0; i < before.size(); i++) {
      ObjectiveRollup was = before.nodes().get(i);
      if (!chain.contains(was.objectiveId())) {
        assertSame(was, after.nodes().get(i), was.objectiveId() + " is off the chain of " + krId);
      }
    }
  }
}
