package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code okr lint} runs the rules a {@link org.okrkit.validation.LintRuleProvider} on the class
 * path contributes ({@link TestLintRules} here) exactly like the built-in ones.
 */
class UserLintRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The activity-free example with one key result title changed. */
  private String withTitle(String title) throws IOException {
    String doc =
        Files.readString(Path.of(example("activity-fixed.json")), StandardCharsets.UTF_8)
            .replace("Increase qualified leads from 120 to 180 a month", title);
    Path file = dir.resolve("okrs.json");
    Files.writeString(file, doc, StandardCharsets.UTF_8);
    return file.toString();
  }

  @Test
  void aUserRuleFromTheClassPathReportsLikeABuiltInOne() throws IOException {
    String file = withTitle("Increase synergy leads from 120 to 180 a month");
    CliRun.Result r = okr("lint", file);
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out()
            .contains(
                file + ": /objectives/0/keyResults/2/title: warning: key result 'brand-3' says"
                    + " 'synergy'. [kr-mentions-synergy]"),
        r.toString());
    assertTrue(r.out().contains("    hint: Name the number the synergy should move."), r.toString());
    JsonNode json = JSON.readTree(okr("lint", file, "--json").out());
    assertEquals("kr-mentions-synergy", json.get("findings").get(0).get("rule").asText());
    assertEquals("warning", json.get("findings").get(0).get("severity").asText());
    assertEquals(1, json.get("warnings").asInt());
  }

  @Test
  void aUserRuleCanBeDisabledAndIsListedAmongTheKnownRules() throws IOException {
    String file = withTitle("Increase synergy leads from 120 to 180 a month");
    CliRun.Result off = okr("lint", file, "--disable", "kr-mentions-synergy");
    assertEquals(file + ": no findings", off.out().strip(), off.toString());
    CliRun.Result typo = okr("lint", file, "--disable", "kr-mentions-synergi");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("known rules: duplicate-id, "), typo.err());
    assertTrue(typo.err().contains(", kr-mentions-synergy, kr-check-explodes"), typo.err());
  }

  @Test
  void aUserCheckThatThrowsIsACheckFailedErrorNamingTheRule() throws IOException {
    String file = withTitle("Increase kaboom leads from 120 to 180 a month");
    CliRun.Result r = okr("lint", file);
    assertEquals(1, r.code(), r.toString());
    assertTrue(
        r.out()
            .contains(
                file + ": /objectives/0/keyResults/2: error: the check of rule 'kr-check-explodes'"
                    + " failed on /objectives/0/keyResults/2: it threw"
                    + " java.lang.IllegalStateException: kaboom. [check-failed]"),
        r.toString());
    assertEquals("", r.err());
    assertEquals(0, okr("lint", file, "--disable", "kr-check-explodes").code());
  }

  /** Runs {@code action} with a class loader that sees one more services file. */
  private CliRun.Result withProvider(String providerClass, Supplier<CliRun.Result> action) throws IOException {
    Path services = dir.resolve("cp/META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve("org.okrkit.validation.LintRuleProvider"), providerClass + "\n", StandardCharsets.UTF_8);
    Thread t = Thread.currentThread();
    ClassLoader before = t.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()}, before)) {
      t.setContextClassLoader(loader);
      return action.get();
    } finally {
      t.setContextClassLoader(before);
    }
  }

  @Test
  void aBrokenProviderIsOneUsageErrorNamingIt() throws IOException {
    String file = example("activity-fixed.json");
    CliRun.Result throwing =
        withProvider("org.okrkit.examples.cli.BrokenLintRuleProviders$Throwing", () -> okr("lint", file));
    assertEquals(2, throwing.code(), throwing.toString());
    assertEquals(
        "okr lint: lint rule provider org.okrkit.examples.cli.BrokenLintRuleProviders$Throwing"
            + " failed: java.lang.IllegalStateException: rules.yaml not found",
        throwing.err().strip());
    CliRun.Result clash =
        withProvider("org.okrkit.examples.cli.BrokenLintRuleProviders$Clashing", () -> okr("validate", file));
    assertEquals(2, clash.code(), clash.toString());
    assertEquals(
        "okr validate: lint rule provider org.okrkit.examples.cli.BrokenLintRuleProviders$Clashing:"
            + " lint rule 'kr-is-activity': id clashes with the built-in rule 'kr-is-activity';"
            + " choose another id",
        clash.err().strip());
    CliRun.Result nullRule =
        withProvider("org.okrkit.examples.cli.BrokenLintRuleProviders$NullRule", () -> okr("lint", file));
    assertEquals(2, nullRule.code(), nullRule.toString());
    assertTrue(nullRule.err().contains("returned a null rule"), nullRule.err());
    CliRun.Result missing = withProvider("com.example.NoSuchRules", () -> okr("score", file));
    assertEquals(2, missing.code(), missing.toString());
    assertTrue(
        missing.err().startsWith("okr score: cannot load the lint rules on the class path: "),
        missing.err());
    assertTrue(missing.err().contains("com.example.NoSuchRules"), missing.err());
  }
}
