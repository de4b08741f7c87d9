package org.okrkit.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The words an {@link ActivityDetector} reads key results with: task verbs and phrases, words
 * that state a result, nouns of the team's own outputs and of outcomes, inputs spent and
 * deliverable end states. {@link #english()} is the built-in vocabulary; {@code with…} methods
 * return a copy with more words, so a company's vocabulary ("spike", "crush") or another
 * language's lists ({@link #empty()} then {@code with…}) can be plugged in.
 *
 * <p>Words are matched case-insensitively, as whole words. English verbs are also recognised in
 * their {@code -ing} form ("launching"); other inflections must be listed. Immutable and
 * thread-safe.
 */
public final class ActivityVocabulary {

  static final String DOWNLOADS = "e.g. 'Achieve 10,000 app downloads'";
  static final String LEADS = "e.g. 'Increase qualified leads from 120 to 300'";
  static final String SYSTEM = "e.g. 'Cut report preparation time from 5 days to 1'";
  static final String QUALITY = "e.g. 'Reduce the error rate from 2% to 0.2%'";
  static final String PEOPLE = "e.g. 'Reduce new hires' time to first release from 60 to 30 days'";
  static final String CONTENT = "e.g. 'Grow organic sign-ups from 200 to 500 a month'";

  private static final ActivityVocabulary EMPTY =
      new ActivityVocabulary(
          Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
          Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);

  private static final ActivityVocabulary ENGLISH = buildEnglish();

  /** Task verbs, each with the example outcome of its rewrite hint. */
  final Map<String, String> activityVerbs;
  /** Task phrases of two or more words ("roll out", "make generally available"). */
  final Set<String> activityPhrases;
  /** Verbs and words that state a result: a text starting with one is never an activity. */
  final Set<String> resultWords;
  /** Forms that introduce the outcome of the work ("increasing", "reaches"). */
  final Set<String> resultMarkers;
  /** Nouns of outcomes: a number next to one measures a result. */
  final Set<String> outcomeNouns;
  /** Nouns of a population, an outcome only when qualified ("500 paying customers"). */
  final Set<String> populationNouns;
  /** Qualifiers that turn a population into an outcome ("paying", "active"). */
  final Set<String> outcomeQualifiers;
  /** Nouns of work ("Migration to the cloud"). */
  final Set<String> activityNouns;
  /** Words and phrases that report work as done, or a deliverable's end state. */
  final Set<String> endStates;
  /** General verbs that state work when followed by a count of outputs ("Make 100 calls"). */
  final Set<String> generalVerbs;
  /** Nouns of the team's own outputs ("calls", "posts", "dashboards", "runbooks"). */
  final Set<String> outputNouns;
  /** Verbs of an input spent ("spend", "devote", "invest"). */
  final Set<String> inputVerbs;
  /** Leading words skipped before the verb ("we will", "successfully"). */
  final Set<String> leadingWords;
  /** Number words the detector counts as numbers. */
  final Set<String> numberWords;
  /** First words of the verbs of {@link #activityPhrases} that mean nothing on their own. */
  final Set<String> phrasalOnly;
  /** Result words that still open a deliverable ("Have a complete guide", "Make apps easy"). */
  final Set<String> weakResultWords;
  /** Words for people that open a result rather than a deliverable ("Everyone can …"). */
  final Set<String> peopleOpeners;
  /** The team's own work items: fixing, closing or triaging them is output ("bugs", "backlog"). */
  final Set<String> workItems;
  /** Verbs of work done on work items ("close", "resolve", "triage" bugs). */
  final Set<String> workVerbs;
  /**
   * Whether a key result the sentence parser reads as a deliverable (no measure) is an end state
   * even without a listed word; the parser reads English, so only the English vocabulary does.
   */
  final boolean readsDeliverables;

  private ActivityVocabulary(
      Map<String, String> activityVerbs,
      Set<String> activityPhrases,
      Set<String> resultWords,
      Set<String> resultMarkers,
      Set<String> outcomeNouns,
      Set<String> populationNouns,
      Set<String> outcomeQualifiers,
      Set<String> activityNouns,
      Set<String> endStates,
      Set<String> generalVerbs,
      Set<String> outputNouns,
      Set<String> inputVerbs,
      Set<String> leadingWords,
      Set<String> numberWords,
      Set<String> phrasalOnly,
      Set<String> weakResultWords,
      Set<String> peopleOpeners,
      Set<String> workItems,
      Set<String> workVerbs,
      boolean readsDeliverables) {
    this.activityVerbs = Collections.unmodifiableMap(new HashMap<>(activityVerbs));
    this.activityPhrases = copy(activityPhrases);
    this.resultWords = copy(resultWords);
    this.resultMarkers = copy(resultMarkers);
    this.outcomeNouns = copy(outcomeNouns);
    this.populationNouns = copy(populationNouns);
    this.outcomeQualifiers = copy(outcomeQualifiers);
    this.activityNouns = copy(activityNouns);
    this.endStates = copy(endStates);
    this.generalVerbs = copy(generalVerbs);
    this.outputNouns = copy(outputNouns);
    this.inputVerbs = copy(inputVerbs);
    this.leadingWords = copy(leadingWords);
    this.numberWords = copy(numberWords);
    this.phrasalOnly = copy(phrasalOnly);
    this.weakResultWords = copy(weakResultWords);
    this.peopleOpeners = copy(peopleOpeners);
    this.workItems = copy(workItems);
    this.workVerbs = copy(workVerbs);
    this.readsDeliverables = readsDeliverables;
  }

  private static Set<String> copy(Set<String> s) {
    return Collections.unmodifiableSet(new HashSet<>(s));
  }

  /** {@return the built-in English vocabulary the default detector uses} */
  public static ActivityVocabulary english() {
    return ENGLISH;
  }

  /**
   * A vocabulary with no words at all, to build another language's lists on: a detector with it
   * flags nothing until words are added.
   *
   * @return a vocabulary with no words at all, to build another language's lists on
   */
  public static ActivityVocabulary empty() {
    return EMPTY;
  }

  /**
   * A copy that also reads these verbs as task verbs ("crush", "spike", or another language's
   * "lancer"): a key result starting with one is an activity unless it measures an outcome.
   *
   * @param verbs the verbs
   * @return a copy that also reads these verbs as task verbs ("crush", "spike", or another
   *     language's "lancer")
   * @throws IllegalArgumentException if a verb is blank or has a space (use {@link
   *     #withActivityPhrases})
   */
  public ActivityVocabulary withActivityVerbs(String... verbs) {
    Map<String, String> m = new HashMap<>(activityVerbs);
    for (String v : words("activity verb", verbs, false)) {
      m.putIfAbsent(v, SYSTEM);
    }
    return new Builder(this).activityVerbs(m).build();
  }

  /**
   * A copy that also reads these phrases of two or more words as task verbs ("roll out", "make
   * generally available", "mettre en place").
   *
   * @param phrases the phrases
   * @return a copy that also reads these phrases of two or more words as task verbs
   * @throws IllegalArgumentException if a phrase is blank or a single word
   */
  public ActivityVocabulary withActivityPhrases(String... phrases) {
    Set<String> p = new HashSet<>(activityPhrases);
    for (String w : words("activity phrase", phrases, true)) {
      if (!w.contains(" ")) {
        throw new IllegalArgumentException(
            "activity phrase '" + w + "': must have two or more words; add a single verb with"
                + " withActivityVerbs");
      }
      p.add(w);
    }
    return new Builder(this).activityPhrases(p).build();
  }

  /**
   * A copy that also reads these words as stating a result ("increase", "réduire"): a key result
   * starting with one is never an activity, and one following an activity ("… to increase …") is
   * the outcome it is measured by.
   *
   * @param words the words
   * @return a copy that also reads these words as stating a result ("increase", "réduire")
   * @throws IllegalArgumentException if a word is blank or has a space
   */
  public ActivityVocabulary withResultWords(String... words) {
    Set<String> r = new HashSet<>(resultWords);
    Set<String> m = new HashSet<>(resultMarkers);
    for (String w : words("result word", words, false)) {
      r.add(w);
      m.add(w);
    }
    return new Builder(this).resultWords(r).resultMarkers(m).build();
  }

  /**
   * A copy that also reads these nouns as the team's own outputs ("dashboards", "runbooks"): a
   * count of them ("Ship 3 runbooks", "Grow the number of dashboards from 5 to 30") is an
   * activity.
   *
   * @param nouns the nouns
   * @return a copy that also reads these nouns as the team's own outputs ("dashboards", "runbooks")
   * @throws IllegalArgumentException if a noun is blank or has a space
   */
  public ActivityVocabulary withOutputNouns(String... nouns) {
    Set<String> o = new HashSet<>(outputNouns);
    o.addAll(words("output noun", nouns, false));
    return new Builder(this).outputNouns(o).build();
  }

  /**
   * A copy that also reads these nouns as outcomes ("activations", "renewals"): a number next to
   * one measures a result, even after a task verb.
   *
   * @param nouns the nouns
   * @return a copy that also reads these nouns as outcomes ("activations", "renewals")
   * @throws IllegalArgumentException if a noun is blank or has a space
   */
  public ActivityVocabulary withOutcomeNouns(String... nouns) {
    Set<String> o = new HashSet<>(outcomeNouns);
    o.addAll(words("outcome noun", nouns, false));
    return new Builder(this).outcomeNouns(o).build();
  }

  /**
   * A copy that also reads these words or phrases as a deliverable's end state ("in place", "is
   * live", "signed off", "generally available").
   *
   * @param phrases the phrases
   * @return a copy that also reads these words or phrases as a deliverable's end state
   * @throws IllegalArgumentException if a phrase is blank
   */
  public ActivityVocabulary withEndStates(String... phrases) {
    Set<String> e = new HashSet<>(endStates);
    e.addAll(words("end state", phrases, true));
    return new Builder(this).endStates(e).build();
  }

  /**
   * A copy that also reads these verbs as an input spent ("spend", "invest", "devote"): "Spend
   * $500k on ads" is an activity.
   *
   * @param verbs the verbs
   * @return a copy that also reads these verbs as an input spent ("spend", "invest", "devote")
   * @throws IllegalArgumentException if a verb is blank or has a space
   */
  public ActivityVocabulary withInputVerbs(String... verbs) {
    Set<String> i = new HashSet<>(inputVerbs);
    i.addAll(words("input verb", verbs, false));
    return new Builder(this).inputVerbs(i).build();
  }

  /**
   * A copy that also skips these words before the verb ("we will", "nous allons").
   *
   * @param words the words
   * @return a copy that also skips these words before the verb ("we will", "nous allons")
   * @throws IllegalArgumentException if a word is blank or has a space
   */
  public ActivityVocabulary withLeadingWords(String... words) {
    Set<String> l = new HashSet<>(leadingWords);
    l.addAll(words("leading word", words, false));
    return new Builder(this).leadingWords(l).build();
  }

  private static Set<String> words(String what, String[] given, boolean phrases) {
    Objects.requireNonNull(given, what + "s");
    Set<String> out = new HashSet<>();
    for (String g : given) {
      Objects.requireNonNull(g, what);
      String w = g.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (w.isEmpty()) {
        throw new IllegalArgumentException(what + ": must not be blank, was '" + g + "'");
      }
      if (!phrases && w.contains(" ")) {
        throw new IllegalArgumentException(what + " '" + g + "': must be one word");
      }
      out.add(w);
    }
    return out;
  }

  private static Set<String> split(String spaceSeparated) {
    return new HashSet<>(Arrays.asList(spaceSeparated.split(" ")));
  }

  /** Collects a vocabulary; every set is copied into the result. */
  private static final class Builder {
    Map<String, String> activityVerbs;
    Set<String> activityPhrases;
    Set<String> resultWords;
    Set<String> resultMarkers;
    Set<String> outcomeNouns;
    Set<String> populationNouns;
    Set<String> outcomeQualifiers;
    Set<String> activityNouns;
    Set<String> endStates;
    Set<String> generalVerbs;
    Set<String> outputNouns;
    Set<String> inputVerbs;
    Set<String> leadingWords;
    Set<String> numberWords;
    Set<String> phrasalOnly;
    Set<String> weakResultWords;
    Set<String> peopleOpeners;
    Set<String> workItems;
    Set<String> workVerbs;
    boolean readsDeliverables;

    Builder(ActivityVocabulary v) {
      activityVerbs = v.activityVerbs;
      activityPhrases = v.activityPhrases;
      resultWords = v.resultWords;
      resultMarkers = v.resultMarkers;
      outcomeNouns = v.outcomeNouns;
      populationNouns = v.populationNouns;
      outcomeQualifiers = v.outcomeQualifiers;
      activityNouns = v.activityNouns;
      endStates = v.endStates;
      generalVerbs = v.generalVerbs;
      outputNouns = v.outputNouns;
      inputVerbs = v.inputVerbs;
      leadingWords = v.leadingWords;
      numberWords = v.numberWords;
      phrasalOnly = v.phrasalOnly;
      weakResultWords = v.weakResultWords;
      peopleOpeners = v.peopleOpeners;
      workItems = v.workItems;
      workVerbs = v.workVerbs;
      readsDeliverables = v.readsDeliverables;
    }

    Builder activityVerbs(Map<String, String> m) {
      activityVerbs = m;
      return this;
    }

    Builder activityPhrases(Set<String> s) {
      activityPhrases = s;
      return this;
    }

    Builder resultWords(Set<String> s) {
      resultWords = s;
      return this;
    }

    Builder resultMarkers(Set<String> s) {
      resultMarkers = s;
      return this;
    }

    Builder outcomeNouns(Set<String> s) {
      outcomeNouns = s;
      return this;
    }

    Builder endStates(Set<String> s) {
      endStates = s;
      return this;
    }

    Builder outputNouns(Set<String> s) {
      outputNouns = s;
      return this;
    }

    Builder inputVerbs(Set<String> s) {
      inputVerbs = s;
      return this;
    }

    Builder leadingWords(Set<String> s) {
      leadingWords = s;
      return this;
    }

    ActivityVocabulary build() {
      return new ActivityVocabulary(
          activityVerbs, activityPhrases, resultWords, resultMarkers, outcomeNouns,
          populationNouns, outcomeQualifiers, activityNouns, endStates, generalVerbs,
          outputNouns, inputVerbs, leadingWords, numberWords, phrasalOnly, weakResultWords,
          peopleOpeners, workItems, workVerbs, readsDeliverables);
    }
  }

  private static ActivityVocabulary buildEnglish() {
    Map<String, String> verbs = new HashMap<>();
    for (String v :
        split(
            "launch relaunch release ship deploy introduce unveil debut roll go open announce"
                + " pilot prototype")) {
      verbs.put(v, DOWNLOADS);
    }
    for (String v :
        split(
            "run hold host organize organise conduct attend send post call meet visit pitch"
                + " interview survey present participate do arrange sponsor exhibit email"
                + " contact schedule perform coordinate facilitate negotiate undertake execute"
                + " find experiment")) {
      verbs.put(v, LEADS);
    }
    for (String v :
        split(
            "implement build rebuild create develop design redesign migrate install integrate"
                + " automate upgrade refactor configure set establish complete finish finalize"
                + " finalise deliver introduce replace restructure reorganize reorganise"
                + " consolidate standardize standardise formalize formalise revamp overhaul"
                + " refresh adopt enable optimize optimise start begin initiate kick plan define"
                + " prepare outline map evaluate assess analyze analyse research explore"
                + " investigate identify select choose purchase buy procure"
                + " put carry stand spin clean transition digitize digitise deprecate"
                + " retire sunset decommission archive determine port store switch resolve"
                + " devise embed commission remove incorporate embrace"
                // work on places, collections and processes that public plans name
                + " provide offer place equip furnish renovate refurbish repair construct"
                + " relocate weed curate catalogue catalog benchmark reevaluate streamline"
                + " prioritize prioritise simplify unify merge rename clarify specify scope"
                + " modernize modernise containerize instrument monitor simulate wireframe ratify"
                + " pay"
                // engineering work: "Polish the settings page", "Harden the API gateway"
                + " polish refine iterate harden tune expose split enforce propose unblock backport"
                + " upstream demo showcase")) {
      verbs.put(v, SYSTEM);
    }
    for (String v : split("fix test review audit debug patch triage inspect crush squash validate"
        + " verify")) {
      verbs.put(v, QUALITY);
    }
    for (String v :
        split("hire recruit train educate mentor coach certify staff upskill reskill add source"
            + " learn understand join appoint nominate assign convene teach moderate read")) {
      verbs.put(v, PEOPLE);
    }
    for (String v :
        split(
            "write rewrite publish document draft produce record film translate localize"
                + " localise update blog tweet print distribute compile collect gather submit"
                + " file apply promote speak partner export display describe include")) {
      verbs.put(v, CONTENT);
    }
    return new ActivityVocabulary(
        verbs,
        Set.of(
            "roll out", "set up", "kick off", "go live", "carry out", "put in", "build out",
            "spin up", "stand up", "reach out", "follow up", "clean up", "sign off", "hand over",
            "move to", "switch to", "start using", "begin using", "open up", "come up",
            "turn on", "turn off", "wire up", "tear down", "roll back", "check in", "write up",
            // asking people for their view is work, not a result: "Get feedback on the prototype"
            "get feedback", "gain feedback", "seek feedback", "obtain feedback"),
        split(
            "increase decrease reduce grow raise lift improve achieve reach maintain keep hit"
                + " attain boost cut lower double triple quadruple halve gain acquire retain convert"
                + " generate win earn save drive accelerate shorten minimize minimise maximize"
                + " maximise get secure close sign expand eliminate limit drop bring move sustain"
                + " ensure exceed surpass score decline shrink speed stay remain"
                + " have see make attract engage onboard land book sell renew upsell reactivate"
                + " recover restore protect prevent avoid outperform beat top rank become"),
        split(
            "increasing reducing reaching achieving generating driving resulting leading yielding"
                + " lifting cutting growing improving raising boosting lowering doubling tripling"
                + " halving converting attracting bringing delivering earning saving gaining"
                + " retaining winning increases reduces reaches achieves generates drives yields"
                + " lifts cuts grows improves raises boosts lowers doubles converts attracts brings"
                + " saves gains used adopted rated measured"),
        split(
            "downloads download installs signups"
                + " sign-ups registrations subscribers subscriptions members visitors sessions"
                + " revenue arr mrr sales bookings pipeline profit profits margin adoption retention"
                + " churn conversion conversions nps csat ces satisfaction engagement dau mau wau"
                + " activation uptime availability latency leads mqls sqls orders purchases"
                + " transactions rating ratings score renewals referrals accounts deals rate"
                + " stars nps-score reviews growth followers impressions likes retweets rt"),
        split("users user customers customer clients client accounts logos"),
        split(
            "paying active new retained returning daily weekly monthly engaged recurring"
                + " satisfied happy loyal"),
        split(
            "implementation migration rollout roll-out redesign development creation introduction"
                + " completion release launch go-live deployment installation integration setup"
                + " set-up refactoring overhaul revamp rebuild upgrade delivery publication"
                + " hiring recruitment"),
        withPhrases(
            split(
                "launched released shipped deployed implemented completed finalized finalised"
                    + " published built installed migrated introduced established hired"
                    + " recruited held conducted organized organised written created"
                    + " developed redesigned integrated automated upgraded delivered"),
            "rolled out", "in place", "went live", "goes live", "is live", "are live",
            "live by", "live in", "signed off", "set up", "up and"),
        split("make have give complete"),
        split(
            "calls posts articles videos visits meetings presentations demos pitches talks"
                + " workshops webinars campaigns emails interviews tests experiments releases"
                + " features trainings sessions events courses tutorials conversations streams"
                + " livestreams episodes podcasts newsletters runbooks dashboards guides"
                + " programs programmes programming classes lessons offerings publications"
                + " reports papers prototypes pilots exhibits exhibitions displays"
                + " screenings tours storytimes tweets prs patches commits breakdowns charts"
                + " visualizations visualisations collaborations awards fellowships"),
        split("spend spends spent spending devote devotes invest invests allocate dedicate"),
        split("we will i to must should shall successfully fully finally also then first"),
        split(
            "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty"
                + " forty fifty sixty seventy eighty ninety hundred thousand million billion dozen"
                + " half"),
        split("roll set kick go carry put spin stand move open turn wire tear check"),
        split("have make ensure bring keep"),
        split("everyone everybody anyone anybody people teams team organizations organisations"
            + " companies partners developers students staff employees customers users members"
            + " visitors readers viewers buyers shoppers patients citizens residents multiple"
            + " many most"),
        split("bug bugs crbug crbugs issues"),
        split("fix fixes fixed close closes closed resolve resolves resolved triage triaged crush"
            + " squash address tackle kill handle clear burn land"),
        true);
  }

  private static Set<String> withPhrases(Set<String> words, String... phrases) {
    Set<String> all = new HashSet<>(words);
    all.addAll(Arrays.asList(phrases));
    return all;
  }
}
