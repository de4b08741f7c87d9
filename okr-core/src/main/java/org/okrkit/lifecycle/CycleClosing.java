package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.validation.Finding;
import org.okrkit.validation.Validator;

/**
 * Closing a cycle, and reopening it: "as the cycle closes, make a final calculation of how far we
 * got and run a retrospective".
 *
 * <p>{@link #close} grades every objective of the cycle as of the cycle's end date and writes a
 * close-out on each: the close date (the cycle's end, unless the objective was closed earlier)
 * and the computed grade; an outcome, decision, retrospective or adjusted grade already written
 * is kept, because those are the owner's judgement and never the library's. Key results get their
 * computed grade recorded only when they carry a close-out of their own. The result lists what
 * still needs an outcome, a decision or an adjustment reason, and what the validator says about
 * the close-outs.
 *
 * <p>{@link #reopen} takes the close-outs off again but keeps each retrospective (a retrospective
 * is never thrown away). Reopening a closed cycle gives back the set as it was before closing,
 * except for the close-outs. Both are pure functions: the input set is never changed.
 */
public final class CycleClosing {
  private CycleClosing() {}

  /**
   * Closes cycle {@code cycleId} of {@code set} as of its end date with {@link Scorer#defaults()}.
   *
   * @param set the OKR set
   * @param cycleId the cycle's id
   * @return closes cycle {@code cycleId} of {@code set} as of its end date with {@link
   *     Scorer#defaults()}
   * @throws IllegalArgumentException if the set has no cycle {@code cycleId}
   * @throws NullPointerException if an argument is null
   */
  public static ClosingResult close(OkrSet set, String cycleId) {
    return close(set, cycleId, Scorer.defaults());
  }

