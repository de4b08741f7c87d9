package org.okrkit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.ConfidenceScale;
import org.okrkit.model.ScoringSettings;

/** Reads a document's {@link ScoringSettings}: caps, credits, grade edges, cadence, roll-up and confidence scale. */
final class ScoringReader {
  static final List<String> SCORING_FIELDS =
      List.of("cap", "floor", "thresholdCredit", "bandCredit", "grades", "cadence", "graceDays",
          "rollup", "source", "ownShare", "confidenceScale");
  static final List<String> GRADES_FIELDS = List.of("green", "yellow");

  private final JsonInput in;

  ScoringReader(JsonInput in) {
    this.in = in;
  }

  private final class ScoringDraft extends JsonCursor.Draft {
    @Nullable BigDecimal cap;
    boolean noCap;
    @Nullable BigDecimal floor;
    boolean noFloor;
    @Nullable String thresholdCredit;
    @Nullable String bandCredit;
    @Nullable BigDecimal green;
    @Nullable BigDecimal yellow;
    @Nullable Period cadence;
    @Nullable Integer graceDays;
    @Nullable String rollup;
    @Nullable String source;
    @Nullable BigDecimal ownShare;
    @Nullable ConfidenceScale confidenceScale;

    @Override
    void field(int index) throws IOException {
      switch (index) {
        case 0 -> {
          if (in.isNone()) {
            noCap = true;
          } else {
            cap = in.number();
          }
        }
        case 1 -> {
          if (in.isNone()) {
            noFloor = true;
          } else {
            floor = in.number();
          }
        }
        case 2 -> thresholdCredit = in.choice(ScoringSettings.THRESHOLD_CREDITS);
        case 3 -> bandCredit = in.choice(ScoringSettings.BAND_CREDITS);
        case 4 -> grades(this);
        case 5 -> cadence = in.cadence();
        case 6 -> graceDays = in.graceDays();
        case 7 -> rollup = in.choice(ScoringSettings.ROLLUPS);
        case 8 -> source = in.choice(ScoringSettings.SOURCES);
        case 9 -> ownShare = in.unitInterval();
        default -> {
          String name = in.choice(ConfidenceReader.CONFIDENCE_SCALES);
          confidenceScale = name == null ? null : ConfidenceScale.named(name);
        }
      }
    }
  }

  private final class GradesDraft extends JsonCursor.Draft {
    @Nullable BigDecimal green;
    @Nullable BigDecimal yellow;

    @Override
    void field(int index) throws IOException {
      if (index == 0) {
        green = in.number();
      } else {
        yellow = in.number();
      }
    }
  }

  private void grades(ScoringDraft into) throws IOException {
    if (!in.object("an object with the grade edges green and yellow")) {
      return;
    }
    long at = in.loc();
    GradesDraft d = new GradesDraft();
    in.fields(GRADES_FIELDS, d);
    in.missing(d, 0, GRADES_FIELDS, at, " (the lowest green score)");
    in.missing(d, 1, GRADES_FIELDS, at, " (the lowest yellow score)");
    into.green = d.green;
    into.yellow = d.yellow;
  }

  @Nullable ScoringSettings scoring() throws IOException {
    if (!in.object("the scoring settings (an object)")) {
      return null;
    }
    long at = in.loc();
    int before = in.problems.size();
    ScoringDraft d = new ScoringDraft();
    in.fields(SCORING_FIELDS, d);
    if (in.problems.size() > before) {
      return null;
    }
    return in.built(
        at,
        () ->
            ScoringSettings.builder()
                .cap(Optional.ofNullable(d.cap))
                .noCap(d.noCap)
                .floor(Optional.ofNullable(d.floor))
                .noFloor(d.noFloor)
                .thresholdCredit(Optional.ofNullable(d.thresholdCredit))
                .bandCredit(Optional.ofNullable(d.bandCredit))
                .greenFrom(Optional.ofNullable(d.green))
                .yellowFrom(Optional.ofNullable(d.yellow))
                .cadence(Optional.ofNullable(d.cadence))
                .graceDays(Optional.ofNullable(d.graceDays))
                .rollup(Optional.ofNullable(d.rollup))
                .source(Optional.ofNullable(d.source))
                .ownShare(Optional.ofNullable(d.ownShare))
                .confidenceScale(Optional.ofNullable(d.confidenceScale))
                .build());
  }
}
