package org.okrkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Documents from users and the network: each hostile input gets the documented exception,
 * quickly and in bounded memory. Time bounds are generous (seconds) so the suite never flakes;
 * the number case is also measured against the 100 ms, loosely.
 */
class HostileInputTest {
  private static final Duration GENEROUS = Duration.ofSeconds(10);
  private final OkrJson json = OkrJson.defaults();

  private static OkrJsonException rejected(Executable read) {
    return assertTimeoutPreemptively(
        GENEROUS, () -> assertThrows(OkrJsonException.class, read));
  }

  private OkrJsonException rejectedBytes(byte[] document) {
    return rejected(() -> json.read(new ByteArrayInputStream(document)));
  }

  private OkrJsonException rejectedText(String document) {
    return rejected(() -> json.read(document));
  }

  private static String weight(String number) {
    return "{\"okr\":\"1.0\",\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"cycle\":\"c\","
        + "\"weight\":" + number + "}]}";
  }

  @Test
  void invalidUtf8InAStringAfterTheDocumentIsTheDocumentedException() {
    // found by OkrJsonFuzzProperties.byteFlips: the trailing token's text was read unguarded
    byte[] head = "{\"okr\":\"1.0\"} \"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] document = java.util.Arrays.copyOf(head, head.length + 2);
    document[head.length] = (byte) 0xac;
    document[head.length + 1] = '"';
    OkrJsonException e = rejectedBytes(document);
    assertTrue(e.detail().contains("Invalid UTF-8"), e.detail());
  }

  @Test
  void hugeExponentIsRejectedBeforeAnyArithmetic() {
    String document = weight("1e1000000000");
    long start = System.nanoTime();
    OkrJsonException e = rejectedText(document);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("/objectives/0/weight", e.pointer());
    assertEquals("expected a number with at most 10000 digits before and after the decimal point,"
        + " got 1e1000000000 (1000000001 digits before the decimal point; at most 10000 are"
        + " allowed)", e.detail());
    // the issue asks for under 100 ms; allow a cold JIT and a busy machine
    assertTrue(millis < 2_000, millis + " ms");
    rejectedText(weight("1e-1000000000"));
    rejectedText(weight("1e2147483647"));
    rejectedText(weight("1e-2147483648"));
  }

  @Test
  void longNumbersAreRejected() {
    OkrJsonException e = rejectedText(weight("1" + "0".repeat(10_001)));
    assertEquals("/objectives/0/weight", e.pointer());
    OkrJsonException text = rejectedText(weight("1" + "0".repeat(100_000)));
    assertTrue(text.detail().contains("than the limit"), text.detail());
  }

  @Test
  void nanAndInfinityAreNotJson() {
    for (String n : new String[] {"NaN", "Infinity", "-Infinity", "+1", "01", ".5"}) {
      OkrJsonException e = rejectedText(weight(n));
      assertTrue(e.detail().startsWith("malformed JSON"), n + ": " + e.detail());
      assertEquals(1, e.line());
    }
  }

  @Test
  void deepNestingStopsAtTheDepthLimit() {
    int depth = 100_000;
    String arrays = "[".repeat(depth) + "]".repeat(depth);
    OkrJsonException atRoot = rejectedText(arrays);
    assertEquals("", atRoot.pointer());
    OkrJsonException inExtension = rejectedText("{\"okr\":\"1.0\",\"x-deep\":" + arrays + "}");
    assertTrue(inExtension.detail().contains("than the limit"), inExtension.detail());
    assertTrue(inExtension.pointer().startsWith("/x-deep/0/0/0"), inExtension.pointer());
    String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    rejectedText("{\"okr\":\"1.0\",\"x-deep\":" + objects + "}");
  }

