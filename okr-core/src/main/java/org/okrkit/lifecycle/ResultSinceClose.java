package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.Scorer;

/**
 * The result since close of a key result marked {@link KeyResult#trackAfterClose()} (the seeds'
 * "metrics review"): its score at the close beside its score now, from the check-ins recorded
 * after the close, so a team can see whether the result held. It is kept apart from the cycle's
 * own score, which stays the score at the close.
 *
 * @param keyResultId the id of the key result
 * @param objectiveId the id of its objective
 * @param closedOn the close date: the objective's close-out date, else its cycle's end
 * @param atClose the score as of the close date, if defined
 * @param now the score as of the review date, from every check-in up to it, if defined
 * @param lastCheckIn the date of the latest check-in after the close, if there is one
 * @param held true when there is a check-in after the close and the score now is not below the
 *     score at the close
 */
public record ResultSinceClose(
    String keyResultId,
    String objectiveId,
    LocalDate closedOn,
    Optional<BigDecimal> atClose,
    Optional<BigDecimal> now,
    Optional<LocalDate> lastCheckIn,
    boolean held) {

  /**
   * A result since close; every component must be present.
   *
   * @param keyResultId the id of the key result
   * @param objectiveId the id of its objective
   * @param closedOn the close date: the objective's close-out date, else its cycle's end
   * @param atClose the score as of the close date, if defined
   * @param now the score as of the review date, from every check-in up to it, if defined
   * @param lastCheckIn the date of the latest check-in after the close, if there is one
   * @param held true when there is a check-in after the close and the score now is not below the
   *     score at the close
   */
  public ResultSinceClose {
    Objects.requireNonNull(keyResultId, "keyResultId");
    Objects.requireNonNull(objectiveId, "objectiveId");
    Objects.requireNonNull(closedOn, "closedOn");
    Objects.requireNonNull(atClose, "atClose");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(lastCheckIn, "lastCheckIn");
  }

  /**
   * The result since close, as of {@code asOf}, of every key result tracked after close whose
   * objective is closed or whose cycle has ended by {@code asOf}, in document order.
   *
   * @param set the OKR set
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param scorer the scorer of key results
   * @return the result since close, as of {@code asOf}, of every key result tracked after close
   *     whose objective is closed or whose cycle has ended by {@code asOf}, in document order
   * @throws NullPointerException if an argument is null
   */
  public static List<ResultSinceClose> of(OkrSet set, LocalDate asOf, Scorer scorer) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scorer, "scorer");
    List<ResultSinceClose> out = new ArrayList<>();
    for (Objective o : set.objectives()) {
      Optional<LocalDate> closed = o.close().flatMap(CloseOut::date);
      if (closed.isEmpty()) {
        closed = set.cycle(o.cycle()).map(Cycle::end);
      }
      if (closed.isEmpty() || closed.get().isAfter(asOf)) {
        continue;
      }
      LocalDate on = closed.get();
      for (KeyResult kr : o.keyResults()) {
        if (!kr.trackAfterClose()) {
          continue;
        }
        KeyResultScore atClose = scorer.score(kr, on);
        KeyResultScore now = scorer.score(kr, asOf);
        Optional<LocalDate> last = Optional.empty();
        for (CheckIn c : kr.checkIns()) {
          if (c.date().isAfter(on) && !c.date().isAfter(asOf)
              && (last.isEmpty() || c.date().isAfter(last.get()))) {
            last = Optional.of(c.date());
          }
        }
        boolean held = last.isPresent() && atClose.score().isPresent()
            && now.score().isPresent() && now.score().get().compareTo(atClose.score().get()) >= 0;
        out.add(new ResultSinceClose(
            kr.id(), o.id(), on, atClose.score(), now.score(), last, held));
      }
    }
    return out;
  }
}
