package org.okrkit.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.model.OkrSet;
import org.okrkit.rollup.Rollup;

/** The benchmarks' physical baseline must compute the library's numbers, or its ratios mean nothing. */
class FlatRollupTest {
  @Test
  void baselineAgreesWithTheLibraryOnAGeneratedOrganisation() {
    OkrSet set = Workloads.organisation(3_000);
    for (LocalDate asOf :
        new LocalDate[] {
          LocalDate.of(2026, 9, 1), Workloads.AS_OF, LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 1)
        }) {
      Agreement.check(Rollup.defaults().compute(set, asOf), FlatRollup.of(set), asOf);
    }
  }

  @Test
  void checksumIsTheSumOfDefinedRollups() {
    OkrSet set = Workloads.organisation(500);
    FlatRollup flat = FlatRollup.of(set);
    double expected =
        Rollup.defaults().compute(set, Workloads.AS_OF).nodes().stream()
            .mapToDouble(n -> n.rollup().map(BigDecimal::doubleValue).orElse(0.0))
            .sum();
    assertEquals(expected, flat.compute(Workloads.AS_OF), 1e-6);
  }

  @Test
  void agreementCheckRejectsABaselineThatComputesOtherNumbers() {
    OkrSet set = Workloads.organisation(500);
    // scored a month later, the baseline's numbers differ from the library's on the as-of date
    FlatRollup flat = FlatRollup.of(set);
    var library = Rollup.defaults().compute(set, Workloads.AS_OF);
    assertThrows(
        IllegalStateException.class,
        () -> Agreement.check(library, flat, Workloads.AS_OF.plusMonths(1)));
  }
}
