package org.okrkit.model;

import java.util.ArrayList;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * An objective: a qualitative, inspiring statement of what to achieve in a cycle ("Make happy
 * customers the core of our growth"), measured by its key results and optionally aligned to a
 * parent objective one level up.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objective {
  Objective() {}

  /** {@return the objective's id, unique in an {@link OkrSet}} */
  public abstract String id();

  /** {@return the objective as written, ideally one concise sentence without numbers} */
  public abstract String title();

  /**
   * {@return why the objective matters, in more words than the title, or empty when there is none}
   */
  public abstract Optional<String> description();

  /** {@return who owns the objective: a person, team or department, or empty when there is none} */
  public abstract Optional<String> owner();

  /** {@return where in the organisation the objective lives, or empty when there is none} */
  public abstract Optional<Level> level();

  /** {@return committed or aspirational; aspirational unless said otherwise} */
  @Value.Default
  public ObjectiveType type() {
    return ObjectiveType.ASPIRATIONAL;
  }

  /** {@return the id of the {@link Cycle} the objective belongs to} */
  public abstract String cycle();

  /** {@return the id of the objective this one aligns to (contributes to), if any} */
  public abstract Optional<String> parent();

  /**
   * The id of the parent objective's key result this objective aligns to, if any: with a {@link
   * AlignmentLink#CONTRIBUTE contribute} link its roll-up counts toward that key result's score
   * instead of being one item of the parent's roll-up. Requires {@link #parent()}.
   *
   * @return the id of the parent objective's key result this objective aligns to, if any
   */
  public abstract Optional<String> parentKeyResult();

  /** {@return what the alignment to the parent does: contribute (the default) or support} */
  @Value.Default
  public AlignmentLink link() {
    return AlignmentLink.CONTRIBUTE;
  }

  /**
   * The objective's weight among its siblings in its parent's roll-up; 1 unless said otherwise,
   * always &gt;= 0. Weight 0 means "tracked, not counted": shown, but left out of means.
   *
   * @return the objective's weight among its siblings in its parent's roll-up
   */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** {@return the key results that measure the objective, usually two to four} */
  public abstract List<KeyResult> keyResults();

  /**
   * The close-out at the end of the cycle: outcome, decision, retrospective, computed and
   * adjusted grade; empty while the objective has not been closed.
   *
   * @return the close-out at the end of the cycle
   */
  public abstract Optional<CloseOut> close();

  /**
   * {@return the id of the objective of an earlier cycle this one was carried forward from, if any}
   */
  public abstract Optional<String> carriedFrom();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * True when the objective has a close-out with a date: its cycle was closed for it.
   *
   * @return {@code true} when the objective has a close-out with a date
   */
  public boolean isClosed() {
    return close().map(CloseOut::isClosed).orElse(false);
  }

  /** {@return the outcome its owner recorded at the close, if any: a closed objective's health} */
  public Optional<Outcome> outcome() {
    return close().flatMap(CloseOut::outcome);
  }

  /**
   * True for a committed objective, where anything below 1.0 is a miss.
   *
   * @return {@code true} if for a committed objective, where anything below 1.0 is a miss
   */
  public boolean isCommitted() {
    return type() == ObjectiveType.COMMITTED;
  }

  /**
   * Returns a copy with this id.
   *
   * @param id the id
   * @return a copy with this id
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public abstract Objective withId(String id);

  /**
   * Returns a copy with this title.
   *
   * @param title the title as the owner wrote it
   * @return a copy with this title
   */
  public abstract Objective withTitle(String title);

  /**
   * Returns a copy with this description.
   *
   * @param description the description
   * @return a copy with this description
   */
  public abstract Objective withDescription(String description);

  /**
   * Returns a copy with this owner.
   *
   * @param owner the owner
   * @return a copy with this owner
   */
  public abstract Objective withOwner(String owner);

  /**
   * Returns a copy at this level.
   *
   * @param level the level
   * @return a copy at this level
   */
  public abstract Objective withLevel(Level level);

  /**
   * Returns a copy of this type.
   *
   * @param type the type
   * @return a copy of this type
   */
  public abstract Objective withType(ObjectiveType type);

  /**
   * Returns a copy in this cycle.
   *
   * @param cycle the cycle
   * @return a copy in this cycle
   */
  public abstract Objective withCycle(String cycle);

  /**
   * Returns a copy aligned to this parent objective.
   *
   * @param parent the parent objective's id
   * @return a copy aligned to this parent objective
   */
  public abstract Objective withParent(String parent);

  /**
   * Returns a copy aligned to this parent objective, or to none when empty.
   *
   * @param parent the parent objective's id
   * @return a copy aligned to this parent objective, or to none when empty
   */
  public abstract Objective withParent(Optional<String> parent);

  /**
   * Returns a copy aligned to this key result of its parent objective.
   *
   * @param parentKeyResult the parent key result
   * @return a copy aligned to this key result of its parent objective
   */
  public abstract Objective withParentKeyResult(String parentKeyResult);

  /**
   * Returns a copy aligned to this key result of its parent objective, or to none when empty.
   *
   * @param parentKeyResult the parent key result
   * @return a copy aligned to this key result of its parent objective, or to none when empty
   */
  public abstract Objective withParentKeyResult(Optional<String> parentKeyResult);

  /**
   * Returns a copy whose alignment does this.
   *
   * @param link the link
   * @return a copy whose alignment does this
   */
  public abstract Objective withLink(AlignmentLink link);

  /**
   * Returns a copy with this weight.
   *
   * @param weight the weight; 0 means tracked but not counted
   * @return a copy with this weight
   * @throws IllegalArgumentException if {@code weight} is negative
   */
  public abstract Objective withWeight(BigDecimal weight);

  /**
   * Returns a copy with exactly these key results.
   *
   * @param keyResults the key results
   * @return a copy with exactly these key results
   */
  public abstract Objective withKeyResults(Iterable<? extends KeyResult> keyResults);

  /**
   * A copy with {@code keyResult} in place of the key result with its id, or added at the end.
   *
   * @param keyResult the new or changed key result
   * @return the edited objective
   */
  public Objective withKeyResult(KeyResult keyResult) {
    Objects.requireNonNull(keyResult, "keyResult");
    List<KeyResult> keyResults = new ArrayList<>(keyResults());
    for (int i = 0; i < keyResults.size(); i++) {
      if (keyResults.get(i).id().equals(keyResult.id())) {
        keyResults.set(i, keyResult);
        return withKeyResults(keyResults);
      }
    }
    keyResults.add(keyResult);
    return withKeyResults(keyResults);
  }

  /**
   * Returns a copy with this close-out.
   *
   * @param close the close-out
   * @return a copy with this close-out
   */
  public abstract Objective withClose(CloseOut close);

  /**
   * Returns a copy with this close-out, or none when empty.
   *
   * @param close the close-out
   * @return a copy with this close-out, or none when empty
   */
  public abstract Objective withClose(Optional<? extends CloseOut> close);

  /**
   * Returns a copy carried forward from the objective with this id.
   *
   * @param carriedFrom the id it was carried forward from
   * @return a copy carried forward from the objective with this id
   */
  public abstract Objective withCarriedFrom(String carriedFrom);

  /**
   * Returns a copy carried forward from this objective, or from none when empty.
   *
   * @param carriedFrom the id it was carried forward from
   * @return a copy carried forward from this objective, or from none when empty
   */
  public abstract Objective withCarriedFrom(Optional<String> carriedFrom);

  /**
   * An objective in {@code cycle} measured by {@code keyResults}.
   *
   * @param id the id
   * @param title the title as the owner wrote it
   * @param cycle the cycle
   * @param keyResults the key results
   * @return an objective in {@code cycle} measured by {@code keyResults}
   * @throws IllegalArgumentException if the id, title or cycle is blank
   */
  public static Objective of(String id, String title, String cycle, KeyResult... keyResults) {
    return builder().id(id).title(title).cycle(cycle).addKeyResults(keyResults).build();
  }

  /** {@return a builder for objectives} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("objective", id(), "id", id());
    Checks.nonBlank("objective", id(), "title", title());
    Checks.nonBlank("objective", id(), "cycle", cycle());
    Checks.nonNegative("objective", id(), "weight", weight());
    if (parentKeyResult().isPresent()) {
      Checks.nonBlank("objective", id(), "parentKeyResult", parentKeyResult().orElseThrow());
      if (parent().isEmpty()) {
        throw Checks.invalid(
            "objective",
            id(),
            "parentKeyResult '"
                + parentKeyResult().orElseThrow()
                + "' needs a parent: the objective that key result belongs to");
      }
    }
    Checks.extensions("objective", id(), extensions());
  }

  /** Builds an {@link Objective}; {@code id}, {@code title} and {@code cycle} are required. */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
