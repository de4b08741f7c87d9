package org.okrkit.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.validation.Finding;
import org.okrkit.validation.RuleSet;
import org.okrkit.validation.Validator;

/** Closing and carrying forward keep their promises on random year documents. */
class LifecycleProperties {
  @Provide
  Arbitrary<OkrSet> sets() {
    return Arbitraries.randomValue(Sets::random);
  }

  private static List<String> structuralErrors(OkrSet set) {
    List<String> out = new ArrayList<>();
    for (Finding f : Validator.of(RuleSet.structuralOnly()).validate(set, Sets.Q4.start())) {
      if (f.isError()) {
        out.add(f.toString());
      }
    }
    return out;
  }

  @Property(tries = 300)
  void generatedSetsHaveNoStructuralError(@ForAll("sets") OkrSet set) {
    assertEquals(List.of(), structuralErrors(set));
  }

  @Property(tries = 300)
  void carryingForwardNeverChangesTheOldCycle(@ForAll("sets") OkrSet set) {
    CarryResult r = CarryForward.carryForward(set, "2026-Q3", Sets.Q4);
    List<Objective> before = set.objectives();
    assertEquals(before, r.set().objectives().subList(0, before.size()));
    for (Objective o : r.set().objectives().subList(before.size(), r.set().objectives().size())) {
      assertEquals("2026-Q4", o.cycle());
    }
    assertEquals(set.cycles(), r.set().cycles().subList(0, set.cycles().size()));
  }

  @Property(tries = 300)
  void carryingForwardAValidSetGivesAValidSet(@ForAll("sets") OkrSet set) {
    assertEquals(List.of(), structuralErrors(CarryForward.carryForward(set, "2026-Q3", Sets.Q4).set()));
    OkrSet undecidedToo = CarryForward.carryForward(set, "2026-Q3", Sets.Q4,
        CarryOptions.defaults().withCarryUndecided(true)
            .withBaselineRule(CarryOptions.BaselineRule.KEEP)).set();
    assertEquals(List.of(), structuralErrors(undecidedToo));
  }

  @Property(tries = 200)
  void carryingTwiceAddsNothingTheSecondTime(@ForAll("sets") OkrSet set) {
    OkrSet once = CarryForward.carryForward(set, "2026-Q3", Sets.Q4).set();
    CarryResult twice = CarryForward.carryForward(once, "2026-Q3", Sets.Q4);
    assertEquals(once.objectives(), twice.set().objectives());
  }

  @Property(tries = 300)
  void closingThenReopeningIsIdentityOnEverythingButTheCloseOut(@ForAll("sets") OkrSet set) {
    OkrSet closed = CycleClosing.close(set, "2026-Q3").set();
    OkrSet reopened = CycleClosing.reopen(closed, "2026-Q3");
    assertEquals(Sets.withoutCloseOuts(set), Sets.withoutCloseOuts(reopened));
    assertEquals(set.cycles(), reopened.cycles());
    assertEquals(set.initiatives(), reopened.initiatives());
    for (int i = 0; i < set.objectives().size(); i++) {
      Objective o = set.objectives().get(i);
      Objective back = reopened.objectives().get(i);
      // the retrospective survives; nothing else of the close-out does
      assertEquals(o.close().flatMap(c -> c.retrospective()),
          back.close().flatMap(c -> c.retrospective()));
      if (o.cycle().equals("2026-Q3")) {
        assertEquals(false, back.isClosed());
      } else {
        assertEquals(o, back);
      }
    }
  }

  @Property(tries = 200)
  void closingTwiceIsClosingOnce(@ForAll("sets") OkrSet set) {
    OkrSet once = CycleClosing.close(set, "2026-Q3").set();
    assertEquals(once, CycleClosing.close(once, "2026-Q3").set());
  }
}
