package org.okrkit.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okrkit.model.KeyResult;
import org.okrkit.model.KeyResultKind;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.text.ActivityDetector;
import org.okrkit.text.ActivityMatch;

/**
 * What the wording rules read in the titles of one set, worked out once per set and kept with it
 * ({@link OkrSet#derived}, as the roll-up keeps its columns and this package its {@link SetIndex}):
 * a title depends on the set alone, and the detector is pure by contract, so validating the same
 * set again (every command checks a set before it scores it; a dashboard lints at several dates)
 * reads no title twice. What a rule reports still depends on the validation (whether it runs, its
 * limits, the numbers of the key result): only what the title says is kept.
 *
 * <p>Each part is made on the first validation whose rules read it, for every element of the set
 * in one pass: a structural-only validation makes none. The parts read by the activity detector
 * are kept only for the built-in detector ({@link ActivityDetector#defaults()}); a validator with
 * a detector of its own reads them again on each validation, as it did before, so that a detector
 * made per call does not pile up with the set.
 *
 * <p>Positions are list indexes of objectives, or positions among all the set's key results
 * ({@link SetIndex#keyResultPosition}). Immutable once built.
 */
final class Titles {
  private Titles() {}

  /** Names the parts among what engines derive from the set. */
  private enum Key {
    OBJECTIVE_TEXT,
    KEY_RESULT_TEXT,
    DUPLICATES
  }

  /** Names a part read by {@code detector}. */
  private record DetectorKey(String part, ActivityDetector detector) {}

  /**
   * The most distinct key-result titles whose activity is remembered while one part is made:
   * enough for the repeated titles of a large organisation (cascaded key results, templates),
   * bounded so that a million distinct titles cost no more memory than the set's own strings.
   */
  private static final int MEMO_LIMIT = 1 << 16;

  private static <T> T kept(
      SetIndex index, ActivityDetector detector, String part, Function<SetIndex, T> make) {
    return detector == ActivityDetector.defaults()
        ? index.set().derived(new DetectorKey(part, detector), s -> make.apply(index))
        : make.apply(index);
  }

  /** The objectives' numbers, sentences and stretch words. */
  static ObjectiveText objectiveText(SetIndex index) {
    return index.set().derived(Key.OBJECTIVE_TEXT, s -> new ObjectiveText(index.objectives()));
  }

  /** The objectives' titles that read as a task, by {@code detector}. */
  static ObjectiveTasks objectiveTasks(SetIndex index, ActivityDetector detector) {
    return kept(index, detector, "tasks", ix -> new ObjectiveTasks(ix.objectives(), detector));
  }

  /** The key results' numbers and leading verbs. */
  static KeyResultText keyResultText(SetIndex index) {
    return index.set().derived(Key.KEY_RESULT_TEXT, s -> new KeyResultText(index));
  }

  /** The key results' titles that read as an activity, by {@code detector}. */
  static KeyResultActivities keyResultActivities(SetIndex index, ActivityDetector detector) {
    return kept(index, detector, "activities", ix -> new KeyResultActivities(ix, detector));
  }

  /** The key results whose title repeats one before it in its objective. */
  static Duplicates duplicates(SetIndex index) {
    return index.set().derived(Key.DUPLICATES, s -> new Duplicates(index));
  }

  /** {@link Text#metricIn}, {@link Text#sentences} and {@link Text#stretchWordIn} of each title. */
  static final class ObjectiveText {
    private final @Nullable String[] metric;
    private final int[] sentences;
    /** Only for committed objectives (the only ones the rule reads it for). */
    private final @Nullable String[] stretch;

    ObjectiveText(List<Objective> objectives) {
      int n = objectives.size();
      metric = new String[n];
      sentences = new int[n];
      stretch = new String[n];
      for (int i = 0; i < n; i++) {
        Objective o = objectives.get(i);
        String title = o.title();
        metric[i] = Text.metricIn(title).orElse(null);
        sentences[i] = Text.sentences(title);
        stretch[i] = o.isCommitted() ? Text.stretchWordIn(title).orElse(null) : null;
      }
    }

    /** {@link Text#metricIn} of objective {@code i}'s title, or null. */
    @Nullable String metric(int i) {
      return metric[i];
    }

    /** {@link Text#sentences} of objective {@code i}'s title. */
    int sentences(int i) {
      return sentences[i];
    }

    /** {@link Text#stretchWordIn} of committed objective {@code i}'s title, or null. */
    @Nullable String stretch(int i) {
      return stretch[i];
    }
  }

  /**
   * {@link ActivityDetector#detectTask} of each objective's title, unless the title {@linkplain
   * Text#hasPurposeClause says what the work is for}.
   */
  static final class ObjectiveTasks {
    private final @Nullable ActivityMatch[] task;

    ObjectiveTasks(List<Objective> objectives, ActivityDetector detector) {
      task = new ActivityMatch[objectives.size()];
      for (int i = 0; i < task.length; i++) {
        String title = objectives.get(i).title();
        task[i] = detector.detectTask(title).filter(m -> !Text.hasPurposeClause(title)).orElse(null);
      }
    }

