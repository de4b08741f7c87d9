package org.okrkit.text;

import java.util.Optional;

/**
 * The one seam through which the sentence parser asks "is this an activity rather than a
 * result?" ("Launch the new app"), so that the parser and the linter agree on what an activity
 * is.
 */
interface ActivityCheck {
  /** The activity verb that opens {@code sentence} ("Launch"), or empty for a result. */
  Optional<String> activityVerb(String sentence);

  /** The detector the parser uses. */
  static ActivityCheck standard() {
    return BuiltInActivities.INSTANCE;
  }
}
