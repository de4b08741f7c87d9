package org.okrkit.examples.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Headless Chromium driven from the command line (no CDP, no driver): {@code --dump-dom} gives
 * the DOM after load, {@code --enable-logging=stderr} the console messages, {@code --screenshot}
 * a PNG. Each run uses a fresh profile directory and no network features.
 */
final class Chromium {
  /** The browser binary: $CHROMIUM, else Debian's /usr/bin/chromium. */
  static Path binary() {
    String env = System.getenv("CHROMIUM");
    return Path.of(env != null && !env.isBlank() ? env : "/usr/bin/chromium");
  }

  /**
   * Skips the calling test when there is no browser, unless running in CI ({@code CI=true}),
   * where a missing browser must fail the build instead.
   */
  static void assumeAvailable() {
    boolean present = Files.isExecutable(binary());
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(
          "CI=true but no Chromium at " + binary() + ": .ci/run installs Debian's chromium package");
    }
    assumeTrue(present, "no Chromium at " + binary() + " (set CHROMIUM or install chromium)");
  }

  /** What one browser run produced. */
  record Result(int exitCode, String stdout, String stderr) {
    /** The console messages Chromium logged (JavaScript errors, SVG attribute errors...). */
    List<String> consoleMessages() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE")).collect(Collectors.toList());
    }
  }

  private Chromium() {}

  /** Loads {@code page} and returns the serialised DOM after load. */
  static Result dumpDom(Path page, Path work) throws IOException, InterruptedException {
    return run(work, "--dump-dom", page.toUri().toString());
  }

  /** Loads {@code page} and saves a PNG of a {@code width}×{@code height} window to {@code png}. */
  static Result screenshot(Path page, Path png, int width, int height, Path work)
      throws IOException, InterruptedException {
    return run(
        work,
        "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height,
        "--hide-scrollbars",
        page.toUri().toString());
  }

  private static Result run(Path work, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    List<String> cmd = new ArrayList<>();
    cmd.add(binary().toString());
    Stream.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--enable-logging=stderr",
            "--v=0",
            "--user-data-dir=" + profile.toAbsolutePath())
        .forEach(cmd::add);
    cmd.addAll(List.of(args));
    Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
    Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish within 90 s: " + cmd);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
