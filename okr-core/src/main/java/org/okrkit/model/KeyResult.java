package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.internal.Decimals;

/**
 * A key result: one measurable outcome that shows how far its objective has been achieved
 * ("Increase customer satisfaction from 4.1 to 4.8"), with the check-ins that track it.
 *
 * <p>A {@linkplain KeyResultKind#METRIC metric} moves a number from its {@link #baseline()} to its
 * {@link #target()}; a {@linkplain KeyResultKind#THRESHOLD threshold} keeps a number on the right
 * side of a bound ({@link Target#atLeast(BigDecimal)}); a {@linkplain KeyResultKind#MILESTONE
 * milestone} is done or not. Whether the parts fit the kind is the validator's call; construction
 * only guarantees a non-blank id and title and a positive weight.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyResult {
  KeyResult() {}

  /** {@return the key result's id, unique in an {@link OkrSet}, such as {@code cs-1}} */
  public abstract String id();

  /**
   * The key result as written ("Increase customer satisfaction from 4.1 to 4.8").
   *
   * @return the key result as written ("Increase customer satisfaction from 4.1 to 4.8")
   */
  public abstract String title();

  /** {@return how the key result is measured; metric unless said otherwise} */
  @Value.Default
  public KeyResultKind kind() {
    return KeyResultKind.METRIC;
  }

  /** {@return the unit of its values ({@code %}, {@code days}, {@code USD}…), for display only} */
  public abstract Optional<String> unit();

  /** {@return where a metric key result starts, or empty when there is none} */
  public abstract Optional<Baseline> baseline();

  /**
   * {@return where the key result should end, or the bound a threshold keeps, or empty when there
   * is none}
   */
  public abstract Optional<Target> target();

  /**
   * The ids of the key results whose current values add up to this one's ("company revenue = sum
   * of the regions' revenue"); empty for a key result measured by its own check-ins. With ids,
   * this key result's own check-ins are ignored.
   *
   * @return the ids of the key results whose current values add up to this one's ("company revenue
   *     = sum of the regions' revenue")
   */
  public abstract List<String> sumOf();

  /** {@return the day work on the key result starts, when it is not the cycle's first day} */
  public abstract Optional<LocalDate> start();

  /** {@return the day the key result is due, when it is before the cycle's last day} */
  public abstract Optional<LocalDate> due();

  /**
   * Intermediate targets ("140 by 15 November"), making expected progress piecewise linear
   * through them; empty for a straight line from baseline to target.
   *
   * @return intermediate targets ("140 by 15 November"), making expected progress piecewise linear
   *     through them
   */
  public abstract List<PlanPoint> plan();

  /** {@return how often this key result is to be checked in, when not the document's cadence} */
  public abstract Optional<Period> cadence();

  /**
   * {@return days of grace after a missed check-in before it is stale, when not the document's, or
   * empty when there is none}
   */
  public abstract Optional<Integer> graceDays();

  /**
   * The key result's weight in its objective's score; 1 unless said otherwise, always &gt;= 0.
   * Weight 0 means "tracked, not counted": shown and scored, but left out of the mean.
   *
   * @return the key result's weight in its objective's score
   */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** {@return the progress updates, in the order they were recorded} */
  public abstract List<CheckIn> checkIns();

  /**
   * True when the check-ins are recorded in date order (each dated on or after the one before),
   * as check-ins usually are: the latest one on or before a date is then the last such one, found
   * from the end without reading them all. Computed once, when the key result is built.
   *
   * @return {@code true} when the check-ins are recorded in date order (each dated on or after the
   *     one before), as check-ins usually are
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean checkInsInDateOrder() {
    List<CheckIn> all = checkIns();
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).date().isBefore(all.get(i - 1).date())) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a check-in records an increment ({@link CheckIn#delta()}): the current value is then
   * the running sum of the increments after the latest measured value. Computed once, when the key
   * result is built.
   *
   * @return {@code true} when a check-in records an increment ({@link CheckIn#delta()})
   */
  @Value.Derived
  @Value.Auxiliary
  public boolean hasDeltaCheckIns() {
    for (CheckIn c : checkIns()) {
      if (c.delta().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The mid-cycle changes of its target or baseline, each with a date and a reason; the {@link
   * #target()} and {@link #baseline()} are the values in force after the last change.
   *
   * @return the mid-cycle changes of its target or baseline, each with a date and a reason
   */
  public abstract List<Change> changes();

  /**
   * {@return the close-out of the key result at the end of its cycle, if it was closed on its own}
   */
  public abstract Optional<CloseOut> close();

  /**
   * {@return the id of the key result of an earlier cycle this one was carried forward from, if
   * any}
   */
  public abstract Optional<String> carriedFrom();

  /**
   * True when check-ins after its cycle's close are expected, to see whether the result held
   * (the "metrics review"); they are scored separately as the result since close.
   *
   * @return {@code true} when check-ins after its cycle's close are expected, to see whether the
   *     result held (the "metrics review")
   */
  @Value.Default
  public boolean trackAfterClose() {
    return false;
  }

  /**
   * The id of the {@link Kpi} the key result aims at, if any ({@code "nps"}).
   *
   * @return the id of the {@link Kpi} the key result aims at, if any
   */
  public abstract Optional<String> kpi();

  /**
   * True when the target is still to be set ("a target that can wait"): the key result has no
   * target yet, its score is undefined with reason {@code NO_TARGET_YET}, and the linter reports it
   * as information until a quarter of the cycle is gone, then as a warning.
   *
   * @return {@code true} when the target is still to be set ("a target that can wait")
   */
  @Value.Default
  public boolean targetPending() {
    return false;
  }

  /**
   * True when the baseline is still to be measured; see {@link #targetPending()}.
   *
   * @return {@code true} when the baseline is still to be measured; see {@link #targetPending()}
   */
  @Value.Default
  public boolean baselinePending() {
    return false;
  }

  /**
   * {@return what each zone looks like, for a {@linkplain KeyResultKind#ZONES zones} key result}
   */
  public abstract Optional<ZoneDescriptions> zones();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * The target in force on {@code date}: before the first target change its {@code from}, between
   * changes the {@code to} of the latest change dated on or before {@code date}, and from the last
   * change on the key result's own {@link #target()}.
   *
   * @param date the date
   * @return the target in force on {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Target> targetOn(LocalDate date) {
    BigDecimal v = valueOn(ChangeField.TARGET, date);
    if (v == null) {
      return target();
    }
    Target.Builder b = Target.builder().value(v);
    // A changed value keeps the side but not commit/stretch levels or a band's upper bound: they
    // were set for the old value and could contradict the new one.
    target().ifPresent(t -> b.side(t.side()).extensions(t.extensions()));
    return Optional.of(b.build());
  }

  /**
   * The baseline in force on {@code date}, by the same rule as {@link #targetOn(LocalDate)}.
   *
   * @param date the date
   * @return the baseline in force on {@code date}, by the same rule as {@link #targetOn(LocalDate)}
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<Baseline> baselineOn(LocalDate date) {
    BigDecimal v = valueOn(ChangeField.BASELINE, date);
    if (v == null) {
      return baseline();
    }
    Baseline.Builder b = Baseline.builder();
    baseline().ifPresent(b::from);
    return Optional.of(b.value(v).build());
  }

  /**
   * This key result as it stood on {@code date}: the target and baseline in force that day (see
   * {@link #targetOn(LocalDate)}), everything else unchanged; itself when no change applies.
   * Scoring as of a date scores this.
   *
   * @param date the date
   * @return this key result as it stood on {@code date}
   * @throws NullPointerException if {@code date} is null
   */
  public KeyResult inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (changes().isEmpty()) {
      return this;
    }
    Optional<Target> t = targetOn(date);
    Optional<Baseline> b = baselineOn(date);
    if (t.equals(target()) && b.equals(baseline())) {
      return this;
    }
    return builder().from(this).target(t).baseline(b).build();
  }

  /**
   * The value of {@code field} in force on {@code date} if a change decides it, or null when the
   * key result's own value is in force (no change of the field, or on or after the last one).
   */
  private @Nullable BigDecimal valueOn(ChangeField field, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Change first = null;
    Change latestOnOrBefore = null;
    Change last = null;
    for (Change c : changes()) {
      if (c.field() != field) {
        continue;
      }
      if (first == null || c.date().isBefore(first.date())) {
        first = c;
      }
      if (last == null || !c.date().isBefore(last.date())) {
        last = c;
      }
      if (!c.date().isAfter(date)
          && (latestOnOrBefore == null || !c.date().isBefore(latestOnOrBefore.date()))) {
        latestOnOrBefore = c;
      }
    }
    if (first == null || latestOnOrBefore == last) {
      return null;
    }
    return latestOnOrBefore == null
        ? first.from().orElse(null)
        : latestOnOrBefore.to().orElse(null);
  }

  /**
   * Returns a copy with this id.
   *
   * @param id the id
   * @return a copy with this id
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public abstract KeyResult withId(String id);

  /**
   * Returns a copy with this title.
   *
   * @param title the title as the owner wrote it
   * @return a copy with this title
   */
  public abstract KeyResult withTitle(String title);

  /**
   * Returns a copy of this kind.
   *
   * @param kind the kind
   * @return a copy of this kind
   */
  public abstract KeyResult withKind(KeyResultKind kind);

  /**
   * Returns a copy with this unit.
   *
   * @param unit the unit
   * @return a copy with this unit
   */
  public abstract KeyResult withUnit(String unit);

  /**
   * Returns a copy with this baseline.
   *
   * @param baseline the baseline
   * @return a copy with this baseline
   */
  public abstract KeyResult withBaseline(Baseline baseline);

  /**
   * Returns a copy with this target.
   *
   * @param target the target
   * @return a copy with this target
   */
  public abstract KeyResult withTarget(Target target);

  /**
   * Returns a copy with this weight.
   *
   * @param weight the weight; 0 means tracked but not counted
   * @return a copy with this weight
   * @throws IllegalArgumentException if {@code weight} is negative
   */
  public abstract KeyResult withWeight(BigDecimal weight);

  /**
   * Returns a copy whose current value is the sum of these key results' current values.
   *
   * @param sumOf the sum of
   * @return a copy whose current value is the sum of these key results' current values
   */
  public abstract KeyResult withSumOf(Iterable<String> sumOf);

  /**
   * Returns a copy with exactly these intermediate targets.
   *
   * @param plan the plan
   * @return a copy with exactly these intermediate targets
   */
  public abstract KeyResult withPlan(Iterable<? extends PlanPoint> plan);

  /**
   * Returns a copy due on this day.
   *
   * @param due the due
   * @return a copy due on this day
   */
  public abstract KeyResult withDue(LocalDate due);

  /**
   * Returns a copy starting on this day.
   *
   * @param start the first day
   * @return a copy starting on this day
   */
  public abstract KeyResult withStart(LocalDate start);

  /**
   * Returns a copy to be checked in this often.
   *
   * @param cadence the cadence
   * @return a copy to be checked in this often
   */
  public abstract KeyResult withCadence(Period cadence);

  /**
   * Returns a copy with this many days of grace after a missed check-in.
   *
   * @param graceDays the days of grace after a missed check-in before it is stale
   * @return a copy with this many days of grace after a missed check-in
   */
  public abstract KeyResult withGraceDays(int graceDays);

  /**
   * Returns a copy with exactly these check-ins.
   *
   * @param checkIns the check ins
   * @return a copy with exactly these check-ins
   */
  public abstract KeyResult withCheckIns(Iterable<? extends CheckIn> checkIns);

  /**
   * Returns a copy with exactly these changes.
   *
   * @param changes the changes
   * @return a copy with exactly these changes
   */
  public abstract KeyResult withChanges(Iterable<? extends Change> changes);

  /**
   * Returns a copy with this close-out.
   *
   * @param close the close-out
   * @return a copy with this close-out
   */
  public abstract KeyResult withClose(CloseOut close);

  /**
   * Returns a copy with this close-out, or none when empty.
   *
   * @param close the close-out
   * @return a copy with this close-out, or none when empty
   */
  public abstract KeyResult withClose(Optional<? extends CloseOut> close);

  /**
   * Returns a copy carried forward from the key result with this id.
   *
   * @param carriedFrom the id it was carried forward from
   * @return a copy carried forward from the key result with this id
   */
  public abstract KeyResult withCarriedFrom(String carriedFrom);

  /**
   * Returns a copy carried forward from this key result, or from none when empty.
   *
   * @param carriedFrom the id it was carried forward from
   * @return a copy carried forward from this key result, or from none when empty
   */
  public abstract KeyResult withCarriedFrom(Optional<String> carriedFrom);

  /**
   * Returns a copy tracked after its cycle's close ({@code true}) or not.
   *
   * @param trackAfterClose {@code true} to keep tracking it after the cycle closes
   * @return a copy tracked after its cycle's close ({@code true}) or not
   */
  public abstract KeyResult withTrackAfterClose(boolean trackAfterClose);

  /**
   * Returns a copy aiming at the KPI with this id.
   *
   * @param kpi the KPI
   * @return a copy aiming at the KPI with this id
   */
  public abstract KeyResult withKpi(String kpi);

  /**
   * Returns a copy with {@code checkIn} recorded after the existing ones.
   *
   * @param checkIn the check-in
   * @return a copy with {@code checkIn} recorded after the existing ones
   */
  public KeyResult plusCheckIn(CheckIn checkIn) {
    return builder().from(this).addCheckIns(checkIn).build();
  }

  /**
   * A metric key result moving a number from {@code baseline} to {@code target}; the direction
   * (increase or decrease) follows from which is larger.
   *
   * @param id the id
   * @param title the title as the owner wrote it
   * @param baseline the baseline
   * @param target the target
   * @return a metric key result moving a number from {@code baseline} to {@code target}
   * @throws IllegalArgumentException if the id or title is blank, or a value has over 10,000
   *     digits either side of the point
   */
  public static KeyResult metric(String id, String title, BigDecimal baseline, BigDecimal target) {
    return builder()
        .id(id)
        .title(title)
        .kind(KeyResultKind.METRIC)
        .baseline(Baseline.of(baseline))
        .target(Target.of(target))
        .build();
  }

  /**
   * A metric key result from {@code baseline} to {@code target}, each taken as the shortest
   * decimal that reads as it (4.1 is exactly 4.1).
   *
   * @param id the id
   * @param title the title as the owner wrote it
   * @param baseline the baseline
   * @param target the target
   * @return a metric key result from {@code baseline} to {@code target}, each taken as the shortest
   *     decimal that reads as it
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public static KeyResult metric(String id, String title, double baseline, double target) {
    return metric(
        id, title, Decimals.of("baseline value", baseline), Decimals.of("target value", target));
  }

  /**
   * A threshold key result keeping a number on the right side of {@code bound}.
   *
   * @param id the id
   * @param title the title as the owner wrote it
   * @param bound the bound
   * @return a threshold key result keeping a number on the right side of {@code bound}
   * @throws IllegalArgumentException if the id or title is blank
   */
  public static KeyResult threshold(String id, String title, Target bound) {
    return builder().id(id).title(title).kind(KeyResultKind.THRESHOLD).target(bound).build();
  }

  /**
   * A milestone key result: done or not done.
   *
   * @param id the id
   * @param title the title as the owner wrote it
   * @return a milestone key result: done or not done
   * @throws IllegalArgumentException if the id or title is blank
   */
  public static KeyResult milestone(String id, String title) {
    return builder().id(id).title(title).kind(KeyResultKind.MILESTONE).build();
  }

  /** {@return a builder for key results} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("key result", id(), "id", id());
    Checks.nonBlank("key result", id(), "title", title());
    Checks.nonNegative("key result", id(), "weight", weight());
    if (targetPending() && target().isPresent()) {
      throw Checks.invalid(
          "key result", id(), "a pending target must have no value yet, was "
              + Checks.format(target().get().value()));
    }
    if (baselinePending() && baseline().isPresent()) {
      throw Checks.invalid(
          "key result", id(), "a pending baseline must have no value yet, was "
              + Checks.format(baseline().get().value()));
    }
    for (String source : sumOf()) {
      Checks.nonBlank("key result", id(), "sumOf id", source);
    }
    if (start().isPresent() && due().isPresent() && due().orElseThrow().isBefore(start().orElseThrow())) {
      throw Checks.invalid(
          "key result",
          id(),
          "due " + due().orElseThrow() + " must not be before start " + start().orElseThrow());
    }
    if (cadence().isPresent()
        && (cadence().orElseThrow().isNegative() || cadence().orElseThrow().isZero())) {
      throw Checks.invalid(
          "key result", id(), "cadence must be a positive period, was " + cadence().orElseThrow());
    }
    if (graceDays().isPresent() && graceDays().orElseThrow() < 0) {
      throw Checks.invalid(
          "key result", id(), "graceDays must be >= 0, was " + graceDays().orElseThrow());
    }
    Checks.extensions("key result", id(), extensions());
  }

  /** Builds a {@link KeyResult}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableKeyResult.Builder {
    Builder() {}
  }
}
