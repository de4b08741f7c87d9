package org.okrkit.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.CheckIn;
import org.okrkit.model.TargetSide;

/**
 * Renders a {@link Derivation} in English: the one formatter behind every {@code
 * explanation()}. It only reads the derivation (it never re-decides a branch the scorer took), and
 * prints every score by {@link ScoreRounding}'s rule, so a reader who redoes a formula from the
 * printed numbers gets the printed result: {@code (4.45 − 4.1) / (4.8 − 4.1) = 0.50}, {@code (1 ×
 * 0.50 + 1 × 1.00) / 2 = 0.75}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExplanationFormat {
  private static final String MINUS = " − ";
  private static final ExplanationFormat ENGLISH =
      new ExplanationFormat(GradeScale.google(), false);

  private final GradeScale grades;
  private final boolean namesItems;

  private ExplanationFormat(GradeScale grades, boolean namesItems) {
    this.grades = grades;
    this.namesItems = namesItems;
  }

  /** {@return english, scores printed to agree with Google's grades, mean items without names} */
  public static ExplanationFormat english() {
    return ENGLISH;
  }

  /**
   * Returns a copy printing scores so that they agree with {@code grades}.
   *
   * @param grades the grade scale
   * @return a copy printing scores so that they agree with {@code grades}
   * @throws NullPointerException if {@code grades} is null
   */
  public ExplanationFormat withGrades(GradeScale grades) {
    return new ExplanationFormat(Objects.requireNonNull(grades, "grades"), namesItems);
  }

  /**
   * Returns a copy that names each item of a mean ({@code 1 × 0.50 [key result 'a']}), as
   * roll-ups over key results and objectives do.
   *
   * @param namesItems {@code true} to name each item of a mean
   * @return a copy that names each item of a mean
   */
  public ExplanationFormat withItemNames(boolean namesItems) {
    return new ExplanationFormat(grades, namesItems);
  }

  /**
   * The explanation of {@code d}.
   *
   * @param d the d
   * @return the explanation of {@code d}
   * @throws NullPointerException if {@code d} is null
   */
  public String format(Derivation d) {
    Objects.requireNonNull(d, "derivation");
    if (d instanceof Derivation.Ratio r) {
      return ratio(r);
    } else if (d instanceof Derivation.ThresholdCheck t) {
      return threshold(t);
    } else if (d instanceof Derivation.HitRatio h) {
      return hitRatio(h);
    } else if (d instanceof Derivation.Band b) {
      return band(b);
    } else if (d instanceof Derivation.Stepped s) {
      return stepped(s);
    } else if (d instanceof Derivation.Zones z) {
      return zones(z);
    } else if (d instanceof Derivation.Milestone m) {
      return milestone(m);
    } else if (d instanceof Derivation.WeightedMean w) {
      return mean(w);
    } else if (d instanceof Derivation.WeakestLink w) {
      return weakest(w);
    } else if (d instanceof Derivation.Mixed m) {
      return ScoreMath.format(m.ownShare())
          + " × own ("
          + format(m.own())
          + ") + "
          + ScoreMath.format(BigDecimal.ONE.subtract(m.ownShare()))
          + " × children ("
          + format(m.children())
          + ") = "
          + score(m.score());
    }
    return "undefined: " + reason((Derivation.Undefined) d);
  }

  /**
   * Why {@code u} has no score, in words: {@code metric key result 'x' has no baseline}.
   *
   * @param u the u
   * @return why {@code u} has no score, in words
   * @throws NullPointerException if {@code u} is null
   */
  public String reason(Derivation.Undefined u) {
    String kind = u.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse("metric");
    String kr = kind + " key result '" + u.id() + "'";
    switch (u.reason()) {
      case NO_BASELINE:
        return kr + " has no baseline";
      case NO_BASELINE_YET:
        return kr + " has no baseline yet (it is still to be measured)";
      case NO_TARGET:
        return kr + " has no target";
      case NO_TARGET_YET:
        return kr + " has no target yet (it is still to be set)";
      case BASELINE_EQUALS_TARGET:
        return kr + ": baseline equals target "
            + u.value().map(ScoreMath::format).orElse("")
            + ", so there is no direction to measure progress in";
      case NO_BOUND:
        return kr + " has no at-least or at-most bound"
            + u.value().map(v -> ", was a value to reach " + ScoreMath.format(v)).orElse("");
      case LEVELS_OUT_OF_ORDER:
        return kr + ": the levels are out of order (" + u.detail() + ")";
      case NO_KEY_RESULTS:
        return u.detail().isEmpty() ? "objective '" + u.id() + "' has no key results" : u.detail();
      case NO_DEFINED_SCORE:
        return u.detail().isEmpty()
            ? "no key result of objective '" + u.id() + "' has a defined score"
            : u.detail();
      case NO_DEFINED_ITEM:
        return u.detail().isEmpty() ? "objective '" + u.id() + "' has no defined item" : u.detail();
      case BROKEN_ALIGNMENT:
      case WEIGHT_ZERO:
      case SUPPORT_LINK:
      case NO_VALUE:
      case INITIATIVE_DROPPED:
      case NO_PROGRESS:
        return u.detail();
      case STRATEGY_FAILED:
      default:
        return (u.kind().isPresent() ? kr : "objective '" + u.id() + "'")
            + ": the scoring strategy failed: " + u.detail();
    }
  }

  private String score(BigDecimal score) {
    return ScoreRounding.format(score, grades);
  }

  private String ratio(Derivation.Ratio r) {
    String formula = quotient(r.current(), r.baseline(), r.target()) + " = " + score(r.raw());
    return formula
        + curve(r.curve(), r.curved())
        + limits(r.curved(), r.limit(), r.score())
        + source(r.source(), "current " + ScoreMath.format(r.current()));
  }

  private String curve(ScoringCurve curve, BigDecimal curved) {
    if (curve == ScoringCurve.linear()) {
      return "";
    }
    return ", curve " + Contracts.name(curve) + " gives " + score(curved);
  }

  private String threshold(Derivation.ThresholdCheck t) {
    String side = t.side() == TargetSide.AT_MOST ? "≤" : "≥";
    if (t.current().isEmpty()) {
      return "bound " + side + " " + ScoreMath.format(t.bound()) + ": no check-in on or before "
          + t.source().asOf() + ", score " + score(t.score());
    }
    String head =
        "current " + ScoreMath.format(t.current().get()) + " against bound " + side + " "
            + ScoreMath.format(t.bound());
    String body;
    if (t.met()) {
      body = ": met, score " + score(t.score());
    } else if (t.partialCredit().isPresent()) {
      Derivation.Ratio r = t.partialCredit().get();
      body = ": not met, partial credit " + quotient(r.current(), r.baseline(), r.target())
          + " = " + score(r.raw()) + limits(r.curved(), r.limit(), r.score());
    } else if (t.noPartialCredit().isPresent()) {
      body = ": not met, score " + score(t.score()) + " (no partial credit: "
          + (t.noPartialCredit().get() == Derivation.NoPartialCredit.NO_BASELINE
              ? "no baseline"
              : "the baseline already met the bound")
          + ")";
    } else {
      body = ": not met, score " + score(t.score());
    }
    return head + body + source(t.source(), "");
  }

  private String hitRatio(Derivation.HitRatio h) {
    String bound = h.upper().isPresent()
        ? "band " + ScoreMath.format(h.bound()) + " to " + ScoreMath.format(h.upper().get())
        : "bound " + (h.side() == TargetSide.AT_MOST ? "≤ " : "≥ ") + ScoreMath.format(h.bound());
    if (h.counted() == 0) {
      return bound + ": no check-in on or before " + h.source().asOf() + ", score "
          + score(h.score());
    }
    return bound + " held in " + h.met() + " of " + h.counted() + " check-ins on or before "
        + h.source().asOf() + ": " + h.met() + " / " + h.counted() + " = " + score(h.score());
  }

  private String band(Derivation.Band b) {
    String band = "band " + ScoreMath.format(b.atLeast()) + " to " + ScoreMath.format(b.atMost());
    if (b.current().isEmpty()) {
      return band + ": no check-in on or before " + b.source().asOf() + ", score "
          + score(b.score());
    }
    String head = "current " + ScoreMath.format(b.current().get()) + " against " + band;
    String body;
    if (b.distance().signum() == 0) {
      body = ": inside, score " + score(b.score());
    } else if (b.credit() == BandCredit.PARTIAL) {
      body = ": outside by " + ScoreMath.format(b.distance()) + ", partial credit 1 − "
          + ScoreMath.format(b.distance()) + " / (" + ScoreMath.formatOperand(b.atMost()) + MINUS
          + ScoreMath.formatOperand(b.atLeast()) + ") = "
          + score(BigDecimal.ONE.subtract(ScoreMath.divide(b.distance(), b.width())))
          + (b.score().signum() == 0 && b.distance().compareTo(b.width()) > 0
              ? ", floored at 0.00"
              : "");
    } else {
      body = ": outside by " + ScoreMath.format(b.distance()) + ", score " + score(b.score());
    }
    return head + body + source(b.source(), "");
  }

  private String stepped(Derivation.Stepped s) {
    Derivation.Anchor from = s.from();
    Derivation.Anchor to = s.to();
    List<Derivation.Anchor> anchors = s.anchors();
    String where;
    if (from.equals(anchors.get(0)) && position(s, from) < 0) {
      where = "below " + anchor(from);
    } else if (to.equals(anchors.get(anchors.size() - 1)) && position(s, to) > 0) {
      where = "beyond " + anchor(to);
    } else {
      where = "between " + anchor(from) + " and " + anchor(to);
    }
    String formula = ScoreMath.formatOperand(from.score()) + " + "
        + quotient(s.current(), from.value(), to.value()) + " × ("
        + ScoreMath.formatOperand(to.score()) + MINUS + ScoreMath.formatOperand(from.score())
        + ") = " + score(s.interpolated());
    return "current " + ScoreMath.format(s.current()) + " " + where + ": " + formula
        + limits(s.interpolated(), s.limit(), s.score()) + source(s.source(), "");
  }

  /** Where the current value lies relative to an anchor, along the way travelled. */
  private static int position(Derivation.Stepped s, Derivation.Anchor a) {
    List<Derivation.Anchor> anchors = s.anchors();
    int direction = anchors.get(anchors.size() - 1).value().compareTo(anchors.get(0).value());
    return s.current().compareTo(a.value()) * direction;
  }

  private static String anchor(Derivation.Anchor a) {
    return a.level().name().toLowerCase(Locale.ROOT) + " " + ScoreMath.format(a.value()) + " ("
        + ScoreMath.format(a.score()) + ")";
  }

  private String zones(Derivation.Zones z) {
    if (z.zone().isEmpty()) {
      return "no zone checked in on or before " + z.source().asOf() + ": the fail zone, score "
          + score(z.score());
    }
    return "zone reached: " + z.zone().get().name().toLowerCase(Locale.ROOT) + ", score "
        + score(z.score()) + source(z.source(), "");
  }

  private String milestone(Derivation.Milestone m) {
    if (m.source().checkIn().isEmpty()) {
      return "milestone not done: no check-in on or before " + m.source().asOf() + ", score "
          + score(m.score());
    }
    return (m.done() ? "milestone done, score " : "milestone not done, score ")
        + score(m.score()) + source(m.source(), "");
  }

  private String weakest(Derivation.WeakestLink w) {
    StringBuilder b = new StringBuilder("weakest of (");
    for (int i = 0; i < w.contributions().size(); i++) {
      Derivation.Contribution c = w.contributions().get(i);
      if (i > 0) {
        b.append(", ");
      }
      b.append(item(c.score(), 4));
      if (namesItems) {
        b.append(" [")
            .append(c.item().noun()).append(" '")
            .append(c.id())
            .append("']");
      }
    }
    b.append(") = ").append(score(w.score())).append(", '").append(w.weakestId()).append('\'');
    for (Derivation.Excluded e : w.excluded()) {
      b.append("; '").append(e.id()).append("' left out: ").append(reason(e.why()));
    }
    return b.toString();
  }

  private String mean(Derivation.WeightedMean w) {
    String result = score(w.score());
    BigDecimal printed = new BigDecimal(result);
    List<Derivation.Contribution> items = w.contributions();
    // Items print with two decimals when that is exact, else with the fewest decimals (from four)
    // at which the mean recomputed from the printed items still rounds to the printed result.
    int decimals = 4;
    while (!recomputes(items, w.weightSum(), decimals, printed) && decimals < maxScale(items)) {
      decimals += 2;
    }
    StringBuilder sum = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      Derivation.Contribution c = items.get(i);
      if (i > 0) {
        sum.append(" + ");
      }
      sum.append(ScoreMath.format(c.weight())).append(" × ").append(item(c.score(), decimals));
      if (namesItems) {
        sum.append(" [")
            .append(c.item().noun()).append(" '")
            .append(c.id())
            .append("']");
      }
    }
    sum.append(") / ").append(ScoreMath.format(w.weightSum())).append(" = ").append(result);
    for (Derivation.Excluded e : w.excluded()) {
      sum.append("; '").append(e.id()).append("' left out: ").append(reason(e.why()));
    }
    return sum.toString();
  }

  private static int maxScale(List<Derivation.Contribution> items) {
    int max = 0;
    for (Derivation.Contribution c : items) {
      max = Math.max(max, c.score().scale());
    }
    return max;
  }

  private static BigDecimal printedItem(BigDecimal score, int decimals) {
    BigDecimal two = score.setScale(2, ScoreRounding.MODE);
    return two.compareTo(score) == 0 ? two : score.setScale(decimals, ScoreRounding.MODE);
  }

  private static String item(BigDecimal score, int decimals) {
    String text = printedItem(score, decimals).toPlainString();
    return score.signum() < 0 ? "(" + text + ")" : text;
  }

  private static boolean recomputes(
      List<Derivation.Contribution> items, BigDecimal weights, int decimals, BigDecimal printed) {
    BigDecimal weighted = BigDecimal.ZERO;
    for (Derivation.Contribution c : items) {
      weighted = weighted.add(c.weight().multiply(printedItem(c.score(), decimals)));
    }
    BigDecimal again = ScoreMath.divide(weighted, weights);
    return again.setScale(printed.scale(), RoundingMode.HALF_EVEN).compareTo(printed) == 0;
  }

  private static String quotient(BigDecimal current, BigDecimal b, BigDecimal t) {
    return "(" + ScoreMath.formatOperand(current) + MINUS + ScoreMath.formatOperand(b) + ") / ("
        + ScoreMath.formatOperand(t) + MINUS + ScoreMath.formatOperand(b) + ")";
  }

  private String limits(
      BigDecimal unlimited, java.util.Optional<Derivation.Limit> limit, BigDecimal held) {
    if (limit.isPresent()) {
      boolean cap = limit.get().kind() == Derivation.LimitKind.CAP;
      return ", clamped to " + score(held) + " ("
          + (cap ? "over-achievement" : "regression: moved away from the target") + ")";
    }
    if (unlimited.signum() < 0) {
      return " (regression: moved away from the target, kept unclamped)";
    }
    if (unlimited.compareTo(BigDecimal.ONE) > 0) {
      return " (over-achievement, kept unclamped)";
    }
    return "";
  }

  private static String source(Derivation.Source s, String currentText) {
    String lead = currentText.isEmpty() ? ", " : ", " + currentText + " ";
    if (s.checkIn().isEmpty()) {
      return lead + "(the baseline: no check-in on or before " + s.asOf() + ")";
    }
    CheckIn c = s.checkIn().get();
    if (s.deltas() > 0) {
      return lead + "from the check-ins up to " + c.date() + " (latest on or before " + s.asOf()
          + "; the baseline plus " + s.deltas() + (s.deltas() == 1 ? " increment" : " increments")
          + ")";
    }
    return lead + "from the check-in of " + c.date() + " (latest on or before " + s.asOf() + ")";
  }
}
