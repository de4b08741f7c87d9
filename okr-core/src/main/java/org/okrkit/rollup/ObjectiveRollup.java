package org.okrkit.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Objective;
import org.okrkit.scoring.Derivation;
import org.okrkit.scoring.ExplanationFormat;
import org.okrkit.scoring.Grade;
import org.okrkit.scoring.GradeScale;
import org.okrkit.scoring.KeyResultScore;
import org.okrkit.scoring.ObjectiveScore;
import org.okrkit.scoring.PaceStatus;
import org.okrkit.scoring.ScoreRounding;
import org.okrkit.scoring.UndefinedReason;

/**
 * One objective in a {@link RollupResult}: its own score, its roll-up over the tree beneath it,
 * the grade and pace of that roll-up, and its place in the alignment tree.
 *
 * <p>Immutable and thread-safe.
 */
public final class ObjectiveRollup {
  /** The pace statuses as {@code Optional}s, one each: {@link #paceStatus()} makes none. */
  private static final Map<PaceStatus, Optional<PaceStatus>> PACES = paces();

  private final Objective objective;
  // Null only for a node of the columnar pass (source != null), made from its columns when first
  // read: the own score, the children and the derivation (racing first reads make equal values).
  private volatile @Nullable ObjectiveScore score;
  private volatile @Nullable List<ObjectiveRollup> children;
  // Made on first read when the roll-up deferred it (general.render != null or source != null):
  // the number is computed eagerly, the derivation with its shares only when someone asks (most
  // roll-ups never do).
  private volatile @Nullable Derivation derivation;
  private final @Nullable ColumnarNodes source;
  private final int pos;
  private final @Nullable BigDecimal rollup;
  private final @Nullable PaceStatus paceStatus;
  // What a node of the general path carries and a columnar node reads from its source (null for
  // one): the node stays small where a roll-up makes one per objective on read.
  private final @Nullable General general;

  /** The parts of a node of the general path that a columnar node reads from its columns. */
  private static final class General {
    final RollupPolicy policy;
    final GradeScale grades;
    final @Nullable BigDecimal expectedProgress;
    final @Nullable RollupProblem problem;
    final @Nullable BigDecimal valueSpan;
    final boolean ended;
    @Nullable Supplier<Derivation> render;

    General(
        RollupPolicy policy,
        GradeScale grades,
        @Nullable BigDecimal expectedProgress,
        @Nullable RollupProblem problem,
        @Nullable BigDecimal valueSpan,
        boolean ended,
        @Nullable Supplier<Derivation> render) {
      this.policy = policy;
      this.grades = grades;
      this.expectedProgress = expectedProgress;
      this.problem = problem;
      this.valueSpan = valueSpan;
      this.ended = ended;
      this.render = render;
    }
  }

  ObjectiveRollup(
      Objective objective,
      ObjectiveScore score,
      RollupPolicy policy,
      List<ObjectiveRollup> children,
      Derivation derivation,
      GradeScale grades,
      @Nullable BigDecimal expectedProgress,
      @Nullable PaceStatus paceStatus,
      @Nullable RollupProblem problem,
      @Nullable BigDecimal valueSpan,
      boolean ended) {
    this(objective, score, children, derivation, null, -1, derivation.result().orElse(null),
        paceStatus,
        new General(policy, grades, expectedProgress, problem, valueSpan, ended, null));
  }

  /**
   * A defined roll-up whose derivation {@code render} makes on first read: {@code rollup} must be
   * the result of the derivation it makes.
   */
  ObjectiveRollup(
      Objective objective,
      ObjectiveScore score,
      RollupPolicy policy,
      List<ObjectiveRollup> children,
      BigDecimal rollup,
      Supplier<Derivation> render,
      GradeScale grades,
      @Nullable BigDecimal expectedProgress,
      @Nullable PaceStatus paceStatus,
      @Nullable BigDecimal valueSpan,
      boolean ended) {
    this(objective, score, children, null, null, -1, rollup, paceStatus,
        new General(policy, grades, expectedProgress, null, valueSpan, ended, render));
  }

