package org.okrkit.validation;

/** How serious a {@link Finding} is, from "the set cannot be scored correctly" down to advice. */
public enum Severity {
  /** The set cannot be scored or rolled up correctly until this is fixed. */
  ERROR,
  /** The OKRs work but break a best practice; worth fixing before the cycle starts. */
  WARNING,
  /** A suggestion a coach would make; fine to ignore with a reason. */
  INFO
}
