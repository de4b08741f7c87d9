package org.okrkit.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * A KPI: a long-running health metric measured over time ("net promoter score"), not a goal and
 * not tied to a cycle. Its health comes from a {@linkplain #healthy() healthy corridor} (with an
 * optional wider {@linkplain #watch() watch corridor}), or, without one, from its {@linkplain
 * #direction() direction} and the latest measurements. A key result may aim at a KPI through
 * {@link KeyResult#kpi()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Kpi {
  Kpi() {}

  /** {@return the KPI's id, unique among the KPIs of an {@link OkrSet}, such as {@code nps}} */
  public abstract String id();

  /** {@return what is measured ("Net promoter score")} */
  public abstract String title();

  /** {@return the unit of its values, for display only} */
  public abstract Optional<String> unit();

  /** {@return who watches the KPI, or empty when there is none} */
  public abstract Optional<String> owner();

  /** {@return which way is better, when there is no corridor or beside it} */
  public abstract Optional<KpiDirection> direction();

  /** {@return the values the KPI is healthy within} */
  public abstract Optional<Corridor> healthy();

  /**
   * {@return the wider range outside the healthy corridor that is worth watching, not yet
   * unhealthy}
   */
  public abstract Optional<Corridor> watch();

  /** {@return how often the KPI is measured; a KPI not measured for longer is stale} */
  public abstract Optional<Frequency> frequency();

  /** {@return the measurements, in the order they were recorded} */
  public abstract List<Measurement> measurements();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * Returns a copy with exactly these measurements.
   *
   * @param measurements the measurements
   * @return a copy with exactly these measurements
   */
  public abstract Kpi withMeasurements(Iterable<? extends Measurement> measurements);

  /** {@return a builder for KPIs} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("kpi", id(), "id", id());
    Checks.nonBlank("kpi", id(), "title", title());
    if (watch().isPresent() && healthy().isEmpty()) {
      throw Checks.invalid("kpi", id(), "a watch corridor needs a healthy corridor, was none");
    }
    Checks.extensions("kpi", id(), extensions());
  }

  /** Builds a {@link Kpi}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableKpi.Builder {
    Builder() {}
  }
}
