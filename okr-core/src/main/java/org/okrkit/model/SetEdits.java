package org.okrkit.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The edits of {@link OkrSet}: each returns a new set, or refuses with an {@link
 * OkrEditException} when the edit would introduce one of the validator's structural errors. Only
 * the edited element is checked against the rest of the set, so an edit costs time linear in the
 * set's objectives, and problems the set already had never block an unrelated edit.
 */
final class SetEdits {
  private SetEdits() {}

  static OkrSet withCheckIn(OkrSet set, String keyResultId, CheckIn checkIn) {
    KeyResultInSet found =
        set.keyResult(keyResultId)
            .orElseThrow(() -> new OkrEditException("unknown-id", List.of(keyResultId),
                "cannot check in on key result '" + keyResultId + "': the set has no key result with this id"));
    Objective objective = found.objective();
    KeyResult kr = found.keyResult();
    checkCheckIn(set, objective, kr, checkIn);
    KeyResult edited = kr.plusCheckIn(checkIn);
    return replace(set, objective, objective.withKeyResult(edited));
  }

  static OkrSet withObjective(OkrSet set, Objective objective) {
    checkObjective(set, objective);
    Optional<Objective> old = set.objective(objective.id());
    if (old.isPresent()) {
      return replace(set, old.get(), objective);
    }
    List<Objective> objectives = new ArrayList<>(set.objectives());
    objectives.add(objective);
    return set.withObjectives(objectives);
  }

  static OkrSet withoutObjective(OkrSet set, String id) {
    Objective old =
        set.objective(id)
            .orElseThrow(() -> new OkrEditException("unknown-id", List.of(id),
                "cannot remove objective '" + id + "': the set has no objective with this id"));
    List<String> children = new ArrayList<>();
    List<Objective> objectives = new ArrayList<>();
    for (Objective o : set.objectives()) {
      if (o == old) {
        continue;
      }
      if (o.parent().map(id::equals).orElse(false)) {
        children.add(o.id());
      }
      objectives.add(o);
    }
    if (!children.isEmpty()) {
      List<String> ids = new ArrayList<>(List.of(id));
      ids.addAll(children);
      throw new OkrEditException("unknown-parent", ids, "cannot remove objective '" + id
          + "': objectives " + quoted(children) + " are aligned to it (align them elsewhere first)");
    }
    return set.withObjectives(objectives);
  }

  private static OkrSet replace(OkrSet set, Objective old, Objective edited) {
    List<Objective> objectives = new ArrayList<>(set.objectives());
    objectives.set(objectives.indexOf(old), edited);
    return set.withObjectives(objectives);
  }

  private static void checkObjective(OkrSet set, Objective o) {
    String id = o.id();
    if (!set.cycles().isEmpty() && set.cycle(o.cycle()).isEmpty()) {
      throw new OkrEditException("unknown-cycle", List.of(id, o.cycle()), "objective '" + id
          + "' belongs to cycle '" + o.cycle() + "', which the set does not define");
    }
    if (o.keyResults().isEmpty()) {
      throw new OkrEditException("objective-without-key-results", List.of(id),
          "objective '" + id + "' has no key results: nothing would measure it");
    }
    if (o.parent().isPresent()) {
      String parent = o.parent().get();
      Map<String, Objective> index = set.objectiveIndex();
      if (parent.equals(id)) {
        throw new OkrEditException("alignment-cycle", List.of(id), "objective '" + id + "' cannot align to itself");
      }
      if (!index.containsKey(parent)) {
        throw new OkrEditException("unknown-parent", List.of(id, parent), "objective '" + id
            + "' is aligned to parent '" + parent + "', which the set does not define");
      }
      // follow the parents up: reaching the edited objective again is a loop
      List<String> chain = new ArrayList<>(List.of(id));
      Set<String> seen = new HashSet<>(chain);
      for (String p = parent; p != null; ) {
        chain.add(p);
        if (p.equals(id)) {
          throw new OkrEditException("alignment-cycle", chain, "objective '" + id
              + "' would close an alignment loop: " + String.join(" → ", chain));
        }
        if (!seen.add(p)) {
          break; // an older loop above, not introduced by this edit
        }
        Objective up = index.get(p);
        p = up == null ? null : up.parent().orElse(null);
      }
    }
    Set<String> ids = new HashSet<>();
    for (Objective other : set.objectives()) {
      if (!other.id().equals(id)) {
        for (KeyResult kr : other.keyResults()) {
          ids.add(kr.id());
        }
      }
    }
    Set<String> own = new HashSet<>();
    for (KeyResult kr : o.keyResults()) {
      if (ids.contains(kr.id()) || !own.add(kr.id())) {
        throw new OkrEditException("duplicate-id", List.of(kr.id(), id), "key result id '" + kr.id()
            + "' of objective '" + id + "' is already used by another key result");
      }
      checkKeyResult(o, kr);
      for (CheckIn c : kr.checkIns()) {
        checkCheckIn(set, o, kr, c);
      }
    }
  }

