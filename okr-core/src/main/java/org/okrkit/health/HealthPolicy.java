package org.okrkit.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;
import org.okrkit.model.OkrSet;
import org.okrkit.model.PlanPoint;
import org.okrkit.model.ScoringSettings;
import org.okrkit.model.internal.Stored;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.rollup.RollupResult;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ScoreRounding;

/**
 * Derives the {@link Health} of key results and objectives as of a date. The first rule that
 * matches wins:
 *
 * <ol>
 *   <li>{@link HealthRule#CLOSED closed}: closed out ({@link KeyResult#close()}, {@link
 *       Objective#close()}) on or before the date: the outcome recorded;
 *   <li>{@link HealthRule#STALE stale}: no check-in within the cadence plus grace (weekly + 3 days
 *       by default, per key result through {@link KeyResult#cadence()} and {@link
 *       KeyResult#graceDays()}), counted from the latest check-in on or before the date, or from
 *       the start when there is none or it came before the start; judged as of the date, or the
 *       period's last day once it is over. Silence is never green, whatever the score.
 *   <li>{@link HealthRule#DONE done}: the score is 1.0 or more;
 *   <li>{@link HealthRule#PACE pace}: once started and checked in, the score compared with the
 *       expected progress by the {@link PaceStyle} (by default {@linkplain PaceStyle#difference()
 *       difference}: at risk below −0.1, off track below −0.25);
 *   <li>{@link HealthRule#NOT_STARTED not started}: before the start, with no check-in yet, or
 *       without a defined score.
 * </ol>
 *
 * <p>A key result's expected progress follows its own dates when it has them ({@link
 * KeyResult#start()}, {@link KeyResult#due()}), else its objective's cycle; stated intermediate
 * targets ({@link KeyResult#plan()}) make it piecewise linear through them (see {@link
 * #expectedProgress}).
 *
 * <p>An objective is stale when one of its own counted key results (weight &gt; 0) is stale, done
 * when its roll-up is 1.0 or more, and otherwise paced by its roll-up against its cycle; it is
 * not started before its cycle starts or while nothing beneath it has a check-in.
 *
 * <p>Immutable and thread-safe.
 */
public final class HealthPolicy {
  private static final HealthPolicy DEFAULTS =
      new HealthPolicy(CheckInCadence.weeklyWithGrace(), PaceStyle.difference());

  private final CheckInCadence cadence;
  private final PaceStyle paceStyle;

  private HealthPolicy(CheckInCadence cadence, PaceStyle paceStyle) {
    this.cadence = cadence;
    this.paceStyle = paceStyle;
  }

