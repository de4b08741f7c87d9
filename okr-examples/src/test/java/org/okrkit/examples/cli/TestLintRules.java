package org.okrkit.examples.cli;

import java.util.List;
import java.util.Locale;
import org.okrkit.validation.LintRule;
import org.okrkit.validation.LintRuleProvider;
import org.okrkit.validation.Severity;

/**
 * A rule provider registered in the test resources' {@code META-INF/services}, so every {@code
 * okr} run in the tests finds it as a user's jar on the class path would be found. Its rules fire
 * only on words no bundled document uses ("synergy", "kaboom"), so other tests see no difference.
 */
public final class TestLintRules implements LintRuleProvider {
  /** Buzzwords in a key result's title. */
  static final LintRule SYNERGY =
      LintRule.onKeyResults(
          "kr-mentions-synergy",
          Severity.WARNING,
          "a key result's title says 'synergy'",
          kr ->
              kr.keyResult().title().toLowerCase(Locale.ROOT).contains("synergy")
                  ? List.of(
                      kr.problemAt(
                          "/title",
                          "key result '" + kr.keyResult().id() + "' says 'synergy'.",
                          "Name the number the synergy should move."))
                  : List.of());

  /** A deliberately broken check: it throws on titles that say "kaboom". */
  static final LintRule KABOOM =
      LintRule.onKeyResults(
          "kr-check-explodes",
          Severity.INFO,
          "a check that throws on titles saying 'kaboom' (for tests)",
          kr -> {
            if (kr.keyResult().title().contains("kaboom")) {
              throw new IllegalStateException("kaboom");
            }
            return List.of();
          });

  /** Found by {@link java.util.ServiceLoader}. */
  public TestLintRules() {}

  @Override
  public List<LintRule> rules() {
    return List.of(SYNERGY, KABOOM);
  }
}
