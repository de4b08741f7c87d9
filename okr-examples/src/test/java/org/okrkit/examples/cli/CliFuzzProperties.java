package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.okrkit.json.OkrCsv;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonException;
import org.okrkit.model.OkrSet;
import org.okrkit.text.OkrOutline;
import org.okrkit.text.OutlineException;

/**
 * The CLI fuzzer (issue 11): the bundled example documents, as JSON and as outlines, mutated
 * (type swaps, truncations, duplicated lines, odd characters, CRLF, a byte order mark) and run
 * in-process through every document command. Every run exits 0, 1 or 2, never with a stack
 * trace or an "unexpected error", with one line per problem; every document that reads converts
 * JSON → outline → JSON without loss. 1,000 tries.
 */
class CliFuzzProperties {
  private static final List<String> EXAMPLES =
      List.of("acme-q4.json", "customer-success.json", "invalid-structure.json",
          "activity-trap.json", "productivity.json", "cascade-q4.json", "year-2026.json");
  private static final Path DIR = tempDir();
  private static final List<Seed> SEEDS = seeds();

  /** A document as text, and whether it is an outline. */
  record Seed(String text, boolean outline) {}

  private static final List<String> ODD =
      List.of("{", "}", "\"", "\\", "(", ")", "#", "- ", "[", "]", ",", ":", "\t", "\r\n",
          "\uFEFF", "\\ud800", "😀", "\u202e", "\u0000", "0", "-", "e9", "null", "NaN", "é");

  private static final List<String> SWAPS =
      List.of("\"x\"", "1e400", "-1", "true", "null", "[]", "{}", "\"2026-02-30\"", "high",
          "0.0000001", "\"\"");

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("okr-cli-fuzz");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Seed> seeds() {
    List<Seed> seeds = new ArrayList<>();
    try {
      for (String e : EXAMPLES) {
        String json = Files.readString(CliRun.EXAMPLES.resolve(e));
        seeds.add(new Seed(json, false));
        CliRun.Result md = CliRun.okr("convert", CliRun.example(e), "--to", "md");
        if (md.code() == 0) {
          seeds.add(new Seed(md.out(), true));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(seeds);
  }

  @AfterContainer
  static void removeFiles() throws IOException {
    try (var files = Files.list(DIR)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(DIR);
  }

  @Provide
  Arbitrary<Seed> documents() {
    return Arbitraries.of(SEEDS);
  }

  @Provide
  Arbitrary<List<String>> commands() {
    return Arbitraries.of(
        List.of("validate"), List.of("lint"), List.of("lint", "--json"), List.of("score"),
        List.of("score", "--json", "--as-of", "2026-11-20"), List.of("report", "--html", "R"),
        List.of("convert", "--to", "md"), List.of("convert", "--to", "json"),
        List.of("validate", "--lenient"));
  }

  static String mutate(String text, Random r) {
    String s = text;
    int steps = 1 + r.nextInt(3);
    for (int k = 0; k < steps; k++) {
      int at = s.isEmpty() ? 0 : r.nextInt(s.length());
      String[] lines = s.split("\n", -1);
      int line = r.nextInt(lines.length);
      switch (r.nextInt(7)) {
        case 0 -> s = s.substring(0, at) + ODD.get(r.nextInt(ODD.size())) + s.substring(at);
        case 1 -> s = s.substring(0, at);
        case 2 -> {
          List<String> l = new ArrayList<>(List.of(lines));
          l.add(line, lines[line]);
          s = String.join("\n", l);
        }
        case 3 -> s = s.replace("\n", "\r\n");
        case 4 -> s = "\uFEFF" + s;
        case 5 -> s = s.replaceFirst(
            r.nextBoolean() ? "(?<=: )-?\\d+(\\.\\d+)?" : "(?<=: )\"[^\"]*\"",
            java.util.regex.Matcher.quoteReplacement(SWAPS.get(r.nextInt(SWAPS.size()))));
        default -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(20)));
      }
    }
    return s;
  }

  @Property(tries = 1000)
  void everyCommandOnAMutatedDocumentExitsCleanlyWithOneLinePerProblem(
      @ForAll("documents") Seed seed, @ForAll("commands") List<String> command, @ForAll long r)
      throws IOException {
    String text = mutate(seed.text(), new Random(r));
    Path file = DIR.resolve("doc-" + Long.toHexString(r) + (seed.outline() ? ".md" : ".json"));
    // a lone surrogate cannot be encoded: it reaches the file as '?', the escape "\\ud800" as is
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    try {
      List<String> args = new ArrayList<>();
      args.add(command.get(0));
      args.add(file.toString());
      for (String a : command.subList(1, command.size())) {
        args.add(a.equals("R") ? DIR.resolve("r-" + Long.toHexString(r) + ".html").toString() : a);
      }
      CliRun.Result run = CliRun.okr(args.toArray(String[]::new));
      assertTrue(run.code() >= 0 && run.code() <= 2, run.toString());
      assertFalse(run.err().contains("unexpected error"), run.toString());
      assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.toString());
      for (String l : run.err().lines().toList()) {
        assertTrue(l.startsWith("okr ") || l.startsWith(file.toString()), l + "\n" + run);
      }
      if (run.code() == 2) {
        assertTrue(!run.err().isBlank(), run.toString());
      } else {
        roundTrips(text, seed.outline());
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(DIR.resolve("r-" + Long.toHexString(r) + ".html"));
    }
  }

  /**
   * A document that reads converts JSON → outline → JSON and back without loss, and through the
   * spreadsheets too whenever they can hold all of it (no {@link OkrCsv#losses} to report).
   */
  private static void roundTrips(String text, boolean outline) throws IOException {
    OkrSet set;
    try {
      set = outline
          ? OkrOutline.read(text, org.okrkit.text.OutlineOptions.defaults().withLenientReadings(true)).set()
          : OkrJson.defaults().read(text);
    } catch (OkrJsonException | OutlineException e) {
      return;
    }
    String md = OkrOutline.write(set);
    OkrSet fromMd = OkrOutline.read(md);
    assertEquals(set, fromMd, md);
    assertEquals(set, OkrJson.defaults().read(OkrJson.defaults().write(fromMd)));
    OkrCsv csv = OkrCsv.defaults();
    if (csv.losses(set, true).isEmpty()) {
      String sheet = csv.writeKeyResults(set, true);
      String checkIns = csv.writeCheckIns(set);
      assertEquals(set, csv.read(sheet, checkIns), sheet + "\n" + checkIns);
    }
  }
}
