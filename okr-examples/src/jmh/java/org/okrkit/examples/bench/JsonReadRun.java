package org.okrkit.examples.bench;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.okrkit.json.OkrJson;
import org.okrkit.model.OkrSet;

/**
 * The fastest of repeated reads: {@code OkrJson.read(InputStream)} of a generated organisation
 * and {@link JsonReadBenchmark}'s raw token loop of the same bytes, alternating in one JVM so
 * that a change of load on a shared machine hits both alike. The first third of the rounds is
 * warm-up; of the rest the fastest wall time and the least thread CPU time of each are kept (the
 * thread CPU time leaves out the time the thread waits for a core, which is what a loaded machine
 * adds), with the bytes the main thread allocated per key result.
 *
 * <p>Single shots, not a benchmark. Run with {@code java -Xmx4g -cp …
 * org.okrkit.examples.bench.JsonReadRun 100000 [rounds]}.
 */
public final class JsonReadRun {
  private JsonReadRun() {}

  /**
   * Reads an organisation of {@code args[0]} key results {@code args[1]} times (default 12) each
   * way and prints the fastest times and their ratio.
   *
   * @param args the size in key results, then optionally the number of rounds
   * @throws IOException never: the document is in memory
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int size = Integer.parseInt(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    OkrSet set = Workloads.organisation(size);
    int krs = Workloads.keyResults(set);
    byte[] document = OkrJson.defaults().write(set).getBytes(StandardCharsets.UTF_8);
    OkrJson okrJson = OkrJson.defaults().withLimits(Workloads.limitsFor(document.length));
    JsonFactory factory = new JsonFactory();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean allocation = (com.sun.management.ThreadMXBean) threads;
    long self = Thread.currentThread().getId();
    long[] bestWall = {Long.MAX_VALUE, Long.MAX_VALUE};
    long[] bestCpu = {Long.MAX_VALUE, Long.MAX_VALUE};
    long[] bytes = new long[2];
    long sink = 0;
    int warmUp = rounds / 3;
    for (int round = 0; round < rounds; round++) {
      for (int which = 0; which < 2; which++) {
        System.gc();
        long a0 = allocation.getThreadAllocatedBytes(self);
        long c0 = threads.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        sink += which == 0 ? read(okrJson, document) : tokenLoop(factory, document);
        long wall = System.nanoTime() - w0;
        long cpu = threads.getCurrentThreadCpuTime() - c0;
        long allocated = allocation.getThreadAllocatedBytes(self) - a0;
        if (round >= warmUp) {
          bestWall[which] = Math.min(bestWall[which], wall);
          bestCpu[which] = Math.min(bestCpu[which], cpu);
          bytes[which] = allocated;
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "%d key results, %d bytes, %d rounds (%d warm-up): library %.1f ms wall / %.1f ms CPU,"
            + " token loop %.1f / %.1f ms; ratio %.2fx wall, %.2fx CPU; %d / %d B per KR (%d)%n",
        krs,
        document.length,
        rounds,
        warmUp,
        bestWall[0] / 1e6,
        bestCpu[0] / 1e6,
        bestWall[1] / 1e6,
        bestCpu[1] / 1e6,
        (double) bestWall[0] / bestWall[1],
        (double) bestCpu[0] / bestCpu[1],
        bytes[0] / krs,
        bytes[1] / krs,
        sink % 10);
  }

  private static long read(OkrJson okrJson, byte[] document) throws IOException {
    return okrJson.read(new ByteArrayInputStream(document)).objectives().size();
  }

  /** The token loop of {@link JsonReadBenchmark#tokenLoop()}. */
  private static long tokenLoop(JsonFactory factory, byte[] document) {
    try {
      return JsonReadBenchmark.tokenLoop(factory, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
