package org.okrkit.examples.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okrkit.examples.view.ScoreViews;
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
    return ScoreViews.mainCycle(set).map(c -> c.clamp(today)).orElse(today);
  }

}
