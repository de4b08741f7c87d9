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
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The parser and the activity check measured on key results real organisations published
 * ({@code corpus/real-tuning.tsv}, tuned on, and {@code corpus/real-heldout.tsv}, never looked
 * at while tuning): a regression guard that fails when a figure falls below what was reached.
 * Only aggregate figures are printed for the held-out part, never its sentences.
 */
class RealCorpusEvaluationTest {

  /** One annotated key result. */
  record Row(
      String sentence, String kind, String direction, String baseline, String target,
      String activity) {}

  /** The figures of one part of the corpus. */
  record Figures(int n, int exact, int wrongAtHigh, int high, int tp, int fp, int fn) {
    double exactShare() {
      return n == 0 ? 0 : exact / (double) n;
    }

    double precision() {
      return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    String summary(String name) {
      return String.format(Locale.ROOT,
          "%s: %d key results, exact %d (%.1f%%), wrong at high confidence %d,"
              + " read at high confidence %d (%.1f%%),"
              + " activity precision %.3f recall %.3f (tp %d fp %d fn %d)",
          name, n, exact, exactShare() * 100, wrongAtHigh, high,
          n == 0 ? 0 : high * 100.0 / n, precision(), recall(), tp, fp, fn);
    }
  }

  // what was reached (2026-12-01, issue 14 fourth pass, after the stricter confidence audit
  // and 70 new tuning rows from six new sources: tuning 344/365 exact, 0 wrong at high,
  // activity 0.982 / 0.917); raise these when the parser improves, never lower them to pass.
  // The tuning precision is below the third pass's 0.983 because the part grew: one new row
  // ("Deliver calibrated confidence scores … correct ≥95% of the time", a result) is flagged.
  // Held-out: 150/184 exact, 4 wrong at high, activity 0.982 / 0.738, measured once after the
  // last tuning change of the fourth pass.
  // Then 7 rows from one more source (a city council's OKRs) were added after the parser was
  // frozen and the held-out part measured: read untuned, 4 exact, none at high confidence, so the
  // tuning figures are 348/372 exact, activity unchanged.
  // Fifth pass (2026-12-01): 77 rows from seven new sources (four public libraries' plans, the
  // Australian DTA's milestones, a vendor's and a company's published key results) read first
  // untuned: 64/77 exact, 3 wrong at high, activity recall 0.793. After the pass's rules the
  // tuning part (449 rows) reads 424 exact (94.4%), 0 wrong at high, activity 0.986 (280/284) / 0.933.
  // Then 29 rows from five more sources (two universities' plans, a city's progress indicators,
  // two published example sets) read untuned: 22/29 exact, 1 wrong at high, activity 0.786 /
  // 0.846; after the pass's last rules the tuning part (478 rows) reads 452 exact (94.6%), 0
  // wrong at high, activity 0.987 (293/297) / 0.936 (293/313).
  // Sixth pass (2026-12-01): 155 rows from five sources of product and engineering teams (VA.gov
  // and the VA's Office of the CTO, a CMS contractor team, Meilisearch DevRel, a reliability
  // vendor's examples, Status) read first untuned: 121/155 exact (78.1%), 3 wrong at high,
  // activity 0.932 / 0.829. After the pass's first rules the tuning part (633 rows) reads 599
  // exact (94.6%), 0 wrong at high, activity 0.987 (370/375) / 0.937 (370/395).
  // Then 34 rows from two more sources (two DAOs' published OKRs) read with the pass's rules so
  // far: 30/34 exact, 0 wrong at high, activity 0.900 / 0.857; after the pass's last rules the
  // tuning part (667 rows) reads 634 exact (95.1%), 0 wrong at high, activity 0.988 (395/400) /
  // 0.950 (395/416).
  // Seventh pass (2026-12-02): 66 rows from six new sources (the Mozilla Foundation's yearly
  // OKRs 2017-2022, its Participation and Reps teams' quarterly OKRs, a research data team's
  // plan for 2024) read first untuned: 56/66 exact (84.8%), 0 wrong at high, activity 0.867 /
  // 0.867. After the pass's first rules the tuning part (733 rows) reads 699 exact (95.4%), 0
  // wrong at high, activity 0.988 (426/431) / 0.955 (426/446).
  // Then 33 rows from three more pages of the Mozilla Reps program (2017-2019) read with the
  // pass's rules so far: 31/33 exact (93.9%), 0 wrong at high, activity 0.857 / 0.923; after the
  // pass's last rules the tuning part (766 rows) reads 734 exact (95.8%), 0 wrong at high,
  // activity 0.989 (439/444) / 0.956 (439/459).
  static final double TUNING_EXACT = 0.958;
  static final int TUNING_WRONG_AT_HIGH = 0;
  static final double TUNING_PRECISION = 0.988;
  static final double TUNING_RECALL = 0.956;
  // Held-out after the fifth pass (measured once, after its last tuning change): 150/184 exact
  // (unchanged), 3 wrong at high (was 4), activity 0.982 (111/113) / 0.745 (111/149).
  // Held-out after the sixth pass (measured once, after its last tuning change): 152/184 exact
  // (was 150), 2 wrong at high (was 3), activity 0.982 (112/114) / 0.752 (112/149).
  // Held-out after the seventh pass (measured once, after its last tuning change): 153/184
  // exact (was 152), 2 wrong at high (unchanged), activity 0.982 (112/114) / 0.752 (112/149),
  // both unchanged.
  static final double HELDOUT_EXACT = 0.831;
  static final int HELDOUT_WRONG_AT_HIGH = 2;
  static final double HELDOUT_PRECISION = 0.982;
  static final double HELDOUT_RECALL = 0.751;

