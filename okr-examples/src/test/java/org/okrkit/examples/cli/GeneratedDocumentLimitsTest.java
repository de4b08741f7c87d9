package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.examples.generate.OrganisationGenerator;
import org.okrkit.json.OkrJson;
import org.okrkit.json.OkrJsonLimits;
import org.okrkit.model.DocumentLimits;
import org.okrkit.model.OkrSet;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command reads what {@code okr generate} writes, with the default limits, up to 100,000 key
 * results: every command that reads a document starts from the library's limits, and those fit. Writing and reading a 100,000-key-result document (about 120 MB) would cost minutes
 * on the shared build machines, so this measures a smaller document's bytes, objectives and
 * check-ins per key result and checks the defaults against them scaled to 100,000.
 */
class GeneratedDocumentLimitsTest {
  private static final int KEY_RESULTS = 100_000;
  private static final int SAMPLE_OBJECTIVES = 1_000;
  /**
   * Ids grow with the organisation: at 100,000 key results serials have five digits, not four,
   * and each objective's id is written about five times (its id, its children's parent, its key
   * results' ids), under 2 bytes per key result; 16 is a generous allowance.
   */
  private static final int ID_GROWTH_BYTES_PER_KEY_RESULT = 16;

  @ParameterizedTest(name = "depth {0}")
  @ValueSource(ints = {3, 4})
  void aGeneratedDocumentOf100000KeyResultsFitsTheDefaultLimits(int depth) throws Exception {
    // 13 weeks is every week of the quarter: the most check-ins, so the largest document
    OkrSet sample = OrganisationGenerator.of(SAMPLE_OBJECTIVES, depth, 1).withWeeks(13).generate();
    String json = Documents.toJson(sample);
    OkrSet read = OkrJson.defaults().read(json);
    assertEquals(sample, read, "the sample itself reads back with the defaults");

    long keyResults = sample.keyResultCount();
    long checkIns =
        sample.objectives().stream()
            .flatMap(o -> o.keyResults().stream())
            .mapToLong(kr -> kr.checkIns().size())
            .sum();
    double bytesPerKeyResult =
        (double) json.getBytes(StandardCharsets.UTF_8).length / keyResults
            + ID_GROWTH_BYTES_PER_KEY_RESULT;
    double objectivesPerKeyResult = (double) sample.objectives().size() / keyResults;
    double checkInsPerKeyResult = (double) checkIns / keyResults;

    OkrJsonLimits limits = OkrJsonLimits.defaults();
    double bytes = bytesPerKeyResult * KEY_RESULTS;
    assertTrue(
        bytes <= limits.maxDocumentBytes(),
        String.format(
            "100,000 key results at %.0f bytes each are %.0f bytes, over the default limit of %d",
            bytesPerKeyResult, bytes, limits.maxDocumentBytes()));
    assertTrue(KEY_RESULTS <= limits.maxKeyResults());
    assertTrue(objectivesPerKeyResult * KEY_RESULTS <= limits.maxObjectives());
    assertTrue(checkInsPerKeyResult * KEY_RESULTS <= limits.maxCheckIns());
    // and the old 64 MiB default really was too small: this test pins the reason for the change
    assertTrue(bytes > 64L * 1024 * 1024, String.format("%.0f bytes", bytes));
  }

  @Test
  void everyCommandThatReadsADocumentDefaultsToTheLibrarysLimits() {
    CommandLine okr =
        Okr.commandLine(
            java.time.Clock.systemUTC(),
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()));
    DocumentLimits defaults = DocumentLimits.defaults();
    Map<String, Object> expected =
        Map.of(
            "--max-bytes", defaults.maxDocumentBytes(),
            "--max-cycles", defaults.maxCycles(),
            "--max-objectives", defaults.maxObjectives(),
            "--max-key-results", defaults.maxKeyResults(),
            "--max-check-ins", defaults.maxCheckIns());
    List<String> readers = new ArrayList<>();
    for (Map.Entry<String, CommandLine> sub : okr.getSubcommands().entrySet()) {
      CommandSpec spec = sub.getValue().getCommandSpec();
      if (!(spec.userObject() instanceof DocumentCommand)) {
        continue;
      }
      readers.add(sub.getKey());
      for (Map.Entry<String, Object> limit : expected.entrySet()) {
        OptionSpec option = spec.findOption(limit.getKey());
        assertNotNull(option, sub.getKey() + " takes " + limit.getKey());
        assertEquals(limit.getValue(), option.initialValue(), sub.getKey() + " " + limit.getKey());
      }
    }
    // every command that reads a document, the lifecycle ones included
    assertTrue(
        readers.containsAll(
            List.of("validate", "lint", "score", "report", "convert", "close", "carry", "review")),
        readers.toString());
    // and the JSON reader's defaults are the same limits
    assertEquals(OkrJsonLimits.of(defaults), OkrJsonLimits.defaults());
  }
}
