package org.okrkit.examples.bench;

import java.time.LocalDate;
import org.okrkit.examples.generate.OrganisationGenerator;
import org.okrkit.json.OkrJsonLimits;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * The organisations every benchmark runs on: {@link OrganisationGenerator} documents (depth 4,
 * twelve weekly check-ins per key result, fixed seed), sized by their number of key results.
 */
final class Workloads {
  /** The as-of date of every scoring benchmark: week 8 of the generated Q4 2026 cycle. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private static final long SEED = 20261201L;
  /** The generator gives two to five key results per objective: 3.5 on average. */
  private static final double KEY_RESULTS_PER_OBJECTIVE = 3.5;

  private Workloads() {}

  /** A generated organisation with about {@code keyResults} key results. */
  static OkrSet organisation(int keyResults) {
    int objectives = (int) Math.max(1, Math.round(keyResults / KEY_RESULTS_PER_OBJECTIVE));
    return OrganisationGenerator.of(objectives, 4, SEED).generate();
  }

  /** The number of key results in {@code set}. */
  static int keyResults(OkrSet set) {
    int n = 0;
    for (Objective o : set.objectives()) {
      n += o.keyResults().size();
    }
    return n;
  }

  /** The number of check-ins in {@code set}. */
  static long checkIns(OkrSet set) {
    long n = 0;
    for (Objective o : set.objectives()) {
      for (KeyResult kr : o.keyResults()) {
        n += kr.checkIns().size();
      }
    }
    return n;
  }

  /** okr-json's limits raised just enough for a document of {@code bytes} bytes. */
  static OkrJsonLimits limitsFor(long bytes) {
    return OkrJsonLimits.defaults()
        .withMaxDocumentBytes(bytes)
        .withMaxObjectives(Integer.MAX_VALUE)
        .withMaxKeyResults(Integer.MAX_VALUE)
        .withMaxCheckIns(Long.MAX_VALUE);
  }
}
