package org.okrkit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.okrkit.internal.Checks;
import org.okrkit.validation.Rule;
import org.okrkit.validation.RuleSet;

/** The smaller defects of issue 11, item 20, each pinned by the call that showed it. */
class SmallApiFixesTest {
  @Test
  void aQuarterOfAYearJavaCannotHoldIsTheDocumentedIllegalArgumentException() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Cycle.quarter(-1_000_000_000, 1));
    assertEquals("year must be within -999999999..999999999, was -1000000000", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Cycle.year(Integer.MAX_VALUE));
  }

  @Test
  @SuppressWarnings("NullAway") // a caller without NullAway can pass null: the message must say so
  void disablingANullRuleSaysSoInWords() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> RuleSet.defaults().disable((Rule) null));
    assertEquals("a rule to disable is null", e.getMessage());
  }

  @Test
  void aWeightSumOfEverydayMagnitudeIsNotPrintedAsAnExponent() {
    BigDecimal sum = BigDecimal.ONE.add(new BigDecimal("1e-200"));
    assertEquals("1.0… (201 digits)", Checks.format(sum));
    assertEquals("9.9999999999999999999…E+10000",
        Checks.format(BigDecimal.TEN.pow(10_001).subtract(BigDecimal.ONE)));
  }
}
