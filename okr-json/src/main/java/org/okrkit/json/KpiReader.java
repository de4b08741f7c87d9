package org.okrkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Corridor;
import org.okrkit.model.Frequency;
import org.okrkit.model.Kpi;
import org.okrkit.model.KpiDirection;
import org.okrkit.model.Measurement;

/** Reads a {@link Kpi}: its corridors ({@link Corridor}) and {@link Measurement}s. */
final class KpiReader {
  static final List<String> KPI_FIELDS =
      List.of(
          "id", "title", "unit", "owner", "direction", "healthy", "watch", "frequency",
          "measurements");
  static final List<String> CORRIDOR_FIELDS = List.of("min", "max");
  static final List<String> MEASUREMENT_FIELDS = List.of("date", "value", "note");
  private static final JsonInput.Choices<KpiDirection> DIRECTIONS =
      new JsonInput.Choices<>(KpiDirection.values());
  private static final JsonInput.Choices<Frequency> FREQUENCIES =
      new JsonInput.Choices<>(Frequency.values());

  private final JsonInput in;

  KpiReader(JsonInput in) {
    this.in = in;
  }

  private final class KpiDraft extends JsonCursor.Draft {
    @Nullable String id;
    @Nullable String title;
    @Nullable String unit;
    @Nullable String owner;
    @Nullable KpiDirection direction;
    @Nullable Corridor healthy;
    @Nullable Corridor watch;
    @Nullable Frequency frequency;
    final List<Measurement> measurements = new ArrayList<>();

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = in.nonBlank();
        case 1 -> title = in.nonBlank();
        case 2 -> unit = in.string();
        case 3 -> owner = in.string();
        case 4 -> direction = in.enumValue(DIRECTIONS);
        case 5 -> healthy = corridor();
        case 6 -> watch = corridor();
        case 7 -> frequency = in.enumValue(FREQUENCIES);
        default -> in.elements("measurements", KpiReader.this::measurement, measurements);
      }
    }
  }

  @Nullable Kpi kpi() throws IOException {
    if (!in.object("a KPI (an object)")) {
      return null;
    }
    in.countInitiative();
    long at = in.loc();
    int before = in.problems.size();
    KpiDraft d = new KpiDraft();
    in.fields(KPI_FIELDS, d);
    in.missing(d, 0, KPI_FIELDS, at, "");
    in.missing(d, 1, KPI_FIELDS, at, "");
    if (d.has(6) && !d.has(5)) {
      in.report(in.here(), at, "expected a \"healthy\" corridor beside the \"watch\" corridor, got"
          + " none");
    }
    String id = d.id;
    String title = d.title;
    if (in.problems.size() > before || id == null || title == null) {
      return null;
    }
    return in.built(
        at,
        () ->
            Kpi.builder()
                .id(id)
                .title(title)
                .unit(Optional.ofNullable(d.unit))
                .owner(Optional.ofNullable(d.owner))
                .direction(Optional.ofNullable(d.direction))
                .healthy(Optional.ofNullable(d.healthy))
                .watch(Optional.ofNullable(d.watch))
                .frequency(Optional.ofNullable(d.frequency))
                .measurements(d.measurements)
                .extensions(d.extensions)
                .build());
  }

  private final class CorridorDraft extends JsonCursor.Draft {
    @Nullable BigDecimal min;
    @Nullable BigDecimal max;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        min = in.number();
      } else {
        max = in.number();
      }
    }
  }

  @Nullable Corridor corridor() throws IOException {
    if (!in.object("a corridor (an object with min and/or max)")) {
      return null;
    }
    long at = in.loc();
    int before = in.problems.size();
    CorridorDraft d = new CorridorDraft();
    in.fields(CORRIDOR_FIELDS, d);
    if (!d.has(0) && !d.has(1)) {
      in.report(in.here(), at, "expected at least one of \"min\" and \"max\", got neither");
    }
    BigDecimal min = d.min;
    BigDecimal max = d.max;
    if (min != null && max != null && max.compareTo(min) < 0) {
      in.report(in.here(), at, "expected \"max\" not below \"min\" " + ReadMessages.shorten(min.toString())
          + ", got " + ReadMessages.shorten(max.toString()));
    }
    if (in.problems.size() > before) {
      return null;
    }
    return in.built(
        at,
        () -> Corridor.builder().min(Optional.ofNullable(min)).max(Optional.ofNullable(max)).build());
  }

  private final class MeasurementDraft extends JsonCursor.Draft {
    @Nullable LocalDate date;
    @Nullable BigDecimal value;
    @Nullable String note;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> date = in.date();
        case 1 -> value = in.number();
        default -> note = in.string();
      }
    }
  }

  @Nullable Measurement measurement() throws IOException {
    if (!in.object("a measurement (an object)")) {
      return null;
    }
    in.countCheckIn();
    long at = in.loc();
    int before = in.problems.size();
    MeasurementDraft d = new MeasurementDraft();
    in.fields(MEASUREMENT_FIELDS, d);
    in.missing(d, 0, MEASUREMENT_FIELDS, at, "");
    in.missing(d, 1, MEASUREMENT_FIELDS, at, "");
    LocalDate date = d.date;
    BigDecimal value = d.value;
    if (in.problems.size() > before || date == null || value == null) {
      return null;
    }
    return in.built(
        at,
        () ->
            Measurement.builder()
                .date(date)
                .value(value)
                .note(Optional.ofNullable(d.note))
                .extensions(d.extensions)
                .build());
  }
}
