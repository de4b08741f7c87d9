package org.okrkit.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.Decision;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Kpi;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.Outcome;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.KpiHealth;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.Scorer;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The quarter-end review (portfolio analytics) of a cycle or an alignment subtree as of a date;
 * see {@link Review} for what it holds.
 *
 * <p>Each objective is graded as of its close date when it is closed, else as of the review date
 * or its cycle's end, whichever is earlier (check-ins after the end belong to the result since
 * close, not to the cycle). A key result moved by its score on that day minus its score on the
 * cycle's first day. Sandbagging signals: every scored objective at 1.0 (two or more), more than
 * half of the aspirational objectives at 1.0, and an average starting confidence above 0.9.
 */
public final class QuarterReview {
  private static final BigDecimal SWEET_LOW = new BigDecimal("0.6");
  private static final BigDecimal SWEET_HIGH = new BigDecimal("0.7");
  private static final BigDecimal CONFIDENT = new BigDecimal("0.9");
  private static final int STALE_DAYS = 21;
  private static final int LEAST_MOVED = 5;

  private QuarterReview() {}

  /**
   * The review of every objective of cycle {@code cycleId} as of {@code asOf}.
   *
   * @param set the OKR set
   * @param cycleId the cycle's id
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param scorer the scorer of key results
   * @return the review of every objective of cycle {@code cycleId} as of {@code asOf}
   * @throws IllegalArgumentException if the set has no cycle {@code cycleId}
   * @throws NullPointerException if an argument is null
   */
  public static Review ofCycle(OkrSet set, String cycleId, LocalDate asOf, Scorer scorer) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(cycleId, "cycleId");
    Cycles.require(set, cycleId);
    List<Objective> scope = new ArrayList<>();
    for (Objective o : set.objectives()) {
      if (o.cycle().equals(cycleId)) {
        scope.add(o);
      }
    }
    return review("cycle " + cycleId, set, scope, asOf, scorer);
  }

  /**
   * The review of objective {@code rootId} and everything aligned beneath it, as of {@code asOf}.
   *
   * @param set the OKR set
   * @param rootId the root id
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param scorer the scorer of key results
   * @return the review of objective {@code rootId} and everything aligned beneath it, as of {@code
   *     asOf}
   * @throws IllegalArgumentException if the set has no objective {@code rootId}
   * @throws NullPointerException if an argument is null
   */
  public static Review ofSubtree(OkrSet set, String rootId, LocalDate asOf, Scorer scorer) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(rootId, "rootId");
    if (set.objective(rootId).isEmpty()) {
      throw new IllegalArgumentException(
          "objective '" + rootId + "': not in the set, so there is no subtree to review");
    }
    Map<String, List<Objective>> children = new HashMap<>();
    for (Objective o : set.objectives()) {
      o.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(o));
    }
    List<Objective> scope = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<Objective> todo = new ArrayDeque<>();
    todo.add(set.objective(rootId).orElseThrow());
    // iterative, and each id once: a broken set with a parent loop still ends
    while (!todo.isEmpty()) {
      Objective o = todo.removeFirst();
      if (!seen.add(o.id())) {
        continue;
      }
      scope.add(o);
      todo.addAll(children.getOrDefault(o.id(), List.of()));
    }
    return review("subtree of " + rootId, set, scope, asOf, scorer);
  }

  private static Review review(
      String name, OkrSet set, List<Objective> scope, LocalDate asOf, Scorer scorer) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scorer, "scorer");
    int[] bins = new int[10];
    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
    int unscored = 0;
    int aspirational = 0;
    int sweet = 0;
    int committed = 0;
    int delivered = 0;
    int full = 0;
    int aspirationalFull = 0;
    int keyResults = 0;
    int stale = 0;
    int never = 0;
    int withoutOutcome = 0;
    int withoutDecision = 0;
    BigDecimal confidenceSum = BigDecimal.ZERO;
    int confidenceCount = 0;
    List<Movement> moves = new ArrayList<>();
    List<ClosedGrade> adjustments = new ArrayList<>();
    for (Objective o : scope) {
      Optional<Cycle> cycle = set.cycle(o.cycle());
      LocalDate day = gradingDay(o, cycle, asOf);
      ObjectiveScore score = scorer.score(o, day);
      keyResults += o.keyResults().size();
      if (score.score().isPresent()) {
        BigDecimal s = score.score().get();
        bins[bin(s)]++;
        grades.merge(score.grade().orElseThrow(), 1, Integer::sum);
        boolean isFull = s.compareTo(BigDecimal.ONE) >= 0;
        full += isFull ? 1 : 0;
        if (o.isCommitted()) {
          committed++;
          delivered += isFull ? 1 : 0;
        } else {
          aspirational++;
          aspirationalFull += isFull ? 1 : 0;
          if (s.compareTo(SWEET_LOW) >= 0 && s.compareTo(SWEET_HIGH) <= 0) {
            sweet++;
          }
        }
      } else {
        unscored++;
      }
      Optional<CloseOut> close = o.close();
      Optional<Outcome> outcome = close.flatMap(CloseOut::outcome);
      Optional<Decision> decision = close.flatMap(CloseOut::decision);
      outcome.ifPresent(x -> outcomes.merge(x, 1, Integer::sum));
      decision.ifPresent(x -> decisions.merge(x, 1, Integer::sum));
      withoutOutcome += outcome.isPresent() ? 0 : 1;
      withoutDecision += decision.isPresent() ? 0 : 1;
      if (close.flatMap(CloseOut::adjustedScore).isPresent()) {
        adjustments.add(new ClosedGrade(o.id(), o.id(), true, score.score(), score.grade(),
            close.flatMap(CloseOut::adjustedScore), close.flatMap(CloseOut::adjustmentReason)));
      }
      LocalDate staleFrom = day.minusDays(STALE_DAYS);
      for (int j = 0; j < o.keyResults().size(); j++) {
        KeyResult kr = o.keyResults().get(j);
        KeyResultScore s = score.keyResultScores().get(j);
        CheckIn first = null;
        CheckIn last = null;
        for (CheckIn c : kr.checkIns()) {
          if (c.date().isAfter(day)) {
            continue;
          }
          if (c.confidence().isPresent() && (first == null || c.date().isBefore(first.date()))) {
            first = c;
          }
          if (last == null || !c.date().isBefore(last.date())) {
            last = c;
          }
        }
        if (first != null) {
          confidenceSum = confidenceSum.add(first.confidence().orElseThrow());
          confidenceCount++;
        }
        boolean done = s.score().map(v -> v.compareTo(BigDecimal.ONE) >= 0).orElse(false);
        if (last == null) {
          never++;
        } else if (last.date().isBefore(staleFrom) && !done) {
          stale++;
        }
        if (s.score().isPresent() && cycle.isPresent()) {
          Optional<BigDecimal> start = scorer.score(kr, cycle.get().start()).score();
          moves.add(new Movement(kr.id(), o.id(), start.orElse(BigDecimal.ZERO), s.score().get()));
        }
        Optional<CloseOut> krClose = kr.close();
        if (krClose.flatMap(CloseOut::adjustedScore).isPresent()) {
          adjustments.add(new ClosedGrade(kr.id(), o.id(), false, s.score(),
              s.grade(), krClose.flatMap(CloseOut::adjustedScore),
              krClose.flatMap(CloseOut::adjustmentReason)));
        }
      }
    }
    Optional<BigDecimal> avgConfidence = confidenceCount == 0
        ? Optional.empty()
        : Optional.of(confidenceSum.divide(BigDecimal.valueOf(confidenceCount),
            ScoringPolicy.MATH_CONTEXT).stripTrailingZeros());
    List<String> sandbagging = new ArrayList<>();
    int scored = scope.size() - unscored;
    if (scored >= 2 && full == scored) {
      sandbagging.add("every one of the " + scored + " scored objectives is at 1.0");
    }
    if (aspirational >= 2 && aspirationalFull * 2 > aspirational) {
      sandbagging.add(aspirationalFull + " of " + aspirational
          + " aspirational objectives are at 1.0: stretch goals should land around 0.6-0.7");
    }
    if (avgConfidence.isPresent() && avgConfidence.get().compareTo(CONFIDENT) > 0) {
      sandbagging.add("the average starting confidence is " + avgConfidence.get().toPlainString()
          + ", above 0.9: the targets were expected to be met from the start");
    }
    moves.sort(Comparator.comparing(Movement::moved).thenComparing(Movement::keyResultId));
    List<Integer> histogram = new ArrayList<>(10);
    for (int b : bins) {
      histogram.add(b);
    }
    Set<String> ids = new HashSet<>();
    for (Objective o : scope) {
      ids.add(o.id());
    }
    List<ResultSinceClose> sinceClose = new ArrayList<>();
    for (ResultSinceClose r : ResultSinceClose.of(set, asOf, scorer)) {
      if (ids.contains(r.objectiveId())) {
        sinceClose.add(r);
      }
    }
    List<KpiHealth> kpis = new ArrayList<>();
    for (Kpi k : set.kpis()) {
      kpis.add(KpiHealth.of(k, asOf));
    }
    return new Review(name, asOf, scope.size(), keyResults, histogram, grades, unscored,
        aspirational, sweet, committed, delivered, avgConfidence, sandbagging,
        moves.subList(0, Math.min(LEAST_MOVED, moves.size())), stale, never, adjustments,
        outcomes, withoutOutcome, decisions, withoutDecision, sinceClose, kpis);
  }

  /** The close date when closed; else the review date, but never after the cycle's end. */
  static LocalDate gradingDay(Objective o, Optional<Cycle> cycle, LocalDate asOf) {
    Optional<LocalDate> closed = o.close().flatMap(CloseOut::date);
    if (closed.isPresent()) {
      return closed.get();
    }
    return cycle.isPresent() && cycle.get().end().isBefore(asOf) ? cycle.get().end() : asOf;
  }

  private static int bin(BigDecimal score) {
    if (score.signum() <= 0) {
      return 0;
    }
    if (score.compareTo(BigDecimal.ONE) >= 0) {
      return 9;
    }
    return score.movePointRight(1).intValue();
  }
}
