package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;

/** The scoring models in sentences and in the Markdown outline, losslessly. */
class ScoringOutlineTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Test
  void aSentenceWithLevelsReadsAsASteppedTarget() {
    KeyResult kr =
        KeyResultParser.parse("Increase recommendations from 120 to 150 (commit 130, stretch 180)")
            .toKeyResult("k");
    assertEquals(KeyResultKind.METRIC, kr.kind());
    assertEquals(new BigDecimal("120"), kr.baseline().orElseThrow().value());
    Target t = kr.target().orElseThrow();
    assertEquals(new BigDecimal("150"), t.value());
    assertEquals(new BigDecimal("130"), t.commit().orElseThrow());
    assertEquals(new BigDecimal("180"), t.stretch().orElseThrow());
  }

  @Test
  void aKeepBetweenSentenceReadsAsABand() {
    KeyResult kr = KeyResultParser.parse("Keep inventory cover between 10 and 20 days").toKeyResult("k");
    assertEquals(KeyResultKind.THRESHOLD, kr.kind());
    assertEquals(Target.between(10, 20), kr.target().orElseThrow());
    assertTrue(kr.baseline().isEmpty());
  }

  @Test
  void sentencesWithoutTheFormsAreReadAsBefore() {
    KeyResult kr = KeyResultParser.parse("Increase NPS from 30 to 45 (survey of Q3)").toKeyResult("k");
    assertFalse(kr.target().orElseThrow().isStepped());
    KeyResult keep = KeyResultParser.parse("Keep uptime at or above 99.9%").toKeyResult("k");
    assertFalse(keep.target().orElseThrow().isBand());
  }

  @Test
  void everyScoringModelSurvivesTheOutline() {
    Cycle q4 = Cycle.quarter(2026, 4);
    KeyResult stepped =
        KeyResult.builder()
            .id("s")
            .title("Grow weekly orders")
            .baseline(Baseline.of(120))
            .target(Target.stepped(new BigDecimal("150"), new BigDecimal("130"), null))
            .build();
    KeyResult band =
        KeyResult.threshold("b", "Hold stock", Target.between(10, 20))
            .plusCheckIn(CheckIn.of(DAY, 12));
    KeyResult zones =
        KeyResult.builder()
            .id("z")
            .title("Win design partners")
            .kind(KeyResultKind.ZONES)
            .zones(ZoneDescriptions.of("none", "one pilot", "two paying", "a reference: public"))
            .addCheckIns(CheckIn.ofZone(DAY, Zone.TARGET))
            .build();
    KeyResult delta =
        KeyResult.metric("d", "Sell 100 more memberships, from 0 to 100", 0, 100)
            .plusCheckIn(CheckIn.ofDelta(DAY, new BigDecimal("20")))
            .plusCheckIn(CheckIn.ofDelta(DAY.plusDays(7), new BigDecimal("-2.5")));
    KeyResult pending =
        KeyResult.builder().id("p").title("Lift NPS").baseline(Baseline.of(31)).targetPending(true).build();
    OkrSet set =
        OkrSet.builder()
            .cycles(List.of(q4))
            .objectives(
                List.of(
                    Objective.builder()
                        .id("o")
                        .title("Make the shop the place customers come back to")
                        .cycle(q4.id())
                        .keyResults(List.of(stepped, band, zones, delta, pending))
                        .build()))
            .scoring(
                ScoringSettings.builder()
                    .cap(new BigDecimal("1.2"))
                    .noFloor(true)
                    .thresholdCredit("hit-ratio")
                    .bandCredit("partial")
                    .greenFrom(new BigDecimal("0.8"))
                    .yellowFrom(new BigDecimal("0.5"))
                    .build())
            .build();
    String md = OkrOutline.write(set);
    assertEquals(set, OkrOutline.read(md), md);
    assertTrue(md.contains("delta 20"), md);
    assertTrue(md.contains("zone target"), md);
  }
}
