package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.okrkit.internal.Checks;

/**
 * A recorded mid-cycle change of a key result: on {@link #date()} its target (or baseline)
 * changed {@linkplain #from() from} one value {@linkplain #to() to} another, for a {@linkplain
 * #reason() reason}. From that day on (the day included) the new value is in force; before it
 * the old one, so that scoring as of a past date reproduces the score of that day. A change of
 * field {@link ChangeField#ADDED} records the day the key result was added and has no values.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Change {
  Change() {}

  /** {@return the first day the new value is in force} */
  public abstract LocalDate date();

  /** {@return what changed: the target, the baseline, or the key result was added} */
  public abstract ChangeField field();

  /** {@return the value in force before the change; empty for {@link ChangeField#ADDED}} */
  // The builder's copy-from method gives way to this attribute's setter (JSON's name is "from").
  @SuppressWarnings("immutables:from")
  public abstract Optional<BigDecimal> from();

  /** {@return the value in force from the change on; empty for {@link ChangeField#ADDED}} */
  public abstract Optional<BigDecimal> to();

  /** {@return why the change was made; the linter asks for one, or empty when there is none} */
  public abstract Optional<String> reason();

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public abstract Map<String, String> extensions();

  /**
   * The target changed on {@code date} from {@code from} to {@code to} for {@code reason}.
   *
   * @param date the date
   * @param from the value at the start
   * @param to the value at the end
   * @param reason the reason
   * @return the target changed on {@code date} from {@code from} to {@code to} for {@code reason}
   * @throws IllegalArgumentException if a value has over 10,000 digits either side of the point
   */
  public static Change ofTarget(LocalDate date, BigDecimal from, BigDecimal to, String reason) {
    return builder().date(date).field(ChangeField.TARGET).from(from).to(to).reason(reason).build();
  }

  /**
   * The baseline changed on {@code date} from {@code from} to {@code to} for {@code reason}.
   *
   * @param date the date
   * @param from the value at the start
   * @param to the value at the end
   * @param reason the reason
   * @return the baseline changed on {@code date} from {@code from} to {@code to} for {@code reason}
   * @throws IllegalArgumentException if a value has over 10,000 digits either side of the point
   */
  public static Change ofBaseline(LocalDate date, BigDecimal from, BigDecimal to, String reason) {
    return builder()
        .date(date)
        .field(ChangeField.BASELINE)
        .from(from)
        .to(to)
        .reason(reason)
        .build();
  }

  /**
   * The key result was added to its objective on {@code date} for {@code reason}.
   *
   * @param date the date
   * @param reason the reason
   * @return the key result was added to its objective on {@code date} for {@code reason}
   */
  public static Change ofAdded(LocalDate date, String reason) {
    return builder().date(date).field(ChangeField.ADDED).reason(reason).build();
  }

  /** {@return a builder for changes} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    // the date is the id in messages; Checks formats it only when a check fails
    LocalDate id = date();
    if (field() == ChangeField.ADDED) {
      if (from().isPresent() || to().isPresent()) {
        throw Checks.invalid(
            "change", id, "an 'added' change must have no from or to, was from/to given");
      }
    } else if (from().isEmpty() || to().isEmpty()) {
      throw Checks.invalid(
          "change",
          id,
          "a " + field().spelling() + " change must have both from and to, was "
              + (from().isEmpty() ? "missing from" : "missing to"));
    }
    from().ifPresent(v -> Checks.decimal("change", id, "from", v));
    to().ifPresent(v -> Checks.decimal("change", id, "to", v));
    Checks.extensions("change", id, extensions());
  }

  /** Builds a {@link Change}; {@code date} and {@code field} are required. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }
}
