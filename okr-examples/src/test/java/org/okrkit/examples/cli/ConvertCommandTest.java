package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;

class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void jsonToMarkdownAndBackGivesTheSameSet() throws Exception {
    Path md = dir.resolve("acme.md");
    CliRun.Result toMd = okr("convert", example("acme-q4.json"), "--to", "md", "-o", md.toString());
    assertEquals(0, toMd.code(), toMd.toString());
    String outline = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(outline.startsWith("# Q4 2026 (2026-10-01 – 2026-12-31)"), outline);
    assertTrue(outline.contains("## Make our robots boringly reliable"), outline);

    CliRun.Result back = okr("convert", md.toString(), "--to", "json");
    assertEquals(0, back.code(), back.toString());
    OkrSet original = OkrJson.defaults().read(Path.of(example("acme-q4.json")));
    assertEquals(original, OkrJson.defaults().read(back.out()));
  }

  @Test
  void aKeyResultTitleWithAnEightyKilobyteCommaRunConvertsInLinearTime() {
    // issue 11 item 6: the tokenizer's thousands-separator pattern made this take ~29 s
    String doc = "src/test/resources/org/okrkit/examples/cli/repro/F-json-title-commas-80k.json";
    CliRun.Result r =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(10), () -> okr("convert", doc, "--to", "md"));
    assertTrue(r.code() <= 1, r.toString().substring(0, Math.min(300, r.toString().length())));
    assertTrue(r.out().contains("Increase NPS from 1,000,000"), r.err());
  }

  @Test
  void jsonToJsonIsTheCanonicalForm() throws Exception {
    CliRun.Result r = okr("convert", example("activity-fixed.json"), "--to", "json");
    assertEquals(0, r.code(), r.toString());
    OkrSet set = OkrJson.defaults().read(r.out());
    String canonical = OkrJson.defaults().writePretty(set);
    assertEquals(canonical.endsWith("\n") ? canonical : canonical + "\n", r.out());
  }

  @Test
  void aBrokenOutlineIsExit2WithFileLineAndColumn() throws Exception {
    Path md = dir.resolve("broken.md");
    Files.writeString(md, "# Q4 2026 (2026-10-01 – 2026-12-31)\n- a key result before any objective\n", StandardCharsets.UTF_8);
    CliRun.Result r = okr("convert", md.toString(), "--to", "json");
    assertEquals(2, r.code(), r.toString());
    assertEquals(1, r.err().lines().count(), r.toString());
    assertTrue(r.err().startsWith("okr convert: " + md + ":2:"), r.toString());
  }

  @Test
  void anUnknownFormatIsExit2() {
    CliRun.Result r = okr("convert", example("acme-q4.json"), "--to", "yaml");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("yaml"), r.toString());
    assertTrue(r.err().contains("json, md"), r.toString());
  }

  @Test
  void anUnwritableOutputIsExit2NamingTheFileAndWhy() {
    Path out = dir.resolve("no/such/folder/acme.md");
    CliRun.Result r = okr("convert", example("acme-q4.json"), "--to", "md", "-o", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr convert: " + out + ": cannot write: no such file or folder", r.err().strip());
  }

  @Test
  void anOutlineThatIsNotUtf8IsExit2NamingTheFile() throws Exception {
    Path md = dir.resolve("latin1.md");
    Files.write(md, new byte[] {'#', ' ', (byte) 0xE9, (byte) 0xFF, '\n'});
    CliRun.Result r = okr("convert", md.toString(), "--to", "json");
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr convert: " + md + ": cannot read: not UTF-8 text", r.err().strip());
  }

  @Test
  void scoreLintAndValidateReadAMarkdownOutlineAsTheSameDocument() throws Exception {
    Path md = dir.resolve("acme.md");
    assertEquals(0, okr("convert", example("acme-q4.json"), "--to", "md", "-o", md.toString()).code());
    for (String command : new String[] {"score", "lint", "validate"}) {
      boolean dated = !command.equals("validate");
      CliRun.Result fromJson =
          dated
              ? okr(command, example("acme-q4.json"), "--as-of", "2026-11-20")
              : okr(command, example("acme-q4.json"));
      CliRun.Result fromMd =
          dated ? okr(command, md.toString(), "--as-of", "2026-11-20") : okr(command, md.toString());
      assertEquals(fromJson.code(), fromMd.code(), command + ": " + fromMd);
      assertEquals(
          fromJson.out().replace(example("acme-q4.json"), "FILE"),
          fromMd.out().replace(md.toString(), "FILE"),
          command);
    }
  }
}
