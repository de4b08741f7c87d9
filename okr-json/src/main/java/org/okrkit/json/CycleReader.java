package org.okrkit.json;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Cycle;

/** Reads a {@link Cycle}: its id, name and dates, the end not before the start. */
final class CycleReader {
  static final List<String> CYCLE_FIELDS = List.of("id", "name", "start", "end");

  private final JsonInput in;

  CycleReader(JsonInput in) {
    this.in = in;
  }

  private final class CycleDraft extends JsonCursor.Draft {
    @Nullable String id;
    @Nullable String name;
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    String endPointer = "";
    long endLocation = -1;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = in.nonBlank();
        case 1 -> name = in.string();
        case 2 -> start = in.date();
        default -> {
          endPointer = in.here();
          endLocation = in.loc();
          end = in.date();
        }
      }
    }
  }

  @Nullable Cycle cycle() throws IOException {
    if (!in.object("a cycle (an object)")) {
      return null;
    }
    in.countCycle();
    long at = in.loc();
    int before = in.problems.size();
    CycleDraft d = new CycleDraft();
    in.fields(CYCLE_FIELDS, d);
    in.missing(d, 0, CYCLE_FIELDS, at, "");
    in.missing(d, 2, CYCLE_FIELDS, at, "");
    in.missing(d, 3, CYCLE_FIELDS, at, "");
    LocalDate start = d.start;
    LocalDate end = d.end;
    long endLocation = d.endLocation;
    if (start != null && end != null && endLocation != -1 && end.isBefore(start)) {
      in.report(d.endPointer, endLocation,
          "expected an end on or after the start " + start + ", got \"" + end + "\"");
    }
    String id = d.id;
    if (in.problems.size() > before || id == null || start == null || end == null) {
      return null;
    }
    return in.built(
        at,
        () ->
            Cycle.builder()
                .id(id)
                .name(Optional.ofNullable(d.name))
                .start(start)
                .end(end)
                .extensions(d.extensions)
                .build());
  }
}
