package org.okrkit.text;

import java.util.Optional;

/**
 * The one seam through which the sentence parser asks "is this an activity rather than a
 * result?" ("Launch the new app"). It delegates to the same {@link ActivityDetector} as the linter, so that
 * the parser and the {@code kr-is-activity} rule never disagree on what an activity is.
 */
interface ActivityCheck {
  /** The phrase that makes {@code sentence} an activity ("Launch"), or empty for a result. */
  Optional<String> activityVerb(String sentence);

  /** The detector the parser uses: the linter's default vocabulary. */
  static ActivityCheck standard() {
    return sentence -> ActivityDetector.defaults().detect(sentence).map(ActivityMatch::phrase);
  }
}
