package org.okrkit.validation;

import java.util.List;

/**
 * Supplies {@link LintRule}s of your own to tools that discover them with {@link
 * java.util.ServiceLoader}, such as the {@code okr} command: put the rules' jar on the class path
 * and the command runs them beside the built-in ones, with {@code --disable} and {@code --json}
 * treating them exactly alike.
 *
 * <p>To write one, implement {@link #rules()} in a public class with a public no-argument
 * constructor and list the class in {@code
 * META-INF/services/org.okrkit.validation.LintRuleProvider} (and, in a module, {@code provides
 * org.okrkit.validation.LintRuleProvider with ...}):
 *
 * <pre>{@code
 * public final class AcmeRules implements LintRuleProvider {
 *   public List<LintRule> rules() {
 *     return List.of(
 *         LintRule.onKeyResults("kr-title-too-long", Severity.INFO,
 *             "a key result's title is longer than 100 characters",
 *             kr -> kr.keyResult().title().length() <= 100
 *                 ? List.of()
 *                 : List.of(kr.problemAt("/title", "the title is too long.", "Shorten it."))));
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface LintRuleProvider {

  /**
   * The rules this provider contributes. Their ids must be unique, kebab-case and different from
   * every built-in {@link Rule}'s; a validator refuses them otherwise ({@link
   * InvalidRuleException}).
   *
   * @return the rules this provider contributes
   */
  List<LintRule> rules();
}
