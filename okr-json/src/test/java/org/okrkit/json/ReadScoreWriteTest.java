package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;
import org.okrkit.scoring.Scorer;

/** The ten lines of {@code docs/json-format.md}: read a document, score its objectives, write it back. */
class ReadScoreWriteTest {

  @Test
  void readmeExampleReadsScoresAndWrites(@TempDir Path dir) throws IOException {
    Path okrs = dir.resolve("okrs.json");
    Files.copy(OkrJsonReadingTest.EXAMPLES.resolve("customer-success.okr.json"), okrs);
    List<String> lines = new ArrayList<>();

    // README snippet (System.out.println replaced by lines::add)
    OkrJson json = OkrJson.defaults();
    OkrSet set = json.read(okrs);
    LocalDate asOf = LocalDate.of(2026, 11, 20);
    Scorer scorer = Scorer.defaults();
    for (Objective objective : set.objectives()) {
      lines.add(objective.id() + ": " + scorer.score(objective, asOf).explanation());
    }
    json.write(set, dir.resolve("okrs.canonical.json"));

    assertEquals(1, lines.size());
    assertTrue(lines.get(0).startsWith("cs: ("), lines.get(0));
    assertEquals(set, json.read(dir.resolve("okrs.canonical.json")));
  }
}
