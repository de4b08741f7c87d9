package org.okrkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Change;
import org.okrkit.model.ChangeField;

/** Reads a key result's {@link Change} of target or baseline, or its addition mid-cycle. */
final class ChangeReader {
  static final List<String> CHANGE_FIELDS = List.of("date", "field", "from", "to", "reason");
  static final List<String> CHANGE_FIELD_NAMES =
      JsonInput.spellings(ChangeField.values(), ChangeField::spelling);

  private final JsonInput in;

  ChangeReader(JsonInput in) {
    this.in = in;
  }

  private final class ChangeDraft extends JsonCursor.Draft {
    @Nullable LocalDate date;
    @Nullable ChangeField field;
    @Nullable BigDecimal from;
    @Nullable BigDecimal to;
    @Nullable String reason;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> date = in.date();
        case 1 -> {
          String f = in.choice(CHANGE_FIELD_NAMES);
          field = f == null ? null : ChangeField.ofSpelling(f).orElse(null);
        }
        case 2 -> from = in.number();
        case 3 -> to = in.number();
        default -> reason = in.string();
      }
    }
  }

  @Nullable Change change() throws IOException {
    if (!in.object("a change (an object)")) {
      return null;
    }
    in.countCheckIn();
    long at = in.loc();
    int before = in.problems.size();
    ChangeDraft d = new ChangeDraft();
    in.fields(CHANGE_FIELDS, d);
    in.missing(d, 0, CHANGE_FIELDS, at, "");
    in.missing(d, 1, CHANGE_FIELDS, at, " (\"target\", \"baseline\" or \"added\")");
    ChangeField field = d.field;
    if (field == ChangeField.ADDED) {
      if (d.has(2) || d.has(3)) {
        in.report(in.here(), at, "expected no \"from\" and \"to\" on an \"added\" change, got "
            + (d.has(2) && d.has(3) ? "both" : d.has(2) ? "\"from\"" : "\"to\""));
      }
    } else if (field != null) {
      in.missing(d, 2, CHANGE_FIELDS, at, " (the " + field.spelling() + " before the change)");
      in.missing(d, 3, CHANGE_FIELDS, at, " (the " + field.spelling() + " from the change on)");
    }
    LocalDate date = d.date;
    if (in.problems.size() > before || date == null || field == null) {
      return null;
    }
    return in.built(
        at,
        () ->
            Change.builder()
                .date(date)
                .field(field)
                .from(Optional.ofNullable(d.from))
                .to(Optional.ofNullable(d.to))
                .reason(Optional.ofNullable(d.reason))
                .extensions(d.extensions)
                .build());
  }
}
