package org.okrkit.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.Outcome;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;

/** Each stored part is what its public accessor holds: the value, or null for empty. */
class StoredTest {
  private static final Stored.Access STORED = Stored.access();
  private static final LocalDate DAY = LocalDate.of(2026, 10, 8);

  private static <T> @Nullable T orNull(Optional<T> o) {
    return o.orElse(null);
  }

  private static void sameAsAccessors(CheckIn c) {
    assertEquals(orNull(c.value()), STORED.value(c), "value of " + c);
    assertEquals(orNull(c.delta()), STORED.delta(c), "delta of " + c);
    assertEquals(orNull(c.done()), STORED.done(c), "done of " + c);
    assertEquals(orNull(c.zone()), STORED.zone(c), "zone of " + c);
    assertEquals(orNull(c.confidence()), STORED.confidence(c), "confidence of " + c);
  }

  @Test
  void checkInPartsAreThePublicAccessorsValues() {
    for (CheckIn c :
        List.of(
            CheckIn.of(DAY, new BigDecimal("4.10")),
            CheckIn.of(DAY, 3).withConfidence(0.7),
            CheckIn.ofDelta(DAY, BigDecimal.TEN).withNote("wave 2"),
            CheckIn.ofDone(DAY, true),
            CheckIn.ofDone(DAY, false).withConfidence(ConfidenceScale.ZERO_TO_TEN, "7"),
            CheckIn.ofZone(DAY, Zone.COMMIT),
            CheckIn.builder().date(DAY).value(BigDecimal.ONE).putExtensions("x-a", "1").build())) {
      sameAsAccessors(c);
    }
  }

  @Test
  void valueCheckInIsTheCheckInTheBuilderMakes() {
    for (Optional<BigDecimal> confidence :
        List.of(Optional.<BigDecimal>empty(), Optional.of(new BigDecimal("0.70")),
            Optional.of(BigDecimal.ONE))) {
      for (BigDecimal value : List.of(new BigDecimal("4.10"), BigDecimal.ZERO, new BigDecimal("-3"))) {
        CheckIn built = CheckIn.builder().date(DAY).value(value).confidence(confidence).build();
        CheckIn made = STORED.valueCheckIn(DAY, value, orNull(confidence));
        assertEquals(built, made);
        assertEquals(built.hashCode(), made.hashCode());
        assertEquals(built.toString(), made.toString());
        sameAsAccessors(made);
      }
    }
  }

  @Test
  void valueCheckInKeepsTheInstancesItIsGiven() {
    LocalDate day = LocalDate.of(2026, 10, 8); // equal to DAY, another instance
    BigDecimal value = new BigDecimal("4.10");
    BigDecimal confidence = new BigDecimal("0.5");
    CheckIn made = STORED.valueCheckIn(day, value, confidence);
    assertSame(day, made.date());
    assertSame(value, STORED.value(made));
    assertSame(confidence, STORED.confidence(made));
  }

