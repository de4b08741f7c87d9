package org.okrkit.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.text.ActivityMatch.Category;

/**
 * The {@link ActivityDetector} driven by an {@link ActivityVocabulary}, on the sentence parser's
 * own {@link Tokenizer} (so "50k", "1,000" and "five" are numbers to both).
 *
 * <p>A text is an activity when, after leading noise ("KR1:", "We will"),
 *
 * <ul>
 *   <li>it starts with a task verb or phrase ({@code launch}, {@code roll out}, also as {@code
 *       launching}) — {@link Category#TASK_VERB};
 *   <li>it starts with an input verb and an amount ({@code Spend $500k on ads}) — {@link
 *       Category#INPUT_SPENT};
 *   <li>it counts the team's own outputs ({@code Make 100 calls}, {@code the number of
 *       dashboards}) — {@link Category#COUNTED_OUTPUT};
 *   <li>it starts with the noun of work ({@code Implementation of…}) — a task;
 *   <li>it reports a deliverable as done or in its end state ({@code …launched}, {@code …in
 *       place}) — {@link Category#END_STATE},
 * </ul>
 *
 * <p>unless it also measures what the work should change: a number moving {@code from 10 to 5}, a
 * change {@code by 20%}, a measured outcome clause ({@code to increase … to 30%}), a money amount
 * after a task verb, or a number next to an outcome noun. Texts that start with a result word are
 * never activities. One pass over the tokens: linear in the text.
 */
final class VocabularyActivityDetector implements ActivityDetector {
  static final VocabularyActivityDetector ENGLISH =
      new VocabularyActivityDetector(ActivityVocabulary.english());

  private final ActivityVocabulary v;
  /** Phrases by their first word, longest first. */
  private final Map<String, List<String[]>> phrases = new HashMap<>();
  /** End-state phrases of two or more words, by their first word. */
  private final Map<String, List<String[]>> endPhrases = new HashMap<>();

  VocabularyActivityDetector(ActivityVocabulary vocabulary) {
    this.v = Objects.requireNonNull(vocabulary, "vocabulary");
    index(v.activityPhrases, phrases);
    index(v.endStates, endPhrases);
  }

  private static void index(java.util.Set<String> from, Map<String, List<String[]>> into) {
    for (String p : from) {
      String[] words = p.split(" ");
      if (words.length > 1) {
        into.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
      }
    }
    for (List<String[]> l : into.values()) {
      l.sort((a, b) -> b.length - a.length);
    }
  }

  @Override
  public Optional<ActivityMatch> detect(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Optional<ActivityMatch> byWords = byWords(text);
    if (byWords.isPresent() || !v.readsDeliverables) {
      return byWords;
    }
    return deliverable(text.toString());
  }

  @Override
  public Optional<ActivityMatch> detectTask(CharSequence title) {
    return byWords(title);
  }

  /**
   * "Mac signing", "Support for signed artifacts", "Upgrade to Kubernetes 1.25": a key result the
   * sentence parser reads as a deliverable (done or not: no measure, no change verb, or only
   * numbers that name a version, a scope or a date) is the work itself, whatever its first word,
   * unless it opens with a word that states a result ("Get featured by Apple").
   */
  private Optional<ActivityMatch> deliverable(String text) {
    Tokens t = Tokens.of(text);
    int i0 = opening(t);
    if (i0 < 0) {
      return Optional.empty();
    }
    KeyResultReading reading =
        new SentenceAnalyzer(text, s -> byVerbsAndStates(s).map(ActivityMatch::phrase)).analyze();
    if (reading.kind() != org.okrkit.model.KeyResultKind.MILESTONE
        || ReadingAssembler.namedMeasureOnly(Tokenizer.tokenize(text)) != null) {
      // "Weekly program attendance." names a measure: not a deliverable
      return Optional.empty();
    }
    return Optional.of(match(text, t, i0, t.n, Category.END_STATE, ActivityVocabulary.DOWNLOADS));
  }

