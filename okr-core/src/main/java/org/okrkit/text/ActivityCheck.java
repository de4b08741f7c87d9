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

  /**
   * Whether a sentence with no measure still states a result rather than a deliverable: it opens
   * with a result word or with the people the result is for ("Customers love the onboarding").
   */
  default boolean opensWithResult(String sentence) {
    return true;
  }

  /** The detector the parser uses: the linter's default vocabulary. */
  static ActivityCheck standard() {
    return Standard.INSTANCE;
  }

  /** The words of the linter's default detector (its fallback asks the parser, not the reverse). */
  enum Standard implements ActivityCheck {
    INSTANCE;

    @Override
    public Optional<String> activityVerb(String sentence) {
      return VocabularyActivityDetector.ENGLISH.byVerbsAndStates(sentence)
          .map(ActivityMatch::phrase);
    }

    @Override
    public boolean opensWithResult(String sentence) {
      return VocabularyActivityDetector.ENGLISH.opensWithResult(sentence);
    }
  }
}
