package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.okrkit.validation.Fixtures.AS_OF;
import static org.okrkit.validation.Fixtures.clean;
import static org.okrkit.validation.Fixtures.d;
import static org.okrkit.validation.Fixtures.keyResult;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.OkrSet;

/** A finding whose text is written when first read reads, compares and prints as one given whole. */
class FindingTest {
  private static final OkrSet FUTURE =
      keyResult(
          clean(),
          0,
          1,
          kr -> kr.plusCheckIn(CheckIn.of(d(11, 20), 140)).plusCheckIn(CheckIn.of(d(11, 27), 145)));

  private static List<Finding> future() {
    List<Finding> findings = Validator.defaults().validate(FUTURE, AS_OF);
    assertEquals(2, findings.size(), findings.toString());
    return findings;
  }

  @Test
  void aFutureCheckInIsReportedWithItsPointerIdsAndSentence() {
    Finding f = future().get(0);
    assertEquals(Rule.CHECK_IN_IN_FUTURE, f.rule());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals("/objectives/0/keyResults/1/checkIns/2/date", f.pointer());
    assertEquals(List.of("cs-2", "co"), f.location().ids());
    assertEquals(
        "key result 'cs-2' has a check-in dated 2026-11-20, after the as-of date 2026-11-10.",
        f.message());
    assertEquals("Correct the date: a check-in records a value already measured.", f.hint());
    assertEquals(
        "WARNING check-in-in-future /objectives/0/keyResults/1/checkIns/2/date: key result 'cs-2'"
            + " has a check-in dated 2026-11-20, after the as-of date 2026-11-10. Fix: Correct the"
            + " date: a check-in records a value already measured.",
        f.toString());
    assertEquals("/objectives/0/keyResults/1/checkIns/3/date", future().get(1).pointer());
  }

  @Test
  void aFindingWrittenOnFirstReadEqualsTheFindingGivenItsParts() {
    for (Finding lazy : future()) {
      Finding given =
          new Finding(lazy.rule(), lazy.severity(), lazy.location(), lazy.message(), lazy.hint());
      assertEquals(given, lazy);
      assertEquals(lazy, given);
      assertEquals(given.hashCode(), lazy.hashCode());
      assertEquals(given.toString(), lazy.toString());
    }
    // read in any order, first the hash, then the text: the same
    Finding first = future().get(0);
    Finding again = future().get(0);
    assertEquals(first.hashCode(), again.hashCode());
    assertSame(first.message(), first.message());
    assertEquals(first, again);
    assertNotEquals(future().get(0), future().get(1));
  }

  @Test
  void aFindingDiffersFromOneWithAnotherPartChanged() {
    Finding f = future().get(0);
    assertNotEquals(
        new Finding(f.rule(), Severity.ERROR, f.location(), f.message(), f.hint()), f);
    assertNotEquals(
        new Finding(f.rule(), f.severity(), f.location(), f.message() + "!", f.hint()), f);
    assertNotEquals(
        new Finding(f.rule(), f.severity(), f.location(), f.message(), f.hint() + "!"), f);
    assertNotEquals(
        new Finding(
            Rule.CHECK_IN_OUTSIDE_CYCLE, f.severity(), f.location(), f.message(), f.hint()),
        f);
    assertNotEquals(
        new Finding(
            f.rule(), f.severity(), new Location(List.of("x"), f.pointer()), f.message(), f.hint()),
        f);
  }
}
