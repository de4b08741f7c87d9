package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The linear-time suite of the JSON reader (issue 11): documents of about 1 MB built from runs of
 * every character class of JSON, placed in each kind of value, are read or refused with {@link
 * OkrJsonException} within a generous bound: a guard against hangs, not a benchmark.
 */
class JsonLinearTimeTest {
  private static final Duration BOUND = Duration.ofSeconds(15);
  private static final int MB = 1 << 20;

  private static final List<String> UNITS =
      List.of("[", "{", "\"", "\\\\", "\\u0041", "\\ud83d\\ude00", " ", "\\n", "0", "1", "-", ".",
          "e", "E+", ",", ":", "[]", "{}", "null", "true", "1,000", "x", "😀", "\u00a0", "/*");

  private static String run(String unit, int length) {
    StringBuilder b = new StringBuilder(length + unit.length());
    while (b.length() < length) {
      b.append(unit);
    }
    return b.toString();
  }

  private static List<String> places(String r) {
    String head = "{\"okr\":\"1.0\",\"cycles\":[{\"id\":\"c\",\"start\":\"2026-10-01\","
        + "\"end\":\"2026-12-31\"}],\"objectives\":[{\"id\":\"o\",\"cycle\":\"c\",\"title\":";
    return List.of(
        r,
        head + "\"" + r + "\"}]}",
        head + "\"T\",\"weight\":" + r + "}]}",
        head + "\"T\",\"x-a\":" + r + "}]}",
        head + "\"T\",\"" + r + "\":1}]}",
        head + "\"T\"" + r + "}]}");
  }

  @TestFactory
  Stream<DynamicTest> everyDocumentOfOneMegabyteIsReadInBoundedTime() {
    OkrJson json = OkrJson.defaults();
    List<DynamicTest> tests = new ArrayList<>();
    for (String unit : UNITS) {
      String r = run(unit, MB);
      int place = 0;
      for (String doc : places(r)) {
        int p = place++;
        tests.add(DynamicTest.dynamicTest("'" + unit + "' at place " + p, () ->
            assertTimeoutPreemptively(BOUND, () -> {
              try {
                json.write(json.read(doc));
              } catch (OkrJsonException expected) {
                // refused with its pointer: fine, as long as it is quick
              }
            })));
      }
    }
    return tests.stream();
  }
}
