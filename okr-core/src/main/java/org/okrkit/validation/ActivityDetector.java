package org.okrkit.validation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells a key result that measures a result ("Reduce onboarding time from 10 to 5 days") from one
 * that describes an activity or output ("Launch a new mobile app", "Run four campaigns", "Fix 50
 * bugs"): the most common OKR mistake, because finishing the work says nothing about whether it
 * made a difference.
 *
 * <p>The check reads English text and is a heuristic, tuned for precision (a result is rarely
 * reported) over recall. A text is an activity when
 *
 * <ul>
 *   <li>it starts with a work verb ({@code launch}, {@code run}, {@code implement}, {@code fix},
 *       {@code hire}, {@code publish}, {@code roll out}… also as {@code launching}), or
 *   <li>it starts with the noun of one ({@code Implementation of…}, {@code Migration to…}), or
 *   <li>it reports work as done ({@code …launched}, {@code …in place}, {@code …completed}),
 * </ul>
 *
 * <p>unless it also measures what the work should change: a number moving {@code from 10 to 5}, a
 * change {@code by 20%}, an outcome clause ({@code to increase…}, {@code …reaching…}, {@code so
 * that…}), a money amount, or a number next to an outcome noun ({@code with 10,000 downloads},
 * {@code NPS above 40}). Texts that start with a result verb ({@code increase}, {@code reduce},
 * {@code achieve}, {@code keep}…) are never activities. Leading list markers ({@code KR1:},
 * {@code 2.}, {@code -}) are skipped.
 *
 * <p>Immutable, stateless and thread-safe; one pass over the text, no regular expressions, so it is
 * cheap enough to run on millions of key results.
 */
public final class ActivityDetector {
  private static final ActivityDetector DEFAULT = new ActivityDetector();

  private static final String DOWNLOADS = "e.g. 'Achieve 10,000 app downloads'";
  private static final String LEADS = "e.g. 'Increase qualified leads from 120 to 300'";
  private static final String SYSTEM = "e.g. 'Cut report preparation time from 5 days to 1'";
  private static final String QUALITY = "e.g. 'Reduce the error rate from 2% to 0.2%'";
  private static final String PEOPLE =
      "e.g. 'Reduce new hires' time to first release from 60 to 30 days'";
  private static final String CONTENT = "e.g. 'Grow organic sign-ups from 200 to 500 a month'";

  /** Work verbs, mapped to the example outcome of their rewrite hint. */
  private static final Map<String, String> ACTIVITY_VERBS = new HashMap<>();

  static {
    for (String v :
        words(
            "launch relaunch release ship deploy introduce unveil debut roll go open announce"
                + " pilot prototype")) {
      ACTIVITY_VERBS.put(v, DOWNLOADS);
    }
    for (String v :
        words(
            "run hold host organize organise conduct attend send post call meet visit"
                + " interview survey present participate do arrange sponsor exhibit email"
                + " contact schedule perform coordinate facilitate")) {
      ACTIVITY_VERBS.put(v, LEADS);
    }
    for (String v :
        words(
            "implement build rebuild create develop design redesign migrate install integrate"
                + " automate upgrade refactor configure set establish complete finish finalize"
                + " finalise deliver introduce replace restructure reorganize reorganise"
                + " consolidate standardize standardise formalize formalise revamp overhaul"
                + " refresh adopt enable optimize optimise start begin initiate kick plan define"
                + " prepare outline map evaluate assess analyze analyse research explore"
                + " investigate identify select choose purchase buy procure"
                + " put carry stand spin clean transition digitize digitise")) {
      ACTIVITY_VERBS.put(v, SYSTEM);
    }
    for (String v : words("fix test review audit debug patch triage inspect")) {
      ACTIVITY_VERBS.put(v, QUALITY);
    }
    for (String v :
        words("hire recruit train educate mentor coach certify staff upskill reskill")) {
      ACTIVITY_VERBS.put(v, PEOPLE);
    }
    for (String v :
        words(
            "write rewrite publish document draft produce record film translate localize"
                + " localise update blog tweet print distribute compile collect gather submit"
                + " file apply")) {
      ACTIVITY_VERBS.put(v, CONTENT);
    }
  }

  /** Two-word work verbs. */
  private static final Set<String> PHRASAL_ACTIVITIES =
      Set.of(
          "roll out", "set up", "kick off", "go live", "carry out", "put in", "build out",
          "spin up", "stand up", "reach out", "follow up", "clean up", "sign off", "hand over",
          "move to", "switch to", "start using", "begin using", "open up");

  private static final Set<String> PHRASAL_FIRST = firstWords(PHRASAL_ACTIVITIES);

  /** First words of the verbs in {@link #PHRASAL_ACTIVITIES} that mean nothing on their own. */
  private static final Set<String> PHRASAL_ONLY =
      Set.of("roll", "set", "kick", "go", "carry", "put", "spin", "stand", "move", "open");

  /** Verbs that state a result: a text starting with one is never an activity. */
  private static final Set<String> RESULT_VERBS =
      words(
          "increase decrease reduce grow raise lift improve achieve reach maintain keep hit"
              + " attain boost cut lower double triple quadruple halve gain acquire retain convert"
              + " generate win earn save drive accelerate shorten minimize minimise maximize"
              + " maximise get secure close sign expand eliminate limit drop bring move sustain"
              + " ensure exceed surpass score decline shrink speed stay remain"
              + " have see make attract engage onboard land book sell renew upsell reactivate"
              + " recover restore protect prevent avoid outperform beat top rank");

  /** Third-person and participle forms that introduce the outcome of the work. */
  private static final Set<String> RESULT_MARKERS =
      words(
          "increasing reducing reaching achieving generating driving resulting leading yielding"
              + " lifting cutting growing improving raising boosting lowering doubling tripling"
              + " halving converting attracting bringing delivering earning saving gaining"
              + " retaining winning increases reduces reaches achieves generates drives yields"
              + " lifts cuts grows improves raises boosts lowers doubles converts attracts brings"
              + " saves gains used adopted rated measured");

  /** Nouns of outcomes: a number next to one measures a result. */
  private static final Set<String> OUTCOME_NOUNS =
      words(
          "downloads download installs signups"
              + " sign-ups registrations subscribers subscriptions members visitors sessions"
              + " revenue arr mrr sales bookings pipeline profit profits margin adoption retention"
              + " churn conversion conversions nps csat ces satisfaction engagement dau mau wau"
              + " activation uptime availability latency leads mqls sqls orders purchases"
              + " transactions rating ratings score renewals referrals accounts deals rate"
              + " stars nps-score reviews growth");

  /**
   * Nouns of a population: a number of them is an outcome only when qualified ("500 paying
   * customers"), since "test with 20 users" or "reviews with 20 accounts" describes work.
   */
  private static final Set<String> POPULATION_NOUNS =
      words("users user customers customer clients client accounts logos");

  /** Qualifiers that turn a population count into an outcome. */
  private static final Set<String> OUTCOME_QUALIFIERS =
      words(
          "paying active new retained returning daily weekly monthly engaged recurring"
              + " satisfied happy loyal");

  /** Nouns of work: a text starting with one ("Migration to the cloud") is an activity. */
  private static final Set<String> ACTIVITY_NOUNS =
      words(
          "implementation migration rollout roll-out redesign development creation introduction"
              + " completion release launch go-live deployment installation integration setup"
              + " set-up refactoring overhaul revamp rebuild upgrade delivery publication"
              + " hiring recruitment");

  /** Words that report work as done. */
  private static final Set<String> DONE_MARKERS =
      words(
          "launched released shipped deployed implemented completed finalized finalised"
              + " published built installed migrated introduced established hired recruited held"
              + " conducted organized organised written created developed redesigned integrated"
              + " automated upgraded delivered");

  /** General verbs that state work when followed by a count of work items ("Make 100 calls"). */
  private static final Set<String> GENERAL_VERBS = words("make have give complete");

  /** Nouns of work items. */
  private static final Set<String> WORK_NOUNS =
      words(
          "calls posts articles videos visits meetings presentations demos pitches talks"
              + " workshops webinars campaigns emails interviews tests experiments releases"
              + " features trainings sessions events courses tutorials");

  /** Two-word forms that report work as done. */
  private static final Set<String> DONE_PAIRS =
      Set.of(
          "rolled out", "in place", "went live", "goes live", "is live", "are live", "live by",
          "live in", "signed off", "set up", "up and");

  private static final Set<String> DONE_FIRST = firstWords(DONE_PAIRS);

  /** Leading words to skip before the verb ("We will launch", "Successfully migrate"). */
  private static final Set<String> LEADING_NOISE =
      words("we will i to must should shall successfully fully finally also then first");

  private static final Set<String> NUMBER_WORDS =
      words(
          "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty"
              + " forty fifty sixty seventy eighty ninety hundred thousand million billion dozen"
              + " half");

  private ActivityDetector() {}

  /** The detector with the built-in English vocabulary. */
  public static ActivityDetector defaults() {
    return DEFAULT;
  }

  /**
   * Why {@code text} reads as an activity or output rather than a result, or empty when it reads
   * as a result (or cannot be judged, such as a blank text).
   */
  public Optional<ActivityMatch> detect(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (startsWithResultVerb(text)) {
      return Optional.empty();
    }
    Tokens t = Tokens.of(text);
    int i0 = 0;
    while (i0 < t.n && isNoise(t, i0)) {
      i0++;
    }
    if (i0 >= t.n) {
      return Optional.empty();
    }
    String first = lemma(t.w(i0));
    int verbEnd = -1;
    String hint = SYSTEM;
    if (i0 + 1 < t.n
        && PHRASAL_FIRST.contains(first)
        && PHRASAL_ACTIVITIES.contains(first + " " + t.w(i0 + 1))) {
      verbEnd = i0 + 2;
      hint = first.equals("roll") || first.equals("go") ? DOWNLOADS : SYSTEM;
    } else if (ACTIVITY_VERBS.containsKey(first) && !PHRASAL_ONLY.contains(first)) {
      verbEnd = i0 + 1;
      hint = ACTIVITY_VERBS.get(first);
    }
    if (verbEnd > 0) {
      if (hasResultSignal(t, i0, verbEnd)) {
        return Optional.empty();
      }
      return Optional.of(match(text, t, i0, verbEnd, hint));
    }
    // "Make 100 cold calls": a count of work items after a general verb
    if (GENERAL_VERBS.contains(first) && countOfWork(t, i0 + 1)) {
      return Optional.of(match(text, t, i0, i0 + 1, LEADS));
    }
    // "Onboarding videos published": a gerund used as a noun does not make a result
    if (RESULT_VERBS.contains(first) && first.equals(t.w(i0))) {
      return Optional.empty();
    }
    for (int k = i0; k < Math.min(t.n, i0 + 3); k++) {
      if (ACTIVITY_NOUNS.contains(t.w(k))) {
        if (hasResultSignal(t, i0, i0)) {
          return Optional.empty();
        }
        int end = k + 1 < t.n && t.w(k + 1).equals("of") ? k + 2 : k + 1;
        return Optional.of(match(text, t, k, end, SYSTEM));
      }
    }
    for (int k = i0; k < t.n; k++) {
      String w = t.w(k);
      boolean pair =
          k + 1 < t.n && DONE_FIRST.contains(w) && DONE_PAIRS.contains(w + " " + t.w(k + 1));
      if (pair || DONE_MARKERS.contains(w)) {
        if (hasResultSignal(t, i0, i0) || hasServiceLevel(t)) {
          return Optional.empty();
        }
        return Optional.of(match(text, t, k, pair ? k + 2 : k + 1, DOWNLOADS));
      }
    }
    return Optional.empty();
  }

  /** True when {@code text} reads as an activity or output rather than a result. */
  public boolean isActivity(CharSequence text) {
    return detect(text).isPresent();
  }

  /**
   * The fast path for the common case, a text opening with a plain result verb ("Increase…"):
   * decided from the first word without tokenizing the rest.
   */
  private static boolean startsWithResultVerb(CharSequence text) {
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
    return RESULT_VERBS.contains(first)
        && !ACTIVITY_VERBS.containsKey(first)
        && !PHRASAL_FIRST.contains(first)
        && !GENERAL_VERBS.contains(first);
  }

  private static ActivityMatch match(CharSequence text, Tokens t, int from, int to, String hint) {
    int start = t.starts[from];
    int end = t.ends[to - 1];
    return new ActivityMatch(
        text.subSequence(start, end).toString(),
        start,
        end,
        "Measure the outcome it should deliver, " + hint + ", and track the work as an initiative.");
  }

  private static boolean isNoise(Tokens t, int i) {
    String w = t.w(i);
    if (LEADING_NOISE.contains(w)) {
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

  /** Whether the text after the work verb measures what the work should change. */
  private static boolean hasResultSignal(Tokens t, int i0, int verbEnd) {
    for (int k = i0; k < t.n; k++) {
      String w = t.w(k);
      if (w.equals("from") && fromTo(t, k)) {
        return true;
      }
      if (w.equals("by") && k + 1 < t.n) {
        String next = t.w(k + 1);
        if (next.equals("half")
            || (next.equals("a") && k + 2 < t.n && t.w(k + 2).equals("third"))) {
          return true;
        }
        if (isNumber(t, k + 1) && (t.w(k + 1).endsWith("x") || isPercentAt(t, k + 2))) {
          return true;
        }
      }
      // an outcome clause counts only when it is measured: "to improve conversion" is still work
      boolean clause =
          ((w.equals("to") || w.equals("and") || w.equals("that") || w.equals("which"))
                  && k + 1 < t.n
                  && k >= verbEnd
                  && (RESULT_VERBS.contains(t.w(k + 1)) || RESULT_MARKERS.contains(t.w(k + 1))))
              || (k >= verbEnd && RESULT_MARKERS.contains(w))
              || (w.equals("so") && k + 1 < t.n && t.w(k + 1).equals("that"));
      if (clause && numberAfter(t, k + 1)) {
        return true;
      }
      if (w.equals("$") || w.equals("€") || w.equals("£")) {
        return true;
      }
      if (isNumber(t, k) && k != verbEnd && nearOutcomeNoun(t, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean countOfWork(Tokens t, int k) {
    if (k >= t.n || !isNumber(t, k)) {
      return false;
    }
    for (int j = k + 1; j < Math.min(t.n, k + 4); j++) {
      if (WORK_NOUNS.contains(t.w(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean numberAfter(Tokens t, int from) {
    for (int k = from; k < t.n; k++) {
      if (isNumber(t, k) || t.w(k).equals("$") || t.w(k).equals("\u20ac") || t.w(k).equals("\u00a3")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasServiceLevel(Tokens t) {
    boolean percent = false;
    boolean within = false;
    for (int k = 0; k < t.n; k++) {
      percent |= t.w(k).equals("%") || t.w(k).equals("percent");
      within |= t.w(k).equals("within");
    }
    return percent && within;
  }

  private static boolean fromTo(Tokens t, int k) {
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

  private static boolean nearOutcomeNoun(Tokens t, int k) {
    for (int j = Math.max(0, k - 2); j < Math.min(t.n, k + 4); j++) {
      if (j != k && OUTCOME_NOUNS.contains(t.w(j))) {
        return true;
      }
      if (j > k + 1
          && POPULATION_NOUNS.contains(t.w(j))
          && OUTCOME_QUALIFIERS.contains(t.w(j - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPercentAt(Tokens t, int k) {
    return k < t.n && (t.w(k).equals("%") || t.w(k).equals("percent"));
  }

  private static boolean isNumber(Tokens t, int k) {
    return t.numeric[k] || NUMBER_WORDS.contains(t.w(k));
  }

  /** The base form of a work or result verb: {@code launching} to {@code launch}. */
  private static String lemma(String w) {
    if (known(w)) {
      return w;
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

  private static boolean known(String w) {
    return ACTIVITY_VERBS.containsKey(w) || RESULT_VERBS.contains(w);
  }

  private static Set<String> firstWords(Set<String> phrases) {
    Set<String> first = new HashSet<>();
    for (String p : phrases) {
      first.add(p.substring(0, p.indexOf(' ')));
    }
    return first;
  }

  private static Set<String> words(String spaceSeparated) {
    return new HashSet<>(Arrays.asList(spaceSeparated.split(" ")));
  }

  /** The words of a text, lower-cased, with their positions; numbers and %, $, €, £ as tokens. */
  private static final class Tokens {
    final CharSequence text;
    final int length;
    @Nullable String[] words = new String[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    boolean[] numeric = new boolean[16];
    int n;

    private Tokens(CharSequence text) {
      this.text = text;
      this.length = text.length();
    }

    /** The lower-cased word at {@code k}, made on first use: most texts are decided by one. */
    String w(int k) {
      String w = words[k];
      if (w == null) {
        w = text.subSequence(starts[k], ends[k]).toString().toLowerCase(Locale.ROOT);
        words[k] = w;
      }
      return w;
    }

    char after(int i) {
      return text.charAt(ends[i]);
    }

    static Tokens of(CharSequence text) {
      Tokens t = new Tokens(text);
      int len = text.length();
      int i = 0;
      while (i < len) {
        char c = text.charAt(i);
        if (Character.isDigit(c)) {
          int j = i + 1;
          while (j < len) {
            char d = text.charAt(j);
            boolean separator =
                (d == ',' || d == '.') && j + 1 < len && Character.isDigit(text.charAt(j + 1));
            if (Character.isDigit(d) || separator || Character.isLetter(d)) {
              j++;
            } else {
              break;
            }
          }
          t.add(i, j, true);
          i = j;
        } else if (Character.isLetter(c)) {
          int j = i + 1;
          while (j < len) {
            char d = text.charAt(j);
            boolean joiner =
                (d == '-' || d == '\'' || d == '\u2019')
                    && j + 1 < len
                    && Character.isLetter(text.charAt(j + 1));
            if (Character.isLetterOrDigit(d) || joiner) {
              j++;
            } else {
              break;
            }
          }
          t.add(i, j, false);
          i = j;
        } else {
          if (c == '%' || c == '$' || c == '\u20ac' || c == '\u00a3') {
            t.add(i, i + 1, false);
          }
          i++;
        }
      }
      return t;
    }

    private void add(int start, int end, boolean isNumber) {
      if (n == words.length) {
        words = Arrays.copyOf(words, n * 2);
        starts = Arrays.copyOf(starts, n * 2);
        ends = Arrays.copyOf(ends, n * 2);
        numeric = Arrays.copyOf(numeric, n * 2);
      }
      words[n] = null;
      starts[n] = start;
      ends[n] = end;
      numeric[n] = isNumber;
      n++;
    }
  }
}
