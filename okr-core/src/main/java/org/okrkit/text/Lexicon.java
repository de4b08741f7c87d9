package org.okrkit.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The words the sentence parser knows: verbs by the change they ask for, metric polarity. */
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
        "multiply", "strengthen", "broaden", "deepen", "scale", "elevate", "amplify");
    put(VerbClass.INCREASE, "grew", "grown", "growth", "expansion", "doubling", "tripling");
    decrease("reduce", "decrease", "cut", "lower", "drop", "shrink", "decline", "minimise",
        "minimize", "halve", "eliminate", "slash", "trim", "lessen", "shorten", "compress",
        "diminish", "curb", "mitigate", "eradicate");
    put(VerbClass.DECREASE, "reduction", "shrank", "shrunk", "cutting", "cuts", "dropped",
        "dropping", "halving", "trimmed", "trimming");
    reach("achieve", "reach", "hit", "attain", "get", "generate", "acquire", "sign", "close",
        "win", "secure", "onboard", "book", "land", "obtain", "earn", "drive", "collect",
        "gather", "sell", "recruit", "hire", "convert", "retain", "capture", "add", "deliver",
        "complete", "publish", "launch", "ship", "release", "run", "conduct", "host",
        "interview", "train", "write", "create", "build", "implement", "migrate", "produce",
        "serve", "process", "resolve", "handle", "answer", "respond", "reply", "enrol", "enroll", "register",
        "attract", "activate", "engage", "exceed", "surpass", "save", "attend", "organise",
        "organize", "present", "pass", "record", "post", "send", "certify", "automate",
        "deploy", "open", "make", "have", "welcome", "land", "receive", "raise");
    put(VerbClass.REACH, "got", "gotten", "won", "winning", "drove", "driven", "sold", "wrote",
        "written", "built", "ran", "running", "shipped", "shipping", "made", "hitting");
    threshold("keep", "maintain", "sustain", "stay", "hold", "remain", "ensure", "preserve",
        "protect", "guarantee", "uphold", "continue", "limit", "cap");
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
