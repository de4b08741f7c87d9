package org.okrkit.model;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * A document's scoring conventions (its top-level {@code "scoring"} object), so that every tool
 * reading the document scores it the same way: the over-achievement cap, the floor, the credit
 * for unmet thresholds and bands, the grade edges, the check-in cadence every key result is held
 * to, how objectives roll up, and the scale check-in confidences are given on. Every part is optional; an absent part means the library
 * default (cap 1, floor 0, all-or-nothing thresholds, no band credit, Google's 0.7/0.4, weekly
 * check-ins with 3 days of grace, the weighted mean of own key results and aligned objectives,
 * pooled, confidences on 0.0–1.0). The scoring package turns these into a policy ({@code ScoringPolicy.from}), the health
 * package the cadence into a health policy ({@code HealthPolicy.with}), the rollup package the
 * roll-up parts into a roll-up ({@code Rollup.with}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoringSettings {
  /** The spellings of {@link #thresholdCredit()}. */
  public static final List<String> THRESHOLD_CREDITS =
      List.of("all-or-nothing", "partial", "hit-ratio");

  /** The spellings of {@link #bandCredit()}. */
  public static final List<String> BAND_CREDITS = List.of("none", "partial");

  /**
   * The spellings of {@link #rollup()}, as {@code okr --rollup} takes them: the weighted mean,
   * the weakest link, the sum of values.
   */
  public static final List<String> ROLLUPS = List.of("mean", "weakest", "sum");

  /**
   * The spellings of {@link #source()}, as {@code okr --source} takes them: own key results,
   * aligned objectives, both.
   */
  public static final List<String> SOURCES = List.of("own", "children", "both");

  ScoringSettings() {}

  /** {@return the highest score over-achievement earns (at least 1), when the document sets one} */
  public abstract Optional<BigDecimal> cap();

  /**
   * True when the document says {@code "cap": "none"}: over-achievement is not capped.
   *
   * @return {@code true} when the document says {@code "cap": "none"}: over-achievement is not
   *     capped
   */
  @Value.Default
  public boolean noCap() {
    return false;
  }

  /** {@return the lowest score regression earns (0 or below), when the document sets one} */
  public abstract Optional<BigDecimal> floor();

  /**
   * True when the document says {@code "floor": "none"}: regression is not floored.
   *
   * @return {@code true} when the document says {@code "floor": "none"}: regression is not floored
   */
  @Value.Default
  public boolean noFloor() {
    return false;
  }

  /**
   * {@return how unmet thresholds score: {@code all-or-nothing}, {@code partial} or {@code
   * hit-ratio}}
   */
  public abstract Optional<String> thresholdCredit();

  /** {@return how bands score outside the band: {@code none} or {@code partial}} */
  public abstract Optional<String> bandCredit();

  /** {@return the lowest green score, when the document sets the grade edges} */
  public abstract Optional<BigDecimal> greenFrom();

  /** {@return the lowest yellow score, when the document sets the grade edges} */
  public abstract Optional<BigDecimal> yellowFrom();

  /**
   * How often every key result of the document is expected to be checked in (a key result's own
   * {@code cadence} wins), when the document sets it.
   *
   * @return how often every key result of the document is expected to be checked in
   */
  public abstract Optional<Period> cadence();

  /**
   * The days of grace after a missed check-in before a key result counts as stale (a key
   * result's own {@code graceDays} wins), when the document sets them.
   *
   * @return the days of grace after a missed check-in before a key result counts as stale
   */
  public abstract Optional<Integer> graceDays();

  /**
   * How an objective's counted items combine into its roll-up ({@code mean}, {@code weakest} or
   * {@code sum}, see {@link #ROLLUPS}), when the document sets it; the weighted mean otherwise.
   *
   * @return how an objective's counted items combine into its roll-up ({@code mean}, {@code
   *     weakest} or {@code sum}, see {@link #ROLLUPS}), when the document sets it
   */
  public abstract Optional<String> rollup();

  /**
   * What an objective's roll-up counts ({@code own} key results, aligned {@code children}, or
   * {@code both}, see {@link #SOURCES}), when the document sets it; both otherwise.
   *
   * @return what an objective's roll-up counts ({@code own} key results, aligned {@code children},
   *     or {@code both}, see {@link #SOURCES}), when the document sets it
   */
  public abstract Optional<String> source();

  /**
   * The own key results' part (0.0–1.0) when an objective mixes them with its aligned objectives
   * ({@code 0.5}: half own, half children), when the document sets it; without it both are pooled,
   * each aligned objective one item beside the key results. Only with the source {@code both}.
   *
   * @return the own key results' part (0.0–1.0) when an objective mixes them with its aligned
   *     objectives, when the document sets it
   */
  public abstract Optional<BigDecimal> ownShare();

  /**
   * The scale the document's check-in confidences are given on ({@code "0-10"}, {@code
   * "red-amber-green"}…), when the document names one; 0.0–1.0 otherwise. Each check-in keeps
   * the value as given ({@link CheckIn#confidenceAsGiven()}) beside its normalised confidence.
   *
   * @return the document's confidence scale, or empty for 0.0–1.0
   */
  public abstract Optional<ConfidenceScale> confidenceScale();

  /**
   * True when nothing is set: the library defaults apply.
   *
   * @return {@code true} when nothing is set: the library defaults apply
   */
  public boolean isEmpty() {
    return cap().isEmpty()
        && !noCap()
        && floor().isEmpty()
        && !noFloor()
        && thresholdCredit().isEmpty()
        && bandCredit().isEmpty()
        && greenFrom().isEmpty()
        && yellowFrom().isEmpty()
        && cadence().isEmpty()
        && graceDays().isEmpty()
        && rollup().isEmpty()
        && source().isEmpty()
        && ownShare().isEmpty()
        && confidenceScale().isEmpty();
  }

  /** {@return a builder for settings} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    cap().ifPresent(c -> {
      Checks.decimal("scoring", "", "cap", c);
      if (c.compareTo(BigDecimal.ONE) < 0) {
        throw invalid("cap must be at least 1, was " + Checks.format(c));
      }
    });
    floor().ifPresent(f -> {
      Checks.decimal("scoring", "", "floor", f);
      if (f.signum() > 0) {
        throw invalid("floor must be 0 or below, was " + Checks.format(f));
      }
    });
    if (noCap() && cap().isPresent()) {
      throw invalid("cap is both a number and none");
    }
    if (noFloor() && floor().isPresent()) {
      throw invalid("floor is both a number and none");
    }
    cadence().ifPresent(c -> {
      if (c.isNegative() || c.isZero()) {
        throw invalid("cadence must be a positive period, was " + c);
      }
    });
    graceDays().ifPresent(g -> {
      if (g < 0) {
        throw invalid("graceDays must be >= 0, was " + g);
      }
    });
    thresholdCredit().ifPresent(t -> spelling("thresholdCredit", t, THRESHOLD_CREDITS));
    bandCredit().ifPresent(t -> spelling("bandCredit", t, BAND_CREDITS));
    rollup().ifPresent(t -> spelling("rollup", t, ROLLUPS));
    source().ifPresent(t -> spelling("source", t, SOURCES));
    ownShare().ifPresent(m -> {
      Checks.decimal("scoring", "", "ownShare", m);
      if (m.signum() < 0 || m.compareTo(BigDecimal.ONE) > 0) {
        throw invalid("ownShare must be within 0..1, was " + Checks.format(m));
      }
      // a mix of own key results and aligned objectives means nothing when only one is counted
      if (source().isPresent() && !source().get().equals("both")) {
        throw invalid(
            "ownShare mixes own key results and aligned objectives, so it needs the source both,"
                + " was '" + source().get() + "'");
      }
    });
    if (greenFrom().isPresent() != yellowFrom().isPresent()) {
      throw invalid("grades need both edges, green and yellow");
    }
    if (greenFrom().isPresent()
        && yellowFrom().orElseThrow().compareTo(greenFrom().orElseThrow()) >= 0) {
      throw invalid(
          "grades: the yellow edge must be below the green edge, was yellow "
              + Checks.format(yellowFrom().orElseThrow()) + " and green "
              + Checks.format(greenFrom().orElseThrow()));
    }
  }

  private static IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException("scoring settings: " + message);
  }

  private static void spelling(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw invalid(
          field + " must be one of " + String.join(", ", allowed) + ", was '"
              + value + "'");
    }
  }

  /** Builds {@link ScoringSettings}; every part is optional. */
  public static final class Builder extends ImmutableScoringSettings.Builder {
    Builder() {}
  }
}
