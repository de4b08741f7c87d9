package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.model.Cycle;
import org.okrkit.model.KeyResult;
import org.okrkit.model.Objective;
import org.okrkit.model.OkrSet;

/** The file-system suite of the one writer: full disk, links, read-only targets, long names. */
class AtomicFileTest {
  @TempDir Path dir;

  private static final OkrJson JSON = OkrJson.defaults();

  private static OkrSet bigSet() {
    Objective.Builder o = Objective.builder().id("o").title("Grow").cycle("2026-Q4");
    for (int i = 0; i < 200; i++) {
      o.addKeyResults(KeyResult.milestone("kr-" + i, "Ship feature number " + i));
    }
    return OkrSet.of(List.of(Cycle.quarter(2026, 4)), List.of(o.build()));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aFullDiskLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("okrs.json");
    Files.writeString(file, "old content");
    FullDiskFileSystem disk = new FullDiskFileSystem(1000);
    Path onFullDisk = disk.wrap(file);
    IOException e = assertThrows(IOException.class, () -> JSON.write(bigSet(), onFullDisk));
    assertTrue(String.valueOf(e.getMessage()).contains("No space left on device"), e.getMessage());
    assertEquals("old content", Files.readString(file));
    assertEquals(List.of("okrs.json"), names());
  }

  @Test
  void aFailingContentLeavesTheOldFileAsItWas() throws IOException {
    Path file = dir.resolve("report.html");
    Files.writeString(file, "old");
    assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
      out.write(new byte[100_000]);
      throw new IOException("boom");
    }));
    assertEquals("old", Files.readString(file));
    assertEquals(List.of("report.html"), names());
  }

  @Test
  void writingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
    JSON.write(bigSet(), link);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(bigSet(), JSON.read(real));
  }

  @Test
  void aChainOfLinksAndADanglingLinkCreateTheFileAtTheEnd() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path last = Files.createSymbolicLink(sub.resolve("last.json"), Path.of("made.json"));
    Path first = Files.createSymbolicLink(dir.resolve("first.json"), last);
    JSON.write(bigSet(), first);
    assertTrue(Files.isSymbolicLink(first) && Files.isSymbolicLink(last));
    assertEquals(bigSet(), JSON.read(sub.resolve("made.json")));
  }

  @Test
  void aLoopOfLinksIsAClearError() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    FileSystemException e = assertThrows(FileSystemException.class, () -> JSON.write(bigSet(), a));
    assertEquals("too many levels of symbolic links", e.getReason());
  }

  @Test
  void theReplacedFileKeepsItsPermissions() throws IOException {
    Path file = dir.resolve("shared.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    JSON.write(bigSet(), file);
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aReadOnlyTargetIsRefusedAndLeftAsItWas() throws IOException {
    Path file = dir.resolve("frozen.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    FileSystemException e =
        assertThrows(FileSystemException.class, () -> JSON.write(bigSet(), file));
    assertEquals("the file is read-only", e.getReason());
    assertEquals("old", Files.readString(file));
  }

  @Test
  void aNameOf250CharactersIsWritten() throws IOException {
    Path file = dir.resolve("o".repeat(245) + ".json");
    JSON.write(bigSet(), file);
    assertEquals(bigSet(), JSON.read(file));
    assertEquals(List.of(file.getFileName().toString()), names());
  }

  @Test
  void theRootOrADirectoryIsAClearErrorNotANullPointer() {
    FileSystemException root =
        assertThrows(FileSystemException.class, () -> JSON.write(bigSet(), Path.of("/")));
    assertEquals("is a directory", root.getReason());
    FileSystemException folder =
        assertThrows(FileSystemException.class, () -> JSON.write(bigSet(), dir));
    assertEquals("is a directory", folder.getReason());
  }

  @Test
  void aDeviceIsWrittenToDirectly() throws IOException {
    Path devNull = Path.of("/dev/null");
    AtomicFile.write(devNull, out -> out.write("x".getBytes(StandardCharsets.UTF_8)));
    assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
  }
}
