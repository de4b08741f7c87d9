package org.okrkit.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * The forecast of every key result of a set as of one date, made by {@link
 * Forecaster#forecastAll}: key result {@code j} of objective {@code i} (positions in {@link
 * OkrSet#objectives()} and {@link Objective#keyResults()}) has {@link #forecast(int, int)
 * forecast(i, j)}, equal to {@link Forecaster#forecast Forecaster.forecast(keyResult, cycle,
 * asOf)} with the same forecaster and the objective's cycle.
 *
 * <p>The numbers are kept as scaled {@code long}s (or exact decimals where they do not fit) and
 * each {@link Forecast} is made when asked for: equal, not identical, on every call. Key results
 * of an objective whose cycle the set does not define have no forecast ({@link
 * #isForecast(int)}). Immutable and thread-safe.
 */
public final class Forecasts {
  /** Which of the five numbers: the slope, the projected value and score, the paces. */
  static final int SLOPE = 0;

  static final int PROJECTED = 1;
  static final int SCORE = 2;
  static final int PER_DAY = 3;
  static final int PER_WEEK = 4;
  private static final int NUMBERS = 5;

  /** The scale of a number kept as a {@code BigDecimal} in {@link #big}. */
  static final int BIG = Integer.MIN_VALUE + 1;

  private final ForecastColumns columns;
  private final LocalDate asOf;
  private final int[] usable;
  /** Each number of each key result: {@code NUMBERS × k + number}. */
  private final long[] unscaled;
  private final int[] scale;
  private final @Nullable BigDecimal @Nullable [] big;
  /** The forecasts made one key result at a time (the others null); null when there are none. */
  private final @Nullable Forecast @Nullable [] made;
  private final int size;

  private Forecasts(Builder b) {
    this.columns = b.columns;
    this.asOf = b.asOf;
    this.usable = b.usable;
    this.unscaled = b.unscaled;
    this.scale = b.scale;
    this.big = b.big;
    this.made = b.made;
    this.size = b.size;
  }

  /** {@return the date the forecasts are made as of: later check-ins are ignored} */
  public LocalDate asOf() {
    return asOf;
  }

  /** {@return how many key results are forecast: those of objectives whose cycle the set defines} */
  public int size() {
    return size;
  }

  /**
   * True when the key results of the objective at {@code objective} are forecast: the set
   * defines the objective's cycle.
   *
   * @param objective the position of the objective in the set
   * @return {@code true} when the key results of the objective are forecast
   * @throws IndexOutOfBoundsException if there is no objective at {@code objective}
   */
  public boolean isForecast(int objective) {
    Objects.checkIndex(objective, columns.cycle.length);
    return columns.cycle[objective] != null;
  }

  /**
   * The forecast of key result {@code keyResult} of the objective at {@code objective}: the one
   * {@link Forecaster#forecast} gives it with the objective's cycle, made when asked for.
   *
   * @param objective the position of the objective in the set
   * @param keyResult the position of the key result in the objective
   * @return the forecast of the key result
   * @throws IndexOutOfBoundsException if there is no such objective or key result
   * @throws IllegalArgumentException if the set does not define the objective's cycle
   */
  public Forecast forecast(int objective, int keyResult) {
    Objects.checkIndex(objective, columns.cycle.length);
    int first = columns.krStart[objective];
    Objects.checkIndex(keyResult, columns.krStart[objective + 1] - first);
    if (columns.cycle[objective] == null) {
      Objective o = columns.objectives.get(objective);
      throw new IllegalArgumentException(
          "objective '" + o.id() + "': cycle '" + o.cycle() + "' is not in the set, so its key"
              + " results have no forecast");
    }
    int k = first + keyResult;
    if (made != null && made[k] != null) {
      return made[k];
    }
    String id = columns.keyResult[k].id();
    LocalDate end = columns.end(objective);
    if (columns.mode[k] == ForecastColumns.MILESTONE) {
      return new Forecast(id, asOf, end, 0, null, null, null, null, null, Forecast.MILESTONE);
    }
    int n = usable[k];
    return new Forecast(
        id, asOf, end, n, number(k, SLOPE), number(k, PROJECTED), number(k, SCORE),
        number(k, PER_DAY), number(k, PER_WEEK), n < 2 ? Forecast.TOO_FEW : Forecast.PROJECTED);
  }

  /**
   * The forecasts of the key results of the objective at {@code objective}, in its order.
   *
   * @param objective the position of the objective in the set
   * @return the forecasts of the objective's key results, made when asked for
   * @throws IndexOutOfBoundsException if there is no objective at {@code objective}
   * @throws IllegalArgumentException if the set does not define the objective's cycle
   */
  public List<Forecast> ofObjective(int objective) {
    Objects.checkIndex(objective, columns.cycle.length);
    int count = columns.krStart[objective + 1] - columns.krStart[objective];
    List<Forecast> list = new ArrayList<>(count);
    for (int j = 0; j < count; j++) {
      list.add(forecast(objective, j));
    }
    return List.copyOf(list);
  }

  private @Nullable BigDecimal number(int k, int which) {
    int i = NUMBERS * k + which;
    int s = scale[i];
    if (s == ForecastColumns.ABSENT) {
      return null;
    }
    if (s == BIG) {
      return Objects.requireNonNull(big)[i];
    }
    return BigDecimal.valueOf(unscaled[i], s);
  }

  @Override
  public String toString() {
    return "Forecasts{" + size + " key results as of " + asOf + "}";
  }

  /** Collects the numbers while {@link Forecaster#forecastAll} works them out. */
  static final class Builder {
    final ForecastColumns columns;
    final LocalDate asOf;
    final int[] usable;
    final long[] unscaled;
    final int[] scale;
    @Nullable BigDecimal @Nullable [] big;
    @Nullable Forecast @Nullable [] made;
    int size;

    Builder(ForecastColumns columns, LocalDate asOf) {
      this.columns = columns;
      this.asOf = asOf;
      int krs = columns.keyResult.length;
      usable = new int[krs];
      unscaled = new long[NUMBERS * krs];
      scale = new int[NUMBERS * krs];
    }

    void absent(int k, int which) {
      scale[NUMBERS * k + which] = ForecastColumns.ABSENT;
    }

    void scaled(int k, int which, long u, int s) {
      int i = NUMBERS * k + which;
      unscaled[i] = u;
      scale[i] = s;
    }

    void exact(int k, int which, @Nullable BigDecimal value) {
      if (value == null) {
        absent(k, which);
        return;
      }
      int i = NUMBERS * k + which;
      if (big == null) {
        big = new BigDecimal[scale.length];
      }
      big[i] = value;
      scale[i] = BIG;
    }

    void made(int k, Forecast f) {
      if (made == null) {
        made = new Forecast[usable.length];
      }
      made[k] = f;
    }

    Forecasts build() {
      return new Forecasts(this);
    }
  }
}
