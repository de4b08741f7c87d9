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
   * A text written from its values when first read, and kept: the subclass says how to write the
   * place and the message, this class when.
   */
  abstract static class Written extends FindingText {
    private @Nullable Location location;
    private @Nullable String message;

    abstract Location writeLocation();

    abstract String writeMessage();

    @Override
    final Location location() {
      Location l = location;
      if (l == null) {
        l = writeLocation();
        location = l;
      }
      return l;
    }

    @Override
    final String message() {
      String m = message;
      if (m == null) {
        m = writeMessage();
        message = m;
      }
      return m;
    }
  }

  /**
   * {@link Rule#CHECK_IN_IN_FUTURE}: check-in {@code k} of key result {@code j} of objective
   * {@code i} is dated after the as-of date. The most frequent finding of a lint run before the
   * cycle's check-ins are all in (planned or pre-filled check-ins): a few per key result.
   */
  static final class FutureCheckIn extends Written {
    static final String HINT = "Correct the date: a check-in records a value already measured.";

    private final List<String> ids;
    private final int objective;
    private final int keyResult;
    private final int checkIn;
    /** The check-in's date as an epoch day: the date is made for the message only. */
    private final long day;

    private final String asOf;

    /** {@code ids}: the key result's then its objective's id; {@code asOf} as messages write it. */
    FutureCheckIn(
        List<String> ids, int objective, int keyResult, int checkIn, long day, String asOf) {
      this.ids = ids;
      this.objective = objective;
      this.keyResult = keyResult;
      this.checkIn = checkIn;
      this.day = day;
      this.asOf = asOf;
    }

    @Override
    Location writeLocation() {
      return new Location(ids, SetIndex.checkInPointer(objective, keyResult, checkIn) + "/date");
    }

    @Override
    String writeMessage() {
      return "key result " + Text.quote(ids.get(0)) + " has a check-in dated "
          + LocalDate.ofEpochDay(day) + ", after the as-of date " + asOf + ".";
    }

    @Override
    String hint() {
      return HINT;
    }
  }

  /**
   * A finding about the wording of a title: {@link Rule#OBJECTIVE_HAS_NUMBER} (on most objectives
   * of an organisation whose titles name their team), {@link Rule#KR_IS_ACTIVITY} and {@link
   * Rule#KR_WITHOUT_NUMBER}, written from the title and what was read in it when first read.
   */
  static final class OfTitle extends Written {
    static final byte OBJECTIVE_NUMBER = 0;
    static final byte ACTIVITY = 1;
    static final byte NO_NUMBER = 2;

    static final String OBJECTIVE_NUMBER_HINT =
        "Keep the objective qualitative and inspiring; move the number into a key result.";
    static final String NO_NUMBER_HINT =
        "State the number to move, e.g. 'Increase weekly active users from 2,000 to 3,000'.";

    private final byte kind;
    private final List<String> ids;
    private final int objective;
    private final int keyResult;
    private final String id;
    private final String title;
    /** The number ({@link #OBJECTIVE_NUMBER}) or phrase ({@link #ACTIVITY}) read in the title. */
    private final String read;

    private final String hint;

    /**
     * {@code keyResult} is -1 for an objective's title; {@code id} is the element's, {@code read}
     * the number or phrase the message quotes ("" when it quotes none).
     */
    OfTitle(
        byte kind,
        List<String> ids,
        int objective,
        int keyResult,
        String id,
        String title,
        String read,
        String hint) {
      this.kind = kind;
      this.ids = ids;
      this.objective = objective;
      this.keyResult = keyResult;
      this.id = id;
      this.title = title;
      this.read = read;
      this.hint = hint;
    }

    @Override
    Location writeLocation() {
      String at =
          keyResult < 0
              ? SetIndex.objectivePointer(objective)
              : SetIndex.keyResultPointer(objective, keyResult);
      return new Location(ids, at + "/title");
    }

    @Override
    String writeMessage() {
      return switch (kind) {
        case OBJECTIVE_NUMBER ->
            "objective " + Text.quote(id) + " carries the number " + Text.quote(read) + " in "
                + Text.quote(title) + ".";
        case ACTIVITY ->
            "key result " + Text.quote(id) + " reads as an activity, not a result: "
                + Text.quote(read) + " in " + Text.quote(title) + ".";
        default -> "key result " + Text.quote(id) + " has no number in " + Text.quote(title) + ".";
      };
    }

    @Override
    String hint() {
      return hint;
    }
  }
}
