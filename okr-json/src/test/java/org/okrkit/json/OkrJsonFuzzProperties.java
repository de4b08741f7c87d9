package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.json.OkrJsonException.Problem;
import org.okrkit.model.OkrSet;

/**
 * Mutated valid documents (byte flips, truncations, field swaps, type swaps): reading either
 * gives a set that round-trips, or fails with the documented exception and nothing else — no
 * NullPointerException, no stack overflow, no other I/O exception. 10,500 tries in all.
 */
class OkrJsonFuzzProperties {
  private static final OkrJson JSON = OkrJson.defaults();
  private static final List<String> SEEDS = seeds();
  private static final Pattern FIELD = Pattern.compile("\"([A-Za-z-]+)\"\\s*:");
  private static final Pattern SCALAR =
      Pattern.compile(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null)");
  private static final List<String> REPLACEMENTS =
      List.of(
          "\"x\"", "\"\"", "\" \"", "0", "-1", "1.5", "1e999999", "true", "null", "{}", "[]",
          "{\"value\":\"x\"}", "{\"atLeast\":1,\"atMost\":2}", "[1,[2]]", "\"2026-13-01\"",
          "\"2026-02-28\"", "\"team\"", "\"METRIC\"", "{\"date\":\"2026-01-01\",\"done\":1}");
  private static final List<String> FIELD_NAMES =
      List.of(
          "okr", "cycles", "objectives", "id", "title", "cycle", "start", "end", "keyResults",
          "checkIns", "kind", "target", "baseline", "value", "done", "date", "atLeast", "weight",
          "confidence", "x-a", "tagret");

  private static List<String> seeds() {
    List<String> seeds = new ArrayList<>();
    try {
      for (String example :
          List.of("customer-success.okr.json", "company-tree.okr.json", "messy.okr.json")) {
        seeds.add(OkrJsonReadingTest.example(example));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Random r = new Random(42);
    while (seeds.size() < 12) {
      OkrSet set = OkrSets.set(r);
      seeds.add(seeds.size() % 2 == 0 ? JSON.writeCompact(set) : JSON.write(set));
    }
    return List.copyOf(seeds);
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.of(SEEDS);
  }

  /** Reads the bytes; only a set or the documented exception may come out. */
  static void readsOrFailsAsDocumented(byte[] document) {
    OkrSet set;
    try {
      set = JSON.read(new ByteArrayInputStream(document));
    } catch (OkrJsonException e) {
      assertFalse(e.problems().isEmpty());
      for (Problem p : e.problems()) {
        assertTrue(p.pointer().isEmpty() || p.pointer().startsWith("/"), p.pointer());
        assertFalse(p.message().isBlank());
      }
      assertTrue(e.getMessage().length() < 20_000);
      return;
    } catch (IOException e) {
      throw new AssertionError("undocumented exception " + e, e);
    }
    // whatever reads, writes and reads back unchanged
    try {
      assertEquals(set, JSON.read(JSON.write(set)));
    } catch (OkrJsonException e) {
      fail("a set that was read does not read back: " + e.getMessage());
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Property(tries = 3000)
  void byteFlips(@ForAll("documents") String document, @ForAll long seed) {
    Random r = new Random(seed);
    byte[] b = bytes(document);
    int flips = 1 + r.nextInt(4);
    for (int i = 0; i < flips; i++) {
      int at = r.nextInt(b.length);
      b[at] = r.nextBoolean() ? (byte) r.nextInt(256) : (byte) (b[at] ^ (1 << r.nextInt(8)));
    }
    readsOrFailsAsDocumented(b);
  }

  @Property(tries = 2500)
  void truncations(@ForAll("documents") String document, @ForAll long seed) {
    byte[] b = bytes(document);
    int keep = new Random(seed).nextInt(b.length);
    byte[] cut = new byte[keep];
    System.arraycopy(b, 0, cut, 0, keep);
    readsOrFailsAsDocumented(cut);
  }

  @Property(tries = 2500)
  void fieldSwaps(@ForAll("documents") String document, @ForAll long seed) {
    Random r = new Random(seed);
    List<int[]> names = new ArrayList<>();
    Matcher m = FIELD.matcher(document);
    while (m.find()) {
      names.add(new int[] {m.start(1), m.end(1)});
    }
    int[] a = names.get(r.nextInt(names.size()));
    String swapped;
    if (r.nextBoolean()) {
      int[] c = names.get(r.nextInt(names.size()));
      int[] first = a[0] < c[0] ? a : c;
      int[] second = a[0] < c[0] ? c : a;
      swapped =
          first == second
              ? document
              : document.substring(0, first[0])
                  + document.substring(second[0], second[1])
                  + document.substring(first[1], second[0])
                  + document.substring(first[0], first[1])
                  + document.substring(second[1]);
    } else {
      String name = FIELD_NAMES.get(r.nextInt(FIELD_NAMES.size()));
      swapped = document.substring(0, a[0]) + name + document.substring(a[1]);
    }
    readsOrFailsAsDocumented(bytes(swapped));
  }

  @Property(tries = 2500)
  void typeSwaps(@ForAll("documents") String document, @ForAll long seed) {
    Random r = new Random(seed);
    List<int[]> values = new ArrayList<>();
    Matcher m = SCALAR.matcher(document);
    while (m.find()) {
      values.add(new int[] {m.start(1), m.end(1)});
    }
    String mutated = document;
    int swaps = 1 + r.nextInt(3);
    for (int i = 0; i < swaps && !values.isEmpty(); i++) {
      int[] v = values.remove(values.size() - 1 - r.nextInt(values.size()));
      String replacement = REPLACEMENTS.get(r.nextInt(REPLACEMENTS.size()));
      // replace from the back so earlier offsets stay valid
      mutated = mutated.substring(0, v[0]) + replacement + mutated.substring(v[1]);
      values.removeIf(o -> o[0] > v[0]);
    }
    readsOrFailsAsDocumented(bytes(mutated));
  }
}
