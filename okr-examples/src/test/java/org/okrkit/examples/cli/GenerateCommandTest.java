package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.examples.generate.OrganisationGenerator;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void theSameSeedPrintsTheSameDocumentAndItReadsBack() throws Exception {
    CliRun.Result a = okr("generate", "--objectives", "25", "--depth", "3", "--seed", "7");
    CliRun.Result b = okr("generate", "--objectives", "25", "--depth", "3", "--seed", "7");
    CliRun.Result c = okr("generate", "--objectives", "25", "--depth", "3", "--seed", "8");
    assertEquals(0, a.code(), a.toString());
    assertEquals(a.out(), b.out());
    assertNotEquals(a.out(), c.out());
    OkrSet set = OkrJson.defaults().read(a.out());
    assertEquals(25, set.objectives().size());
  }

  @Test
  void aGeneratedDocumentIsValidAndScores() throws Exception {
    Path file = dir.resolve("org.json");
    CliRun.Result g = okr("generate", "-n", "40", "-d", "4", "-s", "3", "-o", file.toString());
    assertEquals(0, g.code(), g.toString());
    assertTrue(g.err().startsWith("wrote " + file + ": 40 objectives, "), g.toString());
    assertTrue(Files.size(file) > 10_000);
    CliRun.Result v = okr("validate", file.toString());
    assertEquals(0, v.code(), v.toString());
    CliRun.Result s = okr("score", file.toString(), "--as-of", "2026-11-20");
    assertEquals(0, s.code(), s.toString());
  }

  @Test
  void theDocumentIsStreamedWithTheBytesOfTheCanonicalPrettyForm() throws Exception {
    CliRun.Result a = okr("generate", "-n", "30", "-d", "4", "-s", "5");
    assertEquals(0, a.code(), a.toString());
    OkrSet set = OrganisationGenerator.of(30, 4, 5).generate();
    assertEquals(Documents.toJson(set), a.out());
    Path file = dir.resolve("org.json");
    Files.writeString(file, "an older document that is replaced");
    assertEquals(0, okr("generate", "-n", "30", "-d", "4", "-s", "5", "-o", file.toString()).code());
    assertEquals(a.out(), Files.readString(file));
    assertEquals(0, okr("convert", file.toString(), "--to", "json").code());
    assertEquals(a.out(), okr("convert", file.toString(), "--to", "json").out());
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aFolderAsOutputIsExit2() {
    CliRun.Result r = okr("generate", "-n", "3", "-o", dir.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr generate: " + dir + ": cannot write: is a directory", r.err().strip());
  }

  @Test
  void nonsenseSizesAreExit2() {
    CliRun.Result zero = okr("generate", "--objectives", "0");
    assertEquals(2, zero.code(), zero.toString());
    assertEquals("okr generate: generator: objectives must be within 1..5000000, was 0", zero.err().strip());
    CliRun.Result text = okr("generate", "--depth", "deep");
    assertEquals(2, text.code(), text.toString());
    assertEquals(1, text.err().lines().count());
  }

  @Test
  void anUnwritableOutputIsExit2NamingTheFileAndWhy() {
    Path out = dir.resolve("no/such/folder/big.json");
    CliRun.Result r = okr("generate", "-n", "5", "-d", "2", "-s", "1", "-o", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr generate: " + out + ": cannot write: no such file or folder", r.err().strip());
  }
}
