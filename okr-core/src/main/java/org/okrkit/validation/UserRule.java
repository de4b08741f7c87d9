package org.okrkit.validation;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LintRule} added to a {@link Validator}, with its metadata read once and checked when the
 * validator is built, and the guard that runs its checks: whatever the rule's code does (throw,
 * return null, a null problem, a pointer outside the set), the validation goes on and the failure
 * is a {@link Rule#CHECK_FAILED} finding naming the rule and the element.
 */
final class UserRule {
  /** The rule as the user wrote it: findings name it, so {@code f.rule() == myRule} holds. */
  final LintRule rule;
  /** Its metadata as read when the validator was built, for rule sets. */
  final RuleDefinition frozen;

  private record Frozen(String id, Severity defaultSeverity, boolean isStructural, String summary)
      implements RuleDefinition {}

  private UserRule(LintRule rule, RuleDefinition frozen) {
    this.rule = rule;
    this.frozen = frozen;
  }

  /**
   * Reads and checks {@code rule}'s metadata.
   *
   * @throws InvalidRuleException if a metadata method throws or returns an invalid value
   */
  static UserRule of(LintRule rule) {
    String id = read("null", "id()", rule::id);
    Severity severity = read(id, "defaultSeverity()", rule::defaultSeverity);
    String summary = read(id, "summary()", rule::summary);
    Boolean structural = read(id, "isStructural()", rule::isStructural);
    checkMetadata(id, severity, summary);
    return new UserRule(rule, new Frozen(id, severity, structural, summary));
  }

  /**
   * Fails unless the metadata is valid.
   *
   * @throws InvalidRuleException naming the id and what is wrong
   */
  static void checkMetadata(
      @Nullable String id, @Nullable Severity severity, @Nullable String summary) {
    if (id == null) {
      throw new InvalidRuleException("null", "lint rule: id must not be null");
    }
    if (!RuleIds.isValidId(id)) {
      throw new InvalidRuleException(
          id, "lint rule " + Text.quote(id) + ": id must be " + RuleIds.ID_SYNTAX + ", was "
              + Text.quote(id));
    }
    if (Rule.ofId(id).isPresent()) {
      throw new InvalidRuleException(
          id, "lint rule " + Text.quote(id) + ": id clashes with the built-in rule " + Text.quote(id)
              + "; choose another id");
    }
    if (severity == null) {
      throw new InvalidRuleException(
          id, "lint rule " + Text.quote(id) + ": defaultSeverity must be ERROR, WARNING or INFO,"
              + " was null");
    }
    if (summary == null || summary.isBlank()) {
      throw new InvalidRuleException(
          id, "lint rule " + Text.quote(id) + ": summary must be one line saying what the rule"
              + " catches, was " + (summary == null ? "null" : Text.quote(summary)));
    }
  }

  @SuppressWarnings("NullAway") // user code may return null whatever its declared type says
  private static <T> T read(String id, String method, Supplier<T> metadata) {
    T value;
    try {
      value = metadata.get();
    } catch (RuntimeException e) {
      throw new InvalidRuleException(
          id,
          "lint rule " + Text.quote(id) + ": " + method + " "
              + Checking.describe(e).substring("it ".length()),
          e);
    }
    return value;
  }

  /** Runs one of the rule's checks on the element at {@code pointer}, guarded. */
  void run(
      Checking ctx,
      Severity severity,
      List<String> ids,
      String pointer,
      Supplier<@Nullable List<Problem>> check) {
    try {
      @Nullable List<Problem> problems = check.get();
      if (problems == null) {
        ctx.failed(frozen, ids, pointer, "it returned null instead of a list of problems");
        return;
      }
      boolean reported = false;
      for (@Nullable Problem p : problems) {
        @Nullable String invalid =
            p == null ? "it returned a null problem" : JsonPointers.resolveError(ctx.index, p.pointer());
        if (invalid != null) {
          if (!reported) {
            ctx.failed(frozen, ids, pointer, invalid.startsWith("it ") ? invalid
                : "it returned a problem whose " + invalid.substring("its ".length()));
          }
          reported = true;
        } else if (p != null) {
          ctx.add(
              new Finding(rule, severity, new Location(p.ids(), p.pointer()), p.message(), p.hint()));
        }
      }
    } catch (RuntimeException | StackOverflowError | AssertionError | LinkageError e) {
      // Caffeine guards listener calls the same way: the library's promise outlives user code
      ctx.failed(frozen, ids, pointer, Checking.describe(e));
    }
  }
}