  /**
   * A node of the columnar pass, at position {@code pos} of {@code source}: its numbers given, its
   * own score, children, value span, derivation, policy, grades, expected progress and end read
   * from the columns.
   */
  ObjectiveRollup(
      Objective objective,
      ColumnarNodes source,
      int pos,
      BigDecimal rollup,
      @Nullable PaceStatus paceStatus) {
    this(objective, null, null, null, source, pos, rollup, paceStatus, null);
  }

  // The one place that sets the fields: exactly one of derivation, general.render and source is
  // non-null; score and children are null only with a source, general only without one.
  private ObjectiveRollup(
      Objective objective,
      @Nullable ObjectiveScore score,
      @Nullable List<ObjectiveRollup> children,
      @Nullable Derivation derivation,
      @Nullable ColumnarNodes source,
      int pos,
      @Nullable BigDecimal rollup,
      @Nullable PaceStatus paceStatus,
      @Nullable General general) {
    this.objective = objective;
    // the volatile fields written only when set: a null needs no write, and a volatile write is
    // a fence (three per node made on read, where a dashboard makes one per objective)
    if (score != null) {
      this.score = score;
    }
    if (children != null) {
      this.children = children;
    }
    if (derivation != null) {
      this.derivation = derivation;
    }
    this.source = source;
    this.pos = pos;
    this.rollup = rollup;
    this.paceStatus = paceStatus;
    this.general = general;
  }

  private static Map<PaceStatus, Optional<PaceStatus>> paces() {
    Map<PaceStatus, Optional<PaceStatus>> all = new EnumMap<>(PaceStatus.class);
    for (PaceStatus p : PaceStatus.values()) {
      all.put(p, Optional.of(p));
    }
    return all; // never changed after this
  }

  private RollupPolicy policy() {
    General g = general;
    return g != null ? g.policy : Objects.requireNonNull(source).rollup.policy();
  }

  private GradeScale grades() {
    General g = general;
    return g != null ? g.grades : Objects.requireNonNull(source).rollup.scorer().policy().grades();
  }

  /** {@return the id of the objective} */
  public String objectiveId() {
    return objective.id();
  }

  /** {@return the objective} */
  public Objective objective() {
    return objective;
  }

  /**
   * The objective's own score: the weighted mean of its own key results, beside the {@link
   * #rollup() roll-up}, which also counts what is aligned to it.
   *
   * @return the objective's own score
   */
  public ObjectiveScore ownScore() {
    ObjectiveScore s = score;
    if (s == null) {
      s = Objects.requireNonNull(source).ownScore(pos);
      score = s;
    }
    return s;
  }

  /**
   * The own score of the objective's key result at {@code index} (its position among {@code
   * objective().keyResults()}), as {@code ownScore().keyResultScores().get(index).score()} gives
   * it, the same exact decimal, read without making the objective's own score or a {@link
   * KeyResultScore} per key result: what a dashboard that shows every key result's score beside
   * its objective calls. The key result's derivation, explanation and check-in stay with {@link
   * #ownScore()}.
   *
   * <pre>{@code
   * for (int k = 0; k < node.keyResultCount(); k++) {
   *   Optional<BigDecimal> score = node.keyResultScore(k); // objective().keyResults().get(k)'s
   * }
   * }</pre>
   *
   * @param index the key result's position among the objective's key results, from 0
   * @return the key result's score; empty when it has no defined score
   * @throws IndexOutOfBoundsException naming the objective, unless {@code 0 ≤ index <} the number
   *     of the objective's key results ({@link #keyResultCount()})
   */
  public Optional<BigDecimal> keyResultScore(int index) {
    ColumnarNodes s = source;
    if (s != null) {
      return Optional.of(s.keyResultScoreOf(pos, index));
    }
    List<KeyResultScore> all = ownScore().keyResultScores();
    if (index < 0 || index >= all.size()) {
      throw noKeyResultAt(objective, index, all.size());
    }
    return all.get(index).score();
  }

  /**
   * The number of the objective's own key results: the positions {@link #keyResultScore(int)}
   * takes, {@code objective().keyResults().size()} read without the objective.
   *
   * @return the number of the objective's own key results
   */
  public int keyResultCount() {
    ColumnarNodes s = source;
    return s != null ? s.keyResultCountOf(pos) : ownScore().keyResultScores().size();
  }

