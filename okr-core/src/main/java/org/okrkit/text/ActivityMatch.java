package org.okrkit.text;

import java.util.Objects;

/**
 * Why an {@link ActivityDetector} reads a key result as an activity or output rather than a
 * result: the phrase that gave it away, where it is in the text, which kind of activity it is,
 * and a rewrite hint for that kind.
 *
 * <p>Immutable and thread-safe.
 *
 * @param phrase the trigger words exactly as written, such as {@code Launch}, {@code roll out} or
 *     {@code Implementation of}
 * @param start the index of the phrase's first character in the text
 * @param end the index after the phrase's last character
 * @param category what made it an activity: a task verb, a count of the team's own outputs, an
 *     input spent, or a deliverable's end state
 * @param rewriteHint how to turn the activity into a result, with an example
 */
public record ActivityMatch(
    String phrase, int start, int end, Category category, String rewriteHint) {

  /** What makes a key result an activity rather than a result. */
  public enum Category {
    /** Work to do, named by its verb: "Launch the app", "Run four campaigns", "Deprecate v1". */
    TASK_VERB("track the work as an initiative"),
    /**
     * A count of what the team itself produces: "Publish 12 case studies", "4 talks given by the
     * team", "Grow the number of dashboards from 5 to 30".
     */
    COUNTED_OUTPUT("outputs are how you get there, not whether it worked"),
    /** An input the team spends: "Spend $500k on ads", "Devote one day per sprint to tech debt". */
    INPUT_SPENT("an input spent says what it costs, not what it buys"),
    /**
     * A deliverable reaching its end state: "The new search is available to all users", "APIs are
     * refactored", "Ready for launch", "Final decision on the vendor".
     */
    END_STATE("a deliverable being done says nothing about the difference it makes");

    private final String why;

    Category(String why) {
      this.why = why;
    }

    /** {@return why this kind of key result does not measure a result, in a few words} */
    public String why() {
      return why;
    }

    /**
     * {@return the lower-case name used in JSON and messages: {@code task_verb}, {@code end_state}}
     */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A match.
   *
   * @param phrase the trigger words exactly as written, such as {@code Launch}, {@code roll out} or
   *     {@code Implementation of}
   * @param start the index of the phrase's first character in the text
   * @param end the index after the phrase's last character
   * @param category what made it an activity: a task verb, a count of the team's own outputs, an
   *     input spent, or a deliverable's end state
   * @param rewriteHint how to turn the activity into a result, with an example
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
   */
  public ActivityMatch {
    Objects.requireNonNull(phrase, "phrase");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rewriteHint, "rewriteHint");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "activity match '" + phrase + "': range must be within the text, was " + start + ".." + end);
    }
  }
}
