package org.okrkit.text;

import static org.okrkit.text.OutlineValues.column;
import static org.okrkit.text.OutlineValues.message;
import static org.okrkit.text.OutlineValues.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.ScoringSettings;

/**
 * Reads the scoring settings in an outline's set metadata (the {@code {…}} line before the first
 * heading): cap and floor, credits, grade bounds, cadence, roll-up and the confidence scale.
 */
final class OutlineSetScoring {
  private OutlineSetScoring() {}

  /** The document's scoring settings from the set's metadata, or null when it gives none. */
  static @Nullable ScoringSettings read(OutlineValues values, Meta m, int no) {
    ScoringSettings.Builder b = ScoringSettings.builder();
    boolean any = false;
    for (String key : List.of("cap", "floor")) {
      Optional<String> v = text(m, key);
      if (v.isPresent()) {
        any = true;
        boolean none = v.get().equals("none");
        if (key.equals("cap")) {
          if (none) {
            b.noCap(true);
          } else {
            b.cap(values.parseDecimal(v.get(), column(m, key), no));
          }
        } else if (none) {
          b.noFloor(true);
        } else {
          b.floor(values.parseDecimal(v.get(), column(m, key), no));
        }
      }
    }
    Optional<String> t = text(m, "threshold-credit");
    Optional<String> band = text(m, "band-credit");
    Optional<BigDecimal> green = values.decimal(m, "grade-green", no);
    Optional<BigDecimal> yellow = values.decimal(m, "grade-yellow", no);
    Optional<String> cadence = text(m, "cadence");
    Optional<BigDecimal> grace = values.decimal(m, "grace-days", no);
    Optional<String> rollup = text(m, "rollup");
    Optional<String> source = text(m, "source");
    Optional<BigDecimal> ownShare = values.decimal(m, "own-share", no);
    Optional<String> scale = text(m, "confidence-scale");
    any |= t.isPresent() || band.isPresent() || green.isPresent() || yellow.isPresent()
        || cadence.isPresent() || grace.isPresent() || rollup.isPresent() || source.isPresent()
        || ownShare.isPresent() || scale.isPresent();
    if (scale.isPresent()) {
      try {
        b.confidenceScale(org.okrkit.model.ConfidenceScale.named(scale.get()));
      } catch (IllegalArgumentException e) {
        throw new OutlineException(no, column(m, "confidence-scale"),
            "a confidence scale: 0-1, 0-10, 1-10, low-medium-high or red-amber-green",
            scale.get());
      }
    }
    b.thresholdCredit(t).bandCredit(band).greenFrom(green).yellowFrom(yellow);
    b.rollup(rollup).source(source).ownShare(ownShare);
    if (cadence.isPresent()) {
      b.cadence(period(cadence.get(), column(m, "cadence"), no));
    }
    if (grace.isPresent()) {
      BigDecimal g = grace.get();
      if (g.signum() < 0 || g.stripTrailingZeros().scale() > 0 || g.compareTo(BigDecimal.valueOf(3660)) > 0) {
        throw new OutlineException(no, column(m, "grace-days"),
            "a whole number of days from 0 to 3660 for grace-days", OutlineFormat.format(g));
      }
      b.graceDays(g.intValueExact());
    }
    if (!any) {
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new OutlineException(no, 1, message(e));
    }
  }

  /** A check-in cadence: daily, weekly, biweekly, monthly, quarterly or an ISO-8601 period. */
  private static java.time.Period period(String text, int column, int no) {
    java.time.Period named =
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
          case "daily" -> java.time.Period.ofDays(1);
          case "weekly" -> java.time.Period.ofWeeks(1);
          case "biweekly" -> java.time.Period.ofWeeks(2);
          case "monthly" -> java.time.Period.ofMonths(1);
          case "quarterly" -> java.time.Period.ofMonths(3);
          default -> null;
        };
    if (named != null) {
      return named;
    }
    try {
      java.time.Period p = java.time.Period.parse(text);
      if (!p.isNegative() && !p.isZero()) {
        return p;
      }
    } catch (java.time.format.DateTimeParseException e) {
      // reported below, with the expected forms
    }
    throw new OutlineException(no, column,
        "daily, weekly, biweekly, monthly, quarterly or an ISO-8601 period such as P10D for cadence",
        text);
  }
}
