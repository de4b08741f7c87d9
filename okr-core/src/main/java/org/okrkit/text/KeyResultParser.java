package org.okrkit.text;

import java.util.Objects;

/**
 * Reads key-result sentences as people write them ("Increase customer satisfaction from 4.1 to
 * 4.8", "Reduce average task turnaround time from five days to three", "Keep uptime at or above
 * 99.9%") into a structured {@link KeyResultReading}.
 *
 * <p>Understood: "from X to Y", "X → Y", "to Y from X"; relative changes ("by 20%", "by 5
 * points", "double", "halve", "3x"), derived into a target when a baseline is stated; number words
 * ("five", "twenty-five", "a dozen"), thousands separators ({@code 10,000}, {@code 10 000}),
 * decimals, {@code k}/{@code M}/{@code B}/"million" suffixes, currencies ({@code $1.2M}, {@code
 * €50k}, {@code £300}), percentages and percentage points, ranges ({@code 40–50%}), negative
 * numbers; thresholds ("keep … at or above", "at least", "no more than", "under", "above",
 * "below"); units carried from one number to the other ("from five days to three"); milestones
 * ("Launch the new app"). Dates, years, quarters and time frames ("within 30 days") are not
 * taken as values.
 *
 * <p>Stateless and thread-safe.
 */
public final class KeyResultParser {
  private KeyResultParser() {}

  /**
   * Reads one key-result sentence. Never fails on odd text: a sentence it cannot read gives a
   * reading with {@link ReadingConfidence#LOW} and notes saying why.
   *
   * @param sentence the sentence
   * @return one key-result sentence
   */
  public static KeyResultReading parse(CharSequence sentence) {
    Objects.requireNonNull(sentence, "sentence");
    return new SentenceAnalyzer(sentence.toString(), ActivityCheck.standard()).analyze();
  }
}