  /** The error for a key-result position that {@code o}, with {@code n} key results, has not. */
  static IndexOutOfBoundsException noKeyResultAt(Objective o, int index, int n) {
    return new IndexOutOfBoundsException(
        "objective '" + o.id() + "': no key result at position " + index + " of " + n);
  }

  /**
   * The roll-up under the result's {@link RollupPolicy}: by default the weighted mean over the
   * objective's own key results and its children's roll-ups (children with an undefined roll-up
   * and key results with an undefined score are left out); empty when no item is defined.
   *
   * @return the roll-up under the result's {@link RollupPolicy}
   */
  public Optional<BigDecimal> rollup() {
    return Optional.ofNullable(rollup);
  }

  /**
   * The roll-up as people read it, rounded by the one rule of every printed score ({@link
   * ScoreRounding}, on the scorer's grade scale), as {@link #explanation()} prints it. For
   * display only: store and compute with {@link #rollup()}.
   *
   * @return the printed roll-up, such as {@code "0.67"}; empty when the roll-up is undefined
   */
  public Optional<String> displayRollup() {
    GradeScale grades = grades();
    return rollup().map(r -> ScoreRounding.format(r, grades));
  }

  /**
   * True when the roll-up is defined.
   *
   * @return {@code true} when the roll-up is defined
   */
  public boolean isDefined() {
    return rollup != null;
  }

  /**
   * How the roll-up came about, as data: a {@link Derivation.WeightedMean} whose contributions
   * are key results and child objectives (each with its weight, score and share of the roll-up)
   * and whose excluded items say why they were left out, or a {@link Derivation.Undefined}.
   *
   * @return how the roll-up came about, as data
   */
  public Derivation derivation() {
    Derivation d = derivation;
    if (d == null) {
      synchronized (this) {
        d = derivation;
        if (d == null) {
          General g = general;
          Supplier<Derivation> r = g != null ? g.render : null;
          d = r != null ? r.get() : Objects.requireNonNull(source).derivation(this, pos);
          derivation = d;
          if (g != null) {
            g.render = null; // the items it held are no longer needed
          }
        }
      }
    }
    return d;
  }

  /** {@return why the roll-up is undefined; empty when it is defined} */
  public Optional<String> undefinedReason() {
    Derivation d = rollup == null ? derivation() : null;
    return d instanceof Derivation.Undefined u
        ? Optional.of(ExplanationFormat.english().reason(u))
        : Optional.empty();
  }

  /** {@return the reason code when the roll-up is undefined; empty when it is defined} */
  public Optional<UndefinedReason> undefinedCode() {
    Derivation d = rollup == null ? derivation() : null;
    return d instanceof Derivation.Undefined u
        ? Optional.of(u.reason())
        : Optional.empty();
  }

  /**
   * The structural problem that makes the roll-up undefined in a {@linkplain
   * Rollup#computeTolerant tolerant} roll-up: the objective's own (a dangling parent, a cycle it
   * is on, its id used twice) or one in the tree beneath it; empty when the tree it counts is
   * sound.
   *
   * @return the structural problem that makes the roll-up undefined in a {@linkplain
   *     Rollup#computeTolerant tolerant} roll-up
   */
  public Optional<RollupProblem> problem() {
    General g = general;
    return g == null ? Optional.empty() : Optional.ofNullable(g.problem);
  }

  /**
   * The grade of the roll-up on the scorer's grade scale; empty when it is undefined.
   *
   * @return the grade of the roll-up on the scorer's grade scale
   */
  public Optional<Grade> grade() {
    return rollup().map(grades()::grade);
  }

  /**
   * True when the objective is committed and its roll-up is below 1.0: not (yet) delivered in
   * full. Before its cycle ends that is a warning, not a verdict; see {@link #isMiss()}.
   * Aspirational objectives and undefined roll-ups are never below commitment.
   *
   * @return {@code true} when the objective is committed and its roll-up is below 1.0
   */
  public boolean isBelowCommitment() {
    return objective.isCommitted()
        && rollup().map(r -> r.compareTo(BigDecimal.ONE) < 0).orElse(false);
  }

  /**
   * True when the objective is a committed miss: {@linkplain #isBelowCommitment() below
   * commitment} once its cycle has ended (the as-of date is on or after the cycle's last day) or
   * the objective is closed. Mid-cycle a committed objective below 1.0 is only below commitment.
   *
   * @return {@code true} when the objective is a committed miss
   */
  public boolean isMiss() {
    return hasEnded() && isBelowCommitment();
  }

