package org.okrkit.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A minimal activity detector: the sentence opens with a verb of doing, not of measuring. */
enum BuiltInActivities implements ActivityCheck {
  INSTANCE;

  private static final Set<String> VERBS = new HashSet<>();
  private static final Set<String> OPENERS = Set.of("we", "will", "to", "i", "team", "the");

  static {
    for (String base :
        new String[] {
          "launch", "publish", "ship", "release", "implement", "build", "create", "develop",
          "design", "write", "complete", "finish", "run", "conduct", "host", "organise",
          "organize", "hire", "recruit", "train", "migrate", "deploy", "introduce", "establish",
          "define", "document", "draft", "prepare", "plan", "start", "begin", "kick", "redesign",
          "rebuild", "refactor", "upgrade", "update", "integrate", "automate", "test", "pilot",
          "evaluate", "research", "interview", "attend", "present", "finalise", "finalize",
          "set", "roll", "open", "replace", "adopt", "install", "configure", "select", "choose",
          "send", "post", "make", "deliver", "onboard", "move", "rewrite", "introduce", "hold",
          "map", "audit", "review", "identify", "secure", "sign", "close", "set up", "study",
          "run", "survey", "investigate", "explore", "assess", "form", "appoint", "outline",
          "roll-out", "set-up", "kick-off", "achieve", "obtain", "get", "pass", "become",
          "transition", "standardise", "standardize", "consolidate", "translate", "localise",
          "localize", "announce", "submit", "negotiate", "partner", "celebrate", "organise"
        }) {
      VERBS.addAll(Lexicon.formsOf(base));
    }
    VERBS.remove("achieve");
    VERBS.remove("get");
    VERBS.remove("become");
  }

  @Override
  public Optional<String> activityVerb(String sentence) {
    int i = 0;
    int n = sentence.length();
    for (int word = 0; word < 4 && i < n; word++) {
      while (i < n && !Character.isLetter(sentence.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && (Character.isLetter(sentence.charAt(j)) || sentence.charAt(j) == '-')) {
        j++;
      }
      if (j == i) {
        return Optional.empty();
      }
      String w = sentence.substring(i, j);
      String low = w.toLowerCase(Locale.ROOT);
      if (VERBS.contains(low)) {
        return Optional.of(w);
      }
      if (!OPENERS.contains(low)) {
        return Optional.empty();
      }
      i = j;
    }
    return Optional.empty();
  }
}
