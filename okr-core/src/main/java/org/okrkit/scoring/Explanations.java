package org.okrkit.scoring;

import java.math.BigDecimal;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.CheckIn;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * Builds a key-result score's explanation on demand, so scoring a million key results does not
 * build a million strings nobody reads.
 */
final class Explanations {
  private static final String MINUS = " − ";

  private Explanations() {}

  static String of(KeyResultScore s) {
    if (!s.isDefined()) {
      return "undefined: " + s.undefinedReason().orElse("no score");
    }
    KeyResult kr = s.keyResult();
    if (kr.kind() == KeyResultKind.MILESTONE) {
      return milestone(s);
    }
    if (kr.kind() == KeyResultKind.THRESHOLD) {
      return threshold(s, kr);
    }
    return metric(s, kr);
  }

  private static String metric(KeyResultScore s, KeyResult kr) {
    BigDecimal b = kr.baseline().orElseThrow().value();
    BigDecimal t = kr.target().orElseThrow().value();
    BigDecimal current = s.current().orElseThrow();
    BigDecimal raw = s.raw().orElseThrow();
    String formula = quotient(current, b, t) + " = " + ScoreMath.formatScore(raw);
    return formula + clamping(s, raw) + source(s, "current " + ScoreMath.format(current));
  }

  private static String threshold(KeyResultScore s, KeyResult kr) {
    Target bound = kr.target().orElseThrow();
    String side = bound.side() == TargetSide.AT_MOST ? "≤" : "≥";
    CheckIn checkIn = s.checkIn().orElse(null);
    if (checkIn == null) {
      return "bound "
          + side
          + " "
          + ScoreMath.format(bound.value())
          + ": no check-in on or before "
          + s.asOf()
          + ", score 0.00";
    }
    BigDecimal current = s.current().orElseThrow();
    String head =
        "current " + ScoreMath.format(current) + " against bound " + side + " "
            + ScoreMath.format(bound.value());
    String body;
    if (Scorer.meets(bound, current)) {
      body = ": met, score 1.00";
    } else if (s.policy().thresholdCredit() == ThresholdCredit.PARTIAL) {
      BigDecimal b = kr.baseline().map(x -> x.value()).orElse(null);
      if (b == null || Scorer.meets(bound, b)) {
        body =
            ": not met, score 0.00 (no partial credit: "
                + (b == null ? "no baseline" : "the baseline already met the bound")
                + ")";
      } else {
        BigDecimal raw = s.raw().orElseThrow();
        body =
            ": not met, partial credit "
                + quotient(current, b, bound.value())
                + " = "
                + ScoreMath.formatScore(raw)
                + clamping(s, raw);
      }
    } else {
      body = ": not met, score 0.00";
    }
    return head + body + source(s, "");
  }

  private static String milestone(KeyResultScore s) {
    CheckIn checkIn = s.checkIn().orElse(null);
    if (checkIn == null) {
      return "milestone not done: no check-in on or before " + s.asOf() + ", score 0.00";
    }
    boolean done = checkIn.done().orElseThrow();
    return (done ? "milestone done, score 1.00" : "milestone not done, score 0.00")
        + source(s, "");
  }

  private static String quotient(BigDecimal current, BigDecimal b, BigDecimal t) {
    return "("
        + ScoreMath.formatOperand(current)
        + MINUS
        + ScoreMath.formatOperand(b)
        + ") / ("
        + ScoreMath.formatOperand(t)
        + MINUS
        + ScoreMath.formatOperand(b)
        + ")";
  }

  private static String clamping(KeyResultScore s, BigDecimal raw) {
    boolean regression = raw.signum() < 0;
    String what =
        regression ? "regression: moved away from the target" : "over-achievement";
    if (s.isClamped()) {
      return ", clamped to " + ScoreMath.formatScore(s.score().orElseThrow()) + " (" + what + ")";
    }
    if (regression || raw.compareTo(BigDecimal.ONE) > 0) {
      return " (" + what + ", kept unclamped)";
    }
    return "";
  }

  private static String source(KeyResultScore s, String currentText) {
    String lead = currentText.isEmpty() ? ", " : ", " + currentText + " ";
    CheckIn checkIn = s.checkIn().orElse(null);
    if (checkIn == null) {
      return lead
          + "(the baseline: no check-in on or before "
          + s.asOf()
          + ")";
    }
    return lead
        + "from the check-in of "
        + checkIn.date()
        + " (latest on or before "
        + s.asOf()
        + ")";
  }
}
