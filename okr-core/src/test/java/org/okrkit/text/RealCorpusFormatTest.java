package org.okrkit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape of the real-text corpus ({@code corpus/real-tuning.tsv} and {@code
 * corpus/real-heldout.tsv}): nine tab-separated columns, labels from the reading conventions,
 * numbers that parse exactly, labels that agree with one another, no sentence twice, no sentence
 * from a source reserved for independent measurement, and each source on one side of the split.
 * It deliberately never runs the parser: the corpus is measured elsewhere, and a format test that
 * looked at readings would invite fitting the labels to the parser.
 */
class RealCorpusFormatTest {

  /** Rows the two parts hold at least: the issue's 400, about 60% of them for tuning. */
  private static final int MIN_TOTAL = 400;

  private static final int MIN_TUNING = 240;
  private static final int MIN_HELDOUT = 160;

  /**
   * Sites and repositories kept for independent evaluation (KR-READING-CONVENTIONS.md, "Sources
   * reserved"); matched case-insensitively anywhere in the source column, so mirrors and copies
   * that name them are caught too.
   */
  static final List<String> RESERVED =
      List.of(
          "gitlab", // GitLab's handbook (handbook.gitlab.com, about.gitlab.com) and its mirrors
          "sourcegraph",
          "ipfs",
          "libp2p",
          "ipld",
          "rework.withgoogle.com",
          "whatmatters.com",
          "profit.co",
          "15five.com",
          "okr-framework.com",
          "humanresourcestoday.com",
          "scaledbydesign.com",
          "scriptonia.dev",
          "beaulebens.com",
          "uxcel.com",
          "thesispartners.ru",
          "scribd.com",
          "okrconsortium.com",
          "getpractic.com",
          "falkster.com",
          "eolais.cloud",
          "coderssecret.com",
          "bridgingproducts.com",
          "allankelly.net",
          "teamapt.atlassian.net",
          "peoplebeam.com",
          "myfinanceprocess.com",
          "learnanything.pro",
          "hatchmarketingplans.com",
          "fluidic.agency",
          "edworking.com",
          "bestpmjobs.com",
          "besthub.dev",
          "aivy.app",
          "slideshare.net",
          "pulse-okr.com",
          "okrasia.com",
          "okiar.app",
          "martinbetz.eu",
          "copilot.cx",
          "goodreads.com",
          "digitalapplied.com",
          "dhirubhai.net",
          "postach.io",
          "refactoring.fm",
          "casts.io",
          "redrob.io",
          "hyring.com",
          "businessclockwise.com");

  private static final Set<String> KINDS = Set.of("metric", "threshold", "milestone", "none");
  private static final Set<String> ACTIVITY = Set.of("yes", "no");
  private static final Pattern RELATIVE =
      Pattern.compile("([+-])(\\d+(?:\\.\\d+)?)(%?)|x(\\d+(?:\\.\\d+)?)");
  private static final Pattern GITHUB =
      Pattern.compile("https?://(?:www\\.)?github\\.com/([^/\\s]+)");
  private static final Pattern HOST = Pattern.compile("https?://(?:www\\.)?([^/\\s]+)");

  record Row(String part, int line, List<String> f) {
    String where() {
      return "real-" + part + ".tsv line " + line;
    }

    String sentence() {
      return f.get(0);
    }

    String kind() {
      return f.get(1);
    }

    String direction() {
      return f.get(2);
    }

    String baseline() {
      return f.get(3);
    }

    String target() {
      return f.get(4);
    }

    String unit() {
      return f.get(5);
    }

    String relative() {
      return f.get(6);
    }

    String activity() {
      return f.get(7);
    }

    String source() {
      return f.get(8);
    }
  }

