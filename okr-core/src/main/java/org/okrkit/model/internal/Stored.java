package org.okrkit.model.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.Baseline;
import org.okrkit.model.CheckIn;
import org.okrkit.model.CloseOut;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Level;
import org.okrkit.model.Objective;
import org.okrkit.model.Target;
import org.okrkit.model.Zone;
import org.okrkit.model.ZoneDescriptions;

/**
 * The optional parts of check-ins, key results, objectives, baselines and targets as the model
 * stores them: null where the public accessor returns {@code Optional.empty()}, the value itself
 * where it returns one, and no {@code Optional} made. Writing a million key results with twelve
 * check-ins each made about 470 bytes of {@code Optional}s per key result through the public
 * accessors (an {@code Optional} that merges with {@code Optional.empty()} escapes the JIT).
 *
 * <p>Each method returns exactly what {@code accessor().orElse(null)} returns. The model
 * {@linkplain #register registers} the one implementation when {@link CheckIn} is initialised
 * (the JDK's "shared secrets" pattern); the package is exported to {@code org.okrkit.json} only.
 */
public final class Stored {
  private static volatile @Nullable Access registered;

  private Stored() {}

  /** Reads the model's stored parts; implemented once, in {@code org.okrkit.model}. */
  public interface Access {
    /**
     * {@return what {@link CheckIn#value()} holds, or null}
     *
     * @param c the check-in
     */
    @Nullable BigDecimal value(CheckIn c);

    /**
     * {@return what {@link CheckIn#delta()} holds, or null}
     *
     * @param c the check-in
     */
    @Nullable BigDecimal delta(CheckIn c);

    /**
     * {@return what {@link CheckIn#done()} holds, or null}
     *
     * @param c the check-in
     */
    @Nullable Boolean done(CheckIn c);

    /**
     * {@return what {@link CheckIn#zone()} holds, or null}
     *
     * @param c the check-in
     */
    @Nullable Zone zone(CheckIn c);

    /**
     * {@return what {@link CheckIn#confidence()} holds, or null}
     *
     * @param c the check-in
     */
    @Nullable BigDecimal confidence(CheckIn c);

    /**
     * {@return what {@link KeyResult#unit()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable String unit(KeyResult k);

    /**
     * {@return what {@link KeyResult#baseline()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable Baseline baseline(KeyResult k);

    /**
     * {@return what {@link KeyResult#target()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable Target target(KeyResult k);

    /**
     * {@return what {@link KeyResult#start()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable LocalDate start(KeyResult k);

    /**
     * {@return what {@link KeyResult#due()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable LocalDate due(KeyResult k);

    /**
     * {@return what {@link KeyResult#cadence()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable Period cadence(KeyResult k);

    /**
     * {@return what {@link KeyResult#graceDays()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable Integer graceDays(KeyResult k);

    /**
     * {@return what {@link KeyResult#close()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable CloseOut close(KeyResult k);

    /**
     * {@return what {@link KeyResult#carriedFrom()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable String carriedFrom(KeyResult k);

    /**
     * {@return what {@link KeyResult#kpi()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable String kpi(KeyResult k);

    /**
     * {@return what {@link KeyResult#zones()} holds, or null}
     *
     * @param k the key result
     */
    @Nullable ZoneDescriptions zones(KeyResult k);

    /**
     * {@return what {@link Objective#description()} holds, or null}
     *
     * @param o the objective
     */
    @Nullable String description(Objective o);

    /**
     * {@return what {@link Objective#owner()} holds, or null}
     *
     * @param o the objective
     */
    @Nullable String owner(Objective o);

    /**
     * {@return what {@link Objective#level()} holds, or null}
     *
     * @param o the objective
     */
    @Nullable Level level(Objective o);

    /**
     * {@return what {@link Objective#parent()} holds, or null}
     *
     * @param o the objective
     */
    @Nullable String parent(Objective o);

    /**
     * {@return what {@link Objective#parentKeyResult()} holds, or null}
     *
     * @param o the objective
     */
    @Nullable String parentKeyResult(Objective o);

    /**
     * {@return what {@link Objective#close()} holds, or null}
     *
     * @param o the objective
     */
    @Nullable CloseOut close(Objective o);

    /**
     * {@return what {@link Objective#carriedFrom()} holds, or null}
     *
     * @param o the objective
     */
    @Nullable String carriedFrom(Objective o);

    /**
     * {@return what {@link Baseline#date()} holds, or null}
     *
     * @param b the baseline
     */
    @Nullable LocalDate date(Baseline b);

    /**
     * {@return what {@link Target#upper()} holds, or null}
     *
     * @param t the target
     */
    @Nullable BigDecimal upper(Target t);

    /**
     * {@return what {@link Target#commit()} holds, or null}
     *
     * @param t the target
     */
    @Nullable BigDecimal commit(Target t);

    /**
     * {@return what {@link Target#stretch()} holds, or null}
     *
     * @param t the target
     */
    @Nullable BigDecimal stretch(Target t);

    /**
     * A check-in of {@code date} reading {@code value}, with {@code confidence} if not null and
     * nothing else (no note, confidence as given or extensions): the check-in {@code
     * CheckIn.builder().date(date).value(value).confidence(…).build()} makes, with the same checks
     * and messages, for a reader that builds a million of them. The date and decimals are kept
     * as given, not exchanged for the model's shared instances: for a caller that holds one
     * instance per value already.
     *
     * @param date the day of the check-in
     * @param value the value read
     * @param confidence the confidence from 0 to 1, or null for none
     * @return the check-in
     * @throws IllegalArgumentException when the builder would refuse the same parts
     */
    CheckIn valueCheckIn(LocalDate date, BigDecimal value, @Nullable BigDecimal confidence);
  }

  /**
   * Registers the model's implementation; called once, by the model.
   *
   * @param access the implementation
   * @throws IllegalStateException if one is registered already
   */
  public static synchronized void register(Access access) {
    Objects.requireNonNull(access, "access");
    if (registered != null) {
      throw new IllegalStateException("the model's stored parts are registered already");
    }
    registered = access;
  }

  // A constant once loaded, so that the JIT calls the one implementation directly.
  private static final class Holder {
    static final Access ACCESS = load();

    private Holder() {}

    private static Access load() {
      try {
        // initialising CheckIn registers the implementation
        Class.forName(CheckIn.class.getName(), true, CheckIn.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the model is not on the class path", e);
      }
      return Objects.requireNonNull(registered, "the model registered no stored parts");
    }
  }

  /** {@return the model's implementation} */
  public static Access access() {
    return Holder.ACCESS;
  }
}