  /** 50 MB of string, generated as it is read: the reader must stop long before the end. */
  @Test
  void fiftyMegabyteStringIsStoppedEarly() {
    byte[] head = "{\"okr\":\"1.0\",\"x-big\":\"".getBytes(StandardCharsets.US_ASCII);
    long size = 50L * 1024 * 1024;
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            long i = served[0]++;
            if (i < head.length) {
              return head[(int) i];
            }
            return i < size ? 'a' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
              int c = read();
              if (c < 0) {
                return n == 0 ? -1 : n;
              }
              b[off + n++] = (byte) c;
            }
            return n;
          }
        };
    OkrJsonException e = rejected(() -> json.read(endless));
    assertTrue(e.detail().contains("than the limit"), e.detail());
    assertEquals("/x-big", e.pointer());
    assertTrue(served[0] < 4L * 1024 * 1024, "read " + served[0] + " bytes");
  }

  @Test
  void duplicateKeysAreProblems() {
    OkrJsonException e = rejectedText("{\"okr\":\"1.0\",\"okr\":\"1.0\"}");
    assertEquals("/okr", e.pointer());
    assertEquals("duplicate field \"okr\"", e.detail());
    OkrJsonException nested =
        rejectedText("{\"okr\":\"1.0\",\"x-a\":{\"k\":1,\"k\":2}}");
    assertEquals("/x-a/k", nested.pointer());
    rejectedText("{\"okr\":\"1.0\",\"x-a\":1,\"x-a\":1}");
  }

  @Test
  void byteOrderMarksAreRejected() {
    byte[] body = "{\"okr\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    OkrJsonException e = rejectedBytes(withBom);
    assertTrue(e.detail().contains("byte order mark"), e.detail());
    rejectedText("\uFEFF{\"okr\":\"1.0\"}");
    rejectedBytes("{\"okr\":\"1.0\"}".getBytes(StandardCharsets.UTF_16));
    rejectedBytes("{\"okr\":\"1.0\"}".getBytes(StandardCharsets.UTF_16LE));
  }

  @Test
  void trailingContentIsRejected() {
    for (String trailing : new String[] {" x", "}", " {}", " 1", ",", "\u0000"}) {
      OkrJsonException e = rejectedText("{\"okr\":\"1.0\"}" + trailing);
      assertTrue(e.detail().startsWith("expected the end of the input"), e.detail());
    }
  }

  @Test
  void invalidUtf8IsRejected() {
    byte[] start = "{\"okr\":\"1.0\",\"x-s\":\"".getBytes(StandardCharsets.US_ASCII);
    for (byte[] bad : new byte[][] {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0x80}}) {
      byte[] doc = new byte[start.length + bad.length + 2];
      System.arraycopy(start, 0, doc, 0, start.length);
      System.arraycopy(bad, 0, doc, start.length, bad.length);
      doc[doc.length - 2] = '"';
      doc[doc.length - 1] = '}';
      OkrJsonException e = rejectedBytes(doc);
      assertTrue(e.detail().startsWith("malformed JSON"), e.detail());
    }
  }

  @Test
  void documentSizeIsLimited() {
    OkrJson small = json.withLimits(OkrJsonLimits.defaults().withMaxDocumentBytes(1_000));
    String padded = "{\"okr\":\"1.0\",\"x-pad\":\"" + "p".repeat(2_000) + "\"}";
    OkrJsonException e = rejected(
        () -> small.read(new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.detail().contains("than the limit"), e.detail());
  }

  @Test
  void countsOfObjectivesKeyResultsAndCheckInsAreLimited() {
    OkrJsonLimits tight =
        OkrJsonLimits.defaults().withMaxObjectives(2).withMaxKeyResults(2).withMaxCheckIns(2)
            .withMaxCycles(1);
    OkrJson limited = json.withLimits(tight);
    String objectives = "{\"okr\":\"1.0\",\"objectives\":["
        + "{\"id\":\"a\",\"title\":\"A\",\"cycle\":\"c\"},".repeat(2)
        + "{\"id\":\"a\",\"title\":\"A\",\"cycle\":\"c\"}]}";
    OkrJsonException tooMany = rejected(() -> limited.read(objectives));
    assertEquals("/objectives/2", tooMany.pointer());
    assertEquals("too many objectives: more than the limit of 2 (maxObjectives)", tooMany.detail());
    String krs = OkrJsonReadingTest.withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\"},{\"id\":\"k\",\"title\":\"t\"},{\"id\":\"k\",\"title\":\"t\"}");
    assertEquals("/objectives/0/keyResults/2", rejected(() -> limited.read(krs)).pointer());
    String checkIns = OkrJsonReadingTest.withKeyResults("{\"id\":\"k\",\"title\":\"t\",\"checkIns\":["
        + "{\"date\":\"2026-01-01\",\"value\":1},".repeat(2) + "{\"date\":\"2026-01-01\",\"value\":1}]}");
    assertEquals("/objectives/0/keyResults/0/checkIns/2",
        rejected(() -> limited.read(checkIns)).pointer());
    String cycles = "{\"okr\":\"1.0\",\"cycles\":["
        + "{\"id\":\"c\",\"start\":\"2026-01-01\",\"end\":\"2026-02-01\"},".repeat(1)
        + "{\"id\":\"d\",\"start\":\"2026-01-01\",\"end\":\"2026-02-01\"}]}";
    assertEquals("/cycles/1", rejected(() -> limited.read(cycles)).pointer());
  }

  @Test
  void everyCountLimitMessageNamesTheLimitThatRaisesIt() {
    OkrJson limited = json.withLimits(
        OkrJsonLimits.defaults().withMaxObjectives(1).withMaxKeyResults(1).withMaxCheckIns(1));
    String kpi = "{\"id\":\"n\",\"title\":\"NPS\",\"direction\":\"higher\",\"measurements\":[";
    String kpis = "{\"okr\":\"1.0\",\"kpis\":[" + kpi + "]}," + kpi + "]}]}";
    OkrJsonException tooManyKpis = rejected(() -> limited.read(kpis));
    assertEquals("/kpis/1", tooManyKpis.pointer());
    assertEquals("too many initiatives and KPIs: more than the limit of 1 (maxObjectives)",
        tooManyKpis.detail());
    String measurements = "{\"okr\":\"1.0\",\"kpis\":[" + kpi
        + "{\"date\":\"2026-01-31\",\"value\":1},{\"date\":\"2026-02-28\",\"value\":2}]}]}";
    OkrJsonException tooManyMeasurements = rejected(() -> limited.read(measurements));
    assertEquals("/kpis/0/measurements/1", tooManyMeasurements.pointer());
    assertEquals("too many check-ins, changes and measurements: more than the limit of 1"
        + " (maxCheckIns)", tooManyMeasurements.detail());
    String change = "{\"date\":\"2026-08-03\",\"field\":\"target\",\"from\":4.8,\"to\":4.6}";
    String changes = OkrJsonReadingTest.withKeyResults(
        "{\"id\":\"k\",\"title\":\"t\",\"changes\":[" + change + "," + change + "]}");
    OkrJsonException tooManyChanges = rejected(() -> limited.read(changes));
    assertEquals("/objectives/0/keyResults/0/changes/1", tooManyChanges.pointer());
    assertTrue(tooManyChanges.detail().endsWith("(maxCheckIns)"), tooManyChanges.detail());
    String initiative = "{\"id\":\"i\",\"title\":\"Rota\",\"keyResults\":[\"a\",\"b\"]}";
    OkrJsonException tooManyLinks = rejected(
        () -> limited.read("{\"okr\":\"1.0\",\"initiatives\":[" + initiative + "]}"));
    assertEquals("/initiatives/0/keyResults/1", tooManyLinks.pointer());
    assertEquals("too many key result links of initiatives: more than the limit of 1"
        + " (maxKeyResults)", tooManyLinks.detail());
  }

  @Test
  void longStringsAreLimited() {
    OkrJson limited = json.withLimits(OkrJsonLimits.defaults().withMaxStringLength(100));
    String doc = OkrJsonReadingTest.withKeyResults(
        "{\"id\":\"k\",\"title\":\"" + "t".repeat(101) + "\"}");
    OkrJsonException e = rejected(() -> limited.read(doc));
    assertEquals("/objectives/0/keyResults/0/title", e.pointer());
  }

  @Test
  void truncatedAndEmptyInputsAreRejected() {
    rejectedText("");
    rejectedText("   ");
    rejectedText("{\"okr\":\"1.0\"");
    rejectedText("{\"okr\":\"1.");
    rejectedBytes(new byte[0]);
    OkrJsonException e = rejectedText("{\"okr\":\"1.0\",\"objectives\":[{\"id\":\"o\"");
    assertTrue(e.detail().startsWith("malformed JSON: Unexpected end-of-input"), e.detail());
    assertTrue(!e.detail().contains("Source:"), e.detail());
  }

  @Test
  void limitsRejectNonsense() {
    assertThrows(IllegalArgumentException.class,
        () -> OkrJsonLimits.defaults().withMaxDocumentBytes(0));
    assertThrows(IllegalArgumentException.class, () -> OkrJsonLimits.defaults().withMaxDepth(3));
    assertEquals(OkrJsonLimits.defaults(), OkrJsonLimits.defaults().withMaxProblems(100));
  }

  @Test
  void raisedNumberLimitStillStopsAtTheModelsTenThousandDigitsWithTheDocumentedException() {
    OkrJson generous =
        json.withLimits(OkrJsonLimits.defaults().withMaxNumberLength(1_000_000));
    String doc =
        "{\"okr\":\"1.0\",\"objectives\":[{\"id\":\"o\",\"title\":\"T\",\"cycle\":\"c\","
            + "\"keyResults\":[{\"id\":\"k\",\"title\":\"t\",\"baseline\":1e20000,"
            + "\"target\":1e-20000}]}]}";
    OkrJsonException e = rejected(() -> generous.read(doc));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertTrue(
        e.getMessage().contains(
            "/objectives/0/keyResults/0/target: expected a number with at most 10000 digits"
                + " before and after the decimal point, got 1e-20000 (20000 digits after the"
                + " decimal point; at most 10000 are allowed)"),
        e.getMessage());
  }

  @Test
  void aLoneSurrogateIsRefusedWithItsPointerNotPrintedAsAQuestionMark() throws Exception {
    String doc;
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/repro/F-lone-surrogate.json")) {
      doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    OkrJsonException e = rejectedText(doc);
    assertEquals("/objectives/0/title", e.pointer());
    assertTrue(e.detail().startsWith("expected Unicode text, got a lone surrogate \\ud800 at"
        + " character 1"), e.detail());
    OkrJsonException name = rejectedText(weight("1").replace("\"weight\"", "\"x-\\udc00\""));
    assertTrue(name.detail().contains("surrogate"), name.detail());
    // a whole pair is text like any other
    assertEquals("😀", json.read(doc.replace("\\ud800", "\\ud83d\\ude00")).objectives().get(0).title());
  }

  @Test
  void aVeryLongFieldNameIsTheObjectsProblemInOkrTerms() throws Exception {
    OkrJsonException e =
        rejectedText("{\"okr\": \"1.0\", \"" + "n".repeat(1_000_001) + "\": 1}");
    assertEquals("", e.pointer());
    assertTrue(e.detail().contains("a field name of more than 1000000 characters"), e.detail());
    OkrJsonException nan = rejectedText(weight("NaN"));
    assertTrue(nan.detail().contains("no NaN or Infinity"), nan.detail());
    assertTrue(!nan.detail().contains("JsonReadFeature"), nan.detail());
    assertEquals(1, json.read(weight("1e-300")).objectives().size());
  }
}
