package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.CloseOut;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;

/**
 * Scores key results and objectives as of a date, on the 0.0–1.0 grading scale.
 *
 * <ul>
 *   <li><b>Metric</b>: {@code raw = (current − baseline) / (target − baseline)}; the direction
 *       follows from baseline vs target, so "reduce turnaround from 5 days to 3" at 4 days scores
 *       0.5. Moving the wrong way past the baseline is regression ({@code raw < 0}), never
 *       progress. The score is raw clamped to [0, 1] unless the {@link ScoringPolicy} keeps it
 *       unclamped. Undefined without a baseline, without a target, or when baseline equals
 *       target.
 *   <li><b>Threshold</b>: 1.0 while the current value is on the right side of the bound (at least
 *       / at most, the bound itself included), else 0.0 or {@linkplain ThresholdCredit#PARTIAL
 *       partial credit}. Undefined without a bound.
 *   <li><b>Milestone</b>: 1.0 when the latest done-flag check-in says done, else 0.0.
 * </ul>
 *
 * <p>{@code current} is the value of the latest check-in dated on or before {@code asOf} (on
 * equal dates the later one in the list wins); check-ins without a value are ignored for metrics
 * and thresholds, check-ins without a done flag for milestones. With no such check-in, current is
 * the baseline and the score is 0 — so scoring as of a past date reproduces the score of that
 * day.
 *
 * <p>A key result with recorded {@linkplain KeyResult#changes() changes} is scored with the
 * target and baseline in force on {@code asOf} ({@link KeyResult#inForceOn(LocalDate)}).
 *
 * <p>An objective's score is the weighted mean of its key results' defined scores; key results
 * whose score is undefined are left out (and named in the explanation), and the objective's score
 * is undefined when it has no key result with a defined score.
 *
 * <p>Arithmetic is exact {@link BigDecimal}: sums and products are exact, quotients are rounded to
 * {@link ScoringPolicy#MATH_CONTEXT} (DECIMAL64, half-even), and scores are normalised to the
 * smallest non-negative scale (0.5, not 0.50).
 *
 * <p>Every score carries its {@link Derivation}, built by the same code as the number. Each kind
 * is scored by a {@link KeyResultScoring} strategy, {@link KeyResultScoring#standard()} unless
 * {@link #withScoring} says otherwise; a user strategy is guarded (a null, a score outside the
 * policy's floor and cap, or an exception leaves that key result undefined with {@link
 * UndefinedReason#STRATEGY_FAILED}), so scoring never throws because of it. Immutable and
 * thread-safe.
 */
public final class Scorer {
  private static final Scorer DEFAULTS = new Scorer(ScoringPolicy.defaults(), standardModels());

  private final ScoringPolicy policy;
  private final Map<KeyResultKind, KeyResultScoring> models;

  private Scorer(ScoringPolicy policy, Map<KeyResultKind, KeyResultScoring> models) {
    this.policy = policy;
    this.models = models;
  }

  private static Map<KeyResultKind, KeyResultScoring> standardModels() {
    Map<KeyResultKind, KeyResultScoring> m = new EnumMap<>(KeyResultKind.class);
    for (KeyResultKind k : KeyResultKind.values()) {
      m.put(k, KeyResultScoring.standard());
    }
    return m;
  }

  /**
   * A scorer with {@link ScoringPolicy#defaults()} (cap 1, floor 0, thresholds all-or-nothing)
   * and the standard models.
   *
   * @return a scorer with {@link ScoringPolicy#defaults()}
   */
  public static Scorer defaults() {
    return DEFAULTS;
  }

  /**
   * A scorer with this policy and the standard models.
   *
   * @param policy the scoring policy
   * @return a scorer with this policy and the standard models
   * @throws NullPointerException if {@code policy} is null
   */
  public static Scorer of(ScoringPolicy policy) {
    return new Scorer(Objects.requireNonNull(policy, "policy"), standardModels());
  }

