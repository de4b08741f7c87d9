package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * An initiative: the work done to move one or more key results ("Launch the in-app survey"),
 * kept apart from the key results, which measure the outcome. Initiatives never count toward
 * scores by default; they are shown under the key results they {@linkplain #keyResults() link
 * to}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Initiative {
  Initiative() {}

  /** The initiative's id, unique among the initiatives of an {@link OkrSet}. */
  public abstract String id();

  /** What the work is ("Launch the in-app survey"). */
  public abstract String title();

  /** Who does the work: a person or team. */
  public abstract Optional<String> owner();

  /** Where the work stands; planned unless said otherwise. */
  @Value.Default
  public InitiativeStatus status() {
    return InitiativeStatus.PLANNED;
  }

  /** When the work starts. */
  public abstract Optional<LocalDate> start();

  /** When the work is due to end. */
  public abstract Optional<LocalDate> end();

  /** How much of the work is done, 0.0–1.0, as its owner reports it. */
  public abstract Optional<BigDecimal> progress();

  /** The ids of the key results the work is meant to move. */
  public abstract List<String> keyResults();

  /** Tool-specific extension fields ({@code x-…}), name to raw JSON value text. */
  public abstract Map<String, String> extensions();

  /** Returns a copy with this status. */
  public abstract Initiative withStatus(InitiativeStatus status);

  /**
   * Returns a copy with this progress.
   *
   * @throws IllegalArgumentException if {@code progress} is outside 0.0–1.0
   */
  public abstract Initiative withProgress(BigDecimal progress);

  /** Returns a copy linked to exactly these key results. */
  public abstract Initiative withKeyResults(Iterable<String> keyResults);

  /**
   * An initiative moving the key results {@code keyResults}.
   *
   * @throws IllegalArgumentException if the id or title is blank
   */
  public static Initiative of(String id, String title, String... keyResults) {
    return builder().id(id).title(title).addKeyResults(keyResults).build();
  }

  /** A builder for initiatives. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonBlank("initiative", id(), "id", id());
    Checks.nonBlank("initiative", id(), "title", title());
    progress().ifPresent(p -> Checks.unitInterval("initiative", id(), "progress", p));
    if (start().isPresent() && end().isPresent() && end().get().isBefore(start().get())) {
      throw Checks.invalid(
          "initiative",
          id(),
          "end must not be before start " + start().get() + ", was " + end().get());
    }
    Checks.extensions("initiative", id(), extensions());
  }

  /** Builds an {@link Initiative}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableInitiative.Builder {
    Builder() {}
  }
}