  private static final List<Row> TUNING = new ArrayList<>();
  private static final List<Row> HELDOUT = new ArrayList<>();
  private static final List<String> SHAPE_ERRORS = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    read("tuning", TUNING);
    read("heldout", HELDOUT);
  }

  private static void read(String part, List<Row> into) throws IOException {
    String name = "corpus/real-" + part + ".tsv";
    try (InputStream in = RealCorpusFormatTest.class.getResourceAsStream(name)) {
      if (in == null) {
        fail("missing test resource org/okrkit/text/" + name);
        return;
      }
      // a strict decoder: a stray Latin-1 byte is a format error, not a silently replaced character
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(
                  in,
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPORT)
                      .onUnmappableCharacter(CodingErrorAction.REPORT)));
      String text;
      int number = 0;
      try {
        while ((text = reader.readLine()) != null) {
          number++;
          if (text.startsWith("#")) {
            continue;
          }
          if (text.isEmpty()) {
            SHAPE_ERRORS.add("real-" + part + ".tsv line " + number + ": empty line");
            continue;
          }
          String[] f = text.split("\t", -1);
          if (f.length != 9) {
            SHAPE_ERRORS.add(
                "real-" + part + ".tsv line " + number + ": expected 9 tab-separated columns, got "
                    + f.length);
            continue;
          }
          into.add(new Row(part, number, List.of(f)));
        }
      } catch (CharacterCodingException e) {
        fail("real-" + part + ".tsv is not valid UTF-8 after line " + number);
      }
    }
  }

  private static List<Row> all() {
    List<Row> rows = new ArrayList<>(TUNING);
    rows.addAll(HELDOUT);
    return rows;
  }

  private static void report(List<String> errors) {
    if (!errors.isEmpty()) {
      fail(errors.size() + " problem(s):\n" + String.join("\n", errors));
    }
  }

  @Test
  void everyRowHasNineTabSeparatedColumns() {
    report(SHAPE_ERRORS);
  }

  @Test
  void corpusIsLargeEnoughOnBothSidesOfTheSplit() {
    int total = TUNING.size() + HELDOUT.size();
    assertTrue(total >= MIN_TOTAL, "rows in total: " + total + ", expected at least " + MIN_TOTAL);
    assertTrue(TUNING.size() >= MIN_TUNING, "tuning rows: " + TUNING.size());
    assertTrue(HELDOUT.size() >= MIN_HELDOUT, "held-out rows: " + HELDOUT.size());
  }

  @Test
  void sentencesAreNonBlankAndTrimmed() {
    List<String> errors = new ArrayList<>();
    for (Row r : all()) {
      String s = r.sentence();
      if (s.isBlank() || !s.equals(s.strip())) {
        errors.add(r.where() + ": sentence blank or not trimmed: '" + s + "'");
      }
    }
    report(errors);
  }

  @Test
  void labelsComeFromTheConventionsVocabulary() {
    List<String> errors = new ArrayList<>();
    for (Row r : all()) {
      if (!KINDS.contains(r.kind())) {
        errors.add(
            r.where() + ": kind must be one of " + new TreeSet<>(KINDS) + ", was '" + r.kind()
                + "'");
      }
      if (!ACTIVITY.contains(r.activity())) {
        errors.add(r.where() + ": activity must be yes or no, was '" + r.activity() + "'");
      }
      Set<String> directions =
          switch (r.kind()) {
            case "metric" -> Set.of("increase", "decrease");
            case "threshold" -> Set.of("at_least", "at_most");
            default -> Set.of("-");
          };
      if (!directions.contains(r.direction())) {
        errors.add(
            r.where() + ": a " + r.kind() + " takes direction " + new TreeSet<>(directions)
                + ", was '" + r.direction() + "'");
      }
      if (r.unit().isBlank() || !r.unit().equals(r.unit().strip())) {
        errors.add(r.where() + ": unit must be a word or '-', was '" + r.unit() + "'");
      }
    }
    report(errors);
  }

  @Test
  void numbersParseAsExactDecimals() {
    List<String> errors = new ArrayList<>();
    for (Row r : all()) {
      for (String[] field : new String[][] {{"baseline", r.baseline()}, {"target", r.target()}}) {
        if (!field[1].equals("-") && decimal(field[1]).isEmpty()) {
          errors.add(
              r.where() + ": " + field[0] + " must be a plain decimal or '-', was '" + field[1]
                  + "'");
        }
      }
      if (!r.relative().equals("-") && !RELATIVE.matcher(r.relative()).matches()) {
        errors.add(
            r.where() + ": relative must look like +20%, -15%, +500 or x2, was '" + r.relative()
                + "'");
      }
    }
    report(errors);
  }

  @Test
  void milestonesAndUnreadSentencesCarryNoNumbers() {
    List<String> errors = new ArrayList<>();
    for (Row r : all()) {
      if ((r.kind().equals("milestone") || r.kind().equals("none"))
          && !(r.baseline().equals("-") && r.target().equals("-") && r.unit().equals("-")
              && r.relative().equals("-"))) {
        errors.add(r.where() + ": a " + r.kind() + " has no baseline, target, unit or relative");
      }
      if (r.kind().equals("threshold")
          && (!r.baseline().equals("-") || !r.relative().equals("-"))) {
        errors.add(r.where() + ": a threshold is a bound, it has no baseline or relative change");
      }
    }
    report(errors);
  }

  @Test
  void directionAgreesWithTheNumbers() {
    List<String> errors = new ArrayList<>();
    for (Row r : all()) {
      if (!r.kind().equals("metric")) {
        continue;
      }
      boolean up = r.direction().equals("increase");
      Optional<BigDecimal> baseline = decimal(r.baseline());
      Optional<BigDecimal> target = decimal(r.target());
      if (baseline.isPresent() && target.isPresent()) {
        int change = target.get().compareTo(baseline.get());
        if (change != 0 && (change > 0) != up) {
          errors.add(r.where() + ": " + r.direction() + " from " + baseline.get() + " to "
              + target.get());
        }
      }
      Matcher m = RELATIVE.matcher(r.relative());
      if (!r.relative().equals("-") && m.matches()) {
        boolean grows =
            m.group(1) != null
                ? m.group(1).equals("+")
                : new BigDecimal(m.group(4)).compareTo(BigDecimal.ONE) > 0;
        if (grows != up) {
          errors.add(
              r.where() + ": relative " + r.relative() + " contradicts direction "
                  + r.direction());
        }
      }
    }
    report(errors);
  }

  @Test
  void noSentenceAppearsTwice() {
    Map<String, String> seen = new HashMap<>();
    List<String> errors = new ArrayList<>();
    for (Row r : all()) {
      String key = r.sentence().toLowerCase(Locale.ROOT);
      String first = seen.putIfAbsent(key, r.where());
      if (first != null) {
        errors.add(r.where() + ": same sentence as " + first + ": '" + r.sentence() + "'");
      }
    }
    report(errors);
  }

  @Test
  void noSourceIsReservedForIndependentEvaluation() {
    List<String> errors = new ArrayList<>();
    for (Row r : all()) {
      String source = r.source().toLowerCase(Locale.ROOT);
      if (source.isBlank() || source.equals("-")) {
        errors.add(r.where() + ": every sentence needs its source");
      }
      for (String reserved : RESERVED) {
        if (source.contains(reserved)) {
          errors.add(r.where() + ": source '" + r.source() + "' is reserved (" + reserved + ")");
        }
      }
    }
    report(errors);
  }

  @Test
  void eachSourceLiesOnOneSideOfTheSplit() {
    Set<String> tuning = new HashSet<>();
    for (Row r : TUNING) {
      tuning.add(sourceKey(r.source()));
    }
    Set<String> shared = new TreeSet<>();
    for (Row r : HELDOUT) {
      if (tuning.contains(sourceKey(r.source()))) {
        shared.add(sourceKey(r.source()));
      }
    }
    assertEquals(Set.of(), shared, "sources split across tuning and held-out");
  }

  @Test
  void sourceKeyGroupsARepositoryOwnerOrASite() {
    assertEquals(
        "github.com/src-d", sourceKey("https://github.com/src-d/okrs/blob/master/2018-Q2.md (x)"));
    assertEquals("example.org", sourceKey("https://www.example.org/okrs/2024"));
    assertEquals("A Book, p. 12", sourceKey("A Book, p. 12 (example library)"));
  }

  /**
   * The unit of the split: a GitHub owner (an organisation's repositories go together), a site's
   * host, or a citation without URL up to its parenthesised note.
   */
  static String sourceKey(String source) {
    Matcher github = GITHUB.matcher(source);
    if (github.lookingAt()) {
      return "github.com/" + github.group(1).toLowerCase(Locale.ROOT);
    }
    Matcher host = HOST.matcher(source);
    if (host.lookingAt()) {
      return host.group(1).toLowerCase(Locale.ROOT);
    }
    int note = source.indexOf(" (");
    return note < 0 ? source : source.substring(0, note);
  }

  private static Optional<BigDecimal> decimal(String text) {
    if (!text.matches("-?\\d+(\\.\\d+)?")) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }
}