    /** What objective {@code i}'s title reads as a task for, or null. */
    @Nullable ActivityMatch task(int i) {
      return task[i];
    }
  }

  /** {@link Text#hasNumber} of each key result's title, and a metric's leading verb. */
  static final class KeyResultText {
    static final byte NEITHER = 0;
    static final byte UP = 1;
    static final byte DOWN = 2;

    /** Leading verbs that say a metric's number should go up. */
    private static final java.util.Set<String> UP_VERBS =
        java.util.Set.of("increase", "grow", "raise", "boost", "improve", "double", "triple",
            "expand", "lift", "maximise", "maximize", "gain", "add", "accelerate");

    /** Leading verbs that say a metric's number should go down. */
    private static final java.util.Set<String> DOWN_VERBS =
        java.util.Set.of("reduce", "decrease", "cut", "lower", "lessen", "shrink", "drop",
            "halve", "minimise", "minimize", "shorten", "eliminate", "slash", "trim");

    private final boolean[] hasNumber;
    /** For a metric: {@link #UP}, {@link #DOWN} or {@link #NEITHER}. */
    private final byte[] direction;
    /** For a metric whose verb says up or down: the verb as written. */
    private final @Nullable String[] verb;

    KeyResultText(SetIndex index) {
      int n = index.keyResultCount();
      hasNumber = new boolean[n];
      direction = new byte[n];
      verb = new String[n];
      int at = 0;
      for (Objective o : index.objectives()) {
        for (KeyResult kr : o.keyResults()) {
          String title = kr.title();
          hasNumber[at] = Text.hasNumber(title);
          if (kr.kind() == KeyResultKind.METRIC) {
            String v = leadingVerb(title);
            String lower = v.toLowerCase(Locale.ROOT);
            direction[at] = UP_VERBS.contains(lower) ? UP : DOWN_VERBS.contains(lower) ? DOWN : 0;
            verb[at] = direction[at] == NEITHER ? null : v;
          }
          at++;
        }
      }
    }

    /**
     * The title's first word, up to 20 letters: only the verb is read, never a number of the
     * title, so a misread number cannot hide a contradiction.
     */
    private static String leadingVerb(String title) {
      String t = title.strip();
      int end = 0;
      while (end < t.length() && end < 20 && Character.isLetter(t.charAt(end))) {
        end++;
      }
      return t.substring(0, end);
    }

    /** {@link Text#hasNumber} of the title of the key result at {@code position}. */
    boolean hasNumber(int position) {
      return hasNumber[position];
    }

    /** Which way a metric's leading verb says its number goes: {@link #UP}, {@link #DOWN}, 0. */
    byte direction(int position) {
      return direction[position];
    }

    /** The leading verb of a metric whose {@link #direction} is up or down, else null. */
    @Nullable String verb(int position) {
      return verb[position];
    }
  }

  /** {@link ActivityDetector#detect} of each key result's title. */
  static final class KeyResultActivities {
    private final @Nullable ActivityMatch[] activity;

    KeyResultActivities(SetIndex index, ActivityDetector detector) {
      activity = new ActivityMatch[index.keyResultCount()];
      // the detector is pure: a title repeated across teams is read once
      Map<String, Optional<ActivityMatch>> memo = new HashMap<>();
      int at = 0;
      for (Objective o : index.objectives()) {
        for (KeyResult kr : o.keyResults()) {
          String title = kr.title();
          Optional<ActivityMatch> m = memo.get(title);
          if (m == null) {
            m = detector.detect(title);
            if (memo.size() < MEMO_LIMIT) {
              memo.put(title, m);
            }
          }
          activity[at++] = m.orElse(null);
        }
      }
    }

    /** What the title of the key result at {@code position} reads as an activity for, or null. */
    @Nullable ActivityMatch activity(int position) {
      return activity[position];
    }
  }

  /**
   * For each key result, the position in its objective of the first earlier key result with the
   * same title (ignoring case and runs of spaces), or -1.
   */
  static final class Duplicates {
    /** Above this many key results, duplicate titles are found with a map instead of pairwise. */
    private static final int PAIRWISE_LIMIT = 16;

    private final int[] same;

    Duplicates(SetIndex index) {
      same = new int[index.keyResultCount()];
      int at = 0;
      for (Objective o : index.objectives()) {
        List<KeyResult> krs = o.keyResults();
        // pairwise for the usual handful of key results, a map for long lists
        @Nullable Map<String, Integer> titles = krs.size() > PAIRWISE_LIMIT ? new HashMap<>() : null;
        for (int j = 0; j < krs.size(); j++) {
          String title = krs.get(j).title();
          int s = -1;
          if (titles != null) {
            Integer previous = titles.putIfAbsent(Text.normalized(title), j);
            s = previous == null ? -1 : previous;
          } else {
            for (int p = 0; p < j && s < 0; p++) {
              s = Text.sameTitle(krs.get(p).title(), title) ? p : -1;
            }
          }
          same[at++] = s;
        }
      }
    }

    /** The position in its objective of the first key result the one at {@code position} repeats. */
    int same(int position) {
      return same[position];
    }
  }
}
