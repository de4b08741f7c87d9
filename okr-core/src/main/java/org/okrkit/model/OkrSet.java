package org.okrkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * A whole set of OKRs, as one document holds them: the cycles and every objective (with its key
 * results and check-ins) of an organisation, aligned into trees through {@link
 * Objective#parent()}.
 *
 * <p>The set may be inconsistent (a dangling parent, a duplicate id): such problems are reported
 * by the validator, not rejected here, so a document being edited can still be loaded and
 * checked. Lookups by id return the first match. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OkrSet {
  OkrSet() {}

  /** {@return the cycles objectives refer to} */
  public abstract List<Cycle> cycles();

  /** {@return every objective of the set, at every level, in document order} */
  public abstract List<Objective> objectives();

  /** {@return the initiatives (the work) linked to key results of the set} */
  public abstract List<Initiative> initiatives();

  /** {@return the KPIs (long-running health metrics) kept beside the OKRs} */
  public abstract List<Kpi> kpis();

  /**
   * The document's scoring conventions (its {@code "scoring"} object): how every tool reading the
   * document should score it; empty for the library defaults.
   *
   * @return the document's scoring conventions (its {@code "scoring"} object)
   */
  public abstract Optional<ScoringSettings> scoring();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * Returns a copy with exactly these initiatives.
   *
   * @param initiatives the initiatives
   * @return a copy with exactly these initiatives
   */
  public abstract OkrSet withInitiatives(Iterable<? extends Initiative> initiatives);

  /**
   * Returns a copy with exactly these KPIs.
   *
   * @param kpis the kpis
   * @return a copy with exactly these KPIs
   */
  public abstract OkrSet withKpis(Iterable<? extends Kpi> kpis);

  /**
   * The initiative with this id, if any.
   *
   * @param id the id
   * @return the initiative with this id, if any
   */
  public Optional<Initiative> initiative(String id) {
    Objects.requireNonNull(id, "id");
    for (Initiative i : initiatives()) {
      if (i.id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The KPI with this id, if any.
   *
   * @param id the id
   * @return the KPI with this id, if any
   */
  public Optional<Kpi> kpi(String id) {
    Objects.requireNonNull(id, "id");
    for (Kpi k : kpis()) {
      if (k.id().equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * The initiatives linked to the key result with this id, in document order.
   *
   * @param keyResultId the key result's id
   * @return the initiatives linked to the key result with this id, in document order
   */
  public List<Initiative> initiativesFor(String keyResultId) {
    Objects.requireNonNull(keyResultId, "keyResultId");
    return initiativeIndex().getOrDefault(keyResultId, List.of());
  }

  @Value.Lazy
  Map<String, List<Initiative>> initiativeIndex() {
    Map<String, List<Initiative>> index = new HashMap<>();
    for (Initiative i : initiatives()) {
      for (String kr : new java.util.LinkedHashSet<>(i.keyResults())) {
        index.computeIfAbsent(kr, k -> new ArrayList<>()).add(i);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(index);
  }

  /**
   * Returns a copy with exactly these cycles.
   *
   * @param cycles the cycles
   * @return a copy with exactly these cycles
   */
  public abstract OkrSet withCycles(Iterable<? extends Cycle> cycles);

  /**
   * Returns a copy with exactly these objectives.
   *
   * @param objectives the objectives
   * @return a copy with exactly these objectives
   */
  public abstract OkrSet withObjectives(Iterable<? extends Objective> objectives);

  /**
   * A set of these cycles and objectives.
   *
   * @param cycles the cycles
   * @param objectives the objectives
   * @return a set of these cycles and objectives
   */
  public static OkrSet of(List<Cycle> cycles, List<Objective> objectives) {
    return builder().cycles(cycles).objectives(objectives).build();
  }

  /** {@return the empty set} */
  public static OkrSet empty() {
    return builder().build();
  }

  /** {@return a builder for sets} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cycle with this id, if any.
   *
   * @param id the id
   * @return the cycle with this id, if any
   */
  public Optional<Cycle> cycle(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(cycleIndex().get(id));
  }

  /**
   * The objective with this id, if any.
   *
   * @param id the id
   * @return the objective with this id, if any
   */
  public Optional<Objective> objective(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(objectiveIndex().get(id));
  }

  /**
   * The key result with this id and the objective that holds it, if any (the first, when ids
   * repeat).
   *
   * @param id the key result's id
   * @return the key result with its objective
   */
  public Optional<KeyResultInSet> keyResult(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(keyResultIndex().get(id));
  }

  /**
   * A copy with {@code checkIn} appended to the key result {@code keyResultId}, everything else
   * shared with this set.
   *
   * @param keyResultId the key result checked in on
   * @param checkIn the check-in
   * @return the edited set
   * @throws OkrEditException if no key result has this id, or the check-in does not fit it: a
   *     value on a milestone or a done flag on a metric ({@code check-in-kind-mismatch}), a date
   *     outside the objective's cycle ({@code check-in-outside-cycle}) or before the baseline was
   *     measured ({@code check-in-before-baseline})
   */
  public OkrSet withCheckIn(String keyResultId, CheckIn checkIn) {
    return SetEdits.withCheckIn(
        this, Objects.requireNonNull(keyResultId, "keyResultId"), Objects.requireNonNull(checkIn, "checkIn"));
  }

  /**
   * A copy with {@code objective} in place of the objective with its id, or added at the end.
   *
   * @param objective the new or changed objective
   * @return the edited set
   * @throws OkrEditException if the objective would bring a structural error: an unknown cycle
   *     or parent, an alignment loop, no key results, a key result id already used, a key result
   *     without its target or with a check-in that does not fit (the rule and ids are named)
   */
  public OkrSet withObjective(Objective objective) {
    return SetEdits.withObjective(this, Objects.requireNonNull(objective, "objective"));
  }

  /**
   * A copy without the objective {@code id}.
   *
   * @param id the objective to remove
   * @return the edited set
   * @throws OkrEditException if no objective has this id, or other objectives are aligned to it
   */
  public OkrSet withoutObjective(String id) {
    return SetEdits.withoutObjective(this, Objects.requireNonNull(id, "id"));
  }

  /** {@return the number of key results over all objectives} */
  public long keyResultCount() {
    long n = 0;
    for (Objective o : objectives()) {
      n += o.keyResults().size();
    }
    return n;
  }

  /** {@return the number of check-ins over all key results} */
  public long checkInCount() {
    long n = 0;
    for (Objective o : objectives()) {
      for (KeyResult kr : o.keyResults()) {
        n += kr.checkIns().size();
      }
    }
    return n;
  }

  /** What engines derived from this set (see {@link #derived}): kept with it, never compared. */
  @Value.Lazy
  Derived derivedValues() {
    return new Derived();
  }

  /** The values derived from one set, by key: copy on write, so reads take no lock. */
  static final class Derived {
    volatile Map<Object, Object> byKey = Map.of();
  }

  /**
   * The value {@code derive} makes of this set, made on the first call with {@code key} and kept
   * with the set, which is immutable: how an engine keeps an index of the set's shape (the
   * roll-up keeps its alignment tree here, so scoring the same set again does not re-index every
   * objective). {@code derive} must depend on the set alone and return an immutable value; a key
   * names one derivation (a private constant of the engine). A copy made by a {@code with…}
   * method starts with none. Thread-safe: callers racing on a first call may each derive it.
   *
   * @param <T> the type of the derived value
   * @param key names the derivation
   * @param derive makes the value from the set, on the first call with {@code key}
   * @return the value {@code derive} made of this set, the same on every call with {@code key}
   * @throws NullPointerException if an argument is null, or {@code derive} returns null
   */
  public <T> T derived(Object key, Function<? super OkrSet, ? extends T> derive) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(derive, "derive");
    Derived d = derivedValues();
    Object value = d.byKey.get(key);
    if (value == null) {
      value = Objects.requireNonNull(derive.apply(this), "derived value");
      synchronized (d) {
        Map<Object, Object> more = new HashMap<>(d.byKey);
        more.putIfAbsent(key, value);
        d.byKey = Map.copyOf(more);
        value = Objects.requireNonNull(d.byKey.get(key));
      }
    }
    @SuppressWarnings("unchecked") // the key's derive made it
    T t = (T) value;
    return t;
  }

  @Value.Lazy
  Map<String, Cycle> cycleIndex() {
    Map<String, Cycle> index = new HashMap<>();
    for (Cycle c : cycles()) {
      index.putIfAbsent(c.id(), c);
    }
    return Collections.unmodifiableMap(index);
  }

  @Value.Lazy
  Map<String, Objective> objectiveIndex() {
    Map<String, Objective> index = new HashMap<>();
    for (Objective o : objectives()) {
      index.putIfAbsent(o.id(), o);
    }
    return Collections.unmodifiableMap(index);
  }

  @Value.Lazy
  Map<String, KeyResultInSet> keyResultIndex() {
    Map<String, KeyResultInSet> index = new HashMap<>();
    for (Objective o : objectives()) {
      for (KeyResult kr : o.keyResults()) {
        index.putIfAbsent(kr.id(), new KeyResultInSet(o, kr));
      }
    }
    return Collections.unmodifiableMap(index);
  }

  @Value.Check
  void check() {
    Checks.extensions("set", "", extensions());
  }

  /** Builds an {@link OkrSet}. */
  public static final class Builder extends ImmutableOkrSet.Builder {
    Builder() {}
  }
}
