package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.model.Baseline;
import org.okrkit.model.Change;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Target;

/**
 * Mid-cycle changes keep time travel exact: a key result whose target (or baseline) changed on a
 * day scores, on every date, exactly like the key result that always had the value in force that
 * day.
 */
class TargetChangeProperties {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000"), new BigDecimal("1000"))
        .ofScale(2);
  }

  private static KeyResult withCheckIns(KeyResult kr, List<BigDecimal> values) {
    List<CheckIn> checkIns = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      checkIns.add(CheckIn.of(START.plusDays(7L * i), values.get(i)));
    }
    return kr.withCheckIns(checkIns);
  }

  @Property
  void scoringWithATargetChangeEqualsScoringEachHalfWithItsTarget(
      @ForAll("values") BigDecimal baseline,
      @ForAll("values") BigDecimal before,
      @ForAll("values") BigDecimal after,
      @ForAll @IntRange(min = 0, max = 90) int changeDay,
      @ForAll @IntRange(min = 0, max = 91) int asOfDay,
      @ForAll("checkIns") List<BigDecimal> checkIns) {
    Assume.that(baseline.compareTo(before) != 0 && baseline.compareTo(after) != 0);
    LocalDate changed = START.plusDays(changeDay);
    LocalDate asOf = START.plusDays(asOfDay);
    KeyResult changing = withCheckIns(
        KeyResult.metric("k", "t", baseline, after)
            .withChanges(List.of(Change.ofTarget(changed, before, after, "re-planned"))),
        checkIns);
    KeyResult firstHalf = withCheckIns(KeyResult.metric("k", "t", baseline, before), checkIns);
    KeyResult secondHalf = withCheckIns(KeyResult.metric("k", "t", baseline, after), checkIns);
    KeyResult expected = asOf.isBefore(changed) ? firstHalf : secondHalf;
    KeyResultScore got = Scorer.defaults().score(changing, asOf);
    KeyResultScore want = Scorer.defaults().score(expected, asOf);
    assertEquals(want.score(), got.score());
    assertEquals(want.raw(), got.raw());
    assertEquals(want.current(), got.current());
  }

  @Property
  void scoringWithABaselineChangeEqualsScoringEachHalfWithItsBaseline(
      @ForAll("values") BigDecimal before,
      @ForAll("values") BigDecimal after,
      @ForAll("values") BigDecimal target,
      @ForAll @IntRange(min = 0, max = 90) int changeDay,
      @ForAll @IntRange(min = 0, max = 91) int asOfDay,
      @ForAll("checkIns") List<BigDecimal> checkIns) {
    Assume.that(target.compareTo(before) != 0 && target.compareTo(after) != 0);
    LocalDate changed = START.plusDays(changeDay);
    LocalDate asOf = START.plusDays(asOfDay);
    KeyResult changing = withCheckIns(
        KeyResult.builder().id("k").title("t").baseline(Baseline.of(after))
            .target(Target.of(target))
            .addChanges(Change.ofBaseline(changed, before, after, "re-measured"))
            .build(),
        checkIns);
    BigDecimal inForce = asOf.isBefore(changed) ? before : after;
    KeyResult expected = withCheckIns(KeyResult.metric("k", "t", inForce, target), checkIns);
    assertEquals(Scorer.defaults().score(expected, asOf).score(),
        Scorer.defaults().score(changing, asOf).score());
  }

  @Provide
  Arbitrary<List<BigDecimal>> checkIns() {
    return values().list().ofMaxSize(13);
  }
}
