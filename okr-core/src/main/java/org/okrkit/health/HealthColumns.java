package org.okrkit.health;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.model.internal.Stored;

/**
 * What assessing the health of a whole set reads of its key results, laid out once in primitive
 * arrays and kept with the immutable set ({@link OkrSet#derived}, as the roll-up keeps its
 * columns): the dates of every check-in in date order (the latest on or before a date is a binary
 * search), the key result's own start, due date, close-out date, cadence and grace as numbers, and
 * whether it paces by its own dates or plan. {@link HealthPolicy#assess} then reads no check-in.
 */
final class HealthColumns {
  /** An epoch day that is not there (no own start, no close-out date). */
  static final long NONE = Long.MIN_VALUE;

  /** The own cadence's days when the key result states none. */
  static final int NO_CADENCE = -1;

  /** The own cadence's days when it counts months or years (not a fixed number of days). */
  static final int CALENDAR = -2;

  private static final Object KEY = new Object();

  /** The key results of the objective at {@code i}: {@code krStart[i] … krStart[i + 1]}. */
  final int[] krStart;

  /** The cycle of each objective, or null when the set has none of its id. */
  final @Nullable Cycle[] cycle;

  /**
   * True when the objective is assessed one key result at a time, from each score's key result:
   * it has a close-out with a date (its key results' scores may be frozen before the date
   * assessed), or a value-sum key result (scored as a key result rebuilt with the summed values).
   */
  final boolean[] closes;

  // per key result, objective by objective
  final KeyResult[] keyResult;
  /** The check-in dates of key result {@code k}: {@code dayStart[k] … dayStart[k + 1]}. */
  final int[] dayStart;
  /** Epoch days, in date order within a key result. */
  final long[] day;
  /** The same dates, as the check-ins hold them. */
  final LocalDate[] date;
  final long[] ownStart;
  final long[] ownDue;
  /** The close-out's date, or {@link #NONE} without a close-out or its date. */
  final long[] closeDay;
  /** True when the key result paces by its own dates or plan, not its cycle's. */
  final boolean[] ownProgress;
  /** The own cadence in days, {@link #NO_CADENCE} or {@link #CALENDAR}. */
  final int[] ownCadenceDays;
  /** The own grace in days, or −1 when the key result states none. */
  final int[] ownGrace;

  private HealthColumns(OkrSet set) {
    List<Objective> objectives = set.objectives();
    int n = objectives.size();
    int krs = Math.toIntExact(set.keyResultCount());
    int cks = Math.toIntExact(set.checkInCount());
    krStart = new int[n + 1];
    cycle = new Cycle[n];
    closes = new boolean[n];
    keyResult = new KeyResult[krs];
    dayStart = new int[krs + 1];
    day = new long[cks];
    date = new LocalDate[cks];
    ownStart = new long[krs];
    ownDue = new long[krs];
    closeDay = new long[krs];
    ownProgress = new boolean[krs];
    ownCadenceDays = new int[krs];
    ownGrace = new int[krs];
    Stored.Access at = Stored.access();
    int k = 0;
    int c = 0;
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      krStart[i] = k;
      cycle[i] = set.cycle(o.cycle()).orElse(null);
      CloseOut closed = at.close(o);
      boolean sums = false;
      for (KeyResult kr : o.keyResults()) {
        sums |= !kr.sumOf().isEmpty();
      }
      closes[i] = sums || (closed != null && closed.date().isPresent());
      for (KeyResult kr : o.keyResults()) {
        keyResult[k] = kr;
        dayStart[k] = c;
        int first = c;
        for (CheckIn ci : kr.checkIns()) {
          LocalDate d = ci.date();
          long e = d.toEpochDay();
          // in date order as recorded (the usual case): appended; otherwise inserted in place
          int at2 = c;
          while (at2 > first && day[at2 - 1] > e) {
            day[at2] = day[at2 - 1];
            date[at2] = date[at2 - 1];
            at2--;
          }
          day[at2] = e;
          date[at2] = d;
          c++;
        }
        LocalDate start = at.start(kr);
        LocalDate due = at.due(kr);
        ownStart[k] = start == null ? NONE : start.toEpochDay();
        ownDue[k] = due == null ? NONE : due.toEpochDay();
        CloseOut close = at.close(kr);
        closeDay[k] =
            close == null || close.date().isEmpty() ? NONE : close.date().orElseThrow().toEpochDay();
        ownProgress[k] = start != null || due != null || !kr.plan().isEmpty();
        Period period = at.cadence(kr);
        ownCadenceDays[k] = period == null ? NO_CADENCE : days(period);
        Integer grace = at.graceDays(kr);
        ownGrace[k] = grace == null ? -1 : grace;
        k++;
      }
    }
    krStart[n] = k;
    dayStart[k] = c;
  }

  /** The columns of {@code set}, made on the first call and kept with it. */
  static HealthColumns of(OkrSet set) {
    return set.derived(KEY, HealthColumns::new);
  }

  /** {@return the days of {@code p} when it is a fixed number of days, else {@link #CALENDAR}} */
  static int days(Period p) {
    if (p.getYears() != 0 || p.getMonths() != 0 || p.getDays() < 0) {
      return CALENDAR;
    }
    return p.getDays();
  }

  /** The latest check-in date of key result {@code k} on or before {@code onOrBefore}, or null. */
  @Nullable LocalDate last(int k, long onOrBefore) {
    int lo = dayStart[k];
    int hi = dayStart[k + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day[mid] <= onOrBefore) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo == dayStart[k] ? null : date[lo - 1];
  }
}
