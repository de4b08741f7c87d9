package org.okrkit.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.model.Baseline;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;

/**
 * What a key-result sentence says, as the {@link KeyResultParser} read it: the kind of key result,
 * the direction its number should move, the baseline and target as exact decimals, the unit, a
 * relative change ("by 20%") when no absolute target could be derived, and where in the sentence
 * each part came from.
 *
 * <p>Anything the sentence does not state is absent and explained in {@link #notes()} ("no
 * baseline stated"); nothing is guessed. {@link #confidence()} says how much of the reading was
 * inferred rather than stated. Immutable and thread-safe.
 */
public final class KeyResultReading {
  private final String sentence;
  private final KeyResultKind kind;
  private final @Nullable Direction direction;
  private final @Nullable BigDecimal baseline;
  private final @Nullable BigDecimal target;
  private final @Nullable String unit;
  private final @Nullable RelativeChange relative;
  private final ReadingConfidence confidence;
  private final List<String> notes;
  private final @Nullable Span baselineSpan;
  private final @Nullable Span targetSpan;
  private final @Nullable Span unitSpan;
  private final @Nullable Span directionSpan;
  private final @Nullable Span relativeSpan;

  private KeyResultReading(Builder b) {
    this.sentence = b.sentence;
    this.kind = b.kind;
    this.direction = b.direction;
    this.baseline = b.baseline;
    this.target = b.target;
    this.unit = b.unit;
    this.relative = b.relative;
    this.confidence = b.confidence;
    this.notes = Collections.unmodifiableList(new ArrayList<>(b.notes));
    this.baselineSpan = b.baselineSpan;
    this.targetSpan = b.targetSpan;
    this.unitSpan = b.unitSpan;
    this.directionSpan = b.directionSpan;
    this.relativeSpan = b.relativeSpan;
  }

  /** {@return the sentence as given to the parser} */
  public String sentence() {
    return sentence;
  }

  /**
   * {@return metric (move a number), threshold (keep a number on one side of a bound) or milestone}
   */
  public KeyResultKind kind() {
    return kind;
  }

  /**
   * Which way the number should go; empty for milestones and when the sentence gives no clue.
   *
   * @return which way the number should go
   */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  /** {@return the starting value, when stated (or exactly derivable, see the notes)} */
  public Optional<BigDecimal> baseline() {
    return Optional.ofNullable(baseline);
  }

  /**
   * The value to reach (metric) or the bound to keep (threshold), when stated or exactly
   * derivable from a stated baseline and a relative change.
   *
   * @return the value to reach
   */
  public Optional<BigDecimal> target() {
    return Optional.ofNullable(target);
  }

  /**
   * The unit of the baseline and target ({@code %}, {@code $}, {@code days}…), when stated.
   *
   * @return the unit of the baseline and target
   */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * The change as stated relative to the baseline ("by 20%", "double"), if the sentence says so.
   *
   * @return the change as stated relative to the baseline
   */
  public Optional<RelativeChange> relative() {
    return Optional.ofNullable(relative);
  }

  /**
   * {@return how much of this reading was inferred rather than stated; see {@link
   * ReadingConfidence}}
   */
  public ReadingConfidence confidence() {
    return confidence;
  }

  /**
   * {@return what could not be determined or was inferred, in plain words ("no baseline stated")}
   */
  public List<String> notes() {
    return notes;
  }

  /** {@return where the baseline was read, or empty when there is none} */
  public Optional<Span> baselineSpan() {
    return Optional.ofNullable(baselineSpan);
  }

  /** {@return where the target was read, or empty when there is none} */
  public Optional<Span> targetSpan() {
    return Optional.ofNullable(targetSpan);
  }

  /** {@return where the unit was read, or empty when there is none} */
  public Optional<Span> unitSpan() {
    return Optional.ofNullable(unitSpan);
  }

  /** {@return the word or phrase that gave the direction ("Increase", "at or above")} */
  public Optional<Span> directionSpan() {
    return Optional.ofNullable(directionSpan);
  }

  /**
   * {@return where the relative change was read ("by 20%", "Double"), or empty when there is none}
   */
  public Optional<Span> relativeSpan() {
    return Optional.ofNullable(relativeSpan);
  }

