package org.okrkit.model;

import java.util.List;
import java.util.Objects;

/**
 * An edit of an {@link OkrSet} refused because it would introduce a structural error: a value
 * checked in on a milestone, a check-in outside the cycle, an unknown id, an alignment loop…
 * {@link #rule()} is the id of the validator rule the edit would break ({@code
 * check-in-outside-cycle}), {@link #ids()} the ids involved, and the message says both.
 *
 * <p>The set being edited is left as it was (it is immutable); problems it already had are not
 * reasons to refuse an edit.
 */
public final class OkrEditException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id of the structural rule the edit would have broken. */
  private final String rule;

  /** The ids of the objectives and key results the refused edit involves. */
  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> ids;

  OkrEditException(String rule, List<String> ids, String message) {
    super(message + " [" + rule + "]");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.ids = List.copyOf(ids);
  }

  /**
   * The id of the rule the edit would break, as the validator names it.
   *
   * @return the rule id, such as {@code check-in-kind-mismatch}
   */
  public String rule() {
    return rule;
  }

  /**
   * The ids of the cycles, objectives and key results involved.
   *
   * @return the ids, the edited element's first
   */
  public List<String> ids() {
    return ids;
  }
}
