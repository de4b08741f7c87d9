package org.okrkit.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.internal.Checks;
import org.okrkit.internal.Decimals;
import org.okrkit.internal.Shared;
import org.okrkit.model.internal.Stored;

/**
 * A progress update on a key result, usually weekly: the value measured on a date (or, for a
 * milestone, whether it is done), with the owner's confidence of hitting the target and a note.
 *
 * <p>Exactly one of {@link #value()} (the level measured), {@link #delta()} (an increment: "sold 5
 * more this week"), {@link #done()} (a milestone) and {@link #zone()} (a zones key result) is
 * present. The current value after a delta check-in is the previous current value plus the
 * delta; the first one adds to the baseline. Immutable and thread-safe.
 *
 * <p>Stored compactly, because an organisation holds millions of them: the date and small
 * decimals are {@linkplain Shared shared} instances, the reading (value, delta, done or zone) is
 * one field, and the rarely given parts (confidence as given, note, extensions) sit in one
 * optional part; each accessor makes its {@code Optional} when called.
 */
public final class CheckIn {
  private static final byte VALUE = 0;
  private static final byte DELTA = 1;
  private static final byte DONE = 2;
  private static final byte ZONE = 3;

  static {
    // okr-json's writer reads the parts below without an Optional each (see Stored)
    Stored.register(StoredParts.INSTANCE);
  }

  private final LocalDate date;
  // the one reading: a BigDecimal (value or delta), a Boolean (done) or a Zone, as kind says
  private final Object reading;
  private final byte kind;
  private final @Nullable BigDecimal confidence;
  // confidence as given, note and extensions: null for the common check-in that has none
  private final @Nullable Rare rare;

  /** The parts few check-ins have. */
  private record Rare(
      @Nullable String confidenceAsGiven, @Nullable String note, Map<String, String> extensions) {}

  private CheckIn(
      LocalDate date,
      Object reading,
      byte kind,
      @Nullable BigDecimal confidence,
      @Nullable String confidenceAsGiven,
      @Nullable String note,
      Map<String, String> extensions) {
    this.date = Shared.date(date);
    this.reading = reading instanceof BigDecimal d ? Shared.decimal(d) : reading;
    this.kind = kind;
    this.confidence = confidence == null ? null : Shared.decimal(confidence);
    this.rare =
        confidenceAsGiven == null && note == null && extensions.isEmpty()
            ? null
            : new Rare(confidenceAsGiven, note, extensions);
  }