  /**
   * True when the objective's cycle has ended by the as-of date, or the objective is closed.
   *
   * @return {@code true} when the objective's cycle has ended by the as-of date, or the objective
   *     is closed
   */
  public boolean hasEnded() {
    General g = general;
    return g != null ? g.ended : Objects.requireNonNull(source).endedOf(pos);
  }

  /**
   * The progress expected by the as-of date in the objective's cycle; empty when the set has no
   * cycle with the objective's cycle id.
   *
   * @return the progress expected by the as-of date in the objective's cycle
   */
  public Optional<BigDecimal> expectedProgress() {
    General g = general;
    return Optional.ofNullable(
        g != null ? g.expectedProgress : Objects.requireNonNull(source).expectedOf(pos));
  }

  /**
   * The pace of the roll-up against the objective's cycle; empty when the roll-up is undefined
   * or the set has no cycle with the objective's cycle id.
   *
   * @return the pace of the roll-up against the objective's cycle
   */
  public Optional<PaceStatus> paceStatus() {
    PaceStatus p = paceStatus;
    return p == null ? Optional.empty() : Objects.requireNonNull(PACES.get(p));
  }

  /**
   * True when this objective's roll-up counts toward its parent: a {@linkplain
   * org.okrkit.model.AlignmentLink#CONTRIBUTE contribute} link with a weight above 0. A {@linkplain
   * org.okrkit.model.AlignmentLink#SUPPORT support} link or weight 0 is shown, never counted.
   *
   * @return {@code true} when this objective's roll-up counts toward its parent
   */
  public boolean counts() {
    return objective.link() == org.okrkit.model.AlignmentLink.CONTRIBUTE
        && objective.weight().signum() > 0;
  }

  /**
   * The value span of the items counted in the roll-up: the sum of their {@code |target −
   * baseline|} (an aligned objective counting its own span), which {@link
   * RollupStrategy#sumOfValues()} weighs this objective by in its parent; empty when no counted
   * item has one.
   *
   * @return the value span of the items counted in the roll-up
   */
  public Optional<BigDecimal> valueSpan() {
    ColumnarNodes s = source;
    return Optional.ofNullable(
        s != null ? s.spanOf(pos) : Objects.requireNonNull(general).valueSpan);
  }

  /** {@return the id of the objective this one aligns to, if any} */
  public Optional<String> parentId() {
    return objective.parent();
  }

  /** {@return the ids of the objectives in {@link #children()}, in document order} */
  public List<String> childIds() {
    List<ObjectiveRollup> listed = children();
    List<String> ids = new ArrayList<>(listed.size());
    for (ObjectiveRollup c : listed) {
      ids.add(c.objectiveId());
    }
    return List.copyOf(ids);
  }

  /**
   * The roll-ups of the objectives aligned to this one, in document order; for an objective on an
   * alignment cycle, those not on a cycle (the cycle is named by {@link #problem()}).
   *
   * @return the roll-ups of the objectives aligned to this one, in document order
   */
  public List<ObjectiveRollup> children() {
    List<ObjectiveRollup> c = children;
    if (c == null) {
      c = Objects.requireNonNull(source).children(pos);
      children = c;
    }
    return c;
  }

  /**
   * How the roll-up came about: the weighted mean with each item named, e.g. {@code (1 × 0.50
   * [key result 'a'] + 2 × 0.75 [objective 'b']) / 3 = 0.67}, rendered from the derivation by
   * {@link ExplanationFormat}.
   *
   * @return how the roll-up came about: the weighted mean with each item named, e.g
   */
  public String explanation() {
    ExplanationFormat format = ExplanationFormat.english().withGrades(grades());
    Derivation d = derivation();
    if (policy() == RollupPolicy.OWN_KEY_RESULTS_ONLY && d.isDefined()) {
      return "own key results only: " + format.format(d);
    }
    return format.withItemNames(true).format(d);
  }

  @Override
  public String toString() {
    return "ObjectiveRollup{"
        + objective.id()
        + ": "
        + rollup().map(BigDecimal::toPlainString).orElseGet(() -> "undefined ("
            + undefinedReason().orElse("") + ")")
        + "}";
  }
}