  /**
   * Returns a copy scoring key results of {@code kind} with {@code scoring}.
   *
   * @param kind the kind
   * @param scoring the scoring
   * @return a copy scoring key results of {@code kind} with {@code scoring}
   * @throws NullPointerException if an argument is null
   */
  public Scorer withScoring(KeyResultKind kind, KeyResultScoring scoring) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(scoring, "scoring");
    Map<KeyResultKind, KeyResultScoring> m = new EnumMap<>(models);
    m.put(kind, scoring);
    return new Scorer(policy, m);
  }

  /**
   * Returns a copy with this policy and the same models.
   *
   * @param policy the scoring policy
   * @return a copy with this policy and the same models
   */
  public Scorer withPolicy(ScoringPolicy policy) {
    return new Scorer(Objects.requireNonNull(policy, "policy"), models);
  }

  /** {@return the policy this scorer applies} */
  public ScoringPolicy policy() {
    return policy;
  }

  /**
   * The strategy key results of {@code kind} are scored with.
   *
   * @param kind the kind
   * @return the strategy key results of {@code kind} are scored with
   * @throws NullPointerException if {@code kind} is null
   */
  public KeyResultScoring scoring(KeyResultKind kind) {
    return Objects.requireNonNull(models.get(Objects.requireNonNull(kind, "kind")));
  }

  /**
   * The score of {@code keyResult} as of {@code asOf}, using the check-ins dated on or before it.
   *
   * @param keyResult the key result
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the score of {@code keyResult} as of {@code asOf}, using the check-ins dated on or
   *     before it
   * @throws NullPointerException if an argument is null
   */
  public KeyResultScore score(KeyResult keyResult, LocalDate asOf) {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(asOf, "asOf");
    // mid-cycle target and baseline changes: the values in force that day, so time travel is exact
    KeyResult kr = keyResult.inForceOn(asOf);
    KeyResultScoring model = Objects.requireNonNull(models.get(kr.kind()));
    Derivation d =
        model instanceof BuiltInScoring ? model.derive(kr, asOf, policy) : guarded(model, kr, asOf);
    return KeyResultScore.of(kr, asOf, policy, d);
  }

  /** A user strategy's derivation, or STRATEGY_FAILED when it breaks its contract. */
  @SuppressWarnings("IllegalCatch") // user code: any runtime failure becomes a reason, not a throw
  private Derivation guarded(KeyResultScoring model, KeyResult kr, LocalDate asOf) {
    Derivation d;
    try {
      d = model.derive(kr, asOf, policy);
    } catch (RuntimeException e) {
      return BuiltInScoring.failed(kr, "strategy " + Contracts.name(model) + " threw "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    if (d == null) {
      return BuiltInScoring.failed(kr, "strategy " + Contracts.name(model) + " returned null");
    }
    Optional<BigDecimal> score = d.result();
    if (score.isPresent() && !policy.allows(score.get())) {
      return BuiltInScoring.failed(kr, "strategy " + Contracts.name(model) + " scored "
          + ScoreMath.format(score.get()) + ", outside the policy's floor and cap");
    }
    return d;
  }

  /**
   * The score of {@code objective} as of {@code asOf}: the weighted mean of its key results'
   * defined scores, as a {@link Derivation.WeightedMean} naming each key result's share and the
   * ones left out.
   *
   * <p>A closed objective (or key result) is scored as of its close date when {@code asOf} is
   * later: its grade is the one computed at the close, and check-ins after it (allowed on key
   * results tracked after the close) are the "result since close", never part of the cycle's
   * grade.
   *
   * @param objective the objective
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the score of {@code objective} as of {@code asOf}
   * @throws NullPointerException if an argument is null
   */
  public ObjectiveScore score(Objective objective, LocalDate asOf) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(asOf, "asOf");
    List<KeyResult> krs = objective.keyResults();
    KeyResultScore[] scores = new KeyResultScore[krs.size()];
    LocalDate objectiveAsOf = frozenAt(objective.close(), asOf);
    for (int k = 0; k < scores.length; k++) {
      KeyResult kr = krs.get(k);
      scores[k] = score(kr, frozenAt(kr.close(), objectiveAsOf));
    }
    // the weighted mean and its shares are made when the objective's score is first read
    return ObjectiveScore.deferred(objective, asOf, List.of(scores), policy);
  }

  /** The derivation of {@code objective}'s score over these key-result scores. */
  static Derivation derivation(Objective objective, List<KeyResultScore> scores) {
    List<Derivation.Contribution> items = new ArrayList<>(scores.size());
    List<Derivation.Excluded> excluded = new ArrayList<>();
    for (KeyResultScore s : scores) {
      contribute(s, items, excluded);
    }
    if (scores.isEmpty()) {
      return undefinedObjective(UndefinedReason.NO_KEY_RESULTS, objective.id());
    } else if (items.isEmpty()) {
      return excluded.stream().anyMatch(e -> e.why().reason() == UndefinedReason.WEIGHT_ZERO)
          ? new Derivation.Undefined(
              UndefinedReason.WEIGHT_ZERO, objective.id(), Optional.empty(), Optional.empty(),
              "objective '" + objective.id()
                  + "': every key result with a score weighs 0 (tracked, not counted)")
          : undefinedObjective(UndefinedReason.NO_DEFINED_SCORE, objective.id());
    }
    return Derivation.WeightedMean.of(items, excluded);
  }

  /** {@code asOf}, or the close-out's date when that is earlier. */
  private static LocalDate frozenAt(Optional<CloseOut> close, LocalDate asOf) {
    if (close.isEmpty()) {
      return asOf;
    }
    Optional<LocalDate> closed = close.flatMap(CloseOut::date);
    return closed.isPresent() && closed.get().isBefore(asOf) ? closed.get() : asOf;
  }

  /**
   * Adds {@code s} to a weighted mean's items (share still to be computed) or, when it has no
   * score, to the items left out: shared with the roll-up so both treat key results alike.
   *
   * @param s the s
   * @param items the items
   * @param excluded the ids left out
   * @throws NullPointerException if an argument is null
   */
  public static void contribute(
      KeyResultScore s,
      List<Derivation.Contribution> items,
      List<Derivation.Excluded> excluded) {
    Derivation d = s.derivation();
    if (d instanceof Derivation.Undefined u) {
      excluded.add(new Derivation.Excluded(s.keyResultId(), Derivation.Item.KEY_RESULT, u));
    } else if (s.weight().signum() == 0) {
      // Weight 0: tracked, not counted — shown with its score, left out of the mean.
      excluded.add(
          new Derivation.Excluded(
              s.keyResultId(),
              Derivation.Item.KEY_RESULT,
              new Derivation.Undefined(
                  UndefinedReason.WEIGHT_ZERO, s.keyResultId(), Optional.empty(), Optional.empty(),
                  "'" + s.keyResultId() + "' weighs 0: tracked, not counted")));
    } else {
      BigDecimal score = d.result().orElseThrow();
      items.add(new Derivation.Contribution(
          s.keyResultId(), Derivation.Item.KEY_RESULT, s.weight(), score, BigDecimal.ZERO));
    }
  }

  private static Derivation.Undefined undefinedObjective(UndefinedReason reason, String id) {
    return new Derivation.Undefined(reason, id, Optional.empty(), Optional.empty(), "");
  }

  @Override
  public String toString() {
    return "Scorer{" + policy + "}";
  }
}