  @Test
  void valueCheckInRefusesWhatTheBuilderRefusesInTheSameWords() {
    List<BigDecimal> values =
        List.of(new BigDecimal("1e10001"), new BigDecimal("0." + "1".repeat(10_001)), BigDecimal.ONE,
            BigDecimal.ONE);
    List<Optional<BigDecimal>> confidences =
        List.of(Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("1.5")),
            Optional.of(new BigDecimal("-0.1")));
    for (int i = 0; i < values.size(); i++) {
      BigDecimal value = values.get(i);
      Optional<BigDecimal> confidence = confidences.get(i);
      IllegalArgumentException byBuilder =
          assertThrows(
              IllegalArgumentException.class,
              () -> CheckIn.builder().date(DAY).value(value).confidence(confidence).build());
      IllegalArgumentException byFactory =
          assertThrows(
              IllegalArgumentException.class,
              () -> STORED.valueCheckIn(DAY, value, orNull(confidence)));
      assertEquals(byBuilder.getMessage(), byFactory.getMessage());
    }
  }

  private static void sameAsAccessors(KeyResult k) {
    assertEquals(orNull(k.unit()), STORED.unit(k));
    assertEquals(orNull(k.baseline()), STORED.baseline(k));
    assertEquals(orNull(k.target()), STORED.target(k));
    assertEquals(orNull(k.start()), STORED.start(k));
    assertEquals(orNull(k.due()), STORED.due(k));
    assertEquals(orNull(k.cadence()), STORED.cadence(k));
    assertEquals(orNull(k.graceDays()), STORED.graceDays(k));
    assertEquals(orNull(k.close()), STORED.close(k));
    assertEquals(orNull(k.carriedFrom()), STORED.carriedFrom(k));
    assertEquals(orNull(k.kpi()), STORED.kpi(k));
    assertEquals(orNull(k.zones()), STORED.zones(k));
  }

  @Test
  void keyResultPartsAreThePublicAccessorsValues() {
    KeyResult bare = KeyResult.milestone("m-1", "Launch");
    KeyResult full =
        KeyResult.builder()
            .id("kr-1")
            .title("Raise NPS")
            .unit("points")
            .baseline(Baseline.of(BigDecimal.ONE, DAY))
            .target(Target.stepped(BigDecimal.TEN, BigDecimal.valueOf(8), BigDecimal.valueOf(12)))
            .start(DAY)
            .due(DAY.plusDays(30))
            .cadence(Period.ofWeeks(2))
            .graceDays(3)
            .close(CloseOut.on(DAY.plusDays(40)))
            .carriedFrom("kr-0")
            .kpi("nps")
            .zones(ZoneDescriptions.of("f", "c", "t", "s"))
            .build();
    sameAsAccessors(bare);
    sameAsAccessors(full);
    assertSame(full.unit().orElseThrow(), STORED.unit(full));
  }

  @Test
  void objectivePartsAreThePublicAccessorsValues() {
    Objective bare = Objective.of("o-1", "Delight customers", "q4");
    Objective full =
        Objective.builder()
            .id("o-2")
            .title("Grow")
            .cycle("q4")
            .description("why")
            .owner("Ana")
            .level(Level.TEAM)
            .parent("o-1")
            .parentKeyResult("kr-1")
            .close(CloseOut.builder().outcome(Outcome.ACHIEVED).build())
            .carriedFrom("o-0")
            .build();
    for (Objective o : List.of(bare, full)) {
      assertEquals(orNull(o.description()), STORED.description(o));
      assertEquals(orNull(o.owner()), STORED.owner(o));
      assertEquals(orNull(o.level()), STORED.level(o));
      assertEquals(orNull(o.parent()), STORED.parent(o));
      assertEquals(orNull(o.parentKeyResult()), STORED.parentKeyResult(o));
      assertEquals(orNull(o.close()), STORED.close(o));
      assertEquals(orNull(o.carriedFrom()), STORED.carriedFrom(o));
    }
  }

  @Test
  void baselineAndTargetPartsAreThePublicAccessorsValues() {
    for (Baseline b : List.of(Baseline.of(BigDecimal.ONE), Baseline.of(BigDecimal.ONE, DAY))) {
      assertEquals(orNull(b.date()), STORED.date(b));
    }
    for (Target t :
        List.of(
            Target.of(BigDecimal.ONE),
            Target.between(BigDecimal.ONE, BigDecimal.TEN),
            Target.stepped(BigDecimal.TEN, null, BigDecimal.valueOf(12)))) {
      assertEquals(orNull(t.upper()), STORED.upper(t));
      assertEquals(orNull(t.commit()), STORED.commit(t));
      assertEquals(orNull(t.stretch()), STORED.stretch(t));
    }
  }

  @Test
  void aSecondRegistrationIsRefused() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Stored.register(STORED));
    assertEquals("the model's stored parts are registered already", e.getMessage());
  }
}
