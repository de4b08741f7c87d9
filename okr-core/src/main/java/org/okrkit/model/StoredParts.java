package org.okrkit.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.internal.Stored;

/**
 * The model's {@link Stored.Access}: a check-in's parts from its fields, the generated
 * immutables' optional parts from their nullable fields (Immutables keeps an {@code Optional}
 * attribute as a nullable field and wraps it in each accessor call). {@code StoredTest} checks
 * every method against the public accessor.
 */
final class StoredParts implements Stored.Access {
  static final StoredParts INSTANCE = new StoredParts();

  private static final VarHandle KR_UNIT = field(ImmutableKeyResult.class, "unit", String.class);
  private static final VarHandle KR_BASELINE =
      field(ImmutableKeyResult.class, "baseline", Baseline.class);
  private static final VarHandle KR_TARGET = field(ImmutableKeyResult.class, "target", Target.class);
  private static final VarHandle KR_START = field(ImmutableKeyResult.class, "start", LocalDate.class);
  private static final VarHandle KR_DUE = field(ImmutableKeyResult.class, "due", LocalDate.class);
  private static final VarHandle KR_CADENCE =
      field(ImmutableKeyResult.class, "cadence", Period.class);
  private static final VarHandle KR_GRACE_DAYS =
      field(ImmutableKeyResult.class, "graceDays", Integer.class);
  private static final VarHandle KR_CLOSE = field(ImmutableKeyResult.class, "close", CloseOut.class);
  private static final VarHandle KR_CARRIED_FROM =
      field(ImmutableKeyResult.class, "carriedFrom", String.class);
  private static final VarHandle KR_KPI = field(ImmutableKeyResult.class, "kpi", String.class);
  private static final VarHandle KR_ZONES =
      field(ImmutableKeyResult.class, "zones", ZoneDescriptions.class);
  private static final VarHandle O_DESCRIPTION =
      field(ImmutableObjective.class, "description", String.class);
  private static final VarHandle O_OWNER = field(ImmutableObjective.class, "owner", String.class);
  private static final VarHandle O_LEVEL = field(ImmutableObjective.class, "level", Level.class);
  private static final VarHandle O_PARENT = field(ImmutableObjective.class, "parent", String.class);
  private static final VarHandle O_PARENT_KEY_RESULT =
      field(ImmutableObjective.class, "parentKeyResult", String.class);
  private static final VarHandle O_CLOSE = field(ImmutableObjective.class, "close", CloseOut.class);
  private static final VarHandle O_CARRIED_FROM =
      field(ImmutableObjective.class, "carriedFrom", String.class);
  private static final VarHandle B_DATE = field(ImmutableBaseline.class, "date", LocalDate.class);
  private static final VarHandle T_UPPER = field(ImmutableTarget.class, "upper", BigDecimal.class);
  private static final VarHandle T_COMMIT = field(ImmutableTarget.class, "commit", BigDecimal.class);
  private static final VarHandle T_STRETCH =
      field(ImmutableTarget.class, "stretch", BigDecimal.class);

  private StoredParts() {}

  /** The generated class's field; the class is this module's, so its private fields are ours. */
  private static VarHandle field(Class<?> type, String name, Class<?> fieldType) {
    try {
      return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
          .findVarHandle(type, name, fieldType);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "no field " + name + " of " + fieldType.getSimpleName() + " in " + type.getName(), e);
    }
  }

  @Override
  public CheckIn valueCheckIn(LocalDate date, BigDecimal value, @Nullable BigDecimal confidence) {
    return CheckIn.ofValueAsGiven(date, value, confidence);
  }

  @Override
  public @Nullable BigDecimal value(CheckIn c) {
    return c.storedValue();
  }

  @Override
  public @Nullable BigDecimal delta(CheckIn c) {
    return c.storedDelta();
  }

  @Override
  public @Nullable Boolean done(CheckIn c) {
    return c.storedDone();
  }

  @Override
  public @Nullable Zone zone(CheckIn c) {
    return c.storedZone();
  }

  @Override
  public @Nullable BigDecimal confidence(CheckIn c) {
    return c.storedConfidence();
  }

  @Override
  public @Nullable String unit(KeyResult k) {
    return (String) KR_UNIT.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable Baseline baseline(KeyResult k) {
    return (Baseline) KR_BASELINE.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable Target target(KeyResult k) {
    return (Target) KR_TARGET.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable LocalDate start(KeyResult k) {
    return (LocalDate) KR_START.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable LocalDate due(KeyResult k) {
    return (LocalDate) KR_DUE.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable Period cadence(KeyResult k) {
    return (Period) KR_CADENCE.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable Integer graceDays(KeyResult k) {
    return (Integer) KR_GRACE_DAYS.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable CloseOut close(KeyResult k) {
    return (CloseOut) KR_CLOSE.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable String carriedFrom(KeyResult k) {
    return (String) KR_CARRIED_FROM.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable String kpi(KeyResult k) {
    return (String) KR_KPI.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable ZoneDescriptions zones(KeyResult k) {
    return (ZoneDescriptions) KR_ZONES.get((ImmutableKeyResult) k);
  }

  @Override
  public @Nullable String description(Objective o) {
    return (String) O_DESCRIPTION.get((ImmutableObjective) o);
  }

  @Override
  public @Nullable String owner(Objective o) {
    return (String) O_OWNER.get((ImmutableObjective) o);
  }

  @Override
  public @Nullable Level level(Objective o) {
    return (Level) O_LEVEL.get((ImmutableObjective) o);
  }

  @Override
  public @Nullable String parent(Objective o) {
    return (String) O_PARENT.get((ImmutableObjective) o);
  }

  @Override
  public @Nullable String parentKeyResult(Objective o) {
    return (String) O_PARENT_KEY_RESULT.get((ImmutableObjective) o);
  }

  @Override
  public @Nullable CloseOut close(Objective o) {
    return (CloseOut) O_CLOSE.get((ImmutableObjective) o);
  }

  @Override
  public @Nullable String carriedFrom(Objective o) {
    return (String) O_CARRIED_FROM.get((ImmutableObjective) o);
  }

  @Override
  public @Nullable LocalDate date(Baseline b) {
    return (LocalDate) B_DATE.get((ImmutableBaseline) b);
  }

  @Override
  public @Nullable BigDecimal upper(Target t) {
    return (BigDecimal) T_UPPER.get((ImmutableTarget) t);
  }

  @Override
  public @Nullable BigDecimal commit(Target t) {
    return (BigDecimal) T_COMMIT.get((ImmutableTarget) t);
  }

  @Override
  public @Nullable BigDecimal stretch(Target t) {
    return (BigDecimal) T_STRETCH.get((ImmutableTarget) t);
  }
}