  // The reader's way in (Stored.Access#valueCheckIn): the checks of checked() for a check-in of
  // a value and an optional confidence, in the same order and words; the instances kept as given.
  static CheckIn ofValueAsGiven(
      LocalDate date, BigDecimal value, @Nullable BigDecimal confidence) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(value, "value");
    Checks.decimal("check-in", date, "value", value);
    if (confidence != null) {
      Checks.unitInterval("check-in", date, "confidence", confidence);
    }
    return new CheckIn(date, value, confidence);
  }

  private CheckIn(LocalDate date, BigDecimal value, @Nullable BigDecimal confidence) {
    this.date = date;
    this.reading = value;
    this.kind = VALUE;
    this.confidence = confidence;
    this.rare = null;
  }

  /** Checks the parts as the builder collected them and makes the check-in. */
  private static CheckIn checked(
      LocalDate date,
      @Nullable BigDecimal value,
      @Nullable Boolean done,
      @Nullable BigDecimal delta,
      @Nullable Zone zone,
      @Nullable BigDecimal confidence,
      @Nullable String confidenceAsGiven,
      @Nullable String note,
      Map<String, String> extensions) {
    // the date is the id in messages; Checks formats it only when a check fails
    LocalDate id = date;
    int given =
        (value != null ? 1 : 0) + (done != null ? 1 : 0) + (delta != null ? 1 : 0)
            + (zone != null ? 1 : 0);
    if (given != 1) {
      throw Checks.invalid(
          "check-in",
          id,
          "exactly one of value, delta, done and zone must be given, was "
              + (given == 0
                  ? "neither"
                  : given == 2 && value != null && done != null ? "both" : given + " of them"));
    }
    if (value != null) {
      Checks.decimal("check-in", id, "value", value);
    }
    if (delta != null) {
      Checks.decimal("check-in", id, "delta", delta);
    }
    if (confidence != null) {
      Checks.unitInterval("check-in", id, "confidence", confidence);
    }
    if (confidenceAsGiven != null && confidence == null) {
      throw Checks.invalid(
          "check-in", id, "confidenceAsGiven '" + confidenceAsGiven + "' needs a confidence");
    }
    Checks.extensions("check-in", id, extensions);
    Object reading;
    byte kind;
    if (value != null) {
      reading = value;
      kind = VALUE;
    } else if (delta != null) {
      reading = delta;
      kind = DELTA;
    } else if (done != null) {
      reading = done;
      kind = DONE;
    } else {
      reading = Objects.requireNonNull(zone);
      kind = ZONE;
    }
    return new CheckIn(date, reading, kind, confidence, confidenceAsGiven, note, extensions);
  }

  /** {@return the day of the update} */
  public LocalDate date() {
    return date;
  }

  /** {@return the measured value, for metric and threshold key results} */
  public Optional<BigDecimal> value() {
    return kind == VALUE ? Optional.of((BigDecimal) reading) : Optional.empty();
  }

  /** {@return whether the milestone is done, for milestone key results} */
  public Optional<Boolean> done() {
    return kind == DONE ? Optional.of((Boolean) reading) : Optional.empty();
  }

  /**
   * An increment to the current value ("5 more this week"), for cumulative metric and threshold
   * key results.
   *
   * @return an increment to the current value
   */
  public Optional<BigDecimal> delta() {
    return kind == DELTA ? Optional.of((BigDecimal) reading) : Optional.empty();
  }

  /** {@return the zone reached, for zones key results} */
  public Optional<Zone> zone() {
    return kind == ZONE ? Optional.of((Zone) reading) : Optional.empty();
  }

  /** The measured value or null, without an {@code Optional} (see {@link Stored}). */
  @Nullable BigDecimal storedValue() {
    return kind == VALUE ? (BigDecimal) reading : null;
  }

  /** The increment or null, without an {@code Optional}. */
  @Nullable BigDecimal storedDelta() {
    return kind == DELTA ? (BigDecimal) reading : null;
  }

  /** Whether the milestone is done, or null, without an {@code Optional}. */
  @Nullable Boolean storedDone() {
    return kind == DONE ? (Boolean) reading : null;
  }

  /** The zone reached or null, without an {@code Optional}. */
  @Nullable Zone storedZone() {
    return kind == ZONE ? (Zone) reading : null;
  }

  /** The 0.0–1.0 confidence or null, without an {@code Optional}. */
  @Nullable BigDecimal storedConfidence() {
    return confidence;
  }

  /**
   * The owner's confidence (0.0–1.0) of reaching the target by the end of the cycle.
   *
   * @return the owner's confidence (0.0–1.0) of reaching the target by the end of the cycle
   */
  public Optional<BigDecimal> confidence() {
    return Optional.ofNullable(confidence);
  }

  /**
   * The confidence as the owner gave it on the document's {@link ConfidenceScale} ("7", "amber"),
   * kept for display; empty when it was given on the 0.0–1.0 scale.
   *
   * @return the confidence as the owner gave it on the document's {@link ConfidenceScale} ("7",
   *     "amber"), kept for display
   */
  public Optional<String> confidenceAsGiven() {
    return rare == null ? Optional.empty() : Optional.ofNullable(rare.confidenceAsGiven());
  }

  /** {@return a free-text note ("wave 2 results are in")} */
  public Optional<String> note() {
    return rare == null ? Optional.empty() : Optional.ofNullable(rare.note());
  }

  /** {@return tool-specific extension fields ({@code x-…}), name to raw JSON value text} */
  public Map<String, String> extensions() {
    return rare == null ? Collections.emptyMap() : rare.extensions();
  }

  /**
   * Returns a copy with this confidence.
   *
   * @param confidence the confidence, 0.0 (none) to 1.0 (certain)
   * @return a copy with this confidence
   * @throws IllegalArgumentException if {@code confidence} is outside 0.0–1.0
   */
  @SuppressWarnings("BigDecimalEquals") // 0.70 is kept as written, not taken for 0.7
  public CheckIn withConfidence(BigDecimal confidence) {
    Objects.requireNonNull(confidence, "confidence");
    if (confidence.equals(this.confidence)) {
      return this;
    }
    return builder().from(this).confidence(confidence).build();
  }

  /**
   * Returns a copy with this note.
   *
   * @param note the note
   * @return a copy with this note
   */
  public CheckIn withNote(String note) {
    Objects.requireNonNull(note, "note");
    if (note.equals(note().orElse(null))) {
      return this;
    }
    return builder().from(this).note(note).build();
  }

  /**
   * A measured value on {@code date}.
   *
   * @param date the date
   * @param value the value
   * @return a measured value on {@code date}
   * @throws IllegalArgumentException if {@code value} has over 10,000 digits either side of the
   *     point
   */
  public static CheckIn of(LocalDate date, BigDecimal value) {
    return builder().date(date).value(value).build();
  }

  /**
   * A measured value on {@code date}, taken as the shortest decimal that reads as {@code value}.
   *
   * @param date the date
   * @param value the value
   * @return a measured value on {@code date}, taken as the shortest decimal that reads as {@code
   *     value}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static CheckIn of(LocalDate date, double value) {
    return of(date, Decimals.of("check-in value", value));
  }

  /**
   * An increment on {@code date}: the current value grows (or, negative, shrinks) by {@code
   * delta}.
   *
   * @param date the date
   * @param delta the delta
   * @return an increment on {@code date}
   * @throws IllegalArgumentException if {@code delta} has over 10,000 digits either side of the
   *     point
   */
  public static CheckIn ofDelta(LocalDate date, BigDecimal delta) {
    return builder().date(date).delta(delta).build();
  }

  /**
   * The zone a zones key result reached on {@code date}.
   *
   * @param date the date
   * @param zone the zone
   * @return the zone a zones key result reached on {@code date}
   */
  public static CheckIn ofZone(LocalDate date, Zone zone) {
    return builder().date(date).zone(zone).build();
  }

  /**
   * A milestone update on {@code date}: done or not yet done.
   *
   * @param date the date
   * @param done {@code true} when the milestone is done
   * @return a milestone update on {@code date}: done or not yet done
   */
  public static CheckIn ofDone(LocalDate date, boolean done) {
    return builder().date(date).done(done).build();
  }

  /**
   * Returns a copy with this confidence, taken as the shortest decimal that reads as it.
   *
   * @param confidence the confidence, 0.0 (none) to 1.0 (certain)
   * @return a copy with this confidence, taken as the shortest decimal that reads as it
   * @throws IllegalArgumentException if {@code confidence} is NaN, infinite or outside 0.0–1.0
   */
  public CheckIn withConfidence(double confidence) {
    return withConfidence(Decimals.of("confidence", confidence));
  }

  /**
   * Returns a copy with this confidence, given on {@code scale}: normalised to 0.0–1.0 and, unless
   * the scale is {@link ConfidenceScale#UNIT}, kept as given for display.
   *
   * @param scale the confidence scale
   * @param given the value as given
   * @return a copy with this confidence, given on {@code scale}
   * @throws IllegalArgumentException if {@code given} is not a value of the scale
   * @throws NullPointerException if an argument is null
   */
  public CheckIn withConfidence(ConfidenceScale scale, String given) {
    BigDecimal normalised = scale.normalise(given);
    Builder b = builder().from(this).confidence(normalised);
    if (scale == ConfidenceScale.UNIT) {
      b.confidenceAsGiven(Optional.empty());
    } else {
      b.confidenceAsGiven(given.trim());
    }
    return b.build();
  }

  /** {@return a builder for check-ins with confidence, note or extensions} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof CheckIn that
        && date.equals(that.date)
        && kind == that.kind
        && reading.equals(that.reading)
        && Objects.equals(confidence, that.confidence)
        && Objects.equals(rare, that.rare);
  }

  @Override
  public int hashCode() {
    // the hash the generated value class gave, attribute by attribute
    int h = 5381;
    h += (h << 5) + date.hashCode();
    h += (h << 5) + (kind == VALUE ? reading.hashCode() : 0);
    h += (h << 5) + (kind == DONE ? reading.hashCode() : 0);
    h += (h << 5) + (kind == DELTA ? reading.hashCode() : 0);
    h += (h << 5) + (kind == ZONE ? reading.hashCode() : 0);
    h += (h << 5) + Objects.hashCode(confidence);
    h += (h << 5) + Objects.hashCode(confidenceAsGiven().orElse(null));
    h += (h << 5) + Objects.hashCode(note().orElse(null));
    h += (h << 5) + extensions().hashCode();
    return h;
  }

  // The check-in with its parts, e.g. CheckIn{date=2026-11-15, value=4.45, extensions={}}, as the
  // generated value class printed it.
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("CheckIn{date=").append(date);
    b.append(", ").append(kind == VALUE ? "value" : kind == DELTA ? "delta" : kind == DONE ? "done" : "zone")
        .append('=').append(reading);
    if (confidence != null) {
      b.append(", confidence=").append(confidence);
    }
    confidenceAsGiven().ifPresent(g -> b.append(", confidenceAsGiven=").append(g));
    note().ifPresent(n -> b.append(", note=").append(n));
    return b.append(", extensions=").append(extensions()).append('}').toString();
  }

  /** Builds a {@link CheckIn}; {@code date} and one of value, delta, done and zone are required. */
  public static final class Builder {
    private @Nullable LocalDate date;
    private @Nullable BigDecimal value;
    private @Nullable Boolean done;
    private @Nullable BigDecimal delta;
    private @Nullable Zone zone;
    private @Nullable BigDecimal confidence;
    private @Nullable String confidenceAsGiven;
    private @Nullable String note;
    // made on the first extension: a reader builds a million check-ins, nearly all without
    private @Nullable Map<String, String> extensions;

    Builder() {}

    /**
     * Fills the builder from {@code instance}: its date replaces this one; its present optional
     * parts replace these (absent ones leave them); its extensions are added.
     *
     * @param instance the check-in to copy
     * @return this builder
     */
    public Builder from(CheckIn instance) {
      Objects.requireNonNull(instance, "instance");
      date(instance.date());
      instance.value().ifPresent(this::value);
      instance.done().ifPresent(this::done);
      instance.delta().ifPresent(this::delta);
      instance.zone().ifPresent(this::zone);
      instance.confidence().ifPresent(this::confidence);
      instance.confidenceAsGiven().ifPresent(this::confidenceAsGiven);
      instance.note().ifPresent(this::note);
      return putAllExtensions(instance.extensions());
    }

    /**
     * The day of the update.
     *
     * @param date the day of the update
     * @return this builder
     */
    public Builder date(LocalDate date) {
      this.date = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * The measured value.
     *
     * @param value the measured value
     * @return this builder
     */
    public Builder value(BigDecimal value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The measured value, or none.
     *
     * @param value the measured value, or empty for none
     * @return this builder
     */
    public Builder value(Optional<? extends BigDecimal> value) {
      this.value = value.orElse(null);
      return this;
    }

    /**
     * Whether the milestone is done.
     *
     * @param done {@code true} when the milestone is done
     * @return this builder
     */
    public Builder done(boolean done) {
      this.done = done;
      return this;
    }

    /**
     * Whether the milestone is done, or no done flag.
     *
     * @param done whether the milestone is done, or empty for no done flag
     * @return this builder
     */
    public Builder done(Optional<Boolean> done) {
      this.done = done.orElse(null);
      return this;
    }

    /**
     * The increment to the current value.
     *
     * @param delta the increment to the current value
     * @return this builder
     */
    public Builder delta(BigDecimal delta) {
      this.delta = Objects.requireNonNull(delta, "delta");
      return this;
    }

    /**
     * The increment to the current value, or none.
     *
     * @param delta the increment, or empty for none
     * @return this builder
     */
    public Builder delta(Optional<? extends BigDecimal> delta) {
      this.delta = delta.orElse(null);
      return this;
    }

    /**
     * The zone reached.
     *
     * @param zone the zone reached
     * @return this builder
     */
    public Builder zone(Zone zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The zone reached, or none.
     *
     * @param zone the zone reached, or empty for none
     * @return this builder
     */
    public Builder zone(Optional<? extends Zone> zone) {
      this.zone = zone.orElse(null);
      return this;
    }

    /**
     * The owner's confidence, 0.0–1.0.
     *
     * @param confidence the confidence, 0.0 (none) to 1.0 (certain)
     * @return this builder
     */
    public Builder confidence(BigDecimal confidence) {
      this.confidence = Objects.requireNonNull(confidence, "confidence");
      return this;
    }

    /**
     * The owner's confidence, 0.0–1.0, or none.
     *
     * @param confidence the confidence, or empty for none
     * @return this builder
     */
    public Builder confidence(Optional<? extends BigDecimal> confidence) {
      this.confidence = confidence.orElse(null);
      return this;
    }

    /**
     * The confidence as the owner gave it on the document's scale.
     *
     * @param confidenceAsGiven the value as given on the document's scale
     * @return this builder
     */
    public Builder confidenceAsGiven(String confidenceAsGiven) {
      this.confidenceAsGiven = Objects.requireNonNull(confidenceAsGiven, "confidenceAsGiven");
      return this;
    }

    /**
     * The confidence as the owner gave it on the document's scale, or none.
     *
     * @param confidenceAsGiven the value as given, or empty for none
     * @return this builder
     */
    public Builder confidenceAsGiven(Optional<String> confidenceAsGiven) {
      this.confidenceAsGiven = confidenceAsGiven.orElse(null);
      return this;
    }

    /**
     * A free-text note.
     *
     * @param note the note
     * @return this builder
     */
    public Builder note(String note) {
      this.note = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * A free-text note, or none.
     *
     * @param note the note, or empty for none
     * @return this builder
     */
    public Builder note(Optional<String> note) {
      this.note = note.orElse(null);
      return this;
    }

    /**
     * Adds one extension field ({@code x-…}) with its raw JSON value text.
     *
     * @param key the field's name ({@code x-…})
     * @param value its raw JSON value text
     * @return this builder
     */
    public Builder putExtensions(String key, String value) {
      Map<String, String> extensions = this.extensions;
      if (extensions == null) {
        extensions = new LinkedHashMap<>();
        this.extensions = extensions;
      }
      extensions.put(
          Objects.requireNonNull(key, "extensions key"),
          Objects.requireNonNull(value, "extensions value for key: " + key));
      return this;
    }

    /**
     * Adds one extension field ({@code x-…}) with its raw JSON value text.
     *
     * @param entry the field's name and raw JSON value text
     * @return this builder
     */
    public Builder putExtensions(Map.Entry<String, ? extends String> entry) {
      return putExtensions(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces the extension fields with these.
     *
     * @param entries the extension fields, name to raw JSON value text
     * @return this builder
     */
    public Builder extensions(Map<String, ? extends String> entries) {
      if (extensions != null) {
        extensions.clear();
      }
      return putAllExtensions(entries);
    }

    /**
     * Adds these extension fields.
     *
     * @param entries the extension fields, name to raw JSON value text
     * @return this builder
     */
    public Builder putAllExtensions(Map<String, ? extends String> entries) {
      for (Map.Entry<String, ? extends String> e : entries.entrySet()) {
        putExtensions(e.getKey(), e.getValue());
      }
      return this;
    }

    /**
     * The check-in.
     *
     * @return the check-in
     * @throws IllegalStateException if no date is set
     * @throws IllegalArgumentException if the parts break an invariant (not exactly one of value,
     *     delta, done and zone; a confidence outside 0.0–1.0; …), naming the check-in and the part
     */
    public CheckIn build() {
      if (date == null) {
        throw new IllegalStateException(
            "Cannot build CheckIn, some of required attributes are not set [date]");
      }
      return checked(
          date, value, done, delta, zone, confidence, confidenceAsGiven, note,
          extensions == null || extensions.isEmpty()
              ? Collections.emptyMap()
              : Collections.unmodifiableMap(new LinkedHashMap<>(extensions)));
    }
  }
}
