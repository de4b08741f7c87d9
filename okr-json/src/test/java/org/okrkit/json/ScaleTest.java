package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.model.OkrSet;

/**
 * A large document (key results with 12 check-ins each) reads and writes by streaming, with the
 * heap it keeps bounded by a small multiple of the document's size. The build runs 20,000 key
 * results; {@code -Dokr.scale.keyResults=1000000} measures the million by hand.
 */
class ScaleTest {
  private static final int KEY_RESULTS = Integer.getInteger("okr.scale.keyResults", 20_000);
  private static final int PER_OBJECTIVE = 5;

  /** The document in the writer's compact form, streamed to a file, never held in memory. */
  static long writeDocument(Path file, int keyResults) throws IOException {
    LocalDate start = LocalDate.of(2026, 10, 5);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"okr\":\"1.0\",\"cycles\":[{\"id\":\"q\",\"start\":\"2026-10-01\","
          + "\"end\":\"2026-12-31\"}],\"objectives\":[");
      for (int o = 0; o * PER_OBJECTIVE < keyResults; o++) {
        w.write(o == 0 ? "" : ",");
        w.write("{\"id\":\"o-" + o + "\",\"title\":\"Objective " + o + "\",\"cycle\":\"q\","
            + "\"keyResults\":[");
        for (int k = 0; k < PER_OBJECTIVE && o * PER_OBJECTIVE + k < keyResults; k++) {
          int n = o * PER_OBJECTIVE + k;
          w.write(k == 0 ? "" : ",");
          w.write("{\"id\":\"kr-" + n + "\",\"title\":\"Key result " + n + "\",\"baseline\":"
              + (n % 7) + ".5,\"target\":100,\"checkIns\":[");
          for (int c = 0; c < 12; c++) {
            w.write(c == 0 ? "" : ",");
            w.write("{\"date\":\"" + start.plusWeeks(c) + "\",\"value\":"
                + (c * 8 + n % 5) + "." + (n % 10) + ",\"confidence\":0." + (c % 9 + 1) + "}");
          }
          w.write("]}");
        }
        w.write("]}");
      }
      w.write("]}");
    }
    return Files.size(file);
  }

  private static long heapUsedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void largeDocumentStreamsWithHeapBoundedBySmallMultipleOfItsSize(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("large.okr.json");
    long size = writeDocument(file, KEY_RESULTS);
    OkrJson json =
        OkrJson.defaults()
            .withStyle(OkrJson.Style.COMPACT)
            .withLimits(
                OkrJsonLimits.defaults()
                    .withMaxDocumentBytes(Long.MAX_VALUE)
                    .withMaxObjectives(Integer.MAX_VALUE)
                    .withMaxKeyResults(Integer.MAX_VALUE)
                    .withMaxCheckIns(Long.MAX_VALUE));

    long before = heapUsedAfterGc();
    long t0 = System.nanoTime();
    OkrSet set = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> json.read(file));
    long readNanos = System.nanoTime() - t0;
    long retained = heapUsedAfterGc() - before;
    assertEquals(KEY_RESULTS, set.keyResultCount());

    // writing streams too, and gives back the very same bytes
    MessageDigest written = sha256();
    long t1 = System.nanoTime();
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), written)) {
      json.write(set, out);
    }
    long writeNanos = System.nanoTime() - t1;
    MessageDigest original = sha256();
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), original)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    assertArrayEquals(original.digest(), written.digest());

    double ratio = (double) retained / size;
    String report = String.format(Locale.ROOT,
        "%d key results, document %.1f MB, read %.2f s, write %.2f s, retained heap %.1f MB"
            + " (%.2f x document)",
        KEY_RESULTS, size / 1e6, readNanos / 1e9, writeNanos / 1e9, retained / 1e6, ratio);
    System.err.println("[okr-json scale] " + report);
    assertTrue(ratio < 6, report);
    set.objectives(); // keep the set reachable until after the measurement
  }
}