  /**
   * "Close 50 open bugs", "Resolve the 30 oldest P1 bugs": fixing, closing or triaging the team's
   * own work items is its output, even with a verb that elsewhere states a result ("close a
   * deal"); reducing a backlog or the errors users see is a result, and is not matched here.
   */
  private Optional<ActivityMatch> workItems(CharSequence text) {
    String lower = lowered(text);
    boolean any = false;
    for (String w : v.workItems) {
      if (lower.contains(w)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return Optional.empty();
    }
    Tokens t = Tokens.of(text.toString());
    int verb = -1;
    for (int k = 0; k < t.n; k++) {
      if (verb < 0 && v.workVerbs.contains(lemma(t.w(k)))) {
        verb = k;
      }
      if (verb >= 0 && v.workItems.contains(t.w(k)) && !t.inParens[k]) {
        return Optional.of(
            match(text, t, verb, k + 1, Category.COUNTED_OUTPUT, ActivityVocabulary.QUALITY));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} opens with a word that states a result ("Get featured by Apple",
   * "Become the market leader") or with the people a result is for ("Customers love the new
   * onboarding"): then it is no deliverable, even with no measure.
   */
  boolean opensWithResult(String text) {
    return opening(Tokens.of(text)) < 0;
  }

  /** The index of the first word of a possible deliverable, or -1 when it opens with a result. */
  private int opening(Tokens t) {
    int i0 = 0;
    while (i0 < t.n && isNoise(t, i0)) {
      i0++;
    }
    if (i0 >= t.n || !hasLetter(t.w(i0))) {
      return -1;
    }
    String first = lemma(t.w(i0));
    if (v.resultWords.contains(first) && !v.weakResultWords.contains(first)) {
      return -1;
    }
    if (v.populationNouns.contains(first) || v.peopleOpeners.contains(first)) {
      return -1;
    }
    return i0;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The detection by the vocabulary's words alone. */
  Optional<ActivityMatch> byWords(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (!v.workItems.isEmpty()) {
      Optional<ActivityMatch> work = workItems(text);
      if (work.isPresent()) {
        return work;
      }
    }
    return byVerbsAndStates(text);
  }

  /**
   * The detection by task verbs, inputs, outputs and end states, which the sentence parser asks
   * (work items are left out: "Reduce the bug backlog" is still a change to read as a metric).
   */
  Optional<ActivityMatch> byVerbsAndStates(CharSequence text) {
    Optional<ActivityMatch> moved = movedSomewhere(text);
    if (moved.isPresent()) {
      return moved;
    }
    if (startsWithResultVerb(text)) {
      return Optional.empty();
    }
    Tokens t = Tokens.of(text.toString());
    int i0 = 0;
    while (i0 < t.n && isNoise(t, i0)) {
      i0++;
    }
    if (i0 >= t.n) {
      return Optional.empty();
    }
    // "The Library will partner with …", "A youth librarian will join the team": a subject that
    // is not a result or the people a result is for, then a modal; the verb after it is the work
    int modal = modalAfterSubject(t, i0);
    if (modal > 0) {
      int after = modal + 1;
      if (after < t.n && t.w(after).equals("be")) {
        int done = passiveEnd(t, after + 1);
        if (done > 0) {
          if (hasResultSignal(t, i0, done, false) || hasServiceLevel(t)) {
            return Optional.empty();
          }
          return Optional.of(
              match(text, t, after, done, Category.END_STATE, ActivityVocabulary.DOWNLOADS));
        }
      }
      if (after < t.n && (v.activityVerbs.containsKey(lemma(t.w(after)))
          || phrases.containsKey(t.w(after)))) {
        i0 = after;
      }
    }
    String first = lemma(t.w(i0));
    if (!first.equals(t.w(i0)) && !t.w(i0).endsWith("ing") && !objectFollows(t, i0 + 1)) {
      // "certified skills get used more": a past participle used as an adjective, not a task
      first = t.w(i0);
    }
    int verbEnd = -1;
    String hint = ActivityVocabulary.SYSTEM;
    int phraseEnd = phraseAt(t, i0, phrases, first);
    if (phraseEnd > 0) {
      verbEnd = phraseEnd;
      hint = first.equals("roll") || first.equals("go")
          ? ActivityVocabulary.DOWNLOADS
          : ActivityVocabulary.SYSTEM;
    } else if (v.activityVerbs.containsKey(first) && !v.phrasalOnly.contains(first)) {
      verbEnd = i0 + 1;
      hint = v.activityVerbs.get(first);
    }
    if (verbEnd > 0) {
      if (hasResultSignal(t, i0, verbEnd, true)) {
        return Optional.empty();
      }
      return Optional.of(match(text, t, i0, verbEnd, Category.TASK_VERB, hint));
    }
    // "Spend $500k on ads", "Devote one day per sprint to tech debt": an input, not a result
    if (v.inputVerbs.contains(t.w(i0)) && numberAfter(t, i0 + 1)
        && !hasResultSignal(t, i0, i0 + 1, false)) {
      return Optional.of(match(text, t, i0, i0 + 1, Category.INPUT_SPENT,
          "e.g. 'Lower the cost per qualified lead from $120 to $80'"));
    }
    // "Make 100 cold calls": a count of work items after a general verb
    if (v.generalVerbs.contains(first) && countOfWork(t, i0 + 1)) {
      return Optional.of(
          match(text, t, i0, i0 + 1, Category.COUNTED_OUTPUT, ActivityVocabulary.LEADS));
    }
    // "12 streams", "4 talks given by the team": a key result that opens with a count of the
    // team's own outputs
    if (countOfWork(t, i0) && !hasResultSignal(t, i0, i0 + 1, true)) {
      return Optional.of(
          match(text, t, i0, Math.min(t.n, i0 + 2), Category.COUNTED_OUTPUT,
              ActivityVocabulary.CONTENT));
    }
    // "Additional blog posts on Startup, Open Source, & Tech": more of the team's own outputs
    if (MORE_OF.contains(t.w(i0))) {
      for (int k = i0 + 1; k < Math.min(t.n, i0 + 4); k++) {
        if (v.outcomeNouns.contains(t.w(k)) || v.populationNouns.contains(t.w(k))
            || OBJECT_STOPS.contains(t.w(k))) {
          break;
        }
        if (v.outputNouns.contains(t.w(k)) && !hasResultSignal(t, i0, k + 1, true)) {
          return Optional.of(
              match(text, t, i0, k + 1, Category.COUNTED_OUTPUT, ActivityVocabulary.CONTENT));
        }
      }
    }
    // "Interviews and baseline synthesis from 10 of our existing implementers": a key result
    // that opens with the team's own outputs and counts them later
    if (v.outputNouns.contains(t.w(i0)) && !v.outcomeNouns.contains(t.w(i0))
        && t.w(i0).endsWith("s") && numberAfter(t, i0 + 1) && !hasResultSignal(t, i0, i0 + 1, true)
        && !hasServiceLevel(t) && !peopleCountedAfter(t, i0 + 1)) {
      return Optional.of(
          match(text, t, i0, i0 + 1, Category.COUNTED_OUTPUT, ActivityVocabulary.CONTENT));
    }
    // "Regular conversations about hiring with 20 orgs", "Bi-weekly tweets mentioning …",
    // "Monthly community calls": the team's own outputs at a cadence
    int cadence = i0;
    while (cadence < Math.min(t.n, i0 + 2) && CADENCES.contains(t.w(cadence))) {
      cadence++;
    }
    if (cadence > i0 && cadence < t.n && v.outputNouns.contains(t.w(cadence))
        && !v.outcomeNouns.contains(t.w(cadence)) && !hasResultSignal(t, i0, cadence + 1, true)
        && !hasServiceLevel(t)) {
      return Optional.of(
          match(text, t, i0, cadence + 1, Category.COUNTED_OUTPUT, ActivityVocabulary.CONTENT));
    }
    // "OCTO has delivered at least 10 artifacts", "The team has helped resolve 10 issues",
    // "Every portfolio identifies 2 or more decisions": the work after a short subject, in the
    // perfect or the present tense
    int subjectVerb = verbAfterSubject(t, i0);
    if (subjectVerb > 0 && !hasResultSignal(t, i0, subjectVerb + 1, true) && !hasServiceLevel(t)) {
      return Optional.of(
          match(text, t, subjectVerb, subjectVerb + 1, Category.TASK_VERB, ActivityVocabulary.SYSTEM));
    }
    // "Grow the number of dashboards from 5 to 30": the team's own outputs, counted
    for (int k = i0; k + 2 < t.n; k++) {
      if (t.w(k).equals("number") && t.w(k + 1).equals("of")
          && v.outputNouns.contains(t.w(k + 2))) {
        return Optional.of(
            match(text, t, k, k + 3, Category.COUNTED_OUTPUT, ActivityVocabulary.CONTENT));
      }
    }
    // "Each engineer spends 1 day a week on …", "At least $1M spent on events": an input spent,
    // stated after its subject or as a passive
    for (int k = i0; k < Math.min(t.n, i0 + 6); k++) {
      if (v.inputVerbs.contains(t.w(k)) && k > i0
          && (numberAfter(t, k + 1) || (k > 0 && numberBefore(t, k)))
          && !hasResultSignal(t, i0, k + 1, false)) {
        return Optional.of(match(text, t, k, k + 1, Category.INPUT_SPENT,
            "e.g. 'Lower the cost per qualified lead from $120 to $80'"));
      }
    }
    // "Improve reliability by shipping 3 runbooks": the means is a count of the team's outputs
    int lastComparative = lastComparative(t);
    boolean measured = hasMeasure(t);
    for (int k = i0; k + 2 < t.n; k++) {
      if (t.w(k).equals("by") && t.w(k + 1).endsWith("ing")
          && v.activityVerbs.containsKey(lemma(t.w(k + 1)))
          && (isNumber(t, k + 2) || (!measured && lastComparative < k + 2
              && !namesOutcome(t, i0, k)))) {
        // "…by presenting findings that answer the research question": with no measure at
        // all, the work named after "by" is the key result
        return Optional.of(
            match(text, t, k + 1, k + 3, Category.COUNTED_OUTPUT, ActivityVocabulary.CONTENT));
      }
    }
    // "Communities are informed about our plans with two publications": the means is a count
    // of the team's own outputs after "with"
    for (int k = i0 + 1; k + 2 < t.n; k++) {
      if (t.w(k).equals("with") && isNumber(t, k + 1) && !t.percent[k + 1] && !t.currency[k + 1]
          && v.outputNouns.contains(t.w(k + 2)) && !v.outcomeNouns.contains(t.w(k + 2))) {
        return Optional.of(
            match(text, t, k + 1, k + 3, Category.COUNTED_OUTPUT, ActivityVocabulary.CONTENT));
      }
    }
    // "Increase off-site programming", "Generate list of 50 locations": a change or result verb
    // whose object is the team's own output or a document it writes
    if (v.resultWords.contains(first)) {
      // after "have" or "make" only a document counts ("We have a robust list …"), not an
      // output that a complement follows ("Make our releases boringly reliable")
      boolean weak = v.weakResultWords.contains(first) || v.generalVerbs.contains(first);
      int object = ownOutputObject(t, i0 + 1);
      if (weak && object > 0 && !DOCUMENTS.contains(t.w(object))) {
        object = -1;
      }
      if (object > 0 && !hasResultSignal(t, i0, i0 + 1, true)) {
        return Optional.of(
            match(text, t, i0, object + 1, Category.COUNTED_OUTPUT, ActivityVocabulary.CONTENT));
      }
    }
    // "Onboarding videos published": a gerund used as a noun does not make a result
    if (v.resultWords.contains(first) && first.equals(t.w(i0))) {
      return deadlineOnly(text, t);
    }
    for (int k = i0; k < Math.min(t.n, i0 + 3); k++) {
      if (v.activityNouns.contains(t.w(k))) {
        if (hasResultSignal(t, i0, i0, false)) {
          return Optional.empty();
        }
        int end = k + 1 < t.n && t.w(k + 1).equals("of") ? k + 2 : k + 1;
        return Optional.of(
            match(text, t, k, end, Category.TASK_VERB, ActivityVocabulary.SYSTEM));
      }
    }
    boolean mainClause = true;
    // "100% of new devs are "up and running" by the end of the first sprint": a share of people
    // in a state is a result for them, not the team's deliverable
    boolean shareOfPeople = i0 + 2 < t.n && t.numeric[i0] && t.w(i0 + 1).equals("of");
    boolean shareOpening = shareOfPeople && t.percent[i0];
    if (shareOfPeople) {
      shareOfPeople = false;
      for (int k = i0 + 2; k < Math.min(t.n, i0 + 5); k++) {
        if (v.populationNouns.contains(t.w(k)) || v.peopleOpeners.contains(t.w(k))
            || PEOPLE_WORDS.contains(t.w(k))) {
          shareOfPeople = true;
          break;
        }
      }
    }
    for (int k = i0; k < t.n && !shareOfPeople; k++) {
      String w = t.w(k);
      int end = phraseAt(t, k, endPhrases, w);
      if (end < 0 && v.endStates.contains(w)) {
        end = k + 1;
      }
      // "Landscaping will be renovated", "APIs are refactored": a task verb in the passive, in
      // the main clause ("… publishers, where active is defined as …" defines a word)
      mainClause &= !RELATIVE_OR_CONDITION.contains(w);
      if (end < 0 && k > i0 && mainClause && BE_FORMS.contains(w)) {
        end = passiveEnd(t, k + 1);
      }
      // "(after the list is published)": a remark, not the key result's end state
      if (end > 0 && !t.inParens[k]) {
        if (hasResultSignal(t, i0, i0, false) || hasServiceLevel(t)) {
          return Optional.empty();
        }
        // "100% of the budget requests of new Reps are filed by Resource Track Reps": a share
        // of items put in a state by others is a measure of what they do, not the team's work
        if (shareOpening && end < t.n && t.w(end).equals("by") && end + 1 < t.n
            && !OURSELVES.contains(t.w(end + 1))) {
          return Optional.empty();
        }
        return Optional.of(
            match(text, t, k, end, Category.END_STATE, ActivityVocabulary.DOWNLOADS));
      }
    }
    return deadlineOnly(text, t);
  }

  /** Words that ask for more of what follows: "Additional blog posts", "More tutorials". */
  private static final java.util.Set<String> MORE_OF =
      java.util.Set.of("additional", "more", "extra", "further");

  /** Words after "by" that name the team itself: "… are reviewed by us", "by our team". */
  private static final java.util.Set<String> OURSELVES =
      java.util.Set.of("we", "us", "our", "the", "me", "myself", "ourselves");

  /** People a share can count, besides the population nouns: "100% of new devs are …". */
  private static final java.util.Set<String> PEOPLE_WORDS =
      java.util.Set.of("devs", "engineers", "hires", "newcomers", "contributors", "participants",
          "attendees", "respondents", "learners", "volunteers", "maintainers");

  /** Words of a cadence before the team's outputs: "Regular conversations", "Weekly demos". */
  private static final java.util.Set<String> CADENCES =
      java.util.Set.of("regular", "weekly", "monthly", "daily", "quarterly", "biweekly",
          "bi-weekly", "fortnightly", "annual", "yearly", "recurring", "ongoing", "periodic");

  /** Quantifiers that open a subject whose verb follows: "Every portfolio identifies …". */
  private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("every", "each");

  /**
   * The index of a task verb after a short subject at {@code i0} that names neither a result nor
   * the people a result is for: in the perfect tense ("OCTO has delivered", "the team has helped
   * resolve") or, after "every"/"each", in the present tense ("Every portfolio identifies"); -1
   * when there is none.
   */
  private int verbAfterSubject(Tokens t, int i0) {
    boolean quantified = QUANTIFIERS.contains(t.w(i0));
    for (int k = i0 + 1; k < Math.min(t.n, i0 + 5); k++) {
      String w = t.w(k);
      if (t.numeric[k] || t.currency[k] || v.outcomeNouns.contains(w)
          || v.populationNouns.contains(w) || v.peopleOpeners.contains(w)
          || v.resultWords.contains(w) || OBJECT_STOPS.contains(w) || MODALS.contains(w)) {
        return -1;
      }
      if (k > i0 && (w.equals("has") || w.equals("have")) && !quantified) {
        int p = k + 1;
        if (p < t.n && t.w(p).endsWith("ly")) {
          p++; // "has successfully delivered"
        }
        if (p >= t.n) {
          return -1;
        }
        String done = participleOf(t.w(p));
        if (done == null) {
          String past = IRREGULAR_PAST.get(t.w(p));
          done = past != null && v.activityVerbs.containsKey(past) ? past : null;
        }
        if (done == null && t.w(p).equals("helped") && p + 1 < t.n
            && v.activityVerbs.containsKey(t.w(p + 1).replaceAll("/.*", ""))) {
          done = t.w(p + 1);
        }
        return done != null && !v.resultWords.contains(done) ? p : -1;
      }
      if (quantified && k > i0 + 1 && w.endsWith("s") && w.length() > 4) {
        String base = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
            : w.endsWith("es") && v.activityVerbs.containsKey(w.substring(0, w.length() - 2))
                ? w.substring(0, w.length() - 2) : w.substring(0, w.length() - 1);
        if (v.activityVerbs.containsKey(base) && !v.resultWords.contains(base)
            && !v.phrasalOnly.contains(base)) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * "Move GitHub Discussions to Discourse", "Moving CI to GitHub Actions": moving a system or
   * its content somewhere is a migration, not a change of a measure, when no number, measure or
   * outcome is stated ("Move the needle on retention" and "Move 30% of users to annual plans" are
   * not matched).
   */
  private Optional<ActivityMatch> movedSomewhere(CharSequence text) {
    String lower = lowered(text);
    if (!(lower.startsWith("move ") || lower.startsWith("moving "))) {
      return Optional.empty();
    }
    Tokens t = Tokens.of(text.toString());
    boolean to = false;
    for (int k = 1; k < t.n; k++) {
      String w = t.w(k);
      if (t.numeric[k] || t.currency[k] || v.outcomeNouns.contains(w)
          || v.populationNouns.contains(w) || Lexicon.MEASURE_NAMES.contains(w)
          || w.equals("needle") || w.equals("forward") || w.equals("up") || w.equals("down")) {
        return Optional.empty();
      }
      to |= k > 1 && (w.equals("to") || w.equals("into") || w.equals("onto") || w.equals("off"));
    }
    return to ? Optional.of(match(text, t, 0, 1, Category.TASK_VERB, ActivityVocabulary.SYSTEM))
        : Optional.empty();
  }

  /** Whether a verb's object starts at {@code k}: a determiner or a number. */
  private boolean objectFollows(Tokens t, int k) {
    if (k >= t.n) {
      return false;
    }
    String w = t.w(k);
    return isNumber(t, k) || t.currency[k] || w.equals("the") || w.equals("a") || w.equals("an")
        || w.equals("our") || w.equals("all") || w.equals("their") || w.equals("its")
        || w.equals("new") || w.equals("two") || w.equals("every");
  }

  /** Past forms of task verbs that do not end in "-ed". */
  private static final Map<String, String> IRREGULAR_PAST =
      Map.of("sent", "send", "built", "build", "wrote", "write", "written", "write", "ran", "run",
          "held", "hold", "taught", "teach", "began", "begin", "found", "find", "bought", "buy");

  /** Forms of "be" (and "get") that make a past participle after them a passive. */
  private static final java.util.Set<String> BE_FORMS =
      java.util.Set.of("be", "been", "is", "are", "was", "were", "being", "get", "gets", "got");

  /** Words that open a side clause. */
  private static final java.util.Set<String> RELATIVE_OR_CONDITION =
      java.util.Set.of("where", "which", "who", "whose", "that", "when", "whenever", "if",
          "once", "until", "unless", "while");

  /** Modals after which a subject's verb follows. */
  private static final java.util.Set<String> MODALS =
      java.util.Set.of("will", "shall", "must", "should", "would", "can", "could");

  /**
   * The index of a modal ("will") after a short subject at {@code i0} that names neither a result
   * nor the people a result is for ("The Library will …"), or -1.
   */
  private int modalAfterSubject(Tokens t, int i0) {
    for (int k = i0; k < Math.min(t.n, i0 + 5); k++) {
      String w = t.w(k);
      if (MODALS.contains(w)) {
        return k > i0 ? k : -1;
      }
      if (t.numeric[k] || t.currency[k] || v.outcomeNouns.contains(w)
          || v.populationNouns.contains(w) || v.peopleOpeners.contains(w)
          || v.resultWords.contains(w) || v.activityVerbs.containsKey(w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The end of a past participle of a task verb at {@code k} ("renovated", "constructed",
   * "planned", "built"), possibly followed by "and" and another ("renovated and maintained"), or
   * -1.
   */
  private int passiveEnd(Tokens t, int k) {
    if (k >= t.n || participleOf(t.w(k)) == null) {
      return -1;
    }
    return k + 1;
  }

  /** The task verb {@code w} is the past participle of, or null. */
  private @Nullable String participleOf(String w) {
    if (v.endStates.contains(w)) {
      return w;
    }
    if (w.length() < 5 || !(w.endsWith("ed") || w.endsWith("en"))) {
      return null;
    }
    String[] stems = {
      w.substring(0, w.length() - 1), // renovated -> renovate
      w.substring(0, w.length() - 2), // constructed -> construct
      w.endsWith("ied") ? w.substring(0, w.length() - 3) + "y" : "", // digitied -> -y
      w.length() > 6 && w.charAt(w.length() - 3) == w.charAt(w.length() - 4)
          ? w.substring(0, w.length() - 3) : "" // planned -> plan
    };
    for (String stem : stems) {
      if (!stem.isEmpty() && v.activityVerbs.containsKey(stem)) {
        return stem;
      }
    }
    return null;
  }

  /**
   * The index of the team's own output ("programming", "posts") or of a document it writes
   * ("list", "report", "plan") among the few words after a result verb, before any outcome
   * noun or number, or -1.
   */
  private int ownOutputObject(Tokens t, int from) {
    for (int k = from; k < Math.min(t.n, from + 4); k++) {
      String w = t.w(k);
      if (t.numeric[k] || t.currency[k] || v.outcomeNouns.contains(w)
          || v.populationNouns.contains(w) || OBJECT_STOPS.contains(w)
          || Lexicon.MEASURE_NAMES.contains(w)) {
        return -1;
      }
      if (v.outputNouns.contains(w) || DOCUMENTS.contains(w)) {
        // the object ends there ("Increase off-site programming.", "Generate list of 50 …");
        // "Increase blog posts readership", "Make our releases boringly reliable" go on to say
        // what the result is
        boolean ends = k + 1 >= t.n || OBJECT_STOPS.contains(t.w(k + 1)) || isNumber(t, k + 1);
        return ends ? k : -1;
      }
    }
    return -1;
  }

  /** Words that end the object of a verb: what follows is not what the verb makes. */
  private static final java.util.Set<String> OBJECT_STOPS =
      java.util.Set.of("of", "for", "to", "by", "in", "on", "with", "from", "per", "at", "and",
          "or", "that", "which", "who");

  /** Whether a word between {@code from} and {@code to} names an outcome ("engagement"). */
  private boolean namesOutcome(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (v.outcomeNouns.contains(t.w(k)) || Lexicon.MEASURE_NAMES.contains(t.w(k))) {
        return true;
      }
    }
    return false;
  }

  /** Documents a team writes: as the object of a result verb they are its own output. */
  static final java.util.Set<String> DOCUMENTS =
      java.util.Set.of("list", "report", "plan", "document", "roadmap", "proposal", "inventory",
          "playbook", "handbook", "catalogue", "catalog", "checklist", "glossary", "whitepaper",
          "documentation", "docs", "section", "guide", "guidelines", "tutorial", "faq");

  /** "Improve sustainability in libraries by June 2024": no measure, only a deadline. */
  private Optional<ActivityMatch> deadlineOnly(CharSequence text, Tokens t) {
    int deadline = deadline(t);
    if (deadline < 0 || hasMeasure(t)) {
      return Optional.empty();
    }
    return Optional.of(match(text, t, deadline, deadlineEnd(t, deadline), Category.END_STATE,
        ActivityVocabulary.SYSTEM));
  }

  /** The index of "by" in "by June 2024", "by 2025", "by end of Q3", or -1. */
  private static int deadline(Tokens t) {
    for (int k = 0; k + 1 < t.n; k++) {
      if (t.w(k).equals("by") || t.w(k).equals("before") || t.w(k).equals("until")) {
        String next = t.w(k + 1);
        if (Lexicon.MONTHS.contains(next) || isYear(t, k + 1) || next.equals("end")
            || next.matches("[qh][1-4]") || next.equals("eoy") || next.equals("eoq")) {
          return k;
        }
      }
    }
    return -1;
  }

  private static int deadlineEnd(Tokens t, int k) {
    int e = k + 2;
    while (e < t.n && e < k + 5 && (isYear(t, e) || t.w(e).equals("of")
        || t.w(e).matches("[qh][1-4]") || Lexicon.MONTHS.contains(t.w(e)))) {
      e++;
    }
    return e;
  }

  private static boolean isYear(Tokens t, int k) {
    String w = t.w(k);
    return t.numeric[k] && w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
  }

  /** Whether any number is a measure rather than a date, a year or a quarter. */
  private boolean hasMeasure(Tokens t) {
    for (int k = 0; k < t.n; k++) {
      if ((t.numeric[k] || t.currency[k]) && isMeasure(t, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the number at {@code k} is not a date, a year or a day of a month. */
  private static boolean isMeasure(Tokens t, int k) {
    // "(Year 1)", "by Week 8": a numbered period says when, it measures nothing
    return !isYear(t, k) && !t.date[k]
        && !(k > 0 && Lexicon.PERIOD_NAMES.contains(t.w(k - 1)))
        && !(k > 0 && Lexicon.MONTHS.contains(t.w(k - 1)))
        && !(k + 1 < t.n && Lexicon.MONTHS.contains(t.w(k + 1)));
  }

  /** The end of a phrase of {@code index} starting at token {@code k}, or -1. */
  private static int phraseAt(Tokens t, int k, Map<String, List<String[]>> index, String first) {
    List<String[]> candidates = index.get(first);
    if (candidates == null) {
      candidates = index.get(t.w(k));
      if (candidates == null) {
        return -1;
      }
    }
    for (String[] p : candidates) {
      if (k + p.length > t.n) {
        continue;
      }
      boolean all = true;
      for (int j = 1; j < p.length && all; j++) {
        all = t.w(k + j).equals(p[j]);
      }
      if (all) {
        return k + p.length;
      }
    }
    return -1;
  }

  /**
   * The fast path for the common case, a text opening with a plain result verb ("Increase…"):
   * decided from the first word without tokenizing the rest.
   */
  private boolean startsWithResultVerb(CharSequence text) {
    int len = text.length();
    int i = 0;
    while (i < len && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < len && Character.isLetter(text.charAt(j))) {
      j++;
    }
    if (j == i || j - i > 12 || (j < len && !Character.isWhitespace(text.charAt(j)))) {
      return false;
    }
    String first = text.subSequence(i, j).toString().toLowerCase(Locale.ROOT);
    // "Grow the number of dashboards…" counts outputs whatever its verb
    return v.resultWords.contains(first)
        && ownOutputObject(Tokens.of(text.toString()), 1) < 0
        && !lowered(text).contains("number of")
        && !lowered(text).contains(" by ")
        && !v.activityVerbs.containsKey(first)
        && !phrases.containsKey(first)
        && !v.generalVerbs.contains(first)
        && !v.leadingWords.contains(first);
  }

  private static String lowered(CharSequence text) {
    return text.toString().toLowerCase(Locale.ROOT);
  }

  private static ActivityMatch match(
      CharSequence text, Tokens t, int from, int to, Category category, String example) {
    int start = t.starts[from];
    int end = t.ends[to - 1];
    String advice = switch (category) {
      case TASK_VERB -> "Measure the outcome it should deliver, " + example
          + ", and track the work as an initiative.";
      case COUNTED_OUTPUT -> "Count what the outputs change rather than the outputs, " + example
          + ".";
      case INPUT_SPENT -> "Measure what the spending should buy, " + example
          + ", and keep the budget as a constraint.";
      case END_STATE -> "Measure what the deliverable changes once it is done, " + example + ".";
    };
    return new ActivityMatch(
        text.subSequence(start, end).toString(), start, end, category, advice);
  }

  private boolean isNoise(Tokens t, int i) {
    if (i < t.labelEnd) {
      return true;
    }
    String w = t.w(i);
    if (v.leadingWords.contains(w)) {
      return true;
    }
    if (i == 0 && w.startsWith("kr") && isDigits(w, 2)) {
      return true;
    }
    if (i == 0 && (w.equals("okr") || w.equals("kr"))) {
      return true;
    }
    // a list number such as "1." or "2)"
    return i == 0 && t.numeric[i] && t.ends[i] < t.length && ".):".indexOf(t.after(i)) >= 0;
  }

  private static boolean isDigits(String w, int from) {
    for (int i = from; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text measures what the work should change. One pass: the indexes of the last
   * number are known in advance, so no clause rescans the rest of the text.
   */
  private boolean hasResultSignal(Tokens t, int i0, int verbEnd, boolean moneyCounts) {
    int lastNumber = -1;
    for (int k = t.n - 1; k >= 0 && lastNumber < 0; k--) {
      // "… that improve the diversity of our collection by August 2025": a date measures nothing
      if ((isNumber(t, k) || t.currency[k]) && isMeasure(t, k)) {
        lastNumber = k;
      }
    }
    boolean condition = false;
    for (int k = i0; k < t.n; k++) {
      String w = t.w(k);
      // "… once attendance reaches 20 participants": a condition of the work, not its result
      condition |= k >= verbEnd && Lexicon.CONDITION_WORDS.contains(w);
      if (condition) {
        continue;
      }
      if (w.equals("from") && fromTo(t, k)) {
        return true;
      }
      if (w.equals("by") && k + 1 < t.n) {
        String next = t.w(k + 1);
        if (next.equals("half")
            || (next.equals("a") && k + 2 < t.n && t.w(k + 2).equals("third"))) {
          return true;
        }
        if (isNumber(t, k + 1) && (t.w(k + 1).endsWith("x") || t.percent[k + 1])) {
          return true;
        }
      }
      // an outcome clause counts only when it is measured: "to improve conversion" is still work
      boolean clause =
          ((w.equals("to") || w.equals("and") || w.equals("that") || w.equals("which"))
                  && k + 1 < t.n
                  && k >= verbEnd
                  && (v.resultWords.contains(t.w(k + 1)) || v.resultMarkers.contains(t.w(k + 1))))
              || (k >= verbEnd && v.resultMarkers.contains(w))
              || (w.equals("so") && k + 1 < t.n && t.w(k + 1).equals("that"));
      if (clause && lastNumber > k) {
        return true;
      }
      if (moneyCounts && t.currency[k]) {
        return true;
      }
      if (isNumber(t, k) && k != verbEnd && isMeasure(t, k) && nearOutcomeNoun(t, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean countOfWork(Tokens t, int k) {
    if (k >= t.n || !isNumber(t, k) || yearOfAName(t, k)) {
      return false;
    }
    for (int j = k + 1; j < Math.min(t.n, k + 4); j++) {
      // "12 streams", and "One workshop per semester": one of them is counted too
      if (v.outputNouns.contains(t.w(j)) || v.outputNouns.contains(t.w(j) + "s")) {
        return true;
      }
    }
    return false;
  }

  /** "2017 Internet Health Report": a year before a capitalised name is no count of outputs. */
  private static boolean yearOfAName(Tokens t, int k) {
    if (!t.numeric[k] || t.ends[k] - t.starts[k] != 4 || k + 1 >= t.n) {
      return false;
    }
    char c0 = t.text.charAt(t.starts[k]);
    char c1 = t.text.charAt(t.starts[k] + 1);
    boolean year = (c0 == '1' && c1 == '9') || (c0 == '2' && c1 == '0');
    return year && t.ends[k + 1] > t.starts[k + 1]
        && Character.isUpperCase(t.text.charAt(t.starts[k + 1]));
  }

  private boolean numberAfter(Tokens t, int from) {
    for (int k = from; k < Math.min(t.n, from + 6); k++) {
      if (isNumber(t, k) || t.currency[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Events with a total of 1,000 attendees": the number counted after the outputs counts the
   * people they reach, a result, not the outputs.
   */
  private boolean peopleCountedAfter(Tokens t, int from) {
    for (int k = from; k + 1 < Math.min(t.n, from + 6); k++) {
      if (isNumber(t, k)) {
        String noun = t.w(k + 1);
        return PEOPLE_WORDS.contains(noun) || v.populationNouns.contains(noun);
      }
    }
    return false;
  }

  /**
   * Where the sentence's last comparative of people or things is ("By updating the description
   * … more people could explain the purpose": after the means it names the result, with no
   * number), or -1; one pass over the tokens.
   */
  private static int lastComparative(Tokens t) {
    for (int k = t.n - 2; k >= 0; k--) {
      String w = t.w(k);
      if ((w.equals("more") || w.equals("fewer") || w.equals("less")) && !t.numeric[k + 1]
          && !t.w(k + 1).equals("than")) {
        return k;
      }
    }
    return -1;
  }

  private static boolean hasServiceLevel(Tokens t) {
    boolean percent = false;
    boolean within = false;
    for (int k = 0; k < t.n; k++) {
      percent |= t.percent[k];
      within |= t.w(k).equals("within");
    }
    return percent && within;
  }

  private boolean fromTo(Tokens t, int k) {
    int limit = Math.min(t.n, k + 5);
    for (int a = k + 1; a < limit; a++) {
      if (isNumber(t, a)) {
        for (int b = a + 1; b < Math.min(t.n, a + 6); b++) {
          if (t.w(b).equals("to")) {
            for (int c = b + 1; c < Math.min(t.n, b + 4); c++) {
              if (isNumber(t, c)) {
                return true;
              }
            }
          }
        }
        return false;
      }
    }
    return false;
  }

  private boolean nearOutcomeNoun(Tokens t, int k) {
    for (int j = Math.max(0, k - 2); j < Math.min(t.n, k + 4); j++) {
      if (j != k && v.outcomeNouns.contains(t.w(j))) {
        return true;
      }
      if (j > k + 1
          && v.populationNouns.contains(t.w(j))
          && v.outcomeQualifiers.contains(t.w(j - 1))) {
        return true;
      }
    }
    return false;
  }

  /** A number among the few words before {@code k}: "$1M spent", "2 days devoted". */
  private boolean numberBefore(Tokens t, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (isNumber(t, j) || t.currency[j]) {
        return true;
      }
    }
    return false;
  }

  private boolean isNumber(Tokens t, int k) {
    return t.numeric[k] || v.numberWords.contains(t.w(k));
  }

  /** The base form of a task or result verb: {@code launching} to {@code launch}. */
  private String lemma(String w) {
    if (known(w)) {
      return w;
    }
    // "sent 100 emails", "updated the website": a task reported in the past tense
    String past = IRREGULAR_PAST.get(w);
    if (past != null && v.activityVerbs.containsKey(past)) {
      return past;
    }
    if (w.endsWith("ed")) {
      String done = participleOf(w);
      if (done != null && v.activityVerbs.containsKey(done)) {
        return done;
      }
    }
    if (w.startsWith("re-") && known(w.substring(3))) {
      return w.substring(3);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      String stem = w.substring(0, w.length() - 3);
      if (known(stem)) {
        return stem;
      }
      if (known(stem + "e")) {
        return stem + "e";
      }
      int l = stem.length();
      if (stem.charAt(l - 1) == stem.charAt(l - 2) && known(stem.substring(0, l - 1))) {
        return stem.substring(0, l - 1);
      }
    }
    return w;
  }

  private boolean known(String w) {
    return v.activityVerbs.containsKey(w) || v.resultWords.contains(w) || phrases.containsKey(w);
  }

  /**
   * The parser's tokens as the detector reads them: words lower-cased, numbers (digits, number
   * words, dates) flagged, a currency or percent sign written with a number kept as a flag.
   */
  private static final class Tokens {
    final String text;
    final int length;
    @Nullable String[] words;
    final int[] starts;
    final int[] ends;
    final boolean[] numeric;
    final boolean[] percent;
    final boolean[] currency;
    final boolean[] date;
    final boolean[] inParens;
    /** The kept tokens of a leading label ("LayoutNG:", "Performance -"), skipped as noise. */
    int labelEnd;
    int n;

    private Tokens(String text, int size) {
      this.text = text;
      this.length = text.length();
      this.words = new String[size];
      this.starts = new int[size];
      this.ends = new int[size];
      this.numeric = new boolean[size];
      this.percent = new boolean[size];
      this.currency = new boolean[size];
      this.date = new boolean[size];
      this.inParens = new boolean[size];
    }

    String w(int k) {
      String w = words[k];
      if (w == null) {
        w = text.substring(starts[k], ends[k]).toLowerCase(Locale.ROOT);
        words[k] = w;
      }
      return w;
    }

    char after(int i) {
      return text.charAt(ends[i]);
    }

    static Tokens of(String text) {
      List<Token> all = Tokenizer.tokenize(text);
      Tokens t = new Tokens(text, all.size());
      int depth = 0;
      int raw = 0;
      boolean labelOpen = true;
      for (Token x : all) {
        raw++;
        // a short label of words before ":" or a spaced dash opens the key result
        if (labelOpen && t.n > 0 && raw <= 5 && x.type == Token.Type.SYMBOL
            && (x.text.equals(":") || ((x.text.equals("-") || x.text.equals("–")
                || x.text.equals("—")) && x.start > 0
                && Character.isWhitespace(text.charAt(x.start - 1))))
            && x.end < text.length()) {
          t.labelEnd = t.n;
          labelOpen = false;
        } else if (x.type != Token.Type.WORD) {
          labelOpen &= x.type == Token.Type.SYMBOL && !x.text.equals("%");
        }
        if (x.type == Token.Type.SYMBOL && x.text.equals("(")) {
          depth++;
        } else if (x.type == Token.Type.SYMBOL && x.text.equals(")") && depth > 0) {
          depth--;
        }
        boolean keep = x.type != Token.Type.SYMBOL
            || x.text.equals("%") || NumberScanner.isCurrency(x.text.charAt(0));
        if (!keep) {
          continue;
        }
        int k = t.n++;
        t.starts[k] = x.start;
        t.ends[k] = x.end;
        if (x.text.length() == x.end - x.start && text.startsWith(x.text, x.start)) {
          // the token's own lower-cased text is the word: not lower-cased a second time
          t.words[k] = x.lower;
        }
        t.numeric[k] = x.isNum() || x.type == Token.Type.DATE;
        t.date[k] = x.type == Token.Type.DATE;
        t.inParens[k] = depth > 0;
        t.percent[k] = x.percent || x.text.equals("%");
        t.currency[k] = x.currency != null
            || (x.type == Token.Type.SYMBOL && NumberScanner.isCurrency(x.text.charAt(0)));
        if (x.isNum() && x.wordNumber) {
          // number words keep their own text: "one" may start "one of"
          t.words[k] = null;
        }
      }
      t.words = Arrays.copyOf(t.words, Math.max(t.n, 1));
      return t;
    }
  }
}
