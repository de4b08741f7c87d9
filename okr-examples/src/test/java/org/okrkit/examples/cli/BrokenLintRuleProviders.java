package org.okrkit.examples.cli;

import java.util.Arrays;
import java.util.List;
import org.okrkit.validation.LintRule;
import org.okrkit.validation.LintRuleProvider;
import org.okrkit.validation.Severity;

/** Providers a user might get wrong; tests put them on the class path one at a time. */
final class BrokenLintRuleProviders {
  private BrokenLintRuleProviders() {}

  /** Fails to list its rules. */
  public static final class Throwing implements LintRuleProvider {
    /** Found by {@link java.util.ServiceLoader}. */
    public Throwing() {}

    @Override
    public List<LintRule> rules() {
      throw new IllegalStateException("rules.yaml not found");
    }
  }

  /** Lists a null rule. */
  public static final class NullRule implements LintRuleProvider {
    /** Found by {@link java.util.ServiceLoader}. */
    public NullRule() {}

    @Override
    public List<LintRule> rules() {
      return Arrays.asList((LintRule) null);
    }
  }

  /** Reuses a built-in rule's id. */
  public static final class Clashing implements LintRuleProvider {
    /** Found by {@link java.util.ServiceLoader}. */
    public Clashing() {}

    @Override
    public List<LintRule> rules() {
      return List.of(
          new LintRule() {
            @Override
            public String id() {
              return "kr-is-activity";
            }

            @Override
            public Severity defaultSeverity() {
              return Severity.INFO;
            }

            @Override
            public String summary() {
              return "my own activity check";
            }
          });
    }
  }
}