  private static void checkKeyResult(Objective o, KeyResult kr) {
    String id = kr.id();
    List<String> ids = List.of(id, o.id());
    Optional<Target> target = kr.target();
    switch (kr.kind()) {
      case MILESTONE, ZONES -> {
        // a milestone is done or not, a zones key result is judged: neither has a number to reach
        return;
      }
      case METRIC -> {
        if (target.isEmpty() && kr.targetPending()) {
          // a target that can wait: the linter reports it, an edit may still add such a result
          return;
        }
        if (target.isEmpty()) {
          throw new OkrEditException("missing-target", ids, "metric key result '" + id + "' has no target");
        }
        if (target.get().isBound()) {
          throw new OkrEditException("target-kind-mismatch", ids, "metric key result '" + id
              + "' has an at-least/at-most bound; a metric reaches a value");
        }
        Optional<BigDecimal> baseline = kr.baseline().map(Baseline::value);
        if (baseline.isPresent() && baseline.get().compareTo(target.get().value()) == 0) {
          throw new OkrEditException("baseline-equals-target", ids, "metric key result '" + id
              + "' has its baseline equal to its target (" + target.get().value() + "): nothing to score");
        }
      }
      case THRESHOLD -> {
        if (target.isEmpty()) {
          throw new OkrEditException("missing-target", ids, "threshold key result '" + id + "' has no target");
        }
        if (!target.get().isBound()) {
          throw new OkrEditException("target-kind-mismatch", ids, "threshold key result '" + id
              + "' has a value to reach; a threshold keeps an at-least or at-most bound");
        }
      }
    }
  }

  private static void checkCheckIn(OkrSet set, Objective o, KeyResult kr, CheckIn c) {
    String what = "the check-in of " + c.date() + " on key result '" + kr.id() + "'";
    List<String> ids = List.of(kr.id(), o.id());
    boolean milestone = kr.kind() == KeyResultKind.MILESTONE;
    if (milestone && c.value().isPresent()) {
      throw new OkrEditException("check-in-kind-mismatch", ids, what + " carries a value, but a milestone is done or not done");
    }
    if (!milestone && c.done().isPresent()) {
      throw new OkrEditException("check-in-kind-mismatch", ids, what + " carries a done flag, but a "
          + kr.kind().name().toLowerCase(java.util.Locale.ROOT) + " key result is checked in with a value");
    }
    Optional<Cycle> cycle = set.cycle(o.cycle());
    if (cycle.isPresent() && (c.date().isBefore(cycle.get().start()) || c.date().isAfter(cycle.get().end()))) {
      throw new OkrEditException("check-in-outside-cycle", List.of(kr.id(), o.id(), o.cycle()), what
          + " is outside cycle '" + o.cycle() + "' (" + cycle.get().start() + " to " + cycle.get().end() + ")");
    }
    Optional<java.time.LocalDate> measured = kr.baseline().flatMap(Baseline::date);
    if (measured.isPresent() && c.date().isBefore(measured.get())) {
      throw new OkrEditException("check-in-before-baseline", ids, what
          + " is dated before the baseline was measured (" + measured.get() + ")");
    }
  }

  private static String quoted(List<String> ids) {
    StringBuilder s = new StringBuilder();
    for (String id : ids) {
      s.append(s.length() == 0 ? "" : ", ").append('\'').append(id).append('\'');
    }
    return s.toString();
  }
}