  /**
   * Closes cycle {@code cycleId} of {@code set} as of its end date, grading with {@code scorer}.
   *
   * @param set the OKR set
   * @param cycleId the cycle's id
   * @param scorer the scorer of key results
   * @return closes cycle {@code cycleId} of {@code set} as of its end date, grading with {@code
   *     scorer}
   * @throws IllegalArgumentException if the set has no cycle {@code cycleId}
   * @throws NullPointerException if an argument is null
   */
  public static ClosingResult close(OkrSet set, String cycleId, Scorer scorer) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(cycleId, "cycleId");
    Objects.requireNonNull(scorer, "scorer");
    Cycle cycle = Cycles.require(set, cycleId);
    List<Objective> objectives = new ArrayList<>(set.objectives().size());
    List<ClosedGrade> grades = new ArrayList<>();
    List<CloseNeed> needs = new ArrayList<>();
    Set<String> closedIds = new HashSet<>();
    for (Objective o : set.objectives()) {
      if (!o.cycle().equals(cycleId)) {
        objectives.add(o);
        continue;
      }
      Objective closed = closeObjective(o, cycle, scorer, grades);
      objectives.add(closed);
      closedIds.add(closed.id());
      need(closed).ifPresent(needs::add);
    }
    OkrSet result = set.withObjectives(objectives);
    LocalDate end = cycle.end();
    List<Finding> findings = new ArrayList<>();
    for (Finding f : Validator.defaults().validate(result, end)) {
      if (f.rule().id().startsWith("close-") || f.rule().id().equals("check-in-after-close")) {
        if (!f.location().ids().isEmpty() && closedIds.contains(last(f.location().ids()))) {
          findings.add(f);
        }
      }
    }
    return new ClosingResult(result, cycle, grades, needs, findings);
  }

  /**
   * Reopens cycle {@code cycleId}: every close-out of its objectives and key results is removed,
   * keeping only its retrospective (and its extensions) when it has one.
   *
   * @param set the OKR set
   * @param cycleId the cycle's id
   * @return reopens cycle {@code cycleId}
   * @throws IllegalArgumentException if the set has no cycle {@code cycleId}
   * @throws NullPointerException if an argument is null
   */
  public static OkrSet reopen(OkrSet set, String cycleId) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(cycleId, "cycleId");
    Cycles.require(set, cycleId);
    List<Objective> objectives = new ArrayList<>(set.objectives().size());
    for (Objective o : set.objectives()) {
      if (!o.cycle().equals(cycleId)) {
        objectives.add(o);
        continue;
      }
      List<KeyResult> krs = new ArrayList<>(o.keyResults().size());
      for (KeyResult kr : o.keyResults()) {
        krs.add(kr.close().isPresent() ? kr.withClose(reopened(kr.close().get())) : kr);
      }
      Objective open = o.withKeyResults(krs);
      objectives.add(o.close().isPresent() ? open.withClose(reopened(o.close().get())) : open);
    }
    return set.withObjectives(objectives);
  }

  private static Optional<CloseOut> reopened(CloseOut c) {
    if (c.retrospective().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        CloseOut.builder().retrospective(c.retrospective()).extensions(c.extensions()).build());
  }

  private static Objective closeObjective(
      Objective o, Cycle cycle, Scorer scorer, List<ClosedGrade> grades) {
    CloseOut existing = o.close().orElse(null);
    // an objective closed early keeps its own date; everything else closes with the cycle
    LocalDate date = existing != null && existing.date().isPresent()
        ? existing.date().get()
        : cycle.end();
    ObjectiveScore score = scorer.score(o, date);
    List<KeyResult> krs = new ArrayList<>(o.keyResults().size());
    List<ClosedGrade> krGrades = new ArrayList<>();
    for (int j = 0; j < o.keyResults().size(); j++) {
      KeyResult kr = o.keyResults().get(j);
      KeyResultScore s = score.keyResultScores().get(j);
      Optional<CloseOut> krClose = kr.close();
      if (krClose.isPresent()) {
        CloseOut c = krClose.get();
        CloseOut recorded = c.date().isPresent() ? c : c.withDate(date);
        recorded = CloseOut.builder().from(recorded).computedScore(s.score()).build();
        kr = kr.withClose(recorded);
      }
      krs.add(kr);
      krGrades.add(new ClosedGrade(kr.id(), o.id(), false, s.score(), s.grade(),
          kr.close().flatMap(CloseOut::adjustedScore),
          kr.close().flatMap(CloseOut::adjustmentReason)));
    }
    CloseOut.Builder b = CloseOut.builder();
    if (existing != null) {
      b.from(existing);
    }
    CloseOut close = b.date(date).computedScore(score.score()).build();
    grades.add(new ClosedGrade(o.id(), o.id(), true, score.score(), score.grade(),
        close.adjustedScore(), close.adjustmentReason()));
    grades.addAll(krGrades);
    return o.withKeyResults(krs).withClose(close);
  }

  private static Optional<CloseNeed> need(Objective o) {
    CloseOut c = o.close().orElseThrow();
    EnumSet<CloseNeed.Missing> missing = EnumSet.noneOf(CloseNeed.Missing.class);
    if (c.outcome().isEmpty()) {
      missing.add(CloseNeed.Missing.OUTCOME);
    }
    if (c.decision().isEmpty()) {
      missing.add(CloseNeed.Missing.DECISION);
    }
    if (c.adjustedScore().isPresent() && c.adjustmentReason().map(String::isBlank).orElse(true)) {
      missing.add(CloseNeed.Missing.ADJUSTMENT_REASON);
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(new CloseNeed(o.id(), missing));
  }

  private static String last(List<String> ids) {
    return ids.get(ids.size() - 1);
  }

  /** The adjusted grade minus the computed one, for the review; zero when either is missing. */
  static BigDecimal difference(CloseOut c) {
    return c.adjustedScore().isPresent() && c.computedScore().isPresent()
        ? c.adjustedScore().get().subtract(c.computedScore().get())
        : BigDecimal.ZERO;
  }
}
