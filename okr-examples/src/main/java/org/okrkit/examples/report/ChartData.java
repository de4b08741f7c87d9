package org.okrkit.examples.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;
import org.okrkit.model.Zone;

/**
 * What one key result's chart shows, in data coordinates: the check-ins up to the report date,
 * the expected pace line (baseline at the start to target at the end, for a metric), the target
 * or threshold bound (a band between its two bounds), a stepped target's commit and stretch
 * levels, and the ranges of both axes. A milestone is drawn as 0 (not done) and 1 (done), a zones
 * key result on an ordinal axis from fail (0) to stretch (3); increments are drawn as the level
 * they reach.
 */
final class ChartData {
  /** One check-in in data coordinates, with its tooltip. */
  record Point(LocalDate date, double value, String label) {}

  /** A level drawn across the chart: a stepped target's commit or stretch, a zone's edge. */
  record Level(double value, String label) {}

  /** The zones of a zones key result from the bottom of its ordinal axis up. */
  private static final List<Zone> ZONES = List.of(Zone.FAIL, Zone.COMMIT, Zone.TARGET, Zone.STRETCH);

  final LocalDate from;
  final LocalDate to;
  final LocalDate asOf;
  final double min;
  final double max;
  final @Nullable Double target;
  final String targetLabel;
  final @Nullable Double bound;
  final boolean boundIsFloor;
  /** A band's upper bound: the good zone is from {@link #bound} up to it. */
  final @Nullable Double bandTop;
  final List<Level> levels;
  final boolean zones;
  final LocalDate paceStart;
  final LocalDate paceEnd;
  final @Nullable Double paceFrom;
  final @Nullable Double paceTo;
  final List<Point> points;
  final boolean milestone;
  /**
   * The power of ten every value was divided by to fit a double: 0 for everyday numbers; for a
   * value of thousands of digits (legal in the model) the chart shows mantissas and the axis
   * labels say "E4000", instead of NaN and infinite coordinates.
   */
  final int exponent;

  private ChartData(Builder b) {
    this.from = b.from;
    this.to = b.to;
    this.asOf = b.asOf;
    this.min = b.min;
    this.max = b.max;
    this.target = b.target;
    this.targetLabel = b.targetLabel;
    this.bound = b.bound;
    this.boundIsFloor = b.boundIsFloor;
    this.bandTop = b.bandTop;
    this.levels = List.copyOf(b.levels);
    this.zones = b.zones;
    this.paceStart = b.paceStart;
    this.paceEnd = b.paceEnd;
    this.paceFrom = b.paceFrom;
    this.paceTo = b.paceTo;
    this.points = List.copyOf(b.points);
    this.milestone = b.milestone;
    this.exponent = b.exponent;
  }

  private static final class Builder {
    LocalDate from;
    LocalDate to;
    LocalDate asOf;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    @Nullable Double target;
    String targetLabel = "";
    @Nullable Double bound;
    boolean boundIsFloor;
    @Nullable Double bandTop;
    final List<Level> levels = new ArrayList<>();
    boolean zones;
    LocalDate paceStart;
    LocalDate paceEnd;
    @Nullable Double paceFrom;
    @Nullable Double paceTo;
    final List<Point> points = new ArrayList<>();
    boolean milestone;
    int exponent;

    /** {@code v} divided by 10^exponent, as a double that is always finite. */
    double scaled(BigDecimal v) {
      return v.movePointLeft(exponent).doubleValue();
    }

    Builder(LocalDate from, LocalDate to, LocalDate asOf) {
      this.from = from;
      this.to = to;
      this.asOf = asOf;
      this.paceStart = from;
      this.paceEnd = to;
    }

    void level(BigDecimal value, String label) {
      double l = scaled(value);
      include(l);
      levels.add(new Level(l, label));
    }

    void include(double v) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }

