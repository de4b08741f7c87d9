package org.okrkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Decision;
import org.okrkit.model.Outcome;

/** Reads an objective's or key result's {@link CloseOut}: outcome, decision, scores and retrospective. */
final class CloseOutReader {
  static final List<String> CLOSE_FIELDS =
      List.of(
          "date", "outcome", "decision", "retrospective", "computedScore", "adjustedScore",
          "adjustmentReason");
  static final List<String> OUTCOMES = JsonInput.spellings(Outcome.values(), Outcome::spelling);
  static final List<String> DECISIONS = JsonInput.spellings(Decision.values(), Decision::spelling);

  private final JsonInput in;

  CloseOutReader(JsonInput in) {
    this.in = in;
  }

  private final class CloseDraft extends JsonCursor.Draft {
    @Nullable LocalDate date;
    @Nullable Outcome outcome;
    @Nullable Decision decision;
    @Nullable String retrospective;
    @Nullable BigDecimal computedScore;
    @Nullable BigDecimal adjustedScore;
    @Nullable String adjustmentReason;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> date = in.date();
        case 1 -> {
          String o = in.choice(OUTCOMES);
          outcome = o == null ? null : Outcome.ofSpelling(o).orElse(null);
        }
        case 2 -> {
          String c = in.choice(DECISIONS);
          decision = c == null ? null : Decision.ofSpelling(c).orElse(null);
        }
        case 3 -> retrospective = in.string();
        case 4 -> computedScore = in.unitInterval();
        case 5 -> adjustedScore = in.unitInterval();
        default -> adjustmentReason = in.string();
      }
    }
  }

  @Nullable CloseOut closeOut() throws IOException {
    if (!in.object("a close-out (an object)")) {
      return null;
    }
    long at = in.loc();
    int before = in.problems.size();
    CloseDraft d = new CloseDraft();
    in.fields(CLOSE_FIELDS, d);
    if (in.problems.size() > before) {
      return null;
    }
    return in.built(
        at,
        () ->
            CloseOut.builder()
                .date(Optional.ofNullable(d.date))
                .outcome(Optional.ofNullable(d.outcome))
                .decision(Optional.ofNullable(d.decision))
                .retrospective(Optional.ofNullable(d.retrospective))
                .computedScore(Optional.ofNullable(d.computedScore))
                .adjustedScore(Optional.ofNullable(d.adjustedScore))
                .adjustmentReason(Optional.ofNullable(d.adjustmentReason))
                .extensions(d.extensions)
                .build());
  }
}
