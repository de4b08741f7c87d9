package org.okrkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.AlignmentLink;
import org.okrkit.model.CloseOut;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.ObjectiveType;

/** Reads an {@link Objective}: its fields, alignment and key results. */
final class ObjectiveReader {
  static final List<String> OBJECTIVE_FIELDS =
      List.of(
          "id", "title", "description", "cycle", "owner", "level", "type", "parent", "weight",
          "keyResults", "close", "carriedFrom",
          "parentKeyResult", "link");
  private static final JsonInput.Choices<Level> LEVELS =
      new JsonInput.Choices<>(Level.values());
  private static final JsonInput.Choices<ObjectiveType> OBJECTIVE_TYPES =
      new JsonInput.Choices<>(ObjectiveType.values());
  private static final JsonInput.Choices<AlignmentLink> LINKS =
      new JsonInput.Choices<>(AlignmentLink.values());

  private final JsonInput in;
  private final CloseOutReader closeOutReader;
  private final JsonCursor.ElementReader<KeyResult> keyResultElement;

  ObjectiveReader(JsonInput in, KeyResultReader keyResultReader, CloseOutReader closeOutReader) {
    this.in = in;
    this.closeOutReader = closeOutReader;
    this.keyResultElement = keyResultReader::keyResult;
  }

  private final class ObjectiveDraft extends JsonCursor.Draft {
    @Nullable String id;
    @Nullable String title;
    @Nullable String description;
    @Nullable String cycle;
    @Nullable String owner;
    @Nullable Level level;
    @Nullable ObjectiveType type;
    @Nullable String parent;
    @Nullable BigDecimal weight;
    final List<KeyResult> keyResults = new ArrayList<>();
    @Nullable CloseOut close;
    @Nullable String carriedFrom;

    @Nullable String parentKeyResult;
    @Nullable AlignmentLink link;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> id = in.nonBlank();
        case 1 -> title = in.nonBlank();
        case 2 -> description = in.string();
        case 3 -> cycle = in.nonBlank();
        case 4 -> owner = in.string();
        case 5 -> level = in.enumValue(LEVELS);
        case 6 -> type = in.enumValue(OBJECTIVE_TYPES);
        case 7 -> parent = in.string();
        case 8 -> weight = in.nonNegative();
        case 9 -> in.elements("key results", keyResultElement, keyResults);
        case 10 -> close = closeOutReader.closeOut();
        case 11 -> carriedFrom = in.nonBlank();
        case 12 -> parentKeyResult = in.nonBlank();
        default -> link = in.enumValue(LINKS);
      }
    }
  }

  @Nullable Objective objective() throws IOException {
    if (!in.object("an objective (an object)")) {
      return null;
    }
    in.countObjective();
    long at = in.loc();
    int before = in.problems.size();
    ObjectiveDraft d = new ObjectiveDraft();
    in.fields(OBJECTIVE_FIELDS, d);
    in.missing(d, 0, OBJECTIVE_FIELDS, at, "");
    in.missing(d, 1, OBJECTIVE_FIELDS, at, "");
    in.missing(d, 3, OBJECTIVE_FIELDS, at, " (the id of its cycle)");
    String id = d.id;
    String title = d.title;
    String cycle = d.cycle;
    if (in.problems.size() > before || id == null || title == null || cycle == null) {
      return null;
    }
    return in.built(
        at,
        () -> {
          Objective.Builder b =
              Objective.builder()
                  .id(id)
                  .title(title)
                  .description(Optional.ofNullable(d.description))
                  .cycle(cycle)
                  .owner(Optional.ofNullable(d.owner))
                  .level(Optional.ofNullable(d.level))
                  .parent(Optional.ofNullable(d.parent))
                  .parentKeyResult(Optional.ofNullable(d.parentKeyResult))
                  .keyResults(d.keyResults)
                  .close(Optional.ofNullable(d.close))
                  .carriedFrom(Optional.ofNullable(d.carriedFrom))
                  .extensions(d.extensions);
          // type and weight have defaults in the model: set them only when the document does
          if (d.type != null) {
            b.type(d.type);
          }
          if (d.weight != null) {
            b.weight(d.weight);
          }
          if (d.link != null) {
            b.link(d.link);
          }
          return b.build();
        });
  }
}
