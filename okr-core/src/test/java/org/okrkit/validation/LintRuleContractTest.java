package org.okrkit.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.validation.Fixtures.AS_OF;
import static org.okrkit.validation.Fixtures.clean;
import static org.okrkit.validation.Fixtures.keyResult;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.model.OkrSet;

/**
 * The contract every rule of your own passes, run over deliberately broken ones (Caffeine's
 * CacheSpec idea): validation never throws, the built-in findings are exactly those of a validator
 * without the rule, and each failure is one {@code check-failed} finding naming the rule and the
 * element. Broken metadata is refused when the validator is built, naming the id.
 */
class LintRuleContractTest {

  /** A set with a built-in finding (kr-is-activity) so that we can see it is left untouched. */
  static OkrSet set() {
    return keyResult(clean(), 0, 1, kr -> kr.withTitle("Launch a new mobile app"));
  }

  static LintRule onKeyResults(String id, Function<KeyResultContext, List<Problem>> check) {
    return LintRule.onKeyResults(id, Severity.WARNING, "broken on purpose", check);
  }

  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  static <T> T nothing() {
    return null;
  }

  /** Recursion without end, like a user rule walking a parent loop without a visited set. */
  @SuppressWarnings("InfiniteRecursion")
  static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  /** A list whose iteration fails half way, as a lazily computed user list might. */
  static List<Problem> failingList(KeyResultContext kr) {
    return new AbstractList<>() {
      @Override
      public Problem get(int index) {
        if (index > 0) {
          throw new IndexOutOfBoundsException("lazy list broke at " + index);
        }
        return kr.problem("first.", "");
      }

      @Override
      public int size() {
        return 2;
      }
    };
  }

