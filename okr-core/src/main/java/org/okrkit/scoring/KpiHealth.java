package org.okrkit.scoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Corridor;
import org.okrkit.model.Cycle;
import org.okrkit.model.Frequency;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;

/**
 * The health of a KPI as of a date: healthy, watch or unhealthy, and whether it is stale.
 *
 * <ul>
 *   <li>With a {@linkplain Kpi#healthy() healthy corridor}: healthy inside it, watch inside the
 *       {@linkplain Kpi#watch() watch corridor} (when there is one), unhealthy elsewhere.
 *   <li>With only a {@linkplain Kpi#direction() direction}: healthy when the latest measurement is
 *       not worse than the one before, watch when it is worse, unhealthy when it is the second
 *       decline in a row; unknown with a single measurement.
 *   <li>Unknown when nothing was measured on or before the date, or when there is neither a
 *       corridor nor a direction.
 * </ul>
 *
 * <p>The latest measurement is the one dated last on or before the date (on equal dates the later
 * in the list). A KPI with a {@linkplain Kpi#frequency() frequency} is <em>stale</em> when its
 * latest measurement is more than one and a half periods old (11 days for weekly), or when it was
 * never measured. Immutable and thread-safe.
 *
 * @param kpiId the id of the KPI
 * @param asOf the day the health is for
 * @param status healthy, watch, unhealthy or unknown
 * @param latest the latest measurement on or before {@code asOf}, if any
 * @param stale true when the KPI has not been measured as often as its frequency says
 * @param reason why the status is what it is, in words
 */
