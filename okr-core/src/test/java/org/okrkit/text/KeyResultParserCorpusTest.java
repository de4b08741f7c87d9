package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser measured on a labelled set of real-world key-result phrasings
 * ({@code key-result-sentences.tsv}): at least 90% fully right (kind, direction, baseline and
 * target), and never a wrong number with high confidence.
 */
class KeyResultParserCorpusTest {

  record Labelled(
      String sentence,
      String kind,
      String direction,
      String baseline,
      String target,
      String unit) {}

  private static final List<Labelled> CORPUS = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
            Objects.requireNonNull(
                KeyResultParserCorpusTest.class.getResourceAsStream("key-result-sentences.tsv"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(6, f.length, "six tab-separated columns: " + line);
        CORPUS.add(new Labelled(f[0], f[1], f[2], f[3], f[4], f[5]));
      }
    }
  }

  private static String kind(KeyResultReading r) {
    return r.kind().name().toLowerCase(Locale.ROOT);
  }

  private static boolean same(String label, Optional<BigDecimal> value) {
    if (label.equals("-")) {
      return value.isEmpty();
    }
    return value.isPresent() && value.get().compareTo(new BigDecimal(label)) == 0;
  }

  private static boolean wrongNumber(String label, Optional<BigDecimal> value) {
    return value.isPresent() && !same(label, value);
  }

  private static boolean fullyRight(Labelled l, KeyResultReading r) {
    return kind(r).equals(l.kind())
        && r.direction().map(Direction::jsonName).orElse("-").equals(l.direction())
        && same(l.baseline(), r.baseline())
        && same(l.target(), r.target());
  }

  @Test
  void corpusHasAtLeast150Sentences() {
    assertTrue(CORPUS.size() >= 150, "corpus size " + CORPUS.size());
  }

  @Test
  void atLeastNinetyPercentOfSentencesAreReadFullyRight() {
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (Labelled l : CORPUS) {
      KeyResultReading r = KeyResultParser.parse(l.sentence());
      if (fullyRight(l, r)) {
        right++;
      } else {
        wrong.add(l.sentence() + "\n    expected " + l + "\n    got      " + r);
      }
    }
    double share = (double) right / CORPUS.size();
    System.out.printf(
        Locale.ROOT, "key-result corpus: %d/%d fully right (%.1f%%)%n", right, CORPUS.size(),
        share * 100);
    wrong.forEach(w -> System.out.println("  MISS " + w));
    assertTrue(share >= 0.90, "fully right: " + right + "/" + CORPUS.size());
  }

  @Test
  void noWrongNumberIsReturnedWithHighConfidence() {
    List<String> bad = new ArrayList<>();
    for (Labelled l : CORPUS) {
      KeyResultReading r = KeyResultParser.parse(l.sentence());
      boolean wrong = wrongNumber(l.baseline(), r.baseline()) || wrongNumber(l.target(), r.target());
      if (wrong && r.confidence() == ReadingConfidence.HIGH) {
        bad.add(l.sentence() + " -> " + r);
      }
    }
    bad.forEach(b -> System.out.println("  HIGH-CONFIDENCE WRONG " + b));
    assertTrue(bad.isEmpty(), "high-confidence wrong numbers: " + bad);
  }

  @Test
  void unitsAreReadForMostSentences() {
    int checked = 0;
    int right = 0;
    List<String> wrong = new ArrayList<>();
    for (Labelled l : CORPUS) {
      if (l.unit().equals("*")) {
        continue;
      }
      checked++;
      KeyResultReading r = KeyResultParser.parse(l.sentence());
      if (r.unit().orElse("-").equals(l.unit())) {
        right++;
      } else {
        wrong.add(l.sentence() + " unit " + r.unit().orElse("-") + " expected " + l.unit());
      }
    }
    System.out.printf(Locale.ROOT, "key-result corpus units: %d/%d right%n", right, checked);
    wrong.forEach(w -> System.out.println("  UNIT " + w));
    assertTrue(right >= checked * 0.85, "units right: " + right + "/" + checked);
  }
}
