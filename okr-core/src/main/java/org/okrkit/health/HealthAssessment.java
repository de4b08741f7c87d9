package org.okrkit.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The health of one key result or objective as of a date, with the rule that decided it and the
 * dates and numbers it was decided from.
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
 */
public record HealthAssessment(
    String id,
    Health health,
    HealthRule rule,
    Optional<BigDecimal> expected,
    Optional<LocalDate> lastCheckIn,
    Optional<LocalDate> staleSince,
    String detail) {

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
  public HealthAssessment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(health, "health");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(lastCheckIn, "lastCheckIn");
    Objects.requireNonNull(staleSince, "staleSince");
    Objects.requireNonNull(detail, "detail");
  }

  static HealthAssessment of(
      String id,
      Health health,
      HealthRule rule,
      @Nullable BigDecimal expected,
      @Nullable LocalDate lastCheckIn,
      @Nullable LocalDate staleSince,
      String detail) {
    return new HealthAssessment(
        id,
        health,
        rule,
        Optional.ofNullable(expected),
        Optional.ofNullable(lastCheckIn),
        Optional.ofNullable(staleSince),
        detail);
  }
}
