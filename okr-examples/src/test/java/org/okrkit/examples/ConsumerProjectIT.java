package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OKR Kit as a consumer project uses it: the two library artifacts just built are installed into
 * a throwaway local repository, and the small application in {@code src/it/consumer} is built
 * against them by Maven and run twice, once on the class path and once on the module path
 * ({@code requires org.okrkit.core; requires org.okrkit.json;}). Everything else the consumer
 * needs (Jackson, Maven's plugins) comes from the build's own local repository as a read-only
 * tail, so the nested build runs offline: the consumer pins the plugin versions this build uses.
 */
class ConsumerProjectIT {
  private static final Path WORK = Path.of("target", "consumer-it").toAbsolutePath();
  private static final String VERSION = property("okr.version");
  // the score and each key result's score, current value, check-in, derivation and explanation,
  // through the user's mapper
  private static final List<String> EXPECTED_PARTS =
      List.of(
          "{\"objective\":\"cs\",\"score\":0.375,\"keyResults\":[{\"id\":\"cs-1\",\"kind\":\"metric\","
              + "\"asOf\":\"2026-11-20\",\"score\":0.5,\"current\":4.45,\"checkInDate\":\"2026-11-15\","
              + "\"clamped\":false,\"derivation\":{\"model\":\"ratio\",\"current\":4.45,"
              + "\"baseline\":4.1,\"target\":4.8,\"raw\":0.5,",
          "\"explanation\":\"(4.45 − 4.1) / (4.8 − 4.1) = 0.50,",
          "{\"id\":\"cs-2\",\"kind\":\"metric\",\"asOf\":\"2026-11-20\",\"score\":0.25,\"current\":4.5,",
          "\"document\":{\"okr\":\"1.0\",\"cycles\":[{\"id\":\"2026-Q4\",\"start\":\"2026-10-01\","
              + "\"end\":\"2026-12-31\"}],\"objectives\":[{\"id\":\"cs\",");

  private static void assertResponse(String first, String out) {
    List<String> lines = out.lines().toList();
    assertEquals(2, lines.size(), out);
    assertEquals(first, lines.get(0));
    int at = 0;
    for (String part : EXPECTED_PARTS) {
      int found = lines.get(1).indexOf(part, at);
      assertTrue(found >= at, "'" + part + "' in " + lines.get(1));
      at = found + part.length();
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("failsafe sets the system property " + name);
    }
    return value;
  }

  private record Run(int code, String out) {}

  @BeforeAll
  static void installTheLibraryAndBuildTheConsumer() throws Exception {
    deleteTree(WORK);
    Path repo = WORK.resolve("repo");
    install(repo, "okr-parent", Path.of(property("okr.parent.pom")));
    install(repo, "okr-core", Path.of("../okr-core/pom.xml"), Path.of(property("okr.core.jar")));
    install(repo, "okr-json", Path.of("../okr-json/pom.xml"), Path.of(property("okr.json.jar")));

    Path project = WORK.resolve("project");
    copyTree(Path.of("src", "it", "consumer"), project);
    // one source for both builds: the module-path build adds only its module-info.java
    Path source = Path.of("com", "example", "okrs", "ScoreReport.java");
    Path modular = project.resolve("modulepath/src/main/java").resolve(source);
    Files.createDirectories(modular.getParent());
    Files.copy(project.resolve("classpath/src/main/java").resolve(source), modular);

    List<String> mvn = new ArrayList<>();
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    mvn.add(Path.of(property("maven.home"), "bin", windows ? "mvn.cmd" : "mvn").toString());
    mvn.addAll(List.of("-B", "-q", "-f", project.resolve("pom.xml").toString()));
    // offline always: the consumer pins the plugin versions this build has already resolved
    mvn.add("-o");
    mvn.add("-Dmaven.repo.local=" + repo);
    mvn.add("-Dmaven.repo.local.tail=" + property("okr.local.repository"));
    mvn.add("-Dokr.version=" + VERSION);
    mvn.add("-DskipTests");
    mvn.add("package");
    Run build = run(mvn, 600);
    assertEquals(0, build.code(), "the consumer project builds against the installed artifacts:\n"
        + build.out());
    for (String artifact : List.of("okr-core", "okr-json")) {
      Path used = project.resolve("classpath/target/lib/" + artifact + "-" + VERSION + ".jar");
      Path installed = repo.resolve("org/okrkit/" + artifact + "/" + VERSION + "/" + used.getFileName());
      assertEquals(-1L, Files.mismatch(used, installed), "the consumer uses the artifact just built");
    }
  }

  /** Lays out one artifact the way {@code mvn install} does: group/artifact/version/file. */
  private static void install(Path repo, String artifactId, Path pom, Path... jar)
      throws IOException {
    assertTrue(Files.isRegularFile(pom), "built POM " + pom);
    Path dir = repo.resolve(Path.of("org", "okrkit", artifactId, VERSION));
    Files.createDirectories(dir);
    Files.copy(pom, dir.resolve(artifactId + "-" + VERSION + ".pom"));
    for (Path file : jar) {
      assertTrue(Files.isRegularFile(file) && file.toString().endsWith(".jar"),
          "the packaged jar " + file + " (run the reactor's verify, not this module alone)");
      Files.copy(file, dir.resolve(artifactId + "-" + VERSION + ".jar"));
    }
  }

  @Test
  void onTheClassPathTheConsumerScoresAndSerialisesThroughItsOwnMapper() throws Exception {
    Path app = WORK.resolve("project/classpath/target");
    String cp = app.resolve("consumer-classpath.jar") + java.io.File.pathSeparator
        + app.resolve("lib") + java.io.File.separator + "*";
    Run r = run(List.of(java(), "-cp", cp, "com.example.okrs.ScoreReport"), 60);
    assertEquals(0, r.code(), r.out());
    assertResponse("class path", r.out());
  }

  @Test
  void onTheModulePathTheConsumerRequiresBothModulesByName() throws Exception {
    Path app = WORK.resolve("project/modulepath/target");
    String mp = app.resolve("consumer-modulepath.jar") + java.io.File.pathSeparator + app.resolve("lib");
    Run r = run(List.of(java(), "-p", mp, "-m", "com.example.okrs/com.example.okrs.ScoreReport"), 60);
    assertEquals(0, r.code(), r.out());
    assertResponse("module path: org.okrkit.core, com.fasterxml.jackson.databind", r.out());
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Run run(List<String> command, int timeoutSeconds)
      throws IOException, InterruptedException {
    Files.createDirectories(WORK);
    Path out = Files.createTempFile(WORK, "out", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = builder.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("did not finish in " + timeoutSeconds + " s: " + command);
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(f);
      }
    }
  }
}
