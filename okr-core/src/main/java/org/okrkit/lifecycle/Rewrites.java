package org.okrkit.lifecycle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.okrkit.model.CheckIn;
import org.okrkit.model.Initiative;
import org.okrkit.model.InitiativeStatus;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/**
 * Rewrites that move work out of key results ("initiatives are the work, key results the
 * outcome"), the fix the linter's {@code kr-is-activity} finding points at.
 */
public final class Rewrites {
  /** The title prefix of a placeholder key result, for people and tools to find it. */
  public static final String PLACEHOLDER_PREFIX = "TODO outcome: ";

  private Rewrites() {}

  /**
   * Turns the activity key result {@code keyResultId} into an initiative plus a placeholder
   * outcome key result.
   *
   * <p>The initiative ({@code <id>-work}, or {@code <id>-work-2}… when taken) carries the activity
   * as its title and the objective's owner; it is done when the milestone was done, active when
   * the key result had check-ins, else planned; it links to the placeholder. The placeholder keeps
   * the key result's id (so other links stay valid) and weight, its title is {@link
   * #PLACEHOLDER_PREFIX} plus the activity, and it is a metric without baseline, target or
   * check-ins: the validator then asks for the missing target until its owner writes the result
   * the work should change.
   *
   * @param set the OKR set
   * @param keyResultId the key result's id
   * @return turns the activity key result {@code keyResultId} into an initiative plus a placeholder
   *     outcome key result
   * @throws IllegalArgumentException if no objective of the set has key result {@code keyResultId}
   * @throws NullPointerException if an argument is null
   */
  public static Rewrite activityToInitiative(OkrSet set, String keyResultId) {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(keyResultId, "keyResultId");
    Set<String> initiativeIds = new HashSet<>();
    for (Initiative i : set.initiatives()) {
      initiativeIds.add(i.id());
    }
    List<Objective> objectives = new ArrayList<>(set.objectives());
    for (int i = 0; i < objectives.size(); i++) {
      Objective o = objectives.get(i);
      List<KeyResult> krs = new ArrayList<>(o.keyResults());
      for (int j = 0; j < krs.size(); j++) {
        KeyResult kr = krs.get(j);
        if (!kr.id().equals(keyResultId)) {
          continue;
        }
        KeyResult placeholder = KeyResult.builder()
            .id(kr.id())
            .title(PLACEHOLDER_PREFIX + kr.title())
            .kind(KeyResultKind.METRIC)
            .weight(kr.weight())
            .carriedFrom(kr.carriedFrom())
            .kpi(kr.kpi())
            .extensions(kr.extensions())
            .build();
        String id = kr.id() + "-work";
        for (int n = 2; initiativeIds.contains(id); n++) {
          id = kr.id() + "-work-" + n;
        }
        Initiative initiative = Initiative.builder()
            .id(id)
            .title(kr.title())
            .owner(o.owner())
            .status(status(kr))
            .progress(status(kr) == InitiativeStatus.DONE
                ? java.util.Optional.of(java.math.BigDecimal.ONE)
                : java.util.Optional.empty())
            .addKeyResults(kr.id())
            .build();
        krs.set(j, placeholder);
        objectives.set(i, o.withKeyResults(krs));
        List<Initiative> initiatives = new ArrayList<>(set.initiatives());
        initiatives.add(initiative);
        OkrSet result = set.withObjectives(objectives).withInitiatives(initiatives);
        return new Rewrite(result, initiative, placeholder);
      }
    }
    throw new IllegalArgumentException(
        "key result '" + keyResultId + "': not in the set, so there is nothing to rewrite");
  }

  private static InitiativeStatus status(KeyResult kr) {
    CheckIn latest = null;
    for (CheckIn c : kr.checkIns()) {
      if (latest == null || !c.date().isBefore(latest.date())) {
        latest = c;
      }
    }
    if (latest == null) {
      return InitiativeStatus.PLANNED;
    }
    return kr.kind() == KeyResultKind.MILESTONE && latest.done().orElse(false)
        ? InitiativeStatus.DONE
        : InitiativeStatus.ACTIVE;
  }
}
