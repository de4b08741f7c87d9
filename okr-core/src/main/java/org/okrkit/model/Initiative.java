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

  /** {@return the initiative's id, unique among the initiatives of an {@link OkrSet}} */
  public abstract String id();

  /** {@return what the work is ("Launch the in-app survey")} */
  public abstract String title();

  /** {@return who does the work: a person or team, or empty when there is none} */
  public abstract Optional<String> owner();

  /** {@return where the work stands; planned unless said otherwise} */
  @Value.Default
  public InitiativeStatus status() {
    return InitiativeStatus.PLANNED;
  }

  /** {@return when the work starts, or empty when there is none} */
  public abstract Optional<LocalDate> start();

  /** {@return when the work is due to end, or empty when there is none} */
  public abstract Optional<LocalDate> end();

  /**
   * How much of the work is done, 0.0–1.0, as its owner reports it.
   *
   * @return how much of the work is done, 0.0–1.0, as its owner reports it
   */
  public abstract Optional<BigDecimal> progress();

  /** {@return the ids of the key results the work is meant to move} */
  public abstract List<String> keyResults();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * Returns a copy with this status.
   *
   * @param status the status
   * @return a copy with this status
   */
  public abstract Initiative withStatus(InitiativeStatus status);

  /**
   * Returns a copy with this progress.
   *
   * @param progress the progress
   * @return a copy with this progress
   * @throws IllegalArgumentException if {@code progress} is outside 0.0–1.0
   */
  public abstract Initiative withProgress(BigDecimal progress);

  /**
   * Returns a copy linked to exactly these key results.
   *
   * @param keyResults the key results
   * @return a copy linked to exactly these key results
   */
  public abstract Initiative withKeyResults(Iterable<String> keyResults);

  /**
   * An initiative moving the key results {@code keyResults}.
   *
   * @param id the id
   * @param title the title as the owner wrote it
   * @param keyResults the key results
   * @return an initiative moving the key results {@code keyResults}
   * @throws IllegalArgumentException if the id or title is blank
   */
  public static Initiative of(String id, String title, String... keyResults) {
    return builder().id(id).title(title).addKeyResults(keyResults).build();
  }

  /** {@return a builder for initiatives} */
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
