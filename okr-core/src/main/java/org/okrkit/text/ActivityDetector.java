package org.okrkit.text;

import java.util.Objects;
import java.util.Optional;

/**
 * Tells a key result that measures a result ("Reduce onboarding time from 10 to 5 days") from one
 * that describes an activity or output ("Launch a new mobile app", "Run four campaigns", "Publish
 * 12 case studies", "Spend $500k on ads", "The new search is available to everyone"): the most
 * common OKR mistake, because finishing the work says nothing about whether it made a difference.
 *
 * <p>The built-in detector reads English with the words of {@link ActivityVocabulary#english()};
 * {@link #of(ActivityVocabulary)} plugs in a company's own vocabulary or another language's
 * lists. The sentence parser ({@link KeyResultParser}) and the linter's {@code kr-is-activity}
 * rule use the same detector, on the same tokenizer, so they never disagree.
 *
 * <p>No implementation beyond the vocabulary-driven one is supplied, but one is easily written: a
 * lambda from the key result's text to an {@link ActivityMatch} (or empty for a result), for
 * example one that asks a model or a company's glossary, falling back to {@link #defaults()}:
 *
 * <pre>{@code
 * ActivityDetector mine = text -> text.toString().startsWith("Spike:")
 *     ? Optional.of(new ActivityMatch("Spike:", 0, 6, ActivityMatch.Category.TASK_VERB,
 *         "Measure what the spike should tell you."))
 *     : ActivityDetector.defaults().detect(text);
 * }</pre>
 *
 * <p>An implementation must be pure and thread-safe, must not throw on any text, and should be
 * linear in the text's length.
 */
@FunctionalInterface
public interface ActivityDetector {

  /**
   * Why {@code text} reads as an activity or output rather than a result, or empty when it reads
   * as a result (or cannot be judged, such as a blank text).
   *
   * @param text the text to read
   * @return why {@code text} reads as an activity or output rather than a result, or empty when it
   *     reads as a result
   */
  Optional<ActivityMatch> detect(CharSequence text);

  /**
   * Why an objective's title reads as a task ("Launch the new app"), judged by its words alone:
   * unlike {@link #detect}, a title that names no measure is not taken for a deliverable, since
   * objectives are qualitative by design. The default delegates to {@link #detect}.
   *
   * @param title the title as the owner wrote it
   * @return why an objective's title reads as a task ("Launch the new app"), judged by its words
   *     alone, or empty when there is none
   */
  default Optional<ActivityMatch> detectTask(CharSequence title) {
    return detect(title);
  }

  /**
   * True when {@code text} reads as an activity or output rather than a result.
   *
   * @param text the text to read
   * @return {@code true} when {@code text} reads as an activity or output rather than a result
   */
  default boolean isActivity(CharSequence text) {
    return detect(text).isPresent();
  }

  /**
   * {@return the detector with the built-in English vocabulary, {@link
   * ActivityVocabulary#english()}}
   */
  static ActivityDetector defaults() {
    return VocabularyActivityDetector.ENGLISH;
  }

  /**
   * A detector reading with {@code vocabulary}: the built-in English one extended with a
   * company's words ({@code ActivityVocabulary.english().withActivityVerbs("spike")}), or another
   * language's lists built on {@link ActivityVocabulary#empty()}.
   *
   * @param vocabulary the activity vocabulary
   * @return a detector reading with {@code vocabulary}
   */
  static ActivityDetector of(ActivityVocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    return new VocabularyActivityDetector(vocabulary);
  }
}