  static Optional<List<Row>> rows(String name) throws IOException {
    InputStream in = RealCorpusEvaluationTest.class.getResourceAsStream("corpus/" + name);
    if (in == null) {
      return Optional.empty();
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#") || (lineNo == 1 && line.startsWith("sentence\t"))) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertTrue(f.length >= 8, name + ":" + lineNo + ": expected 9 tab-separated columns, got " + f.length);
        rows.add(new Row(f[0], f[1].strip(), f[2].strip(), f[3].strip(), f[4].strip(), f[7].strip()));
      }
    }
    return Optional.of(rows);
  }

  private static boolean same(String label, Optional<BigDecimal> value) {
    if (label.equals("-") || label.isEmpty() || label.equalsIgnoreCase("null")) {
      return value.isEmpty();
    }
    try {
      return value.isPresent() && value.get().compareTo(new BigDecimal(label)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  static boolean exact(Row row, KeyResultReading r) {
    if (row.kind().equals("none")) {
      // neither a quantity nor a deliverable: right when the reader says it could not tell
      // (low confidence) and invents no number
      return r.confidence() == ReadingConfidence.LOW && r.baseline().isEmpty()
          && r.target().isEmpty();
    }
    String kind = r.kind().name().toLowerCase(Locale.ROOT);
    String dir = r.direction().map(Direction::jsonName).orElse("-");
    String wantDir = row.direction().isEmpty() || row.direction().equalsIgnoreCase("null")
        ? "-" : row.direction().toLowerCase(Locale.ROOT);
    return kind.equals(row.kind().toLowerCase(Locale.ROOT))
        && dir.equals(wantDir)
        && same(row.baseline(), r.baseline())
        && same(row.target(), r.target());
  }

  static boolean isActivityLabel(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    return l.equals("yes") || l.equals("y") || l.equals("true") || l.equals("1") || l.equals("a")
        || l.equals("activity");
  }

  static Figures measure(List<Row> rows, List<String> misses) {
    int exact = 0;
    int wrongHigh = 0;
    int high = 0;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Row row : rows) {
      KeyResultReading r = KeyResultParser.parse(row.sentence());
      boolean ok = exact(row, r);
      if (r.confidence() == ReadingConfidence.HIGH) {
        high++;
      }
      if (ok) {
        exact++;
      } else {
        if (r.confidence() == ReadingConfidence.HIGH) {
          wrongHigh++;
        }
        misses.add((r.confidence() == ReadingConfidence.HIGH ? "HIGH " : "     ") + row.sentence()
            + "\n      expected " + row.kind() + " " + row.direction() + " " + row.baseline()
            + " -> " + row.target() + "\n      got      " + r);
      }
      boolean want = isActivityLabel(row.activity());
      boolean got = ActivityDetector.defaults().isActivity(row.sentence());
      if (want && got) {
        tp++;
      } else if (got) {
        fp++;
        misses.add("ACTIVITY false positive: " + row.sentence());
      } else if (want) {
        fn++;
        misses.add("ACTIVITY false negative: " + row.sentence());
      }
    }
    return new Figures(rows.size(), exact, wrongHigh, high, tp, fp, fn);
  }

  @Test
  void tuningPartStaysAtWhatWasReached() throws IOException {
    Optional<List<Row>> rows = rows("real-tuning.tsv");
    Assumptions.assumeTrue(rows.isPresent(), "the real-text corpus has not landed yet");
    List<String> misses = new ArrayList<>();
    Figures f = measure(rows.get(), misses);
    System.out.println(f.summary("real-tuning"));
    if (Boolean.getBoolean("okr.corpus.misses")) {
      misses.forEach(m -> System.out.println("  " + m));
    }
    assertTrue(f.n() > 0);
    assertTrue(f.exactShare() >= TUNING_EXACT, f.summary("real-tuning"));
    assertTrue(f.wrongAtHigh() <= TUNING_WRONG_AT_HIGH, f.summary("real-tuning"));
    assertTrue(f.precision() >= TUNING_PRECISION, f.summary("real-tuning"));
    assertTrue(f.recall() >= TUNING_RECALL, f.summary("real-tuning"));
  }

  /** Aggregates only: the held-out sentences are never printed, so nobody tunes on them. */
  @Test
  void heldOutPartStaysAtWhatWasReached() throws IOException {
    Optional<List<Row>> rows = rows("real-heldout.tsv");
    Assumptions.assumeTrue(rows.isPresent(), "the held-out part has not landed yet");
    Figures f = measure(rows.get(), new ArrayList<>());
    System.out.println(f.summary("real-heldout"));
    assertTrue(f.n() > 0);
    assertTrue(f.exactShare() >= HELDOUT_EXACT, f.summary("real-heldout"));
    assertTrue(f.wrongAtHigh() <= HELDOUT_WRONG_AT_HIGH, f.summary("real-heldout"));
    assertTrue(f.precision() >= HELDOUT_PRECISION, f.summary("real-heldout"));
    assertTrue(f.recall() >= HELDOUT_RECALL, f.summary("real-heldout"));
  }

  @Test
  void exactMeansKindDirectionBaselineAndTarget() {
    Row row = new Row("Increase NPS from 30 to 45", "metric", "increase", "30", "45", "no");
    assertTrue(exact(row, KeyResultParser.parse(row.sentence())));
    Row wrong = new Row("Increase NPS from 30 to 45", "metric", "increase", "30", "40", "no");
    assertEquals(false, exact(wrong, KeyResultParser.parse(wrong.sentence())));
  }
}
