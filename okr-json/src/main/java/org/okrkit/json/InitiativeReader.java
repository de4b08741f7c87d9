package org.okrkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;

/** Reads an {@link Initiative} and the ids of the key results it serves. */
final class InitiativeReader {
  static final List<String> INITIATIVE_FIELDS =
      List.of("id", "title", "owner", "status", "start", "end", "progress", "keyResults");
  private static final JsonInput.Choices<InitiativeStatus> STATUSES =
      new JsonInput.Choices<>(InitiativeStatus.values());

  private final JsonInput in;

  InitiativeReader(JsonInput in) {
    this.in = in;
  }

  private final class InitiativeDraft extends JsonCursor.Draft {
    @Nullable String id;
    @Nullable String title;
    @Nullable String owner;
    @Nullable InitiativeStatus status;
    @Nullable LocalDate start;
    @Nullable LocalDate end;
    @Nullable BigDecimal progress;
    final List<String> keyResults = new ArrayList<>();

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = in.nonBlank();
        case 1 -> title = in.nonBlank();
        case 2 -> owner = in.string();
        case 3 -> status = in.enumValue(STATUSES);
        case 4 -> start = in.date();
        case 5 -> end = in.date();
        case 6 -> progress = in.unitInterval();
        default -> in.elements("key result ids", InitiativeReader.this::keyResultLink, keyResults);
      }
    }
  }

  @Nullable String keyResultLink() throws IOException {
    in.countInitiativeLink();
    return in.nonBlank();
  }

  @Nullable Initiative initiative() throws IOException {
    if (!in.object("an initiative (an object)")) {
      return null;
    }
    in.countInitiative();
    long at = in.loc();
    int before = in.problems.size();
    InitiativeDraft d = new InitiativeDraft();
    in.fields(INITIATIVE_FIELDS, d);
    in.missing(d, 0, INITIATIVE_FIELDS, at, "");
    in.missing(d, 1, INITIATIVE_FIELDS, at, "");
    String id = d.id;
    String title = d.title;
    if (in.problems.size() > before || id == null || title == null) {
      return null;
    }
    return in.built(
        at,
        () -> {
          Initiative.Builder b =
              Initiative.builder()
                  .id(id)
                  .title(title)
                  .owner(Optional.ofNullable(d.owner))
                  .start(Optional.ofNullable(d.start))
                  .end(Optional.ofNullable(d.end))
                  .progress(Optional.ofNullable(d.progress))
                  .keyResults(d.keyResults)
                  .extensions(d.extensions);
          if (d.status != null) {
            b.status(d.status);
          }
          return b.build();
        });
  }
}
