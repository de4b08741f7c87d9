package org.okrkit.model;

import java.util.Locale;

/**
 * What an objective's alignment to its parent (objective or key result) does in the roll-up.
 */
public enum AlignmentLink {
  /**
   * The objective's roll-up counts toward its parent: as one item of the parent objective's
   * roll-up, or, when aligned to a key result, toward that key result's score (the default).
   */
  CONTRIBUTE,
  /** The objective is shown under its parent, in the tree and in the derivation, but never counted. */
  SUPPORT;

  /** {@return the name used in documents: {@code contribute} or {@code support}} */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
