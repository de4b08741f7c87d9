package org.okrkit.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The health of one key result or objective as of a date, with the rule that decided it and the
 * dates and numbers it was decided from.
 *
 * <p>The decision in words ({@link #detail()}) is written when first read: assessing every key
 * result of a large organisation builds no sentence for the ones nobody looks at. Immutable and
 * thread-safe; equal, like a record, when every component is equal.
 */
public final class HealthAssessment {
  private final String id;
  private final Health health;
  private final HealthRule rule;
  private final @Nullable BigDecimal expected;
  private final @Nullable LocalDate lastCheckIn;
  private final @Nullable LocalDate staleSince;
  /**
   * The one cell holding the writer of the detail until it is first read, then the detail: the
   * writer (and the score or roll-up node it reads) is dropped once used. A final field, so the
   * writer is seen by every thread however the assessment was shared; the first read writes under
   * the cell's lock.
   */
  private final Object[] detail = new Object[1];

  /**
   * An assessment with these parts.
   *
   * @param id the key result's or objective's id
   * @param health the health
   * @param rule the first rule that matched
   * @param expected the progress expected by the date (0.0–1.0), if there is a period to pace
   *     against
   * @param lastCheckIn the latest check-in on or before the date, if any
   * @param staleSince the first day without a fresh check-in, when stale
   * @param detail the decision in words, e.g. {@code no check-in since 2026-11-01 (weekly + 3 days
   *     grace: stale since 2026-11-12)}
   * @throws NullPointerException if a part is null
   */
  public HealthAssessment(
      String id,
      Health health,
      HealthRule rule,
      Optional<BigDecimal> expected,
      Optional<LocalDate> lastCheckIn,
      Optional<LocalDate> staleSince,
      String detail) {
    this(
        id,
        health,
        rule,
        Objects.requireNonNull(expected, "expected").orElse(null),
        Objects.requireNonNull(lastCheckIn, "lastCheckIn").orElse(null),
        Objects.requireNonNull(staleSince, "staleSince").orElse(null),
        Objects.requireNonNull(detail, "detail"));
  }

  private HealthAssessment(
      String id,
      Health health,
      HealthRule rule,
      @Nullable BigDecimal expected,
      @Nullable LocalDate lastCheckIn,
      @Nullable LocalDate staleSince,
      Object describe) {
    this.id = Objects.requireNonNull(id, "id");
    this.health = Objects.requireNonNull(health, "health");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.expected = expected;
    this.lastCheckIn = lastCheckIn;
    this.staleSince = staleSince;
    this.detail[0] = describe;
  }

  /** An assessment whose detail is written by {@code describe} when first read. */
  static HealthAssessment of(
      String id,
      Health health,
      HealthRule rule,
      @Nullable BigDecimal expected,
      @Nullable LocalDate lastCheckIn,
      @Nullable LocalDate staleSince,
      Supplier<String> describe) {
    return new HealthAssessment(id, health, rule, expected, lastCheckIn, staleSince, describe);
  }

  /** {@return the key result's or objective's id} */
  public String id() {
    return id;
  }

  /** {@return the health} */
  public Health health() {
    return health;
  }

  /** {@return the first rule that matched} */
  public HealthRule rule() {
    return rule;
  }

  /**
   * {@return the progress expected by the date (0.0–1.0), if there is a period to pace against}
   */
  public Optional<BigDecimal> expected() {
    return Optional.ofNullable(expected);
  }

  /** {@return the latest check-in on or before the date, if any} */
  public Optional<LocalDate> lastCheckIn() {
    return Optional.ofNullable(lastCheckIn);
  }

  /** True when a check-in was heard by the date: {@link #lastCheckIn()} is present. */
  boolean heard() {
    return lastCheckIn != null;
  }

  /** {@return the first day without a fresh check-in, when stale} */
  public Optional<LocalDate> staleSince() {
    return Optional.ofNullable(staleSince);
  }

  /**
   * {@return the decision in words, e.g. {@code no check-in since 2026-11-01 (weekly + 3 days
   * grace: stale since 2026-11-12)}}
   */
  public String detail() {
    Object d = detail[0];
    if (d instanceof String s) {
      return s;
    }
    synchronized (detail) {
      d = detail[0];
      if (!(d instanceof String)) {
        d = (String) Objects.requireNonNull(((Supplier<?>) d).get(), "detail");
        detail[0] = d;
      }
      return (String) d;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HealthAssessment that
        && id.equals(that.id)
        && health == that.health
        && rule == that.rule
        && Objects.equals(expected, that.expected)
        && Objects.equals(lastCheckIn, that.lastCheckIn)
        && Objects.equals(staleSince, that.staleSince)
        && detail().equals(that.detail());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, health, rule, expected, lastCheckIn, staleSince, detail());
  }

  /** The record-style form: {@code HealthAssessment[id=…, health=…, …, detail=…]}. */
  @Override
  public String toString() {
    return "HealthAssessment[id=" + id + ", health=" + health + ", rule=" + rule
        + ", expected=" + expected() + ", lastCheckIn=" + lastCheckIn() + ", staleSince="
        + staleSince() + ", detail=" + detail() + "]";
  }
}