  /**
   * Broken rules: each throws on, or returns something unreportable for, exactly key result
   * {@code cs-2} (at /objectives/0/keyResults/1), with the message its check-failed finding must
   * carry.
   */
  static Stream<Arguments> brokenRules() {
    Function<Supplier<List<Problem>>, Function<KeyResultContext, List<Problem>>> onCs2 =
        bad -> kr -> kr.keyResult().id().equals("cs-2") ? bad.get() : List.of();
    return Stream.of(
        Arguments.of(
            onKeyResults("throws", kr -> onCs2.apply(() -> {
              throw new IllegalStateException("boom.\nsecond line");
            }).apply(kr)),
            "it threw java.lang.IllegalStateException: boom. second line"),
        Arguments.of(
            onKeyResults("returns-null", kr -> kr.keyResult().id().equals("cs-2") ? nothing() : List.of()),
            "it returned null instead of a list of problems"),
        Arguments.of(
            onKeyResults(
                "returns-a-null-problem",
                kr -> kr.keyResult().id().equals("cs-2") ? Arrays.asList(kr.problem("ok.", ""), null) : List.of()),
            "it returned a null problem"),
        Arguments.of(
            onKeyResults(
                "points-outside-the-set",
                kr -> kr.keyResult().id().equals("cs-2")
                    ? List.of(Problem.of("/objectives/9/title", List.of(), "far away.", ""))
                    : List.of()),
            "it returned a problem whose pointer /objectives/9/title names no element of the set"),
        Arguments.of(
            onKeyResults(
                "points-at-a-missing-check-in",
                kr -> kr.keyResult().id().equals("cs-2") ? List.of(kr.problemAt("/checkIns/2", "gone.", "")) : List.of()),
            "it returned a problem whose pointer /objectives/0/keyResults/1/checkIns/2 names no element"
                + " of the set"),
        Arguments.of(
            onKeyResults(
                "builds-an-invalid-problem",
                kr -> kr.keyResult().id().equals("cs-2") ? List.of(kr.problemAt("title", "bad pointer.", "")) : List.of()),
            "it threw java.lang.IllegalArgumentException: problem: pointer must be a JSON Pointer (it"
                + " must be empty or start with '/'), was 'title'"),
        Arguments.of(
            onKeyResults(
                "overflows-the-stack",
                kr -> kr.keyResult().id().equals("cs-2") ? List.of(kr.problem("n=" + recurse(0), "")) : List.of()),
            "it threw java.lang.StackOverflowError"),
        Arguments.of(
            onKeyResults(
                "breaks-while-iterated",
                kr -> kr.keyResult().id().equals("cs-2") ? failingList(kr) : List.of()),
            "it threw java.util.NoSuchElementException: java.lang.IndexOutOfBoundsException: lazy list"
                + " broke at 1"),
        Arguments.of(
            onKeyResults(
                "names-no-key-result-index",
                kr -> kr.keyResult().id().equals("cs-2")
                    ? List.of(Problem.of("/objectives/0/keyResults/01", List.of(), "leading zero.", ""))
                    : List.of()),
            "it returned a problem whose pointer /objectives/0/keyResults/01 names no element of the"
                + " set"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRules")
  void aBrokenCheckBecomesOneCheckFailedFindingAndLeavesTheRestAlone(LintRule broken, String why) {
    List<Finding> without = Validator.defaults().validate(set(), AS_OF);
    List<Finding> with = Validator.builder().add(broken).build().validate(set(), AS_OF);
    List<Finding> failed =
        with.stream().filter(f -> f.rule() == Rule.CHECK_FAILED).collect(Collectors.toList());
    assertEquals(1, failed.size(), with::toString);
    Finding f = failed.get(0);
    assertEquals(Severity.ERROR, f.severity());
    assertEquals("/objectives/0/keyResults/1", f.pointer());
    assertEquals(List.of("cs-2", "co"), f.location().ids());
    assertEquals(
        "the check of rule '" + broken.id() + "' failed on /objectives/0/keyResults/1: " + why + ".",
        f.message());
    assertTrue(f.hint().contains("disable '" + broken.id() + "'"), f::hint);
    List<Finding> rest = new ArrayList<>(with);
    rest.removeIf(x -> x.rule() == Rule.CHECK_FAILED || x.rule() == broken);
    assertEquals(without, rest);
  }

  @Test
  void validProblemsBesideAnInvalidOneAreStillReported() {
    LintRule half =
        onKeyResults(
            "half-broken",
            kr -> kr.keyResult().id().equals("cs-2") ? Arrays.asList(kr.problem("ok.", ""), null) : List.of());
    List<Finding> with = Validator.builder().add(half).build().validate(set(), AS_OF);
    assertEquals(1, with.stream().filter(f -> f.rule() == half).count(), with::toString);
  }

  @Test
  void brokenObjectiveAndSetChecksAreGuardedToo() {
    LintRule objective =
        LintRule.onObjectives("objective-throws", Severity.INFO, "broken", o -> {
          throw new UnsupportedOperationException();
        });
    LintRule whole =
        LintRule.onSet("set-returns-null", Severity.INFO, "broken", s -> nothing());
    List<String> got =
        Validator.builder().add(objective).add(whole).build().validate(clean(), AS_OF).stream()
            .map(f -> f.pointer() + " " + f.message())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "/objectives/0 the check of rule 'objective-throws' failed on /objectives/0: it threw"
                + " java.lang.UnsupportedOperationException.",
            "/objectives/1 the check of rule 'objective-throws' failed on /objectives/1: it threw"
                + " java.lang.UnsupportedOperationException.",
            " the check of rule 'set-returns-null' failed on the set: it returned null instead of a"
                + " list of problems."),
        got);
  }

  @Test
  void aDisabledBrokenRuleIsNotRunAndCheckFailedCanBeSilenced() {
    LintRule broken = onKeyResults("throws", kr -> {
      throw new IllegalStateException();
    });
    assertEquals(
        Validator.defaults().validate(set(), AS_OF),
        Validator.builder().rules(RuleSet.defaults().disable(broken)).add(broken).build().validate(set(), AS_OF));
    assertEquals(
        Validator.defaults().validate(set(), AS_OF),
        Validator.builder().rules(RuleSet.defaults().disable(Rule.CHECK_FAILED)).add(broken).build().validate(set(), AS_OF));
  }

  /** A rule implemented by hand whose metadata methods return what the test says. */
  static LintRule rule(@Nullable String id, @Nullable Severity severity, @Nullable String summary) {
    return new LintRule() {
      @Override
      @SuppressWarnings("NullAway")
      public String id() {
        if ("throwing-id".equals(id)) {
          throw new IllegalStateException("no id today");
        }
        return id;
      }

      @Override
      @SuppressWarnings("NullAway")
      public Severity defaultSeverity() {
        return severity;
      }

      @Override
      @SuppressWarnings("NullAway")
      public String summary() {
        return summary;
      }
    };
  }

  static InvalidRuleException refused(LintRule... rules) {
    return assertThrows(InvalidRuleException.class, () -> Validator.builder().addAll(List.of(rules)).build());
  }

  @Test
  void invalidDefinitionsAreRefusedAtConfigurationNamingTheId() {
    InvalidRuleException syntax = refused(rule("Kr_Owner", Severity.INFO, "x"));
    assertEquals("Kr_Owner", syntax.ruleId());
    assertEquals(
        "lint rule 'Kr_Owner': id must be " + RuleIds.ID_SYNTAX + ", was 'Kr_Owner'", syntax.getMessage());
    assertEquals(
        "lint rule 'kr-is-activity': id clashes with the built-in rule 'kr-is-activity'; choose"
            + " another id",
        refused(rule("kr-is-activity", Severity.INFO, "x")).getMessage());
    assertEquals(
        "lint rule 'kr-owner': id is already used by another added rule",
        refused(rule("kr-owner", Severity.INFO, "x"), rule("kr-owner", Severity.ERROR, "y")).getMessage());
    assertEquals(
        "lint rule 'kr-owner': defaultSeverity must be ERROR, WARNING or INFO, was null",
        refused(rule("kr-owner", null, "x")).getMessage());
    assertEquals(
        "lint rule 'kr-owner': summary must be one line saying what the rule catches, was ' '",
        refused(rule("kr-owner", Severity.INFO, " ")).getMessage());
    assertEquals("lint rule: id must not be null", refused(rule(null, Severity.INFO, "x")).getMessage());
    InvalidRuleException throwing = refused(rule("throwing-id", Severity.INFO, "x"));
    assertEquals(
        "lint rule 'null': id() threw java.lang.IllegalStateException: no id today",
        throwing.getMessage());
  }

  @Test
  void factoriesRefuseInvalidDefinitionsImmediately() {
    InvalidRuleException e =
        assertThrows(
            InvalidRuleException.class,
            () -> LintRule.onKeyResults("has space", Severity.INFO, "x", kr -> List.of()));
    assertEquals("has space", e.ruleId());
    assertThrows(
        InvalidRuleException.class, () -> LintRule.onSet("unused-cycle", Severity.INFO, "x", s -> List.of()));
    assertThrows(NullPointerException.class, () -> LintRule.onObjectives("ok", Severity.INFO, "x", nothing()));
  }

  @Test
  void aRuleSetNamingAnUnknownRuleIsRefusedAtConfiguration() {
    RuleSet typo = RuleSet.defaults().withDisabled(List.of("kr-is-activty"));
    InvalidRuleException e =
        assertThrows(InvalidRuleException.class, () -> Validator.builder().rules(typo).build());
    assertEquals(
        "rule set disables rule 'kr-is-activty', which is neither a built-in rule nor a rule added"
            + " to this validator",
        e.getMessage());
    assertThrows(
        InvalidRuleException.class,
        () -> Validator.of(RuleSet.defaults().withSeverityOverrides(java.util.Map.of("mine", Severity.INFO))));
  }
}
