package org.okrkit.examples.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.TargetSide;

class OrganisationGeneratorTest {

  @Test
  void sameSeedGivesTheSameDocumentAndAnotherSeedAnotherOne() {
    OkrSet a = OrganisationGenerator.of(50, 3, 42).generate();
    OkrSet b = OrganisationGenerator.of(50, 3, 42).generate();
    OkrSet c = OrganisationGenerator.of(50, 3, 43).generate();
    assertEquals(a, b);
    assertNotEquals(a, c);
  }

  @Test
  void buildsExactlyTheObjectivesAskedForWithTwoToFiveKeyResultsEach() {
    OkrSet set = OrganisationGenerator.of(137, 4, 1).generate();
    assertEquals(137, set.objectives().size());
    Set<String> ids = new HashSet<>();
    for (Objective o : set.objectives()) {
      assertTrue(ids.add(o.id()), "unique id " + o.id());
      assertTrue(o.keyResults().size() >= 2 && o.keyResults().size() <= 5, o.id());
      assertTrue(o.owner().isPresent(), "every objective has an owner");
      for (KeyResult kr : o.keyResults()) {
        assertTrue(ids.add(kr.id()), "unique id " + kr.id());
      }
    }
  }

  @Test
  void everyObjectiveAlignsToAnObjectiveOneLevelUp() {
    OkrSet set = OrganisationGenerator.of(200, 4, 9).generate();
    Map<String, Objective> byId = new HashMap<>();
    set.objectives().forEach(o -> byId.put(o.id(), o));
    Set<Level> levels = EnumSet.noneOf(Level.class);
    for (Objective o : set.objectives()) {
      Level level = o.level().orElseThrow();
      levels.add(level);
      if (level == Level.COMPANY) {
        assertTrue(o.parent().isEmpty());
      } else {
        Objective parent = java.util.Objects.requireNonNull(byId.get(o.parent().orElseThrow()));
        assertEquals(above(level), parent.level().orElseThrow(), o.id());
      }
    }
    assertEquals(EnumSet.allOf(Level.class), levels);
  }

  private static Level above(Level level) {
    return switch (level) {
      case DEPARTMENT -> Level.COMPANY;
      case TEAM -> Level.DEPARTMENT;
      case INDIVIDUAL -> Level.TEAM;
      case COMPANY -> throw new AssertionError("nothing is above the company");
    };
  }

  @Test
  void coversEveryKindOfKeyResultAndBothObjectiveTypes() {
    OkrSet set = OrganisationGenerator.of(60, 3, 5).generate();
    boolean increasing = false;
    boolean decreasing = false;
    Set<KeyResultKind> kinds = EnumSet.noneOf(KeyResultKind.class);
    Set<TargetSide> sides = EnumSet.noneOf(TargetSide.class);
    Set<ObjectiveType> types = EnumSet.noneOf(ObjectiveType.class);
    for (Objective o : set.objectives()) {
      types.add(o.type());
      for (KeyResult kr : o.keyResults()) {
        kinds.add(kr.kind());
        kr.target().ifPresent(t -> sides.add(t.side()));
        if (kr.kind() == KeyResultKind.METRIC) {
          int cmp = kr.target().orElseThrow().value().compareTo(kr.baseline().orElseThrow().value());
          increasing |= cmp > 0;
          decreasing |= cmp < 0;
          assertTrue(cmp != 0, "baseline and target differ: " + kr.id());
        }
      }
    }
    assertEquals(EnumSet.allOf(KeyResultKind.class), kinds);
    assertEquals(EnumSet.allOf(TargetSide.class), sides);
    assertEquals(EnumSet.allOf(ObjectiveType.class), types);
    assertTrue(increasing && decreasing);
  }

  @Test
  void checkInsAreWeeklyWithinTheQuarterAndCarryConfidence() {
    OkrSet set = OrganisationGenerator.of(10, 2, 3).generate();
    for (Objective o : set.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        assertEquals(12, kr.checkIns().size(), kr.id());
        LocalDate previous = LocalDate.of(2026, 10, 1);
        for (CheckIn c : kr.checkIns()) {
          assertEquals(7, c.date().toEpochDay() - previous.toEpochDay());
          assertEquals(DayOfWeek.THURSDAY, c.date().getDayOfWeek());
          previous = c.date();
          if (kr.kind() != KeyResultKind.MILESTONE) {
            assertTrue(c.confidence().isPresent());
          }
        }
      }
    }
    OkrSet fresh = OrganisationGenerator.of(10, 2, 3).withWeeks(0).generate();
    fresh.objectives().forEach(o -> o.keyResults().forEach(kr -> assertTrue(kr.checkIns().isEmpty())));
  }

  @Test
  void depthBeyondTheObjectiveCountMakesAChain() {
    OkrSet set = OrganisationGenerator.of(5, 50, 1).generate();
    assertEquals(5, set.objectives().size());
    for (int i = 1; i < 5; i++) {
      assertEquals(set.objectives().get(i - 1).id(), set.objectives().get(i).parent().orElseThrow());
    }
  }

  @Test
  void nonsenseSizesAreRejectedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> OrganisationGenerator.of(0, 3, 1));
    assertTrue(String.valueOf(e.getMessage()).contains("was 0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OrganisationGenerator.of(10, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> OrganisationGenerator.of(10, 2, 1).withWeeks(-1));
  }

  @Test
  void aHundredThousandObjectivesAreGenerated() {
    // no wall-clock limit: it failed a build on a loaded shared machine (23 s against the 20 s it
    // allowed); speed is the benchmarks' business, never a test's
    OkrSet set = OrganisationGenerator.of(100_000, 4, 1).withWeeks(2).generate();
    assertEquals(100_000, set.objectives().size());
  }
}