public record KpiHealth(
    String kpiId,
    LocalDate asOf,
    KpiStatus status,
    Optional<Measurement> latest,
    boolean stale,
    String reason) {

  /**
   * A health; every component must be present.
   *
   * @param kpiId the id of the KPI
   * @param asOf the day the health is for
   * @param status healthy, watch, unhealthy or unknown
   * @param latest the latest measurement on or before {@code asOf}, if any
   * @param stale true when the KPI has not been measured as often as its frequency says
   * @param reason why the status is what it is, in words
   */
  public KpiHealth {
    Objects.requireNonNull(kpiId, "kpiId");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latest, "latest");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The health of {@code kpi} as of {@code asOf}, from its measurements dated on or before it.
   *
   * @param kpi the KPI
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the health of {@code kpi} as of {@code asOf}, from its measurements dated on or before
   *     it
   * @throws NullPointerException if an argument is null
   */
  public static KpiHealth of(Kpi kpi, LocalDate asOf) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(asOf, "asOf");
    List<Measurement> upTo = measuredBy(kpi, asOf);
    Measurement latest = upTo.isEmpty() ? null : upTo.get(upTo.size() - 1);
    boolean stale = kpi.frequency().map(f -> isStale(f, latest, asOf)).orElse(false);
    if (latest == null) {
      return new KpiHealth(kpi.id(), asOf, KpiStatus.UNKNOWN, Optional.empty(), stale,
          "KPI '" + kpi.id() + "' was not measured on or before " + asOf);
    }
    String value = Checks.format(latest.value());
    Optional<Corridor> healthy = kpi.healthy();
    if (healthy.isPresent()) {
      if (healthy.get().contains(latest.value())) {
        return health(kpi, asOf, KpiStatus.HEALTHY, latest, stale,
            value + " is inside the healthy corridor " + show(healthy.get()));
      }
      Optional<Corridor> watch = kpi.watch();
      if (watch.isPresent() && watch.get().contains(latest.value())) {
        return health(kpi, asOf, KpiStatus.WATCH, latest, stale,
            value + " is outside the healthy corridor " + show(healthy.get())
                + " but inside the watch corridor " + show(watch.get()));
      }
      return health(kpi, asOf, KpiStatus.UNHEALTHY, latest, stale,
          value + " is outside the healthy corridor " + show(healthy.get()));
    }
    Optional<KpiDirection> direction = kpi.direction();
    if (direction.isEmpty()) {
      return health(kpi, asOf, KpiStatus.UNKNOWN, latest, stale,
          "KPI '" + kpi.id() + "' has neither a healthy corridor nor a direction");
    }
    if (upTo.size() < 2) {
      return health(kpi, asOf, KpiStatus.UNKNOWN, latest, stale,
          "one measurement (" + value + ") shows no trend yet");
    }
    Measurement previous = upTo.get(upTo.size() - 2);
    if (!worse(direction.get(), latest, previous)) {
      return health(kpi, asOf, KpiStatus.HEALTHY, latest, stale,
          value + " is not worse than " + Checks.format(previous.value()) + " before it");
    }
    boolean twice = upTo.size() >= 3 && worse(direction.get(), previous, upTo.get(upTo.size() - 3));
    return health(kpi, asOf, twice ? KpiStatus.UNHEALTHY : KpiStatus.WATCH, latest, stale,
        value + " is worse than " + Checks.format(previous.value()) + " before it"
            + (twice ? ", the second decline in a row" : ""));
  }

  /**
   * True when {@code kpi} was measured during {@code cycle} and every measurement in it was
   * unhealthy as of its own date: a KPI in trouble for the whole cycle.
   *
   * @param kpi the KPI
   * @param cycle the cycle
   * @return {@code true} when {@code kpi} was measured during {@code cycle} and every measurement
   *     in it was unhealthy as of its own date
   * @throws NullPointerException if an argument is null
   */
  public static boolean unhealthyThroughout(Kpi kpi, Cycle cycle) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(cycle, "cycle");
    // one sort, then each date's status from its last measurement and the two before: linear
    List<Measurement> sorted = measuredBy(kpi, LocalDate.MAX);
    boolean any = false;
    for (int i = 0; i < sorted.size(); i++) {
      Measurement m = sorted.get(i);
      boolean lastOfItsDate = i + 1 == sorted.size() || !sorted.get(i + 1).date().equals(m.date());
      if (!lastOfItsDate || !cycle.contains(m.date())) {
        continue;
      }
      any = true;
      if (statusAt(kpi, sorted, i) != KpiStatus.UNHEALTHY) {
        return false;
      }
    }
    return any;
  }

  /** The status as of the date of {@code sorted.get(i)}, the last measurement of that date. */
  private static KpiStatus statusAt(Kpi kpi, List<Measurement> sorted, int i) {
    Measurement m = sorted.get(i);
    if (kpi.healthy().isPresent()) {
      if (kpi.healthy().get().contains(m.value())) {
        return KpiStatus.HEALTHY;
      }
      return kpi.watch().isPresent() && kpi.watch().get().contains(m.value())
          ? KpiStatus.WATCH
          : KpiStatus.UNHEALTHY;
    }
    if (kpi.direction().isEmpty() || i == 0) {
      return KpiStatus.UNKNOWN;
    }
    KpiDirection d = kpi.direction().get();
    if (!worse(d, m, sorted.get(i - 1))) {
      return KpiStatus.HEALTHY;
    }
    return i >= 2 && worse(d, sorted.get(i - 1), sorted.get(i - 2))
        ? KpiStatus.UNHEALTHY
        : KpiStatus.WATCH;
  }

  private static KpiHealth health(
      Kpi kpi, LocalDate asOf, KpiStatus status, Measurement latest, boolean stale, String why) {
    String staleness = stale
        ? "; stale: last measured " + latest.date() + ", "
            + kpi.frequency().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).orElse("")
        : "";
    return new KpiHealth(kpi.id(), asOf, status, Optional.of(latest), stale, why + staleness);
  }

  private static boolean worse(KpiDirection direction, Measurement now, Measurement before) {
    int c = now.value().compareTo(before.value());
    return direction == KpiDirection.HIGHER ? c < 0 : c > 0;
  }

  private static boolean isStale(Frequency f, @Nullable Measurement latest, LocalDate asOf) {
    if (latest == null) {
      return true;
    }
    // a period and a half of grace: a monthly KPI measured on the 31st is not stale on the 2nd
    return ChronoUnit.DAYS.between(latest.date(), asOf) * 2 > f.days() * 3L;
  }

  /** The measurements on or before {@code asOf} in date order (stable: ties keep list order). */
  private static List<Measurement> measuredBy(Kpi kpi, LocalDate asOf) {
    List<Measurement> upTo = new ArrayList<>();
    for (Measurement m : kpi.measurements()) {
      if (!m.date().isAfter(asOf)) {
        upTo.add(m);
      }
    }
    upTo.sort(Comparator.comparing(Measurement::date));
    return upTo;
  }

  private static String show(Corridor c) {
    return c.min().map(Checks::format).orElse("") + ".." + c.max().map(Checks::format).orElse("");
  }
}
