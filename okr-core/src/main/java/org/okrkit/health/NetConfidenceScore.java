package org.okrkit.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.okrkit.internal.ScoreMath;
import org.okrkit.model.KeyResult;
import org.okrkit.rollup.ObjectiveRollup;
import org.okrkit.scoring.Confidence;

/**
 * The Net Confidence Score of a set of key results as of a date: the percentage of key results
 * on track by confidence minus the percentage off track, from −100 (every one off track) to +100
 * (every one on track).
 *
 * <p>A key result is on track when its latest confidence is at least 0.7, off track when it is
 * below 0.4 (the defaults; {@link #of(Iterable, LocalDate, BigDecimal, BigDecimal)} takes
 * others), and counted in neither between. Key results without any confidence on or before the
 * date are not rated and not counted in the percentages ({@link #unrated()} says how many); with
 * none rated the score is 0. Example: 5 rated key results with confidences 0.9, 0.8, 0.5, 0.3 and
 * 0.1 give 2 on track (40%) and 2 off track (40%): a score of 0.
 *
 * @param onTrack key results whose latest confidence is at least the on-track threshold
 * @param offTrack key results whose latest confidence is below the off-track threshold
 * @param rated key results with a confidence on or before the date
 * @param unrated key results without one
 * @param score {@code 100 × (onTrack − offTrack) / rated}, rounded to DECIMAL64; 0 when none is
 *     rated
 */
public record NetConfidenceScore(int onTrack, int offTrack, int rated, int unrated, BigDecimal score) {
  /** The default on-track threshold: confidence 0.7 or more. */
  public static final BigDecimal ON_TRACK_FROM = new BigDecimal("0.7");

  /** The default off-track threshold: confidence below 0.4. */
  public static final BigDecimal OFF_TRACK_BELOW = new BigDecimal("0.4");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * A score with these counts.
   *
   * @param onTrack key results whose latest confidence is at least the on-track threshold
   * @param offTrack key results whose latest confidence is below the off-track threshold
   * @param rated key results with a confidence on or before the date
   * @param unrated key results without one
   * @param score {@code 100 × (onTrack − offTrack) / rated}, rounded to DECIMAL64; 0 when none is
   *     rated
   * @throws IllegalArgumentException if a count is negative or the counts do not add up
   * @throws NullPointerException if {@code score} is null
   */
  public NetConfidenceScore {
    Objects.requireNonNull(score, "score");
    if (onTrack < 0 || offTrack < 0 || unrated < 0 || onTrack + offTrack > rated) {
      throw new IllegalArgumentException(
          "net confidence score: counts must be >= 0 with on track + off track <= rated, were "
              + onTrack + ", " + offTrack + ", " + rated + ", " + unrated);
    }
  }

  /**
   * The score of {@code keyResults} as of {@code asOf} with the default thresholds.
   *
   * @param keyResults the key results
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @return the score of {@code keyResults} as of {@code asOf} with the default thresholds
   * @throws NullPointerException if an argument is null
   */
  public static NetConfidenceScore of(Iterable<KeyResult> keyResults, LocalDate asOf) {
    return of(keyResults, asOf, ON_TRACK_FROM, OFF_TRACK_BELOW);
  }

  /**
   * The score of {@code keyResults} as of {@code asOf}: on track from {@code onTrackFrom}, off
   * track below {@code offTrackBelow}.
   *
   * @param keyResults the key results
   * @param asOf the date to evaluate as of; check-ins dated after it are ignored
   * @param onTrackFrom the on track from
   * @param offTrackBelow the off track below
   * @return the score of {@code keyResults} as of {@code asOf}
   * @throws IllegalArgumentException unless {@code 0 ≤ offTrackBelow ≤ onTrackFrom ≤ 1}
   * @throws NullPointerException if an argument is null
   */
  public static NetConfidenceScore of(
      Iterable<KeyResult> keyResults,
      LocalDate asOf,
      BigDecimal onTrackFrom,
      BigDecimal offTrackBelow) {
    Objects.requireNonNull(keyResults, "keyResults");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(onTrackFrom, "onTrackFrom");
    Objects.requireNonNull(offTrackBelow, "offTrackBelow");
    if (offTrackBelow.signum() < 0
        || offTrackBelow.compareTo(onTrackFrom) > 0
        || onTrackFrom.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "net confidence score: thresholds must satisfy 0 <= off-track <= on-track <= 1, were "
              + ScoreMath.format(offTrackBelow) + " and " + ScoreMath.format(onTrackFrom));
    }
    int on = 0;
    int off = 0;
    int rated = 0;
    int unrated = 0;
    for (KeyResult kr : keyResults) {
      BigDecimal c = Confidence.of(kr, asOf).latest().orElse(null);
      if (c == null) {
        unrated++;
        continue;
      }
      rated++;
      if (c.compareTo(onTrackFrom) >= 0) {
        on++;
      } else if (c.compareTo(offTrackBelow) < 0) {
        off++;
      }
    }
    BigDecimal score =
        rated == 0
            ? BigDecimal.ZERO
            : ScoreMath.divide(HUNDRED.multiply(BigDecimal.valueOf((long) on - off)), BigDecimal.valueOf(rated));
    return new NetConfidenceScore(on, off, rated, unrated, score);
  }

  /**
   * The score of every key result in the subtree of {@code node}: its own and those of every
   * objective aligned beneath it, at any depth (walked without recursion), as of the roll-up's
   * date, with the default thresholds.
   *
   * @param node the node
   * @return the score of every key result in the subtree of {@code node}
   * @throws NullPointerException if {@code node} is null
   */
  public static NetConfidenceScore ofSubtree(ObjectiveRollup node) {
    Objects.requireNonNull(node, "node");
    List<KeyResult> krs = new ArrayList<>();
    Deque<ObjectiveRollup> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      ObjectiveRollup n = todo.pop();
      krs.addAll(n.objective().keyResults());
      n.children().forEach(todo::push);
    }
    return of(krs, node.ownScore().asOf());
  }
}
