package org.okrkit.lifecycle;

import java.util.Objects;
import org.okrkit.model.Initiative;
import org.okrkit.model.KeyResult;
import org.okrkit.model.OkrSet;

/**
 * An activity key result rewritten by {@link Rewrites#activityToInitiative}: the work moved to an
 * initiative, and a placeholder outcome key result for its owner to fill in.
 *
 * @param set the whole set after the rewrite
 * @param initiative the new initiative holding the work
 * @param placeholder the key result that replaces the activity, still without baseline and
 *     target
 */
public record Rewrite(OkrSet set, Initiative initiative, KeyResult placeholder) {

  /**
   * A rewrite; every component must be present.
   *
   * @param set the whole set after the rewrite
   * @param initiative the new initiative holding the work
   * @param placeholder the key result that replaces the activity, still without baseline and
   *     target
   */
  public Rewrite {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(placeholder, "placeholder");
  }
}
