package org.okrkit.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.UndefinedReason;

/**
 * The roll-up's policies for a key result with objectives aligned to it (how much its own score
 * weighs beside theirs) and for initiatives (never counted by default; counted by their progress
 * when a weight is given).
 */
class RollupPoliciesTest {
  private static final Cycle Q4 = Cycle.quarter(2026, 4);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static KeyResult metric(String id, String now) {
    return KeyResult.metric(id, "Move " + id + " from 0 to 10", d("0"), d("10"))
        .plusCheckIn(CheckIn.of(LocalDate.of(2026, 11, 10), d(now)));
  }

  /** grow-1 scores 0.5 on its own; the team aligned to it rolls up to 1.0. */
  private static OkrSet alignedToAKeyResult() {
    Objective grow = Objective.of("grow", "Grow", Q4.id(), metric("grow-1", "5"));
    Objective team =
        Objective.of("team", "Team", Q4.id(), metric("team-1", "10"))
            .withParent("grow")
            .withParentKeyResult("grow-1");
    return OkrSet.of(List.of(Q4), List.of(grow, team));
  }

  private static BigDecimal growRollup(Rollup rollup, OkrSet set) {
    return rollup.compute(set, AS_OF).node("grow").orElseThrow().rollup().orElseThrow();
  }

  @Test
  void aKeyResultWithAlignedObjectivesCountsItsOwnScoreAsOneMoreContributorByDefault() {
    assertEquals(d("0.75"), growRollup(Rollup.defaults(), alignedToAKeyResult()));
  }

  @Test
  void theKeyResultsOwnWeightIsAPolicy() {
    OkrSet set = alignedToAKeyResult();
    // (3 × 0.5 + 1 × 1.0) / 4
    assertEquals(d("0.625"), growRollup(Rollup.defaults().withKeyResultOwnWeight(d("3")), set));
    // 0: the key result is scored by the work aligned to it alone
    assertEquals(d("1"), growRollup(Rollup.defaults().withKeyResultOwnWeight(BigDecimal.ZERO), set));
  }

  @Test
  void aKeyResultWeighingNothingItselfKeepsItsScoreWhenNoContributorHasOne() {
    Objective grow = Objective.of("grow", "Grow", Q4.id(), metric("grow-1", "5"));
    Objective team =
        Objective.of("team", "Team", Q4.id(), KeyResult.metric("team-1", "Hold it", d("5"), d("5")))
            .withParent("grow")
            .withParentKeyResult("grow-1");
    OkrSet set = OkrSet.of(List.of(Q4), List.of(grow, team));
    assertEquals(d("0.5"), growRollup(Rollup.defaults().withKeyResultOwnWeight(BigDecimal.ZERO), set));
  }

  @Test
  void aNegativeOwnWeightIsRefusedNamingTheSetting() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Rollup.defaults().withKeyResultOwnWeight(d("-1")));
    assertEquals("roll-up: keyResultOwnWeight must be 0 or more, was -1", e.getMessage());
  }

  private static Initiative initiative(
      String id, InitiativeStatus status, @Nullable String progress, String... krs) {
    Initiative.Builder b = Initiative.builder().id(id).title("Work " + id).status(status).addKeyResults(krs);
    if (progress != null) {
      b.progress(d(progress));
    }
    return b.build();
  }

  /** One objective with two key results scoring 0.4 and 0.8, and initiatives of every kind. */
  private static OkrSet withInitiatives() {
    Objective o = Objective.of("o", "O", Q4.id(), metric("o-1", "4"), metric("o-2", "8"));
    Objective other = Objective.of("p", "P", Q4.id(), metric("p-1", "1"));
    return OkrSet.of(List.of(Q4), List.of(o, other))
        .withInitiatives(
            List.of(
                initiative("reported", InitiativeStatus.ACTIVE, "0.6", "o-1"),
                initiative("finished", InitiativeStatus.DONE, null, "o-1", "o-2"),
                initiative("queued", InitiativeStatus.PLANNED, null, "o-2"),
                initiative("abandoned", InitiativeStatus.DROPPED, "0.3", "o-1"),
                initiative("silent", InitiativeStatus.ACTIVE, null, "o-2"),
                initiative("elsewhere", InitiativeStatus.ACTIVE, "0.9", "p-1")));
  }

  @Test
  void initiativesNeverCountByDefault() {
    ObjectiveRollup o = Rollup.defaults().compute(withInitiatives(), AS_OF).node("o").orElseThrow();
    assertEquals(Optional.of(d("0.6")), o.rollup());
    assertTrue(Rollup.contributions(o.derivation()).stream()
        .noneMatch(c -> c.item() == Derivation.Item.INITIATIVE));
  }

  @Test
  void withAWeightEachLinkedInitiativeCountsOnceByItsProgressAndTheRestAreNamed() {
    ObjectiveRollup o =
        Rollup.defaults().withInitiativeWeight(d("0.5")).compute(withInitiatives(), AS_OF)
            .node("o").orElseThrow();
    // (0.4 + 0.8 + 0.5 × 0.6 + 0.5 × 1 + 0.5 × 0) / 3.5 = 2 / 3.5: the done one counts once, not
    // once per key result it serves
    assertEquals(Optional.of(d("0.5714285714285714")), o.rollup());
    Derivation.WeightedMean mean = (Derivation.WeightedMean) o.derivation();
    assertEquals(
        List.of("o-1", "o-2", "reported", "finished", "queued"),
        mean.contributions().stream().map(Derivation.Contribution::id).toList());
    assertEquals(
        List.of(UndefinedReason.INITIATIVE_DROPPED, UndefinedReason.NO_PROGRESS),
        mean.excluded().stream().map(e -> e.why().reason()).toList());
    assertTrue(o.explanation().contains("0.5 × 0.60 [initiative 'reported']"), o.explanation());
    assertTrue(o.explanation().contains("'abandoned' left out: dropped: no longer counted"), o.explanation());
    assertTrue(o.explanation().contains("'silent' left out: active without a reported progress"),
        o.explanation());
  }

  @Test
  void aZeroOrNegativeInitiativeWeightIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class,
            () -> Rollup.defaults().withInitiativeWeight(BigDecimal.ZERO));
    assertEquals("roll-up: initiativeWeight must be more than 0, was 0", e.getMessage());
  }
}
