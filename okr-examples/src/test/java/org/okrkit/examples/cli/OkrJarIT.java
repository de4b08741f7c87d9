package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code okr.jar} the way the README tells a new user to: {@code java -jar
 * okr-examples/target/okr.jar …} from the repository root, in a fresh JVM.
 */
class OkrJarIT {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Path jar() {
    return Path.of(System.getProperty("okr.jar", "target/okr.jar")).toAbsolutePath();
  }

  /** Runs the jar from the repository root (the module's parent), as the README does. */
  private Run okr(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p =
        new ProcessBuilder(cmd)
            .directory(java.util.Objects.requireNonNull(Path.of("").toAbsolutePath().getParent()).toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("okr.jar did not finish: " + cmd);
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeCommandScoresTheExampleTree() throws Exception {
    Run r = okr("score", "okr-examples/src/main/resources/examples/acme-q4.json", "--as-of", "2026-11-20");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("Q4 2026 (2026-10-01 to 2026-12-31), as of 2026-11-20: day 51 of 92"), r.out());
    assertTrue(r.out().contains("(now 4.45)"), r.out());
    assertEquals("", r.err());
    Run json = okr("score", "okr-examples/src/main/resources/examples/acme-q4.json", "--as-of", "2026-11-20", "--json");
    assertTrue(json.out().contains("(4.45 − 4.1) / (4.8 − 4.1) = 0.50"), "UTF-8 output: " + json.out());
  }

  @Test
  void exitCodesReachTheShell() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"okr\": ", StandardCharsets.UTF_8);
    Run malformed = okr("validate", bad.toString());
    assertEquals(2, malformed.code());
    assertTrue(malformed.err().startsWith("okr validate: " + bad + ":1:"), malformed.err());
    assertEquals(1, okr("validate", "okr-examples/src/main/resources/examples/invalid-structure.json").code());
    Run missing = okr("score", "no-such.json");
    assertEquals(2, missing.code());
    assertEquals("okr score: no-such.json: no such file", missing.err().strip());
    assertEquals(2, okr().code());
    assertEquals(0, okr("--version").code());
  }

  @Test
  void theJarCarriesEverythingReportGenerateAndTourNeed() throws Exception {
    Path html = dir.resolve("report.html");
    assertEquals(0, okr("report", "okr-examples/src/main/resources/examples/acme-q4.json", "--html", html.toString()).code());
    assertTrue(Files.readString(html).contains("<svg class=\"chart\""));
    Run g = okr("generate", "-n", "5", "-s", "1");
    assertEquals(0, g.code(), g.err());
    assertTrue(g.out().startsWith("{"), g.out());
    assertEquals(0, okr("tour", "--lesson", "1").code());
  }

  @Test
  void outputToAFullDiskIsAnErrorNotASilentSuccess() throws Exception {
    java.io.File full = new java.io.File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            jar().toString(),
            "generate",
            "-n",
            "200");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(full).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "okr.jar did not finish");
    String e = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(2, p.exitValue(), e);
    assertEquals("okr generate: cannot write to standard output: No space left on device", e.strip());
  }

  @Test
  void aLargeGeneratedOrganisationNeedsNoLargeHeap() throws Exception {
    // 20,000 objectives make an 80 MB document; it is streamed, never held as one string
    // (as one string it needed more than 320 MB of heap; streamed, about 160 MB)
    Path big = dir.resolve("big.json");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx192m",
            "-jar",
            jar().toString(),
            "generate",
            "-n",
            "20000",
            "-d",
            "4",
            "-o",
            big.toString());
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "okr.jar did not finish");
    String e = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), e);
    assertTrue(e.startsWith("wrote " + big + ": 20000 objectives, "), e);
    assertTrue(Files.size(big) > 50_000_000L, "size " + Files.size(big));
    Files.delete(big);
  }

  @Test
  void userLintRulesOnTheClassPathRunBesideTheJar() throws Exception {
    // as docs/validation.md tells users: java -cp okr.jar:myrules.jar org.okrkit.examples.cli.Main lint …
    // the test classes stand in for myrules.jar (they hold TestLintRules and its services file)
    Path doc = dir.resolve("okrs.json");
    Files.writeString(
        doc,
        Files.readString(Path.of("src/main/resources/examples/activity-fixed.json"), StandardCharsets.UTF_8)
            .replace("Increase qualified leads from 120 to 180 a month", "Increase synergy leads from 120 to 180 a month"),
        StandardCharsets.UTF_8);
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            jar() + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath(),
            "org.okrkit.examples.cli.Main",
            "lint",
            doc.toString(),
            "--json");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "okr did not finish");
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), json);
    assertTrue(json.replace(" ", "").contains("\"rule\":\"kr-mentions-synergy\""), json);
  }
}
