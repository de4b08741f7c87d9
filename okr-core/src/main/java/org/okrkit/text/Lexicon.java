package org.okrkit.text;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one lexicon of the sentence reader, the outline and the activity check: number words and
 * scale words, currencies, units, verbs by the change they ask for, metric polarity, and the
 * marker words each phase looks for around a number. Word lists live here and nowhere else, so
 * the phases cannot disagree on what a word means.
 */
final class Lexicon {
  private Lexicon() {}

  /** What a verb asks of the number. */
  enum VerbClass {
    INCREASE,
    DECREASE,
    /** Reach a number ("achieve", "sign", "hire"): usually a count going up. */
    REACH,
    /** Keep a number where it is ("keep", "maintain"). */
    THRESHOLD,
    /** Change, direction unknown from the verb alone ("improve", "optimise"). */
    AMBIGUOUS
  }

  // ---------------------------------------------------------------- numbers

  static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));
  static final Map<String, BigDecimal> SCALE_WORDS =
      Map.of(
          "hundred", BigDecimal.valueOf(100),
          "thousand", Tokenizer.THOUSAND,
          "million", Tokenizer.MILLION,
          "billion", Tokenizer.BILLION,
          "dozen", BigDecimal.valueOf(12));
  static final Map<String, String> CURRENCY_WORDS =
      Map.ofEntries(
          Map.entry("usd", "USD"),
          Map.entry("eur", "EUR"),
          Map.entry("gbp", "GBP"),
          Map.entry("chf", "CHF"),
          Map.entry("jpy", "JPY"),
          Map.entry("inr", "INR"),
          Map.entry("cad", "CAD"),
          Map.entry("aud", "AUD"),
          Map.entry("dollars", "$"),
          Map.entry("dollar", "$"),
          Map.entry("euros", "€"),
          Map.entry("euro", "€"),
          Map.entry("pounds", "£"));
  static final Set<String> FRACTIONS =
      Set.of("third", "thirds", "quarter", "quarters", "half", "halves", "fifth", "fifths",
          "tenth", "tenths");
  static final Set<String> POINT_WORDS = Set.of("points", "point", "pts", "pt");
  static final Set<String> PP_WORDS = Set.of("pp", "ppt", "ppts", "p.p.");

  // ---------------------------------------------------------------- marker words around numbers

  static final Set<String> ARROWS = Set.of("→", "->", "=>", "–>", "—>", "-->", "⇒", "⟶");
  static final Set<String> DASHES = Set.of("-", "–", "—", "‒");
  static final Set<String> APPROX =
      Set.of("about", "around", "approximately", "approx", "roughly", "nearly", "almost", "circa",
          "~", "≈", "some", "c.");
  static final Set<String> FILLERS =
      Set.of("a", "an", "the", "just", "only", "our", "its", "their", "current", "currently",
          "existing", "average", "avg", "level", "levels", "value", "baseline", "of", "today's",
          "todays", ":", "(", "usd", "eur", "gbp", "chf", "jpy", "inr", "cad", "aud", "total", "rate", "score", "mark", "new", "record", "high", "low",
          "all-time", "estimated", "same", "overall", "number");
  static final Set<String> BASELINE_MARKERS =
      Set.of("from", "currently", "baseline", "was", "vs", "versus", "today", "now", "presently",
          "vs.", "starting");
  static final Set<String> TARGET_MARKERS =
      Set.of("to", "into", "reach", "reaches", "reaching", "hit", "hitting", "hits", "at", "of",
          "=", "target", "goal", "towards", "toward", "attain", "achieve", "achieving", "is", "between",
          "be", "are", "for", "with");
  static final Set<String> SOFT_CONTEXT_PREV =
      Set.of("top", "tier", "level", "version", "v", "phase", "stage", "step", "wave", "round",
          "sprint", "series", "gen", "generation", "release", "no", "no.", "number", "#", "kr",
          "okr", "section", "chapter", "class", "category", "sev", "severity", "priority",
          "grade", "day", "week", "month", "year", "quarter", "q", "fy", "h", "soc", "iso", "pci",
          "wcag", "hipaa", "web", "ios", "android", "python", "java", "windows", "iphone",
          "objective", "kr:", "page", "item", "rank", "ranked", "position", "p", "h1", "h2",
          // periods and parts a programme is numbered by: "Season 1 internships", "cohort 3"
          "season", "cohort", "batch", "iteration", "semester", "term", "module", "part",
          "track", "pillar", "workstream", "epic", "theme");
  /**
   * Words that name a numbered period or part of a programme ("Year 1", "Phase 2", "Sprint 4"):
   * capitalised or in parentheses, the number after them is a name, never a value.
   */
  static final Set<String> PERIOD_NAMES =
      Set.of("year", "quarter", "month", "week", "day", "phase", "stage", "step", "wave",
          "round", "sprint", "season", "cohort", "batch", "iteration", "semester", "term",
          "module", "part", "track", "pillar", "workstream", "epic", "theme", "tranche",
          "chapter", "section", "milestone", "release", "level", "tier", "gen", "generation");
  /** Names of measures: a phrase that only names one states neither a level nor a change. */
  static final Set<String> MEASURE_NAMES =
      Set.of("attendance", "usage", "visits", "circulation", "revenue", "traffic", "engagement",
          "retention", "satisfaction", "adoption", "participation", "enrollment", "enrolment",
          "membership", "sales", "readership", "views", "downloads", "signups", "sign-ups",
          "conversion", "uptime", "availability", "nps", "csat", "churn", "latency", "turnover",
          "utilization", "utilisation", "occupancy", "throughput", "attrition", "footfall");

  /**
   * Words a key result can open with before its measure or verb ("At least 95% …", "No more
   * than …", "The new search is …", "Average 700 …"); a sentence opening with another word that
   * is not a known verb is read with less confidence.
   */
  static final Set<String> OPENING_WORDS =
      Set.of("a", "an", "the", "at", "no", "zero", "all", "every", "each", "our", "we", "i",
          "less", "fewer", "more", "under", "over", "below", "above", "up", "down", "average",
          "avg", "minimum", "maximum", "min", "max", "to", "by", "from", "with", "per", "total",
          "within", "keep", "maintain", "one", "two", "three", "four", "five", "six",
          "seven", "eight", "nine", "ten", "twenty", "half", "double", "triple", "x", "kr",
          "okr", "key", "result", "new", "nps", "csat", "mrr", "arr", "dau", "mau", "wau");

  /** Small words that are capitalised only inside a name: "1,000 Books Before Kindergarten". */
  static final Set<String> NAME_SMALL_WORDS =
      Set.of("before", "after", "of", "for", "the", "in", "on", "to", "and", "with", "a", "by");

  /** Words that head the name of a measure: "Percent of residents …", "Participation rates". */
  static final Set<String> MEASURE_HEADS =
      Set.of("percent", "percentage", "share", "number", "rate", "rates", "ratio", "proportion",
          "count", "average", "total", "amount", "level", "levels", "score", "scores");

  /** Periods a rate counts by: "one workshop per semester". */
  static final Set<String> PERIODS =
      Set.of("day", "week", "month", "quarter", "year", "semester", "term", "sprint", "cycle",
          "season", "session", "release", "fortnight");

  /** Words that open a condition clause: a number after them says when, not how much. */
  static final Set<String> CONDITION_WORDS =
      Set.of("once", "until", "till", "unless", "whenever", "if", "when");
  static final Set<String> TIMEFRAME_PREV =
      Set.of("within", "in", "over", "for", "during", "next", "first", "last", "every", "each",
          "past", "per", "after", "than", "under");
  static final Set<String> YEAR_PREV =
      Set.of("in", "by", "of", "end", "since", "before", "after", "until", "through", "during",
          "for", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "year", "eoy", "(",
          "vs", "versus", "than", "summer", "spring", "autumn", "fall", "winter", "early", "late",
          "mid", "calendar", "fiscal", "cy");
  /** Words after a year that make it a reference point: "from 2025 levels". */
  static final Set<String> YEAR_NEXT =
      Set.of("levels", "level", "figures", "numbers", "values", "actuals", "results", "baseline",
          // "the 2024 budget", "2023 AGM": the year a plan, report or meeting belongs to
          "budget", "budgets", "plan", "plans", "roadmap", "report", "reports", "strategy", "agm",
          "survey", "edition", "conference", "season", "okrs", "goals", "financials", "review",
          "forecast", "cohort", "campaign", "election", "elections", "summit", "accounts");
  /** Words before "12/31" or "1/3" that make it a date or a fraction, not two numbers. */
  static final Set<String> DATE_PREV =
      Set.of("by", "on", "until", "till", "before", "after", "due", "through", "since");
  static final Set<String> UNIT_STOPS =
      Set.of(
          "in", "on", "at", "by", "from", "to", "for", "of", "per", "within", "with", "across",
          "over", "under", "than", "into", "via", "through", "during", "before", "after",
          "among", "and", "or", "but", "while", "so", "as", "that", "which", "who", "each",
          "every", "a", "an", "the", "is", "are", "be", "this", "next", "vs", "versus", "worth",
          "more", "fewer", "less", "higher", "lower", "increase", "decrease", "growth",
          "reduction", "improvement", "uplift", "lift", "gain", "drop", "decline", "above",
          "below", "up", "down", "year-over-year", "yoy", "mom", "qoq", "month-over-month",
          "quarter-over-quarter", "annually", "target", "baseline", "minimum", "maximum", "max", "least", "most",
          "without", "when", "where", "if", "until", "since", "compared", "relative", "average", "out",
          "time", "times");
  static final Set<String> MORE_WORDS =
      Set.of("more", "higher", "above", "greater", "up", "better", "over");
  static final Set<String> LESS_WORDS = Set.of("less", "fewer", "lower", "below", "under");

  /** "two or more", "two or fewer". */
  static final Set<String> MORE_OR_FEWER = Set.of("more", "fewer", "less");
  /** Words before "two or more products" that make it a qualifier of the metric. */
  static final Set<String> QUALIFIER_PREV = Set.of("using", "with", "having", "of", "buying", "owning", "across", "in", "on");
  /** Currency codes written before a number ("USD 5M"). */
  static final Set<String> CURRENCY_CODES = Set.of("usd", "eur", "gbp", "chf", "jpy", "inr", "cad", "aud");
  /** No filler words. */
  static final Set<String> NOTHING = Set.of();
  /** Words between "by" and its amount ("by another 20%"). */
  static final Set<String> BY_FILLERS = Set.of("a", "an", "the", "another", "additional", "further",
        "extra", "at", "least", "more", "than", "over", "up", "to");
  /** Change nouns before "of 20%". */
  static final Set<String> CHANGE_NOUNS_OF = Set.of("growth", "increase", "reduction", "decrease", "improvement", "uplift", "lift",
            "gain", "decline", "drop", "boost", "rise", "cut");
  /** Verbs that reach a level rather than count work done. */
  static final Set<String> REACH_LEVEL_VERBS = Set.of("achieve", "reach", "hit", "attain", "get", "bring", "achieving",
              "reaching", "hitting", "attaining", "getting", "achieved", "reached");

  /** Words before "time" that make it no duration: "on time", "full time", "each time". */
  static final Set<String> NOT_DURATION_BEFORE_TIME =
      Set.of("on", "full", "real", "part", "each", "every", "any", "first", "last", "same", "one",
          "some", "next", "this");

  /** Words next to a percentage that make it a service level ("99.9% uptime"). */
  static final Set<String> SERVICE_LEVEL_WORDS =
      Set.of("uptime", "availability", "available", "success", "reliability", "sla", "slo",
          "slas", "slos", "succeed", "succeeds", "successful", "successfully", "up-time");

  /** Verbs that only say the level is there: "tests have a 99% success rate". */
  static final Set<String> HAVE_VERBS = Set.of("have", "has", "having", "had");

  /** Nouns of a measured level: "a 4.6 store rating" is a level, not a name. */
  static final Set<String> MEASURE_NOUNS =
      Set.of("rating", "rate", "score", "level", "ratio", "increase", "decrease", "reduction",
          "growth", "uplift", "lift", "share", "margin", "percent", "percentage", "nps", "csat",
          "star", "point", "improvement", "drop", "boost", "cut", "gain", "return", "yield");

  /** Comparatives after "10 times" that make it a fraction: "10 times less memory". */
  static final Set<String> LESS_COMPARATIVES =
      Set.of("less", "fewer", "lower", "smaller", "cheaper", "shorter");

  /** Names whose number is a version ("JDK 11", "HTTP 2", "Java 17"). */
  static final Set<String> VERSIONED_NAMES =
      Set.of("jdk", "jre", "java", "python", "api", "http", "html", "css", "ecmascript",
          "sdk", "gwt", "tls", "ssl", "ipv", "php", "node.js", "ios", "android", "macos",
          "windows", "ubuntu", "debian", "rhel", "centos", "kotlin", "scala", "golang", "rust",
          "postgres", "postgresql", "mysql", "kubernetes", "k8s", "polymer", "angular",
          "vue", "bazel", "gradle", "maven", "chrome", "firefox", "safari", "unicode", "oauth",
          "gerrit", "webpack", "typescript", "wcag");

  /** Words that negate what follows: a bound stated as what must not happen ("never exceeds"). */
  static final Set<String> NEGATIONS =
      Set.of("not", "never", "don't", "doesn't", "won't", "shouldn't", "mustn't", "can't",
          "cannot", "isn't", "aren't", "dont", "doesnt", "without", "don’t", "doesn’t", "won’t",
          "no");

  /** Words before "than N days" that make the number an age qualifying items: "older than 90 days". */
  static final Set<String> AGE_COMPARATIVES = Set.of("older", "newer", "younger", "stale");

  /** Words right after a multiplier of "faster"/"slower" kind: the measure's polarity is unclear. */
  static final Set<String> SPEED_COMPARATIVES =
      Set.of("faster", "quicker", "slower", "better", "worse", "easier", "harder");

  /** Phrases that open a key result with a change verb that asks for no change: "Double down on". */
  static final Set<String> NOT_A_CHANGE_AFTER = Set.of("down");

  /** Verbs that make "up" or "down" after them part of a phrasal verb: "set up", "follow up". */
  static final Set<String> PHRASAL_PARTICLE_VERBS =
      Set.of("set", "sets", "setting", "sign", "signs", "signed", "follow", "follows",
          "followed", "pick", "picked", "back", "backed", "clean", "cleaned", "spin", "spun",
          "stand", "stood", "line", "lined", "open", "opened", "wrap", "wrapped", "write",
          "written", "wrote", "break", "broken", "shut", "tear", "wind", "sit", "hand",
          "handed", "lock", "locked", "look", "looked", "round", "rounded", "sum", "summed",
          "team", "teamed", "hook", "hooked", "roll", "rolled", "boot", "booted", "start",
          "started");

  /** Words before "by" that name how a key result is measured, not a change: "as measured by". */
  static final Set<String> MEASURED_BY =
      Set.of("measured", "evidenced", "shown", "indicated", "demonstrated", "tracked", "judged");

  /** Words that make a number a rate or a per-item qualifier: "per week", "each", "every". */
  static final Set<String> RATE_WORDS = Set.of("per", "each", "every", "/");

  /** Task verbs that work on items that already exist: their count may be a scope ("Migrate 340 forms"). */
  static final Set<String> TRANSFORM_VERBS =
      Set.of("migrate", "port", "convert", "move", "upgrade", "refactor", "rewrite", "archive",
          "retire", "remove", "translate", "deprecate", "transfer", "consolidate", "merge",
          "replace", "decommission", "sunset", "clean", "update", "modernise", "modernize");

  /** Capital letters written for a number not yet decided: "from X to Y", "N new partners". */
  static final Set<String> PLACEHOLDERS =
      Set.of("X", "Y", "Z", "N", "XX", "XXX", "TBD", "TBC", "x", "y", "xx", "xxx");

  /**
   * Whether a word is a noun of making or stating something ("articulation", "documentation",
   * "establishment", "analysis"): a noun ending, and neither a verb nor a change noun
   * ("reduction", "improvement") nor the name of a measure ("retention", "satisfaction").
   */
  static boolean isMakingNoun(String w) {
    boolean nounEnding = w.length() > 6 && (w.endsWith("tion") || w.endsWith("sion")
        || w.endsWith("ment") || w.endsWith("ysis"));
    return nounEnding && !isVerb(w) && !CHANGE_NOUNS_UP.contains(w) && !CHANGE_NOUNS_DOWN.contains(w)
        && !CHANGE_NOUNS_OF.contains(w) && !MEASURE_NAMES.contains(w) && !MEASURE_HEADS.contains(w)
        && !NOT_MAKING_NOUNS.contains(w);
  }

  /** Nouns with a making ending that name a measure or a population, not a deliverable. */
  static final Set<String> NOT_MAKING_NOUNS =
      Set.of("retention", "satisfaction", "conversion", "adoption", "engagement", "participation",
          "attention", "population", "resolution", "utilization", "utilisation", "contribution",
          "contributions", "completion", "attendance", "subscription", "subscriptions",
          "circulation", "registration", "registrations", "acquisition", "activation", "session",
          "sessions", "commission", "emission", "emissions", "penetration", "investment");

  /** Nouns of work done on a named thing: "Kubernetes 1.25 upgrade", "Gerrit 3.5 migration". */
  static final Set<String> WORK_NOUNS =
      Set.of("upgrade", "migration", "release", "rollout", "roll-out", "launch", "deployment",
          "update", "installation", "integration", "rewrite", "refactor", "support", "adoption");

  /** States of a deliverable after which "for / to N%" says how far it reaches. */
  static final Set<String> REACH_STATES =
      Set.of("live", "available", "enabled", "released", "launched", "shipped", "deployed", "out",
          "visible", "offered", "active", "on");

  /** Verbs that, before "feedback", ask for it: work, not a change ("Gain feedback on …"). */
  static final Set<String> FEEDBACK_VERBS =
      Set.of("gain", "gains", "gained", "get", "gets", "got", "seek", "obtain", "receive");

  /** Past participles that do not end in "-ed": "to be seen by", "was written by". */
  static final Set<String> IRREGULAR_PARTICIPLES =
      Set.of("seen", "shown", "done", "taken", "given", "written", "made", "known", "run", "read",
          "built", "sent", "held", "chosen", "driven", "drawn", "found", "led", "won");

  /** Signs written after a placeholder for "a number of": "X# of citations", "N# members". */
  static final Set<String> PLACEHOLDER_SIGNS = Set.of("#", "%");

  /** Words after which a placeholder stands where the number goes: "$X", "of X", "to Y". */
  static final Set<String> PLACEHOLDER_PREV =
      Set.of("$", "€", "£", "of", "to", "from", "by", "least", "most", "than", "at");

  /** Words after "3x" that make it a ratio to a plan: "pipeline at 3x target". */
  static final Set<String> PLAN_WORDS =
      Set.of("target", "targets", "plan", "quota", "quotas", "goal", "budget", "coverage");

  /** Task verbs of open-ended work with no end state to check off ("Learn Rust"). */
  static final Set<String> OPEN_ENDED_VERBS =
      Set.of("learn", "learning", "understand", "understanding", "explore", "exploring",
          "investigate", "investigating", "research", "researching", "study", "studying",
          "consider", "considering", "discuss", "discussing", "brainstorm", "look", "think");

  /**
   * Nouns of a group of people whose size a number after "of" states: "a test group of ten
   * members", "a panel of 12 experts". The number sizes one group; it may be a qualifier.
   */
  static final Set<String> GROUP_NOUNS =
      Set.of("group", "team", "cohort", "panel", "class", "pool", "squad", "crew", "committee",
          "council", "board", "circle", "delegation");

  /** Words that open a list of examples: a number after them is part of an example. */
  static final Set<String> EXAMPLE_WORDS = Set.of("including", "e.g.", "e.g", "eg", "incl.");

  /** Prepositions before a gerund that make it part of a phrase, not the sentence's verb. */
  static final Set<String> GERUND_PREPOSITIONS =
      Set.of("on", "for", "at", "about", "towards", "toward", "of", "in", "without");

  /** Comparatives whose "… than …" asks for less of the measure ("faster … than", "fewer … than"). */
  static final Set<String> LESS_THAN_COMPARATIVES =
      Set.of("faster", "quicker", "shorter", "lower", "fewer", "less", "smaller", "cheaper");

  /** Comparatives whose "… than …" asks for more of the measure ("higher … than"). */
  static final Set<String> MORE_THAN_COMPARATIVES =
      Set.of("higher", "more", "greater", "larger", "bigger", "better", "longer");

  /** Words before "number of"/"amount of" that leave the count unstated: "a dedicated number of". */
  static final Set<String> UNSTATED_COUNT_HEADS = Set.of("number", "amount", "percentage", "share");

  /** Verbs that ask for influence on others, with no end state of their own ("Encourage …"). */
  static final Set<String> INFLUENCE_VERBS =
      Set.of("encourage", "foster", "nurture", "inspire", "empower", "motivate", "cultivate",
          "champion", "advocate", "evangelize", "evangelise", "celebrate");

  /** Words of a trend's direction: "happiness trends in a positive direction". */
  static final Set<String> TREND_UP = Set.of("positive", "upward", "upwards", "up", "higher");
  static final Set<String> TREND_DOWN = Set.of("negative", "downward", "downwards", "down", "lower");

  /** Words that open a clause qualifying the noun before them ("users who retain"). */
  static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whose", "where");

  /** Words before an age or an age band ("aged 18-24"), which qualifies a population. */
  static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages", "ageing");

  /** Symbols that make a parenthesised number a bound: "(>50)", "(≥ 4.5)". */
  static final Set<String> BOUND_SYMBOLS = Set.of(">", ">=", "≥", "<", "<=", "≤", "~");

  /** Words after a count that make it a change by that amount: "6 more collaborators". */
  static final Set<String> MORE_AMOUNT = Set.of("more", "additional", "extra", "fewer", "less");

  /** Comparatives after "3x" or "5 times" that make it a multiplier ("3x faster"). */
  static final Set<String> COMPARATIVES =
      Set.of("faster", "quicker", "more", "less", "higher", "lower", "bigger", "larger", "smaller",
          "fewer", "better", "cheaper", "slower", "as", "over", "greater", "longer", "shorter");

  /** Words in a parenthesis that make its number a baseline: "(currently 31)", "(was 8)". */
  static final Set<String> PAREN_BASELINE =
      Set.of("currently", "current", "today", "now", "was", "were", "from", "baseline", "started",
          "starting", "up", "down", "vs", "vs.", "versus", "last", "previously", "is", "at");

  // ---------------------------------------------------------------- verbs and polarity

  private static final Set<String> DOUBLING =
      Set.of("cut", "drop", "hit", "win", "run", "ship", "trim", "slash", "plan", "stop", "get",
          "set", "begin", "scrap");

  static final Map<String, VerbClass> VERBS = new HashMap<>();

  /** Words naming metrics where lower is better (churn, latency, cost…). */
  static final Set<String> LOWER_IS_BETTER =
      Set.of(
          "churn", "attrition", "turnover", "cost", "costs", "cac", "cpa", "cpc", "cpl", "latency",
          "time", "times", "duration", "downtime", "outage", "outages", "error", "errors", "bug",
          "bugs", "defect", "defects", "incident", "incidents", "complaint", "complaints",
          "escalation", "escalations", "refund", "refunds", "returns", "burn", "spend",
          "spending", "expense", "expenses", "waste", "backlog", "debt", "delay", "delays", "wait",
          "abandonment", "bounce", "failure", "failures", "crash", "crashes", "vulnerabilities",
          "vulnerability", "risk", "mttr", "mttd", "overdue", "overtime", "emissions",
          "absenteeism", "cancellations", "cancellation", "chargebacks", "fraud", "violations",
          "injuries", "accidents", "turnaround", "p99", "p95", "p90", "unsubscribes", "no-shows",
          "tickets", "load", "budget", "lead-time", "cycle-time", "days", "hours", "minutes", "seconds",
          "ms", "weeks", "sec", "secs", "mins", "hrs", "h", "s");

  /** Units of time: a number of them is usually better smaller (a response time). */
  static final Set<String> TIME_UNITS =
      Set.of(
          "ms", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h",
          "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
          "quarter", "quarters", "year", "years", "sprint", "sprints", "business");

  static final Set<String> CHANGE_NOUNS_UP =
      Set.of("increase", "growth", "uplift", "lift", "gain", "boost", "rise", "more", "higher",
          "improvement", "expansion", "jump");
  static final Set<String> CHANGE_NOUNS_DOWN =
      Set.of("reduction", "decrease", "decline", "drop", "cut", "fewer", "less", "lower",
          "savings", "saving");

  static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec");

  static {
    increase("increase", "grow", "raise", "boost", "lift", "expand", "double", "triple",
        "quadruple", "maximise", "maximize", "augment", "climb", "widen", "gain", "uplift",
        "multiply", "strengthen", "broaden", "deepen", "scale", "elevate", "amplify",
        "outperform", "outgrow", "fundraise");
    put(VerbClass.INCREASE, "grew", "grown", "growth", "expansion", "doubling", "tripling");
    decrease("reduce", "decrease", "cut", "lower", "drop", "shrink", "decline", "minimise",
        "minimize", "halve", "eliminate", "slash", "trim", "lessen", "shorten", "compress",
        "diminish", "curb", "mitigate", "eradicate");
    put(VerbClass.DECREASE, "reduction", "shrank", "shrunk", "cutting", "cuts", "dropped",
        "dropping", "halving", "trimmed", "trimming");
    reach("achieve", "reach", "hit", "attain", "get", "generate", "acquire", "sign", "close",
        "win", "secure", "onboard", "book", "land", "obtain", "earn", "drive", "collect",
        "gather", "sell", "recruit", "hire", "convert", "capture", "add", "deliver",
        "complete", "publish", "launch", "ship", "release", "run", "conduct", "host",
        "interview", "train", "write", "create", "build", "implement", "migrate", "produce",
        "serve", "process", "resolve", "handle", "answer", "respond", "reply", "enrol", "enroll", "register",
        "attract", "activate", "engage", "exceed", "surpass", "save", "attend", "organise",
        "organize", "present", "pass", "record", "post", "send", "certify", "automate",
        "deploy", "open", "make", "have", "welcome", "land", "receive", "raise",
        // work the team completes or inputs it spends: "Crush 50 bugs", "Spend 2 days per sprint"
        "crush", "squash", "fix", "spend", "devote", "dedicate", "invest", "allocate");
    put(VerbClass.REACH, "spent", "fixes", "fixed", "fixing", "got", "gotten", "won", "winning", "drove", "driven", "sold", "wrote",
        "written", "built", "ran", "running", "shipped", "shipping", "made", "hitting");
    threshold("retain", "keep", "maintain", "sustain", "stay", "hold", "remain", "ensure", "preserve",
        "protect", "guarantee", "uphold", "continue", "limit", "cap", "stabilize", "stabilise");
    put(VerbClass.THRESHOLD, "kept", "held", "capped", "capping");
    ambiguous("improve", "optimise", "optimize", "enhance", "better", "change", "move", "shift",
        "bring", "push", "accelerate", "speed", "transform", "tighten", "bump");
    put(VerbClass.AMBIGUOUS, "improvement");
    // "increase" is listed under INCREASE; "raise" stays INCREASE (funding "raise $2M" reads the same)
    VERBS.put("raise", VerbClass.INCREASE);
    VERBS.put("raises", VerbClass.INCREASE);
    VERBS.put("raised", VerbClass.INCREASE);
    VERBS.put("raising", VerbClass.INCREASE);
    for (String f : formsOf("score")) {
      VERBS.remove(f);
    }
    VERBS.remove("lowest");
  }

  private static void increase(String... bases) {
    forms(VerbClass.INCREASE, bases);
  }

  private static void decrease(String... bases) {
    forms(VerbClass.DECREASE, bases);
  }

  private static void reach(String... bases) {
    forms(VerbClass.REACH, bases);
  }

  private static void threshold(String... bases) {
    forms(VerbClass.THRESHOLD, bases);
  }

  private static void ambiguous(String... bases) {
    forms(VerbClass.AMBIGUOUS, bases);
  }

  private static void put(VerbClass c, String... words) {
    for (String w : words) {
      VERBS.put(w, c);
    }
  }


  static Set<String> formsOf(String base) {
    Set<String> f = new HashSet<>();
    f.add(base);
    if (base.endsWith("e")) {
      String stem = base.substring(0, base.length() - 1);
      f.add(base + "s");
      f.add(base + "d");
      f.add(stem + "ing");
    } else if (base.endsWith("y") && !base.endsWith("ay") && !base.endsWith("ey")) {
      String stem = base.substring(0, base.length() - 1);
      f.add(stem + "ies");
      f.add(stem + "ied");
      f.add(base + "ing");
    } else {
      f.add(base + (base.endsWith("sh") || base.endsWith("ss") || base.endsWith("ch") ? "es" : "s"));
      f.add(base + "ed");
      f.add(base + "ing");
      if (DOUBLING.contains(base)) {
        char last = base.charAt(base.length() - 1);
        f.add(base + last + "ed");
        f.add(base + last + "ing");
      }
    }
    return f;
  }

  private static void forms(VerbClass c, String... bases) {
    for (String b : bases) {
      for (String f : formsOf(b)) {
        VERBS.putIfAbsent(f, c);
      }
    }
  }

  static VerbClass verbClass(String lower) {
    VerbClass c = VERBS.get(lower.toLowerCase(Locale.ROOT));
    return c == null ? VerbClass.AMBIGUOUS : c;
  }

  static boolean isVerb(String lower) {
    return VERBS.containsKey(lower);
  }
}
