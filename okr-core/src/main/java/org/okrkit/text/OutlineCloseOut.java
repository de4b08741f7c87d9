package org.okrkit.text;

import static org.okrkit.text.OutlineValues.column;
import static org.okrkit.text.OutlineValues.date;
import static org.okrkit.text.OutlineValues.has;
import static org.okrkit.text.OutlineValues.message;
import static org.okrkit.text.OutlineValues.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Decision;
import org.okrkit.model.Outcome;

/**
 * Reads the close-out an objective's or key result's metadata gives ({@code {closed: 2026-12-31,
 * outcome: achieved, decision: keep, …}}): how the cycle ended for it and what happens next.
 */
final class OutlineCloseOut {
  private static final List<String> KEYS =
      List.of("outcome", "decision", "computed-score", "adjusted-score", "adjustment-reason",
          "retrospective");

  private OutlineCloseOut() {}

  /**
   * The close-out in the metadata of an objective or key result, or null when it has none: its
   * {@code closed} key (a date, or {@code open} for a reopened one) says there is one.
   */
  static @Nullable CloseOut read(OutlineValues values, @Nullable Meta m, int no) {
    Optional<String> closed = text(m, "closed");
    if (closed.isEmpty()) {
      for (String key : KEYS) {
        if (has(m, key)) {
          throw new OutlineException(no, column(m, key), "{closed: DATE} (or {closed: open})"
              + " with the close-out's " + key, "");
        }
      }
      if (!values.extensions(m, "close.", no).isEmpty()) {
        throw new OutlineException(no, 1, "{closed: DATE} (or {closed: open}) with the"
            + " close-out's extensions", "");
      }
      return null;
    }
    CloseOut.Builder b = CloseOut.builder();
    if (!closed.get().equals("open")) {
      b.date(date(closed.get(), no, column(m, "closed")));
    }
    Optional<String> outcome = text(m, "outcome");
    if (outcome.isPresent()) {
      b.outcome(Outcome.ofSpelling(outcome.get()).orElseThrow(() -> new OutlineException(no,
          column(m, "outcome"), "an outcome (one of achieved, partially-achieved, missed)",
          outcome.get())));
    }
    Optional<String> decision = text(m, "decision");
    if (decision.isPresent()) {
      b.decision(Decision.ofSpelling(decision.get()).orElseThrow(() -> new OutlineException(no,
          column(m, "decision"), "a decision (one of keep, modify, abandon, defer)",
          decision.get())));
    }
    Optional<BigDecimal> computed = values.decimal(m, "computed-score", no);
    Optional<BigDecimal> adjusted = values.decimal(m, "adjusted-score", no);
    b.computedScore(computed).adjustedScore(adjusted);
    text(m, "adjustment-reason").ifPresent(b::adjustmentReason);
    text(m, "retrospective").ifPresent(b::retrospective);
    b.extensions(values.extensions(m, "close.", no));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      String key = computed.isPresent() ? "computed-score" : "adjusted-score";
      throw new OutlineException(no, column(m, key), message(e));
    }
  }
}
