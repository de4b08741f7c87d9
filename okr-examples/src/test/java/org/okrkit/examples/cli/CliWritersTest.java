package org.okrkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.examples.cli.CliRun.example;
import static org.okrkit.examples.cli.CliRun.okr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.json.FullDiskFileSystem;

/**
 * The file-system suite of every file the {@code okr} command writes ({@code report --html},
 * {@code convert -o}, {@code generate -o}): full disk, symbolic links, read-only targets, long
 * names, writing onto the input.
 */
class CliWritersTest {
  @TempDir Path dir;

  private Path copyOfExample() throws IOException {
    Path doc = dir.resolve("okrs.json");
    Files.copy(Path.of(example("acme-q4.json")), doc);
    return doc;
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFullDiskLeavesTheOldOutlineOrReportAsItWas() throws IOException {
    Path md = dir.resolve("okrs.md");
    Files.writeString(md, "old outline");
    Path onFullDisk = new FullDiskFileSystem(100).wrap(md);
    CliException e =
        assertThrows(CliException.class, () -> Documents.writeText(onFullDisk, "x".repeat(200_000)));
    assertEquals(md + ": cannot write: No space left on device", e.getMessage());
    assertEquals("old outline", Files.readString(md));
    assertEquals(List.of("okrs.md"), names());
  }

  @Test
  void aFullDeviceIsOneLineAndExit2() {
    CliRun.Result r = okr("report", example("acme-q4.json"), "--html", "/dev/full");
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr report: /dev/full: cannot write: No space left on device", r.err().strip());
  }

  @Test
  void reportAndConvertRefuseToWriteOverTheInputDocument() throws IOException {
    Path doc = copyOfExample();
    String before = Files.readString(doc);
    Path link = Files.createSymbolicLink(dir.resolve("alias.json"), doc);
    for (String[] args :
        List.of(
            new String[] {"report", doc.toString(), "--html", doc.toString()},
            new String[] {"convert", doc.toString(), "--to", "md", "-o", doc.toString()},
            new String[] {"convert", doc.toString(), "--to", "json", "-o", link.toString()})) {
      CliRun.Result r = okr(args);
      assertEquals(2, r.code(), r.toString());
      assertEquals(1, r.err().lines().count(), r.toString());
      assertTrue(r.err().contains("is the input document") && r.err().contains("--force"), r.toString());
      assertEquals(before, Files.readString(doc));
    }
  }

  @Test
  void forceOverwritesTheInputDocument() throws IOException {
    Path doc = copyOfExample();
    CliRun.Result r = okr("convert", doc.toString(), "--to", "md", "-o", doc.toString(), "--force");
    assertEquals(0, r.code(), r.toString());
    assertTrue(Files.readString(doc).startsWith("# Q4 2026"), Files.readString(doc));
  }

  @Test
  void everyWriterFollowsASymbolicLinkAndKeepsIt() throws IOException {
    Path real = dir.resolve("real.out");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.out"), Path.of("real.out"));
    List<String[]> runs =
        List.of(
            new String[] {"report", example("acme-q4.json"), "--html", link.toString()},
            new String[] {"convert", example("acme-q4.json"), "--to", "md", "-o", link.toString()},
            new String[] {"convert", example("acme-q4.json"), "--to", "json", "-o", link.toString()},
            new String[] {"generate", "-n", "3", "-o", link.toString()});
    List<String> starts = List.of("<!DOCTYPE html>", "# Q4 2026", "{", "{");
    for (int i = 0; i < runs.size(); i++) {
      Files.writeString(real, "old");
      CliRun.Result r = okr(runs.get(i));
      assertEquals(0, r.code(), r.toString());
      assertTrue(Files.isSymbolicLink(link), String.join(" ", runs.get(i)));
      assertTrue(Files.readString(real).startsWith(starts.get(i)), String.join(" ", runs.get(i)));
    }
  }

  @Test
  void aReadOnlyTargetIsRefusedAndLeftAsItWas() throws IOException {
    Path frozen = dir.resolve("frozen.md");
    Files.writeString(frozen, "old");
    Files.setPosixFilePermissions(frozen, PosixFilePermissions.fromString("r--r--r--"));
    CliRun.Result r = okr("convert", example("acme-q4.json"), "--to", "md", "-o", frozen.toString());
    assertEquals(2, r.code(), r.toString());
    assertEquals("okr convert: " + frozen + ": cannot write: the file is read-only", r.err().strip());
    assertEquals("old", Files.readString(frozen));
  }

  @Test
  void aLongFileNameIsWrittenByEveryWriter() throws IOException {
    Path html = dir.resolve("r".repeat(245) + ".html");
    Path json = dir.resolve("j".repeat(245) + ".json");
    assertEquals(0, okr("report", example("acme-q4.json"), "--html", html.toString()).code());
    assertEquals(0, okr("generate", "-n", "2", "-o", json.toString()).code());
    assertTrue(Files.size(html) > 0 && Files.size(json) > 0);
    assertEquals(List.of(json.getFileName().toString(), html.getFileName().toString()), names());
  }

  @Test
  void anEmptyFileNameIsAUsageErrorSayingSo() {
    CliRun.Result r = okr("report", example("acme-q4.json"), "--html", "");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("expected a file name, got an empty one"), r.toString());
  }
}
