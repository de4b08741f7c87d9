package org.okrkit.validation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a {@link Finding} is and what it says: given whole, or written from the few values it
 * names when first read. A written text keeps what it wrote (racy but idempotent, like {@code
 * String.hashCode}: every field it writes from is final, so any thread writes the same text).
 */
abstract class FindingText {
  abstract Location location();

  abstract String message();

  abstract String hint();

  /** A text given whole. */
  static final class Given extends FindingText {
    private final Location location;
    private final String message;
    private final String hint;

    Given(Location location, String message, String hint) {
      this.location = location;
      this.message = message;
      this.hint = hint;
    }

    @Override
    Location location() {
      return location;
    }

    @Override
    String message() {
      return message;
    }

    @Override
    String hint() {
      return hint;
    }
  }

  /**
   * {@link Rule#CHECK_IN_IN_FUTURE}: check-in {@code k} of key result {@code j} of objective
   * {@code i} is dated after the as-of date. The most frequent finding of a lint run before the
   * cycle's check-ins are all in (planned or pre-filled check-ins): a few per key result.
   */
  static final class FutureCheckIn extends FindingText {
    static final String HINT = "Correct the date: a check-in records a value already measured.";

    private final List<String> ids;
    private final int objective;
    private final int keyResult;
    private final int checkIn;
    private final LocalDate date;
    private final String asOf;
    private @Nullable Location location;
    private @Nullable String message;

    /** {@code ids}: the key result's then its objective's id; {@code asOf} as messages write it. */
    FutureCheckIn(
        List<String> ids, int objective, int keyResult, int checkIn, LocalDate date, String asOf) {
      this.ids = ids;
      this.objective = objective;
      this.keyResult = keyResult;
      this.checkIn = checkIn;
      this.date = date;
      this.asOf = asOf;
    }

    @Override
    Location location() {
      Location l = location;
      if (l == null) {
        l =
            new Location(
                ids, SetIndex.checkInPointer(objective, keyResult, checkIn) + "/date");
        location = l;
      }
      return l;
    }

    @Override
    String message() {
      String m = message;
      if (m == null) {
        m =
            "key result " + Text.quote(ids.get(0)) + " has a check-in dated " + date
                + ", after the as-of date " + asOf + ".";
        message = m;
      }
      return m;
    }

    @Override
    String hint() {
      return HINT;
    }
  }
}