  /**
   * This reading as a key result of the model, titled with the sentence: a threshold gets an
   * at-least or at-most {@link Target}, a metric a target to reach, a milestone neither.
   *
   * @param id the id
   * @return this reading as a key result of the model, titled with the sentence
   * @throws IllegalArgumentException if {@code id} is blank or the sentence is blank
   */
  public KeyResult toKeyResult(String id) {
    Objects.requireNonNull(id, "id");
    KeyResult.Builder b = KeyResult.builder().id(id).title(sentence.strip()).kind(kind);
    if (unit != null) {
      b.unit(unit);
    }
    if (kind != KeyResultKind.MILESTONE) {
      if (baseline != null && kind == KeyResultKind.METRIC) {
        b.baseline(Baseline.of(baseline));
      }
      if (target != null) {
        if (direction == Direction.AT_LEAST && kind == KeyResultKind.THRESHOLD) {
          b.target(Target.atLeast(target));
        } else if (direction == Direction.AT_MOST && kind == KeyResultKind.THRESHOLD) {
          b.target(Target.atMost(target));
        } else {
          b.target(Target.of(target));
        }
      }
    }
    // levels "(commit 130, stretch 180)" and bands "keep … between 10 and 20": read on top
    return ScoringPhrases.apply(sentence, b.build());
  }

  /** A one-line summary for logs and the command line. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append(kind.name().toLowerCase(java.util.Locale.ROOT));
    s.append(" ").append(direction == null ? "-" : direction.jsonName());
    s.append(" baseline=").append(baseline == null ? "null" : baseline.toPlainString());
    s.append(" target=").append(target == null ? "null" : target.toPlainString());
    s.append(" unit=").append(unit == null ? "null" : unit);
    if (relative != null) {
      s.append(" relative=").append(relative);
    }
    s.append(" confidence=").append(confidence.jsonName());
    if (!notes.isEmpty()) {
      s.append(" notes=").append(notes);
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof KeyResultReading o)) {
      return false;
    }
    return sentence.equals(o.sentence)
        && kind == o.kind
        && direction == o.direction
        && Objects.equals(baseline, o.baseline)
        && Objects.equals(target, o.target)
        && Objects.equals(unit, o.unit)
        && Objects.equals(relative, o.relative)
        && confidence == o.confidence
        && notes.equals(o.notes)
        && Objects.equals(baselineSpan, o.baselineSpan)
        && Objects.equals(targetSpan, o.targetSpan)
        && Objects.equals(unitSpan, o.unitSpan)
        && Objects.equals(directionSpan, o.directionSpan)
        && Objects.equals(relativeSpan, o.relativeSpan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sentence, kind, direction, baseline, target, unit, relative, confidence);
  }

  static Builder builder(String sentence) {
    return new Builder(sentence);
  }

  /** Collects a reading while the parser works; package-private on purpose. */
  static final class Builder {
    final String sentence;
    KeyResultKind kind = KeyResultKind.METRIC;
    @Nullable Direction direction;
    @Nullable BigDecimal baseline;
    @Nullable BigDecimal target;
    @Nullable String unit;
    @Nullable RelativeChange relative;
    ReadingConfidence confidence = ReadingConfidence.HIGH;
    /** Distinct notes in order; a hostile sentence cannot make the list grow past a screenful. */
    final java.util.LinkedHashSet<String> notes = new java.util.LinkedHashSet<>();
    private int omitted;
    @Nullable Span baselineSpan;
    @Nullable Span targetSpan;
    @Nullable Span unitSpan;
    @Nullable Span directionSpan;
    @Nullable Span relativeSpan;

    private Builder(String sentence) {
      this.sentence = sentence;
    }

    Builder lower(ReadingConfidence to, String note) {
      confidence = confidence.atMost(to);
      note(note);
      return this;
    }

    Builder note(String note) {
      if (notes.size() < MAX_NOTES || notes.contains(note)) {
        notes.add(note);
      } else {
        omitted++;
      }
      return this;
    }

    private static final int MAX_NOTES = 12;

    KeyResultReading build() {
      if (omitted > 0) {
        notes.add("and " + omitted + " more notes like these");
        omitted = 0;
      }
      // a number the model cannot hold (more than 10,000 digits) is not read as a value, so that
      // toKeyResult never fails on it
      if (baseline != null && !fitsModel(baseline)) {
        baseline = null;
        baselineSpan = null;
        lower(ReadingConfidence.LOW, "the baseline has more than " + Checks.MAX_DIGITS
            + " digits: not read as a value");
      }
      if (target != null && !fitsModel(target)) {
        target = null;
        targetSpan = null;
        lower(ReadingConfidence.LOW, "the target has more than " + Checks.MAX_DIGITS
            + " digits: not read as a value");
      }
      return new KeyResultReading(this);
    }

    private static boolean fitsModel(BigDecimal value) {
      long after = value.scale();
      long before = (long) value.precision() - value.scale();
      return after <= Checks.MAX_DIGITS && before <= Checks.MAX_DIGITS;
    }
  }
}
