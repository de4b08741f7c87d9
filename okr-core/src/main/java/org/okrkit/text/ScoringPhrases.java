package org.okrkit.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Target;
import org.okrkit.model.TargetSide;

/**
 * The two sentence forms of the scoring models, read on top of the sentence parser's reading
 * (kept apart from {@code SentenceAnalyzer} on purpose: it only adds what a sentence states
 * beyond a plain baseline and target):
 *
 * <ul>
 *   <li>levels in a closing parenthesis: "Increase recommendations from 120 to 150 (commit 130,
 *       stretch 180)" gives the target commit and stretch levels;
 *   <li>a band: "Keep inventory cover between 10 and 20 days" is a threshold within 10 and 20.
 * </ul>
 *
 * <p>Both patterns are bounded (at most 200 characters in the parenthesis, 30 digits a number),
 * so a long title is read in linear time.
 */
final class ScoringPhrases {
  private static final String NUMBER = "(-?\\d{1,30}(?:\\.\\d{1,30})?)";
  private static final Pattern LEVELS = Pattern.compile("\\(([^()]{1,200})\\)\\s*$");
  private static final Pattern COMMIT =
      Pattern.compile("\\bcommit(?:ted|ment)?(?:\\s+(?:at|level|of))?\\s*:?\\s*" + NUMBER);
  private static final Pattern STRETCH =
      Pattern.compile("\\bstretch(?:\\s+(?:at|level|of|goal))?\\s*:?\\s*" + NUMBER);
  private static final Pattern KEEP =
      Pattern.compile("^\\s*(?:keep|stay|maintain|hold)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN =
      Pattern.compile("\\bbetween\\s+" + NUMBER + "\\s*(\\S{0,12}?)\\s+and\\s+" + NUMBER,
          Pattern.CASE_INSENSITIVE);

  private ScoringPhrases() {}

  /** {@code parsed} with the levels or band {@code sentence} states; itself when it states none. */
  static KeyResult apply(String sentence, KeyResult parsed) {
    KeyResult k = band(sentence, parsed);
    return levels(sentence, k);
  }

  private static KeyResult levels(String sentence, KeyResult kr) {
    if (kr.kind() != KeyResultKind.METRIC || kr.target().isEmpty()
        || kr.target().get().side() != TargetSide.REACH) {
      return kr;
    }
    Matcher m = LEVELS.matcher(sentence);
    if (!m.find()) {
      return kr;
    }
    String inside = m.group(1).toLowerCase(Locale.ROOT);
    Matcher c = COMMIT.matcher(inside);
    Matcher s = STRETCH.matcher(inside);
    BigDecimal commit = c.find() ? new BigDecimal(c.group(1)) : null;
    BigDecimal stretch = s.find() ? new BigDecimal(s.group(1)) : null;
    if (commit == null && stretch == null) {
      return kr;
    }
    Target t = kr.target().get();
    return kr.withTarget(Target.stepped(t.value(), commit, stretch));
  }

  private static KeyResult band(String sentence, KeyResult kr) {
    if (!KEEP.matcher(sentence).lookingAt()) {
      return kr;
    }
    Matcher m = BETWEEN.matcher(sentence);
    if (!m.find()) {
      return kr;
    }
    BigDecimal low = new BigDecimal(m.group(1));
    BigDecimal high = new BigDecimal(m.group(3));
    if (low.compareTo(high) >= 0) {
      return kr;
    }
    KeyResult.Builder b =
        KeyResult.builder()
            .from(kr)
            .kind(KeyResultKind.THRESHOLD)
            .baseline(java.util.Optional.empty())
            .target(Target.between(low, high));
    return b.build();
  }
}