    void include(LocalDate d) {
      if (d.isBefore(from)) {
        from = d;
      }
      if (d.isAfter(to)) {
        to = d;
      }
    }
  }

  static ChartData of(KeyResult kr, Optional<Cycle> cycle, LocalDate asOf) {
    List<CheckIn> shown = new ArrayList<>();
    for (CheckIn c : kr.checkIns()) {
      if (!c.date().isAfter(asOf)) {
        shown.add(c);
      }
    }
    LocalDate from = cycle.map(Cycle::start).orElse(asOf);
    LocalDate to = cycle.map(Cycle::end).orElse(asOf);
    Builder b = new Builder(from, to, asOf);
    b.include(asOf);
    for (CheckIn c : shown) {
      b.include(c.date());
    }
    String unit = kr.unit().map(u -> u.equals("%") ? "%" : " " + u).orElse("");
    b.exponent = exponent(kr, shown);
    if (kr.kind() == KeyResultKind.ZONES) {
      // judged, not counted: an ordinal axis from fail (0) to stretch (3)
      b.zones = true;
      b.include(0);
      b.include(ZONES.size() - 1);
      b.target = (double) ZONES.indexOf(Zone.TARGET);
      b.targetLabel = "target";
      b.levels.add(new Level(ZONES.indexOf(Zone.COMMIT), "commit"));
      b.levels.add(new Level(ZONES.indexOf(Zone.STRETCH), "stretch"));
      for (CheckIn c : shown) {
        if (c.zone().isPresent()) {
          Zone z = c.zone().get();
          String name = z.name().toLowerCase(Locale.ROOT);
          String words = kr.zones().map(d -> " (" + d.of(z) + ")").orElse("");
          b.points.add(new Point(c.date(), ZONES.indexOf(z), c.date() + ": " + name + words + extra(c)));
        }
      }
    } else if (kr.kind() == KeyResultKind.MILESTONE) {
      b.milestone = true;
      b.include(0);
      b.include(1);
      b.target = 1.0;
      b.targetLabel = "done";
      for (CheckIn c : shown) {
        boolean done = c.done().orElse(Boolean.FALSE);
        b.points.add(new Point(c.date(), done ? 1 : 0, c.date() + ": " + (done ? "done" : "not done yet") + extra(c)));
      }
    } else {
      Optional<Target> target = kr.target();
      if (target.isPresent()) {
        double t = b.scaled(target.get().value());
        b.include(t);
        b.target = t;
        TargetSide side = target.get().side();
        String v = target.get().value().toPlainString() + unit;
        if (side == TargetSide.REACH) {
          b.targetLabel = "target " + v;
        } else if (target.get().upper().isPresent()) {
          double top = b.scaled(target.get().upper().get());
          b.include(top);
          b.bound = t;
          b.boundIsFloor = true;
          b.bandTop = top;
          b.target = null;
          b.targetLabel = "between " + target.get().value().toPlainString() + " and "
              + target.get().upper().get().toPlainString() + unit;
        } else {
          b.bound = t;
          b.boundIsFloor = side == TargetSide.AT_LEAST;
          b.targetLabel = (b.boundIsFloor ? "at least " : "at most ") + v;
        }
        Optional<BigDecimal> commit = target.get().commit();
        Optional<BigDecimal> stretch = target.get().stretch();
        if (commit.isPresent()) {
          b.level(commit.get(), "commit " + commit.get().toPlainString() + unit);
        }
        if (stretch.isPresent()) {
          b.level(stretch.get(), "stretch " + stretch.get().toPlainString() + unit);
        }
        Optional<Baseline> baseline = kr.baseline();
        if (side == TargetSide.REACH && baseline.isPresent()) {
          double base = b.scaled(baseline.get().value());
          b.include(base);
          b.paceFrom = base;
          b.paceTo = t;
          LocalDate start = baseline.get().date().orElse(from);
          b.include(start);
          b.paceStart = start;
          b.paceEnd = to;
        }
      }
      // increments add up: each point is the level reached, in date order as scoring reads them
      List<CheckIn> levels = new ArrayList<>();
      for (CheckIn c : shown) {
        if (c.value().isPresent() || c.delta().isPresent()) {
          levels.add(c);
        }
      }
      levels.sort(java.util.Comparator.comparing(CheckIn::date)); // stable: ties keep list order
      BigDecimal now = kr.baseline().map(Baseline::value).orElse(BigDecimal.ZERO);
      for (CheckIn c : levels) {
        String said;
        if (c.value().isPresent()) {
          now = c.value().get();
          said = now.toPlainString() + unit;
        } else {
          BigDecimal delta = c.delta().orElseThrow();
          now = now.add(delta);
          said = (delta.signum() < 0 ? "" : "+") + delta.toPlainString() + " → " + now.toPlainString() + unit;
        }
        b.include(b.scaled(now));
        b.points.add(new Point(c.date(), b.scaled(now), c.date() + ": " + said + extra(c)));
      }
    }
    if (b.min == Double.POSITIVE_INFINITY) {
      b.include(0);
      b.include(1);
    }
    if (b.max - b.min == 0) {
      double pad = Math.max(1e-9, Math.abs(b.max) * 0.1);
      b.min -= pad;
      b.max += pad;
    } else if (!b.milestone && !b.zones) {
      double pad = (b.max - b.min) * 0.08;
      b.min -= pad;
      b.max += pad;
    } else {
      b.min -= 0.1;
      b.max += 0.15;
    }
    // the pace line runs to the end of the cycle, whatever the check-ins did
    b.paceEnd = cycle.map(Cycle::end).orElse(b.to);
    return new ChartData(b);
  }

  /**
   * The power of ten that brings the key result's numbers into a double's comfortable range: 0
   * unless the largest is beyond 10^15 or all are below 10^-15 in magnitude.
   */
  private static int exponent(KeyResult kr, List<CheckIn> shown) {
    List<BigDecimal> values = new ArrayList<>();
    kr.target().ifPresent(t -> values.add(t.value()));
    kr.baseline().ifPresent(v -> values.add(v.value()));
    for (CheckIn c : shown) {
      c.value().ifPresent(values::add);
    }
    long largest = Long.MIN_VALUE;
    for (BigDecimal v : values) {
      if (v.signum() != 0) {
        largest = Math.max(largest, (long) v.precision() - v.scale() - 1);
      }
    }
    if (largest == Long.MIN_VALUE || (largest <= 15 && largest >= -15)) {
      return 0;
    }
    return (int) largest;
  }

  private static String extra(CheckIn c) {
    StringBuilder s = new StringBuilder();
    c.confidence().ifPresent(x -> s.append(" (confidence ").append(x.toPlainString()).append(')'));
    c.note().ifPresent(n -> s.append(" — ").append(n));
    return s.toString();
  }

  /** The horizontal pixel for {@code d}, between {@code x0} (first day) and {@code x1}. */
  double x(LocalDate d, double x0, double x1) {
    long span = to.toEpochDay() - from.toEpochDay();
    if (span <= 0) {
      return (x0 + x1) / 2;
    }
    return x0 + (x1 - x0) * (d.toEpochDay() - from.toEpochDay()) / span;
  }

  /** The vertical pixel for {@code v}, {@code y0} at the bottom of the range, {@code y1} on top. */
  double y(double v, double y0, double y1) {
    return y0 - (y0 - y1) * (v - min) / (max - min);
  }

  /**
   * An axis label for {@code v}: "done"/"not done" for milestones, the nearest zone for zones,
   * else a short number.
   */
  String format(double v) {
    if (milestone) {
      return v > 0.5 ? "done" : "not done";
    }
    if (zones) {
      int i = (int) Math.max(0, Math.min(ZONES.size() - 1, Math.round(v)));
      return ZONES.get(i).name().toLowerCase(Locale.ROOT);
    }
    double abs = Math.abs(max - min);
    int decimals = abs >= 100 ? 0 : abs >= 1 ? 1 : abs >= 0.1 ? 2 : 3;
    return String.format(Locale.ROOT, "%." + decimals + "f", v)
        + (exponent == 0 ? "" : "E" + (exponent > 0 ? "+" : "") + exponent);
  }
}