  /**
   * Weekly check-ins with 3 days of grace, difference pacing (−0.1 at risk, −0.25 off track).
   *
   * @return weekly check-ins with 3 days of grace, difference pacing
   */
  public static HealthPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return the cadence key results without their own are held to} */
  public CheckInCadence cadence() {
    return cadence;
  }

  /** {@return how scores are compared with expected progress} */
  public PaceStyle paceStyle() {
    return paceStyle;
  }

  /**
   * Returns a copy holding key results to this cadence (unless they state their own).
   *
   * @param cadence the cadence
   * @return a copy holding key results to this cadence (unless they state their own)
   * @throws NullPointerException if {@code cadence} is null
   */
  public HealthPolicy withCadence(CheckInCadence cadence) {
    return new HealthPolicy(Objects.requireNonNull(cadence, "cadence"), paceStyle);
  }

  /**
   * Returns a copy holding key results to the document's check-in cadence: the {@code cadence}
   * and {@code graceDays} of its {@code "scoring"} settings where they are set, this policy's
   * where not (a key result's own cadence still wins).
   *
   * @param settings the scoring settings
   * @return a copy holding key results to the document's check-in cadence
   * @throws NullPointerException if {@code settings} is null
   */
  public HealthPolicy with(ScoringSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (settings.cadence().isEmpty() && settings.graceDays().isEmpty()) {
      return this;
    }
    return withCadence(
        CheckInCadence.of(
            settings.cadence().orElse(cadence.period()),
            settings.graceDays().orElse(cadence.graceDays())));
  }

  /**
   * Returns a copy pacing with this style.
   *
   * @param paceStyle the pace style
   * @return a copy pacing with this style
   * @throws NullPointerException if {@code paceStyle} is null
   */
  public HealthPolicy withPaceStyle(PaceStyle paceStyle) {
    return new HealthPolicy(cadence, Objects.requireNonNull(paceStyle, "paceStyle"));
  }

  /**
   * The cadence {@code keyResult} is held to: its own period and grace where it states them.
   *
   * @param keyResult the key result
   * @return the cadence {@code keyResult} is held to
   */
  public CheckInCadence cadenceOf(KeyResult keyResult) {
    // the parts as stored (null where the accessor gives an empty Optional): no Optional made
    Stored.Access stored = Stored.access();
    Period own = stored.cadence(keyResult);
    Integer ownGrace = stored.graceDays(keyResult);
    Period period = own == null ? cadence.period() : own;
    int grace = ownGrace == null ? cadence.graceDays() : ownGrace;
    return period.equals(cadence.period()) && grace == cadence.graceDays()
        ? cadence
        : CheckInCadence.of(period, grace);
  }

  /**
   * The progress (0.0–1.0) {@code keyResult} is expected to have made by {@code asOf}: 0 before
   * its start, 1 from its end on, and in between the share of days elapsed from its start ({@link
   * KeyResult#start()}, else the cycle's) to its end ({@link KeyResult#due()}, else the cycle's);
   * with a {@linkplain KeyResult#plan() plan} and a baseline and target, the value expected by
   * then on the straight lines through (start, baseline), each planned (date, value) and (end,
   * target), as a share of the way from baseline to target (clamped to [0, 1]). Empty when
   * there is neither a cycle nor both own dates.
   *
   * @param keyResult the key result
   * @param cycle the cycle
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the progress (0.0–1.0) {@code keyResult} is expected to have made by {@code asOf}
   * @throws NullPointerException if {@code keyResult} or {@code asOf} is null
   */
  public static Optional<BigDecimal> expectedProgress(
      KeyResult keyResult, @Nullable Cycle cycle, LocalDate asOf) {
    return Optional.ofNullable(expected(keyResult, cycle, asOf));
  }

  private static @Nullable BigDecimal expected(
      KeyResult keyResult, @Nullable Cycle cycle, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate start = keyResult.start().orElse(cycle == null ? null : cycle.start());
    LocalDate end = keyResult.due().orElse(cycle == null ? null : cycle.end());
    if (start == null || end == null) {
      return null;
    }
    if (asOf.isBefore(start)) {
      return BigDecimal.ZERO;
    }
    if (!asOf.isBefore(end)) {
      return BigDecimal.ONE;
    }
    BigDecimal b = keyResult.baseline().map(x -> x.value()).orElse(null);
    BigDecimal t = keyResult.target().map(x -> x.value()).orElse(null);
    if (keyResult.plan().isEmpty() || b == null || t == null || b.compareTo(t) == 0) {
      return fraction(start, asOf, end);
    }
    LocalDate d0 = start;
    BigDecimal v0 = b;
    LocalDate d1 = end;
    BigDecimal v1 = t;
    for (PlanPoint p : sortedWithin(keyResult.plan(), start, end)) {
      if (p.date().isAfter(asOf)) {
        d1 = p.date();
        v1 = p.value();
        break;
      }
      d0 = p.date();
      v0 = p.value();
    }
    BigDecimal value = v0.add(v1.subtract(v0).multiply(fraction(d0, asOf, d1)));
    return ScoreMath.clampUnit(ScoreMath.divide(value.subtract(b), t.subtract(b)));
  }

  private static List<PlanPoint> sortedWithin(List<PlanPoint> plan, LocalDate start, LocalDate end) {
    List<PlanPoint> points = new ArrayList<>(plan.size());
    for (PlanPoint p : plan) {
      if (p.date().isAfter(start) && p.date().isBefore(end)) {
        points.add(p);
      }
    }
    points.sort((x, y) -> x.date().compareTo(y.date()));
    return points;
  }

  /** days(from → at) / days(from → to), for from ≤ at ≤ to; 1 when the span is empty. */
  private static BigDecimal fraction(LocalDate from, LocalDate at, LocalDate to) {
    long total = ChronoUnit.DAYS.between(from, to);
    if (total <= 0) {
      return BigDecimal.ONE;
    }
    long elapsed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(from, at)));
    return ScoreMath.divide(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(total));
  }

  /**
   * The health of a scored key result of {@code objective} in {@code cycle} (null when the set
   * has no such cycle) as of the score's date.
   *
   * @param score the score
   * @param objective the objective
   * @param cycle the cycle
   * @return the health of a scored key result of {@code objective} in {@code cycle}
   * @throws NullPointerException if {@code score} or {@code objective} is null
   */
  public HealthAssessment keyResult(
      KeyResultScore score, Objective objective, @Nullable Cycle cycle) {
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(objective, "objective");
    return keyResult(score, objective, cycle, new CycleProgress(cycle, score.asOf()));
  }

  /**
   * The progress expected of a key result that follows its cycle (no own dates, no plan) as of
   * a date: the same for every such key result of the cycle, so an assessment of a whole set
   * works it out once per cycle instead of once per key result.
   */
  private static final class CycleProgress {
    final @Nullable Cycle cycle;
    final LocalDate asOf;
    private boolean known;
    private @Nullable BigDecimal expected;

    CycleProgress(@Nullable Cycle cycle, LocalDate asOf) {
      this.cycle = cycle;
      this.asOf = asOf;
    }

    @Nullable BigDecimal of(KeyResult kr) {
      Stored.Access stored = Stored.access();
      if (stored.start(kr) != null || stored.due(kr) != null || !kr.plan().isEmpty()) {
        return expected(kr, cycle, asOf);
      }
      return ofCycle(kr);
    }

    /** The progress expected of {@code kr}, which follows its cycle (no own dates, no plan). */
    @Nullable BigDecimal ofCycle(KeyResult kr) {
      if (!known) {
        expected = expected(kr, cycle, asOf);
        known = true;
      }
      return expected;
    }
  }

  private HealthAssessment keyResult(
      KeyResultScore score, Objective objective, @Nullable Cycle cycle, CycleProgress progress) {
    KeyResult kr = score.keyResult();
    LocalDate asOf = score.asOf();
    Stored.Access stored = Stored.access();
    LocalDate ownStart = stored.start(kr);
    LocalDate ownEnd = stored.due(kr);
    LocalDate start = ownStart != null ? ownStart : cycle == null ? null : cycle.start();
    LocalDate end = ownEnd != null ? ownEnd : cycle == null ? null : cycle.end();
    LocalDate last = lastCheckIn(kr, asOf);
    BigDecimal expected =
        progress.cycle == cycle && progress.asOf.equals(asOf)
            ? progress.of(kr)
            : expected(kr, cycle, asOf);
    CloseOut close = stored.close(kr);
    if (close != null && close.date().isPresent() && !close.date().orElseThrow().isAfter(asOf)) {
      return HealthAssessment.of(
          kr.id(), Health.closed(close.outcome()), HealthRule.CLOSED, expected, last, null,
          () -> closedOn(close));
    }
    CheckInCadence c = cadenceOf(kr);
    LocalDate staleSince = staleSince(c, start, end, last, asOf);
    if (staleSince != null) {
      return HealthAssessment.of(
          kr.id(),
          Health.STALE,
          HealthRule.STALE,
          expected,
          last,
          staleSince,
          () -> (last == null ? "no check-in since the start " + start : "no check-in since " + last)
              + " ("
              + describe(c)
              + ": stale since "
              + staleSince
              + ")");
    }
    BigDecimal s = score.score().orElse(null);
    if (s != null && s.compareTo(BigDecimal.ONE) >= 0) {
      return HealthAssessment.of(
          kr.id(), Health.DONE, HealthRule.DONE, expected, last, null,
          () -> "score " + ScoreRounding.format(s) + " reached 1.0");
    }
    if (s == null || last == null || expected == null || start == null || asOf.isBefore(start)) {
      Supplier<String> why =
          () -> s == null
              ? "no defined score: " + score.undefinedReason().orElse("undefined")
              : expected == null
                  ? "no period to pace against"
                  : start != null && asOf.isBefore(start) ? "starts " + start : "no check-in yet";
      return HealthAssessment.of(
          kr.id(), Health.NOT_STARTED, HealthRule.NOT_STARTED, expected, last, null, why);
    }
    return paced(kr.id(), s, expected, objective.type(), last);
  }

  /**
   * The health of every objective and key result of a rolled-up set, as of the roll-up's date:
   * objectives by their roll-up, key results by their score.
   *
   * @param set the OKR set
   * @param result the result
   * @return the health of every objective and key result of a rolled-up set, as of the roll-up's
   *     date
   * @throws NullPointerException if an argument is null
   */
  public HealthReport assess(OkrSet set, RollupResult result) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(result, "result");
    HealthReport byColumns = assessByColumns(set, result);
    return byColumns != null ? byColumns : assessOneByOne(set, result);
  }

  /**
   * {@link #assess} from the set's {@link HealthColumns} and the roll-up's scores read by position
   * ({@link ObjectiveRollup#keyResultScore}), when {@code result} rolls up {@code set} itself
   * (its nodes the set's objectives in order); null otherwise. The same assessments as {@link
   * #assessOneByOne}: the same rules on the same dates, read from the columns instead of the
   * check-ins ({@code HealthColumnsProperties}).
   */
  private @Nullable HealthReport assessByColumns(OkrSet set, RollupResult result) {
    List<ObjectiveRollup> nodes = result.nodes();
    List<Objective> objectives = set.objectives();
    if (result.set() != set || nodes.size() != objectives.size()) {
      return null;
    }
    HealthColumns cols = HealthColumns.of(set);
    LocalDate asOf = result.asOf();
    long today = asOf.toEpochDay();
    int size = nodes.size();
    IdentityHashMap<ObjectiveRollup, List<HealthAssessment>> keyResults =
        new IdentityHashMap<>(size);
    int policyDays = HealthColumns.days(cadence.period());
    Cycle progressCycle = null;
    CycleProgress progress = new CycleProgress(null, asOf);
    // the key results first, objective by objective in the set's order
    for (int i = 0; i < size; i++) {
      ObjectiveRollup node = nodes.get(i);
      Objective o = node.objective();
      if (o != objectives.get(i)) {
        return null; // not the set's objectives in order: one by one
      }
      Cycle cycle = cols.cycle[i];
      if (cycle != progressCycle) {
        progressCycle = cycle;
        progress = new CycleProgress(cycle, asOf);
      }
      int first = cols.krStart[i];
      int count = cols.krStart[i + 1] - first;
      HealthAssessment[] krs = new HealthAssessment[count];
      for (int j = 0; j < count; j++) {
        long closed = cols.closeDay[first + j];
        krs[j] =
            cols.closes[i] || (closed != HealthColumns.NONE && closed < today)
                // scored as of an earlier close-out: assessed as of that date, from its score
                ? keyResult(node.ownScore().keyResultScores().get(j), o, cycle, progress)
                : keyResult(cols, first + j, node, j, cycle, progress, asOf, today, policyDays);
      }
      keyResults.put(node, List.of(krs));
    }
    // then the objectives, children before their parents
    IdentityHashMap<ObjectiveRollup, HealthAssessment> assessed = new IdentityHashMap<>(size);
    List<RollupResult.Entry> order = result.treeOrder();
    String cycleId = null;
    Cycle cycle = null;
    for (int i = order.size() - 1; i >= 0; i--) {
      ObjectiveRollup node = order.get(i).node();
      Objective o = node.objective();
      if (!o.cycle().equals(cycleId)) {
        cycleId = o.cycle();
        cycle = set.cycle(cycleId).orElse(null);
      }
      List<HealthAssessment> krs = Objects.requireNonNull(keyResults.get(node));
      HealthAssessment firstStale = null;
      boolean anyHeard = false;
      for (int j = 0; j < krs.size(); j++) {
        HealthAssessment a = krs.get(j);
        if (firstStale == null
            && a.health() == Health.STALE
            && o.keyResults().get(j).weight().signum() > 0) {
          firstStale = a;
        }
        anyHeard |= a.heard();
      }
      for (ObjectiveRollup c : node.children()) {
        HealthAssessment ca = assessed.get(c);
        anyHeard |= ca != null && ca.health() != Health.NOT_STARTED;
      }
      assessed.put(node, objective(node, cycle, asOf, firstStale, anyHeard));
    }
    return new HealthReport(assessed, keyResults, nodes(order));
  }

  /** The nodes of {@code order}, in that order. */
  private static List<ObjectiveRollup> nodes(List<RollupResult.Entry> order) {
    List<ObjectiveRollup> nodes = new ArrayList<>(order.size());
    for (RollupResult.Entry e : order) {
      nodes.add(e.node());
    }
    return nodes;
  }

  /**
   * The health of key result {@code k} of the columns, the {@code j}th of {@code node}'s
   * objective: {@link #keyResult(KeyResultScore, Objective, Cycle, CycleProgress)} on the laid-out
   * dates and the score read by position.
   */
  private HealthAssessment keyResult(
      HealthColumns cols,
      int k,
      ObjectiveRollup node,
      int j,
      @Nullable Cycle cycle,
      CycleProgress progress,
      LocalDate asOf,
      long today,
      int policyDays) {
    KeyResult kr = cols.keyResult[k];
    String id = kr.id();
    LocalDate last = cols.last(k, today);
    BigDecimal expected = cols.ownProgress[k] ? expected(kr, cycle, asOf) : progress.ofCycle(kr);
    long closed = cols.closeDay[k];
    if (closed != HealthColumns.NONE && closed <= today) {
      CloseOut close = Objects.requireNonNull(Stored.access().close(kr));
      return HealthAssessment.of(
          id, Health.closed(close.outcome()), HealthRule.CLOSED, expected, last, null,
          () -> closedOn(close));
    }
    long ownStart = cols.ownStart[k];
    long ownDue = cols.ownDue[k];
    long start =
        ownStart != HealthColumns.NONE
            ? ownStart
            : cycle == null ? HealthColumns.NONE : cycle.start().toEpochDay();
    long end =
        ownDue != HealthColumns.NONE
            ? ownDue
            : cycle == null ? HealthColumns.NONE : cycle.end().toEpochDay();
    int ownDays = cols.ownCadenceDays[k];
    int days = ownDays == HealthColumns.NO_CADENCE ? policyDays : ownDays;
    LocalDate staleSince;
    if (days == HealthColumns.CALENDAR) {
      staleSince = staleSince(cadenceOf(kr), day(start), day(end), last, asOf);
    } else {
      int grace = cols.ownGrace[k] < 0 ? cadence.graceDays() : cols.ownGrace[k];
      staleSince = staleSince(days + (long) grace, start, end, last, today);
    }
    if (staleSince != null) {
      LocalDate since = staleSince;
      return HealthAssessment.of(
          id, Health.STALE, HealthRule.STALE, expected, last, since,
          () -> (last == null ? "no check-in since the start " + day(start) : "no check-in since " + last)
              + " (" + describe(cadenceOf(kr)) + ": stale since " + since + ")");
    }
    BigDecimal s = node.keyResultScore(j).orElse(null);
    if (s != null && s.compareTo(BigDecimal.ONE) >= 0) {
      return HealthAssessment.of(
          id, Health.DONE, HealthRule.DONE, expected, last, null,
          () -> "score " + ScoreRounding.format(s) + " reached 1.0");
    }
    if (s == null || last == null || expected == null || start == HealthColumns.NONE || today < start) {
      Supplier<String> why =
          () -> s == null
              ? "no defined score: " + node.ownScore().keyResultScores().get(j).undefinedReason().orElse("undefined")
              : expected == null
                  ? "no period to pace against"
                  : start != HealthColumns.NONE && today < start ? "starts " + day(start) : "no check-in yet";
      return HealthAssessment.of(
          id, Health.NOT_STARTED, HealthRule.NOT_STARTED, expected, last, null, why);
    }
    return paced(id, s, expected, node.objective().type(), last);
  }

  /** The date of an epoch day, or null for {@link HealthColumns#NONE}. */
  private static @Nullable LocalDate day(long epochDay) {
    return epochDay == HealthColumns.NONE ? null : LocalDate.ofEpochDay(epochDay);
  }

  /**
   * {@link #staleSince(CheckInCadence, LocalDate, LocalDate, LocalDate, LocalDate)} in epoch days,
   * for a cadence of a fixed number of days: fresh for {@code fresh} days after the check-in.
   */
  private static @Nullable LocalDate staleSince(
      long fresh, long start, long end, @Nullable LocalDate last, long today) {
    long judged = end != HealthColumns.NONE && end < today ? end : today;
    long lastDay = last == null ? HealthColumns.NONE : last.toEpochDay();
    long from = lastDay == HealthColumns.NONE || (start != HealthColumns.NONE && lastDay < start) ? start : lastDay;
    if (from == HealthColumns.NONE || (start != HealthColumns.NONE && judged < start)) {
      return null;
    }
    long firstStale = from + fresh + 1;
    return judged < firstStale ? null : LocalDate.ofEpochDay(firstStale);
  }

  /** {@link #assess} one key result at a time, reading each score's key result and check-ins. */
  HealthReport assessOneByOne(OkrSet set, RollupResult result) {
    LocalDate asOf = result.asOf();
    int size = result.treeOrder().size();
    IdentityHashMap<ObjectiveRollup, HealthAssessment> objectives = new IdentityHashMap<>(size);
    IdentityHashMap<ObjectiveRollup, List<HealthAssessment>> keyResults =
        new IdentityHashMap<>(size);
    // Children come after their parent in tree order, so the reverse sees children first.
    List<RollupResult.Entry> order = result.treeOrder();
    String cycleId = null;
    Cycle cycle = null;
    CycleProgress progress = new CycleProgress(null, asOf);
    for (int i = order.size() - 1; i >= 0; i--) {
      ObjectiveRollup node = order.get(i).node();
      Objective o = node.objective();
      if (!o.cycle().equals(cycleId)) {
        // objectives of one cycle come together: one look-up and one expected progress per run
        cycleId = o.cycle();
        cycle = set.cycle(cycleId).orElse(null);
        progress = new CycleProgress(cycle, asOf);
      }
      List<HealthAssessment> krs = new ArrayList<>(node.ownScore().keyResultScores().size());
      boolean anyStale = false;
      boolean anyHeard = false;
      HealthAssessment firstStale = null;
      for (KeyResultScore k : node.ownScore().keyResultScores()) {
        HealthAssessment a = keyResult(k, o, cycle, progress);
        krs.add(a);
        if (a.health() == Health.STALE && k.weight().signum() > 0 && firstStale == null) {
          firstStale = a;
          anyStale = true;
        }
        anyHeard |= a.lastCheckIn().isPresent();
      }
      for (ObjectiveRollup c : node.children()) {
        HealthAssessment ca = objectives.get(c);
        anyHeard |= ca != null && ca.health() != Health.NOT_STARTED;
      }
      keyResults.put(node, List.copyOf(krs));
      objectives.put(node, objective(node, cycle, asOf, anyStale ? firstStale : null, anyHeard));
    }
    List<ObjectiveRollup> nodes = new ArrayList<>(order.size());
    for (RollupResult.Entry e : order) {
      nodes.add(e.node());
    }
    return new HealthReport(objectives, keyResults, nodes);
  }

  private HealthAssessment objective(
      ObjectiveRollup node,
      @Nullable Cycle cycle,
      LocalDate asOf,
      @Nullable HealthAssessment stale,
      boolean anyHeard) {
    String id = node.objectiveId();
    BigDecimal expected = node.expectedProgress().orElse(null);
    var close = node.objective().close().orElse(null);
    if (close != null && close.date().isPresent() && !close.date().orElseThrow().isAfter(asOf)) {
      return HealthAssessment.of(
          id, Health.closed(close.outcome()), HealthRule.CLOSED, expected, null, null,
          () -> closedOn(close));
    }
    if (stale != null) {
      return HealthAssessment.of(
          id, Health.STALE, HealthRule.STALE, expected, stale.lastCheckIn().orElse(null),
          stale.staleSince().orElse(null), () -> "key result '" + stale.id() + "' is stale: " + stale.detail());
    }
    BigDecimal r = node.rollup().orElse(null);
    if (r != null && r.compareTo(BigDecimal.ONE) >= 0) {
      return HealthAssessment.of(id, Health.DONE, HealthRule.DONE, expected, null, null, () -> "roll-up " + ScoreRounding.format(r) + " reached 1.0");
    }
    if (r == null || cycle == null || expected == null || asOf.isBefore(cycle.start()) || !anyHeard) {
      Supplier<String> why =
          () -> r == null
              ? "no defined roll-up: " + node.undefinedReason().orElse("undefined")
              : cycle == null ? "no cycle to pace against" : asOf.isBefore(cycle.start()) ? "starts " + cycle.start() : "no check-in yet";
      return HealthAssessment.of(id, Health.NOT_STARTED, HealthRule.NOT_STARTED, expected, null, null, why);
    }
    return paced(id, r, expected, node.objective().type(), null);
  }

  private HealthAssessment paced(
      String id, BigDecimal score, BigDecimal expected, ObjectiveType type, @Nullable LocalDate last) {
    Health h = paceStyle.pace(score, expected, type);
    if (h != Health.ON_TRACK && h != Health.AT_RISK && h != Health.OFF_TRACK) {
      throw new IllegalStateException(
          "pace style " + paceStyle + " returned " + h + " for '" + id + "'; a pace style must return ON_TRACK, AT_RISK or OFF_TRACK");
    }
    return HealthAssessment.of(
        id, h, HealthRule.PACE, expected, last, null,
        () -> "score " + ScoreRounding.format(score) + " against expected " + ScoreRounding.format(expected) + " (" + paceStyle + ")");
  }

  /** The latest check-in date on or before {@code asOf}, of any kind (a value, done, a confidence). */
  private static @Nullable LocalDate lastCheckIn(KeyResult kr, LocalDate asOf) {
    List<CheckIn> all = kr.checkIns();
    if (kr.checkInsInDateOrder()) {
      // the usual order: the latest on or before the date is the last such one, found from the end
      for (int i = all.size() - 1; i >= 0; i--) {
        LocalDate d = all.get(i).date();
        if (!d.isAfter(asOf)) {
          return d;
        }
      }
      return null;
    }
    LocalDate best = null;
    for (CheckIn c : kr.checkIns()) {
      if (!c.date().isAfter(asOf) && (best == null || c.date().isAfter(best))) {
        best = c.date();
      }
    }
    return best;
  }

  /**
   * The first stale day, or null when fresh: judged as of {@code asOf} or the period's end,
   * whichever comes first, from the last check-in or the start, whichever is later.
   */
  static @Nullable LocalDate staleSince(
      CheckInCadence cadence,
      @Nullable LocalDate start,
      @Nullable LocalDate end,
      @Nullable LocalDate last,
      LocalDate asOf) {
    LocalDate judged = end != null && end.isBefore(asOf) ? end : asOf;
    // Nobody is expected to check in before the start: a check-in before it counts from it.
    LocalDate from = last == null || (start != null && last.isBefore(start)) ? start : last;
    if (from == null || (start != null && judged.isBefore(start))) {
      return null;
    }
    LocalDate firstStale = cadence.lastFreshDay(from).plusDays(1);
    return judged.isBefore(firstStale) ? null : firstStale;
  }

  private static String describe(CheckInCadence c) {
    Period p = c.period();
    String every =
        p.equals(Period.ofWeeks(1)) ? "weekly" : p.equals(Period.ofDays(1)) ? "daily" : p.equals(Period.ofWeeks(2)) ? "biweekly" : p.equals(Period.ofMonths(1)) ? "monthly" : "every " + p;
    return every + " + " + c.graceDays() + " days grace";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HealthPolicy that && that.cadence.equals(cadence) && that.paceStyle.equals(paceStyle);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cadence, paceStyle);
  }

  @Override
  public String toString() {
    return "HealthPolicy{" + cadence + ", " + paceStyle + "}";
  }

  /** The detail of a closed item: {@code closed on 2026-12-15 as partially achieved}. */
  private static String closedOn(CloseOut close) {
    return "closed on "
        + close.date().orElseThrow()
        + close
            .outcome()
            .map(x -> " as " + x.name().toLowerCase(Locale.ROOT).replace('_', ' '))
            .orElse("");
  }
}
