package org.okrkit.rollup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * One change to the OKRs behind a {@link RollupResult}: a new check-in, an edited key result, an
 * added or replaced objective, or a removed one. {@link RollupResult#apply(Edit)} turns a
 * roll-up and an edit into the roll-up of the edited set, recomputing only what the edit reaches.
 *
 * <p>An edit is applied as given: it is the validator's job, not the roll-up's, to say whether a
 * check-in falls outside its cycle (use {@link OkrSet#withCheckIn} first for the edit checks).
 * Ids resolve as {@link OkrSet} lookups do: to the first objective or key result with the id.
 * Immutable and thread-safe.
 */
public final class Edit {
  private enum Kind {
    CHECK_IN,
    KEY_RESULT,
    OBJECTIVE,
    REMOVE_OBJECTIVE
  }

  private final Kind kind;
  private final String id;
  private final Optional<CheckIn> checkIn;
  private final Optional<KeyResult> keyResult;
  private final Optional<Objective> objective;

  private Edit(Kind kind, String id, Optional<CheckIn> checkIn, Optional<KeyResult> keyResult,
      Optional<Objective> objective) {
    this.kind = kind;
    this.id = id;
    this.checkIn = checkIn;
    this.keyResult = keyResult;
    this.objective = objective;
  }

  /**
   * A check-in arriving on the key result {@code keyResultId} (appended to its check-ins).
   *
   * @param keyResultId the key result's id
   * @param checkIn the check-in
   * @return a check-in arriving on the key result {@code keyResultId} (appended to its check-ins)
   * @throws NullPointerException if an argument is null
   */
  public static Edit checkIn(String keyResultId, CheckIn checkIn) {
    return new Edit(Kind.CHECK_IN, Objects.requireNonNull(keyResultId, "keyResultId"),
        Optional.of(Objects.requireNonNull(checkIn, "checkIn")), Optional.empty(), Optional.empty());
  }

  /**
   * {@code keyResult} in place of the key result with its id (a changed target, weight, title or
   * check-ins).
   *
   * @param keyResult the key result
   * @return {@code keyResult} in place of the key result with its id
   * @throws NullPointerException if {@code keyResult} is null
   */
  public static Edit keyResult(KeyResult keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    return new Edit(Kind.KEY_RESULT, keyResult.id(), Optional.empty(), Optional.of(keyResult),
        Optional.empty());
  }

  /**
   * {@code objective} in place of the objective with its id, or added at the end when the set has
   * none (a new objective, a re-alignment, a new key result).
   *
   * @param objective the objective
   * @return {@code objective} in place of the objective with its id, or added at the end when the
   *     set has none
   * @throws NullPointerException if {@code objective} is null
   */
  public static Edit objective(Objective objective) {
    Objects.requireNonNull(objective, "objective");
    return new Edit(Kind.OBJECTIVE, objective.id(), Optional.empty(), Optional.empty(),
        Optional.of(objective));
  }

  /**
   * The objective {@code objectiveId} removed (objectives aligned to it then name a parent the
   * set does not hold: a tolerant roll-up shows them as such, a strict one refuses).
   *
   * @param objectiveId the objective's id
   * @return the edit removing objective {@code objectiveId}
   * @throws NullPointerException if {@code objectiveId} is null
   */
  public static Edit removeObjective(String objectiveId) {
    return new Edit(Kind.REMOVE_OBJECTIVE, Objects.requireNonNull(objectiveId, "objectiveId"),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The id the edit is about: the key result's for a check-in or key result, else the objective's.
   *
   * @return the id the edit is about
   */
  public String id() {
    return id;
  }

  /**
   * The edited set, copied whole: what {@link RollupResult#apply(Edit)} computes the roll-up of
   * without copying it.
   *
   * @param set the OKR set
   * @return the edited set, copied whole
   * @throws IllegalArgumentException if the set has no key result (for a check-in or key result
   *     edit) or no objective (for a removal) with the edit's id
   * @throws NullPointerException if {@code set} is null
   */
  public OkrSet applyTo(OkrSet set) {
    Objects.requireNonNull(set, "set");
    List<Objective> objectives = new ArrayList<>(set.objectives());
    if (kind == Kind.OBJECTIVE) {
      int at = objectivePosition(objectives);
      if (at < 0) {
        objectives.add(objective.orElseThrow());
      } else {
        objectives.set(at, objective.orElseThrow());
      }
    } else if (kind == Kind.REMOVE_OBJECTIVE) {
      int at = objectivePosition(objectives);
      if (at < 0) {
        throw unknown();
      }
      objectives.remove(at);
    } else {
      int at = -1;
      for (int i = 0; i < objectives.size() && at < 0; i++) {
        for (KeyResult kr : objectives.get(i).keyResults()) {
          if (kr.id().equals(id)) {
            at = i;
            break;
          }
        }
      }
      if (at < 0) {
        throw unknown();
      }
      objectives.set(at, edit(objectives.get(at)));
    }
    return set.withObjectives(objectives);
  }

  private int objectivePosition(List<Objective> objectives) {
    for (int i = 0; i < objectives.size(); i++) {
      if (objectives.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  boolean isCheckIn() {
    return kind == Kind.CHECK_IN;
  }

  boolean isKeyResult() {
    return kind == Kind.KEY_RESULT;
  }

  boolean isObjective() {
    return kind == Kind.OBJECTIVE;
  }

  Optional<Objective> objective() {
    return objective;
  }

  /** The key result after the edit, given the one before (a check-in or key-result edit). */
  KeyResult edited(KeyResult before) {
    return kind == Kind.CHECK_IN ? before.plusCheckIn(checkIn.orElseThrow()) : keyResult.orElseThrow();
  }

  /** {@code o}, which holds the first key result with the edit's id, with that key result edited. */
  Objective edit(Objective o) {
    for (KeyResult kr : o.keyResults()) {
      if (kr.id().equals(id)) {
        return o.withKeyResult(edited(kr));
      }
    }
    throw unknown();
  }

  IllegalArgumentException unknown() {
    return new IllegalArgumentException(
        kind == Kind.REMOVE_OBJECTIVE
            ? "cannot remove objective '" + id + "': the set has no objective with this id"
            : "cannot edit key result '" + id + "': the set has no key result with this id");
  }

  @Override
  public String toString() {
    return switch (kind) {
      case CHECK_IN -> "Edit{check-in on '" + id + "': " + checkIn.orElseThrow() + "}";
      case KEY_RESULT -> "Edit{key result '" + id + "'}";
      case OBJECTIVE -> "Edit{objective '" + id + "'}";
      case REMOVE_OBJECTIVE -> "Edit{remove objective '" + id + "'}";
    };
  }
}
