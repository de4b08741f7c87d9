package org.okrkit.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;

/**
 * Whether a committed objective was graded below 1.0 at the end of its cycle. With positive
 * weights, an objective's score is 1.0 exactly when every key result fully reached its target, so
 * this needs no weighted average: it finds the first key result that did not.
 *
 * <p>A key result's state at the cycle end is its last check-in dated on or before that day (the
 * later one in list order on a tie). A metric is met when that value reached the target in the
 * direction from the baseline; a threshold when the value is on the right side of its bound; a
 * milestone when it is done. A key result with no such check-in is not met. A key result that
 * cannot be scored (no target, a metric without a baseline or whose baseline equals its target, a
 * check-in of the wrong kind) is left to the structural rules and skipped here. When no key result
 * has a check-in by the cycle end there is no grade at all, and {@link Rule#NEVER_CHECKED_IN}
 * reports the key results instead.
 */
final class CommittedGrade {
  private CommittedGrade() {}

  /** The first key result of {@code o} below its target on {@code end}, if the objective has a grade. */
  static Optional<KeyResult> missedKeyResult(Objective o, LocalDate end) {
    KeyResult missed = null;
    boolean graded = false;
    for (KeyResult kr : o.keyResults()) {
      CheckIn last = lastOnOrBefore(kr, end);
      graded |= last != null;
      Optional<Boolean> met = met(kr, last);
      if (met.isPresent() && !met.get() && missed == null) {
        missed = kr;
      }
    }
    return graded ? Optional.ofNullable(missed) : Optional.empty();
  }

  private static @Nullable CheckIn lastOnOrBefore(KeyResult kr, LocalDate end) {
    CheckIn last = null;
    for (CheckIn c : kr.checkIns()) {
      if (!c.date().isAfter(end) && (last == null || !c.date().isBefore(last.date()))) {
        last = c;
      }
    }
    return last;
  }

  /** Whether the key result met its target, or empty when it cannot be scored. */
  private static Optional<Boolean> met(KeyResult kr, @Nullable CheckIn last) {
    switch (kr.kind()) {
      case MILESTONE:
        if (last == null) {
          return Optional.of(false);
        }
        return last.done().isPresent() ? last.done() : Optional.empty();
      case THRESHOLD:
        {
          if (kr.target().isEmpty() || !kr.target().get().isBound()) {
            return Optional.empty();
          }
          if (last == null) {
            return Optional.of(false);
          }
          if (last.value().isEmpty()) {
            return Optional.empty();
          }
          Target t = kr.target().get();
          int cmp = last.value().get().compareTo(t.value());
          return Optional.of(t.side() == org.okrkit.model.TargetSide.AT_LEAST ? cmp >= 0 : cmp <= 0);
        }
      case METRIC:
      default:
        {
          if (kr.target().isEmpty() || kr.target().get().isBound() || kr.baseline().isEmpty()) {
            return Optional.empty();
          }
          BigDecimal from = kr.baseline().map(Baseline::value).orElseThrow();
          BigDecimal to = kr.target().get().value();
          int direction = to.compareTo(from);
          if (direction == 0) {
            return Optional.empty();
          }
          if (last == null) {
            return Optional.of(false);
          }
          if (last.value().isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(last.value().get().compareTo(to) * direction >= 0);
        }
    }
  }
}
