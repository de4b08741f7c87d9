package org.okrkit.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;
import org.okrkit.model.Initiative;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.PacingPolicy;

/**
 * Each cycle of the set looked up, and its expected progress computed, once per roll-up; and,
 * when initiatives count, the set's initiatives by key result, indexed once.
 */
final class Paces {
  private final OkrSet set;
  private final PacingPolicy pacing;
  private final LocalDate asOf;
  private final ConcurrentHashMap<String, Pace> byCycle = new ConcurrentHashMap<>();
  private final Map<String, List<Initiative>> initiatives;
  private @Nullable Last last;

  Paces(OkrSet set, PacingPolicy pacing, LocalDate asOf, boolean indexInitiatives) {
    this.set = set;
    this.pacing = pacing;
    this.asOf = asOf;
    this.initiatives = indexInitiatives ? initiativesByKeyResult(set) : Map.of();
  }

  /** The initiatives linked to each key result id (empty unless initiatives count). */
  Map<String, List<Initiative>> initiatives() {
    return initiatives;
  }

  /** {@return the date the roll-up is as of} */
  LocalDate asOf() {
    return asOf;
  }

  Pace of(String cycleId) {
    // the last cycle asked for first: objectives are read (and laid out) cycle by cycle
    Last last = this.last;
    if (last != null && last.id.equals(cycleId)) {
      return last.pace;
    }
    Pace p = byCycle.get(cycleId);
    if (p == null) {
      p = byCycle.computeIfAbsent(cycleId, id -> {
        Cycle c = set.cycle(id).orElse(null);
        return new Pace(c, c == null ? null : pacing.expected(c, asOf));
      });
    }
    this.last = new Last(cycleId, p); // immutable: safe to publish without a lock
    return p;
  }

  /** The cycle id last looked up and its pace. */
  private record Last(String id, Pace pace) {}

  /** A cycle (null when the set has none with the id) and the progress expected in it. */
  record Pace(@Nullable Cycle cycle, @Nullable BigDecimal expected) {}

  /** The initiatives of {@code set} by the id of each key result they are linked to. */
  private static Map<String, List<Initiative>> initiativesByKeyResult(OkrSet set) {
    if (set.initiatives().isEmpty()) {
      return Map.of();
    }
    Map<String, List<Initiative>> by = new HashMap<>();
    for (Initiative i : set.initiatives()) {
      for (String kr : i.keyResults()) {
        by.computeIfAbsent(kr, k -> new ArrayList<>(1)).add(i);
      }
    }
    return by;
  }
}
