package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/** {@link Validator#introducedBy}: only what an edit broke, not what the set had broken already. */
class IntroducedFindingsTest {
  @Test
  void onlyTheFindingsOfTheChangeAreReturned() {
    OkrSet before = Fixtures.clean();
    Objective first = before.objectives().get(0);
    KeyResult kr = first.keyResults().get(0);
    // an edit the model accepts unchecked: a check-in after the cycle, set through withObjectives
    Objective edited = first.withKeyResult(kr.plusCheckIn(CheckIn.of(LocalDate.of(2027, 3, 1), 1)));
    List<Objective> objectives = new java.util.ArrayList<>(before.objectives());
    objectives.set(0, edited);
    OkrSet after = before.withObjectives(objectives);
    List<Finding> introduced = Validator.defaults().introducedBy(before, after, Fixtures.AS_OF);
    assertEquals(List.of("check-in-outside-cycle"),
        introduced.stream().filter(Finding::isError).map(Finding::ruleId).toList());
    assertEquals(List.of(), Validator.defaults().introducedBy(after, after, Fixtures.AS_OF));
  }
}
