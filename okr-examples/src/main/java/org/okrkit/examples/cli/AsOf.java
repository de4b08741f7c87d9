package org.okrkit.examples.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/** The date a document is scored as of: the one asked for, else today clamped into its cycle. */
final class AsOf {
  private AsOf() {}

  /**
   * {@code asked} when given (a date outside the cycle is the user's choice), else today by
   * {@code clock}, clamped into the document's cycle so a finished quarter shows its final
   * scores and an upcoming one its start.
   */
  static LocalDate resolve(@Nullable LocalDate asked, Clock clock, OkrSet set) {
    if (asked != null) {
      return asked;
    }
    LocalDate today = LocalDate.now(clock);
    return mainCycle(set).map(c -> c.clamp(today)).orElse(today);
  }

  /** The cycle most objectives belong to (the first one on a tie), else the first cycle. */
  static Optional<Cycle> mainCycle(OkrSet set) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    String best = null;
    int bestCount = 0;
    for (Objective o : set.objectives()) {
      int n = counts.merge(o.cycle(), 1, Integer::sum);
      if (n > bestCount && set.cycle(o.cycle()).isPresent()) {
        best = o.cycle();
        bestCount = n;
      }
    }
    if (best != null) {
      return set.cycle(best);
    }
    return set.cycles().stream().findFirst();
  }
}
